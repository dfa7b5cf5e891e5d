# Class versus instance attributes, dunder attributes, vars and dir.
class Config:
    defaults = {"mode": "fast"}
    version = 1

    def __init__(self, **overrides):
        self.options = dict(Config.defaults)
        self.options.update(overrides)

a = Config()
b = Config(mode="slow", level=3)
print(a.options, b.options, Config.defaults)
a.version = 2
print(a.version, b.version, Config.version)
Config.version = 10
print(a.version, b.version)
del a.version
print(a.version)
print(sorted(vars(b)), "options" in vars(a))
print([name for name in dir(b) if not name.startswith("__")])

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.z = 3
print(vars(p), hasattr(p, "z"), getattr(p, "w", None))
delattr(p, "z")
print(vars(p))
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Point.nothing
except AttributeError as e:
    print(e)
