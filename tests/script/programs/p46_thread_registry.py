# enumerate, active_count, current_thread and main_thread, with values that do not depend on timing.
import threading

main = threading.current_thread()
print("main:", main.name, main is threading.main_thread(), main.daemon)
print("count at start:", threading.active_count(), len(threading.enumerate()))

seen = []
go = threading.Event()

def worker():
    me = threading.current_thread()
    seen.append((me.name, me is threading.main_thread(), me in threading.enumerate()))
    go.wait()

threads = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in threads:
    t.start()
# Every worker is blocked on the event, so all four threads are alive here.
print("while blocked:", threading.active_count())
print("names alive:", sorted(t.name for t in threading.enumerate()))
go.set()
for t in threads:
    t.join()
print("seen:", sorted(seen))
print("count after join:", threading.active_count())
print("only main left:", threading.enumerate() == [main])
print("ident matches get_ident:", main.ident == threading.get_ident())
