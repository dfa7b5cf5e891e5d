"""timeslice
clockStart: yesterday
"""
print(1)
