# TypeError messages for calls, operators and conversions.
def two(a, b):
    return a + b

class K:
    def method(self, x):
        return x

tests = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, c=2),
    lambda: two(1, a=2),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: (lambda: 0)(1),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] * "x",
    lambda: len(5),
    lambda: int("12x"),
    lambda: float("abc"),
    lambda: 5(),
    lambda: None.attr,
    lambda: {}[[1]],
    lambda: "abc"[10],
    lambda: [].pop(),
    lambda: {"a": 1}["b"],
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2.0 / 0,
    lambda: [1, 2].index(9),
    lambda: "x".join([1]),
    lambda: sum(["a"]),
    lambda: sorted([1, "a"]),
    lambda: abs("x"),
    lambda: undefined_name,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
