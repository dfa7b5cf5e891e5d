# An uncaught exception in a thread prints "Exception in thread NAME:" and a traceback on
# stderr and ends only that thread; the main thread carries on. (Each failing call is a whole
# line so CPython 3.11 prints no ^^^ markers under it.)
import threading

def check(n):
    if n == 0:
        raise ValueError("n must not be zero")

def worker(n):
    print("worker checking", n)
    check(n)
    print("worker result", 10 // n)

t = threading.Thread(target=worker, args=(0,), name="checker")
t.start()
t.join()
print("main continues, thread alive:", t.is_alive())

ok = threading.Thread(target=worker, args=(5,), name="fine")
ok.start()
ok.join()

class Boom(threading.Thread):
    def run(self):
        raise KeyError("missing")

b = Boom(name="boom")
b.start()
b.join()
print("done")
