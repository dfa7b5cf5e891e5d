# Grouping and aggregating records.
records = [
    {"dept": "eng", "name": "ann", "salary": 120},
    {"dept": "ops", "name": "bob", "salary": 90},
    {"dept": "eng", "name": "cy", "salary": 100},
    {"dept": "sales", "name": "dee", "salary": 80},
    {"dept": "ops", "name": "eve", "salary": 95},
]
groups = {}
for r in records:
    groups.setdefault(r["dept"], []).append(r)
for dept in sorted(groups):
    members = groups[dept]
    total = sum(m["salary"] for m in members)
    print("%-6s n=%d total=%4d avg=%6.2f top=%s" % (
        dept, len(members), total, total / len(members), max(members, key=lambda m: m["salary"])["name"]))
raise_pct = {"eng": 0.1, "ops": 0.05}
for r in records:
    r["new"] = round(r["salary"] * (1 + raise_pct.get(r["dept"], 0)), 1)
print([(r["name"], r["new"]) for r in records])
print(sorted(records, key=lambda r: r["new"], reverse=True)[0]["name"])
names_by_len = {}
for r in records:
    names_by_len.setdefault(len(r["name"]), []).append(r["name"])
print(names_by_len)
