# Word statistics on a fixed text.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print("%-8s %s" % (word, "#" * count))
lengths = [len(w) for w in words]
print(min(lengths), max(lengths), sum(lengths) / len(lengths))
print(max(words, key=len), sorted(sorted(set(words)), key=len)[:3])
lines = text.split("\n")
print([len(line) for line in lines], lines[1].split(",")[0])
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels, "ratio %.3f" % (vowels / len(text)))
