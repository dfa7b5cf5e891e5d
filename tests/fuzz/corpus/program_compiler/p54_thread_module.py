# The low-level _thread module: start_new_thread and allocate_lock, with a lock handshake
# so the main thread waits for each worker.
import _thread

results = []
print_lock = _thread.allocate_lock()

def worker(n, done):
    total = 0
    for i in range(n):
        total += i
    with print_lock:
        results.append((n, total))
    done.release()  # tell main we are finished

handshakes = []
for n in (10, 20, 30):
    done = _thread.allocate_lock()
    done.acquire()
    handshakes.append(done)
    ident = _thread.start_new_thread(worker, (n, done))
    print("started, ident is int:", isinstance(ident, int))

for done in handshakes:
    done.acquire()  # blocks until the worker releases it
print("results:", sorted(results))

lock = _thread.allocate_lock()
print("locked:", lock.locked(), lock.acquire(0), lock.locked(), lock.acquire(0))
lock.release()
print("get_ident is int:", isinstance(_thread.get_ident(), int))

# keyword arguments travel as the third argument.
box = []
signal = _thread.allocate_lock()
signal.acquire()
def with_kwargs(a, b=0, c=0):
    box.append(a + b + c)
    signal.release()
_thread.start_new_thread(with_kwargs, (1,), {"b": 10, "c": 100})
signal.acquire()
print("kwargs:", box)
