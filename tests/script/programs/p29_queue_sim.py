# A deterministic event simulation with lists as queues.
events = []

def schedule(time, name, action):
    events.append((time, len(events), name, action))
    events.sort()

log = []
def arrive(name, now):
    log.append("%3d: %s arrives" % (now, name))
    schedule(now + len(name), name, depart)

def depart(name, now):
    log.append("%3d: %s leaves" % (now, name))

for i, who in enumerate(["ann", "bo", "cyril", "di"]):
    schedule(i * 2, who, arrive)

while events:
    time, _, name, action = events.pop(0)
    action(name, time)
print("\n".join(log))
queue = [1, 2, 3]
queue.append(4)
front = queue.pop(0)
print(front, queue)
