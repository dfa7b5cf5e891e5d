"""timeslice
title: Four downloads share three network slots through a Semaphore
cpus: 1
policy: rr
quantum: 5ms
"""
# A Semaphore(3) lets at most three threads past acquire() at once; the fourth blocks until
# one of them calls release(). The `with` statement releases even if the body fails.
import threading
import time

slots = threading.Semaphore(3)

def download(name, seconds):
    print(name, "waits for a slot")
    with slots:
        print(name, "downloading")
        time.sleep(seconds)
        print(name, "finished")

downloads = [threading.Thread(target=download, args=("file-%d" % n, 0.5 + 0.25 * n))
             for n in range(4)]
for d in downloads:
    d.start()
for d in downloads:
    d.join()
print("all downloads complete")
