# Large integers that stay within 64 bits.
big = 9223372036854775807
print(big, -big - 1, big // 2, big % 1000)
print(2 ** 62 - 1 + 2 ** 62 == big, (2 ** 61) * 2 - 1 + (2 ** 62) == big)
n = 1
for i in range(62):
    n *= 2
print(n, n.bit_length(), (n - 1).bit_length())
print(10 ** 18, 10 ** 18 * 9, -(10 ** 18) * 9)
print(int("9223372036854775807"), abs(-9223372036854775807), 3 ** 39)
factorial = 1
for i in range(1, 21):
    factorial *= i
print(factorial)
print(hex(big), oct(2 ** 40), bin(2 ** 20), 0xFF, 0o17, 0b1010)
print(1_000_000, 7 // 2, -7 // 2, 7 % -3, round(123456, -2))
