# Closures, lambdas, bound methods and nested functions as thread targets.
import threading

def make_adder(results, base):
    def add(x):
        results.append(base + x)
    return add

results = []
adders = [make_adder(results, b) for b in (100, 200)]
threads = []
for i, adder in enumerate(adders):
    t = threading.Thread(target=adder, args=(i,))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print("closures:", sorted(results))

# Default arguments pin the loop variable; a late-binding lambda would not.
captured = []
lock = threading.Lock()
workers = []
for n in range(4):
    def work(n=n):
        with lock:
            captured.append(n * n)
    workers.append(threading.Thread(target=work))
for w in workers:
    w.start()
for w in workers:
    w.join()
print("defaults:", sorted(captured))

class Accumulator:
    def __init__(self):
        self.items = []
        self.lock = threading.Lock()

    def add_range(self, start, stop):
        for i in range(start, stop):
            with self.lock:
                self.items.append(i)

acc = Accumulator()
ts = [threading.Thread(target=acc.add_range, args=(k * 10, k * 10 + 10)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("bound method:", len(acc.items), sorted(acc.items) == list(range(30)))

def outer():
    count = 0
    def bump():
        nonlocal count
        count += 5
    t = threading.Thread(target=bump)
    t.start()
    t.join()
    return count
print("nonlocal:", outer())
box = []
t = threading.Thread(target=lambda *a, **k: box.append((a, sorted(k.items()))), args=(1, 2), kwargs={"z": 3})
t.start()
t.join()
print("lambda:", box)
