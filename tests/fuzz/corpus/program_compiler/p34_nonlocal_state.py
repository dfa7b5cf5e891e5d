# nonlocal state machines and decorators.
def make_toggle():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle

t = make_toggle()
print([t() for _ in range(4)])

def counted(func):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print("call %d of %s" % (calls, func.__name__))
        return func(*args, **kwargs)
    return wrapper

@counted
def add(a, b):
    return a + b

print(add(1, 2), add(b=5, a=1))

def memoize(func):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return inner

@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5))

def repeat(times):
    def decorate(func):
        def run(*args):
            return [func(*args) for _ in range(times)]
        return run
    return decorate

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
