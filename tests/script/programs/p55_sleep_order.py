# Threads that sleep different lengths print in order of their sleeps, whatever order
# they start in.
import threading
import time

def sleeper(name, seconds):
    time.sleep(seconds)
    print(name, "woke after", seconds)

plan = [("slow", 0.3), ("fast", 0.1), ("middle", 0.2)]
threads = [threading.Thread(target=sleeper, args=p) for p in plan]
for t in threads:
    t.start()
print("all started")
for t in threads:
    t.join()
print("all joined")

# The main thread sleeping too: a worker that sleeps less finishes first.
def quick():
    time.sleep(0.05)
    print("quick done")
t = threading.Thread(target=quick)
t.start()
time.sleep(0.15)
print("main done sleeping")
t.join()
time.sleep(0)
print("sleep(0) returns", time.sleep(0))
