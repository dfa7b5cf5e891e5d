# print with sep, end, file, and str() of many values.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print()
print(1, 2.5, None, True, [1, (2, 3)], {"k": [None]}, sep=" | ")
print("to stdout", file=sys.stdout)
sys.stdout.write("written directly\n")
print(*range(5))
print(*"abc", sep="-")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("%d%%" % 50, "tab\tsep", "quote'")
print(repr(1.0), repr(0.1), repr(-1.5e-7), repr(1e16), repr(123456789012345678.0))
print(str(1 / 7), 2 / 3, 100.0, 1e22, 1.23e-5, 5e-324 > 0)
print(float(10 ** 15), 0.1 * 3, 1.1 + 2.2, 3.0 * 1.1)
