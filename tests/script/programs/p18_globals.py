# global and module-level state.
counter = 0
log = []

def increment(step=1):
    global counter
    counter += step
    log.append(counter)

def reset():
    global counter, log
    counter = 0
    log = []

for i in range(5):
    increment(i)
print(counter, log)
reset()
increment()
print(counter, log)

def read_only():
    return counter * 10
print(read_only())

def shadow():
    counter = "local"
    return counter
print(shadow(), counter)

def uses_before_assignment():
    try:
        print(total)
        total = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
uses_before_assignment()

def define_global():
    global created_later
    created_later = "now exists"
define_global()
print(created_later)
print("counter" in globals(), sorted(k for k in globals() if not k.startswith("_"))[:4])
