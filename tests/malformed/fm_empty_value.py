"""timeslice
title:
"""
print(1)
