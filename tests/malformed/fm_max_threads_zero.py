"""timeslice
maxThreads: 0
"""
print(1)
