"""timeslice
title: A generator that waits: a for loop over a queue
cpus: 1
policy: rr
quantum: 5ms
caption: block queue reporter: The reporter's for loop asked for the next average. Inside two generators, q.get() finds the queue empty, and the reporter thread blocks there: a generator's body runs on the thread that resumes it.
caption: wake queue reporter: The sensor has put a reading: get() returns, received() yields it to smoothed(), which yields an average to the for loop.
caption: output reporter #5 pause: Each average was computed only when the loop asked for it: no list of readings was ever built.
caption: exit reporter: The sensor's None made received() return: its StopIteration ended smoothed()'s loop, and that ended the reporter's.
"""
# A pipeline of generators, pulled by a for loop in its own thread. received() takes readings
# from a queue the sensor thread fills every 20 ms; smoothed() turns them into a running
# average. Each time the reporter's loop wants the next value, the generators run on the
# reporter's thread until one yields, so q.get() inside received() blocks the reporter itself.
# Try: make the sensor faster (sleep 0.002) and watch the reporter run without blocking.
import threading
import time
try:
    import queue
except ImportError:  # Python 2 (--python 2) calls it Queue
    import Queue as queue

readings = queue.Queue()

def sensor():
    for value in [21.5, 22.0, 23.5, 22.5, 21.0]:
        time.sleep(0.02)
        readings.put(value)
    readings.put(None)  # no more readings

def received(q):
    while True:
        value = q.get()  # blocks the thread that asked for the next value
        if value is None:
            return
        yield value

def smoothed(values, window=3):
    recent = []
    for value in values:
        recent.append(value)
        if len(recent) > window:
            recent.pop(0)
        yield sum(recent) / len(recent)

def reporter():
    for average in smoothed(received(readings)):
        print("running average %.2f" % average)

threads = [threading.Thread(target=sensor, name="sensor"),
           threading.Thread(target=reporter, name="reporter")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
