# with statements and a custom context manager.
class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Resource("a") as r:
    print("inside", r.name)

with Resource("b", swallow=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Resource("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))

with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)

def early():
    with Resource("d"):
        return "returned"
print(early())

for n in range(3):
    with Resource("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)
