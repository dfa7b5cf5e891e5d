# threading.Thread with target, args, kwargs, name and daemon; start, join, is_alive.
import threading

results = {}

def worker(key, times, scale=1):
    results[key] = sum(range(times)) * scale

t1 = threading.Thread(target=worker, args=("a", 5))
t2 = threading.Thread(target=worker, args=("b", 4), kwargs={"scale": 10}, name="scaler")
t3 = threading.Thread(target=worker, args=["c", 3], daemon=True)

print("before start:", t1.is_alive(), t1.ident is None, t2.name, t3.daemon)
print("names:", t1.name, "|", t3.name)
for t in (t1, t2, t3):
    t.start()
for t in (t1, t2, t3):
    t.join()
print("after join:", t1.is_alive(), isinstance(t1.ident, int), t2.daemon)
print("results:", sorted(results.items()))

t2.name = "renamed"
print("renamed:", t2.name)

# run() called directly executes the target in the calling thread.
t4 = threading.Thread(target=worker, args=("d", 3), kwargs={"scale": 2})
t4.run()
print("run directly:", results["d"], t4.is_alive())

# A thread can only be started once.
try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)

# daemon cannot be changed after start.
try:
    t1.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

# join() before start is an error too.
t5 = threading.Thread(target=worker, args=("e", 1))
try:
    t5.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print("repr-free check:", t5.name.startswith("Thread-"), t5.is_alive())
