# queue.PriorityQueue: get() takes the smallest item first, (priority, job) tuples as usual;
# equal items come out in the order of CPython's heap. LifoQueue beside it; and a worker thread
# serving jobs by priority.
import queue
import threading

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "idle"), (2, "again")]:
    pq.put(item)
print(pq.qsize(), pq.empty(), pq.full())
while not pq.empty():
    print(pq.get())

numbers = queue.PriorityQueue(maxsize=10)
for n in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]:
    numbers.put_nowait(n)
print(numbers.full(), [numbers.get() for _ in range(10)])
try:
    numbers.get_nowait()
except queue.Empty:
    print("empty")

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])

class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority

jobs = queue.PriorityQueue()
for p, name in [(2, "compile"), (0, "interrupt"), (1, "render")]:
    jobs.put(Job(p, name))
order = []

def server():
    while True:
        job = jobs.get()
        if job.name == "stop":
            jobs.task_done()
            break
        order.append(job.name)
        jobs.task_done()

jobs.put(Job(9, "stop"))
t = threading.Thread(target=server)
t.start()
jobs.join()
t.join()
print(order)
try:
    bad = queue.PriorityQueue()
    bad.put((1, {}))
    bad.put((1, {}))
except TypeError as e:
    print("TypeError", e)
