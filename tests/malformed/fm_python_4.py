"""timeslice
python: 4
"""
print(1)
