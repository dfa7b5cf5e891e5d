"""timeslice
title: A subclass of threading.Thread: __init__ stores its work, run() does it
cpus: 1
policy: rr
quantum: 10ms
caption: dispatch fast: fast.start() runs the subclass's run() in a new thread, named fast by Thread.__init__.
caption: block sleep slow: slow, the second Countdown, sleeps 0.5 s between numbers: each object keeps its own count and delay.
caption: output MainThread pause: run() called directly is an ordinary method call: it runs in the main thread, and no thread is started.
"""
# Subclassing Thread: __init__ calls Thread.__init__ first (here with the thread's name) and
# keeps its own attributes; run() is what the new thread executes once start() is called.
# Calling run() directly, as at the end, is an ordinary call: it runs in the caller's thread.
import threading
import time

class Countdown(threading.Thread):
    def __init__(self, name, count, delay):
        threading.Thread.__init__(self, name=name)
        self.count = count
        self.delay = delay

    def run(self):
        runner = threading.current_thread().name
        for n in range(self.count, 0, -1):
            print(self.name, n, "(run by", runner + ")")
            time.sleep(self.delay)
        print(self.name, "lift-off")

fast = Countdown("fast", 3, 0.2)
slow = Countdown("slow", 2, 0.5)
fast.start()
slow.start()
fast.join()
slow.join()
Countdown("direct", 1, 0.1).run()
