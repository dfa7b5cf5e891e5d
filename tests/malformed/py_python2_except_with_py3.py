"""timeslice
python: 3
"""
try:
    pass
except Exception, e:
    pass
