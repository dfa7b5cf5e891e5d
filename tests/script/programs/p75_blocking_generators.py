# Generators whose bodies block: a for loop resumes a generator on its thread's own stack, so
# the body may wait on a queue, an event or a lock, or sleep, like any code. Also recursion
# through generators, a loop left by break and resumed by next() and another loop, a return
# value a for loop ignores, `yield from` a sub-generator that waits (its yields passed through,
# values sent in, its return value), next() and send() on a generator that waits (its
# StopIteration value, next's default, a temporary generator), and an exception travelling out
# through two generators.
import queue
import threading
import time

jobs = queue.Queue()

def producer():
    for i in range(4):
        time.sleep(0.01)
        jobs.put(i)
    jobs.put(None)

def drain(source):
    while True:
        item = source.get()
        if item is None:
            return "drained"
        yield item

worker = threading.Thread(target=producer)
worker.start()
total = 0
for job in drain(jobs):
    print("job", job)
    total += job
worker.join()
print("total", total)

def slow_squares(n):
    for i in range(n):
        time.sleep(0.002)
        yield i * i

print([s for s in slow_squares(4)])
print(sum(s for s in [3, 4]))

ready = threading.Event()
def after_signal(n):
    for i in range(n):
        ready.wait()
        yield i

def signal():
    time.sleep(0.01)
    ready.set()

threading.Thread(target=signal).start()
for i in after_signal(2):
    print("after signal", i)

lock = threading.Lock()
results = []
def locked_steps(name):
    for i in range(3):
        with lock:
            yield name, i

def collect(name):
    for step in locked_steps(name):
        results.append(step)

threads = [threading.Thread(target=collect, args=(n,)) for n in "xy"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

def walk(node, depth=0):
    yield node[0], depth
    for child in node[1]:
        for item in walk(child, depth + 1):
            yield item

tree = ("root", [("a", [("a1", [])]), ("b", [("b1", [("b2", [])])])])
for name, depth in walk(tree):
    print("  " * depth + name)

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown finally")

c = countdown(5)
for v in c:
    print("first loop", v)
    if v == 4:
        break
print("next", next(c))
for v in c:
    print("second loop", v)

feed = queue.Queue()

def feeder():
    for word in ["alpha", "beta"]:
        time.sleep(0.01)
        feed.put(word)

def take(n):
    taken = []
    for _ in range(n):
        word = feed.get()
        taken.append(word)
        reply = yield word
        if reply is not None:
            print("take was sent", reply)
    return taken

def delegating():
    taken = yield from take(2)
    print("take returned", taken)
    yield "last"

threading.Thread(target=feeder).start()
d = delegating()
for word in d:
    print("delegated", word)
    if word == "alpha":
        print("send answers", d.send("thanks"))

tickets = queue.Queue()

def issuer():
    for n in (7, 8):
        time.sleep(0.01)
        tickets.put(n)
    tickets.put(None)

def ticket_stream():
    while True:
        n = tickets.get()
        if n is None:
            return "no more tickets"
        yield n

threading.Thread(target=issuer).start()
stream = ticket_stream()
while True:
    try:
        print("ticket", next(stream))
    except StopIteration as e:
        print("stream ended:", e.value)
        break
print("after the end:", next(stream, "default"))
print("temporary:", next(slow_squares(3)))

def failing():
    yield 1
    raise KeyError("missing")

def relay():
    for v in failing():
        yield v * 10

try:
    for v in relay():
        print("relayed", v)
except KeyError as e:
    print("caught", repr(e))

for v in relay():
    print("uncaught next", v)
