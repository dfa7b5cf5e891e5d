# Classes that guard their state with `with self.lock`, used from several threads.
import threading

class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                return False
            self.balance -= amount
            return True

    def move_to(self, other, amount):
        with self.lock:  # RLock: withdraw() takes it again
            if self.withdraw(amount):
                other.deposit(amount)

    def __str__(self):
        return "%s: %d" % (self.owner, self.balance)

class SafeList:
    def __init__(self):
        self._items = []
        self._lock = threading.Lock()

    def add(self, item):
        with self._lock:
            self._items.append(item)

    def __len__(self):
        with self._lock:
            return len(self._items)

alice = BankAccount("alice", 100)
bob = BankAccount("bob")
log = SafeList()

def payer(times):
    for _ in range(times):
        alice.move_to(bob, 1)
        log.add(1)

threads = [threading.Thread(target=payer, args=(30,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(alice)
print(bob)
print("operations:", len(log), "total kept:", alice.balance + bob.balance)
print("overdraw:", alice.withdraw(1))
