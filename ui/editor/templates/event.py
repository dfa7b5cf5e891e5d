"""timeslice
title: Runners wait for a starting signal (threading.Event)
cpus: 2
policy: rr
quantum: 5ms
"""
# Event.wait() blocks until another thread calls set(); then every waiter wakes at once.
# wait(timeout) gives up after the timeout and returns False. An event stays set until
# clear() is called.
import threading
import time

start_signal = threading.Event()

def runner(name):
    print(name, "on the line")
    start_signal.wait()
    print(name, "running")

def late_runner():
    if start_signal.wait(0.1):
        print("late runner made it")
    else:
        print("late runner gave up after 0.1 s")

runners = [threading.Thread(target=runner, args=("runner-%d" % n,)) for n in range(3)]
runners.append(threading.Thread(target=late_runner))
for r in runners:
    r.start()
time.sleep(0.5)
print("starter: go!")
start_signal.set()
for r in runners:
    r.join()
