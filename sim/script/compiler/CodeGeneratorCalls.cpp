// Calls (CallFunction, CallFunctionKw, CallMethod, CallFunctionEx with starred arguments) and
// the displays that share their unpacking rules: tuples, lists, sets and dicts.
#include "script/compiler/CodeGenerator.h"

namespace ts::script {

using namespace ast;

namespace {

constexpr std::uint32_t count(std::size_t n) { return static_cast<std::uint32_t>(n); }

}  // namespace

void CodeGenerator::visitCall(const Call& node) {
    if (tryMethodCall(node)) return;
    visitExpr(*node.func);
    callWithArguments(0, node.args);
}

// obj.method(a, b) without keywords or unpacking: LoadMethod/CallMethod, which spares the VM a
// bound-method object, as CPython 3.9 does.
bool CodeGenerator::tryMethodCall(const Call& node) {
    if (!node.func->is<Attribute>()) return false;
    for (const Argument& arg : node.args)
        if (arg.kind != Argument::Kind::Positional) return false;
    const auto& method = node.func->as<Attribute>();
    visitExpr(*method.value);
    {
        PositionScope at(*this, method.pos);
        emitName(Opcode::LoadMethod, method.attr);
    }
    for (const Argument& arg : node.args) visitExpr(*arg.value);
    emit(Opcode::CallMethod, count(node.args.size()));
    return true;
}

void CodeGenerator::callWithArguments(int pushed, const ArgumentList& args) {
    // Positional arguments are evaluated before keywords, whatever their order in the source.
    std::vector<const Expr*> positional;
    std::vector<const Argument*> keywords;
    bool unpacking = false;
    for (const Argument& arg : args) {
        switch (arg.kind) {
            case Argument::Kind::Positional: positional.push_back(arg.value.get()); break;
            case Argument::Kind::Star:
                positional.push_back(arg.value.get());
                unpacking = true;
                break;
            case Argument::Kind::Keyword: keywords.push_back(&arg); break;
            case Argument::Kind::DoubleStar:
                keywords.push_back(&arg);
                unpacking = true;
                break;
        }
    }
    // Starred positional arguments were recorded as their values; remember which they are.
    std::vector<bool> starred;
    for (const Argument& arg : args)
        if (arg.kind == Argument::Kind::Positional || arg.kind == Argument::Kind::Star)
            starred.push_back(arg.kind == Argument::Kind::Star);

    if (!unpacking) {
        for (const Expr* value : positional) visitExpr(*value);
        const std::uint32_t argc = count(static_cast<std::size_t>(pushed) + positional.size() + keywords.size());
        if (keywords.empty()) {
            emit(Opcode::CallFunction, argc);
            return;
        }
        std::vector<Constant> names;
        for (const Argument* keyword : keywords) {
            visitExpr(*keyword->value);
            names.push_back(code().constants().str(keyword->name));
        }
        emitConstant(code().constants().tuple(names));
        emit(Opcode::CallFunctionKw, argc);
        return;
    }

    // f(*args) alone passes the iterable itself; otherwise one list is built and made a tuple.
    if (pushed == 0 && positional.size() == 1 && starred[0]) {
        visitExpr(*positional[0]);
    } else {
        bool seenStar = false;
        for (std::size_t i = 0; i < positional.size(); ++i) {
            if (starred[i]) {
                if (!seenStar) {
                    emit(Opcode::BuildList, count(i + static_cast<std::size_t>(pushed)));
                    seenStar = true;
                }
                visitExpr(*positional[i]);
                emit(Opcode::ListExtend, 1);
            } else {
                visitExpr(*positional[i]);
                if (seenStar) emit(Opcode::ListAppend, 1);
            }
        }
        if (seenStar) emit(Opcode::ListToTuple);
        else emit(Opcode::BuildTuple, count(positional.size() + static_cast<std::size_t>(pushed)));
    }
    if (!keywords.empty()) {
        bool haveDict = false;
        std::size_t pendingKeywords = 0;  // plain keywords not yet packed into a dict
        for (std::size_t i = 0; i < keywords.size(); ++i) {
            if (keywords[i]->kind != Argument::Kind::DoubleStar) {
                ++pendingKeywords;
                continue;
            }
            if (pendingKeywords > 0) {
                keywordDict(keywords, i - pendingKeywords, i);
                if (haveDict) emit(Opcode::DictMerge, 1);
                haveDict = true;
                pendingKeywords = 0;
            }
            if (!haveDict) {
                emit(Opcode::BuildMap, 0);
                haveDict = true;
            }
            visitExpr(*keywords[i]->value);
            emit(Opcode::DictMerge, 1);
        }
        if (pendingKeywords > 0) {
            keywordDict(keywords, keywords.size() - pendingKeywords, keywords.size());
            if (haveDict) emit(Opcode::DictMerge, 1);
        }
    }
    emit(Opcode::CallFunctionEx, keywords.empty() ? 0 : 1);
}

void CodeGenerator::keywordDict(const std::vector<const Argument*>& keywords, std::size_t begin,
                                std::size_t end) {
    const std::size_t n = end - begin;
    if (n > 1) {
        std::vector<Constant> names;
        for (std::size_t i = begin; i < end; ++i) {
            visitExpr(*keywords[i]->value);
            names.push_back(code().constants().str(keywords[i]->name));
        }
        emitConstant(code().constants().tuple(names));
        emit(Opcode::BuildConstKeyMap, count(n));
        return;
    }
    for (std::size_t i = begin; i < end; ++i) {
        emitString(keywords[i]->name);
        visitExpr(*keywords[i]->value);
    }
    emit(Opcode::BuildMap, count(n));
}

void CodeGenerator::starredSequence(const std::vector<const Expr*>& elements, int pushed, Opcode build,
                                    Opcode add, Opcode extend, bool tuple) {
    // [1, 2, 3]: more than two constants are one constant tuple extended into a new list.
    if (elements.size() > 2 && !tuple && build == Opcode::BuildList) {
        std::vector<Constant> items;
        for (const Expr* element : elements) {
            std::optional<Constant> item = constantValue(*element);
            if (!item) break;
            items.push_back(std::move(*item));
        }
        if (items.size() == elements.size()) {
            emit(build, count(static_cast<std::size_t>(pushed)));
            emitConstant(code().constants().tuple(items));
            emit(extend, 1);
            return;
        }
    }
    bool anyStar = false;
    for (const Expr* element : elements) anyStar = anyStar || element->is<Starred>();
    if (!anyStar) {
        for (const Expr* element : elements) visitExpr(*element);
        emit(tuple ? Opcode::BuildTuple : build, count(elements.size() + static_cast<std::size_t>(pushed)));
        return;
    }
    bool seenStar = false;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const Expr& element = *elements[i];
        if (element.is<Starred>()) {
            if (!seenStar) {
                emit(build, count(i + static_cast<std::size_t>(pushed)));
                seenStar = true;
            }
            PositionScope at(*this, element.pos);
            visitExpr(*element.as<Starred>().value);
            emit(extend, 1);
        } else {
            visitExpr(element);
            if (seenStar) emit(add, 1);
        }
    }
    if (tuple) emit(Opcode::ListToTuple);
}

namespace {

std::vector<const Expr*> pointers(const ExprList& exprs) {
    std::vector<const Expr*> out;
    out.reserve(exprs.size());
    for (const ExprPtr& expr : exprs) out.push_back(expr.get());
    return out;
}

}  // namespace

void CodeGenerator::visitTuple(const Tuple& node) {
    if (node.context != ExprContext::Load) {
        if (node.context == ExprContext::Store) {
            visitUnpack(node.elements, node.pos);
        } else {
            visitExprs(node.elements);
        }
        return;
    }
    starredSequence(pointers(node.elements), 0, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, true);
}

void CodeGenerator::visitList(const List& node) {
    if (node.context != ExprContext::Load) {
        if (node.context == ExprContext::Store) {
            visitUnpack(node.elements, node.pos);
        } else {
            visitExprs(node.elements);
        }
        return;
    }
    starredSequence(pointers(node.elements), 0, Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend, false);
}

void CodeGenerator::visitSet(const Set& node) {
    // CPython makes {1, 2, 3} a frozenset constant; the runtime cannot build one at compile
    // time, so the elements are pushed one by one.
    starredSequence(pointers(node.elements), 0, Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate, false);
}

void CodeGenerator::dictChunk(const Dict& node, std::size_t begin, std::size_t end) {
    const std::size_t n = end - begin;
    bool constantKeys = n > 1;
    std::vector<Constant> keys;
    for (std::size_t i = begin; i < end && constantKeys; ++i) {
        std::optional<Constant> key = constantValue(*node.keys[i]);
        if (key) keys.push_back(std::move(*key));
        else constantKeys = false;
    }
    if (constantKeys) {
        for (std::size_t i = begin; i < end; ++i) visitExpr(*node.values[i]);
        emitConstant(code().constants().tuple(keys));
        emit(Opcode::BuildConstKeyMap, count(n));
        return;
    }
    for (std::size_t i = begin; i < end; ++i) {
        visitExpr(*node.keys[i]);
        visitExpr(*node.values[i]);
    }
    emit(Opcode::BuildMap, count(n));
}

void CodeGenerator::visitDict(const Dict& node) {
    bool haveDict = false;
    std::size_t pending = 0;  // key: value pairs not yet built into a dict
    const std::size_t n = node.values.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (node.keys[i]) {
            ++pending;
            continue;
        }
        // {**other}
        if (pending > 0) {
            dictChunk(node, i - pending, i);
            if (haveDict) emit(Opcode::DictUpdate, 1);
            haveDict = true;
            pending = 0;
        }
        if (!haveDict) {
            emit(Opcode::BuildMap, 0);
            haveDict = true;
        }
        visitExpr(*node.values[i]);
        emit(Opcode::DictUpdate, 1);
    }
    if (pending > 0) {
        dictChunk(node, n - pending, n);
        if (haveDict) emit(Opcode::DictUpdate, 1);
        haveDict = true;
    }
    if (!haveDict) emit(Opcode::BuildMap, 0);
}

}  // namespace ts::script
