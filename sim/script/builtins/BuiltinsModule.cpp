#include "script/builtins/BuiltinsModule.h"

#include <algorithm>

#include "script/runtime/Builtins.h"
#include "script/runtime/Collections.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/Indexing.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/BoundMethodObject.h"
#include "script/vm/BuiltinFunctionObject.h"
#include "script/vm/CellObject.h"
#include "script/vm/ClassMethodObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/FunctionObject.h"
#include "script/vm/GeneratorMethods.h"
#include "script/vm/GeneratorObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ModuleObject.h"
#include "script/vm/PropertyObject.h"
#include "script/vm/StaticMethodObject.h"
#include "script/vm/SuperObject.h"
#include "script/vm/TextStreamObject.h"

namespace ts::script {

namespace {

Value typeError(NativeCall& call, std::string message) { return call.raise(call.vm.types().typeError, std::move(message)); }

Value argument(const NativeCall& call, std::size_t index, std::string_view keyword) {
    if (index < call.args.size()) return call.args[index];
    if (const Value* v = call.args.keyword(keyword)) return *v;
    return Value();
}

// Writes text to a file object: sys.stdout/stderr directly, anything else through .write().
bool writeTo(NativeCall& call, const Value& file, std::string text) {
    if (auto* stream = file.tryAs<TextStreamObject>()) {
        stream->softspace = false;
        call.vm.write(stream->stream, text);
        return true;
    }
    Value write = call.vm.getAttr(file, call.vm.intern("write"));
    if (write.isError()) return false;
    Value args[1] = {call.ctx.newStr(std::move(text))};
    return !call.vm.call(call.ctx, write, args).isError();
}

Value print(NativeCall& call) {
    std::string sep = " ", end = "\n";
    for (const KeywordArg& k : call.args.keywords) {
        if (k.name != "sep" && k.name != "end" && k.name != "file" && k.name != "flush") {
            return typeError(call, concat("'", k.name, "' is an invalid keyword argument for print()"));
        }
    }
    for (const char* name : {"sep", "end"}) {
        const Value* v = call.args.keyword(name);
        if (!v || v->isNone()) continue;
        if (!v->is<StrObject>()) return typeError(call, concat(name, " must be None or a string, not ", RuntimeContext::typeName(*v)));
        (std::string_view(name) == "sep" ? sep : end) = v->as<StrObject>()->text();
    }
    Value file = call.vm.stdoutObject();
    if (const Value* f = call.args.keyword("file"); f && !f->isNone()) file = *f;
    std::string text;
    for (std::size_t i = 0; i < call.args.size(); ++i) {
        if (i > 0) text += sep;
        if (!call.vm.toStr(call.args[i], text)) return Value::error();
    }
    text += end;
    if (!writeTo(call, file, std::move(text))) return Value::error();
    return Value::none();
}

Value len(NativeCall& call) {
    if (call.args.size() != 1) return typeError(call, concat("len() takes exactly one argument (", std::to_string(call.args.size()), " given)"));
    const Value& v = call.args[0];
    if (asInstance(v)) {
        Value result;
        int called = call.vm.callSpecialMethod(v, "__len__", {}, result);
        if (called < 0) return Value::error();
        if (called == 0) return typeError(call, concat("object of type '", RuntimeContext::typeName(v), "' has no len()"));
        if (!result.isIntLike()) return typeError(call, concat("'", RuntimeContext::typeName(result), "' object cannot be interpreted as an integer"));
        if (result.asInt() < 0) return call.raise(call.vm.types().valueError, "__len__() should return >= 0");
        return Value::fromInt(result.asInt());
    }
    std::int64_t n = Indexing::length(call.ctx, v);
    return n < 0 ? Value::error() : Value::fromInt(n);
}

// isinstance/issubclass's second argument: a class or a tuple of them. -1 after raising.
int matchesClassInfo(NativeCall& call, const Value& cls, const Value& info, const char* who) {
    if (auto* tuple = info.tryAs<TupleObject>()) {
        for (const Value& item : tuple->items()) {
            int r = matchesClassInfo(call, cls, item, who);
            if (r != 0) return r;
        }
        return 0;
    }
    if (!info.is<ClassObject>()) {
        typeError(call, concat(who, "() arg 2 must be a type, a tuple of types, or a union"));
        return -1;
    }
    return call.vm.isSubclass(cls, info) ? 1 : 0;
}

Value isinstance(NativeCall& call) {
    if (call.args.size() != 2) return typeError(call, concat("isinstance expected 2 arguments, got ", std::to_string(call.args.size())));
    // bool is a subclass of int; the runtime's typing of values does the rest.
    int r = matchesClassInfo(call, call.vm.types().classOf(call.args[0]), call.args[1], "isinstance");
    return r < 0 ? Value::error() : Value::fromBool(r != 0);
}

Value issubclass(NativeCall& call) {
    if (call.args.size() != 2) return typeError(call, concat("issubclass expected 2 arguments, got ", std::to_string(call.args.size())));
    if (!call.args[0].is<ClassObject>()) return typeError(call, "issubclass() arg 1 must be a class");
    int r = matchesClassInfo(call, call.args[0], call.args[1], "issubclass");
    return r < 0 ? Value::error() : Value::fromBool(r != 0);
}

bool attributeName(NativeCall& call, const Value& name) {
    if (name.is<StrObject>()) return true;
    typeError(call, call.vm.isPython2() ? "attribute name must be string"
                                        : concat("attribute name must be string, not '", RuntimeContext::typeName(name), "'"));
    return false;
}

Value getattrBuiltin(NativeCall& call) {
    if (call.args.size() < 2 || call.args.size() > 3) return typeError(call, concat("getattr expected 2 or 3 arguments, got ", std::to_string(call.args.size())));
    if (!attributeName(call, call.args[1])) return Value::error();
    Value name = call.vm.intern(call.args[1].as<StrObject>()->view());
    if (call.args.size() == 3) {
        Value v = call.vm.findAttr(call.args[0], name);
        return v.isEmpty() ? call.args[2] : v;
    }
    return call.vm.getAttr(call.args[0], name);
}

Value hasattrBuiltin(NativeCall& call) {
    if (call.args.size() != 2) return typeError(call, concat("hasattr expected 2 arguments, got ", std::to_string(call.args.size())));
    if (!attributeName(call, call.args[1])) return Value::error();
    Value v = call.vm.findAttr(call.args[0], call.vm.intern(call.args[1].as<StrObject>()->view()));
    if (v.isError()) return v;
    return Value::fromBool(!v.isEmpty());
}

Value setattrBuiltin(NativeCall& call) {
    if (call.args.size() != 3) return typeError(call, concat("setattr expected 3 arguments, got ", std::to_string(call.args.size())));
    if (!attributeName(call, call.args[1])) return Value::error();
    if (!call.vm.setAttr(call.args[0], call.vm.intern(call.args[1].as<StrObject>()->view()), call.args[2])) return Value::error();
    return Value::none();
}

Value delattrBuiltin(NativeCall& call) {
    if (call.args.size() != 2) return typeError(call, concat("delattr expected 2 arguments, got ", std::to_string(call.args.size())));
    if (!attributeName(call, call.args[1])) return Value::error();
    if (!call.vm.delAttr(call.args[0], call.vm.intern(call.args[1].as<StrObject>()->view()))) return Value::error();
    return Value::none();
}

Value idBuiltin(NativeCall& call) {
    if (call.args.size() != 1) return typeError(call, "id() takes exactly one argument");
    const Value& v = call.args[0];
    if (v.isObject()) return Value::fromInt(static_cast<std::int64_t>(v.asObject()->address()));
    // Inline values have no address; derive a stable number from their bits.
    std::int64_t bits = v.isFloat() ? static_cast<std::int64_t>(v.asFloat() * 1000003.0) : v.asInt();
    return Value::fromInt(0x100000 + static_cast<std::int64_t>(v.tag()) * 0x1000000 + (bits & 0xffffff) * 16);
}

Value callableBuiltin(NativeCall& call) {
    if (call.args.size() != 1) return typeError(call, "callable() takes exactly one argument");
    const Value& v = call.args[0];
    bool result = v.is<FunctionObject>() || v.is<BoundMethodObject>() || v.is<BuiltinFunctionObject>() || v.is<ClassObject>() ||
                  v.is<StaticMethodObject>() || (asInstance(v) && !call.vm.classAttribute(call.vm.types().classOf(v), "__call__").isEmpty());
    return Value::fromBool(result);
}

// map() and filter() compute eagerly: the result is an iterator over a finished list (Python 3)
// or the list itself (Python 2). Only programs that map over infinite iterators notice.
Value mapBuiltin(NativeCall& call) {
    if (call.args.size() < 2) return typeError(call, "map() must have at least two arguments.");
    std::vector<Value> iterators;
    for (std::size_t i = 1; i < call.args.size(); ++i) {
        Value it = Iteration::iter(call.ctx, call.args[i]);
        if (it.isError()) return it;
        iterators.push_back(it);
    }
    std::vector<Value> results;
    for (;;) {
        std::vector<Value> items;
        for (const Value& it : iterators) {
            Value item = Iteration::next(call.ctx, it);
            if (item.isError()) return item;
            if (item.isEmpty()) break;
            items.push_back(item);
        }
        if (items.size() < iterators.size()) break;
        Value r = call.args[0].isNone() && call.vm.isPython2() ? (items.size() == 1 ? items[0] : call.ctx.newTuple(items))
                                                              : call.vm.call(call.ctx, call.args[0], items);
        if (r.isError()) return r;
        results.push_back(r);
    }
    Value list = call.ctx.newList(std::move(results));
    return call.vm.isPython2() ? list : Iteration::iter(call.ctx, list);
}

Value filterBuiltin(NativeCall& call) {
    if (call.args.size() != 2) return typeError(call, concat("filter expected 2 arguments, got ", std::to_string(call.args.size())));
    std::vector<Value> items;
    if (!Iteration::collect(call.ctx, call.args[1], items)) return Value::error();
    std::vector<Value> kept;
    for (const Value& item : items) {
        Value test = item;
        if (!call.args[0].isNone()) {
            Value args[1] = {item};
            test = call.vm.call(call.ctx, call.args[0], args);
            if (test.isError()) return test;
        }
        int truth = Comparison::truthy(call.ctx, test);
        if (truth < 0) return Value::error();
        if (truth) kept.push_back(item);
    }
    if (call.vm.isPython2() && call.args[1].is<StrObject>()) {
        std::string text;
        for (const Value& v : kept) text += v.as<StrObject>()->text();
        return call.ctx.newStr(std::move(text));
    }
    if (call.vm.isPython2() && call.args[1].is<TupleObject>()) return call.ctx.newTuple(std::move(kept));
    Value list = call.ctx.newList(std::move(kept));
    return call.vm.isPython2() ? list : Iteration::iter(call.ctx, list);
}

// The frame of the Python code that called the native (natives push no frame of their own).
Frame* callerFrame(NativeCall& call) {
    VmThread& thread = call.thread;
    for (int i = thread.depth() - 1; i >= 0; --i) {
        if (!thread.frameAt(i).isBoundary()) return &thread.frameAt(i);
    }
    return nullptr;
}

Value localsOf(NativeCall& call, Frame& frame) {
    if (!frame.locals.isEmpty()) return frame.locals;
    Value dict = call.ctx.newDict();
    const CodeObject& code = *frame.code;
    for (std::size_t i = 0; i < code.varnames.size(); ++i) {
        if (!frame.fast[i].isEmpty()) dict.as<DictObject>()->set(call.ctx, call.vm.intern(code.varnames[i]), frame.fast[i]);
    }
    for (std::size_t i = 0; i < code.cellvars.size() + code.freevars.size(); ++i) {
        const std::string& name = i < code.cellvars.size() ? code.cellvars[i] : code.freevars[i - code.cellvars.size()];
        const Value& v = frame.cells[i].as<CellObject>()->value;
        if (!v.isEmpty()) dict.as<DictObject>()->set(call.ctx, call.vm.intern(name), v);
    }
    return dict;
}

Value varsBuiltin(NativeCall& call) {
    if (call.args.size() == 0) {
        Frame* frame = callerFrame(call);
        return frame ? localsOf(call, *frame) : call.ctx.newDict();
    }
    const Value& v = call.args[0];
    if (InstanceObject* inst = asInstance(v)) return inst->dict;
    if (auto* cls = v.tryAs<ClassObject>()) return cls->dict;
    if (auto* module = v.tryAs<ModuleObject>()) return module->globals;
    return typeError(call, "vars() argument must have __dict__ attribute");
}

Value dirBuiltin(NativeCall& call) {
    std::vector<Value> names;
    auto addKeys = [&](const Value& dict) {
        for (const auto& e : dict.as<DictObject>()->table().entries()) {
            if (e.key.isEmpty()) continue;
            bool seen = std::any_of(names.begin(), names.end(), [&](const Value& n) { return n.identical(e.key) || Comparison::equal(call.ctx, n, e.key) == 1; });
            if (!seen) names.push_back(e.key);
        }
    };
    if (call.args.size() == 0) {
        if (Frame* frame = callerFrame(call)) addKeys(localsOf(call, *frame));
    } else {
        const Value& v = call.args[0];
        const Value& cls = call.vm.types().classOf(v);
        if (InstanceObject* inst = asInstance(v)) addKeys(inst->dict);
        if (auto* module = v.tryAs<ModuleObject>()) addKeys(module->globals);
        const Value& classToList = v.is<ClassObject>() ? v : cls;
        if (!v.is<ModuleObject>() && classToList.is<ClassObject>()) {
            for (const ClassObject* c : classToList.as<ClassObject>()->mro) addKeys(c->dict);
        }
    }
    if (!Collections::sort(call.ctx, names, Value(), false)) return Value::error();
    return call.ctx.newList(std::move(names));
}

Value superBuiltin(NativeCall& call) {
    Value start, self;
    if (call.args.size() >= 1) {
        start = call.args[0];
        self = call.args.size() >= 2 ? call.args[1] : Value();
        if (self.isEmpty()) return typeError(call, "timeslice supports super(C, obj) and super() only");
    } else {
        Frame* frame = callerFrame(call);
        if (!frame || !frame->code) return call.raise(call.vm.types().runtimeError, "super(): no arguments");
        const CodeObject& code = *frame->code;
        if (code.argCount == 0) return call.raise(call.vm.types().runtimeError, "super(): no arguments");
        // The first argument, possibly moved into a cell when a nested function uses it.
        self = frame->fast[0];
        for (std::size_t i = 0; i < code.cellvars.size(); ++i) {
            if (i < code.cellFromArg.size() && code.cellFromArg[i] == 0) self = frame->cells[i].as<CellObject>()->value;
        }
        auto freeIt = std::find(code.freevars.begin(), code.freevars.end(), "__class__");
        if (freeIt == code.freevars.end()) return call.raise(call.vm.types().runtimeError, "super(): __class__ cell not found");
        std::size_t index = code.cellvars.size() + static_cast<std::size_t>(freeIt - code.freevars.begin());
        start = frame->cells[index].as<CellObject>()->value;
        if (start.isEmpty()) return call.raise(call.vm.types().runtimeError, "super(): empty __class__ cell");
        if (self.isEmpty()) return call.raise(call.vm.types().runtimeError, "super(): arg[0] deleted");
    }
    if (!start.is<ClassObject>()) return typeError(call, concat("super() argument 1 must be a type, not ", RuntimeContext::typeName(start)));
    Value selfClass = self.is<ClassObject>() ? self : call.vm.types().classOf(self);
    if (!call.vm.isSubclass(selfClass, start)) return typeError(call, "super(type, obj): obj must be an instance or subtype of type");
    return call.ctx.heap().make<SuperObject>(start, self, selfClass);
}

Value propertyBuiltin(NativeCall& call) {
    Value get = argument(call, 0, "fget"), set = argument(call, 1, "fset"), del = argument(call, 2, "fdel"), doc = argument(call, 3, "doc");
    if (doc.isEmpty() || doc.isNone()) {
        if (get.is<FunctionObject>()) doc = get.as<FunctionObject>()->doc;
    }
    auto orNone = [](Value v) { return v.isEmpty() ? Value::none() : v; };
    return call.ctx.heap().make<PropertyObject>(orNone(get), orNone(set), orNone(del), orNone(doc));
}

Value typeBuiltin(NativeCall& call) {
    if (call.args.size() == 1) return call.vm.types().classOf(call.args[0]);
    return typeError(call, call.args.size() == 3 ? "timeslice does not support type(name, bases, dict)" : "type() takes 1 or 3 arguments");
}

Value exitBuiltin(NativeCall& call) {
    std::vector<Value> args(call.args.positional.begin(), call.args.positional.end());
    return call.vm.raiseObject(call.vm.newException(call.vm.types().systemExit, std::move(args)));
}

Value inputBuiltin(NativeCall& call) {
    if (call.args.size() > 0) {
        std::string prompt;
        if (!call.vm.toStr(call.args[0], prompt)) return Value::error();
        call.vm.write(OutputStream::Stdout, prompt);
    }
    return call.raise(call.vm.types().eofError, "EOF when reading a line");
}

Value openBuiltin(NativeCall& call) {
    return call.raise(call.vm.types().osError, "timeslice programs cannot open files (open() is not supported)");
}

Value importBuiltin(NativeCall& call) {
    if (call.args.size() < 1 || !call.args[0].is<StrObject>()) return typeError(call, "__import__() argument 1 must be str");
    return call.vm.importModule(call.args[0].as<StrObject>()->view());
}

Value globalsBuiltin(NativeCall& call) {
    Frame* frame = callerFrame(call);
    return frame ? frame->globals : call.vm.mainModule().as<ModuleObject>()->globals;
}

Value localsBuiltin(NativeCall& call) {
    Frame* frame = callerFrame(call);
    return frame ? localsOf(call, *frame) : call.ctx.newDict();
}

Value objectInit(NativeCall& call) {
    if (call.args.size() > 0 || !call.args.keywords.empty()) {
        return typeError(call, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return Value::none();
}

Value exceptionInit(NativeCall& call) {
    if (auto* exception = call.self.tryAs<ExceptionObject>()) {
        exception->args = call.ctx.newTuple(std::vector<Value>(call.args.positional.begin(), call.args.positional.end()));
    }
    return Value::none();
}

// The names CPython's builtins module exposes for the classes the TypeRegistry defines.
constexpr const char* kPublicClasses[] = {
    "object", "type", "int", "bool", "float", "str", "list", "tuple", "dict", "set", "frozenset", "property",
    "staticmethod", "classmethod", "super", "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit",
    "Exception",
    "StopIteration", "ArithmeticError", "ZeroDivisionError", "OverflowError", "FloatingPointError", "AssertionError",
    "AttributeError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
    "MemoryError", "NameError", "UnboundLocalError", "OSError", "EnvironmentError", "RuntimeError",
    "NotImplementedError", "RecursionError", "TypeError", "ValueError", "UnicodeError", "Warning", "basestring"};

}  // namespace

void BuiltinsModule::install(Interpreter& vm, const Value& dict) {
    RuntimeContext& ctx = vm.context();
    TypeRegistry& types = vm.types();
    bool python2 = vm.isPython2();
    auto set = [&](std::string_view name, Value v) { dict.as<DictObject>()->set(ctx, vm.intern(name), std::move(v)); };

    // The runtime's pure builtins first; VM versions below replace those that need the VM.
    for (const char* name : {"abs", "min", "max", "sum", "sorted", "enumerate", "zip", "round", "divmod", "pow", "hex",
                             "oct", "bin", "chr", "ord", "any", "all", "reversed", "repr", "format", "hash", "iter",
                             "next", "ascii", "range", "unichr"}) {
        if (NativeFunction f = Builtins::lookup(name, python2)) set(name, ctx.heap().make<BuiltinFunctionObject>(name, f));
    }
    for (const char* name : kPublicClasses) {
        Value cls = types.find(name);
        if (!cls.isEmpty()) set(name, cls);
    }
    if (python2) {
        set("xrange", types.rangeClass);
        set("long", types.intClass);
        set("unicode", types.strClass);
        set("StandardError", types.exception);
        set("IOError", types.osError);
    } else {
        set("range", types.rangeClass);
        set("IOError", types.osError);
        set("EnvironmentError", types.osError);
    }
    set("NotImplemented", types.notImplemented);
    set("Ellipsis", types.ellipsis);
    set("__debug__", Value::fromBool(true));
    set("__name__", ctx.newStr(python2 ? "__builtin__" : "builtins"));

    vm.defineNative(dict, "print", print);
    vm.defineNative(dict, "len", len);
    vm.defineNative(dict, "isinstance", isinstance);
    vm.defineNative(dict, "issubclass", issubclass);
    vm.defineNative(dict, "getattr", getattrBuiltin);
    vm.defineNative(dict, "hasattr", hasattrBuiltin);
    vm.defineNative(dict, "setattr", setattrBuiltin);
    vm.defineNative(dict, "delattr", delattrBuiltin);
    vm.defineNative(dict, "id", idBuiltin);
    vm.defineNative(dict, "callable", callableBuiltin);
    vm.defineNative(dict, "map", mapBuiltin);
    vm.defineNative(dict, "filter", filterBuiltin);
    vm.defineNative(dict, "vars", varsBuiltin);
    vm.defineNative(dict, "dir", dirBuiltin);
    vm.defineNative(dict, "globals", globalsBuiltin);
    vm.defineNative(dict, "locals", localsBuiltin);
    vm.defineNative(dict, "input", inputBuiltin);
    // next(generator[, default]): a generator that returns a value ends in StopIteration(value);
    // its body runs on the thread's stack, where it may block.
    vm.defineNative(dict, "next", [](NativeCall& call) -> Value {
        if ((call.args.size() == 1 || call.args.size() == 2) && call.args[0].is<GeneratorObject>()) {
            return GeneratorMethods::step(call, call.args[0], Value(), call.args.size() == 2 ? call.args[1] : Value());
        }
        return Builtins::lookup("next", call.vm.isPython2())(call.ctx, call.args);
    });
    if (python2) vm.defineNative(dict, "raw_input", inputBuiltin);
    vm.defineNative(dict, "open", openBuiltin);
    vm.defineNative(dict, "__import__", importBuiltin);
    vm.defineNative(dict, "exit", exitBuiltin);
    vm.defineNative(dict, "quit", exitBuiltin);

    // Classes whose calls need the VM.
    types.typeClass.as<ClassObject>()->constructor = typeBuiltin;
    types.superClass.as<ClassObject>()->constructor = superBuiltin;
    types.propertyClass.as<ClassObject>()->constructor = propertyBuiltin;
    types.staticMethodClass.as<ClassObject>()->constructor = [](NativeCall& call) -> Value {
        if (call.args.size() != 1) return typeError(call, "staticmethod expected 1 argument");
        return call.ctx.heap().make<StaticMethodObject>(call.args[0]);
    };
    types.classMethodClass.as<ClassObject>()->constructor = [](NativeCall& call) -> Value {
        if (call.args.size() != 1) return typeError(call, "classmethod expected 1 argument");
        return call.ctx.heap().make<ClassMethodObject>(call.args[0]);
    };

    vm.defineNative(types.objectClass.as<ClassObject>()->dict, "__init__", objectInit, true);
    vm.defineNative(types.baseException.as<ClassObject>()->dict, "__init__", exceptionInit, true);
}

}  // namespace ts::script
