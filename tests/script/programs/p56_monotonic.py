# time.monotonic, time.perf_counter and time.time measure sleeps; the differences are rounded
# so the output does not depend on the machine.
import threading
import time

t0 = time.monotonic()
time.sleep(0.2)
print("slept about:", round(time.monotonic() - t0, 1))

p0 = time.perf_counter()
time.sleep(0.1)
print("perf_counter about:", round(time.perf_counter() - p0, 1))

w0 = time.time()
time.sleep(0.1)
print("time about:", round(time.time() - w0, 1))
print("types:", type(time.monotonic()).__name__, type(time.time()).__name__)

# Threads sleeping concurrently: the total is the longest sleep, not the sum.
def nap(seconds):
    time.sleep(seconds)

start = time.monotonic()
threads = [threading.Thread(target=nap, args=(0.2,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print("concurrent naps:", round(elapsed, 1), elapsed < 0.6)
print("monotonic never goes back:", time.monotonic() >= start)
