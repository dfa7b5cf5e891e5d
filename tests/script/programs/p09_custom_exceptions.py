# Exception classes of our own, hierarchy and attributes.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what

class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return "%s is invalid (%s)" % (self.field, self.reason)

def lookup(key):
    data = {"a": 1}
    if key not in data:
        raise NotFound(key)
    return data[key]

for key in ["a", "b"]:
    try:
        print(lookup(key))
    except AppError as e:
        print(type(e).__name__, e, e.what, isinstance(e, Exception))

try:
    raise Invalid("age", "negative")
except AppError as e:
    print(e, e.field, repr(e.reason))

errors = [NotFound("x"), Invalid("y", "z"), AppError("plain"), AppError()]
for err in errors:
    print(type(err).__name__, "|", str(err), "|", err.args)
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    raise NotFound("deep") from None
except NotFound as e:
    print("from None:", e)
