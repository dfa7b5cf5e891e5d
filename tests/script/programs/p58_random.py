# random with a seed: the values differ between generators, so only their ranges, types and
# the repeatability of a seed are printed.
import random
import threading

random.seed(42)
rolls = [random.randint(1, 6) for _ in range(100)]
print("rolls in range:", all(r in range(1, 7) for r in rolls), len(rolls))
print("random in [0, 1):", all(0 <= random.random() < 1 for _ in range(100)))
print("uniform in range:", all(2.5 <= random.uniform(2.5, 3.5) <= 3.5 for _ in range(50)))
print("randrange step:", all(random.randrange(0, 10, 2) % 2 == 0 for _ in range(50)))
items = ["a", "b", "c", "d"]
print("choice member:", random.choice(items) in items)
deck = list(range(10))
random.shuffle(deck)
print("shuffle keeps items:", sorted(deck) == list(range(10)))
print("sample:", len(random.sample(items, 2)), set(random.sample(items, 4)) == set(items))

random.seed(7)
first = [random.random() for _ in range(5)]
random.seed(7)
second = [random.random() for _ in range(5)]
print("same seed, same values:", first == second)

# Threads drawing numbers: every draw is in range.
lock = threading.Lock()
draws = []
def draw():
    for _ in range(20):
        v = random.randint(10, 20)
        with lock:
            draws.append(v)
threads = [threading.Thread(target=draw) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("draws:", len(draws), min(draws) >= 10, max(draws) <= 20)
try:
    random.choice([])
except IndexError:
    print("IndexError on empty choice")
