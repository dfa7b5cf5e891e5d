"""timeslice
title: Four threads add to one counter without a lock and lose updates
cpus: 1
policy: rr
quantum: 5ms
seed: 1
caption: preempt Thread-1: The timer interrupt ends Thread-1's first quantum (about 5 ms: the timer wanders a little). Thread-1 goes back to the ready queue, its loop far from done.
caption: preempt at line 23 #3 pause: Thread-1 is interrupted inside counter += 1: it has loaded counter and added 1, but not yet stored the sum. That sum is now going stale.
caption: dispatch Thread-1 #4: Thread-1 runs again and its first act is to store its old sum: every increment Thread-2 made in the meantime is overwritten. Those updates are lost.
caption: output MainThread #3: 39934 of the 200000 increments were lost. Try --seed 2: another schedule, another loss.
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
