# Defaults, *args, **kwargs, keyword-only arguments.
def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation

print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(greeting="Yo", name="Di"))

def collect(first, *rest, **options):
    print("first:", first, "rest:", rest, "options:", sorted(options.items()))

collect(1)
collect(1, 2, 3)
collect(1, 2, flag=True, level=3)

def kwonly(a, *, b, c=10):
    return a + b + c

print(kwonly(1, b=2), kwonly(1, b=2, c=3))
args = (4, 5)
kwargs = {"c": 6}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kwargs), three(1, *[2, 3]), three(**{"a": 7, "b": 8, "c": 9}))

def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket

print(defaults_shared(1), defaults_shared(2))
print(greet.__name__, three.__defaults__, greet.__defaults__)

def documented():
    "Says what it does."
    return None
print(documented.__doc__, documented())
