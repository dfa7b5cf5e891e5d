# An uncaught exception ends the program with a traceback on stderr.
def check(values):
    if not values:
        raise ValueError("cannot average an empty list")

def average(values):
    check(values)
    return sum(values) / len(values)

print("average:", average([1, 2, 3]))
print("about to fail")
average([])
print("never printed")
