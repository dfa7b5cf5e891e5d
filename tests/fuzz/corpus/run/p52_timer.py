# Timer: a delayed call that runs once, and one cancelled before it fires.
import threading
import time

calls = []

def ring(label, times=1):
    calls.append(label * times)

t = threading.Timer(0.05, ring, args=("ding",), kwargs={"times": 2})
print("timer is a thread:", isinstance(t, threading.Thread), t.name)
start = time.monotonic()
t.start()
t.join()
print("fired:", calls, "waited long enough:", time.monotonic() - start >= 0.04)

cancelled = threading.Timer(0.2, ring, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print("after cancel:", calls, cancelled.is_alive())

# Timers fire in order of their intervals.
order = []
timers = [threading.Timer(d, order.append, args=(d,)) for d in (0.15, 0.05, 0.1)]
for tm in timers:
    tm.start()
for tm in timers:
    tm.join()
print("order:", order)
