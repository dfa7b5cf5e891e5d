# Thread(args=...) is unpacked as target(*args) when the thread runs: any iterable works (a
# list, a string, a range), and a non-iterable such as args=5 (meant: args=(5,)) makes that
# thread fail with a TypeError while the main thread carries on.
import threading

def pair(a, b):
    print("pair", a, b)

def one(x):
    print("one", x)

for args in ([1, 2], "xy", range(3, 5), (7, 8)):
    t = threading.Thread(target=pair, args=args)
    t.start()
    t.join()

bad = threading.Thread(target=one, args=5)
bad.start()
bad.join()
print("main continues after the failed thread")
