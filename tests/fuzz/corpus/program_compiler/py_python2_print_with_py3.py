"""timeslice
python: 3
"""
print "hello"
