# threading.local: each thread sees its own attributes through the same object; a subclass's
# __init__ runs again in each thread that uses the object. The threads run one after another,
# so the output does not depend on scheduling.
import threading
import time

def show(d):
    try:
        val = d.value
    except AttributeError:
        print('%s no value yet' % threading.current_thread().name)
    else:
        print('%s value=%s' % (threading.current_thread().name, val))

def worker(d, n):
    show(d)
    d.value = n
    time.sleep(0.01)
    show(d)

local_data = threading.local()
show(local_data)
local_data.value = 1000
show(local_data)
for i in range(2):
    t = threading.Thread(target=worker, args=(local_data, i + 1))
    t.start()
    t.join()
show(local_data)

class MyLocal(threading.local):
    def __init__(self, value):
        print('init in %s with %s' % (threading.current_thread().name, value))
        self.value = value
    def doubled(self):
        return self.value * 2

ml = MyLocal(7)
def second():
    print('doubled', ml.doubled())
    ml.value = 9
    show(ml)
t = threading.Thread(target=second, name='second')
t.start()
t.join()
show(ml)
try:
    threading.local(3)
except TypeError as e:
    print('TypeError', e)
print(type(threading.local()).__name__, isinstance(ml, threading.local))
del local_data.value
show(local_data)
print(sorted(vars(ml)))
