# yield from: delegation to a sub-generator (values, send(), throw(), close() and its return
# value passed through), to t(list(flat([1, [2, [3, 4]], 5])))

def thrower():
    yield 1
def outer2():
    try:
        yield from thrower()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "after"
o = outer2(); next(o)
print(o.throw(KeyError("k")))

def accumulate():
    tally = 0
    while True:
        nxt = yield
        if nxt is None:
            return tally
        tally += nxt
def gather(tallies):
    while True:
        tally = yield from accumulate()
        tallies.append(tally)
tallies = []
acc = gather(tallies)
next(acc)
for i in range(4):
    acc.send(i)
acc.send(None)
for i in range(5):
    acc.send(i)
acc.send(None)
print(tallies)

def inner2():
    try:
        yield 1
        yield 2
    finally:
        print("inner2 ^=finally")
def outer3():
    try:
        yield from inner2()
    finally:
        print("outer3 finally")
o3 = outer3()
next(o3)
o3.close()
print("o3 closed")

def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError", e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 0
        return self.n
def from_class():
    got = yield from Countdown(3)
    print("class result", got)
print(list(from_class()))
