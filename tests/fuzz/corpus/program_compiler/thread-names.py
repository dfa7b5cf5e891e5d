"""timeslice
title: Thread names, current_thread() and enumerate()
cpus: 1
policy: rr
quantum: 10ms
python: 3
"""
# Unnamed threads are numbered in creation order, "Thread-N (target)" in Python 3 (under
# --python 2 just "Thread-N"); a name= argument replaces it. current_thread() is the thread
# running the code that calls it, enumerate() the threads alive right now.
import threading

gate = threading.Event()

def report():
    me = threading.current_thread()
    print("I am", me.name, "- main thread?", me is threading.main_thread())
    gate.wait()

threads = [threading.Thread(target=report),
           threading.Thread(target=report, name="reporter"),
           threading.Thread(target=report)]
for t in threads:
    t.start()
print("main is", threading.current_thread().name)
print("alive:", [t.name for t in threading.enumerate()])
print("active_count:", threading.active_count())
gate.set()
for t in threads:
    t.join()
print("after join:", [t.name for t in threading.enumerate()])
