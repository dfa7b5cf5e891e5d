# try/except/else/finally, raise, exception messages.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [1, 2][5]
    if kind == "key":
        return {"a": 1}["b"]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("xyz")
    if kind == "attr":
        return (5).missing
    if kind == "name":
        return undefined_variable
    return "fine"

for kind in ["zero", "index", "key", "type", "value", "attr", "name", "ok"]:
    try:
        result = risky(kind)
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except LookupError as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
    else:
        print("no error:", result)
    finally:
        print("finally for", kind)

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
        return "returned from except"
    finally:
        print("outer finally")

print(nested())
try:
    raise KeyError("k")
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class raised:", repr(e), "[%s]" % e)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise
except TypeError as e:
    print("re-raised:", e)
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
