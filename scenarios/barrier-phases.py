"""timeslice
title: threading.Barrier: nobody starts the next phase until all three have finished this one
cpus: 1
policy: rr
quantum: 10ms
caption: block barrier A: A has done its part of step 1 first, and waits at the barrier for the other two.
caption: block barrier B: B is done too: two of the three parties wait.
caption: wake barrier A pause: C arrives as the third party: the barrier opens and A and B go on with C into step 2.
caption: output A #2: A is the slowest in step 2; B and C wait for it at the barrier this time.
"""
# Three workers compute a simulation step by step. Each step takes a different time for each
# worker, but step n + 1 needs everybody's results of step n, so each worker calls
# barrier.wait() when its part is done. The early ones block at the barrier; the third
# arrival releases all three at once, and they start the next step together.
import threading
import time

barrier = threading.Barrier(3)
start = time.monotonic()

def stamp():
    return "%3.1fs" % (time.monotonic() - start)

def worker(name, times):
    for step, seconds in enumerate(times, 1):
        time.sleep(seconds)  # this worker's part of the step
        print(stamp(), name, "finished step", step)
        barrier.wait()
    print(stamp(), name, "is through all steps")

workers = [threading.Thread(target=worker, args=("A", (0.2, 0.5)), name="A"),
           threading.Thread(target=worker, args=("B", (0.4, 0.1)), name="B"),
           threading.Thread(target=worker, args=("C", (0.7, 0.3)), name="C")]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(stamp(), "all steps done")
