"""timeslice
title: Two threads take two locks in opposite order: be the scheduler and make them deadlock
cpus: 1
policy: rr
quantum: 5ms
contextSwitch: 0
threadSwitch: 0
caption: output T1: T1 took A and then B before T2 ran at all: it never held one lock while waiting for the other's holder.
caption: exit T2: Run like this, each thread takes both locks and lets them go long before its quantum ends: no deadlock. Classroom > Be the scheduler lets you choose who runs at every instruction instead.
"""
# T1 takes lock A then B; T2 takes B then A. Whether they deadlock depends only on the
# schedule: if T1 holds A when T2 holds B, each waits for the other's lock for ever.
# Classroom > Be the scheduler: run T1 until it holds A, then T2 until it holds B.
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()

def transfer(name, first, second):
    with first:
        with second:
            print(name, "holds both locks")

t1 = threading.Thread(target=transfer, args=("T1", lock_a, lock_b), name="T1")
t2 = threading.Thread(target=transfer, args=("T2", lock_b, lock_a), name="T2")
t1.start()
t2.start()
t1.join()
t2.join()
print("both transfers are done")
