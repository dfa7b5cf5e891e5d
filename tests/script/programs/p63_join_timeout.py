# join(timeout) returns after the timeout even if the thread is still running; is_alive tells.
import threading
import time

stop = threading.Event()

def slow():
    stop.wait()
    time.sleep(0.05)

t = threading.Thread(target=slow, name="slow")
t.start()
r = t.join(0.1)
print("join returned:", r, "alive:", t.is_alive())
t.join(timeout=0.05)
print("still alive:", t.is_alive())
stop.set()
t.join()
print("after full join:", t.is_alive())

# join(timeout) on a thread that finishes first returns as soon as it ends.
quick = threading.Thread(target=time.sleep, args=(0.05,))
start = time.monotonic()
quick.start()
quick.join(5)
print("quick joined early:", time.monotonic() - start < 1, quick.is_alive())

# A thread cannot join itself.
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)
s = threading.Thread(target=self_join)
s.start()
s.join()
try:
    threading.main_thread().join(0.01)
except RuntimeError as e:
    print("main joins itself:", e)
