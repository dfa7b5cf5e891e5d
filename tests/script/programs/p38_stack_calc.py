# A reverse-Polish calculator with error handling.
def rpn(expression):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for token in expression.split():
        if token in ops:
            if len(stack) < 2:
                raise ValueError("not enough operands for " + token)
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[token](a, b))
        else:
            stack.append(float(token) if "." in token else int(token))
    if len(stack) != 1:
        raise ValueError("leftover values: %r" % stack)
    return stack[0]

for expr in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4", "1 +", "4 0 /", "1.5 2 *", "x 1 +"]:
    try:
        print(expr, "=>", rpn(expr))
    except ZeroDivisionError as e:
        print(expr, "=> division error:", e)
    except ValueError as e:
        print(expr, "=> bad:", e)
