"""timeslice
cpus: 2
print(1)
