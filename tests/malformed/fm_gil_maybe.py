"""timeslice
gil: maybe
"""
print(1)
