import threading
def w(**k): print(k)
threading.Thread(target=w, kwargs={1: 2}).start()
