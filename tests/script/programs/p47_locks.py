# Lock and RLock: acquire/release, with, non-blocking acquire on a held lock, locked().
import threading

lock = threading.Lock()
print("locked at start:", lock.locked())
print("acquire:", lock.acquire())
print("locked now:", lock.locked())
print("second acquire without blocking:", lock.acquire(False))
print("with blocking=False:", lock.acquire(blocking=False))
print("with timeout:", lock.acquire(timeout=0.01))
lock.release()
print("after release:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

# Another thread sees the lock held by main.
result = []
def try_take():
    result.append(lock.acquire(False))
lock.acquire()
t = threading.Thread(target=try_take)
t.start()
t.join()
lock.release()
print("other thread got it:", result)

rlock = threading.RLock()
with rlock:
    with rlock:
        print("nested rlock ok")
print("rlock acquire twice:", rlock.acquire(), rlock.acquire())
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# An RLock held by main cannot be taken by another thread.
rlock.acquire()
other = []
t = threading.Thread(target=lambda: other.append(rlock.acquire(blocking=False)))
t.start()
t.join()
rlock.release()
print("rlock from other thread:", other)

try:
    with lock:
        raise KeyError("inside")
except KeyError:
    print("lock released by with on error:", not lock.locked())
