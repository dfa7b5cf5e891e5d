// The loop's less frequent instructions: operators on instances of program classes (through
// their special methods), unpacking, function creation and Python 2's print statement.
#include <cctype>

#include "script/runtime/Arithmetic.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/syntax/AstExpr.h"
#include "script/vm/ClassObject.h"
#include "script/vm/CodeValue.h"
#include "script/vm/FunctionObject.h"
#include "script/vm/InstanceObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/TextStreamObject.h"

namespace ts::script {

namespace {

struct OperatorNames {
    const char* method;
    const char* reflected;
    const char* inPlace;
    BinaryOp runtime;
    const char* symbol;
};

OperatorNames operatorNames(ast::BinaryOperator op, bool python2) {
    switch (op) {
    case ast::BinaryOperator::Add: return {"__add__", "__radd__", "__iadd__", BinaryOp::Add, "+"};
    case ast::BinaryOperator::Sub: return {"__sub__", "__rsub__", "__isub__", BinaryOp::Subtract, "-"};
    case ast::BinaryOperator::Mul: return {"__mul__", "__rmul__", "__imul__", BinaryOp::Multiply, "*"};
    case ast::BinaryOperator::MatMul: return {"__matmul__", "__rmatmul__", "__imatmul__", BinaryOp::Multiply, "@"};
    case ast::BinaryOperator::Div:
        return python2 ? OperatorNames{"__div__", "__rdiv__", "__idiv__", BinaryOp::TrueDivide, "/"}
                       : OperatorNames{"__truediv__", "__rtruediv__", "__itruediv__", BinaryOp::TrueDivide, "/"};
    case ast::BinaryOperator::FloorDiv: return {"__floordiv__", "__rfloordiv__", "__ifloordiv__", BinaryOp::FloorDivide, "//"};
    case ast::BinaryOperator::Mod: return {"__mod__", "__rmod__", "__imod__", BinaryOp::Modulo, "%"};
    case ast::BinaryOperator::Pow: return {"__pow__", "__rpow__", "__ipow__", BinaryOp::Power, "** or pow()"};
    case ast::BinaryOperator::LShift: return {"__lshift__", "__rlshift__", "__ilshift__", BinaryOp::LeftShift, "<<"};
    case ast::BinaryOperator::RShift: return {"__rshift__", "__rrshift__", "__irshift__", BinaryOp::RightShift, ">>"};
    case ast::BinaryOperator::BitOr: return {"__or__", "__ror__", "__ior__", BinaryOp::BitOr, "|"};
    case ast::BinaryOperator::BitXor: return {"__xor__", "__rxor__", "__ixor__", BinaryOp::BitXor, "^"};
    case ast::BinaryOperator::BitAnd: return {"__and__", "__rand__", "__iand__", BinaryOp::BitAnd, "&"};
    }
    return {"__add__", "__radd__", "__iadd__", BinaryOp::Add, "+"};
}

}  // namespace

Value Interpreter::binaryOperation(int astOperator, const Value& a, const Value& b, bool inPlace) {
    auto op = static_cast<ast::BinaryOperator>(astOperator);
    OperatorNames names = operatorNames(op, isPython2());
    if (asInstance(a) || asInstance(b)) {
        Value result;
        auto tryMethod = [&](const Value& self, const char* method, const Value& other) -> int {
            if (!asInstance(self)) return 0;
            Value args[1] = {other};
            int called = callSpecialMethod(self, method, args, result);
            if (called > 0 && result.identical(types_.notImplemented)) return 0;
            return called;
        };
        int r = inPlace ? tryMethod(a, names.inPlace, b) : 0;
        if (r == 0) r = tryMethod(a, names.method, b);
        if (r == 0) r = tryMethod(b, names.reflected, a);
        if (r < 0) return Value::error();
        if (r > 0) return result;
        // No special method: the runtime still knows str % instance, list * ..., and raises
        // CPython's "unsupported operand type(s)" otherwise.
        if (inPlace && !asInstance(a) && !asInstance(b)) return Arithmetic::inPlace(ctx_, names.runtime, a, b);
        if (!(op == ast::BinaryOperator::Mod && a.is<StrObject>())) {
            std::string symbol = names.symbol;
            if (inPlace && op != ast::BinaryOperator::Pow) symbol += "=";
            return ctx_.raiseUnsupportedOperands(symbol, a, b);
        }
    }
    if (op == ast::BinaryOperator::MatMul) return ctx_.raiseUnsupportedOperands(inPlace ? "@=" : "@", a, b);
    return inPlace ? Arithmetic::inPlace(ctx_, names.runtime, a, b) : Arithmetic::binary(ctx_, names.runtime, a, b);
}

Value Interpreter::unaryOperation(int astOperator, const Value& a) {
    auto op = static_cast<ast::UnaryOperator>(astOperator);
    if (asInstance(a)) {
        const char* method = op == ast::UnaryOperator::Minus ? "__neg__" : op == ast::UnaryOperator::Plus ? "__pos__" : "__invert__";
        Value result;
        int called = callSpecialMethod(a, method, {}, result);
        if (called < 0) return Value::error();
        if (called > 0) return result;
        const char* symbol = op == ast::UnaryOperator::Minus ? "-" : op == ast::UnaryOperator::Plus ? "+" : "~";
        return raise(types_.typeError, concat("bad operand type for unary ", symbol, ": '", RuntimeContext::typeName(a), "'"));
    }
    switch (op) {
    case ast::UnaryOperator::Minus: return Arithmetic::negate(ctx_, a);
    case ast::UnaryOperator::Plus: return Arithmetic::positive(ctx_, a);
    case ast::UnaryOperator::Invert: return Arithmetic::invert(ctx_, a);
    case ast::UnaryOperator::Not: break;
    }
    int truth = Comparison::truthy(ctx_, a);
    return truth < 0 ? Value::error() : Value::fromBool(truth == 0);
}

int Interpreter::containsOperation(const Value& container, const Value& item) {
    if (asInstance(container)) {
        Value result;
        Value args[1] = {item};
        int called = callSpecialMethod(container, "__contains__", args, result);
        if (called < 0) return -1;
        if (called > 0) return Comparison::truthy(ctx_, result);
        Value iterator = Iteration::iter(ctx_, container);
        if (iterator.isError()) {
            ctx_.error().clear();
            raise(types_.typeError, concat("argument of type '", RuntimeContext::typeName(container), "' is not iterable"));
            return -1;
        }
        for (;;) {
            Value v = Iteration::next(ctx_, iterator);
            if (v.isError()) return -1;
            if (v.isEmpty()) return 0;
            int equal = Comparison::equal(ctx_, v, item);
            if (equal != 0) return equal;
        }
    }
    return Comparison::contains(ctx_, container, item);
}

namespace {

bool collectForUnpack(Interpreter& vm, RuntimeContext& ctx, const Value& sequence, std::vector<Value>& items) {
    if (auto* tuple = sequence.tryAs<TupleObject>()) {
        items = tuple->items();
        return true;
    }
    if (auto* list = sequence.tryAs<ListObject>()) {
        items = list->items();
        return true;
    }
    Value iterator = Iteration::iter(ctx, sequence);
    if (iterator.isError()) {
        if (ctx.error().kind == ErrorKind::TypeError && ctx.error().payload.isEmpty()) {
            ctx.error().clear();
            if (vm.isPython2()) vm.raise(vm.types().typeError, concat("'", RuntimeContext::typeName(sequence), "' object is not iterable"));
            else vm.raise(vm.types().typeError, concat("cannot unpack non-iterable ", RuntimeContext::typeName(sequence), " object"));
        }
        return false;
    }
    return Iteration::collect(ctx, iterator, items);
}

}  // namespace

bool Interpreter::unpackSequence(Frame& frame, const Value& sequence, int count) {
    std::vector<Value> items;
    if (!collectForUnpack(*this, ctx_, sequence, items)) return false;
    auto n = static_cast<int>(items.size());
    if (n != count) {
        if (n > count) {
            raise(types_.valueError, isPython2() ? "too many values to unpack" : concat("too many values to unpack (expected ", std::to_string(count), ")"));
        } else if (isPython2()) {
            raise(types_.valueError, concat("need more than ", std::to_string(n), n == 1 ? " value to unpack" : " values to unpack"));
        } else {
            raise(types_.valueError, concat("not enough values to unpack (expected ", std::to_string(count), ", got ", std::to_string(n), ")"));
        }
        return false;
    }
    for (int i = n - 1; i >= 0; --i) frame.push(std::move(items[static_cast<std::size_t>(i)]));
    return true;
}

bool Interpreter::unpackExtended(Frame& frame, const Value& sequence, int before, int after) {
    std::vector<Value> items;
    if (!collectForUnpack(*this, ctx_, sequence, items)) return false;
    auto n = static_cast<int>(items.size());
    if (n < before + after) {
        raise(types_.valueError, concat("not enough values to unpack (expected at least ", std::to_string(before + after), ", got ",
                                        std::to_string(n), ")"));
        return false;
    }
    for (int i = n - 1; i >= n - after; --i) frame.push(items[static_cast<std::size_t>(i)]);
    frame.push(ctx_.newList(std::vector<Value>(items.begin() + before, items.begin() + (n - after))));
    for (int i = before - 1; i >= 0; --i) frame.push(items[static_cast<std::size_t>(i)]);
    return true;
}

Value Interpreter::makeFunction(Frame& frame, int flags) {
    Value top = frame.pop();
    Value second = frame.pop();
    // CPython 3.9 has the qualified name on top and the code under it; accept either order.
    Value codeValue = top.is<CodeValue>() ? top : second;
    Value qualname = top.is<CodeValue>() ? second : top;
    Value closure = (flags & 8) ? frame.pop() : Value();
    if (flags & 4) frame.pop();  // annotations: not kept
    Value kwDefaults = (flags & 2) ? frame.pop() : Value();
    Value defaults = (flags & 1) ? frame.pop() : Value();
    if (!codeValue.is<CodeValue>()) return raise(types_.runtimeError, "MakeFunction without a code object");
    const CodeObject& code = codeValue.as<CodeValue>()->code();
    Value function = ctx_.heap().make<FunctionObject>(codeInfo(codeValue.as<CodeValue>()->shared()), frame.globals);
    auto* f = function.as<FunctionObject>();
    f->name = ctx_.newStr(code.name);
    f->qualname = qualname.is<StrObject>() ? qualname : ctx_.newStr(code.qualname.empty() ? code.name : code.qualname);
    f->defaults = std::move(defaults);
    f->kwDefaults = std::move(kwDefaults);
    f->closure = std::move(closure);
    f->module = frame.globals.as<DictObject>()->get(ctx_, intern("__name__"));
    bool named = !code.name.empty() && code.name[0] != '<';
    f->doc = named && !code.constants.empty() && code.constants[0].is<StrObject>() ? code.constants[0] : Value::none();
    return function;
}

bool Interpreter::printItem(const Value& stream, const Value& item) {
    const Value& target = stream.isEmpty() || stream.isNone() ? stdout_ : stream;
    std::string text;
    auto* file = target.tryAs<TextStreamObject>();
    if (file && file->softspace) text = " ";
    if (!toStr(item, text)) return false;
    if (file) {
        write(file->stream, text);
        // CPython 2.7: after a str ending in whitespace other than a space, no soft space.
        bool endsInWhitespace = false;
        if (auto* s = item.tryAs<StrObject>(); s && !s->text().empty()) {
            char last = s->text().back();
            endsInWhitespace = std::isspace(static_cast<unsigned char>(last)) && last != ' ';
        }
        file->softspace = !endsInWhitespace;
        return true;
    }
    Value write = getAttr(target, intern("write"));
    if (write.isError()) return false;
    Value args[1] = {ctx_.newStr(std::move(text))};
    return !call(ctx_, write, args).isError();
}

bool Interpreter::printNewline(const Value& stream) {
    const Value& target = stream.isEmpty() || stream.isNone() ? stdout_ : stream;
    if (auto* file = target.tryAs<TextStreamObject>()) {
        write(file->stream, "\n");
        file->softspace = false;
        return true;
    }
    Value write = getAttr(target, intern("write"));
    if (write.isError()) return false;
    Value args[1] = {ctx_.newStr("\n")};
    return !call(ctx_, write, args).isError();
}

}  // namespace ts::script
