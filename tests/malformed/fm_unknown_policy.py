"""timeslice
policy: luck
"""
print(1)
