"""timeslice
title: acquire(False) does not wait: a busy printer, and jobs that do something else meanwhile
cpus: 1
policy: rr
quantum: 10ms
caption: output letter: acquire(False) returned False: the printer is busy. letter does not block; it goes and does something else.
caption: output letter #3: report has released the printer; letter's next try succeeds.
caption: output poster #4: poster got the printer after three failed tries, and never once waited inside acquire().
"""
# lock.acquire(False) takes the lock if it is free and returns True; if another thread holds
# it, it returns False at once instead of blocking. Three print jobs share one printer. The
# one that gets it first prints for 0.5 s; the others find it busy, go on with other work
# (here: a short sleep) and try again. Nobody ever waits inside acquire().
import threading
import time

printer = threading.Lock()
start = time.monotonic()

def stamp():
    return "%3.1fs" % (time.monotonic() - start)

def job(name, pages, retry_after):
    tries = 0
    while not printer.acquire(False):
        tries += 1
        print(stamp(), name, "finds the printer busy, does something else")
        time.sleep(retry_after)
    try:
        print(stamp(), name, "prints", pages, "pages after", tries, "failed tries")
        time.sleep(0.1 * pages)
    finally:
        printer.release()

jobs = [threading.Thread(target=job, args=("report", 5, 0.3), name="report"),
        threading.Thread(target=job, args=("letter", 3, 0.3), name="letter"),
        threading.Thread(target=job, args=("poster", 2, 0.4), name="poster")]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
print(stamp(), "all printed")
