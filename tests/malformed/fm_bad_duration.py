"""timeslice
quantum: 5 parsecs
"""
print(1)
