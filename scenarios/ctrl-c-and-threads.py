"""timeslice
title: Ctrl-C: the main thread stops, the threads it leaves behind do not all stop
cpus: 1
policy: rr
quantum: 5ms
interruptAt: 1s
caption: output MainThread: Ctrl-C at 1 s: the KeyboardInterrupt ends the main thread, busy in its endless loop, with a traceback.
caption: output worker #3 pause: The program goes on: the worker is not a daemon, and Python waits for it before it exits. The tickers of the low-level _thread module tick on meanwhile.
caption: exit worker: The worker's last step is done. No ordinary thread is left, so the process exits, and the tickers vanish in the middle of their loops.
"""
# The main thread starts two tickers with the low-level _thread module (Python 2's `thread`),
# which never keeps a program alive, and a worker with threading, which does. Then it spins in
# `while True: pass`, as programs that wait for Ctrl-C do, until the front matter's
# `interruptAt` presses Ctrl-C at 1 s. (In the window, Run > Press Ctrl-C here does it at any
# moment; on the command line, --interrupt-at.) Python prints the traceback, then waits for
# the worker; the tickers die only when the process exits.
import _thread
import threading
import time

def ticker(name, period):
    n = 0
    while True:
        time.sleep(period)
        n += 1
        print("%s tick %d" % (name, n))

def worker():
    for step in range(1, 5):
        time.sleep(0.4)
        print("worker step %d of 4" % step)

_thread.start_new_thread(ticker, ("fast", 0.3))
_thread.start_new_thread(ticker, ("slow", 0.7))
threading.Thread(target=worker, name="worker").start()
while True:
    pass
