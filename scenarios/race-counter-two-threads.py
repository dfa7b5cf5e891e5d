"""timeslice
title: Two threads add to one counter: be the scheduler and make them lose an update
cpus: 1
policy: rr
quantum: 5ms
contextSwitch: 0
threadSwitch: 0
caption: exit A: A has added its 2 before B ran a single instruction of its loop: no thread was ever interrupted between its load and its store.
caption: exit MainThread: Run like this, each thread finishes its two additions long before its 5 ms quantum ends, and nothing is lost. Classroom > Be the scheduler lets you choose who runs at every instruction instead.
"""
# `counter += 1` is three steps: load counter, add 1, store the sum back. Whoever runs between
# one thread's load and its store is working on a value that thread is about to overwrite.
# Classroom > Be the scheduler: run A until it has loaded counter, then B, then A again, and
# watch the total come out short.
import threading

counter = 0

def add():
    global counter
    for _ in range(2):
        counter += 1

a = threading.Thread(target=add, name="A")
b = threading.Thread(target=add, name="B")
a.start()
b.start()
a.join()
b.join()
print("expected:", 4)
print("counter: ", counter)
