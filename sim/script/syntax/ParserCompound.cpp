// Compound statements: blocks, if/while/for/try/with, function and class definitions.
#include <algorithm>
#include <memory>

#include "script/syntax/Parser.h"

namespace ts::script {

using namespace ast;

Block Parser::parseBlock(const std::string& owner, int ownerLine) {
    expectColon();
    Block block;
    if (!accept(TokenKind::Newline)) {
        parseSimpleStatements(block);
        return block;
    }
    if (!check(TokenKind::Indent))
        fail(current().pos,
             "expected an indented block after " + owner + " on line " + std::to_string(ownerLine),
             SyntaxErrorKind::Indentation);
    advance();
    while (!accept(TokenKind::Dedent)) {
        if (check(TokenKind::EndMarker)) break;
        parseStatement(block);
    }
    return block;
}

Block Parser::parseLoopBody(const std::string& owner, int ownerLine) {
    ++scope().loopDepth;
    Block body = parseBlock(owner, ownerLine);
    --scope().loopDepth;
    return body;
}

StmtPtr Parser::parseIf() {
    const Token& ifToken = advance();
    auto root = std::make_unique<If>(ifToken.pos);
    root->test = parseNamedExprTest();
    checkEqualsInCondition(*root->test);
    root->body = parseBlock("'if' statement", ifToken.pos.line);
    // elif chains become nested Ifs; walk them iteratively so long chains cost no stack.
    If* last = root.get();
    while (atKeyword("elif")) {
        const Token& elifToken = advance();
        auto elif = std::make_unique<If>(elifToken.pos);
        elif->test = parseNamedExprTest();
        checkEqualsInCondition(*elif->test);
        elif->body = parseBlock("'elif' statement", elifToken.pos.line);
        If* next = elif.get();
        last->orElse.push_back(std::move(elif));
        last = next;
    }
    if (atKeyword("else")) {
        int line = advance().pos.line;
        last->orElse = parseBlock("'else' statement", line);
    }
    return root;
}

StmtPtr Parser::parseWhile() {
    const Token& keyword = advance();
    auto node = std::make_unique<While>(keyword.pos);
    node->test = parseNamedExprTest();
    checkEqualsInCondition(*node->test);
    node->body = parseLoopBody("'while' statement", keyword.pos.line);
    if (atKeyword("else")) {
        int line = advance().pos.line;
        node->orElse = parseBlock("'else' statement", line);
    }
    return node;
}

StmtPtr Parser::parseFor() {
    const Token& keyword = advance();
    auto node = std::make_unique<For>(keyword.pos);
    node->target = parseTargetList();
    setTargetContext(*node->target, ExprContext::Store);
    expectKeyword("in");
    node->iter = parseTestListStarExpr();
    node->body = parseLoopBody("'for' statement", keyword.pos.line);
    if (atKeyword("else")) {
        int line = advance().pos.line;
        node->orElse = parseBlock("'else' statement", line);
    }
    return node;
}

StmtPtr Parser::parseTry() {
    const Token& keyword = advance();
    auto node = std::make_unique<Try>(keyword.pos);
    node->body = parseBlock("'try' statement", keyword.pos.line);
    while (atKeyword("except")) {
        ExceptHandler handler;
        handler.pos = advance().pos;
        if (!check(TokenKind::Colon)) {
            handler.type = parseTest();
            if (acceptKeyword("as")) {
                handler.name = expectIdentifier();
            } else if (check(TokenKind::Comma)) {
                if (options_.version == PythonVersion::Python3)
                    fail(handler.type->pos, "multiple exception types must be parenthesized");
                advance();
                handler.name = expectIdentifier();
            }
        }
        handler.body = parseBlock("'except' statement", handler.pos.line);
        node->handlers.push_back(std::move(handler));
    }
    for (std::size_t i = 0; i + 1 < node->handlers.size(); ++i)
        if (!node->handlers[i].type) fail(node->handlers[i].pos, "default 'except:' must be last");
    if (!node->handlers.empty() && atKeyword("else")) {
        int line = advance().pos.line;
        node->orElse = parseBlock("'else' statement", line);
    }
    if (atKeyword("finally")) {
        int line = advance().pos.line;
        node->finalBody = parseBlock("'finally' statement", line);
    }
    if (node->handlers.empty() && node->finalBody.empty())
        fail(check(TokenKind::EndMarker) && lastNewlinePos_.known() ? lastNewlinePos_
                                                                    : current().pos,
             "expected 'except' or 'finally' block");
    return node;
}

std::vector<WithItem> Parser::parseWithItems(TokenKind closing) {
    std::vector<WithItem> items;
    do {
        if (check(closing)) break;  // trailing comma inside parentheses
        WithItem item;
        item.context = parseTest();
        if (acceptKeyword("as")) {
            item.target = parseBitOr();
            setTargetContext(*item.target, ExprContext::Store);
        }
        items.push_back(std::move(item));
    } while (accept(TokenKind::Comma));
    return items;
}

StmtPtr Parser::parseWith() {
    const Token& keyword = advance();
    auto node = std::make_unique<With>(keyword.pos);
    // Python 3.10's `with (a as b, c as d):` first; when the parentheses turn out to be part of
    // an expression (`with (a, b) as c:`), read the statement again the classic way.
    if (check(TokenKind::LParen) && options_.version == PythonVersion::Python3) {
        const std::size_t start = index_;
        const int depth = expressionDepth_;
        try {
            advance();
            std::vector<WithItem> items = parseWithItems(TokenKind::RParen);
            if (!items.empty() && accept(TokenKind::RParen) && check(TokenKind::Colon))
                node->items = std::move(items);
        } catch (const SyntaxError&) {
        }
        if (node->items.empty()) {
            index_ = start;
            expressionDepth_ = depth;
        }
    }
    if (node->items.empty()) {
        node->items = parseWithItems(TokenKind::EndMarker);
        if (node->items.empty()) failUnexpected();
    }
    node->body = parseBlock("'with' statement", keyword.pos.line);
    return node;
}

StmtPtr Parser::parseDecorated() {
    ExprList decorators;
    while (accept(TokenKind::At)) {
        decorators.push_back(parseNamedExprTest());
        expect(TokenKind::Newline);
    }
    if (atKeyword("def")) return parseFunctionDef(std::move(decorators));
    if (atKeyword("class")) return parseClassDef(std::move(decorators));
    failUnexpected();
}

StmtPtr Parser::parseFunctionDef(ExprList decorators) {
    const Token& keyword = advance();
    auto node = std::make_unique<FunctionDef>(keyword.pos);
    node->decorators = std::move(decorators);
    node->name = expectIdentifier();
    expect(TokenKind::LParen);
    node->params = parseParameters(true, TokenKind::RParen);
    expect(TokenKind::RParen);
    if (accept(TokenKind::RArrow)) node->returns = parseTest();
    scopes_.push_back(Scope{Scope::Kind::Function});
    node->body = parseBlock("function definition", keyword.pos.line);
    node->isGenerator = scope().sawYield;
    scopes_.pop_back();
    return node;
}

StmtPtr Parser::parseClassDef(ExprList decorators) {
    const Token& keyword = advance();
    auto node = std::make_unique<ClassDef>(keyword.pos);
    node->decorators = std::move(decorators);
    node->name = expectIdentifier();
    if (accept(TokenKind::LParen)) {
        node->bases = parseArguments(TokenKind::RParen);
        expect(TokenKind::RParen);
    }
    scopes_.push_back(Scope{Scope::Kind::Class});
    node->body = parseBlock("class definition", keyword.pos.line);
    scopes_.pop_back();
    return node;
}

// Parameters of a def (annotations allowed) or a lambda, up to (not including) `closing`.
ParameterList Parser::parseParameters(bool allowAnnotations, TokenKind closing) {
    using Kind = Parameter::Kind;
    ParameterList params;
    bool keywordOnly = false;  // after * or *args
    bool sawVarKeywords = false;
    bool sawDefault = false;
    bool sawSlash = false;
    auto addNamed = [&](Kind kind) -> Parameter& {
        Parameter param;
        param.pos = current().pos;
        param.kind = kind;
        param.name = expectIdentifier();
        bool duplicate = std::any_of(params.begin(), params.end(),
                                     [&](const Parameter& p) { return p.name == param.name; });
        if (duplicate)
            fail(param.pos, "duplicate argument '" + param.name + "' in function definition");
        if (allowAnnotations && accept(TokenKind::Colon)) param.annotation = parseTest();
        params.push_back(std::move(param));
        return params.back();
    };
    while (!check(closing)) {
        if (sawVarKeywords) fail(current().pos, "arguments cannot follow var-keyword argument");
        SourcePos pos = current().pos;
        if (accept(TokenKind::DoubleStar)) {
            addNamed(Kind::VarKeywords);
            sawVarKeywords = true;
        } else if (accept(TokenKind::Star)) {
            if (keywordOnly) fail(pos, "* argument may appear only once");
            keywordOnly = true;
            if (check(TokenKind::Name)) {
                addNamed(Kind::VarArgs);
            } else if (check(closing) ||
                       peek(check(TokenKind::Comma) ? 1 : 0).is(TokenKind::DoubleStar) ||
                       (check(TokenKind::Comma) && peek(1).is(closing))) {
                fail(pos, "named arguments must follow bare *");
            }
        } else if (check(TokenKind::Slash) && options_.version == PythonVersion::Python3) {
            if (sawSlash) fail(pos, "/ may appear only once");
            if (keywordOnly) fail(pos, "/ must be ahead of *");
            if (params.empty()) fail(pos, "at least one argument must precede /");
            advance();
            sawSlash = true;
            for (Parameter& p : params) p.kind = Kind::PositionalOnly;
        } else {
            Parameter& param = addNamed(keywordOnly ? Kind::KeywordOnly : Kind::Positional);
            if (accept(TokenKind::Equal)) {
                param.defaultValue = parseTest();
                if (!keywordOnly) sawDefault = true;
            } else if (sawDefault && !keywordOnly) {
                fail(param.pos, "non-default argument follows default argument");
            }
        }
        if (!accept(TokenKind::Comma)) break;
    }
    return params;
}

}  // namespace ts::script
