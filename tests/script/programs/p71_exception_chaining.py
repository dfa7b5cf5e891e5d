# Exception chaining: `raise ... from` sets __cause__ ("The above exception was the direct
# cause"), an exception raised while handling another keeps it as __context__ ("During handling
# of the above exception"), and `from None` hides the context.
def lookup(key):
    raise KeyError(key)

def parse(text):
    try:
        lookup(text)
    except KeyError as e:
        raise ValueError("cannot parse %r" % text) from e

def quiet(text):
    try:
        lookup(text)
    except KeyError:
        raise ValueError("quietly failed") from None

def careless(text):
    try:
        lookup(text)
    except KeyError:
        raise RuntimeError("while handling")

for f in (parse, quiet, careless):
    try:
        f("x")
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
              "| suppress:", e.__suppress_context__)

try:
    raise ValueError("v") from 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__))

parse("y")
