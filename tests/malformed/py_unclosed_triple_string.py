x = 1
s = """starts here
and never
ends
