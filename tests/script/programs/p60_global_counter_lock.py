# A global counter protected by a Lock: the totals are exact whatever the interleaving.
import threading

counter = 0
balance = 1000
lock = threading.Lock()

def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1

def transfer(amount, times):
    global balance
    for _ in range(times):
        lock.acquire()
        try:
            balance = balance + amount
        finally:
            lock.release()

threads = [threading.Thread(target=increment, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)

movers = [threading.Thread(target=transfer, args=(a, 1000)) for a in (3, -2, -1, 5)]
for m in movers:
    m.start()
for m in movers:
    m.join()
print("balance:", balance)

# Per-thread tallies merged under the lock.
totals = {}
def tally(name, words):
    local = {}
    for w in words:
        local[w] = local.get(w, 0) + 1
    with lock:
        for w, n in local.items():
            totals[w] = totals.get(w, 0) + n

text = "the cat and the dog and the bird".split()
ts = [threading.Thread(target=tally, args=("t%d" % i, text)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("tally:", sorted(totals.items()))
