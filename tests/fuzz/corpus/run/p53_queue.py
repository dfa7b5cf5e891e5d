# queue.Queue: put/get, task_done/join, Empty and Full with and without timeouts.
import queue
import threading

q = queue.Queue(maxsize=2)
print("empty:", q.empty(), "size:", q.qsize(), "maxsize:", q.maxsize)
q.put(1)
q.put_nowait(2)
print("full:", q.full())
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put(3, block=False)
except queue.Full:
    print("Full without blocking")
print("get:", q.get(), q.get_nowait())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get_nowait()
except queue.Empty:
    print("Empty without blocking")

# Workers consume jobs; join() returns when every job is marked done.
jobs = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        results.put(item * item)
        jobs.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(10):
    jobs.put(n)
jobs.join()
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
squares = []
while not results.empty():
    squares.append(results.get())
print("squares:", sorted(squares))

# A consumer blocked on get() is woken by a put() from another thread, in FIFO order.
pipe = queue.Queue()
got = []
c = threading.Thread(target=lambda: got.extend([pipe.get(), pipe.get(), pipe.get()]))
c.start()
for word in ("first", "second", "third"):
    pipe.put(word)
c.join()
print("fifo:", got)
try:
    jobs.task_done()
except ValueError as e:
    print("ValueError:", e)
