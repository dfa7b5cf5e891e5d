"""timeslice
title: A waiter with a timeout, and a setter that comes late and then in time
cpus: 1
policy: rr
quantum: 10ms
caption: block event waiter: The waiter calls ev.wait(1): it blocks on the event for at most one second.
caption: wake event waiter: One second is up and nobody has set the event: wait() returns False, and the waiter goes on without it.
caption: output setter: The setter sets the event at last, a second too late for the waiter.
caption: wake event waiter #2: This time the setter is quick: set() wakes the waiter after 0.5 s, and wait() returns True.
"""
# Event.wait(timeout) returns True if the event was set and False if the time ran out. The
# first round the setter takes 2 s but the waiter gives up after 1 s; the second round the
# setter is quick enough. An Event stays set until clear(), so later waits return at once.
import threading
import time

start = time.monotonic()

def stamp():
    return "%3.1fs" % (time.monotonic() - start)

def waiter(ev, patience):
    print(stamp(), "waiter: waiting up to", patience, "s")
    if ev.wait(patience):
        print(stamp(), "waiter: the event came")
    else:
        print(stamp(), "waiter: timed out, going on without it")

def setter(ev, delay):
    time.sleep(delay)
    print(stamp(), "setter: setting the event after", delay, "s")
    ev.set()

for delay in (2, 0.5):
    ev = threading.Event()
    threads = [threading.Thread(target=waiter, args=(ev, 1), name="waiter"),
               threading.Thread(target=setter, args=(ev, delay), name="setter")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(stamp(), "is_set:", ev.is_set(), "- a wait now returns", ev.wait(1))
    print()
