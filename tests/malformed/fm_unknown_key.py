"""timeslice
cpus: 2
turbo: yes
"""
print(1)
