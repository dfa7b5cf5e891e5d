# collections.deque: both ends, a bounded window (maxlen), rotation, search, indexing, repr;
# and a buffer shared by threads under a Condition, the textbook producer-consumer.
import collections
import threading

d = collections.deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7))
d.remove("a")
d.reverse()
print(d, list(d), bool(d), bool(collections.deque()))
d[0] = "first"
print(d[0], d.maxlen)
window = collections.deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), end=" ")
print()
print(window, window.maxlen)
window.appendleft(-1)
print(window)
for bad in (lambda: collections.deque().pop(), lambda: d.index(99), lambda: d.remove(99), lambda: d[42]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
d.clear()
print(d, sum(collections.deque(range(5))))

buffer = collections.deque()
ready = threading.Condition()
received = []

def producer():
    for i in range(10):
        with ready:
            buffer.append(i)
            ready.notify()

def consumer():
    while len(received) < 10:
        with ready:
            while not buffer:
                ready.wait()
            received.append(buffer.popleft())

threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(received), len(buffer))
