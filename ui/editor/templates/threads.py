"""timeslice
title: Three worker threads and a main thread that waits for them
cpus: 1
policy: rr
quantum: 5ms
"""
# Each Thread gets a target function, its arguments and a name. start() makes it ready to run;
# join() blocks the main thread until that thread has finished. Try cpus: 2, or remove the
# joins and see who prints last.
import threading
import time

def work(name, steps, pause):
    for step in range(steps):
        print(name, "step", step + 1, "of", steps)
        time.sleep(pause)
    print(name, "done")

workers = [
    threading.Thread(target=work, args=("fetch", 3, 0.2), name="fetcher"),
    threading.Thread(target=work, args=("parse", 2, 0.3), name="parser"),
    threading.Thread(target=work, args=("store", 2, 0.1), name="storer"),
]
for w in workers:
    w.start()
print("main thread started", len(workers), "workers")
for w in workers:
    w.join()
print("all workers finished")
