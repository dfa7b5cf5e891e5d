# LEGB scope rules, class bodies, comprehension scopes.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer(), x)

class Holder:
    x = "class body"
    values = [x for _ in range(2)]
    def method(self):
        return x
print(Holder.x, Holder.values, Holder().method())

def counter_factory():
    counts = {"n": 0}
    def bump():
        counts["n"] += 1
        return counts["n"]
    return bump
b = counter_factory()
b(); b()
print(b())
len = lambda v: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_builtin():
    return max([3, 7])
print(uses_builtin())
