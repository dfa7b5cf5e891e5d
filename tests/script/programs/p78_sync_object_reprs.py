# The reprs of threading's objects tell their state, as CPython 3.11 prints them: an Event set
# or unset, a Semaphore's value (a BoundedSemaphore's against its start), a Barrier's waiters or
# that it is broken, a Condition's lock and its waiting threads, an RLock's owner and depth.
# Printing one is how a student looks inside it. Addresses and thread idents are masked: they
# differ from run to run.
import threading
import time

def shown(obj):
    text = repr(obj).replace(str(threading.get_ident()), "IDENT")
    start = text.find("0x")
    while start >= 0:
        end = start + 2
        while end < len(text) and text[end] in "0123456789abcdef":
            end += 1
        text = text[:start] + "ADDR" + text[end:]
        start = text.find("0x")
    return text

event = threading.Event()
print(shown(event))
event.set()
print(shown(event))

sem = threading.Semaphore(2)
sem.acquire()
print(shown(sem))
bounded = threading.BoundedSemaphore(3)
bounded.acquire()
bounded.acquire()
print(shown(bounded))

class Pool(threading.Semaphore):
    pass

print(shown(Pool(4)))

rlock = threading.RLock()
print(shown(rlock))
rlock.acquire()
rlock.acquire()
print(shown(rlock))
rlock.release()
rlock.release()

condition = threading.Condition()
print(shown(condition))
print(shown(threading.Condition(threading.Lock())))

def waiter():
    with condition:
        condition.wait()

worker = threading.Thread(target=waiter)
worker.start()
time.sleep(0.05)
print(shown(condition))  # one thread waits; the lock is free while it does
with condition:
    condition.notify()
worker.join()

barrier = threading.Barrier(2)
print(shown(barrier))
other = threading.Thread(target=barrier.wait)
other.start()
time.sleep(0.05)
print(shown(barrier))
barrier.wait()
other.join()
barrier.abort()
print(shown(barrier))
