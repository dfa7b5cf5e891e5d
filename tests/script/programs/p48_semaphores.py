# Semaphore and BoundedSemaphore: counting, non-blocking acquire, over-release.
import threading

sem = threading.Semaphore(2)
print("take 1:", sem.acquire())
print("take 2:", sem.acquire(blocking=False))
print("take 3 (empty):", sem.acquire(False))
print("take with timeout:", sem.acquire(timeout=0.01))
sem.release()
sem.release()
sem.release()  # a plain Semaphore may go above its start value
print("three takes:", [sem.acquire(False) for _ in range(4)])

bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)

try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# At most two workers inside the pool at once, whatever the interleaving.
pool = threading.BoundedSemaphore(2)
guard = threading.Lock()
inside = 0
most = 0
done = []

def worker(n):
    global inside, most
    with pool:
        with guard:
            inside += 1
            most = max(most, inside)
        total = 0
        for i in range(200):
            total += i
        with guard:
            inside -= 1
            done.append(n)

threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most inside:", most <= 2, "done:", sorted(done), "inside:", inside)
