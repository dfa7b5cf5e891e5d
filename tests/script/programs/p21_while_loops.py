# while loops: collatz, gcd, digit sums, binary search.
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz_steps(n) for n in range(1, 16)])

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(100, 75))

def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total
print(digit_sum(987654321), digit_sum(0))

def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), binary_search(data, 99))
n = 1
while True:
    n *= 3
    if n > 1000:
        break
print(n)
