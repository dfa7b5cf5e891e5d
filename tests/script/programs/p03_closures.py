# Closures, nonlocal, lambda.
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

def make_adders():
    return [lambda x, n=n: x + n for n in range(4)]

print([f(10) for f in make_adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

square = lambda v: v * v
print(square(7), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
pairs = [(3, "c"), (1, "a"), (2, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted(["pear", "fig", "banana"], key=lambda s: len(s)))
print(list(map(lambda x: x * 3, [1, 2, 3])), list(filter(lambda x: x % 2, range(10))))

def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))

def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = accumulate()
add("a"); add("b")
print(items)
