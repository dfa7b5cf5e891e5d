"""timeslice
title: Readers and writers: many readers at once, a writer alone
cpus: 1
policy: rr
quantum: 10ms
caption: output reader-2: A second reader comes in while the first is still reading: readers share the room.
caption: block lock writer: The writer needs the room to itself, and the readers hold it: the writer blocks.
caption: output reader-3 pause: reader-3 arrives after the writer, yet goes straight in, because other readers are inside. This version favours readers; a steady stream of them could starve the writer.
caption: wake lock writer: The last reader has left and unlocked the room: the writer goes in, alone.
caption: block lock reader-4: reader-4 finds the writer inside and waits, and so would any other reader now.
"""
# Readers may share the data; a writer needs it to itself. The first reader to come in locks
# the room against writers, the last one to leave unlocks it; a count of readers inside,
# guarded by its own small lock, tells who is first and who is last. This version favours
# readers: the writer arrives at 0.2 s but must wait until no reader is left (0.8 s), because
# a third reader slips in while the first two are still reading. A reader that arrives while
# the writer is inside waits in its turn.
import threading
import time

room = threading.Lock()    # held by the writer, or by the readers as a group
count_lock = threading.Lock()
readers = 0
start = time.monotonic()

def stamp():
    return "%3.1fs" % (time.monotonic() - start)

def reader(name, arrive, length):
    global readers
    time.sleep(arrive)
    with count_lock:
        readers += 1
        if readers == 1:
            room.acquire()  # the first reader in keeps writers out
        print(stamp(), name, "reads, readers inside:", readers)
    time.sleep(length)
    with count_lock:
        readers -= 1
        print(stamp(), name, "leaves, readers inside:", readers)
        if readers == 0:
            room.release()  # the last reader out lets a writer in

def writer(name, arrive, length):
    time.sleep(arrive)
    print(stamp(), name, "wants to write")
    with room:
        print(stamp(), name, "writes alone")
        time.sleep(length)
        print(stamp(), name, "is done writing")

people = [threading.Thread(target=reader, args=("reader-1", 0.0, 0.5), name="reader-1"),
          threading.Thread(target=reader, args=("reader-2", 0.1, 0.6), name="reader-2"),
          threading.Thread(target=writer, args=("writer", 0.2, 0.3), name="writer"),
          threading.Thread(target=reader, args=("reader-3", 0.3, 0.5), name="reader-3"),
          threading.Thread(target=reader, args=("reader-4", 0.9, 0.2), name="reader-4")]
for p in people:
    p.start()
for p in people:
    p.join()
print(stamp(), "all done")
