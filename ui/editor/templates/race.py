"""timeslice
title: Two threads add to one counter without a lock
cpus: 1
policy: rr
quantum: 1ms
seed: 7
"""
# counter += 1 loads the counter, adds one and stores the result. If the timer interrupts a
# thread between its load and its store, the other thread's increments made meanwhile are
# overwritten: they are lost. The lock template shows the cure.
import threading

counter = 0

def add(times):
    global counter
    for _ in range(times):
        counter += 1

adders = [threading.Thread(target=add, args=(20000,)) for _ in range(2)]
for t in adders:
    t.start()
for t in adders:
    t.join()
print("expected", 2 * 20000, "got", counter)
