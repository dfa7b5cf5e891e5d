"""timeslice
title: Five dining philosophers each pick up the left fork first, and all starve
cpus: 1
policy: rr
quantum: 10ms
caption: output phil-4: Every philosopher has picked up the left fork: all five forks are taken.
caption: block lock phil-0: Philosopher 0 reaches for fork 1, which philosopher 1 holds: it waits, still holding fork 0.
caption: block lock phil-4 pause: Philosopher 4 reaches for fork 0, held by philosopher 0. Now each waits for a neighbour who waits too: the circle is closed, nobody will ever eat.
"""
# Five philosophers sit around a table with one fork between each pair. To eat, one needs
# both neighbouring forks. Every philosopher takes the left fork, thinks for a moment, then
# reaches for the right one - which the neighbour is holding as a left fork. Each holds one
# and waits for the next: a circle of waiting, a deadlock. timeslice reports the cycle and
# exits with status 1; python3 hangs (stop it with Ctrl-C). The cure is in
# dining-philosophers-ordered.py.
import threading
import time

forks = [threading.Lock() for _ in range(5)]

def philosopher(seat):
    left = forks[seat]
    right = forks[(seat + 1) % 5]
    with left:
        print("philosopher", seat, "has fork", seat)
        time.sleep(0.1)
        print("philosopher", seat, "reaches for fork", (seat + 1) % 5)
        with right:
            print("philosopher", seat, "eats")  # never printed

diners = [threading.Thread(target=philosopher, args=(seat,), name="phil-%d" % seat)
          for seat in range(5)]
for d in diners:
    d.start()
for d in diners:
    d.join()
print("dinner is over")  # never printed
