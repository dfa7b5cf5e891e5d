"""timeslice
title: A Lock keeps two threads from losing updates
cpus: 1
policy: rr
quantum: 1ms
seed: 7
"""
# The same two adders as the race template, but each increment happens while holding a Lock.
# A thread pre-empted inside the `with` block keeps the lock; the other blocks on it until
# the holder releases it, so no increment is lost. Watch the Gantt chart for lock waits.
import threading

counter = 0
counter_lock = threading.Lock()

def add(times):
    global counter
    for _ in range(times):
        with counter_lock:
            counter += 1

adders = [threading.Thread(target=add, args=(5000,)) for _ in range(2)]
for t in adders:
    t.start()
for t in adders:
    t.join()
print("expected", 2 * 5000, "got", counter)
