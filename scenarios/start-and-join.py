"""timeslice
title: start() five threads, then join() each of them
cpus: 1
policy: rr
quantum: 10ms
caption: dispatch Thread-1: start() has made worker 0 ready, and here it runs for the first time. The main thread waits until it has started.
caption: block join MainThread: All five are started and asleep. The main thread now joins worker 0, who naps longest: join() blocks until it ends.
caption: exit Thread-5: Worker 4 was started last but sleeps least: it ends first, while main still waits for worker 0.
caption: wake join MainThread pause: Worker 0 has ended: the first join returns. The other four are already over, so their joins return at once.
"""
# Creating a Thread object runs nothing; start() hands it to the scheduler and join() makes
# the caller wait until that thread has finished. Here the main thread starts five workers,
# each of which naps for a different time (the last one started wakes first), and then joins
# them in the order it started them: the first join waits longest, the later ones return at
# once because those workers are already done.
import threading
import time

def worker(number):
    print("worker", number, "starts")
    time.sleep(0.1 * (5 - number))
    print("worker", number, "is done")

threads = []
for number in range(5):
    t = threading.Thread(target=worker, args=(number,))
    threads.append(t)
    t.start()
print("main: five workers started")
for t in threads:
    t.join()
    print("main: joined", t.name)
print("main: everyone has finished")
