# Dicts: methods, iteration order, comprehensions.
ages = {"ann": 31, "bob": 25}
ages["cy"] = 40
ages["ann"] = 32
print(ages, len(ages), "bob" in ages, "zed" not in ages)
print(ages.get("bob"), ages.get("zed"), ages.get("zed", 0))
print(list(ages.keys()), list(ages.values()), list(ages.items()))
for name, age in ages.items():
    print(name, age)
print(ages.pop("bob"), ages)
ages.setdefault("dee", 19)
ages.setdefault("ann", 0)
print(ages)
ages.update({"eve": 22}, fred=50)
print(ages)
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares, sum(squares.values()))
inverted = {v: k for k, v in squares.items()}
print(inverted)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"x": 1}, "b": {"y": [1, 2]}}
nested["a"]["z"] = 3
print(nested, nested["b"]["y"][1])
print(dict([("k", 1), ("j", 2)]), dict(one=1, two=2), dict(zip("abc", range(3))))
d = dict.fromkeys(["p", "q"], 0)
print(d, d == {"q": 0, "p": 0}, {} == dict())
del d["p"]
print(d, d.copy(), list(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print({**{"a": 1}, "b": 2}, {1: "int key", (1, 2): "tuple key"})
d.clear()
print(d, bool(d))
