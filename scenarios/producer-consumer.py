"""timeslice
title: A producer and two consumers around a bounded queue.Queue
cpus: 1
policy: rr
quantum: 5ms
caption: block queue consumer-B: The queue is empty: consumer-B's get() blocks until an item arrives.
caption: block queue producer: Three items are waiting, the queue's maximum: the producer's put() blocks.
caption: wake queue producer: consumer-A has taken an item, so there is room again: the producer's put() goes through.
caption: output consumer-A #5: consumer-A gets a None, the producer's way of saying there is nothing more.
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
