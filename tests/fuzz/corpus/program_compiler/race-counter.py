"""timeslice
title: Four threads add to one counter without a lock and lose updates
cpus: 1
policy: rr
quantum: 5ms
seed: 1
"""
# `counter += 1` is three steps: load counter, add 1, store it back. When the timer interrupt
# pre-empts a thread between its load and its store, another thread's stores in between are
# overwritten by the stale value: those increments are lost. Run it with other seeds
# (--seed N) or quanta (--quantum 1ms): the total changes, and is almost never 200000.
import threading

counter = 0

def add(times):
    global counter
    for _ in range(times):
        counter += 1

threads = [threading.Thread(target=add, args=(50000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("expected:", 4 * 50000)
print("counter: ", counter)
print("lost updates:", 4 * 50000 - counter)
