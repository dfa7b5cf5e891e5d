# Building text: tables, padding, joins.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
print("%-10s %5s %8s" % ("item", "qty", "price"))
for name, qty, price in rows:
    print("%-10s %5d %8.2f" % (name, qty, price))
print("-" * 25)
total = sum(q * p for _, q, p in rows)
print("%-10s %14.2f" % ("total", total))
for name, qty, price in rows:
    print(f"{name:>10}|{qty:^5}|{price:<8.3f}|")
line = ""
for i in range(5):
    line += str(i) * i
print(line, len(line))
parts = []
for word in ["one", "two", "three"]:
    parts.append(word[::-1].upper())
print("/".join(parts))
csv = "name,age\nann,31\nbob,25"
records = [r.split(",") for r in csv.split("\n")[1:]]
print(records, {n: int(a) for n, a in records})
print("Total: " + str(len(records)) + " records")
print("{:08.3f}".format(-3.14159), "{:+.1e}".format(12345.0), "{:>+6d}".format(42))
