# Daemon threads: inherited from the creating thread, settable before start, and killed
# silently when the last non-daemon thread ends.
import threading
import time

def forever():
    while True:
        time.sleep(0.05)

def child_report(box):
    box.append(threading.current_thread().daemon)

d = threading.Thread(target=forever, daemon=True, name="background")
print("daemon flag:", d.daemon)
d.start()

normal = threading.Thread(target=time.sleep, args=(0.01,))
normal.daemon = False
print("normal:", normal.daemon)
normal.start()
normal.join()

# A thread started by a daemon thread is a daemon too.
box = []
def parent():
    c = threading.Thread(target=child_report, args=(box,))
    box.append(c.daemon)
    c.start()
    c.join()
p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
print("child inherits:", box)

late = threading.Thread(target=forever)
late.daemon = True
late.start()
print("alive daemons:", sorted(t.name for t in threading.enumerate() if t.daemon), d.is_alive())
time.sleep(0.1)
print("main ends; the daemons vanish without a word")
