// The compiler emits the instructions CPython 3.9 emits: small programs are compiled and one
// of their code objects is compared, instruction by instruction, with the listing CPython's
// `dis` shows for the same source (jump targets are instruction indices here, byte offsets
// there). Also: stack sizes, positions, flags and the disassembler's layout.
#include <QtTest>

#include <functional>
#include <memory>
#include <string>

#include "script/compiler/Compiler.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/syntax/ProgramParser.h"
#include "script/vm/CodeValue.h"
#include "script/vm/Disassembler.h"

using namespace ts::script;

namespace {

struct Compiled {
    std::unique_ptr<RuntimeContext> ctx;
    std::shared_ptr<const CodeObject> module;
};

Compiled compile(const QString& source, ParseMode mode) {
    ast::Module module = parseProgram(source.toStdString(), "t.py", mode);
    Compiled out;
    out.ctx = std::make_unique<RuntimeContext>(module.version);
    out.module = compileModule(module, *out.ctx, "t.py");
    return out;
}

// The code object with this qualname ("" for the module), searched through nested constants.
const CodeObject* findCode(const CodeObject& code, const std::string& qualname) {
    if (qualname.empty() || code.qualname == qualname) return &code;
    for (const Value& constant : code.constants) {
        if (const auto* nested = constant.tryAs<CodeValue>()) {
            if (const CodeObject* found = findCode(nested->code(), qualname)) return found;
        }
    }
    return nullptr;
}

QString constantText(const Value& value) {
    if (value.isNone()) return QStringLiteral("None");
    if (value.isBool()) return value.asBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isInt()) return QString::number(value.asInt());
    if (value.isFloat()) return QString::number(value.asFloat());
    if (const auto* str = value.tryAs<StrObject>()) return QLatin1Char('\'') + QString::fromStdString(str->text()) + QLatin1Char('\'');
    if (const auto* tuple = value.tryAs<TupleObject>()) {
        QStringList items;
        for (const Value& item : tuple->items()) items << constantText(item);
        return QLatin1Char('(') + items.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (const auto* code = value.tryAs<CodeValue>()) return QStringLiteral("<code %1>").arg(QString::fromStdString(code->code().name));
    return QStringLiteral("?");
}

// One line per instruction: "LOAD_GLOBAL counter", "JUMP_ABSOLUTE 4", "INPLACE_ADD".
QString listing(const CodeObject& code) {
    QStringList lines;
    for (std::size_t i = 0; i < code.code.size(); ++i) {
        const Instruction instruction = code.code[i];
        const std::uint32_t arg = instruction.arg();
        QString line = QString::fromStdString(instructionName(code, i));
        switch (instruction.op()) {
            case Opcode::LoadConst: line += QLatin1Char(' ') + constantText(code.constants[arg]); break;
            case Opcode::LoadFast:
            case Opcode::StoreFast:
            case Opcode::DeleteFast: line += QLatin1Char(' ') + QString::fromStdString(code.varnames[arg]); break;
            case Opcode::LoadGlobal:
            case Opcode::StoreGlobal:
            case Opcode::DeleteGlobal:
            case Opcode::LoadName:
            case Opcode::StoreName:
            case Opcode::DeleteName:
            case Opcode::LoadAttr:
            case Opcode::StoreAttr:
            case Opcode::DeleteAttr:
            case Opcode::LoadMethod:
            case Opcode::ImportName:
            case Opcode::ImportFrom: line += QLatin1Char(' ') + QString::fromStdString(code.names[arg]); break;
            case Opcode::LoadDeref:
            case Opcode::StoreDeref:
            case Opcode::LoadClosure:
            case Opcode::LoadClassDeref: {
                const std::size_t cells = code.cellvars.size();
                line += QLatin1Char(' ') + QString::fromStdString(arg < cells ? code.cellvars[arg] : code.freevars[arg - cells]);
                break;
            }
            case Opcode::BinaryOp:
            case Opcode::InplaceOp:
            case Opcode::UnaryOp:
            case Opcode::PopTop:
            case Opcode::RotTwo:
            case Opcode::RotThree:
            case Opcode::RotFour:
            case Opcode::DupTop:
            case Opcode::DupTopTwo:
            case Opcode::BinarySubscr:
            case Opcode::StoreSubscr:
            case Opcode::DeleteSubscr:
            case Opcode::GetIter:
            case Opcode::ReturnValue:
            case Opcode::ListToTuple:
            case Opcode::LoadBuildClass:
            case Opcode::PopBlock:
            case Opcode::PopExcept:
            case Opcode::Reraise:
            case Opcode::WithExceptStart:
            case Opcode::LoadAssertionError:
            case Opcode::ImportStar:
            case Opcode::PrintItem:
            case Opcode::PrintNewline:
            case Opcode::PrintItemTo:
            case Opcode::PrintNewlineTo:
            case Opcode::YieldValue:
            case Opcode::SetupAnnotations:
            case Opcode::Nop: break;
            default: line += QLatin1Char(' ') + QString::number(arg); break;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString lines(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* item : items) out << QString::fromUtf8(item);
    return out.join(QLatin1Char('\n'));
}

}  // namespace

class TestCompilerListings : public QObject {
    Q_OBJECT

private slots:
    void matchesCPython_data();
    void matchesCPython();
    void stackSize_data();
    void stackSize();
    void everyInstructionHasAPosition();
    void positionsFollowExpressions();
    void codeObjectFields();
    void futureDivisionFlag();
    void disassemblerLayout();
};

void TestCompilerListings::matchesCPython_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("qualname");
    QTest::addColumn<QString>("expected");
    const int py3 = static_cast<int>(ParseMode::Python3);
    const int py2 = static_cast<int>(ParseMode::Python2);

    QTest::newRow("global counter += 1")
        << "counter = 0\ndef process_item(item):\n    global counter\n    counter += 1\n" << py3 << "process_item"
        << lines({"LOAD_GLOBAL counter", "LOAD_CONST 1", "INPLACE_ADD", "STORE_GLOBAL counter", "LOAD_CONST None",
                  "RETURN_VALUE"});
    QTest::newRow("module counter += 1")
        << "counter = 0\ncounter += 1\n" << py3 << ""
        << lines({"LOAD_CONST 0", "STORE_NAME counter", "LOAD_NAME counter", "LOAD_CONST 1", "INPLACE_ADD",
                  "STORE_NAME counter", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("attribute +=")
        << "def increment(self):\n    self.value += 1\n" << py3 << "increment"
        << lines({"LOAD_FAST self", "DUP_TOP", "LOAD_ATTR value", "LOAD_CONST 1", "INPLACE_ADD", "ROT_TWO",
                  "STORE_ATTR value", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("subscript +=")
        << "def bump(d, k):\n    d[k] += 1\n" << py3 << "bump"
        << lines({"LOAD_FAST d", "LOAD_FAST k", "DUP_TOP_TWO", "BINARY_SUBSCR", "LOAD_CONST 1", "INPLACE_ADD",
                  "ROT_THREE", "STORE_SUBSCR", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("for loop")
        << "def total(items):\n    t = 0\n    for x in items:\n        t += x\n    return t\n" << py3 << "total"
        << lines({"LOAD_CONST 0", "STORE_FAST t", "LOAD_FAST items", "GET_ITER", "FOR_ITER 11", "STORE_FAST x",
                  "LOAD_FAST t", "LOAD_FAST x", "INPLACE_ADD", "STORE_FAST t", "JUMP_ABSOLUTE 4", "LOAD_FAST t",
                  "RETURN_VALUE"});
    QTest::newRow("for with if: the false jump goes straight back to FOR_ITER")
        << "for i in range(5):\n    if i:\n        f(i)\n" << py3 << ""
        << lines({"LOAD_NAME range", "LOAD_CONST 5", "CALL_FUNCTION 1", "GET_ITER", "FOR_ITER 13", "STORE_NAME i",
                  "LOAD_NAME i", "POP_JUMP_IF_FALSE 4", "LOAD_NAME f", "LOAD_NAME i", "CALL_FUNCTION 1", "POP_TOP",
                  "JUMP_ABSOLUTE 4", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("while 1: pass")
        << "while 1:\n    pass\n" << py2 << ""
        << lines({"JUMP_ABSOLUTE 0", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("while with break and else")
        << "while x < 3:\n    if y:\n        break\n    x += 1\nelse:\n    z()\n" << py3 << ""
        << lines({"LOAD_NAME x", "LOAD_CONST 3", "COMPARE_OP 0", "POP_JUMP_IF_FALSE 12", "LOAD_NAME y",
                  "POP_JUMP_IF_FALSE 7", "JUMP_FORWARD 15", "LOAD_NAME x", "LOAD_CONST 1", "INPLACE_ADD",
                  "STORE_NAME x", "JUMP_ABSOLUTE 0", "LOAD_NAME z", "CALL_FUNCTION 0", "POP_TOP", "LOAD_CONST None",
                  "RETURN_VALUE"});
    QTest::newRow("list comprehension")
        << "def f(a):\n    return [i * 2 for i in a if i]\n" << py3 << "f.<locals>.<listcomp>"
        << lines({"BUILD_LIST 0", "LOAD_FAST .0", "FOR_ITER 11", "STORE_FAST i", "LOAD_FAST i",
                  "POP_JUMP_IF_FALSE 2", "LOAD_FAST i", "LOAD_CONST 2", "BINARY_MULTIPLY", "LIST_APPEND 2",
                  "JUMP_ABSOLUTE 2", "RETURN_VALUE"});
    QTest::newRow("list comprehension call site")
        << "def f(a):\n    return [i * 2 for i in a if i]\n" << py3 << "f"
        << lines({"LOAD_CONST 'f.<locals>.<listcomp>'", "LOAD_CONST <code <listcomp>>", "MAKE_FUNCTION 0",
                  "LOAD_FAST a", "GET_ITER", "CALL_FUNCTION 1", "RETURN_VALUE"});
    QTest::newRow("dict comprehension, two loops")
        << "d = {k: v for k in a for v in b}\n" << py3 << "<dictcomp>"
        << lines({"BUILD_MAP 0", "LOAD_FAST .0", "FOR_ITER 13", "STORE_FAST k", "LOAD_GLOBAL b", "GET_ITER",
                  "FOR_ITER 12", "STORE_FAST v", "LOAD_FAST k", "LOAD_FAST v", "MAP_ADD 3", "JUMP_ABSOLUTE 6",
                  "JUMP_ABSOLUTE 2", "RETURN_VALUE"});
    QTest::newRow("python 2 list comprehension runs inline")
        << "def f(a):\n    return [x for x in a]\n" << py2 << "f"
        << lines({"BUILD_LIST 0", "LOAD_FAST a", "GET_ITER", "FOR_ITER 8", "STORE_FAST x", "LOAD_FAST x",
                  "LIST_APPEND 2", "JUMP_ABSOLUTE 3", "RETURN_VALUE"});
    QTest::newRow("try/except/finally")
        << "def f():\n    try:\n        g()\n    except ValueError as e:\n        h(e)\n    finally:\n        k()\n"
        << py3 << "f"
        << lines({"SETUP_FINALLY 34", "SETUP_FINALLY 7", "LOAD_GLOBAL g", "CALL_FUNCTION 0", "POP_TOP", "POP_BLOCK",
                  "JUMP_FORWARD 29", "DUP_TOP", "LOAD_GLOBAL ValueError", "JUMP_IF_NOT_EXC_MATCH 28", "POP_TOP",
                  "STORE_FAST e", "POP_TOP", "SETUP_FINALLY 24", "LOAD_GLOBAL h", "LOAD_FAST e", "CALL_FUNCTION 1",
                  "POP_TOP", "POP_BLOCK", "POP_EXCEPT", "LOAD_CONST None", "STORE_FAST e", "DELETE_FAST e",
                  "JUMP_FORWARD 29", "LOAD_CONST None", "STORE_FAST e", "DELETE_FAST e", "RERAISE", "RERAISE",
                  "POP_BLOCK", "LOAD_GLOBAL k", "CALL_FUNCTION 0", "POP_TOP", "JUMP_FORWARD 38", "LOAD_GLOBAL k",
                  "CALL_FUNCTION 0", "POP_TOP", "RERAISE", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("bare except with else")
        << "def f():\n    try:\n        a()\n    except:\n        pass\n    else:\n        b()\n" << py3 << "f"
        << lines({"SETUP_FINALLY 6", "LOAD_GLOBAL a", "CALL_FUNCTION 0", "POP_TOP", "POP_BLOCK", "JUMP_FORWARD 12",
                  "POP_TOP", "POP_TOP", "POP_TOP", "POP_EXCEPT", "JUMP_FORWARD 15", "RERAISE", "LOAD_GLOBAL b",
                  "CALL_FUNCTION 0", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("python 2 except E, e keeps the name")
        << "try:\n    a()\nexcept ValueError, e:\n    print e\n" << py2 << ""
        << lines({"SETUP_FINALLY 6", "LOAD_NAME a", "CALL_FUNCTION 0", "POP_TOP", "POP_BLOCK", "JUMP_FORWARD 18",
                  "DUP_TOP", "LOAD_NAME ValueError", "JUMP_IF_NOT_EXC_MATCH 17", "POP_TOP", "STORE_NAME e", "POP_TOP",
                  "LOAD_NAME e", "PRINT_ITEM", "PRINT_NEWLINE", "POP_EXCEPT", "JUMP_FORWARD 18", "RERAISE",
                  "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("with lock")
        << "def f():\n    with lock:\n        work()\n" << py3 << "f"
        << lines({"LOAD_GLOBAL lock", "SETUP_WITH 13", "POP_TOP", "LOAD_GLOBAL work", "CALL_FUNCTION 0", "POP_TOP",
                  "POP_BLOCK", "LOAD_CONST None", "DUP_TOP", "DUP_TOP", "CALL_FUNCTION 3", "POP_TOP",
                  "JUMP_FORWARD 21", "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE 16", "RERAISE", "POP_TOP", "POP_TOP",
                  "POP_TOP", "POP_EXCEPT", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("return from inside with calls __exit__ first")
        << "def f():\n    with lock as held:\n        return g()\n" << py3 << "f"
        << lines({"LOAD_GLOBAL lock", "SETUP_WITH 20", "STORE_FAST held", "LOAD_GLOBAL g", "CALL_FUNCTION 0",
                  "POP_BLOCK", "ROT_TWO", "LOAD_CONST None", "DUP_TOP", "DUP_TOP", "CALL_FUNCTION 3", "POP_TOP",
                  "RETURN_VALUE", "POP_BLOCK", "LOAD_CONST None", "DUP_TOP", "DUP_TOP", "CALL_FUNCTION 3", "POP_TOP",
                  "JUMP_FORWARD 28", "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE 23", "RERAISE", "POP_TOP", "POP_TOP",
                  "POP_TOP", "POP_EXCEPT", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("break out of try/finally in a for loop")
        << "for x in y:\n    try:\n        break\n    finally:\n        done()\n" << py3 << ""
        << lines({"LOAD_NAME y", "GET_ITER", "FOR_ITER 21", "STORE_NAME x", "SETUP_FINALLY 16", "POP_BLOCK",
                  "LOAD_NAME done", "CALL_FUNCTION 0", "POP_TOP", "POP_TOP", "JUMP_FORWARD 21", "POP_BLOCK",
                  "LOAD_NAME done", "CALL_FUNCTION 0", "POP_TOP", "JUMP_ABSOLUTE 2", "LOAD_NAME done",
                  "CALL_FUNCTION 0", "POP_TOP", "RERAISE", "JUMP_ABSOLUTE 2", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("class with method")
        << "class Counter:\n    def __init__(self):\n        self.value = 0\n" << py3 << "Counter"
        << lines({"LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'Counter'", "STORE_NAME __qualname__",
                  "LOAD_CONST 'Counter.__init__'", "LOAD_CONST <code __init__>", "MAKE_FUNCTION 0",
                  "STORE_NAME __init__", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("class statement")
        << "class myThread(threading.Thread):\n    pass\n" << py3 << ""
        << lines({"LOAD_BUILD_CLASS", "LOAD_CONST 'myThread'", "LOAD_CONST <code myThread>", "MAKE_FUNCTION 0",
                  "LOAD_CONST 'myThread'", "LOAD_NAME threading", "LOAD_ATTR Thread", "CALL_FUNCTION 3",
                  "STORE_NAME myThread", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("super() gives the class a __class__ cell")
        << "class C(B):\n    def m(self):\n        return super().m()\n" << py3 << "C"
        << lines({"LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'C'", "STORE_NAME __qualname__",
                  "LOAD_CLOSURE __class__", "BUILD_TUPLE 1", "LOAD_CONST 'C.m'", "LOAD_CONST <code m>",
                  "MAKE_FUNCTION 8", "STORE_NAME m", "LOAD_CLOSURE __class__", "DUP_TOP", "STORE_NAME __classcell__",
                  "RETURN_VALUE"});
    QTest::newRow("closure")
        << "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\n"
        << py3 << "outer"
        << lines({"LOAD_CONST 0", "STORE_DEREF n", "LOAD_CLOSURE n", "BUILD_TUPLE 1", "LOAD_CONST 'outer.<locals>.inner'",
                  "LOAD_CONST <code inner>", "MAKE_FUNCTION 8", "STORE_FAST inner", "LOAD_FAST inner", "RETURN_VALUE"});
    QTest::newRow("closure body")
        << "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\n"
        << py3 << "outer.<locals>.inner"
        << lines({"LOAD_DEREF n", "LOAD_CONST 1", "INPLACE_ADD", "STORE_DEREF n", "LOAD_DEREF n", "RETURN_VALUE"});
    QTest::newRow("class body reads an enclosing function's variable")
        << "def f():\n    x = 1\n    class C:\n        y = x\n    return C\n" << py3 << "f.<locals>.C"
        << lines({"LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'f.<locals>.C'", "STORE_NAME __qualname__",
                  "LOAD_CLASSDEREF x", "STORE_NAME y", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("chained comparison")
        << "def r(a, b, c):\n    return a < b < c\n" << py3 << "r"
        << lines({"LOAD_FAST a", "LOAD_FAST b", "DUP_TOP", "ROT_THREE", "COMPARE_OP 0", "JUMP_IF_FALSE_OR_POP 9",
                  "LOAD_FAST c", "COMPARE_OP 0", "RETURN_VALUE", "ROT_TWO", "POP_TOP", "RETURN_VALUE"});
    QTest::newRow("chained comparison as a condition")
        << "if 0 <= i < n:\n    f()\n" << py3 << ""
        << lines({"LOAD_CONST 0", "LOAD_NAME i", "DUP_TOP", "ROT_THREE", "COMPARE_OP 1", "POP_JUMP_IF_FALSE 10",
                  "LOAD_NAME n", "COMPARE_OP 0", "POP_JUMP_IF_FALSE 15", "JUMP_FORWARD 12", "POP_TOP",
                  "JUMP_FORWARD 15", "LOAD_NAME f", "CALL_FUNCTION 0", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("f-string")
        << "def fs(name, n):\n    return f\"{name}: {n:>5}\"\n" << py3 << "fs"
        << lines({"LOAD_FAST name", "FORMAT_VALUE 0", "LOAD_CONST ': '", "LOAD_FAST n", "LOAD_CONST '>5'",
                  "FORMAT_VALUE 4", "BUILD_STRING 3", "RETURN_VALUE"});
    QTest::newRow("f-string with conversion")
        << "s = f\"{x!r}\"\n" << py3 << ""
        << lines({"LOAD_NAME x", "FORMAT_VALUE 2", "STORE_NAME s", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("keyword call")
        << "t = threading.Thread(target=worker, args=(i,))\n" << py3 << ""
        << lines({"LOAD_NAME threading", "LOAD_ATTR Thread", "LOAD_NAME worker", "LOAD_NAME i", "BUILD_TUPLE 1",
                  "LOAD_CONST ('target','args')", "CALL_FUNCTION_KW 2", "STORE_NAME t", "LOAD_CONST None",
                  "RETURN_VALUE"});
    QTest::newRow("constant arguments fold into one tuple")
        << "thread.start_new_thread(print_time, ('thread-1', 2))\n" << py2 << ""
        << lines({"LOAD_NAME thread", "LOAD_METHOD start_new_thread", "LOAD_NAME print_time",
                  "LOAD_CONST ('thread-1',2)", "CALL_METHOD 2", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("star call")
        << "def s(*args, **kwargs):\n    f(*args, **kwargs)\n" << py3 << "s"
        << lines({"LOAD_GLOBAL f", "LOAD_FAST args", "BUILD_MAP 0", "LOAD_FAST kwargs", "DICT_MERGE 1",
                  "CALL_FUNCTION_EX 1", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("star call with positional and keyword arguments")
        << "f(1, *a, 2, k=3, **kw)\n" << py3 << ""
        << lines({"LOAD_NAME f", "LOAD_CONST 1", "BUILD_LIST 1", "LOAD_NAME a", "LIST_EXTEND 1", "LOAD_CONST 2",
                  "LIST_APPEND 1", "LIST_TO_TUPLE", "LOAD_CONST 'k'", "LOAD_CONST 3", "BUILD_MAP 1", "LOAD_NAME kw",
                  "DICT_MERGE 1", "CALL_FUNCTION_EX 1", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("method call")
        << "def f(self):\n    self.lock.acquire()\n" << py3 << "f"
        << lines({"LOAD_FAST self", "LOAD_ATTR lock", "LOAD_METHOD acquire", "CALL_METHOD 0", "POP_TOP",
                  "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("defaults and keyword-only defaults")
        << "def f(a, b=2, *args, c, d=4, **kw):\n    pass\n" << py3 << ""
        << lines({"LOAD_CONST (2)", "LOAD_CONST 4", "LOAD_CONST ('d')", "BUILD_CONST_KEY_MAP 1", "LOAD_CONST 'f'",
                  "LOAD_CONST <code f>", "MAKE_FUNCTION 3", "STORE_NAME f", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("decorator")
        << "@deco\ndef f():\n    pass\n" << py3 << ""
        << lines({"LOAD_NAME deco", "LOAD_CONST 'f'", "LOAD_CONST <code f>", "MAKE_FUNCTION 0", "CALL_FUNCTION 1",
                  "STORE_NAME f", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("lambda")
        << "key = lambda item: item[1]\n" << py3 << "<lambda>"
        << lines({"LOAD_FAST item", "LOAD_CONST 1", "BINARY_SUBSCR", "RETURN_VALUE"});
    QTest::newRow("swap")
        << "a, b = b, a\n" << py3 << ""
        << lines({"LOAD_NAME b", "LOAD_NAME a", "ROT_TWO", "STORE_NAME a", "STORE_NAME b", "LOAD_CONST None",
                  "RETURN_VALUE"});
    QTest::newRow("unpacking")
        << "a, (b, *c) = x\n" << py3 << ""
        << lines({"LOAD_NAME x", "UNPACK_SEQUENCE 2", "STORE_NAME a", "UNPACK_EX 1", "STORE_NAME b", "STORE_NAME c",
                  "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("chained assignment")
        << "a = b = []\n" << py3 << ""
        << lines({"BUILD_LIST 0", "DUP_TOP", "STORE_NAME a", "STORE_NAME b", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("displays")
        << "x = [1, 2, 3]\ny = {'a': 1, 'b': 2}\nz = [*p, q]\n" << py3 << ""
        << lines({"BUILD_LIST 0", "LOAD_CONST (1,2,3)", "LIST_EXTEND 1", "STORE_NAME x", "LOAD_CONST 1", "LOAD_CONST 2",
                  "LOAD_CONST ('a','b')", "BUILD_CONST_KEY_MAP 2", "STORE_NAME y", "BUILD_LIST 0", "LOAD_NAME p",
                  "LIST_EXTEND 1", "LOAD_NAME q", "LIST_APPEND 1", "STORE_NAME z", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("slices")
        << "y = x[1:-1]\nz = x[::2]\n" << py3 << ""
        << lines({"LOAD_NAME x", "LOAD_CONST 1", "LOAD_CONST -1", "BUILD_SLICE 2", "BINARY_SUBSCR", "STORE_NAME y",
                  "LOAD_NAME x", "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST 2", "BUILD_SLICE 3", "BINARY_SUBSCR",
                  "STORE_NAME z", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("boolean operators and not")
        << "x = a and b or c\nif not a or b:\n    pass\n" << py3 << ""
        << lines({"LOAD_NAME a", "POP_JUMP_IF_FALSE 4", "LOAD_NAME b", "JUMP_IF_TRUE_OR_POP 5", "LOAD_NAME c",
                  "STORE_NAME x", "LOAD_NAME a", "POP_JUMP_IF_FALSE 10", "LOAD_NAME b", "POP_JUMP_IF_FALSE 10",
                  "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("conditional expression")
        << "x = a if c else b\n" << py3 << ""
        << lines({"LOAD_NAME c", "POP_JUMP_IF_FALSE 4", "LOAD_NAME a", "JUMP_FORWARD 5", "LOAD_NAME b", "STORE_NAME x",
                  "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("imports")
        << "import os.path\nimport a.b as c\nfrom threading import Thread, Lock as L\n" << py3 << ""
        << lines({"LOAD_CONST 0", "LOAD_CONST None", "IMPORT_NAME os.path", "STORE_NAME os", "LOAD_CONST 0",
                  "LOAD_CONST None", "IMPORT_NAME a.b", "IMPORT_FROM b", "STORE_NAME c", "POP_TOP", "LOAD_CONST 0",
                  "LOAD_CONST ('Thread','Lock')", "IMPORT_NAME threading", "IMPORT_FROM Thread", "STORE_NAME Thread",
                  "IMPORT_FROM Lock", "STORE_NAME L", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("assert")
        << "assert x > 0, 'negative'\n" << py3 << ""
        << lines({"LOAD_NAME x", "LOAD_CONST 0", "COMPARE_OP 4", "POP_JUMP_IF_TRUE 8", "LOAD_ASSERTION_ERROR",
                  "LOAD_CONST 'negative'", "CALL_FUNCTION 1", "RAISE_VARARGS 1", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("del")
        << "del a, b.c, d[e]\n" << py3 << ""
        << lines({"DELETE_NAME a", "LOAD_NAME b", "DELETE_ATTR c", "LOAD_NAME d", "LOAD_NAME e", "DELETE_SUBSCR",
                  "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("python 2 print statement")
        << "print 'a', x,\nprint\nprint >>f, y\n" << py2 << ""
        << lines({"LOAD_CONST 'a'", "PRINT_ITEM", "LOAD_NAME x", "PRINT_ITEM", "PRINT_NEWLINE", "LOAD_NAME f",
                  "DUP_TOP", "LOAD_NAME y", "PRINT_ITEM_TO", "PRINT_NEWLINE_TO", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("python 2 raise E, message")
        << "raise ValueError, 'bad'\n" << py2 << ""
        << lines({"LOAD_NAME ValueError", "LOAD_CONST 'bad'", "CALL_FUNCTION 1", "RAISE_VARARGS 1", "LOAD_CONST None",
                  "RETURN_VALUE"});
    QTest::newRow("python 2 backquotes")
        << "s = `x`\n" << py2 << ""
        << lines({"LOAD_GLOBAL repr", "LOAD_NAME x", "CALL_FUNCTION 1", "STORE_NAME s", "LOAD_CONST None",
                  "RETURN_VALUE"});
    QTest::newRow("raise from")
        << "raise KeyError('k') from None\n" << py3 << ""
        << lines({"LOAD_NAME KeyError", "LOAD_CONST 'k'", "CALL_FUNCTION 1", "LOAD_CONST None", "RAISE_VARARGS 2",
                  "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("module docstring (front matter)")
        << "\"\"\"timeslice\npython: 2\"\"\"\nx = 1\n" << py3 << ""
        << lines({"LOAD_CONST 'timeslice\npython: 2'", "STORE_NAME __doc__", "LOAD_CONST 1", "STORE_NAME x",
                  "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("function docstring is not executed")
        << "def f():\n    'doc'\n    return 1\n" << py3 << "f"
        << lines({"LOAD_CONST 1", "RETURN_VALUE"});
    QTest::newRow("if 0 is not emitted")
        << "if 0:\n    f()\nelse:\n    g()\n" << py3 << ""
        << lines({"LOAD_NAME g", "CALL_FUNCTION 0", "POP_TOP", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("division is one instruction in both versions")
        << "x = a / b\n" << py2 << ""
        << lines({"LOAD_NAME a", "LOAD_NAME b", "BINARY_DIVIDE", "STORE_NAME x", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("counter + 1 is not folded")
        << "counter = 1\nx = counter + 1\n" << py3 << ""
        << lines({"LOAD_CONST 1", "STORE_NAME counter", "LOAD_NAME counter", "LOAD_CONST 1", "BINARY_ADD",
                  "STORE_NAME x", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("walrus")
        << "if (n := len(a)) > 3:\n    pass\n" << py3 << ""
        << lines({"LOAD_NAME len", "LOAD_NAME a", "CALL_FUNCTION 1", "DUP_TOP", "STORE_NAME n", "LOAD_CONST 3",
                  "COMPARE_OP 4", "POP_JUMP_IF_FALSE 8", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("annotated assignment at module level")
        << "x: int = 5\n" << py3 << ""
        << lines({"SETUP_ANNOTATIONS", "LOAD_CONST 5", "STORE_NAME x", "LOAD_NAME int", "LOAD_NAME __annotations__",
                  "LOAD_CONST 'x'", "STORE_SUBSCR", "LOAD_CONST None", "RETURN_VALUE"});
    QTest::newRow("private names are mangled")
        << "class A:\n    def f(self):\n        self.__x = 1\n" << py3 << "A.f"
        << lines({"LOAD_CONST 1", "LOAD_FAST self", "STORE_ATTR _A__x", "LOAD_CONST None", "RETURN_VALUE"});
}

void TestCompilerListings::matchesCPython() {
    QFETCH(QString, source);
    QFETCH(int, mode);
    QFETCH(QString, qualname);
    QFETCH(QString, expected);
    const Compiled compiled = compile(source, static_cast<ParseMode>(mode));
    const CodeObject* code = findCode(*compiled.module, qualname.toStdString());
    QVERIFY2(code, qPrintable(QStringLiteral("no code object ") + qualname));
    const QString actual = listing(*code);
    if (actual != expected) qWarning("%s", disassemble(*compiled.module).c_str());
    QCOMPARE(actual, expected);
}

void TestCompilerListings::stackSize_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("qualname");
    QTest::addColumn<int>("expected");
    // The values CPython 3.9 reports as co_stacksize for the same code.
    QTest::newRow("counter += 1") << "def f():\n    global c\n    c += 1\n" << "f" << 2;
    QTest::newRow("empty module") << "" << "" << 1;
    QTest::newRow("call with three arguments") << "f(a, b, c)\n" << "" << 4;
    QTest::newRow("method call") << "o.m(a, b)\n" << "" << 4;
    QTest::newRow("with statement") << "def f():\n    with lock:\n        work()\n" << "f" << 8;
    QTest::newRow("try/except") << "try:\n    a()\nexcept E:\n    pass\n" << "" << 8;
    QTest::newRow("for loop") << "for i in x:\n    f(i)\n" << "" << 3;
    QTest::newRow("list comprehension body") << "y = [i for i in x]\n" << "<listcomp>" << 3;
    QTest::newRow("nested displays") << "x = [(a, [b, (c, d)])]\n" << "" << 4;
    QTest::newRow("chained comparison") << "x = a < b < c\n" << "" << 3;
    QTest::newRow("class statement") << "class C(B):\n    pass\n" << "" << 4;
}

void TestCompilerListings::stackSize() {
    QFETCH(QString, source);
    QFETCH(QString, qualname);
    QFETCH(int, expected);
    const Compiled compiled = compile(source, ParseMode::Python3);
    const CodeObject* code = findCode(*compiled.module, qualname.toStdString());
    QVERIFY(code);
    QCOMPARE(code->stackSize, expected);
}

void TestCompilerListings::everyInstructionHasAPosition() {
    const Compiled compiled = compile(QStringLiteral("import threading\n"
                                                     "def worker(n):\n"
                                                     "    for i in range(n):\n"
                                                     "        with lock:\n"
                                                     "            total[0] += i\n"
                                                     "class T(threading.Thread):\n"
                                                     "    def run(self):\n"
                                                     "        worker(3)\n"),
                                      ParseMode::Python3);
    std::function<void(const CodeObject&)> check = [&](const CodeObject& code) {
        QCOMPARE(code.positions.size(), code.code.size());
        for (const ts::SourcePos& pos : code.positions) QVERIFY(pos.line >= 1 && pos.line <= 8 && pos.column >= 1);
        for (const Value& constant : code.constants)
            if (const auto* nested = constant.tryAs<CodeValue>()) check(nested->code());
    };
    check(*compiled.module);
}

void TestCompilerListings::positionsFollowExpressions() {
    // A statement spanning lines: each instruction carries the line of what it evaluates.
    const Compiled compiled = compile(QStringLiteral("x = f(a,\n      b)\n"), ParseMode::Python3);
    const CodeObject& code = *compiled.module;
    QCOMPARE(listing(code).section(QLatin1Char('\n'), 0, 3),
             QStringLiteral("LOAD_NAME f\nLOAD_NAME a\nLOAD_NAME b\nCALL_FUNCTION 2"));
    QCOMPARE(code.positions[0].line, 1);
    QCOMPARE(code.positions[1].line, 1);
    QCOMPARE(code.positions[2].line, 2);
    QCOMPARE(code.positions[2].column, 7);
    QCOMPARE(code.positions[1].column, 7);
}

void TestCompilerListings::codeObjectFields() {
    const Compiled compiled = compile(QStringLiteral("def f(a, b=1, *args, c, **kw):\n"
                                                     "    'doc'\n"
                                                     "    def g():\n"
                                                     "        return a + x\n"
                                                     "    x = 2\n"
                                                     "    return g\n"
                                                     "def gen():\n"
                                                     "    yield 1\n"),
                                      ParseMode::Python3);
    const CodeObject* f = findCode(*compiled.module, "f");
    QVERIFY(f);
    QCOMPARE(f->argCount, 2);
    QCOMPARE(f->kwOnlyArgCount, 1);
    QCOMPARE(f->firstLine, 1);
    QCOMPARE(f->varnames, (std::vector<std::string>{"a", "b", "c", "args", "kw", "g"}));
    QCOMPARE(f->cellvars, (std::vector<std::string>{"a", "x"}));
    QCOMPARE(f->cellFromArg, (std::vector<int>{0, -1}));
    QVERIFY(f->freevars.empty());
    QCOMPARE(f->flags & 0xff, CodeObject::kOptimized | CodeObject::kNewLocals | CodeObject::kVarArgs | CodeObject::kVarKeywords);
    QVERIFY(f->constants[0].tryAs<StrObject>());
    QCOMPARE(f->constants[0].as<StrObject>()->text(), std::string("doc"));

    const CodeObject* g = findCode(*compiled.module, "f.<locals>.g");
    QVERIFY(g);
    QCOMPARE(g->freevars, (std::vector<std::string>{"a", "x"}));
    QCOMPARE(g->flags & 0xff, CodeObject::kOptimized | CodeObject::kNewLocals | CodeObject::kNested);
    QCOMPARE(listing(*g), lines({"LOAD_DEREF a", "LOAD_DEREF x", "BINARY_ADD", "RETURN_VALUE"}));

    const CodeObject* gen = findCode(*compiled.module, "gen");
    QVERIFY(gen);
    QVERIFY(gen->flags & CodeObject::kGenerator);
    QCOMPARE(compiled.module->flags, std::uint32_t{CodeObject::kNoFree});
}

void TestCompilerListings::futureDivisionFlag() {
    const Compiled withFuture = compile(QStringLiteral("from __future__ import division\ndef f(a):\n    return a / 2\n"),
                                        ParseMode::Python2);
    QVERIFY(withFuture.module->flags & CodeObject::kFutureDivision);
    QVERIFY(findCode(*withFuture.module, "f")->flags & CodeObject::kFutureDivision);
    // The import itself still runs, as in CPython.
    QVERIFY(listing(*withFuture.module).startsWith(QStringLiteral("LOAD_CONST 0\nLOAD_CONST ('division')\nIMPORT_NAME __future__")));

    const Compiled without = compile(QStringLiteral("def f(a):\n    return a / 2\n"), ParseMode::Python2);
    QVERIFY(!(without.module->flags & CodeObject::kFutureDivision));
}

void TestCompilerListings::disassemblerLayout() {
    const Compiled compiled = compile(QStringLiteral("counter = 0\ndef f():\n    global counter\n    counter += 1\n"),
                                      ParseMode::Python3);
    const std::string text = disassemble(*compiled.module);
    QVERIFY2(text.find("  1           0 LOAD_CONST               0 (0)\n") != std::string::npos, text.c_str());
    QVERIFY2(text.find("Disassembly of <code object f, file \"t.py\", line 2>:\n") != std::string::npos, text.c_str());
    QVERIFY2(text.find("  4           0 LOAD_GLOBAL              0 (counter)\n"
                       "              1 LOAD_CONST               1 (1)\n"
                       "              2 INPLACE_ADD\n"
                       "              3 STORE_GLOBAL             0 (counter)\n") != std::string::npos,
             text.c_str());
    const std::string loop = disassemble(*compile(QStringLiteral("while x:\n    f()\n"), ParseMode::Python3).module);
    QVERIFY2(loop.find("  1     >>    0 LOAD_NAME                0 (x)\n"
                       "              1 POP_JUMP_IF_FALSE        6 (to 6)\n") != std::string::npos,
             loop.c_str());
    // Not recursive: only the module.
    QVERIFY(disassemble(*compiled.module, false).find("Disassembly of") == std::string::npos);
}

QTEST_APPLESS_MAIN(TestCompilerListings)
#include "test_CompilerListings.moc"
