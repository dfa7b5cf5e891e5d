# List, dict, set comprehensions and generator expressions.
numbers = range(1, 11)
print([n * n for n in numbers])
print([n for n in numbers if n % 3 == 0])
print([(a, b) for a in range(3) for b in range(a)])
print({n % 3: n for n in numbers})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sum(n for n in numbers), max(n % 7 for n in numbers), any(n > 9 for n in numbers), all(n > 0 for n in numbers))
print(list(n * 2 for n in range(4)), tuple(str(n) for n in range(3)))
words = ["alpha", "beta", "gamma", "delta"]
print({w: len(w) for w in words if "a" in w[1:]})
print([w.upper() if len(w) > 4 else w for w in words])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(", ".join(str(x) for x in [1, 2, 3]), "".join(reversed("stressed")))
x = 10
print([x for x in range(3)], x)
def gen(n):
    for i in range(n):
        if i % 2:
            yield i * 10
    yield -1
print(list(gen(6)), sum(gen(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
