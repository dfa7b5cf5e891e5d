"""timeslice
title: Thread-local data: one object, a value per thread
cpus: 1
policy: rr
quantum: 10ms
caption: output handler-1: handler-1 stores its request number in context.request, an attribute of one object shared by every thread.
caption: output handler-2: handler-2 stores its own number in the same attribute of the same object while handler-1 sleeps.
caption: output handler-1 #2 pause: handler-1 wakes and reads context.request: it still sees 1. Each thread has its own copy; a plain global would now say 2.
caption: output MainThread #2: The main thread never set the attribute, so it has none: threading.local gives each thread a fresh, empty namespace.
"""
# threading.local() makes an object whose attributes belong to the thread that sets them. The
# two handlers write the same attribute of the same object, one after the other, and each
# reads back its own value after a sleep that lets the other run in between. The global
# `last_request` next to it is shared as usual, and reads back whatever was written last.
# Try: replace `context.request` by a plain global and watch handler-1 report request 2.
import threading
import time

context = threading.local()
last_request = None

def handle(number, pause):
    global last_request
    context.request = number
    last_request = number
    print("%s took request %d" % (threading.current_thread().name, number))
    time.sleep(pause)
    print("%s finishes request %d (the global says %d)"
          % (threading.current_thread().name, context.request, last_request))

print("main thread has a request:", hasattr(context, "request"))
handlers = [threading.Thread(target=handle, args=(n, 0.3 - 0.1 * n), name="handler-%d" % n) for n in (1, 2)]
for h in handlers:
    h.start()
for h in handlers:
    h.join()
print("after the handlers, main thread has a request:", hasattr(context, "request"))
