# Subclassing Thread: __init__ calling super().__init__() or Thread.__init__(self), run overridden.
import threading

class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n

class Named(threading.Thread):
    def __init__(self, label, log):
        threading.Thread.__init__(self, name=label)
        self.log = log

    def run(self):
        self.log.append("%s ran in %s" % (self.name, threading.current_thread().name))

class WithTarget(threading.Thread):
    # run() not overridden: the target runs as usual.
    def __init__(self, target, args):
        super().__init__(target=target, args=args)

squarers = [Squarer(n) for n in range(1, 5)]
for s in squarers:
    s.start()
for s in squarers:
    s.join()
print("squares:", [s.result for s in squarers])
print("names:", [s.name for s in squarers])

log = []
a = Named("alpha", log)
a.start()
a.join()
b = Named("beta", log)
b.start()
b.join()
print("\n".join(log))

box = []
def collect(*items):
    box.extend(items)

w = WithTarget(collect, (1, 2, 3))
w.start()
w.join()
print("collected:", box, w.name)
print("is Thread:", isinstance(w, threading.Thread), issubclass(Named, threading.Thread))

class Counter(threading.Thread):
    total = 0
    lock = threading.Lock()

    def run(self):
        for _ in range(100):
            with Counter.lock:
                Counter.total += 1

cs = [Counter() for _ in range(3)]
for c in cs: c.start()
for c in cs: c.join()
print("class total:", Counter.total)
