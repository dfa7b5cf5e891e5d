# Integer and float arithmetic, within 64 bits.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b), pow(2, 10), pow(3, 4, 5))
print(abs(-42), abs(-2.5), round(2.5), round(3.5), round(2.675, 2))
x = 0.1 + 0.2
print(x, 1 / 3, 2.0, 1e20, 1e-5, 123456789.125)
print(float("3.25"), int("42"), int("-7"), int(3.99), int(-3.99))
print(7 & 3, 7 | 8, 7 ^ 2, 1 << 10, 1024 >> 3, ~5)
print(True + True, True * 10, 3 > 2 > 1, 1 < 2 < 2)
big = 2 ** 62
print(big, big - 1 + big, -big * 2)
print(hex(255), oct(8), bin(10), chr(65), ord("a"))
print(max(3, 9, 1), min([4, 2, 8]), sum([1, 2, 3, 4]), sum([0.5, 0.25]))
total = 0
for i in range(1, 101):
    total += i * i
print("sum of squares", total)
print(10 / 4, 10 // 4, 10.0 // 4, -10 / 4, 7.5 % 2)
print(float("inf") > 1e308, -0.0, 1.5e300 * 1e10)
