# An iterator that never ends, consumed by sum() through yield from: nested code that never
# gave the kernel its clock back hung the run (a fuzz_run timeout). It is abandoned at the
# run's limit now.
class Forever:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
def delegate():
    yield from Forever()
print(sum(delegate()))
