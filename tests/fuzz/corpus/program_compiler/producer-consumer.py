"""timeslice
title: A producer and two consumers around a bounded queue.Queue
cpus: 1
policy: rr
quantum: 5ms
"""
# queue.Queue(maxsize=3) does the locking and waiting: put() blocks while the queue is full,
# get() while it is empty. The producer is faster than the consumers, so it keeps running
# into the full queue and waits; a None per consumer tells them to stop.
import queue
import threading
import time

q = queue.Queue(maxsize=3)

def producer():
    for item in range(8):
        q.put(item)
        print("produced", item, "- queue size", q.qsize())
        time.sleep(0.05)
    for _ in range(2):
        q.put(None)

def consumer():
    name = threading.current_thread().name
    while True:
        item = q.get()
        if item is None:
            print(name, "stops")
            return
        print("  ", name, "consumed", item)
        time.sleep(0.2)  # handling an item is slower than making one

threads = [threading.Thread(target=producer, name="producer"),
           threading.Thread(target=consumer, name="consumer-A"),
           threading.Thread(target=consumer, name="consumer-B")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all items handled")
