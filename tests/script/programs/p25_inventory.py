# Dict-of-lists bookkeeping with functions.
inventory = {}

def add(item, qty, tags=()):
    entry = inventory.setdefault(item, {"qty": 0, "tags": []})
    entry["qty"] += qty
    for t in tags:
        if t not in entry["tags"]:
            entry["tags"].append(t)

add("bolt", 10, ("metal", "small"))
add("nut", 25, ["metal"])
add("bolt", 5, ["small", "cheap"])
add("glue", 1)
for name in sorted(inventory):
    e = inventory[name]
    print(name, e["qty"], ",".join(e["tags"]) or "-")
by_tag = {}
for name, e in inventory.items():
    for t in e["tags"]:
        by_tag.setdefault(t, []).append(name)
print(by_tag)
low = [n for n, e in inventory.items() if e["qty"] < 10]
print("low stock:", low)
total = sum(e["qty"] for e in inventory.values())
print("total", total, "items", len(inventory))
removed = inventory.pop("glue")
print(removed, list(inventory))
