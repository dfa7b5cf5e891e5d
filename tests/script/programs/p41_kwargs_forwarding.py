# Argument forwarding and introspection of *args/**kwargs.
def describe(*args, **kwargs):
    parts = [repr(a) for a in args]
    parts += ["%s=%r" % (k, kwargs[k]) for k in sorted(kwargs)]
    return "describe(" + ", ".join(parts) + ")"

def forward(*args, **kwargs):
    return describe(*args, extra=True, **kwargs)

print(describe(), describe(1, "a"), describe(x=1), forward(1, y=2))
def defaults(a, b=[], *args, c=None, **rest):
    return a, b, args, c, rest
print(defaults(1), defaults(1, 2, 3, 4, c=5, d=6))
options = {"sep": "-", "end": "!\n"}
print("a", "b", **options)
values = [3, 1, 2]
print(max(*values), min(values, key=lambda v: -v))
def point(x=0, y=0, z=0):
    return (x, y, z)
print(point(*[1, 2]), point(**{"z": 9}), point(1, *[2], **{"z": 3}))
call_log = []
def logger(fn):
    def wrapped(*a, **k):
        call_log.append((fn.__name__, a, sorted(k.items())))
        return fn(*a, **k)
    return wrapped
point = logger(point)
point(1, z=2)
print(call_log)
