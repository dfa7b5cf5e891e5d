"""timeslice
priorityOrder: sideways
"""
print(1)
