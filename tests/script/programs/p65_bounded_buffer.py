# A bounded buffer built from one Lock and two Conditions, with two producers and two
# consumers; the printed totals do not depend on who ran when.
import threading

class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.high_water = 0

    def put(self, item):
        with self.not_full:
            while len(self.items) >= self.capacity:
                self.not_full.wait()
            self.items.append(item)
            self.high_water = max(self.high_water, len(self.items))
            self.not_empty.notify()

    def get(self):
        with self.not_empty:
            while not self.items:
                self.not_empty.wait()
            item = self.items.pop(0)
            self.not_full.notify()
            return item

buf = BoundedBuffer(3)
consumed = []
consumed_lock = threading.Lock()

def producer(base):
    for i in range(20):
        buf.put(base + i)

def consumer():
    while True:
        item = buf.get()
        if item is None:
            return
        with consumed_lock:
            consumed.append(item)

producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for p in producers:
    p.join()
for _ in consumers:
    buf.put(None)
for c in consumers:
    c.join()
print("consumed:", len(consumed), sum(consumed))
print("never over capacity:", buf.high_water <= 3, "left:", buf.items)
