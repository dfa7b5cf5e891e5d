// Syntax trees for each construct (as AstDumper text), Python 2/3 detection, and syntax errors
// with CPython's line, column and message.
#include <QtTest>

#include <cstdint>
#include <string>

#include "script/syntax/AstDumper.h"
#include "script/syntax/Lexer.h"
#include "script/syntax/Parser.h"
#include "script/syntax/ProgramParser.h"
#include "script/syntax/SyntaxError.h"

using namespace ts::script;

namespace {

// Data rows are named after their source; newlines would break the test log's lines.
QByteArray rowName(const char* source) {
    QByteArray name(source);
    name.replace("\r", "\\r").replace("\n", "\\n");
    return name;
}

ParseMode modeOf(int version) {
    return version == 2 ? ParseMode::Python2 : version == 3 ? ParseMode::Python3 : ParseMode::Auto;
}

QString errorText(const SyntaxError& error) {
    return QStringLiteral("%1:%2 %3: %4")
        .arg(error.line())
        .arg(error.column())
        .arg(QString::fromUtf8(error.kindName()), QString::fromStdString(error.message()));
}

// The module's statements as dumped, without the "(Module ...)" wrapper; or "ERROR <error>".
QString parsed(const QByteArray& source, int version, bool positions = false) {
    try {
        ast::Module module = parseProgram(source.toStdString(), "t.py", modeOf(version));
        std::string dump = dumpAst(module, AstDumpOptions{positions});
        dump = dump.substr(std::string("(Module").size(),
                           dump.size() - std::string("(Module").size() - 1);
        if (!dump.empty() && dump.front() == ' ') dump.erase(0, 1);
        return QString::fromStdString(dump);
    } catch (const SyntaxError& error) {
        return QStringLiteral("ERROR ") + errorText(error);
    }
}

}  // namespace

class TestParser : public QObject {
    Q_OBJECT

  private slots:
    void statements_data();
    void statements();
    void expressions_data();
    void expressions();
    void python2_data();
    void python2();
    void fstrings_data();
    void fstrings();
    void positions_data();
    void positions();
    void contextsAndFlags();
    void versionDetection_data();
    void versionDetection();
    void errors_data();
    void errors();
    void errorFormat();
    void nestingLimits();
    void binaryGarbageNeverCrashes();
};

void TestParser::statements_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* source, const char* expected) {
        QTest::newRow(rowName(source).constData())
            << QByteArray(source) << QString::fromUtf8(expected);
    };
    row("a = b = 1", "(Assign a = b = 1)");
    row("a, b = b, a", "(Assign (Tuple a b) = (Tuple b a))");
    row("(a, b) = [c, d] = x", "(Assign (Tuple a b) = (List c d) = x)");
    row("[a, (b, c)] = y", "(Assign (List a (Tuple b c)) = y)");
    row("a.b = c[1] = d", "(Assign (. a b) = (Sub c 1) = d)");
    row("first, *rest = items", "(Assign (Tuple first (* rest)) = items)");
    row("x = yield_ = 2", "(Assign x = yield_ = 2)");
    row("x += 1; x //= 2; x **= 2; x <<= 1; x >>= 1; x @= m",
        "(AugAssign x += 1) (AugAssign x //= 2) (AugAssign x **= 2) (AugAssign x <<= 1) (AugAssign "
        "x >>= 1) (AugAssign x @= m)");
    row("x -= 1; x *= 2; x /= 2; x %= 2; x &= 1; x |= 1; x ^= 1",
        "(AugAssign x -= 1) (AugAssign x *= 2) (AugAssign x /= 2) (AugAssign x %= 2) (AugAssign x "
        "&= 1) (AugAssign x |= 1) (AugAssign x ^= 1)");
    row("x: int = 5\ny: str", "(AnnAssign x int 5) (AnnAssign y str)");
    row("pass; del a, b[0], c.d", "(Pass) (Del a (Sub b 0) (. c d))");
    row("global a, b", "(Global a b)");
    row("def f():\n    nonlocal x", "(Def f (params) (body (Nonlocal x)))");
    row("assert x > 0, 'positive'", "(Assert (Compare x > 0) 'positive')");
    row("if a: b\nelif c: d\nelse: e",
        "(If a (body (Expr b)) (else (If c (body (Expr d)) (else (Expr e)))))");
    row("if a:\n    b\n    c\n", "(If a (body (Expr b) (Expr c)))");
    row("while x: x -= 1\nelse: done()",
        "(While x (body (AugAssign x -= 1)) (else (Expr (Call done))))");
    row("while 1:\n    if x: break\n    continue",
        "(While 1 (body (If x (body (Break))) (Continue)))");
    row("for i, (j, k) in enumerate(p): pass\nelse: pass",
        "(For (Tuple i (Tuple j k)) (Call enumerate p) (body (Pass)) (else (Pass)))");
    row("for x in 1, 2: pass", "(For x (Tuple 1 2) (body (Pass)))");
    row("try: f()\nexcept (A, B) as e: pass\nexcept C: pass\nexcept: pass\nelse: g()\nfinally: h()",
        "(Try (body (Expr (Call f))) (except (Tuple A B) as e (body (Pass))) (except C (body "
        "(Pass))) "
        "(except (body (Pass))) (else (Expr (Call g))) (finally (Expr (Call h))))");
    row("try:\n    x\nfinally:\n    y", "(Try (body (Expr x)) (finally (Expr y)))");
    row("raise\nraise X\nraise X from Y\nraise X('m')",
        "(Raise) (Raise X) (Raise X from Y) (Raise (Call X 'm'))");
    row("with a as b, c as d: pass", "(With (item a as b) (item c as d) (body (Pass)))");
    row("with lock:\n    x()", "(With (item lock) (body (Expr (Call x))))");
    row("with (open(a) as f, open(b) as g,):\n    pass",
        "(With (item (Call open a) as f) (item (Call open b) as g) (body (Pass)))");
    row("with (a, b) as c: pass", "(With (item (Tuple a b) as c) (body (Pass)))");
    row("with (a) as b, c: pass", "(With (item a as b) (item c) (body (Pass)))");
    row("with open(f) as (a, b): pass", "(With (item (Call open f) as (Tuple a b)) (body (Pass)))");
    row("def f(a, b=1, *args, c, d=2, **kwargs): return a",
        "(Def f (params a (= b 1) *args (kwonly c) (kwonly (= d 2)) **kwargs) (body (Return a)))");
    row("def g(a, /, b, *, c): pass", "(Def g (params a/ b (kwonly c)) (body (Pass)))");
    row("def h(x: int, y: 'str' = 'a') -> bool: pass",
        "(Def h (params (: x int) (= (: y 'str') 'a')) (-> bool) (body (Pass)))");
    row("def f(self, args = (), kwargs = None ): pass",
        "(Def f (params self (= args (Tuple)) (= kwargs None)) (body (Pass)))");
    row("@property\ndef p(self): return self._p",
        "(Def p (params self) (decorators property) (body (Return (. self _p))))");
    row("@p.setter\ndef p(self, v): self._p = v",
        "(Def p (params self v) (decorators (. p setter)) (body (Assign (. self _p) = v)))");
    row("@staticmethod\n@classmethod\n@deco(1, k=2)\ndef q(): pass",
        "(Def q (params) (decorators staticmethod classmethod (Call deco 1 (= k 2))) (body "
        "(Pass)))");
    row("@dataclass\nclass A: pass", "(Class A (decorators dataclass) (body (Pass)))");
    row("class A: pass", "(Class A (body (Pass)))");
    row("class A(): pass", "(Class A (body (Pass)))");
    row("class B(Base, metaclass=Meta): pass",
        "(Class B (bases Base (= metaclass Meta)) (body (Pass)))");
    row("class C(object):\n    x = 1\n    def m(self):\n        return x",
        "(Class C (bases object) (body (Assign x = 1) (Def m (params self) (body (Return x)))))");
    row("import a\nimport a.b as c\nimport a, b", "(Import a) (Import (a.b as c)) (Import a b)");
    row("from a import b, c as d\nfrom a import *", "(From a b (c as d)) (From a *)");
    row("from ..a.b import (c,\n    d,)\nfrom . import e\nfrom ... import f",
        "(From ..a.b c d) (From . e) (From ... f)");
    row("def gen():\n    yield\n    yield 1\n    x = yield 2\n    yield from other()",
        "(Def gen (params) generator (body (Expr (Yield)) (Expr (Yield 1)) (Assign x = (Yield 2)) "
        "(Expr (YieldFrom (Call other)))))");
    row("def outer():\n    def inner(): yield\n    return inner",
        "(Def outer (params) (body (Def inner (params) generator (body (Expr (Yield)))) (Return "
        "inner)))");
    row("x = [\n    1,\n    2,\n]\n", "(Assign x = (List 1 2))");
    row("x = 1 + \\\n    2", "(Assign x = (+ 1 2))");
    row("print(x, end='')", "(Expr (Call print x (= end '')))");
    row("if x:\n\n    # comment\n    pass\n\n# trailing", "(If x (body (Pass)))");
    row("a = 1;", "(Assign a = 1)");
    row("if (n := len(a)) > 10: pass", "(If (Compare (:= n (Call len a)) > 10) (body (Pass)))");
    row("while chunk := f.read(): pass", "(While (:= chunk (Call (. f read))) (body (Pass)))");
    row("f(x := 1, [y := 2, y])", "(Expr (Call f (:= x 1) (List (:= y 2) y)))");
    row("\xEF\xBB\xBFif a:\r\n    b = 'caf\xC3\xA9' # \xE2\x82\xAC\r\n",
        "(If a (body (Assign b = 'caf\xC3\xA9')))");
    row("", "");
}

void TestParser::statements() {
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QCOMPARE(parsed(source, 3), expected);
}

void TestParser::expressions_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* source, const char* expected) {
        QTest::newRow(rowName(source).constData())
            << QByteArray(source) << QString::fromUtf8(expected);
    };
    row("lambda: 0", "(Lambda (params) 0)");
    row("lambda x, y=1, *a, **k: x + y", "(Lambda (params x (= y 1) *a **k) (+ x y))");
    row("f(lambda x: x if x else 0)", "(Call f (Lambda (params x) (IfExp x x 0)))");
    row("a if c else b", "(IfExp c a b)");
    row("a if b else c if d else e", "(IfExp b a (IfExp d c e))");
    row("a or b or c and d and not e", "(or a b (and c d (not e)))");
    row("a < b <= c == d != e > f >= g", "(Compare a < b <= c == d != e > f >= g)");
    row("a in b not in c is d is not e", "(Compare a in b not in c is d is not e)");
    row("not a == b", "(not (Compare a == b))");
    row("a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** o",
        "(| a (^ b (& c (>> (<< d e) (- (+ f g) (@ (% (// (/ (* h i) j) k) l) (** m (- (** n "
        "o)))))))))");
    row("-a + +b - ~c", "(- (+ (- a) (+ b)) (~ c))");
    row("-2 ** 2", "(- (** 2 2))");
    row("a ** b ** c", "(** a (** b c))");
    row("a - b - c", "(- (- a b) c)");
    row("f(a, b=1, *args, **kwargs)", "(Call f a (= b 1) (* args) (** kwargs))");
    row("f(*a, *b, c=1, **d, **e)", "(Call f (* a) (* b) (= c 1) (** d) (** e))");
    row("f(a=1, *b)", "(Call f (= a 1) (* b))");
    row("f(x for x in y)", "(Call f (GenExp x (for x y)))");
    row("f(1,)", "(Call f 1)");
    row("a.b.c(d)[e].f", "(. (Sub (Call (. (. a b) c) d) e) f)");
    row("a[1:2], a[::2], a[:], a[1:], a[:2], a[1:2:3], a[::]",
        "(Tuple (Sub a (Slice 1 2 _)) (Sub a (Slice _ _ 2)) (Sub a (Slice _ _ _)) (Sub a (Slice 1 "
        "_ _)) "
        "(Sub a (Slice _ 2 _)) (Sub a (Slice 1 2 3)) (Sub a (Slice _ _ _)))");
    row("a[x, y], a[1:2, 3], a[-1]",
        "(Tuple (Sub a (Tuple x y)) (Sub a (Tuple (Slice 1 2 _) 3)) (Sub a (- 1)))");
    row("0x10, 0o17, 0b11, 1_000, 1.5, 1., .5, 1e3, 2j",
        "(Tuple 16 15 3 1000 1.5 1.0 0.5 1000.0 2.0j)");
    row("123456789012345678901234567890", "123456789012345678901234567890");
    row("'a' \"b\" '''c''' \"\"\"d\"\"\"", "'abcd'");
    row("('abc'\n 'def')", "'abcdef'");
    row("r'\\d', b'x', u'y', rb'z', Rb'\\n'", "(Tuple '\\\\d' b'x' u'y' b'z' b'\\\\n')");
    row("None, True, False, ...", "(Tuple None True False ...)");
    row("[], [1, 2,], (), (1,), (1, 2), (1)",
        "(Tuple (List) (List 1 2) (Tuple) (Tuple 1) (Tuple 1 2) 1)");
    row("{}, {1: 2, **d}, {1, 2}, {*a, b}",
        "(Tuple (Dict) (Dict (1 2) (** d)) (Set 1 2) (Set (* a) b))");
    row("{'a' : 1, 'b' : 2}", "(Dict ('a' 1) ('b' 2))");
    row("[x * 2 for x in range(10) if x % 2 if x > 3 for y in x]",
        "(ListComp (* x 2) (for x (Call range 10) (if (% x 2)) (if (Compare x > 3))) (for y x))");
    row("{k: v for k, v in items}", "(DictComp k v (for (Tuple k v) items))");
    row("{x for x in s}", "(SetComp x (for x s))");
    row("(x for x in s if not x)", "(GenExp x (for x s (if (not x))))");
    row("[y for y in (lambda: [1])()]", "(ListComp y (for y (Call (Lambda (params) (List 1)))))");
    row("'%s: %s' % (threadname, time.ctime(time.time()))",
        "(% '%s: %s' (Tuple threadname (Call (. time ctime) (Call (. time time)))))");
    row("obj.print, obj.exec", "(Tuple (. obj print) (. obj exec))");
    row("print >>f, x", "(Tuple (>> print f) x)");
}

void TestParser::expressions() {
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QCOMPARE(parsed(source, 3), "(Expr " + expected + ")");
}

void TestParser::python2_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* source, const char* expected) {
        QTest::newRow(rowName(source).constData())
            << QByteArray(source) << QString::fromUtf8(expected);
    };
    row("print", "(Print)");
    row("print x", "(Print x)");
    row("print x, y", "(Print x y)");
    row("print x,", "(Print x ,)");
    row("print >>f, x", "(Print (>> f) x)");
    row("print >>sys.stderr", "(Print (>> (. sys stderr)))");
    row("print(x)", "(Print x)");
    row("print('a', 'b')", "(Print (Tuple 'a' 'b'))");
    row("print 'a %s' % x; print", "(Print (% 'a %s' x)) (Print)");
    row("exec code\nexec code in g, l", "(Exec code) (Exec code (in g l))");
    row("try: pass\nexcept E, e: pass", "(Try (body (Pass)) (except E as e (body (Pass))))");
    row("try: pass\nexcept (A, B), e: pass",
        "(Try (body (Pass)) (except (Tuple A B) as e (body (Pass))))");
    row("raise E, 'msg'\nraise E, 'msg', tb", "(Raise E , 'msg') (Raise E , 'msg' , tb)");
    row("x = `y`", "(Assign x = (Repr y))");
    row("a <> b", "(Expr (Compare a != b))");
    row("x = 0777 + 10L", "(Assign x = (+ 511 10))");
    row("s = ur'\\d'", "(Assign s = u'\\\\d')");
    row("def f(): print 'in f'; return", "(Def f (params) (body (Print 'in f') (Return)))");
    row("from __future__ import print_function\nprint('a', end='')",
        "(From __future__ print_function) (Expr (Call print 'a' (= end '')))");
    row("nonlocal = 1", "(Assign nonlocal = 1)");
}

void TestParser::python2() {
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QCOMPARE(parsed(source, 2), expected);
}

void TestParser::fstrings_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* source, const char* expected) {
        QTest::newRow(rowName(source).constData())
            << QByteArray(source) << QString::fromUtf8(expected);
    };
    row("f'a{x}b'", "(FString 'a' (Fmt x) 'b')");
    row("f'{x!r}'", "(FString (Fmt x !r))");
    row("f'{x:>10}'", "(FString (Fmt x (FString '>10')))");
    row("f'{x:{width}.{prec}f}'", "(FString (Fmt x (FString (Fmt width) '.' (Fmt prec) 'f')))");
    row("f'{{literal}} {x}'", "(FString '{literal} ' (Fmt x))");
    row("f'{x=}'", "(FString 'x=' (Fmt x !r))");
    row("f'{x = !s:>5}'", "(FString 'x = ' (Fmt x !s (FString '>5')))");
    row("f'{x=:>5}'", "(FString 'x=' (Fmt x (FString '>5')))");
    row("f'{a[\"k\"]}' f\"{b!a}\" 'plain'", "(FString (Fmt (Sub a 'k')) (Fmt b !a) 'plain')");
    row("rf'\\d{x}'", "(FString '\\\\d' (Fmt x))");
    row("f'\\t{x}\\n'", "(FString '\\t' (Fmt x) '\\n')");
    row("f'''multi\n{x +\n  y}'''", "(FString 'multi\\n' (Fmt (+ x y)))");
    row("f'{x:%H:%M}'", "(FString (Fmt x (FString '%H:%M')))");
    row("f'{(lambda: 1)()}'", "(FString (Fmt (Call (Lambda (params) 1))))");
    row("f'{ {1: 2}[1] }'", "(FString (Fmt (Sub (Dict (1 2)) 1)))");
    row("f'{a!=b}'", "(FString (Fmt (Compare a != b)))");
    row("f\"{f'{x}'}\"", "(FString (Fmt (FString (Fmt x))))");
    row("f'{a, b}'", "(FString (Fmt (Tuple a b)))");
    row("f''", "(FString)");
}

void TestParser::fstrings() {
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QCOMPARE(parsed(source, 3), "(Expr " + expected + ")");
}

void TestParser::positions_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("assignment") << QByteArray("x = f(a, k=1)")
                                << "(Assign@1:1 x@1:1 = (Call@1:5 f@1:5 a@1:7 (= k 1@1:12)))";
    QTest::newRow("binary operand positions")
        << QByteArray("y = a+ b * -c")
        << "(Assign@1:1 y@1:1 = (+@1:5 a@1:5 (*@1:8 b@1:8 (-@1:12 c@1:13))))";
    QTest::newRow("compound")
        << QByteArray("if a:\n    pass\nelif b:\n  \tpass\n")
        << "(If@1:1 a@1:4 (body (Pass@2:5)) (else (If@3:1 b@3:6 (body (Pass@4:4)))))";
    QTest::newRow("try handlers")
        << QByteArray("try: x\nexcept E: y")
        << "(Try@1:1 (body (Expr@1:6 x@1:6)) (except@2:1 E@2:8 (body (Expr@2:11 y@2:11))))";
    QTest::newRow("def keeps the def line")
        << QByteArray("@d\ndef f(): pass")
        << "(Def@2:1 f (params) (decorators d@1:2) (body (Pass@2:10)))";
    QTest::newRow("parenthesised tuple starts at the bracket")
        << QByteArray("(a, b) = 1, 2")
        << "(Assign@1:1 (Tuple@1:1 a@1:2 b@1:5) = (Tuple@1:10 1@1:10 2@1:13))";
    QTest::newRow("non-ascii counts code points")
        << QByteArray("s = '\xC3\xA8\xC3\xA8'; t")
        << "(Assign@1:1 s@1:1 = '\xC3\xA8\xC3\xA8'@1:5) (Expr@1:11 t@1:11)";
    QTest::newRow("comprehension")
        << QByteArray("[x for x in y]") << "(Expr@1:1 (ListComp@1:1 x@1:2 (for@1:4 x@1:8 y@1:13)))";
    QTest::newRow("f-string fields map into the file")
        << QByteArray("x = f'ab{c:>{w}}'")
        << "(Assign@1:1 x@1:1 = (FString@1:5 'ab'@1:7 (Fmt@1:9 c@1:10 (FString@1:12 '>'@1:12 "
           "(Fmt@1:13 w@1:14)))))";
}

void TestParser::positions() {
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QCOMPARE(parsed(source, 3, true), expected);
}

void TestParser::contextsAndFlags() {
    ast::Module module = parseProgram("a, [b.c, *d] = x\ndel e[0]\nf(g)\ndef h(): yield\n", "t.py");
    QCOMPARE(module.body.size(), std::size_t(4));
    const auto& assign = module.body[0]->as<ast::Assign>();
    const auto& tuple = assign.targets[0]->as<ast::Tuple>();
    QCOMPARE(tuple.context, ast::ExprContext::Store);
    QCOMPARE(tuple.elements[0]->context, ast::ExprContext::Store);
    const auto& list = tuple.elements[1]->as<ast::List>();
    QCOMPARE(list.elements[0]->context, ast::ExprContext::Store);
    QCOMPARE(list.elements[0]->as<ast::Attribute>().value->context, ast::ExprContext::Load);
    QCOMPARE(list.elements[1]->as<ast::Starred>().value->context, ast::ExprContext::Store);
    QCOMPARE(assign.value->context, ast::ExprContext::Load);
    QCOMPARE(module.body[1]->as<ast::Delete>().targets[0]->context, ast::ExprContext::Del);
    QCOMPARE(module.body[2]->as<ast::ExprStmt>().value->as<ast::Call>().args[0].value->context,
             ast::ExprContext::Load);
    QVERIFY(module.body[3]->as<ast::FunctionDef>().isGenerator);

    ast::Module bigInt = parseProgram("x = 2 ** 70 + 18446744073709551616", "t.py");
    const auto& literal =
        bigInt.body[0]->as<ast::Assign>().value->as<ast::BinaryOp>().right->as<ast::IntLiteral>();
    QCOMPARE(literal.bigDecimal, std::string("18446744073709551616"));

    ast::Module py2 = parseProgram("print 'x'", "t.py");
    QCOMPARE(py2.version, PythonVersion::Python2);
    QCOMPARE(py2.fileName, std::string("t.py"));
    QVERIFY(!py2.body[0]->as<ast::Print>().values[0]->as<ast::StringLiteral>().unicode);
}

void TestParser::versionDetection_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("expected");
    QTest::newRow("plain python 3") << QByteArray("import threading\nprint('x')\n") << 3;
    QTest::newRow("no print at all") << QByteArray("x = 1\n") << 3;
    QTest::newRow("print statement") << QByteArray("print 'x'\n") << 2;
    QTest::newRow("print statement deep inside")
        << QByteArray("def f():\n    if x:\n        print x, y\n") << 2;
    QTest::newRow("bare print") << QByteArray("print\n") << 2;
    QTest::newRow("print chevron") << QByteArray("import sys\nprint >>sys.stderr, 'x'\n") << 2;
    QTest::newRow("except comma") << QByteArray("try: pass\nexcept E, e: pass\n") << 2;
    QTest::newRow("raise comma") << QByteArray("raise E, 'm'\n") << 2;
    QTest::newRow("backquotes") << QByteArray("x = `1`\n") << 2;
    QTest::newRow("diamond") << QByteArray("x = 1 <> 2\n") << 2;
    QTest::newRow("octal literal") << QByteArray("x = 0777\n") << 2;
    QTest::newRow("long literal") << QByteArray("x = 10L\n") << 2;
    QTest::newRow("handler printing the exception")
        << QByteArray("try:\n    run()\nexcept Exception, e:\n    print 'error:', e\n") << 2;
    QTest::newRow("assignment expression is python 3")
        << QByteArray("while (x := f()): pass\n") << 3;
    QTest::newRow("exec statement") << QByteArray("exec 'x = 1'\n") << 2;
    QTest::newRow("print function call is python 3") << QByteArray("print('a', 'b')\n") << 3;
    QTest::newRow("future print function")
        << QByteArray("from __future__ import print_function\nprint('a', end='')\nexcept_ = 0\n")
        << 3;
    QTest::newRow("python 3 only syntax") << QByteArray("def f(*, a): nonlocal_ = f'{a}'\n") << 3;
}

void TestParser::versionDetection() {
    QFETCH(QByteArray, source);
    QFETCH(int, expected);
    ast::Module module = parseProgram(source.toStdString(), "t.py", ParseMode::Auto);
    QCOMPARE(module.version == PythonVersion::Python2 ? 2 : 3, expected);
}

void TestParser::errors_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("version");  // 0: detect
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const char* source, int version, const char* expected) {
        QTest::newRow(name) << QByteArray(source) << version << QString::fromUtf8(expected);
    };
    // Positions and messages as CPython 3.11 reports them, except where noted.
    row("generic", "x = 1 2\n", 3, "1:7 SyntaxError: invalid syntax");
    row("missing colon", "if x\n    pass\n", 3, "1:5 SyntaxError: expected ':'");
    row("missing colon on class", "class A\n    pass\n", 3, "1:8 SyntaxError: expected ':'");
    row("not a colon", "if x y:\n  pass\n", 3, "1:6 SyntaxError: invalid syntax");
    row("unexpected indent", "  x = 1\n", 3, "1:2 IndentationError: unexpected indent");
    row("unexpected indent in body", "def f():\n    return 1\n      y\n", 3,
        "3:6 IndentationError: unexpected indent");
    row("expected indented block", "if x:\npass\n", 3,
        "2:1 IndentationError: expected an indented block after 'if' statement on line 1");
    row("expected indented block after def", "def f():\n\nx = 1\n", 3,
        "3:1 IndentationError: expected an indented block after function definition on line 1");
    row("expected indented block at eof", "for x in y:\n", 3,
        "2:1 IndentationError: expected an indented block after 'for' statement on line 1");
    row("unindent mismatch", "if a:\n    b\n  c = 1\n", 3,
        "3:8 IndentationError: unindent does not match any outer indentation level");
    row("unterminated string", "x = 'abc\n", 3,
        "1:5 SyntaxError: unterminated string literal (detected at line 1)");
    row("unterminated triple", "s = '''abc\n\n", 3,
        "1:5 SyntaxError: unterminated triple-quoted string literal (detected at line 2)");
    row("never closed", "print('a'\nx = 1\n", 3, "1:6 SyntaxError: '(' was never closed");
    row("unmatched", "x = 1)\n", 3, "1:6 SyntaxError: unmatched ')'");
    row("invalid decimal literal", "x = 1abc\n", 3, "1:5 SyntaxError: invalid decimal literal");
    row("missing parentheses for print", "print 'hello'\n", 3,
        "1:1 SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?");
    row("missing parentheses for exec", "exec 'code'\n", 3,
        "1:1 SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)?");
    // CPython 3.11 adds " here. Maybe you meant '==' instead of '='?" for a lone target.
    row("assign to call", "f() = 1\n", 3, "1:1 SyntaxError: cannot assign to function call");
    row("assign to call in tuple", "(a, f()) = 1, 2\n", 3,
        "1:5 SyntaxError: cannot assign to function call");
    row("assign to literal", "1 = x\n", 3, "1:1 SyntaxError: cannot assign to literal");
    row("assign to expression", "x + 1 = 2\n", 3, "1:1 SyntaxError: cannot assign to expression");
    row("assign to None", "None = 1\n", 3, "1:1 SyntaxError: cannot assign to None");
    row("for target is a call", "for f() in x: pass\n", 3,
        "1:5 SyntaxError: cannot assign to function call");
    row("delete a call", "del f()\n", 3, "1:5 SyntaxError: cannot delete function call");
    row("augmented call", "f() += 1\n", 3,
        "1:1 SyntaxError: 'function call' is an illegal expression for augmented assignment");
    row("augmented tuple", "a, b += 1\n", 3,
        "1:1 SyntaxError: 'tuple' is an illegal expression for augmented assignment");
    row("lone starred target", "*a = 1\n", 3,
        "1:1 SyntaxError: starred assignment target must be in a list or tuple");
    row("two starred targets", "a, *b, *c = 1\n", 3,
        "1:1 SyntaxError: multiple starred expressions in assignment");
    row("return outside function", "return 1\n", 3, "1:1 SyntaxError: 'return' outside function");
    row("return in class body", "class A:\n    return 1\n", 3,
        "2:5 SyntaxError: 'return' outside function");
    row("break outside loop", "break\n", 3, "1:1 SyntaxError: 'break' outside loop");
    row("break in loop else", "for x in y:\n    pass\nelse:\n    break\n", 3,
        "4:5 SyntaxError: 'break' outside loop");
    row("break in nested def", "while 1:\n    def f():\n        break\n", 3,
        "3:9 SyntaxError: 'break' outside loop");
    row("continue outside loop", "continue\n", 3,
        "1:1 SyntaxError: 'continue' not properly in loop");
    row("yield outside function", "yield 1\n", 3, "1:1 SyntaxError: 'yield' outside function");
    row("nonlocal at module level", "nonlocal x\n", 3,
        "1:1 SyntaxError: nonlocal declaration not allowed at module level");
    row("non-default after default", "def f(a=1, b): pass\n", 3,
        "1:12 SyntaxError: non-default argument follows default argument");
    row("duplicate parameter", "def f(a, a): pass\n", 3,
        "1:10 SyntaxError: duplicate argument 'a' in function definition");
    row("bare star", "def f(*): pass\n", 3, "1:7 SyntaxError: named arguments must follow bare *");
    row("after var-keyword", "def f(**k, a): pass\n", 3,
        "1:12 SyntaxError: arguments cannot follow var-keyword argument");
    // CPython points at the end of the argument (1:9).
    row("positional after keyword", "f(a=1, b)\n", 3,
        "1:8 SyntaxError: positional argument follows keyword argument");
    row("star after double star", "f(**k, *a)\n", 3,
        "1:8 SyntaxError: iterable argument unpacking follows keyword argument unpacking");
    row("unparenthesised generator", "f(x for x in y, 1)\n", 3,
        "1:3 SyntaxError: Generator expression must be parenthesized");
    row("repeated keyword", "f(a=1, a=2)\n", 3, "1:8 SyntaxError: keyword argument repeated: a");
    row("assignment in call", "f(a.b=1)\n", 3,
        "1:3 SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?");
    row("try without handlers", "try:\n    pass\n", 3,
        "2:9 SyntaxError: expected 'except' or 'finally' block");
    row("try then statement", "try:\n    pass\nx = 1\n", 3,
        "3:1 SyntaxError: expected 'except' or 'finally' block");
    row("bare except not last", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", 3,
        "3:1 SyntaxError: default 'except:' must be last");
    row("python 2 except in python 3", "try:\n    pass\nexcept A, B:\n    pass\n", 3,
        "3:8 SyntaxError: multiple exception types must be parenthesized");
    row("conditional without else", "x = 1 if y\n", 3,
        "1:5 SyntaxError: expected 'else' after 'if' expression");
    row("trailing comma in import", "from a import b,\n", 3,
        "1:17 SyntaxError: trailing comma not allowed without surrounding parentheses");
    row("backquotes in python 3", "x = `1`\n", 3, "1:5 SyntaxError: invalid syntax");
    row("yield from in python 2", "def f(g):\n    yield from g\n", 2, "2:11 SyntaxError: invalid syntax");
    row("diamond in python 3", "1 <> 2\n", 3, "1:3 SyntaxError: invalid syntax");
    row("decorator without def", "@dec\nx = 1\n", 3, "2:1 SyntaxError: invalid syntax");
    row("keyword as name", "class = 1\n", 3, "1:7 SyntaxError: invalid syntax");
    row("equals in a condition", "if x = 1:\n    pass\n", 3,
        "1:4 SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    row("forgotten comma in call", "t = threading.Thread(target=worker args=(1,))\n", 3,
        "1:29 SyntaxError: invalid syntax. Perhaps you forgot a comma?");
    row("forgotten comma in list", "x = [1, 2 3]\n", 3,
        "1:9 SyntaxError: invalid syntax. Perhaps you forgot a comma?");
    row("forgotten comma after strings", "print(\"a\" \"b\" c)\n", 3,
        "1:7 SyntaxError: invalid syntax. Perhaps you forgot a comma?");
    row("bare assignment expression", "x := 1\n", 3, "1:3 SyntaxError: invalid syntax");
    row("dict key without value", "x = {'a': 1, 'b'}\n", 3,
        "1:14 SyntaxError: ':' expected after dictionary key");
    row("mixed bytes", "x = 'a' b'b'\n", 3,
        "1:5 SyntaxError: cannot mix bytes and nonbytes literals");
    row("empty f-string field", "f'{}'\n", 3,
        "1:3 SyntaxError: f-string: empty expression not allowed");
    row("bad conversion", "f'{x!z}'\n", 3,
        "1:3 SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'");
    row("unclosed f-string field", "f'{x'\n", 3, "1:3 SyntaxError: f-string: expecting '}'");
    row("single closing brace", "f'a}'\n", 3,
        "1:4 SyntaxError: f-string: single '}' is not allowed");
    row("error inside f-string field", "x = f'{a +}'\n", 3, "1:11 SyntaxError: invalid syntax");
    row("python 2: print with keyword", "print('a', end='')\n", 2,
        "1:15 SyntaxError: invalid syntax");
    row("python 2: no f-strings", "x = f'{a}'\n", 2, "1:6 SyntaxError: invalid syntax");
    // Detection: neither grammar fits; the error further into the file is reported.
    row("detect: python 3 error is further", "print('a', end='')\ntry: pass\nexcept E, e: pass\n",
        0, "3:8 SyntaxError: multiple exception types must be parenthesized");
    row("detect: python 2 error is further", "print 'a'\nx = = 1\n", 0,
        "2:5 SyntaxError: invalid syntax");
    row("detect: no print hint without explicit python 3", "print 'a' +\n", 0,
        "1:12 SyntaxError: invalid syntax");
}

void TestParser::errors() {
    QFETCH(QByteArray, source);
    QFETCH(int, version);
    QFETCH(QString, expected);
    QCOMPARE(parsed(source, version), "ERROR " + expected);
}

void TestParser::errorFormat() {
    try {
        parseProgram("if x\n", "prog/race.py", ParseMode::Python3);
        QFAIL("no error");
    } catch (const SyntaxError& error) {
        QCOMPARE(std::string(error.what()),
                 std::string("prog/race.py:1:5: error: SyntaxError: expected ':'"));
        QCOMPARE(error.file(), std::string("prog/race.py"));
        QCOMPARE(error.line(), 1);
        QCOMPARE(error.column(), 5);
        QCOMPARE(error.message(), std::string("expected ':'"));
        QCOMPARE(error.kind(), SyntaxErrorKind::Syntax);
        const ts::InputError& asInputError = error;  // the command line's one error type
        QCOMPARE(asInputError.pos().line, 1);
    }
}

void TestParser::nestingLimits() {
    auto errorOf = [](const std::string& source) -> QString {
        try {
            parseProgram(source, "t.py", ParseMode::Python3);
            return {};
        } catch (const SyntaxError& error) {
            return errorText(error);
        }
    };
    const int depth = Lexer::kMaxBracketDepth;
    QCOMPARE(errorOf("x = " + std::string(depth, '(') + "1" + std::string(depth, ')')), QString());
    QCOMPARE(errorOf("x = " + std::string(depth, '[') + std::string(depth, ']')), QString());
    QCOMPARE(errorOf("x = " + std::string(depth + 1, '(') + "1" + std::string(depth + 1, ')')),
             QStringLiteral("1:205 SyntaxError: too many nested parentheses"));

    std::string nots;
    for (int i = 0; i < 5000; ++i) nots += "not ";
    QCOMPARE(errorOf("x = " + nots + "y"),
             QStringLiteral("1:1201 SyntaxError: too many nested expressions"));
    QCOMPARE(errorOf("x = " + std::string(5000, '-') + "1"),
             QStringLiteral("1:304 SyntaxError: too many nested expressions"));
    std::string powers = "x = 2";
    for (int i = 0; i < 5000; ++i) powers += "**2";
    QVERIFY(errorOf(powers).endsWith("too many nested expressions"));
    std::string conditionals = "x = 1";
    for (int i = 0; i < 5000; ++i) conditionals += " if a else 1";
    QVERIFY(errorOf(conditionals).endsWith("too many nested expressions"));
    std::string lambdas;
    for (int i = 0; i < 2000; ++i) lambdas += "lambda: ";
    QVERIFY(errorOf("f = " + lambdas + "0").endsWith("too many nested expressions"));

    // Blocks nest up to 100 levels, like CPython; deeper is a clean IndentationError.
    std::string blocks;
    for (int level = 0; level < 101; ++level)
        blocks += std::string(static_cast<std::size_t>(level), ' ') + "if x:\n";
    blocks += std::string(101, ' ') + "pass\n";
    QCOMPARE(errorOf(blocks),
             QStringLiteral("102:102 IndentationError: too many levels of indentation"));

    // Long flat chains cost no recursion.
    std::string chain = "if a: pass\n";
    for (int i = 0; i < 3000; ++i) chain += "elif a: pass\n";
    std::string sum = "x = 1";
    for (int i = 0; i < 1500; ++i) sum += " + 1";
    QCOMPARE(errorOf(chain + sum + "\n"), QString());

    // Left-associative chains make the tree as deep as they are long; CPython gives up near
    // 10000, we at Parser::kMaxChainLength operators.
    std::string longSum = "x = 1";
    for (int i = 0; i < Parser::kMaxChainLength + 1; ++i) longSum += "+1";
    QCOMPARE(errorOf(longSum), QStringLiteral("1:4008 SyntaxError: too many nested expressions"));
    std::string attributes = "a";
    for (int i = 0; i < 3 * Parser::kMaxChainLength; ++i) attributes += ".b";
    QVERIFY(errorOf(attributes).endsWith("too many nested expressions"));
}

void TestParser::binaryGarbageNeverCrashes() {
    // Every outcome is a parse or a SyntaxError; never a crash, hang or other exception.
    std::uint32_t state = 12345;
    auto nextByte = [&] {
        state = state * 1664525u + 1013904223u;
        return static_cast<char>(state >> 24);
    };
    const std::string alphabet =
        "()[]{}:;,.'\"\\\n\t #=+-*/%<>!@`~^&|0123456789abcdefxyz_ifelsedefclassfr";
    int errors = 0;
    for (int sample = 0; sample < 400; ++sample) {
        std::string source;
        const int length = 1 + sample % 120;
        for (int i = 0; i < length; ++i) {
            char byte = nextByte();
            // Half the samples are raw bytes, half are Python-ish characters (which reach further).
            source +=
                sample % 2 ? byte : alphabet[static_cast<unsigned char>(byte) % alphabet.size()];
        }
        try {
            parseProgram(source, "g.py", ParseMode::Auto);
        } catch (const SyntaxError& error) {
            QVERIFY(error.line() >= 1);
            QVERIFY(error.column() >= 1);
            ++errors;
        }
    }
    QVERIFY(errors > 300);
}

QTEST_APPLESS_MAIN(TestParser)
#include "test_Parser.moc"
