# Recursion: factorial, fibonacci with memo, permutations, hanoi, deep recursion error.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

print([factorial(n) for n in range(10)], factorial(20))

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(50), fib(90))

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([items[i]] + rest)
    return result
print(permutations([1, 2, 3]))

moves = []
def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:3])

def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4]], 5]]))
