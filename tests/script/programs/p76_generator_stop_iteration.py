# PEP 479: a StopIteration raised inside a generator's body does not silently end whatever
# consumes it; it becomes RuntimeError("generator raised StopIteration"), caused by it, however
# the generator is resumed: a for loop, a comprehension, list(), next() (with or without a
# default), send(), or yield from. A plain return still ends it quietly.
def raises_stop():
    yield 1
    raise StopIteration("inner")

def returns():
    yield 1
    return "fine"

def delegating():
    yield from raises_stop()

def attempt(label, consume):
    try:
        print(label, consume())
    except RuntimeError as e:
        print(label, "RuntimeError:", e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
    except StopIteration as e:
        print(label, "StopIteration", e.args)

def loop():
    seen = []
    for v in raises_stop():
        seen.append(v)
    return seen

def next_twice(default=None):
    g = raises_stop()
    first = next(g)
    return first, (next(g) if default is None else next(g, default))

def send_twice():
    g = raises_stop()
    next(g)
    return g.send("x")

attempt("for loop", loop)
attempt("comprehension", lambda: [v for v in raises_stop()])
attempt("list()", lambda: list(raises_stop()))
attempt("next()", next_twice)
attempt("next() with a default", lambda: next_twice("default"))
attempt("send()", send_twice)
attempt("yield from", lambda: list(delegating()))
attempt("return", lambda: list(returns()))
g = returns()
next(g)
attempt("next() after a return", lambda: next(g))
