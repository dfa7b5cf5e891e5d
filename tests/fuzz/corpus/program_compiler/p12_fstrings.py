# f-strings and format specs.
name = "Ada"
value = 3.14159265
count = 42
print(f"{name} has {count} items")
print(f"{value:.2f} {value:10.3f}| {value:<10.1f}| {value:>10.4f}|")
print(f"{count:5d}|{count:<5d}|{count:^7d}|{count:05d}|{count:+d}")
print(f"{count:x} {count:X} {count:o} {count:b} {count:#x} {count:,}")
print(f"{1234567.891:,.2f} {0.25:.0%} {12345.6789:e} {0.000123:g}")
print(f"{name!r} {name:>8} {name:*^9} {name:<6}|")
width = 8
print(f"{count:{width}d}|{value:{width}.{2}f}|")
print(f"{[1, 2]} {(1,)} {{literal braces}} {count * 2} {name.lower()}")
print(f"{'nested'} {len(name)} {'yes' if count > 40 else 'no'}")
items = {"apple": 1.5, "kiwi": 0.25}
for k, v in items.items():
    print(f"{k:<8}{v:>6.2f}")
print(format(3.5, ".3f"), format(42, "08b"), format("s", ">3"), format(12, ""))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"), "{:.3}".format("abcdef"), "{:,}".format(1000000))
