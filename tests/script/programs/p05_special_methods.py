# __str__, __repr__, __eq__, __lt__, __len__, __getitem__, __contains__, __iter__, __call__, __add__.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vector(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __hash__(self):
        return hash((self.x, self.y))

v = Vector(1, 2)
w = Vector(3, 4)
print(v, repr(v), [v, w], v + w, w * 3)
print(v == Vector(1, 2), v != w, v == 5, sorted([w, v, Vector(0, 9)]))
print(str(v), "%s and %r" % (v, w), f"{v} {w!r}")
print(len({v, Vector(1, 2), w}), {v: "first"}[Vector(1, 2)])

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __call__(self, extra):
        return self.items + [extra]
    def __bool__(self):
        return len(self.items) > 0

b = Bag("a", "b", "c")
print(len(b), b[1], b[-1], "b" in b, "z" in b, list(b), b("d"))
print(bool(Bag()), bool(b), [x.upper() for x in b])
if not Bag():
    print("empty bag is falsy")
