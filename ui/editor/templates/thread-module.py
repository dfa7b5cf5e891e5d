"""timeslice
title: Python 2's low-level thread module
python: 2
cpus: 1
policy: rr
quantum: 5ms
"""
# thread.start_new_thread(function, args) starts a thread and returns at once; there is no
# join, so the main thread polls a shared counter (under a lock) until every thread is done.
import thread
import time

finished = 0
finished_lock = thread.allocate_lock()

def greet(name, delay):
    global finished
    time.sleep(delay)
    print "%s says hello after %.1f s" % (name, delay)
    finished_lock.acquire()
    finished += 1
    finished_lock.release()

for n, delay in enumerate([0.3, 0.1, 0.2]):
    thread.start_new_thread(greet, ("thread-%d" % n, delay))

while True:
    finished_lock.acquire()
    done = finished
    finished_lock.release()
    if done == 3:
        break
    time.sleep(0.05)
print "main thread: all three said hello"
