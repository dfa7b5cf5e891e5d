import threading

print("unclosed"
