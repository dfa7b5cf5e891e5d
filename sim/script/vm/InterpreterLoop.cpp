// The instruction loop. Every instruction's effect is CPython 3.9's (see Opcode.h); state lives
// in the frames of the VmThread, and the loop keeps copies of the hot parts (stack pointer, pc,
// constants, locals) in locals, written back (SAVE_FRAME) before anything that may inspect the
// frame, raise, or push another frame.
#include "script/runtime/Arithmetic.h"
#include "script/runtime/Comparison.h"
#include "script/runtime/Concat.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/Hashing.h"
#include "script/runtime/Indexing.h"
#include "script/runtime/IteratorObject.h"
#include "script/runtime/Iteration.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/RangeObject.h"
#include "script/runtime/SetObject.h"
#include "script/runtime/SliceObject.h"
#include "script/runtime/StrFormatter.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/runtime/Collections.h"
#include "script/syntax/AstExpr.h"
#include "script/vm/BuiltinFunctionObject.h"
#include "script/vm/CellObject.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/FunctionObject.h"
#include "script/vm/GeneratorMethods.h"
#include "script/vm/GeneratorObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ModuleObject.h"

namespace ts::script {

namespace {

// The bool value of an inline Value, or -1 when it needs the general (object) path.
// Where the str name's entry is in the dict `globals`: its position, HashTable::NotFound, or
// HashTable::Failed after raising.
std::int64_t globalPosition(RuntimeContext& ctx, const Value& globals, const Value& name) {
    std::int64_t hash = 0;
    if (!Hashing::hash(ctx, name, hash)) return HashTable::Failed;
    return globals.as<DictObject>()->table().find(ctx, name, hash);
}

std::uint32_t hintFor(std::int64_t position) {
    return position >= 0 ? static_cast<std::uint32_t>(position) : UINT32_MAX;
}

inline int fastTruth(const Value& v) {
    switch (v.tag()) {
    case ValueTag::Bool:
    case ValueTag::Int: return v.asInt() != 0;
    case ValueTag::None: return 0;
    default: return -1;
    }
}

}  // namespace

void Interpreter::noteLine(VmThread& thread, const Frame& frame, int pc) {
    const CodeObject* code = frame.code;
    if (code->positions.empty()) return;
    const int line = code->positions[static_cast<std::size_t>(pc)].line;
    if (line <= 0 || (line == thread.reportedLine && code == thread.reportedCode)) return;
    thread.reportedLine = line;
    thread.reportedCode = code;
    lineListener_->lineReached(thread, line, timeOf(thread));
}

Interpreter::Stop Interpreter::execute(VmThread& thread) {
    RuntimeContext& ctx = ctx_;
    Frame* f = nullptr;
    Value* sp = nullptr;
    int pc = 0;
    const Instruction* code = nullptr;
    const Value* consts = nullptr;
    const Value* names = nullptr;
    Value* fast = nullptr;

#define LOAD_FRAME()                                  \
    do {                                              \
        f = &thread.top();                            \
        if (f->isBoundary()) return Stop::Boundary;   \
        sp = f->sp;                                   \
        pc = f->pc;                                   \
        code = f->instructions;                       \
        consts = f->code->constants.data();           \
        names = f->info->names.data();                \
        fast = f->fast;                               \
    } while (0)
#define SAVE_FRAME()  \
    do {              \
        f->sp = sp;   \
        f->pc = pc;   \
    } while (0)
#define POP() (std::move(*--sp))
    // The memory limit is polled after the instructions that can grow the heap (one compare):
    // an endless list ends in MemoryError instead of taking the machine's memory.
#define CHECK_MEMORY()            \
    do {                          \
        if (heap.overLimit()) {   \
            SAVE_FRAME();         \
            raiseMemoryError();   \
            goto errorSaved;      \
        }                         \
    } while (0)
    const Heap& heap = ctx.heap();
    // Where Python 3 takes a pending Ctrl-C: the traceback names the instruction just begun.
#define INTERRUPT_CHECKPOINT()                                                        \
    do {                                                                              \
        if (thread.interruptAtCheckpoint && thread.nestedDepth == 0) [[unlikely]] {   \
            thread.interruptAtCheckpoint = false;                                     \
            SAVE_FRAME();                                                             \
            raiseObject(newException(types_.keyboardInterrupt, {}));                  \
            goto errorSaved;                                                          \
        }                                                                             \
    } while (0)

    if (thread.interruptPending && thread.nestedDepth == 0) {
        thread.interruptPending = false;
        // The interrupt arrives before the instruction at pc: the traceback (which reads the
        // line of the instruction before pc) must name that one, not the one executed last —
        // after a jump back they are lines apart (`while 1: pass` is reported at `pass`).
        if (Frame& top = thread.top(); !top.isBoundary()) ++top.pc;
        thread.propagating = newException(types_.keyboardInterrupt, {});
        if (!unwind(thread, true)) return Stop::Boundary;
    } else if (thread.raisePending) {
        thread.raisePending = false;
        if (!unwind(thread, true)) return Stop::Boundary;
    }
    LOAD_FRAME();
    // Code run from a C++ callback (a __repr__, a sort key) is part of the line that called it.
    const bool reportLines = lineListener_ != nullptr && thread.nestedDepth == 0;

    for (;;) {
        if (--thread.budget < 0) [[unlikely]] {
            if (thread.nestedDepth == 0) {
                ++thread.budget;
                SAVE_FRAME();
                return Stop::Budget;
            }
            // Nested code cannot stop here; it only may not run on past the run's end.
            if (nestedRunPastLimit(thread)) {
                // Unwound as an error (what errorSaved does; a goto would cross this
                // iteration's declarations), and again at every handler's first instruction.
                SAVE_FRAME();
                raise(types_.runtimeError, "the program was stopped at its limit inside nested code");
                thread.propagating = takeError();
                if (!unwind(thread, true)) return Stop::Boundary;
                LOAD_FRAME();
                continue;
            }
        }
        if (reportLines) [[unlikely]] noteLine(thread, *f, pc);
        const Instruction instruction = code[pc++];
        const std::uint32_t arg = instruction.arg();
        Value result;
        CallStatus status = CallStatus::Done;

        switch (instruction.op()) {
        case Opcode::Nop: continue;
        case Opcode::PopTop: *--sp = Value(); continue;
        case Opcode::RotTwo: std::swap(sp[-1], sp[-2]); continue;
        case Opcode::RotThree: {
            Value top = POP();
            sp[0] = std::move(sp[-1]);
            sp[-1] = std::move(sp[-2]);
            sp[-2] = std::move(top);
            ++sp;
            continue;
        }
        case Opcode::RotFour: {
            Value top = POP();
            sp[0] = std::move(sp[-1]);
            sp[-1] = std::move(sp[-2]);
            sp[-2] = std::move(sp[-3]);
            sp[-3] = std::move(top);
            ++sp;
            continue;
        }
        case Opcode::DupTop: sp[0] = sp[-1]; ++sp; continue;
        case Opcode::DupTopTwo:
            sp[0] = sp[-2];
            sp[1] = sp[-1];
            sp += 2;
            continue;

        // ---- names
        case Opcode::LoadConst: *sp++ = consts[arg]; continue;
        case Opcode::LoadFast: {
            const Value& v = fast[arg];
            if (v.isEmpty()) {
                SAVE_FRAME();
                raiseUnboundLocal(*f, static_cast<int>(arg));
                goto error;
            }
            *sp++ = v;
            continue;
        }
        case Opcode::StoreFast: fast[arg] = POP(); continue;
        case Opcode::DeleteFast:
            if (fast[arg].isEmpty()) {
                SAVE_FRAME();
                raiseUnboundLocal(*f, static_cast<int>(arg));
                goto error;
            }
            fast[arg] = Value();
            continue;
        case Opcode::LoadGlobal: {
            const Value& name = names[arg];
            const auto& entries = f->globals.as<DictObject>()->table().entries();
            std::uint32_t& hint = f->info->globalHints[arg];
            if (hint < entries.size() && entries[hint].key.identical(name)) {
                *sp++ = entries[hint].value;
                continue;
            }
            std::int64_t position = globalPosition(ctx, f->globals, name);
            if (position == HashTable::Failed) goto error;
            hint = hintFor(position);
            if (position >= 0) {
                *sp++ = entries[static_cast<std::size_t>(position)].value;
                continue;
            }
            if (result.isEmpty()) result = builtins_.as<DictObject>()->get(ctx, name);
            if (result.isEmpty()) {
                SAVE_FRAME();
                raiseNameError(name);
                goto error;
            }
            if (result.isError()) goto error;
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::StoreGlobal: {
            Value v = POP();
            // Replacing the value of an existing key changes nothing else in the dict.
            auto& entries = f->globals.as<DictObject>()->table().entries();
            std::uint32_t& hint = f->info->globalHints[arg];
            if (hint < entries.size() && entries[hint].key.identical(names[arg])) {
                entries[hint].value = std::move(v);
                continue;
            }
            if (!f->globals.as<DictObject>()->set(ctx, names[arg], std::move(v))) goto error;
            hint = hintFor(globalPosition(ctx, f->globals, names[arg]));
            continue;
        }
        case Opcode::DeleteGlobal: {
            result = f->globals.as<DictObject>()->remove(ctx, names[arg]);
            if (result.isError()) goto error;
            if (result.isEmpty()) {
                raiseNameError(names[arg]);
                goto error;
            }
            continue;
        }
        case Opcode::LoadName: {
            const Value& name = names[arg];
            if (!f->locals.isEmpty()) result = f->locals.as<DictObject>()->get(ctx, name);
            if (result.isEmpty()) result = f->globals.as<DictObject>()->get(ctx, name);
            if (result.isEmpty()) result = builtins_.as<DictObject>()->get(ctx, name);
            if (result.isEmpty()) {
                SAVE_FRAME();
                raiseNameError(name);
                goto error;
            }
            if (result.isError()) goto error;
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::StoreName: {
            Value v = POP();
            const Value& target = f->locals.isEmpty() ? f->globals : f->locals;
            if (!target.as<DictObject>()->set(ctx, names[arg], std::move(v))) goto error;
            continue;
        }
        case Opcode::DeleteName: {
            const Value& target = f->locals.isEmpty() ? f->globals : f->locals;
            result = target.as<DictObject>()->remove(ctx, names[arg]);
            if (result.isError()) goto error;
            if (result.isEmpty()) {
                raiseNameError(names[arg]);
                goto error;
            }
            continue;
        }
        case Opcode::LoadDeref: {
            const Value& v = f->cells[arg].as<CellObject>()->value;
            if (v.isEmpty()) {
                SAVE_FRAME();
                raiseUnboundCell(*f, static_cast<int>(arg));
                goto error;
            }
            *sp++ = v;
            continue;
        }
        case Opcode::StoreDeref: f->cells[arg].as<CellObject>()->value = POP(); continue;
        case Opcode::DeleteDeref: {
            Value& v = f->cells[arg].as<CellObject>()->value;
            if (v.isEmpty()) {
                SAVE_FRAME();
                raiseUnboundCell(*f, static_cast<int>(arg));
                goto error;
            }
            v = Value();
            continue;
        }
        case Opcode::LoadClosure: *sp++ = f->cells[arg]; continue;
        case Opcode::LoadClassDeref: {
            std::size_t cellCount = f->code->cellvars.size();
            const std::string& name = arg < cellCount ? f->code->cellvars[arg] : f->code->freevars[arg - cellCount];
            if (!f->locals.isEmpty()) result = f->locals.as<DictObject>()->get(ctx, intern(name));
            if (result.isEmpty()) result = f->cells[arg].as<CellObject>()->value;
            if (result.isEmpty()) {
                SAVE_FRAME();
                raiseUnboundCell(*f, static_cast<int>(arg));
                goto error;
            }
            *sp++ = std::move(result);
            continue;
        }

        // ---- attributes
        case Opcode::LoadAttr: {
            Value object = POP();
            SAVE_FRAME();
            status = loadAttr(&thread, object, names[arg], result);
            break;
        }
        case Opcode::StoreAttr: {
            Value object = POP();
            Value v = POP();
            SAVE_FRAME();
            status = storeAttr(&thread, object, names[arg], v);
            if (status == CallStatus::Done) continue;
            break;
        }
        case Opcode::DeleteAttr: {
            Value object = POP();
            SAVE_FRAME();
            if (!delAttr(object, names[arg])) goto error;
            continue;
        }
        case Opcode::LoadMethod: {
            Value object = POP();
            const Value& name = names[arg];
            if (InstanceObject* inst = asInstance(object); inst && inst->classObject()->layout != ClassObject::Layout::ThreadLocal) {
                Value attribute = inst->classObject()->lookup(ctx, name);
                bool plainMethod = attribute.is<FunctionObject>() ||
                                   (attribute.is<BuiltinFunctionObject>() && attribute.as<BuiltinFunctionObject>()->isMethod);
                if (plainMethod && inst->dict.as<DictObject>()->get(ctx, name).isEmpty()) {
                    *sp++ = std::move(attribute);
                    *sp++ = std::move(object);
                    continue;
                }
            } else if (object.isObject() && object.asObject()->kind() < ObjectKind::FirstVmKind) {
                Value method = nativeMethodFor(object, name);
                if (!method.isEmpty()) {
                    *sp++ = std::move(method);
                    *sp++ = std::move(object);
                    continue;
                }
            }
            *sp++ = Value();  // CPython's NULL: CallMethod calls the attribute itself
            SAVE_FRAME();
            status = loadAttr(&thread, object, name, result);
            break;
        }
        case Opcode::CallMethod: {
            INTERRUPT_CHECKPOINT();
            Value* base = sp - arg - 2;
            f->sp = base;
            f->pc = pc;
            if (base[0].isEmpty()) status = invoke(thread, base[1], base + 2, static_cast<int>(arg), nullptr, Continuation::push(), result);
            else status = invoke(thread, base[0], base + 1, static_cast<int>(arg) + 1, nullptr, Continuation::push(), result);
            while (sp > base) *--sp = Value();
            break;
        }

        // ---- operators
        case Opcode::UnaryOp: {
            Value a = POP();
            SAVE_FRAME();
            if (arg == static_cast<std::uint32_t>(ast::UnaryOperator::Not)) {
                int truth = fastTruth(a);
                if (truth < 0) truth = Comparison::truthy(ctx, a);
                if (truth < 0) goto error;
                *sp++ = Value::fromBool(truth == 0);
                continue;
            }
            result = unaryOperation(static_cast<int>(arg), a);
            if (result.isError()) goto error;
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::BinaryOp:
        case Opcode::InplaceOp: {
            Value& a = sp[-2];
            const Value& b = sp[-1];
            if (a.isInt() && b.isInt()) {
                std::int64_t r;
                auto op = static_cast<ast::BinaryOperator>(arg);
                if (op == ast::BinaryOperator::Add && !__builtin_add_overflow(a.asInt(), b.asInt(), &r)) {
                    --sp;
                    a = Value::fromInt(r);
                    continue;
                }
                if (op == ast::BinaryOperator::Sub && !__builtin_sub_overflow(a.asInt(), b.asInt(), &r)) {
                    --sp;
                    a = Value::fromInt(r);
                    continue;
                }
            }
            SAVE_FRAME();
            result = binaryOperation(static_cast<int>(arg), a, b, instruction.op() == Opcode::InplaceOp);
            if (result.isError()) goto error;
            sp[-1] = Value();
            --sp;
            sp[-1] = std::move(result);
            CHECK_MEMORY();
            continue;
        }
        case Opcode::CompareOp: {
            Value& a = sp[-2];
            const Value& b = sp[-1];
            auto op = static_cast<CompareOp>(arg);
            if (a.isInt() && b.isInt()) {
                bool r = Comparison::intCompare(a.asInt(), b.asInt(), op);
                --sp;
                a = Value::fromBool(r);
                continue;
            }
            SAVE_FRAME();
            result = Comparison::compareValues(ctx, a, b, op);
            if (result.isError()) goto error;
            sp[-1] = Value();
            --sp;
            sp[-1] = std::move(result);
            continue;
        }
        case Opcode::IsOp: {
            Value b = POP();
            bool same = sp[-1].identical(b);
            sp[-1] = Value::fromBool(arg == 0 ? same : !same);
            continue;
        }
        case Opcode::ContainsOp: {
            Value container = POP();
            Value item = POP();
            SAVE_FRAME();
            int found = containsOperation(container, item);
            if (found < 0) goto error;
            *sp++ = Value::fromBool(arg == 0 ? found != 0 : found == 0);
            continue;
        }
        case Opcode::BinarySubscr: {
            Value index = POP();
            Value container = POP();
            SAVE_FRAME();
            if (asInstance(container)) {
                Value method = findAttr(container, intern("__getitem__"));
                if (method.isEmpty()) {
                    raise(types_.typeError, concat("'", RuntimeContext::typeName(container), "' object is not subscriptable"));
                    goto error;
                }
                status = invoke(thread, method, &index, 1, nullptr, Continuation::push(), result);
                break;
            }
            if (container.is<ClassObject>()) {
                // list[int] and friends in annotations-like code: the class itself.
                result = container;
                break;
            }
            result = Indexing::getItem(ctx, container, index);
            if (result.isError()) goto error;
            *sp++ = std::move(result);
            CHECK_MEMORY();
            continue;
        }
        case Opcode::StoreSubscr: {
            Value index = POP();
            Value container = POP();
            Value v = POP();
            SAVE_FRAME();
            if (asInstance(container)) {
                Value args[2] = {index, v};
                int called = callSpecialMethod(container, "__setitem__", args, result);
                if (called == 0) {
                    raise(types_.typeError, concat("'", RuntimeContext::typeName(container), "' object does not support item assignment"));
                }
                if (called <= 0) goto error;
                continue;
            }
            if (!Indexing::setItem(ctx, container, index, v)) goto error;
            CHECK_MEMORY();  // d[i] = i in a loop grows a dict without building anything
            continue;
        }
        case Opcode::DeleteSubscr: {
            Value index = POP();
            Value container = POP();
            SAVE_FRAME();
            if (asInstance(container)) {
                Value args[1] = {index};
                int called = callSpecialMethod(container, "__delitem__", args, result);
                if (called == 0) {
                    raise(types_.typeError, concat("'", RuntimeContext::typeName(container), "' object does not support item deletion"));
                }
                if (called <= 0) goto error;
                continue;
            }
            if (!Indexing::deleteItem(ctx, container, index)) goto error;
            continue;
        }
        case Opcode::BuildSlice: {
            Value step = arg == 3 ? POP() : Value::none();
            Value stop = POP();
            Value start = POP();
            *sp++ = ctx.heap().make<SliceObject>(std::move(start), std::move(stop), std::move(step));
            continue;
        }

        // ---- control flow
        case Opcode::Jump:
            if (static_cast<int>(arg) < pc) INTERRUPT_CHECKPOINT();
            pc = static_cast<int>(arg);
            continue;
        case Opcode::PopJumpIfFalse:
        case Opcode::PopJumpIfTrue: {
            Value v = POP();
            int truth = fastTruth(v);
            if (truth < 0) {
                SAVE_FRAME();
                truth = Comparison::truthy(ctx, v);
                if (truth < 0) goto error;
            }
            if ((truth != 0) == (instruction.op() == Opcode::PopJumpIfTrue)) pc = static_cast<int>(arg);
            continue;
        }
        case Opcode::JumpIfFalseOrPop:
        case Opcode::JumpIfTrueOrPop: {
            int truth = fastTruth(sp[-1]);
            if (truth < 0) {
                SAVE_FRAME();
                truth = Comparison::truthy(ctx, sp[-1]);
                if (truth < 0) goto error;
            }
            if ((truth != 0) == (instruction.op() == Opcode::JumpIfTrueOrPop)) pc = static_cast<int>(arg);
            else *--sp = Value();
            continue;
        }
        case Opcode::GetIter: {
            Value v = POP();
            SAVE_FRAME();
            result = Iteration::iter(ctx, v);
            if (result.isError()) goto error;
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::ForIter: {
            const Value& iterator = sp[-1];
            if (iterator.is<IteratorObject>()) {
                auto* it = iterator.as<IteratorObject>();
                if (it->source == IteratorSource::Range) {
                    auto* range = it->target.as<RangeObject>();
                    std::int64_t next = range->start() + it->position * range->step();
                    if (range->step() > 0 ? next < range->stop() : next > range->stop()) {
                        ++it->position;
                        *sp++ = Value::fromInt(next);
                    } else {
                        *--sp = Value();
                        pc = static_cast<int>(arg);
                    }
                    continue;
                }
                if (it->source == IteratorSource::List) {
                    const auto& items = it->target.as<ListObject>()->items();
                    if (static_cast<std::size_t>(it->position) < items.size()) {
                        *sp++ = items[static_cast<std::size_t>(it->position++)];
                    } else {
                        *--sp = Value();
                        pc = static_cast<int>(arg);
                    }
                    continue;
                }
            }
            SAVE_FRAME();
            if (iterator.is<GeneratorObject>()) [[unlikely]] {
                // A generator's frame runs on this thread's stack (resumeInLoop), as a call's does.
                const Resumed resumed = resumeInLoop(thread, static_cast<int>(arg));
                if (resumed == Resumed::Failed) goto errorSaved;
                if (resumed == Resumed::Entered) {
                    LOAD_FRAME();
                    continue;
                }
            }
            result = Iteration::next(ctx, iterator);
            if (result.isError()) goto error;
            if (result.isEmpty()) {
                *--sp = Value();
                pc = static_cast<int>(arg);
                continue;
            }
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::ReturnValue: {
            result = POP();
            SAVE_FRAME();
            if (!returnFromFrame(thread, std::move(result))) goto errorSaved;
            // A native that called this function (callThen) may have gone on to wait.
            if (thread.suspension) return Stop::Suspended;
            LOAD_FRAME();
            continue;
        }

        // ---- building
        case Opcode::BuildTuple:
        case Opcode::BuildList: {
            std::vector<Value> items;
            items.reserve(arg);
            for (Value* p = sp - arg; p < sp; ++p) items.push_back(std::move(*p));
            sp -= arg;
            *sp++ = instruction.op() == Opcode::BuildTuple ? ctx.newTuple(std::move(items)) : ctx.newList(std::move(items));
            CHECK_MEMORY();
            continue;
        }
        case Opcode::BuildSet: {
            SAVE_FRAME();
            result = ctx.newSet();
            for (Value* p = sp - arg; p < sp; ++p) {
                if (!result.as<SetObject>()->add(ctx, *p)) goto error;
            }
            for (std::uint32_t i = 0; i < arg; ++i) *--sp = Value();
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::BuildMap: {
            SAVE_FRAME();
            result = ctx.newDict();
            for (Value* p = sp - 2 * arg; p < sp; p += 2) {
                if (!result.as<DictObject>()->set(ctx, p[0], p[1])) goto error;
            }
            for (std::uint32_t i = 0; i < 2 * arg; ++i) *--sp = Value();
            *sp++ = std::move(result);
            CHECK_MEMORY();
            continue;
        }
        case Opcode::BuildConstKeyMap: {
            SAVE_FRAME();
            Value keys = POP();
            result = ctx.newDict();
            const auto& keyItems = keys.as<TupleObject>()->items();
            for (std::uint32_t i = 0; i < arg; ++i) {
                if (!result.as<DictObject>()->set(ctx, keyItems[i], sp[static_cast<int>(i) - static_cast<int>(arg)])) goto error;
            }
            for (std::uint32_t i = 0; i < arg; ++i) *--sp = Value();
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::BuildString: {
            std::string text;
            for (Value* p = sp - arg; p < sp; ++p) text += p->as<StrObject>()->text();
            for (std::uint32_t i = 0; i < arg; ++i) *--sp = Value();
            *sp++ = ctx.newStr(std::move(text));
            CHECK_MEMORY();
            continue;
        }
        case Opcode::FormatValue: {
            Value spec = (arg & 4) ? POP() : Value();
            Value v = POP();
            SAVE_FRAME();
            static constexpr char conversions[4] = {0, 's', 'r', 'a'};
            std::string text;
            std::string_view specText = spec.is<StrObject>() ? spec.as<StrObject>()->view() : std::string_view();
            if (!StrFormatter::formatField(ctx, v, conversions[arg & 3], specText, text)) goto error;
            *sp++ = ctx.newStr(std::move(text));
            continue;
        }
        case Opcode::ListAppend: {
            Value v = POP();
            sp[-static_cast<int>(arg)].as<ListObject>()->append(std::move(v));
            CHECK_MEMORY();
            continue;
        }
        case Opcode::SetAdd: {
            Value v = POP();
            SAVE_FRAME();
            if (!sp[-static_cast<int>(arg)].as<SetObject>()->add(ctx, v)) goto error;
            continue;
        }
        case Opcode::MapAdd: {
            Value v = POP();
            Value key = POP();
            SAVE_FRAME();
            if (!sp[-static_cast<int>(arg)].as<DictObject>()->set(ctx, key, std::move(v))) goto error;
            CHECK_MEMORY();
            continue;
        }
        case Opcode::ListExtend: {
            Value iterable = POP();
            SAVE_FRAME();
            auto* list = sp[-static_cast<int>(arg)].as<ListObject>();
            std::vector<Value> items;
            if (!Iteration::collect(ctx, iterable, items)) goto error;
            for (Value& v : items) list->items().push_back(std::move(v));
            list->noteResized();
            continue;
        }
        case Opcode::SetUpdate: {
            Value iterable = POP();
            SAVE_FRAME();
            if (!Collections::addAll(ctx, sp[-static_cast<int>(arg)], iterable)) goto error;
            continue;
        }
        case Opcode::DictUpdate:
        case Opcode::DictMerge: {
            Value update = POP();
            SAVE_FRAME();
            if (!update.is<DictObject>()) {
                raise(types_.typeError, concat("'", RuntimeContext::typeName(update), "' object is not a mapping"));
                goto error;
            }
            const Value& target = sp[-static_cast<int>(arg)];
            if (instruction.op() == Opcode::DictMerge) {
                for (const auto& e : update.as<DictObject>()->table().entries()) {
                    if (e.key.isEmpty()) continue;
                    if (target.as<DictObject>()->contains(ctx, e.key) == 1) {
                        std::string key;
                        toStr(e.key, key);
                        raise(types_.typeError, concat("got multiple values for keyword argument '", key, "'"));
                        goto error;
                    }
                }
            }
            if (!Collections::updateDict(ctx, target, update)) goto error;
            continue;
        }
        case Opcode::ListToTuple: {
            auto& items = sp[-1].as<ListObject>()->items();
            sp[-1] = ctx.newTuple(std::vector<Value>(items.begin(), items.end()));
            continue;
        }
        case Opcode::UnpackSequence: {
            Value sequence = POP();
            SAVE_FRAME();
            if (!unpackSequence(*f, sequence, static_cast<int>(arg))) goto error;
            sp = f->sp;
            continue;
        }
        case Opcode::UnpackEx: {
            Value sequence = POP();
            SAVE_FRAME();
            if (!unpackExtended(*f, sequence, static_cast<int>(arg & 0xff), static_cast<int>(arg >> 8))) goto error;
            sp = f->sp;
            continue;
        }

        // ---- calls and definitions
        case Opcode::CallFunction: {
            INTERRUPT_CHECKPOINT();
            Value* base = sp - arg - 1;
            f->sp = base;
            f->pc = pc;
            status = invoke(thread, base[0], base + 1, static_cast<int>(arg), nullptr, Continuation::push(), result);
            while (sp > base) *--sp = Value();
            break;
        }
        case Opcode::CallFunctionKw: {
            INTERRUPT_CHECKPOINT();
            Value kwnames = POP();
            Value* base = sp - arg - 1;
            f->sp = base;
            f->pc = pc;
            status = invoke(thread, base[0], base + 1, static_cast<int>(arg), kwnames.as<TupleObject>(), Continuation::push(), result);
            while (sp > base) *--sp = Value();
            break;
        }
        case Opcode::CallFunctionEx: {
            INTERRUPT_CHECKPOINT();
            Value kwargs = (arg & 1) ? POP() : Value();
            Value positional = POP();
            Value callable = POP();
            SAVE_FRAME();
            std::vector<Value> args;
            if (positional.is<TupleObject>()) {
                const auto& items = positional.as<TupleObject>()->items();
                args.assign(items.begin(), items.end());
            } else if (!Iteration::collect(ctx, positional, args)) {
                goto error;
            }
            std::vector<Value> keyNames;
            if (!kwargs.isEmpty()) {
                if (!kwargs.is<DictObject>()) {
                    raise(types_.typeError, "argument after ** must be a mapping");
                    goto error;
                }
                for (const auto& e : kwargs.as<DictObject>()->table().entries()) {
                    if (e.key.isEmpty()) continue;
                    if (!e.key.is<StrObject>()) {
                        raise(types_.typeError, "keywords must be strings");
                        goto error;
                    }
                    keyNames.push_back(e.key);
                    args.push_back(e.value);
                }
            }
            Value kwnames = keyNames.empty() ? Value() : ctx.newTuple(std::move(keyNames));
            status = invoke(thread, callable, args.data(), static_cast<int>(args.size()),
                            kwnames.isEmpty() ? nullptr : kwnames.as<TupleObject>(), Continuation::push(), result);
            break;
        }
        case Opcode::MakeFunction: {
            SAVE_FRAME();
            result = makeFunction(*f, static_cast<int>(arg));
            sp = f->sp;
            if (result.isError()) goto error;
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::LoadBuildClass: *sp++ = buildClassFunction_; continue;

        // ---- exceptions and blocks
        case Opcode::SetupFinally:
            if (f->blockCount == Frame::kMaxBlocks) {
                SAVE_FRAME();
                raise(types_.runtimeError, "too many statically nested blocks");
                goto error;
            }
            f->blocks[f->blockCount++] = Block{Block::Type::Finally, static_cast<int>(arg), static_cast<int>(sp - f->stackBase)};
            continue;
        case Opcode::SetupWith: {
            Value manager = sp[-1];
            SAVE_FRAME();
            Value enter = findAttr(manager, intern("__enter__"));
            Value exit = enter.isEmpty() ? Value() : findAttr(manager, intern("__exit__"));
            if (ctx.hasError()) goto error;
            if (enter.isEmpty() || exit.isEmpty()) {
                if (isPython2()) raise(types_.attributeError, enter.isEmpty() ? "__enter__" : "__exit__");
                else raise(types_.typeError, concat("'", RuntimeContext::typeName(manager), "' object does not support the context manager protocol"));
                goto error;
            }
            sp[-1] = std::move(exit);
            SAVE_FRAME();
            Continuation setup{Continuation::Kind::SetupWith, static_cast<int>(arg), Value()};
            status = invoke(thread, enter, nullptr, 0, nullptr, setup, result);
            if (status == CallStatus::Done) {
                // A call that finished at once has already applied the continuation (pushed
                // __enter__'s result and opened the block): a native __enter__, such as a lock's.
                sp = f->sp;
                continue;
            }
            break;
        }
        case Opcode::PopBlock: --f->blockCount; continue;
        case Opcode::PopExcept: {
            --f->blockCount;
            *--sp = Value();  // type
            Value v = POP();
            *--sp = Value();  // traceback
            thread.handledException = v.isNone() ? Value() : std::move(v);
            continue;
        }
        case Opcode::Reraise: {
            *--sp = Value();
            thread.propagating = POP();
            *--sp = Value();
            SAVE_FRAME();
            if (!unwind(thread, false)) return Stop::Boundary;
            LOAD_FRAME();
            continue;
        }
        case Opcode::RaiseVarargs: {
            SAVE_FRAME();
            if (arg == 0) {
                if (thread.handledException.isEmpty()) {
                    raise(types_.runtimeError, isPython2() ? "exceptions must be old-style classes or derived from BaseException, not NoneType"
                                                           : "No active exception to reraise");
                    goto error;
                }
                thread.propagating = thread.handledException;
                if (!unwind(thread, false)) return Stop::Boundary;
                LOAD_FRAME();
                continue;
            }
            Value cause = arg == 2 ? POP() : Value();
            Value raised = POP();
            SAVE_FRAME();
            Value exception = exceptionToRaise(raised);
            if (exception.isError()) goto error;
            if (arg == 2 && !setCause(exception, cause)) goto error;
            raiseObject(exception);
            goto error;
        }
        case Opcode::JumpIfNotExcMatch: {
            Value pattern = POP();
            Value type = POP();
            SAVE_FRAME();
            int matches = exceptionMatches(type, pattern);
            if (matches < 0) goto error;
            if (matches == 0) pc = static_cast<int>(arg);
            continue;
        }
        case Opcode::WithExceptStart: {
            Value exitArgs[3] = {sp[-1], sp[-2], sp[-3]};
            Value exit = sp[-7];
            SAVE_FRAME();
            status = invoke(thread, exit, exitArgs, 3, nullptr, Continuation::push(), result);
            break;
        }
        case Opcode::LoadAssertionError: *sp++ = types_.assertionError; continue;

        // ---- modules
        case Opcode::ImportName: {
            *--sp = Value();  // fromlist
            *--sp = Value();  // level
            SAVE_FRAME();
            result = importModule(names[arg].as<StrObject>()->view());
            if (result.isError()) goto error;
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::ImportFrom: {
            SAVE_FRAME();
            result = findAttr(sp[-1], names[arg]);
            if (result.isError()) goto error;
            if (result.isEmpty()) {
                std::string_view moduleName = sp[-1].is<ModuleObject>() ? std::string_view(sp[-1].as<ModuleObject>()->name) : "?";
                std::string_view name = names[arg].as<StrObject>()->view();
                raise(types_.importError, isPython2() ? concat("cannot import name ", name)
                                                      : concat("cannot import name '", name, "' from '", moduleName, "' (unknown location)"));
                goto error;
            }
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::ImportStar: {
            Value module = POP();
            SAVE_FRAME();
            if (!module.is<ModuleObject>()) continue;
            const Value& target = f->locals.isEmpty() ? f->globals : f->locals;
            for (const auto& e : module.as<ModuleObject>()->globals.as<DictObject>()->table().entries()) {
                if (e.key.isEmpty() || e.key.as<StrObject>()->view().starts_with("_")) continue;
                if (!target.as<DictObject>()->set(ctx, e.key, e.value)) goto error;
            }
            continue;
        }

        // ---- Python 2's print statement
        case Opcode::PrintItem:
        case Opcode::PrintItemTo: {
            // print >>f, x: the compiler leaves the item on top of the stream.
            Value item = POP();
            Value stream;
            if (instruction.op() == Opcode::PrintItemTo) stream = POP();
            SAVE_FRAME();
            if (!printItem(stream, item)) goto error;
            continue;
        }
        case Opcode::PrintNewline:
        case Opcode::PrintNewlineTo: {
            Value stream;
            if (instruction.op() == Opcode::PrintNewlineTo) stream = POP();
            SAVE_FRAME();
            if (!printNewline(stream)) goto error;
            continue;
        }

        case Opcode::GetYieldFromIter: {
            if (sp[-1].is<GeneratorObject>()) continue;
            Value v = POP();
            SAVE_FRAME();
            result = Iteration::iter(ctx, v);
            if (result.isError()) goto error;
            *sp++ = std::move(result);
            continue;
        }
        case Opcode::YieldFrom: {
            Value sent = POP();
            SAVE_FRAME();
            if (sp[-1].is<GeneratorObject>()) {
                // As in ForIter: the sub-generator runs on the thread's stack (resumeInYieldFrom).
                const Resumed resumed = resumeInYieldFrom(thread, sent);
                if (resumed == Resumed::Failed) goto errorSaved;
                if (resumed == Resumed::Entered) {
                    LOAD_FRAME();
                    continue;
                }
            }
            Value out;
            const GeneratorMethods::Step step = GeneratorMethods::delegate(*this, sp[-1], sent, out);
            if (step == GeneratorMethods::Step::Failed) goto error;
            if (step == GeneratorMethods::Step::Returned) {
                sp[-1] = std::move(out);  // the iterator makes way for the result
                continue;
            }
            // The iterator yielded: this generator yields the same value, and its next resume
            // comes back to this instruction with the value sent (throw and close look here
            // for the iterator to pass them on to: GeneratorMethods::delegatedTo).
            --pc;
            *sp++ = std::move(out);
            goto yieldTop;
        }
        case Opcode::YieldValue: {
        yieldTop:
            Value yielded = POP();
            SAVE_FRAME();
            if (!f->generator) {
                raise(types_.runtimeError, "yield outside a generator frame");
                goto error;
            }
            const bool delegated = suspendGenerator(thread, std::move(yielded));
            LOAD_FRAME();
            if (delegated) {
                // A sub-generator resumed by `yield from` yielded: the delegating generator
                // yields the same value, and its next resume comes back to its YieldFrom with
                // the value sent (throw and close look there: GeneratorMethods::delegatedTo).
                --pc;
                goto yieldTop;
            }
            continue;
        }
        default:
            SAVE_FRAME();
            raise(types_.runtimeError, concat("unknown opcode ", opcodeName(instruction.op())));
            goto error;
        }

        // A call or an attribute access finished one of four ways.
        switch (status) {
        case CallStatus::Done:
            *sp++ = std::move(result);
            CHECK_MEMORY();
            continue;
        case CallStatus::Pushed: LOAD_FRAME(); continue;
        case CallStatus::Suspended: SAVE_FRAME(); return Stop::Suspended;
        case CallStatus::Failed: break;
        }

    error:
        SAVE_FRAME();
    errorSaved:
        thread.propagating = takeError();
        if (!unwind(thread, true)) return Stop::Boundary;
        LOAD_FRAME();
    }
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef POP
#undef CHECK_MEMORY
#undef INTERRUPT_CHECKPOINT
}

}  // namespace ts::script
