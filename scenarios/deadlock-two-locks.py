"""timeslice
title: Two threads take two locks in opposite order and deadlock
cpus: 1
policy: rr
quantum: 10ms
caption: block join MainThread: Both threads have their first lock; the main thread waits for T1 in join().
caption: block lock T1: T1 holds lock A and asks for B, which T2 holds: T1 blocks.
caption: block lock T2 pause: T2 holds B and asks for A, which T1 holds. Each waits for the other, and nobody is left to release anything: deadlock.
"""
# Each thread holds one lock and waits for the other's: neither can go on. The sleep
# between the two acquires makes sure both grab their first lock before either asks for
# its second. timeslice reports the deadlock with the cycle of who waits for whom and
# exits with status 1. The cure: both threads take the locks in the same order.
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()

def transfer(name, first, second, first_name, second_name):
    with first:
        print(name, "holds", first_name)
        time.sleep(0.1)
        print(name, "wants", second_name)
        with second:
            print(name, "holds both")  # never printed

t1 = threading.Thread(target=transfer, args=("T1", lock_a, lock_b, "A", "B"), name="T1")
t2 = threading.Thread(target=transfer, args=("T2", lock_b, lock_a, "B", "A"), name="T2")
t1.start()
t2.start()
t1.join()
t2.join()
print("never reached")
