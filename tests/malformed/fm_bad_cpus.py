"""timeslice
cpus: zero
"""
print(1)
