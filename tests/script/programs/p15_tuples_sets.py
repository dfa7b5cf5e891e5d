# Tuples and sets (printed sorted: set order is an implementation detail).
point = (3, 4)
x, y = point
print(point, x, y, point[0], len(point), point + (5,), point * 2)
single = (1,)
empty = ()
print(single, empty, type(single).__name__, (1, 2) < (1, 3), (1, 2) == (1, 2))
a, *rest = [1, 2, 3, 4]
*init, last = "hello"
first, *middle, final = range(6)
print(a, rest, init, last, first, middle, final)
(p, q), r = (1, 2), 3
print(p, q, r)
p, q = q, p
print(p, q)
t = tuple([1, 2, 2, 3])
print(t, t.count(2), t.index(3), sorted(t, reverse=True))
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(sorted(s), len(s), 3 in s, 2 in s)
evens = {n for n in range(10) if n % 2 == 0}
small = set(range(5))
print(sorted(evens & small), sorted(evens | small), sorted(evens - small), sorted(evens ^ small))
print(small.issubset(set(range(10))), evens.isdisjoint({1, 3}), {1, 2} <= {1, 2, 3})
fs = frozenset([1, 2, 3])
print(sorted(fs), len(fs), 2 in fs, fs == frozenset({3, 2, 1}))
print(sorted(set("mississippi")), len(set([1, 1, 1])), set() == set([]))
pairs = [(1, "one"), (2, "two")]
for number, word in pairs:
    print(number, word)
print(dict(pairs), list(zip(*pairs)))
