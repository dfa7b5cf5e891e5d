# Event: set, clear, is_set, wait with and without a timeout.
import threading

ev = threading.Event()
print("initially:", ev.is_set())
print("wait(0.05) on a clear event:", ev.wait(0.05))
ev.set()
print("after set:", ev.is_set(), ev.wait(), ev.wait(0.01))
ev.clear()
print("after clear:", ev.is_set(), ev.wait(timeout=0))

ready = threading.Event()
finished = threading.Event()
started = threading.Event()
log = []

def waiter():
    log.append("waiter waiting")
    started.set()
    got = ready.wait(5)
    log.append("waiter woke: %s" % got)
    finished.set()

t = threading.Thread(target=waiter)
t.start()
# The waiter cannot get past ready.wait() until main sets it.
started.wait()
log.append("main sets")
ready.set()
finished.wait()
t.join()
print("\n".join(log))

# Many waiters are all released by one set().
gate = threading.Event()
passed = []
lock = threading.Lock()
def runner(i):
    gate.wait()
    with lock:
        passed.append(i)
runners = [threading.Thread(target=runner, args=(i,)) for i in range(4)]
for r in runners:
    r.start()
print("before gate:", passed)
gate.set()
for r in runners:
    r.join()
print("after gate:", sorted(passed))
