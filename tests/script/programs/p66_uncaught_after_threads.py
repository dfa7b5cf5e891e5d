# The main thread fails after its workers are joined: traceback on stderr, exit status 1,
# and everything printed before it is still on stdout.
import threading

class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

def run(job, out):
    out.append("%s:%d" % (job.name, job.cost * 2))

out = []
jobs = [Job("a", 1), Job("b", 2), Job(None, 3)]
threads = [threading.Thread(target=run, args=(j, out)) for j in jobs[:2]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))

def summarize(jobs):
    names = []
    for job in jobs:
        if job.name is None:
            raise TypeError("job costing %d has no name" % job.cost)
        names.append(job.name.upper())
    return names

print(summarize(jobs[:2]))
summarize(jobs)
