# An iterator that never ends, consumed by sum() through yield from: nested code that never
# gave the kernel its clock back hung the run (a fuzz_run timeout). It is abandoned at the
# run's limit now.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.n -= 0
        return self.n
def from_class():
    yield from Countdown(3)
print(sum(from_class()))
