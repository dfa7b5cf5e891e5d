"""timeslice
title: The same four threads with a Lock never lose an update
cpus: 1
policy: rr
quantum: 5ms
seed: 1
caption: preempt Thread-1 #2: The timer interrupts Thread-1 inside the with block: it still holds the lock, although it is not running.
caption: block lock Thread-2: Thread-2 reaches `with lock:` and finds the lock taken: it blocks in the lock's queue instead of touching counter.
caption: wake lock Thread-2: Thread-1 leaves the with block and releases the lock, which passes to the first waiter. Nothing was lost in between.
caption: output MainThread #3: No update lost: 200000, for every seed. The price is the waiting and the extra switches: compare the end time with race-counter.py.
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
