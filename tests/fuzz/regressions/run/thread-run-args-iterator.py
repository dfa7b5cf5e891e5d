import threading
def w(*a, **k): print(a, k)
threading.Thread(target=w, args=enumerate("d", 3)).run()
threading.Thread(target=w, args=(c for c in "ab")).run()
threading.Thread(target=w, args=5).run()
