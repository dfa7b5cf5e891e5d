# Generators as coroutines: send() feeds the yield, throw() raises at it, close() runs its
# finally blocks; StopIteration carries what the generator returned.
def echo():
    total = 0
    try:
        while True:
            x = yield total
            if x is not None:
                total += x
    finally:
        print("closed at %d" % total)
g = echo()
print(next(g))
print(g.send(5))
print(g.send(7))
g.close()
g.close()
def count():
    yield 1
    yield 2
    return 3
c = count()
print(c.__next__())
print(c.__next__())
try:
    c.__next__()
except StopIteration as e:
    print("stop", e.value, e.args)
g2 = echo(); next(g2)
try:
    g2.throw(ValueError("x"))
except ValueError as e:
    print("thrown", e)
g3 = echo(); next(g3)
try:
    g3.throw(ValueError, "y")
except ValueError as e:
    print("thrown", e)
def stubborn():
    n = 0
    while True:
        try:
            yield 1
        except GeneratorExit:
            n += 1
            if n > 1:
                return
            print("ignoring")
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("runtime", e)
def catcher():
    while True:
        try:
            yield "ok"
        except KeyError as e:
            print("caught", repr(e))
k = catcher(); next(k)
print(k.throw(KeyError("a")))
try:
    echo().send(1)
except TypeError as e:
    print("type", e)
fresh = echo()
fresh.close()
try:
    next(fresh)
except StopIteration:
    print("fresh closed")
print(fresh.gi_running, count().__name__)
try:
    k.next()
except AttributeError as e:
    print(e)
