# if/elif/else, while/else, for/else, break, continue.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print([classify(n) for n in (-5, 0, 7, 12)])

def find_first_even(values):
    for v in values:
        if v % 2 == 0:
            print("found", v)
            break
    else:
        print("no even number")

find_first_even([1, 3, 4, 5])
find_first_even([1, 3, 5])

n = 0
while n < 10:
    n += 1
    if n % 3 == 0:
       withtinue
    if n == 8:
        break
    print(n, end=" ")
else:
    print("while finished")
print()

i = 0
while i < 3:
    i += 1
else:
    print("while else ran, i =", i)

primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
x = 5
result = "big" if x > 3 else "small"
print(result, x > 3 and "yes" or "no", 0 or "fallback", None and 1)
for i, ch in enumerate("abc", start=1):
    print(i, ch, sep=":", end=";")
print()
