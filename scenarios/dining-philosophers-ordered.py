"""timeslice
title: Dining philosophers without deadlock: always pick up the lower-numbered fork first
cpus: 1
policy: rr
quantum: 10ms
caption: block lock phil-4: Philosopher 4 reaches for fork 0 first, its lower-numbered fork, and finds it taken. It waits holding nothing, so fork 4 stays free.
caption: output phil-3: Philosopher 3 gets fork 4 too, because philosopher 4 never took it: somebody eats, the circle of waiting cannot close.
caption: output phil-4 pause: Philosopher 4 finally has forks 0 and 4. Everyone waits now and then, but nobody waits forever.
"""
# The table of dining-philosophers-deadlock.py with one rule changed: each philosopher takes
# the lower-numbered of the two forks first. Philosopher 4 now reaches for fork 0 before
# fork 4, so the circle of waiting cannot close: someone always gets both forks, eats, and
# puts them down for the neighbours. Philosophers still wait for forks (watch them block on
# a lock), but every one of them eats twice and dinner ends.
import threading
import time

forks = [threading.Lock() for _ in range(5)]

def philosopher(seat):
    a, b = sorted((seat, (seat + 1) % 5))
    for meal in (1, 2):
        with forks[a]:
            time.sleep(0.1)
            with forks[b]:
                print("philosopher", seat, "eats meal", meal, "with forks", a, "and", b)
                time.sleep(0.2)
        time.sleep(0.06 * (seat + 1))  # thinking

diners = [threading.Thread(target=philosopher, args=(seat,), name="phil-%d" % seat)
          for seat in range(5)]
for d in diners:
    d.start()
for d in diners:
    d.join()
print("dinner is over: everyone ate twice")
