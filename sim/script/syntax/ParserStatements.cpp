// Simple statements: everything that fits on one logical line.
#include <memory>

#include "script/syntax/Parser.h"

namespace ts::script {

using namespace ast;

namespace {

bool augmentedOperator(TokenKind kind, BinaryOperator& op) {
    switch (kind) {
        case TokenKind::PlusEqual:
            op = BinaryOperator::Add;
            return true;
        case TokenKind::MinusEqual:
            op = BinaryOperator::Sub;
            return true;
        case TokenKind::StarEqual:
            op = BinaryOperator::Mul;
            return true;
        case TokenKind::AtEqual:
            op = BinaryOperator::MatMul;
            return true;
        case TokenKind::SlashEqual:
            op = BinaryOperator::Div;
            return true;
        case TokenKind::DoubleSlashEqual:
            op = BinaryOperator::FloorDiv;
            return true;
        case TokenKind::PercentEqual:
            op = BinaryOperator::Mod;
            return true;
        case TokenKind::DoubleStarEqual:
            op = BinaryOperator::Pow;
            return true;
        case TokenKind::LeftShiftEqual:
            op = BinaryOperator::LShift;
            return true;
        case TokenKind::RightShiftEqual:
            op = BinaryOperator::RShift;
            return true;
        case TokenKind::AmperEqual:
            op = BinaryOperator::BitAnd;
            return true;
        case TokenKind::VBarEqual:
            op = BinaryOperator::BitOr;
            return true;
        case TokenKind::CircumflexEqual:
            op = BinaryOperator::BitXor;
            return true;
        default:
            return false;
    }
}

bool isNamed(const Expr& e, const char* name) {
    return e.is<Name>() && e.as<Name>().id == name;
}

// `print >>f, x` read as Python 3: a tuple whose first element is `print >> f`.
bool isPrintChevron(const Expr& e) {
    const Expr* first = &e;
    if (e.is<Tuple>() && !e.as<Tuple>().elements.empty())
        first = e.as<Tuple>().elements.front().get();
    return first->is<BinaryOp>() && first->as<BinaryOp>().op == BinaryOperator::RShift &&
           isNamed(*first->as<BinaryOp>().left, "print");
}

}  // namespace

void Parser::parseStatement(Block& out) {
    const Token& token = current();
    if (token.is(TokenKind::At)) {
        out.push_back(parseDecorated());
        return;
    }
    if (token.is(TokenKind::Name) && isKeyword(token.text)) {
        const std::string& k = token.text;
        if (k == "if") {
            out.push_back(parseIf());
            return;
        }
        if (k == "while") {
            out.push_back(parseWhile());
            return;
        }
        if (k == "for") {
            out.push_back(parseFor());
            return;
        }
        if (k == "try") {
            out.push_back(parseTry());
            return;
        }
        if (k == "with") {
            out.push_back(parseWith());
            return;
        }
        if (k == "def") {
            out.push_back(parseFunctionDef({}));
            return;
        }
        if (k == "class") {
            out.push_back(parseClassDef({}));
            return;
        }
    }
    if (token.is(TokenKind::Indent)) failUnexpected();
    parseSimpleStatements(out);
}

void Parser::parseSimpleStatements(Block& out) {
    for (;;) {
        out.push_back(parseSmallStatement());
        if (options_.version == PythonVersion::Python3) checkPrintStatementInPython3(*out.back());
        if (!accept(TokenKind::Semicolon)) break;
        if (check(TokenKind::Newline) || check(TokenKind::EndMarker)) break;
    }
    if (check(TokenKind::EndMarker)) return;
    expect(TokenKind::Newline);
}

// In Python 3, `print "x"` stops right after the name; say what CPython says when the user asked
// for Python 3 explicitly. A bare `print` or `print >>f, x` is valid Python 3 but almost
// certainly meant as Python 2: note it, so that automatic detection can prefer Python 2.
void Parser::checkPrintStatementInPython3(const Stmt& statement) {
    if (!statement.is<ExprStmt>()) return;
    const Expr& value = *statement.as<ExprStmt>().value;
    bool bareName = isNamed(value, "print") || isNamed(value, "exec");
    if (bareName && !atEndOfSimpleStatement() && startsExpression(current())) {
        if (options_.suggestPrintCall) {
            const std::string& name = value.as<Name>().id;
            fail(value.pos,
                 "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
        }
        failUnexpected();
    }
    if (isNamed(value, "print") || isPrintChevron(value)) python2Hint_ = true;
}

StmtPtr Parser::parseSmallStatement() {
    const Token& token = current();
    SourcePos pos = token.pos;
    if (!token.is(TokenKind::Name) || !isKeyword(token.text)) return parseExpressionStatement();
    const std::string k = token.text;
    if (k == "pass") {
        advance();
        return std::make_unique<Pass>(pos);
    }
    if (k == "break") {
        if (scope().loopDepth == 0) fail(pos, "'break' outside loop");
        advance();
        return std::make_unique<Break>(pos);
    }
    if (k == "continue") {
        if (scope().loopDepth == 0) fail(pos, "'continue' not properly in loop");
        advance();
        return std::make_unique<Continue>(pos);
    }
    if (k == "return") {
        if (scope().kind != Scope::Kind::Function) fail(pos, "'return' outside function");
        advance();
        auto node = std::make_unique<Return>(pos);
        if (!atEndOfSimpleStatement()) node->value = parseTestListStarExpr();
        return node;
    }
    if (k == "raise") return parseRaise();
    if (k == "global" || k == "nonlocal") {
        advance();
        if (k == "nonlocal" && scope().kind == Scope::Kind::Module)
            fail(pos, "nonlocal declaration not allowed at module level");
        std::vector<std::string> names{expectIdentifier()};
        while (accept(TokenKind::Comma)) names.push_back(expectIdentifier());
        if (k == "global") {
            auto node = std::make_unique<Global>(pos);
            node->names = std::move(names);
            return node;
        }
        auto node = std::make_unique<Nonlocal>(pos);
        node->names = std::move(names);
        return node;
    }
    if (k == "del") {
        advance();
        auto node = std::make_unique<Delete>(pos);
        ExprPtr targets = parseTargetList();
        // `del a, b` deletes each name; a parenthesised tuple is deleted element-wise too.
        if (targets->is<Tuple>()) {
            for (ExprPtr& target : targets->as<Tuple>().elements) {
                setTargetContext(*target, ExprContext::Del);
                node->targets.push_back(std::move(target));
            }
        } else {
            setTargetContext(*targets, ExprContext::Del);
            node->targets.push_back(std::move(targets));
        }
        return node;
    }
    if (k == "assert") {
        advance();
        auto node = std::make_unique<Assert>(pos);
        node->test = parseTest();
        if (accept(TokenKind::Comma)) node->message = parseTest();
        return node;
    }
    if (k == "import") return parseImport();
    if (k == "from") return parseFromImport();
    if (k == "print") return parsePrint();
    if (k == "exec") return parseExec();
    return parseExpressionStatement();  // reports keywords that cannot start a statement
}

StmtPtr Parser::parseExpressionStatement() {
    SourcePos pos = current().pos;
    ExprPtr first = parseYieldOrTestList();

    if (check(TokenKind::Colon) && options_.version == PythonVersion::Python3) {
        checkAnnotatedTarget(*first);
        advance();
        auto node = std::make_unique<AnnAssign>(pos);
        setTargetContext(*first, ExprContext::Store);
        node->target = std::move(first);
        node->annotation = parseTest();
        if (accept(TokenKind::Equal)) node->value = parseYieldOrTestList();
        return node;
    }
    BinaryOperator op{};
    if (augmentedOperator(current().kind, op)) {
        checkAugmentedTarget(*first);
        advance();
        auto node = std::make_unique<AugAssign>(pos);
        setTargetContext(*first, ExprContext::Store);
        node->target = std::move(first);
        node->op = op;
        node->value = parseYieldOrTestList();
        return node;
    }
    if (check(TokenKind::Equal)) {
        auto node = std::make_unique<Assign>(pos);
        node->targets.push_back(std::move(first));
        while (accept(TokenKind::Equal)) node->targets.push_back(parseYieldOrTestList());
        node->value = std::move(node->targets.back());
        node->targets.pop_back();
        for (ExprPtr& target : node->targets) setTargetContext(*target, ExprContext::Store);
        return node;
    }
    auto node = std::make_unique<ExprStmt>(pos);
    node->value = std::move(first);
    return node;
}

StmtPtr Parser::parseImport() {
    auto node = std::make_unique<Import>(advance().pos);
    do {
        ImportAlias alias;
        alias.pos = current().pos;
        alias.name = expectIdentifier();
        while (accept(TokenKind::Dot)) alias.name += "." + expectIdentifier();
        if (acceptKeyword("as")) alias.asName = expectIdentifier();
        node->names.push_back(std::move(alias));
    } while (accept(TokenKind::Comma));
    return node;
}

StmtPtr Parser::parseFromImport() {
    auto node = std::make_unique<ImportFrom>(advance().pos);
    for (;;) {
        if (accept(TokenKind::Dot))
            node->level += 1;
        else if (accept(TokenKind::Ellipsis))
            node->level += 3;
        else
            break;
    }
    if (!atKeyword("import")) {
        node->module = expectIdentifier();
        while (accept(TokenKind::Dot)) node->module += "." + expectIdentifier();
    }
    expectKeyword("import");
    if (check(TokenKind::Star)) {
        node->names.push_back(ImportAlias{"*", "", advance().pos});
        return node;
    }
    bool parenthesised = accept(TokenKind::LParen);
    for (;;) {
        ImportAlias alias;
        alias.pos = current().pos;
        alias.name = expectIdentifier();
        if (acceptKeyword("as")) alias.asName = expectIdentifier();
        node->names.push_back(std::move(alias));
        if (!check(TokenKind::Comma)) break;
        advance();
        if (parenthesised && check(TokenKind::RParen)) break;
        if (!parenthesised && atEndOfSimpleStatement())
            fail(current().pos, "trailing comma not allowed without surrounding parentheses");
    }
    if (parenthesised) expect(TokenKind::RParen);
    if (node->module == "__future__" && node->level == 0) {
        for (const ImportAlias& alias : node->names)
            if (alias.name == "print_function") printIsFunction_ = true;
    }
    return node;
}

StmtPtr Parser::parseRaise() {
    auto node = std::make_unique<Raise>(advance().pos);
    if (atEndOfSimpleStatement()) return node;
    node->exception = parseTest();
    if (options_.version == PythonVersion::Python3) {
        if (acceptKeyword("from")) node->cause = parseTest();
    } else if (accept(TokenKind::Comma)) {
        node->legacyValue = parseTest();
        if (accept(TokenKind::Comma)) node->legacyTraceback = parseTest();
    }
    return node;
}

StmtPtr Parser::parsePrint() {
    auto node = std::make_unique<Print>(advance().pos);
    bool needValue = false;
    if (accept(TokenKind::RightShift)) {
        node->destination = parseTest();
        if (!accept(TokenKind::Comma)) return node;
        needValue = true;  // `print >>f,` is invalid
    }
    while (!atEndOfSimpleStatement()) {
        node->values.push_back(parseTest());
        needValue = false;
        if (!accept(TokenKind::Comma)) return node;
        node->newline = false;
        if (atEndOfSimpleStatement()) break;
        node->newline = true;
    }
    if (needValue) failUnexpected();
    return node;
}

StmtPtr Parser::parseExec() {
    auto node = std::make_unique<Exec>(advance().pos);
    node->body = parseBitOr();
    if (acceptKeyword("in")) {
        node->globals = parseTest();
        if (accept(TokenKind::Comma)) node->locals = parseTest();
    }
    return node;
}

}  // namespace ts::script
