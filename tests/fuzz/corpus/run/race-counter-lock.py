"""timeslice
title: The same four threads with a Lock never lose an update
cpus: 1
policy: rr
quantum: 5ms
seed: 1
"""
# Identical to race-counter.py except that the read-modify-write runs with the lock held.
# A thread can still be pre-empted inside the `with` block, but then every other thread
# that reaches the lock blocks (watch them wait on it) until the holder stores and releases.
# The result is 200000 for every seed and quantum; the price is the extra waiting and
# switching that the metrics show.
import threading

counter = 0
lock = threading.Lock()

def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(50000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("expected:", 4 * 50000)
print("counter: ", counter)
print("lost updates:", 4 * 50000 - counter)
