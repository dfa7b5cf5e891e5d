"""timeslice
title: Two busy threads take turns in 30 ms quanta, cut by the timer interrupt
cpus: 1
policy: rr
quantum: 30ms
quantumJitter: 0
caption: dispatch A #2: The event is set: A starts computing, with a 30 ms quantum.
caption: preempt A pause: 30 ms are up: the timer interrupt takes the CPU from A, which goes back to the ready queue, still runnable. After a context switch B runs.
caption: preempt B: B's quantum is over too: A's turn again.
caption: output A: A has just got the CPU back. It cannot see the interrupt, but its clock jumped 30 ms while it was suspended.
caption: exit A: A is done. B has the CPU to itself for its last 10 ms, with nobody to switch to.
"""
# Neither thread ever waits for anything: each just computes for 0.1 s. Still they take
# turns, because the timer interrupts the running thread when its 30 ms quantum is used up
# and the scheduler switches to the other one. A thread cannot see the interrupt, but it can
# see the clock jump: while it was suspended, time went on. Each thread prints every such
# jump. (Under python3 the same happens with CPython's 5 ms switch interval, less evenly.)
import threading
import time

go = threading.Event()

def compute(name, work):
    go.wait()  # both start computing at the same moment
    done = 0.0
    last = time.monotonic()
    while done < work:
        now = time.monotonic()
        if now - last > 0.001:  # the clock jumped: another thread had the CPU
            print("%s: suspended for %.0f ms, %.0f ms of work done"
                  % (name, (now - last) * 1000, done * 1000))
        else:
            done += now - last
        last = now
    print(name, "finished its", work, "s of work")

a = threading.Thread(target=compute, args=("A", 0.1), name="A")
b = threading.Thread(target=compute, args=("B", 0.1), name="B")
a.start()
b.start()
go.set()
a.join()
b.join()
