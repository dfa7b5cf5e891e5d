"""timeslice
title: Five workers share a pool of two connections through a Semaphore
cpus: 2
policy: rr
quantum: 10ms
caption: block semaphore worker-2: Both connections are taken: worker-2 blocks in acquire(), and workers 3 and 4 will queue up behind it.
caption: wake semaphore worker-2: worker-0 gives its connection back: release() wakes the first in the queue, worker-2.
caption: output MainThread pause: Done: five queries, never more than two at once, because the semaphore counted the free connections.
"""
# A Semaphore(2) stands for a pool of two database connections. Five workers want one each;
# two get in at once, the other three block in acquire() until someone releases. Worker n's
# query takes 0.6 + 0.2 n seconds, so the hand-overs happen one at a time: each "gives it
# back" is followed by the next waiter's "got one", and "in use" never goes above 2.
import threading
import time

pool = threading.Semaphore(2)
lock = threading.Lock()
in_use = 0
start = time.monotonic()

def stamp():
    return "%4.1fs" % (time.monotonic() - start)

def worker(n):
    global in_use
    print(stamp(), "worker", n, "waits for a connection")
    with pool:
        with lock:
            in_use += 1
            print(stamp(), "worker", n, "got one, in use:", in_use)
        time.sleep(0.6 + 0.2 * n)  # the query
        with lock:
            in_use -= 1
            print(stamp(), "worker", n, "gives it back")

workers = [threading.Thread(target=worker, args=(n,), name="worker-%d" % n) for n in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(stamp(), "all done: 5 s of queries in 3 s, never more than two at once")
