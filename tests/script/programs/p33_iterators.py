# Iterator protocol with classes.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
for n in Countdown(3):
    print("tick", n)

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1

r = Range2(4)
print(list(r), sum(r), [x + 1 for x in r], 4 in r, 5 in r)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
print(sorted(Countdown(4)), max(Countdown(6)), dict(zip("ab", Countdown(2))))
print(list(enumerate(Countdown(2))), list(zip(Range2(3), Countdown(3))))
