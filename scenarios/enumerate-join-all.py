"""timeslice
title: threading.enumerate() finds every live thread, so main can join them all
cpus: 1
policy: rr
quantum: 10ms
caption: output MainThread: enumerate() lists every live thread: the main thread and the three daemon workers, which nobody kept in a list.
caption: block join MainThread: The main thread skips itself and joins Thread-1 first, the one that sleeps longest.
caption: exit Thread-2: Thread-2 ends while main still waits for Thread-1; its join, later, will return at once.
caption: wake join MainThread: Thread-1 is over. The joins on Thread-2 and Thread-3 return immediately: they have already ended.
"""
# The main thread keeps no list of its three daemon workers: threading.enumerate() returns
# every thread alive right now, the main thread included. Joining yourself would wait
# forever, so main skips itself. It joins the threads in the order enumerate() lists them;
# a join on a worker that has already ended returns at once.
import threading
import time

def worker(pause):
    me = threading.current_thread().name
    print(me, "sleeping", pause, "s")
    time.sleep(pause)
    print(me, "exiting")

for pause in (0.5, 0.2, 0.3):
    threading.Thread(target=worker, args=(pause,), daemon=True).start()

main = threading.current_thread()
print("alive:", len(threading.enumerate()), "threads")
for t in threading.enumerate():
    if t is main:
        continue
    print("main joining", t.name)
    t.join()
print("alive now:", [t.name for t in threading.enumerate()])
