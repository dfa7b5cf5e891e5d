"""timeslice
title: A producer and a consumer around a bounded queue.Queue
cpus: 1
policy: rr
quantum: 5ms
"""
# put() blocks while the queue is full and get() while it is empty: the queue does the
# locking and the waiting. The producer is faster, so it keeps finding the queue full.
# A None tells the consumer that nothing more will come.
import queue
import threading
import time

jobs = queue.Queue(maxsize=2)

def producer():
    for n in range(5):
        jobs.put(n)
        print("put job", n)
    jobs.put(None)

def consumer():
    while True:
        job = jobs.get()
        if job is None:
            print("consumer: no more jobs")
            return
        print("working on job", job)
        time.sleep(0.1)

threads = [threading.Thread(target=producer, name="producer"),
           threading.Thread(target=consumer, name="consumer")]
for t in threads:
    t.start()
for t in threads:
    t.join()
