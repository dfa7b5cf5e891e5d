"""timeslice
title: join(timeout) gives up waiting, the thread keeps running
cpus: 1
policy: rr
quantum: 10ms
"""
# join(timeout) always returns None; only is_alive() tells whether the thread ended or the
# time ran out. The main thread checks on a slow download every second and does other
# work in between, then waits for it for good.
import threading
import time

start = time.monotonic()

def stamp():
    return "%3.1fs" % (time.monotonic() - start)

def download():
    for part in range(1, 4):
        time.sleep(1.2)
        print(stamp(), "download: part", part, "of 3")

t = threading.Thread(target=download, name="download")
t.start()
while True:
    t.join(timeout=1)
    if not t.is_alive():
        break
    print(stamp(), "main: still downloading, doing something else")
print(stamp(), "main: download finished, is_alive:", t.is_alive())
