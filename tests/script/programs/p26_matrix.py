# Nested lists as matrices.
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def multiply(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
print(multiply(a, b))
print(multiply(identity(2), [[2, 3], [4, 5]]))
print(transpose(a))
def show(m):
    for row in m:
        print(" ".join("%4d" % v for v in row))
show(multiply(b, a))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
aliased = [[0] * 3] * 3
aliased[1][1] = 5
print(aliased)
print(sum(sum(row) for row in a), max(max(row) for row in b), [row[-1] for row in a])
