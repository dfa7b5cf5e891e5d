# Barrier: parties, wait() indices (sorted before printing), the action, abort.
import threading

arrived = []
lock = threading.Lock()
actions = []

barrier = threading.Barrier(3, action=lambda: actions.append("all here"))
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)

def worker(name):
    index = barrier.wait()
    with lock:
        arrived.append(index)
    # A second round with the same barrier.
    barrier.wait()

threads = [threading.Thread(target=worker, args=("t%d" % i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("indices:", sorted(arrived))
print("actions:", actions)

# A wait that times out breaks the barrier.
lonely = threading.Barrier(2)
try:
    lonely.wait(0.05)
except threading.BrokenBarrierError:
    print("broken after timeout:", lonely.broken)
lonely.reset()
print("after reset:", lonely.broken)

b2 = threading.Barrier(2)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("aborted:", type(e).__name__, b2.broken)
