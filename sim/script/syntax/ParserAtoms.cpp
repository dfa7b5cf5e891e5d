// Atoms (names, literals, displays, parenthesised forms) and their trailers: calls,
// subscripts and attribute access.
#include <memory>

#include "script/syntax/Parser.h"

namespace ts::script {

using namespace ast;

ExprPtr Parser::parseAtomWithTrailers() {
    ExprPtr expr = parseAtom();
    for (int links = 0;; countChainLink(links)) {
        if (accept(TokenKind::LParen)) {
            auto call = std::make_unique<Call>(expr->pos);
            call->func = std::move(expr);
            call->args = parseArguments(TokenKind::RParen);
            expect(TokenKind::RParen);
            expr = std::move(call);
        } else if (accept(TokenKind::LBracket)) {
            auto subscript = std::make_unique<Subscript>(expr->pos);
            subscript->value = std::move(expr);
            subscript->index = parseSubscriptIndex();
            checkForgottenComma(*subscript->index);
            expect(TokenKind::RBracket);
            expr = std::move(subscript);
        } else if (accept(TokenKind::Dot)) {
            auto attribute = std::make_unique<Attribute>(expr->pos);
            attribute->value = std::move(expr);
            // Python 2 code calls methods named like Python 3 keywords and vice versa
            // (obj.print, obj.exec); only the current version's keywords are refused.
            const Token& name = current();
            if (!name.is(TokenKind::Name) ||
                (isKeyword(name.text) && name.text != "print" && name.text != "exec"))
                failUnexpected();
            attribute->attr = advance().text;
            expr = std::move(attribute);
        } else {
            return expr;
        }
    }
}

ExprPtr Parser::parseAtom() {
    const Token& token = current();
    SourcePos pos = token.pos;
    switch (token.kind) {
        case TokenKind::LParen:
            return parseParenthesised();
        case TokenKind::LBracket:
            return parseListDisplay();
        case TokenKind::LBrace:
            return parseBraceDisplay();
        case TokenKind::Number:
            return parseNumber();
        case TokenKind::String:
            return parseStrings();
        case TokenKind::Ellipsis:
            advance();
            return std::make_unique<EllipsisLiteral>(pos);
        case TokenKind::Backquote: {
            if (options_.version == PythonVersion::Python3) failUnexpected();
            advance();
            auto node = std::make_unique<Repr>(pos);
            node->value = parseTestListStarExpr();
            expect(TokenKind::Backquote);
            return node;
        }
        case TokenKind::Name: {
            const std::string& name = token.text;
            if (name == "None") {
                advance();
                return std::make_unique<NoneLiteral>(pos);
            }
            if (name == "True" || name == "False") {
                auto node = std::make_unique<BoolLiteral>(pos);
                node->value = name == "True";
                advance();
                return node;
            }
            if (isKeyword(name)) failUnexpected();
            auto node = std::make_unique<ast::Name>(pos);
            node->id = advance().text;
            return node;
        }
        default:
            failUnexpected();
    }
}

ExprPtr Parser::parseNumber() {
    const Token& token = advance();
    switch (token.numberKind) {
        case NumberKind::Float: {
            auto node = std::make_unique<FloatLiteral>(token.pos);
            node->value = token.floatValue;
            return node;
        }
        case NumberKind::Imaginary: {
            auto node = std::make_unique<ImaginaryLiteral>(token.pos);
            node->value = token.floatValue;
            return node;
        }
        case NumberKind::Int:
            break;
    }
    auto node = std::make_unique<IntLiteral>(token.pos);
    node->value = token.intValue;
    node->bigDecimal = token.bigIntDecimal;
    return node;
}

// ( ), (x), (x,), (x, y), (x for ...), (yield x)
ExprPtr Parser::parseParenthesised() {
    SourcePos pos = advance().pos;
    if (accept(TokenKind::RParen)) return std::make_unique<Tuple>(pos);
    if (atKeyword("yield")) {
        ExprPtr yield = parseYield();
        expect(TokenKind::RParen);
        return yield;
    }
    ExprPtr first = parseNamedExprOrStar();
    if (atKeyword("for")) {
        auto generator = std::make_unique<GeneratorExp>(pos);
        generator->element = std::move(first);
        generator->generators = parseComprehensionClauses();
        expect(TokenKind::RParen);
        return generator;
    }
    if (!check(TokenKind::Comma)) {
        checkForgottenComma(*first);
        expect(TokenKind::RParen);
        return first;
    }
    auto tuple = std::make_unique<Tuple>(pos);
    tuple->elements.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RParen)) break;
        tuple->elements.push_back(parseNamedExprOrStar());
    }
    checkForgottenComma(*tuple->elements.back());
    expect(TokenKind::RParen);
    return tuple;
}

ExprPtr Parser::parseListDisplay() {
    SourcePos pos = advance().pos;
    auto list = std::make_unique<List>(pos);
    if (accept(TokenKind::RBracket)) return list;
    ExprPtr first = parseNamedExprOrStar();
    if (atKeyword("for")) {
        auto comprehension = std::make_unique<ListComp>(pos);
        comprehension->element = std::move(first);
        comprehension->generators = parseComprehensionClauses();
        expect(TokenKind::RBracket);
        return comprehension;
    }
    list->elements.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RBracket)) break;
        list->elements.push_back(parseNamedExprOrStar());
    }
    checkForgottenComma(*list->elements.back());
    expect(TokenKind::RBracket);
    return list;
}

// {}, {k: v, **d}, {k: v for ...}, {a, *b}, {x for ...}
ExprPtr Parser::parseBraceDisplay() {
    SourcePos pos = advance().pos;
    auto dict = std::make_unique<Dict>(pos);
    if (accept(TokenKind::RBrace)) return dict;

    bool isDict = check(TokenKind::DoubleStar);
    ExprPtr firstKey;
    ExprPtr firstValue;
    if (isDict) {
        advance();
        firstValue = parseBitOr();
    } else {
        firstKey = parseNamedExprOrStar();
        if (accept(TokenKind::Colon)) {
            isDict = true;
            firstValue = parseTest();
        }
    }

    if (!isDict) {
        if (atKeyword("for")) {
            auto comprehension = std::make_unique<SetComp>(pos);
            comprehension->element = std::move(firstKey);
            comprehension->generators = parseComprehensionClauses();
            expect(TokenKind::RBrace);
            return comprehension;
        }
        auto set = std::make_unique<Set>(pos);
        set->elements.push_back(std::move(firstKey));
        while (accept(TokenKind::Comma)) {
            if (check(TokenKind::RBrace)) break;
            set->elements.push_back(parseNamedExprOrStar());
        }
        checkForgottenComma(*set->elements.back());
        expect(TokenKind::RBrace);
        return set;
    }

    if (firstKey && atKeyword("for")) {
        auto comprehension = std::make_unique<DictComp>(pos);
        comprehension->key = std::move(firstKey);
        comprehension->value = std::move(firstValue);
        comprehension->generators = parseComprehensionClauses();
        expect(TokenKind::RBrace);
        return comprehension;
    }
    dict->keys.push_back(std::move(firstKey));
    dict->values.push_back(std::move(firstValue));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RBrace)) break;
        if (accept(TokenKind::DoubleStar)) {
            dict->keys.push_back(nullptr);
            dict->values.push_back(parseBitOr());
            continue;
        }
        dict->keys.push_back(parseTest());
        if (!check(TokenKind::Colon))
            fail(dict->keys.back()->pos, "':' expected after dictionary key");
        advance();
        dict->values.push_back(parseTest());
    }
    checkForgottenComma(*dict->values.back());
    expect(TokenKind::RBrace);
    return dict;
}

ExprPtr Parser::parseSubscriptIndex() {
    ExprPtr first = parseSubscriptItem();
    if (!check(TokenKind::Comma)) return first;
    auto tuple = std::make_unique<Tuple>(first->pos);
    tuple->elements.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
        if (check(TokenKind::RBracket)) break;
        tuple->elements.push_back(parseSubscriptItem());
    }
    return tuple;
}

// x, or a slice lower:upper:step with every part optional.
ExprPtr Parser::parseSubscriptItem() {
    ExprPtr lower;
    if (!check(TokenKind::Colon)) {
        lower = parseNamedExprOrStar();
        if (!check(TokenKind::Colon)) return lower;
    }
    auto slice = std::make_unique<Slice>(lower ? lower->pos : current().pos);
    slice->lower = std::move(lower);
    advance();  // ':'
    auto endsPart = [this] {
        return check(TokenKind::Colon) || check(TokenKind::Comma) || check(TokenKind::RBracket);
    };
    if (!endsPart()) slice->upper = parseTest();
    if (accept(TokenKind::Colon) && !check(TokenKind::Comma) && !check(TokenKind::RBracket))
        slice->step = parseTest();
    return slice;
}

ExprPtr Parser::parseYield() {
    SourcePos pos = advance().pos;
    if (scope().kind != Scope::Kind::Function && scope().kind != Scope::Kind::Lambda)
        fail(pos, "'yield' outside function");
    scope().sawYield = true;
    if (options_.version == PythonVersion::Python3 && acceptKeyword("from")) {  // 3.3+
        auto node = std::make_unique<YieldFrom>(pos);
        node->value = parseTest();
        return node;
    }
    auto node = std::make_unique<Yield>(pos);
    if (startsExpression(current()) && !atKeyword("yield")) node->value = parseTestListStarExpr();
    return node;
}

}  // namespace ts::script
