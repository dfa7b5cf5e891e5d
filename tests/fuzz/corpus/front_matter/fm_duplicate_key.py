"""timeslice
cpus: 2
cpus: 3
"""
print(1)
