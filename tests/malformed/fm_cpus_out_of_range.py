"""timeslice
cpus: 999
"""
print(1)
