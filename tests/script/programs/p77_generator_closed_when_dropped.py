# A generator dropped before it finishes is closed, as CPython closes it when its last
# reference goes: GeneratorExit is raised where it stopped, so its `with` and `finally` blocks
# run at once. A `with lock:` around a yield no longer keeps the lock after the consumer's
# loop breaks off; a handler of GeneratorExit sees it; a generator without handlers runs
# nothing. (The "Exception ignored" report of a cleanup that raises names the generator's
# address, so it is checked in test_VmInterpreter instead.)
import threading

lock = threading.Lock()

def guarded():
    with lock:
        yield 1
        yield 2

for v in guarded():
    print("got", v)
    break
print("lock held after the break:", lock.locked())

def noisy(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)

g = noisy("rebound")
next(g)
g = None
print("after rebinding")

def holder():
    local = noisy("local")
    next(local)
    print("leaving holder")

holder()
print("after holder")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

c = catcher()
next(c)
del c
print("after del")

finished = noisy("finished")
print(list(finished))
finished = None
print("a finished generator is not closed again")

def worker(name):
    for step in guarded():
        print(name, "step", step)
        break

threads = [threading.Thread(target=worker, args=(n,)) for n in ("first", "second")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("both workers got the lock:", not lock.locked())
