# More str: partition, justification, escapes, comparisons.
s = "key=value=more"
print(s.partition("="), s.rpartition("="), s.split("=", 1), s.rsplit("=", 1))
print("abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "Hello"[1:-1], "Hello"[-3:])
print("a" < "b", "B" < "a", "apple" < "apricot", "x" * 0 == "", "abc" == "a" + "bc")
print("Mixed Case".lower().replace(" ", "_"), "snake_case_name".split("_"))
print("  lead".lstrip(), "trail  ".rstrip() + "|", "xxhixx".strip("x"))
text = "one two three two one"
print(text.count("two"), text.find("two", 5), text.index("one", 1), text.rfind("zzz"))
print("%s" % "percent", "%3s|%-3s|" % ("a", "b"), "%.3s" % "abcdef")
print("\\n is backslash-n", "tab:\t|", len("\n"), "\x41\u0042")
print(str(list("hi")), "".join(sorted("hello")), "hello".upper() and "has upper")
print("title case words".title(), "UPPER".isupper(), "lower".islower(), "a1".isalnum())
for c in "aZ9 ":
    print(repr(c), c.isalpha(), c.isdigit(), c.isspace())
print(",".join(map(str, range(5))), "%05.1f" % 3.14159, "%+d %+d" % (5, -5))
