// `class C(B): body`: LoadBuildClass pushes __build_class__, which runs the body as a frame
// with a fresh namespace for its locals; when the body returns, finishClass() turns the
// namespace into a ClassObject and fills the __class__ cell that zero-argument super() reads.
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/CellObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/FunctionObject.h"
#include "script/vm/Interpreter.h"

namespace ts::script {

Interpreter::CallStatus Interpreter::buildClass(VmThread& thread, Value* args, int argc, const TupleObject* kwnames) {
    int positional = argc - (kwnames ? static_cast<int>(kwnames->size()) : 0);
    if (positional < 2 || !args[0].is<FunctionObject>() || !args[1].is<StrObject>()) {
        raise(types_.typeError, "__build_class__: not enough arguments");
        return CallStatus::Failed;
    }
    std::vector<Value> bases(args + 2, args + positional);
    for (const Value& base : bases) {
        if (!base.is<ClassObject>()) {
            raise(types_.typeError, isPython2() ? "Error when calling the metaclass bases" : "bases must be types");
            return CallStatus::Failed;
        }
    }
    if (thread.pythonDepth >= config_.recursionLimit) {
        raise(types_.recursionError, "maximum recursion depth exceeded");
        return CallStatus::Failed;
    }
    auto* body = args[0].as<FunctionObject>();
    Frame& frame = thread.pushFrame();
    frame.reset(body->info);
    ++thread.pythonDepth;
    frame.globals = body->globals;
    frame.locals = ctx_.newDict();
    frame.function = args[0];
    setupCells(frame, *body);
    std::vector<Value> info;
    info.push_back(args[1]);
    info.push_back(ctx_.newTuple(std::move(bases)));
    frame.continuation = Continuation{Continuation::Kind::BuildClass, 0, ctx_.newTuple(std::move(info))};
    return CallStatus::Pushed;
}

bool Interpreter::finishClass(Frame& body, const Value& classInfo, const Value& bodyResult, Value& cls) {
    const auto& info = classInfo.as<TupleObject>()->items();
    std::string name(info[0].as<StrObject>()->view());
    std::vector<Value> bases = info[1].as<TupleObject>()->items();
    if (bases.empty()) bases.push_back(types_.objectClass);
    Value ns = body.locals;
    auto* dict = ns.as<DictObject>();
    ClassObject::Layout layout = ClassObject::Layout::Plain;
    for (const Value& base : bases) {
        auto* b = base.as<ClassObject>();
        if (b->layout == ClassObject::Layout::Exception) layout = ClassObject::Layout::Exception;
        if (b->layout == ClassObject::Layout::ThreadLocal) layout = ClassObject::Layout::ThreadLocal;
        if (b->layout == ClassObject::Layout::Builtin) {
            raise(types_.typeError, concat("timeslice cannot subclass the builtin type '", b->name, "'"));
            return false;
        }
    }
    cls = ctx_.heap().make<ClassObject>(name, ns);
    auto* c = cls.as<ClassObject>();
    c->layout = layout;
    c->bases = bases;
    Value module = dict->get(ctx_, intern("__module__"));
    c->module = module.is<StrObject>() ? std::string(module.as<StrObject>()->view()) : "__main__";
    Value qualname = dict->remove(ctx_, intern("__qualname__"));
    c->qualname = qualname.is<StrObject>() ? std::string(qualname.as<StrObject>()->view()) : name;
    dict->remove(ctx_, intern("__classcell__"));
    ctx_.error().clear();
    if (dict->get(ctx_, intern("__doc__")).isEmpty()) dict->set(ctx_, intern("__doc__"), Value::none());
    std::string message;
    if (!c->computeMro(message)) {
        raise(types_.typeError, message);
        return false;
    }
    if (auto* cell = bodyResult.tryAs<CellObject>()) cell->value = cls;
    return true;
}

}  // namespace ts::script
