// The expression precedence ladder, from lambda down to unary operators and powers, plus the
// comma lists, call arguments and comprehension clauses that sit around it.
#include <algorithm>
#include <memory>

#include "script/syntax/Parser.h"

namespace ts::script {

using namespace ast;

namespace {

ExprPtr makeBinary(ExprPtr left, BinaryOperator op, ExprPtr right) {
    auto node = std::make_unique<BinaryOp>(left->pos);
    node->op = op;
    node->left = std::move(left);
    node->right = std::move(right);
    return node;
}

}  // namespace

ExprPtr Parser::parseTestListStarExpr() {
    ExprPtr first = parseTestOrStar();
    if (!check(TokenKind::Comma)) return first;
    auto tuple = std::make_unique<Tuple>(first->pos);
    tuple->elements.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!startsExpression(current())) break;
        tuple->elements.push_back(parseTestOrStar());
    }
    return tuple;
}

ExprPtr Parser::parseTestOrStar() {
    if (!check(TokenKind::Star)) return parseTest();
    auto node = std::make_unique<Starred>(advance().pos);
    node->value = parseBitOr();
    return node;
}

// `name := value` where Python 3 allows it: conditions, call arguments, displays, subscripts.
ExprPtr Parser::parseNamedExprTest() {
    bool walrus = options_.version == PythonVersion::Python3 && check(TokenKind::Name) &&
                  !isKeyword(current().text) && peek(1).is(TokenKind::ColonEqual);
    if (!walrus) return parseTest();
    auto node = std::make_unique<NamedExpr>(current().pos);
    auto target = std::make_unique<ast::Name>(current().pos);
    target->id = advance().text;
    target->context = ExprContext::Store;
    advance();  // ':='
    node->target = std::move(target);
    node->value = parseTest();
    return node;
}

ExprPtr Parser::parseNamedExprOrStar() {
    if (check(TokenKind::Star)) return parseTestOrStar();
    return parseNamedExprTest();
}

ExprPtr Parser::parseYieldOrTestList() {
    if (atKeyword("yield")) return parseYield();
    return parseTestListStarExpr();
}

// Targets of for loops, comprehensions and del: bitwise-or expressions, so that `in` ends them.
ExprPtr Parser::parseTargetList() {
    auto item = [this]() -> ExprPtr {
        if (!check(TokenKind::Star)) return parseBitOr();
        auto node = std::make_unique<Starred>(advance().pos);
        node->value = parseBitOr();
        return node;
    };
    ExprPtr first = item();
    if (!check(TokenKind::Comma)) return first;
    auto tuple = std::make_unique<Tuple>(first->pos);
    tuple->elements.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (!startsExpression(current()) || atKeyword("not")) break;
        tuple->elements.push_back(item());
    }
    return tuple;
}

ExprPtr Parser::parseTest() {
    DepthGuard guard(*this);
    if (atKeyword("lambda")) return parseLambda(true);
    ExprPtr body = parseOrTest();
    if (!atKeyword("if")) return body;
    advance();
    auto node = std::make_unique<IfExp>(body->pos);
    node->body = std::move(body);
    node->test = parseOrTest();
    if (!atKeyword("else")) fail(node->body->pos, "expected 'else' after 'if' expression");
    advance();
    node->orElse = parseTest();
    return node;
}

ExprPtr Parser::parseTestNoCondition() {
    DepthGuard guard(*this);
    if (atKeyword("lambda")) return parseLambda(false);
    return parseOrTest();
}

ExprPtr Parser::parseLambda(bool allowConditional) {
    auto node = std::make_unique<Lambda>(advance().pos);
    node->params = parseParameters(false, TokenKind::Colon);
    expect(TokenKind::Colon);
    scopes_.push_back(Scope{Scope::Kind::Lambda});
    node->body = allowConditional ? parseTest() : parseTestNoCondition();
    scopes_.pop_back();
    return node;
}

ExprPtr Parser::parseOrTest() {
    ExprPtr first = parseAndTest();
    if (!atKeyword("or")) return first;
    auto node = std::make_unique<BoolOp>(first->pos);
    node->op = BoolOperator::Or;
    node->values.push_back(std::move(first));
    while (acceptKeyword("or")) node->values.push_back(parseAndTest());
    return node;
}

ExprPtr Parser::parseAndTest() {
    ExprPtr first = parseNotTest();
    if (!atKeyword("and")) return first;
    auto node = std::make_unique<BoolOp>(first->pos);
    node->op = BoolOperator::And;
    node->values.push_back(std::move(first));
    while (acceptKeyword("and")) node->values.push_back(parseNotTest());
    return node;
}

ExprPtr Parser::parseNotTest() {
    if (!atKeyword("not")) return parseComparison();
    DepthGuard guard(*this);
    auto node = std::make_unique<UnaryOp>(advance().pos);
    node->op = UnaryOperator::Not;
    node->operand = parseNotTest();
    return node;
}

ExprPtr Parser::parseComparison() {
    ExprPtr left = parseBitOr();
    std::unique_ptr<Compare> node;
    for (;;) {
        CompareOperator op{};
        bool done = false;
        switch (current().kind) {
            case TokenKind::Less:
                op = CompareOperator::Lt;
                break;
            case TokenKind::Greater:
                op = CompareOperator::Gt;
                break;
            case TokenKind::EqEqual:
                op = CompareOperator::Eq;
                break;
            case TokenKind::NotEqual:
                op = CompareOperator::NotEq;
                break;
            case TokenKind::LessEqual:
                op = CompareOperator::LtE;
                break;
            case TokenKind::GreaterEqual:
                op = CompareOperator::GtE;
                break;
            case TokenKind::LegacyNotEqual:
                if (options_.version == PythonVersion::Python3) failUnexpected();
                op = CompareOperator::NotEq;
                break;
            case TokenKind::Name:
                if (atKeyword("in")) {
                    op = CompareOperator::In;
                } else if (atKeyword("is")) {
                    op = peek(1).isName("not") ? CompareOperator::IsNot : CompareOperator::Is;
                } else if (atKeyword("not") && peek(1).isName("in")) {
                    op = CompareOperator::NotIn;
                } else {
                    op = CompareOperator::Eq;
                    done = true;
                }
                break;
            default:
                done = true;
                break;
        }
        if (done) {
            if (node) return node;
            return left;
        }
        advance();
        if (op == CompareOperator::IsNot || op == CompareOperator::NotIn) advance();
        if (!node) {
            node = std::make_unique<Compare>(left->pos);
            node->left = std::move(left);
        }
        node->ops.push_back(op);
        node->comparators.push_back(parseBitOr());
    }
}

ExprPtr Parser::parseBitOr() {
    ExprPtr left = parseBitXor();
    int links = 0;
    while (accept(TokenKind::VBar)) {
        countChainLink(links);
        left = makeBinary(std::move(left), BinaryOperator::BitOr, parseBitXor());
    }
    return left;
}

ExprPtr Parser::parseBitXor() {
    ExprPtr left = parseBitAnd();
    int links = 0;
    while (accept(TokenKind::Circumflex)) {
        countChainLink(links);
        left = makeBinary(std::move(left), BinaryOperator::BitXor, parseBitAnd());
    }
    return left;
}

ExprPtr Parser::parseBitAnd() {
    ExprPtr left = parseShift();
    int links = 0;
    while (accept(TokenKind::Amper)) {
        countChainLink(links);
        left = makeBinary(std::move(left), BinaryOperator::BitAnd, parseShift());
    }
    return left;
}

ExprPtr Parser::parseShift() {
    ExprPtr left = parseArith();
    for (int links = 0;; countChainLink(links)) {
        if (accept(TokenKind::LeftShift))
            left = makeBinary(std::move(left), BinaryOperator::LShift, parseArith());
        else if (accept(TokenKind::RightShift))
            left = makeBinary(std::move(left), BinaryOperator::RShift, parseArith());
        else
            return left;
    }
}

ExprPtr Parser::parseArith() {
    ExprPtr left = parseTerm();
    for (int links = 0;; countChainLink(links)) {
        if (accept(TokenKind::Plus))
            left = makeBinary(std::move(left), BinaryOperator::Add, parseTerm());
        else if (accept(TokenKind::Minus))
            left = makeBinary(std::move(left), BinaryOperator::Sub, parseTerm());
        else
            return left;
    }
}

ExprPtr Parser::parseTerm() {
    ExprPtr left = parseFactor();
    for (int links = 0;; countChainLink(links)) {
        BinaryOperator op{};
        switch (current().kind) {
            case TokenKind::Star:
                op = BinaryOperator::Mul;
                break;
            case TokenKind::Slash:
                op = BinaryOperator::Div;
                break;
            case TokenKind::DoubleSlash:
                op = BinaryOperator::FloorDiv;
                break;
            case TokenKind::Percent:
                op = BinaryOperator::Mod;
                break;
            case TokenKind::At:
                op = BinaryOperator::MatMul;
                break;
            default:
                return left;
        }
        advance();
        left = makeBinary(std::move(left), op, parseFactor());
    }
}

ExprPtr Parser::parseFactor() {
    UnaryOperator op{};
    switch (current().kind) {
        case TokenKind::Plus:
            op = UnaryOperator::Plus;
            break;
        case TokenKind::Minus:
            op = UnaryOperator::Minus;
            break;
        case TokenKind::Tilde:
            op = UnaryOperator::Invert;
            break;
        default:
            return parsePower();
    }
    DepthGuard guard(*this);
    auto node = std::make_unique<UnaryOp>(advance().pos);
    node->op = op;
    node->operand = parseFactor();
    return node;
}

ExprPtr Parser::parsePower() {
    ExprPtr base = parseAtomWithTrailers();
    if (!accept(TokenKind::DoubleStar)) return base;
    DepthGuard guard(*this);  // a ** b ** c ... recurses to the right
    return makeBinary(std::move(base), BinaryOperator::Pow, parseFactor());
}

ArgumentList Parser::parseArguments(TokenKind closing) {
    using Kind = Argument::Kind;
    ArgumentList args;
    bool sawKeyword = false;
    bool sawDoubleStar = false;
    while (!check(closing)) {
        Argument arg;
        arg.pos = current().pos;
        if (accept(TokenKind::Star)) {
            if (sawDoubleStar)
                fail(arg.pos, "iterable argument unpacking follows keyword argument unpacking");
            arg.kind = Kind::Star;
            arg.value = parseTest();
        } else if (accept(TokenKind::DoubleStar)) {
            arg.kind = Kind::DoubleStar;
            arg.value = parseTest();
            sawDoubleStar = true;
        } else {
            ExprPtr value = parseNamedExprTest();
            if (check(TokenKind::Equal)) {
                if (!value->is<Name>())
                    fail(value->pos,
                         "expression cannot contain assignment, perhaps you meant \"==\"?");
                advance();
                arg.kind = Kind::Keyword;
                arg.name = value->as<Name>().id;
                bool repeated = std::any_of(args.begin(), args.end(), [&](const Argument& a) {
                    return a.kind == Kind::Keyword && a.name == arg.name;
                });
                if (repeated) fail(arg.pos, "keyword argument repeated: " + arg.name);
                arg.value = parseTest();
                sawKeyword = true;
            } else if (atKeyword("for")) {
                auto generator = std::make_unique<GeneratorExp>(value->pos);
                generator->element = std::move(value);
                generator->generators = parseComprehensionClauses();
                bool alone = args.empty() &&
                             (check(closing) || (check(TokenKind::Comma) && peek(1).is(closing)));
                if (!alone) fail(generator->pos, "Generator expression must be parenthesized");
                arg.value = std::move(generator);
            } else {
                if (sawDoubleStar)
                    fail(arg.pos, "positional argument follows keyword argument unpacking");
                if (sawKeyword) fail(arg.pos, "positional argument follows keyword argument");
                arg.value = std::move(value);
            }
        }
        args.push_back(std::move(arg));
        if (!accept(TokenKind::Comma)) break;
    }
    if (!args.empty() && !check(closing)) checkForgottenComma(*args.back().value);
    return args;
}

ComprehensionList Parser::parseComprehensionClauses() {
    ComprehensionList clauses;
    while (atKeyword("for")) {
        Comprehension clause;
        clause.pos = advance().pos;
        clause.target = parseTargetList();
        setTargetContext(*clause.target, ExprContext::Store);
        expectKeyword("in");
        clause.iter = parseOrTest();
        while (acceptKeyword("if")) clause.conditions.push_back(parseTestNoCondition());
        clauses.push_back(std::move(clause));
    }
    return clauses;
}

}  // namespace ts::script
