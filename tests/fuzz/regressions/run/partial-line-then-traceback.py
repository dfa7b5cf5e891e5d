# A line left open on stdout, then the main thread's traceback: the line is shown first, and
# the output's times never go back (they did: the line came after the traceback, earlier).
for n in range(3):
    print(n, end=" ")
undefined_name
