"""timeslice
title: Daemon threads vanish when the last ordinary thread ends
cpus: 1
policy: rr
quantum: 10ms
"""
# The process lives while any non-daemon thread lives. The "heartbeat" daemon ticks forever;
# it is not joined and nobody stops it. When the main thread and the worker have finished,
# the process exits and the daemon disappears in the middle of its loop, without a word.
# Change daemon=True to daemon=False and the program never ends (stop it with --until 5s).
import threading
import time

def heartbeat():
    n = 0
    while True:
        n += 1
        print("  heartbeat", n)
        time.sleep(0.4)

def worker():
    for step in range(3):
        print("worker step", step)
        time.sleep(0.5)
    print("worker done")

hb = threading.Thread(target=heartbeat, name="heartbeat", daemon=True)
w = threading.Thread(target=worker, name="worker")
print("heartbeat daemon:", hb.daemon, "- worker daemon:", w.daemon)
hb.start()
w.start()
w.join()
print("main done; alive now:", sorted(t.name for t in threading.enumerate()))
