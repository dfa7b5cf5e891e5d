#include "script/builtins/TimeModule.h"

#include <cmath>

#include "script/builtins/CivilTime.h"
#include "script/runtime/Concat.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/Interpreter.h"
#include "script/vm/ModuleObject.h"

namespace ts::script {

namespace {

double wallSeconds(const NativeCall& call) {
    return static_cast<double>(call.vm.config().wallClockOrigin) + static_cast<double>(call.now) / 1e9;
}

// The optional seconds argument of ctime/localtime/gmtime (None or absent: now).
bool secondsArgument(NativeCall& call, std::int64_t& seconds) {
    if (call.args.size() == 0 || call.args[0].isNone()) {
        seconds = static_cast<std::int64_t>(std::floor(wallSeconds(call)));
        return true;
    }
    const Value& v = call.args[0];
    if (!v.isNumber()) {
        call.raise(call.vm.types().typeError, concat("'", RuntimeContext::typeName(v), "' object cannot be interpreted as an integer"));
        return false;
    }
    seconds = static_cast<std::int64_t>(std::floor(v.toDouble()));
    return true;
}

Value structTime(RuntimeContext& ctx, const BrokenDownTime& t) {
    return ctx.newTuple({Value::fromInt(t.year), Value::fromInt(t.month), Value::fromInt(t.day), Value::fromInt(t.hour),
                         Value::fromInt(t.minute), Value::fromInt(t.second), Value::fromInt(t.weekday),
                         Value::fromInt(t.yearday), Value::fromInt(0)});
}

// A struct_time (here: a 9-tuple) back to its fields; false after raising.
bool fromStructTime(NativeCall& call, const Value& v, BrokenDownTime& t) {
    auto* tuple = v.tryAs<TupleObject>();
    if (!tuple || tuple->size() != 9) {
        call.raise(call.vm.types().typeError, "Tuple or struct_time argument required");
        return false;
    }
    int fields[9];
    for (std::size_t i = 0; i < 9; ++i) {
        if (!(*tuple)[i].isIntLike()) {
            call.raise(call.vm.types().typeError, "an integer is required");
            return false;
        }
        fields[i] = static_cast<int>((*tuple)[i].asInt());
    }
    t.year = fields[0];
    t.month = fields[1];
    t.day = fields[2];
    t.hour = fields[3];
    t.minute = fields[4];
    t.second = fields[5];
    t.weekday = fields[6];
    t.yearday = fields[7];
    return true;
}

bool timeArgument(NativeCall& call, std::size_t index, BrokenDownTime& t) {
    if (call.args.size() <= index) {
        t = CivilTime::fromEpochSeconds(static_cast<std::int64_t>(std::floor(wallSeconds(call))));
        return true;
    }
    return fromStructTime(call, call.args[index], t);
}

}  // namespace

bool TimeModule::fill(Interpreter& vm, ModuleObject& module) {
    const Value& dict = module.globals;
    vm.defineNative(dict, "sleep", [](NativeCall& call) -> Value {
        if (call.args.size() != 1) return call.raise(call.vm.types().typeError, concat("sleep() takes exactly one argument (", std::to_string(call.args.size()), " given)"));
        const Value& v = call.args[0];
        if (!v.isNumber()) {
            return call.raise(call.vm.types().typeError, call.vm.isPython2() ? "a float is required"
                                                                             : concat("'", RuntimeContext::typeName(v), "' object cannot be interpreted as an integer"));
        }
        double seconds = v.toDouble();
        if (seconds < 0) return call.raise(call.vm.types().valueError, "sleep length must be non-negative");
        if (!(seconds < 1e6)) return call.raise(call.vm.types().overflowError, "sleep length is too large");
        auto duration = static_cast<Time>(std::llround(seconds * 1e9));
        return call.suspend(Demand::sleep(duration), [](NativeCall&) { return Value::none(); });
    });
    vm.defineNative(dict, "time", [](NativeCall& call) { return Value::fromFloat(wallSeconds(call)); });
    vm.defineNative(dict, "time_ns", [](NativeCall& call) {
        return Value::fromInt(call.vm.config().wallClockOrigin * 1000000000 + call.now);
    });
    for (const char* name : {"monotonic", "perf_counter", "process_time", "thread_time", "clock"}) {
        vm.defineNative(dict, name, [](NativeCall& call) { return Value::fromFloat(static_cast<double>(call.now) / 1e9); });
    }
    for (const char* name : {"monotonic_ns", "perf_counter_ns"}) {
        vm.defineNative(dict, name, [](NativeCall& call) { return Value::fromInt(call.now); });
    }
    vm.defineNative(dict, "ctime", [](NativeCall& call) -> Value {
        std::int64_t seconds;
        if (!secondsArgument(call, seconds)) return Value::error();
        return call.ctx.newStr(CivilTime::ctime(CivilTime::fromEpochSeconds(seconds)));
    });
    vm.defineNative(dict, "asctime", [](NativeCall& call) -> Value {
        BrokenDownTime t;
        if (!timeArgument(call, 0, t)) return Value::error();
        return call.ctx.newStr(CivilTime::ctime(t));
    });
    for (const char* name : {"localtime", "gmtime"}) {
        vm.defineNative(dict, name, [](NativeCall& call) -> Value {
            std::int64_t seconds;
            if (!secondsArgument(call, seconds)) return Value::error();
            return structTime(call.ctx, CivilTime::fromEpochSeconds(seconds));
        });
    }
    vm.defineNative(dict, "mktime", [](NativeCall& call) -> Value {
        BrokenDownTime t;
        if (call.args.size() != 1 || !fromStructTime(call, call.args[0], t)) {
            return call.ctx.hasError() ? Value::error() : call.raise(call.vm.types().typeError, "mktime() takes exactly one argument");
        }
        return Value::fromFloat(static_cast<double>(CivilTime::toEpochSeconds(t)));
    });
    vm.defineNative(dict, "strftime", [](NativeCall& call) -> Value {
        if (call.args.size() < 1 || !call.args[0].is<StrObject>()) {
            return call.raise(call.vm.types().typeError, "strftime() argument 1 must be str");
        }
        BrokenDownTime t;
        if (!timeArgument(call, 1, t)) return Value::error();
        return call.ctx.newStr(CivilTime::format(call.args[0].as<StrObject>()->view(), t));
    });
    return true;
}

}  // namespace ts::script
