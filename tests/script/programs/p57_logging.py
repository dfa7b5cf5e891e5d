# logging to stdout with the thread's name, level filtering, and %-style arguments.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(threadName)s %(levelname)s %(message)s')

logging.debug("starting %d workers", 2)
logging.info("info from %s", "main")

def worker(n):
    logging.debug("worker %d running", n)
    logging.warning("worker %d warns", n)

for n in range(2):
    t = threading.Thread(target=worker, args=(n,), name="worker-%d" % n)
    t.start()
    t.join()

logging.error("an error")
logging.critical("critical!")

log = logging.getLogger("quiet")
log.setLevel(logging.ERROR)
log.info("not shown")
log.error("shown from a named logger")
print("enabled:", log.isEnabledFor(logging.WARNING), log.isEnabledFor(logging.CRITICAL))
print("levels:", logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print("name:", logging.getLevelName(logging.WARNING))
logging.log(logging.INFO, "via log()")
