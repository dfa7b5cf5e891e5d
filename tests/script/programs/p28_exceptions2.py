# Exception flow: finally with return, exceptions in loops, nested handlers.
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(f())

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("cleanup", i)
    return i
print(g())

def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            out.append(None)
        except TypeError as e:
            out.append(type(e).__name__)
    return out
print(convert(["1", "x", None, "42", 3.7]))

def chain():
    try:
        {}["k"]
    except KeyError:
        try:
            [][0]
        except IndexError as inner:
            return "inner: %s" % inner
print(chain())

errors = 0
for divisor in [1, 0, 2, 0]:
    try:
        result = 10 / divisor
    except ZeroDivisionError as e:
        errors += 1
        print("error", errors, e)
    else:
        print("result", result)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
