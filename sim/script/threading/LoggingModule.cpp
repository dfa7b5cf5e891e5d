#include "script/threading/LoggingModule.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

#include "script/builtins/CivilTime.h"
#include "script/process/PythonProcess.h"
#include "script/runtime/DictObject.h"
#include "script/runtime/PercentFormatter.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/threading/NativeSupport.h"
#include "script/threading/SyncClasses.h"
#include "script/vm/ClassObject.h"
#include "script/vm/ModuleObject.h"

namespace ts::script {

namespace {

constexpr int kNotSet = 0, kDebug = 10, kInfo = 20, kWarning = 30, kError = 40, kCritical = 50;

struct LoggingState {
    int rootLevel = kWarning;
    std::map<std::string, int> levels;  // loggers other than the root: their own level
    std::string format = "%(levelname)s:%(name)s:%(message)s";
    std::string dateFormat;  // empty: "%Y-%m-%d %H:%M:%S,mmm"
    // basicConfig(stream=...): where records go. Empty (the default) or sys.stderr: stderr;
    // sys.stdout: stdout; any other object: its write() method, as logging.StreamHandler does.
    Value stream;
    bool configured = false;
    Value loggerClass;
    std::map<std::string, Value> loggers;
};

std::string levelName(int level) {
    switch (level) {
    case kDebug: return "DEBUG";
    case kInfo: return "INFO";
    case kWarning: return "WARNING";
    case kError: return "ERROR";
    case kCritical: return "CRITICAL";
    case kNotSet: return "NOTSET";
    default: return "Level " + std::to_string(level);
    }
}

int effectiveLevel(const LoggingState& state, const std::string& logger) {
    auto found = state.levels.find(logger);
    return found != state.levels.end() && found->second != kNotSet ? found->second : state.rootLevel;
}

// Emits one record from `logger` at `level`: msg % args, then the format % the record's fields.
Value emit(PythonProcess& process, LoggingState& state, NativeCall& call, const std::string& logger, int level,
           const Value& msg, std::span<const Value> args, bool withTraceback) {
    Interpreter& vm = call.vm;
    RuntimeContext& ctx = call.ctx;
    if (level < effectiveLevel(state, logger)) return Value::none();
    std::string message;
    if (!vm.toStr(msg, message)) return Value::error();
    if (!args.empty()) {
        // logging.debug('%s', x): a single mapping argument is used as the mapping, as in Python.
        Value formatArgs = args.size() == 1 && args[0].is<DictObject>() ? args[0] : ctx.newTuple({args.begin(), args.end()});
        std::string formatted;
        if (!PercentFormatter::append(ctx, message, formatArgs, formatted)) return Value::error();
        message = std::move(formatted);
    }
    const Time now = call.now;
    const double created = static_cast<double>(vm.config().wallClockOrigin) + static_cast<double>(now) / 1e9;
    const auto seconds = static_cast<std::int64_t>(std::floor(created));
    const int millis = static_cast<int>((now / 1000000) % 1000);
    BrokenDownTime civil = CivilTime::fromEpochSeconds(seconds);
    std::string asctime;
    if (state.dateFormat.empty()) {
        char ms[8];
        std::snprintf(ms, sizeof ms, ",%03d", millis);
        asctime = CivilTime::format("%Y-%m-%d %H:%M:%S", civil) + ms;
    } else {
        asctime = CivilTime::format(state.dateFormat, civil);
    }
    PythonThreadRecord* thread = process.recordOf(call.thread);
    Value record = ctx.newDict();
    auto* fields = record.as<DictObject>();
    auto set = [&](const char* key, Value v) { fields->set(ctx, vm.intern(key), std::move(v)); };
    set("name", ctx.newStr(logger));
    set("levelname", ctx.newStr(levelName(level)));
    set("levelno", Value::fromInt(level));
    set("message", ctx.newStr(message));
    set("msg", msg);
    set("threadName", ctx.newStr(thread ? thread->name : std::string("MainThread")));
    set("thread", Value::fromInt(thread ? thread->ident : 0));
    set("asctime", ctx.newStr(asctime));
    set("created", Value::fromFloat(created));
    set("msecs", Value::fromFloat(static_cast<double>(now % 1000000000) / 1e6));
    set("relativeCreated", Value::fromFloat(static_cast<double>(now) / 1e6));
    set("process", Value::fromInt(4242));
    set("processName", ctx.newStr("MainProcess"));
    set("module", ctx.newStr("__main__"));
    set("filename", ctx.newStr(vm.config().argv.empty() ? std::string("<program>") : vm.config().argv.front()));
    set("funcName", ctx.newStr("<module>"));
    set("lineno", Value::fromInt(0));
    set("pathname", ctx.newStr(vm.config().argv.empty() ? std::string("<program>") : vm.config().argv.front()));
    std::string line;
    if (!PercentFormatter::append(ctx, state.format, record, line)) return Value::error();
    if (withTraceback && !call.thread.handledException.isEmpty()) {
        line += "\n" + vm.formatTraceback(call.thread.handledException);
        if (!line.empty() && line.back() == '\n') line.pop_back();
    }
    line += '\n';
    if (state.stream.isEmpty() || state.stream.identical(vm.stderrObject())) {
        vm.write(OutputStream::Stderr, line, call.thread);
    } else if (state.stream.identical(vm.stdoutObject())) {
        vm.write(OutputStream::Stdout, line, call.thread);
    } else {
        Value write = vm.getAttr(state.stream, vm.intern("write"));
        if (write.isError()) return write;
        const Value text[] = {ctx.newStr(line)};
        if (vm.call(ctx, write, text).isError()) return Value::error();
    }
    return Value::none();
}

int levelArgument(const Value* v, int fallback) {
    return v && v->isIntLike() ? static_cast<int>(v->asInt()) : fallback;
}

}  // namespace

bool LoggingModule::fill(PythonProcess& process, ModuleObject& module) {
    Interpreter& vm = process.vm();
    RuntimeContext& ctx = vm.context();
    auto state = std::make_shared<LoggingState>();
    const Value& dict = module.globals;
    auto* d = dict.as<DictObject>();
    const std::pair<const char*, int> constants[] = {{"NOTSET", kNotSet}, {"DEBUG", kDebug}, {"INFO", kInfo},
                                                     {"WARNING", kWarning}, {"WARN", kWarning}, {"ERROR", kError},
                                                     {"CRITICAL", kCritical}, {"FATAL", kCritical}};
    for (const auto& [name, level] : constants) d->set(ctx, vm.intern(name), Value::fromInt(level));

    vm.defineNative(dict, "basicConfig", [state](NativeCall& call) -> Value {
        if (state->configured) return Value::none();  // as in Python: only the first call counts
        state->configured = true;
        if (const Value* level = call.args.keyword("level")) state->rootLevel = levelArgument(level, state->rootLevel);
        if (const Value* format = call.args.keyword("format"); format && format->is<StrObject>()) {
            state->format = std::string(format->as<StrObject>()->view());
        }
        if (const Value* stream = call.args.keyword("stream"); stream && !stream->isNone()) state->stream = *stream;
        if (const Value* datefmt = call.args.keyword("datefmt"); datefmt && datefmt->is<StrObject>()) {
            state->dateFormat = std::string(datefmt->as<StrObject>()->view());
        }
        return Value::none();
    });
    const std::pair<const char*, int> levels[] = {{"debug", kDebug}, {"info", kInfo}, {"warning", kWarning}, {"warn", kWarning},
                                                  {"error", kError}, {"exception", kError}, {"critical", kCritical},
                                                  {"fatal", kCritical}};
    for (const auto& [name, level] : levels) {
        const bool traceback = std::string_view(name) == "exception";
        const int lvl = level;
        vm.defineNative(dict, name, [&process, state, lvl, traceback](NativeCall& call) -> Value {
            state->configured = true;
            if (call.args.size() == 0) return call.raise(call.vm.types().typeError, "missing required argument: 'msg'");
            return emit(process, *state, call, "root", lvl, call.args[0], call.args.positional.subspan(1), traceback);
        });
    }
    vm.defineNative(dict, "log", [&process, state](NativeCall& call) -> Value {
        state->configured = true;
        if (call.args.size() < 2) return call.raise(call.vm.types().typeError, "log() missing required arguments");
        return emit(process, *state, call, "root", levelArgument(&call.args[0], kWarning), call.args[1],
                    call.args.positional.subspan(2), false);
    });
    vm.defineNative(dict, "getLevelName", [](NativeCall& call) -> Value {
        return call.ctx.newStr(levelName(call.args.size() ? levelArgument(&call.args[0], 0) : 0));
    });
    vm.defineNative(dict, "disable", [state](NativeCall& call) {
        state->rootLevel = std::max(state->rootLevel, levelArgument(call.args.size() ? &call.args[0] : nullptr, kCritical) + 1);
        return Value::none();
    });

    // Loggers: getLogger(name) gives one object per name; its methods log under its name.
    Value logger = vm.makeClass("Logger", "logging", {});
    state->loggerClass = logger;
    auto nameOf = [](NativeCall& call, const Value& self) {
        Value name = call.vm.getAttr(self, call.vm.intern("name"));
        return name.is<StrObject>() ? std::string(name.as<StrObject>()->view()) : std::string("root");
    };
    for (const auto& [name, level] : levels) {
        const bool traceback = std::string_view(name) == "exception";
        const int lvl = level;
        SyncClasses::method(vm, logger, name, [&process, state, lvl, traceback, nameOf](NativeCall& call) -> Value {
            MethodArgs m = methodArgs(call);
            if (m.positional.empty()) return call.raise(call.vm.types().typeError, "missing required argument: 'msg'");
            return emit(process, *state, call, nameOf(call, m.self), lvl, m.positional[0], m.positional.subspan(1), traceback);
        });
    }
    SyncClasses::method(vm, logger, "setLevel", [state, nameOf](NativeCall& call) -> Value {
        MethodArgs m = methodArgs(call);
        const int level = levelArgument(m.positional.empty() ? nullptr : &m.positional[0], kNotSet);
        std::string name = nameOf(call, m.self);
        if (name == "root") state->rootLevel = level;
        else state->levels[name] = level;
        return Value::none();
    });
    SyncClasses::method(vm, logger, "getEffectiveLevel", [state, nameOf](NativeCall& call) {
        return Value::fromInt(effectiveLevel(*state, nameOf(call, methodArgs(call).self)));
    });
    SyncClasses::method(vm, logger, "isEnabledFor", [state, nameOf](NativeCall& call) {
        MethodArgs m = methodArgs(call);
        return Value::fromBool(levelArgument(m.positional.empty() ? nullptr : &m.positional[0], 0) >= effectiveLevel(*state, nameOf(call, m.self)));
    });
    for (const char* ignored : {"addHandler", "removeHandler", "setFormatter"}) {
        SyncClasses::method(vm, logger, ignored, [](NativeCall&) { return Value::none(); });
    }
    vm.defineNative(dict, "getLogger", [state](NativeCall& call) -> Value {
        std::string name = "root";
        if (call.args.size() > 0 && call.args[0].is<StrObject>()) name = std::string(call.args[0].as<StrObject>()->view());
        auto found = state->loggers.find(name);
        if (found != state->loggers.end()) return found->second;
        Value instance = call.ctx.heap().make<InstanceObject>(state->loggerClass, call.ctx.newDict());
        call.vm.setAttr(instance, call.vm.intern("name"), call.ctx.newStr(name));
        state->loggers[name] = instance;
        return instance;
    });
    d->set(ctx, vm.intern("Logger"), logger);
    return true;
}

}  // namespace ts::script
