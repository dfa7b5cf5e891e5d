"""timeslice
policy: rr
quantum: 0
"""
print(1)
