# Condition: a producer and a consumer that take turns through a one-slot buffer, so every
# print is ordered by the condition itself.
import threading

cond = threading.Condition()
slot = []
done = False

def producer():
    for item in range(5):
        with cond:
            while slot:
                cond.wait()
            slot.append(item)
            print("produced", item)
            cond.notify()

def consumer(total):
    for _ in range(total):
        with cond:
            while not slot:
                cond.wait()
            item = slot.pop()
            print("consumed", item)
            cond.notify()

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer, args=(5,))
c.start()
p.start()
p.join()
c.join()

# wait() with a timeout returns False when nobody notifies; wait_for returns the predicate.
with cond:
    print("wait timeout:", cond.wait(0.01))
    print("wait_for true:", cond.wait_for(lambda: True, 0.01))
    print("wait_for false:", cond.wait_for(lambda: False, 0.01))

# notify_all wakes every waiter.
count = 0
def wait_for_go(box):
    global count
    with cond:
        count += 1
        cond.notify_all()
        cond.wait_for(lambda: box)
        box.append(threading.current_thread().name)

box = []
ws = [threading.Thread(target=wait_for_go, args=(box,), name="n%d" % i) for i in range(3)]
for w in ws:
    w.start()
with cond:
    cond.wait_for(lambda: count == 3)
    box.append("go")
    cond.notify_all()
for w in ws:
    w.join()
print("woken:", box[0], sorted(box[1:]))

try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
