# A small class hierarchy with validation and error handling.
class InsufficientFunds(Exception):
    pass

class Account:
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds("%s cannot withdraw %d (balance %d)" % (self.owner, amount, self._balance))
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        self._balance += int(self._balance * self.interest)

    def __repr__(self):
        return "%s(%r, %d)" % (type(self).__name__, self.owner, self._balance)

class Savings(Account):
    interest = 0.05

acct = Account("ann", 100)
save = Savings("bob", 1000)
for action, amount in [("deposit", 50), ("withdraw", 500), ("deposit", -5), ("withdraw", 20)]:
    try:
        getattr(acct, action)(amount)
        print("ok", action, amount, acct.balance)
    except InsufficientFunds as e:
        print("refused:", e)
    except ValueError as e:
        print("invalid:", e)
save.add_interest()
acct.add_interest()
print(acct, save, acct.history)
print([repr(a) for a in sorted([save, acct], key=lambda a: a.balance)])
