#include "script/threading/RandomModule.h"

#include <functional>

#include "script/process/PythonProcess.h"
#include "script/runtime/Concat.h"
#include "script/runtime/ListObject.h"
#include "script/runtime/StrObject.h"
#include "script/runtime/TupleObject.h"
#include "script/vm/ModuleObject.h"

namespace ts::script {

namespace {

// The items of a list, tuple or str argument; false after raising.
bool sequenceItems(NativeCall& call, const Value& v, std::vector<Value>& items) {
    if (auto* list = v.tryAs<ListObject>()) {
        items.assign(list->items().begin(), list->items().end());
        return true;
    }
    if (auto* tuple = v.tryAs<TupleObject>()) {
        items.assign(tuple->items().begin(), tuple->items().end());
        return true;
    }
    if (auto* str = v.tryAs<StrObject>()) {
        for (char c : str->view()) items.push_back(call.ctx.newStr(std::string(1, c)));
        return true;
    }
    call.raise(call.vm.types().typeError, concat("'", RuntimeContext::typeName(v), "' object is not a sequence"));
    return false;
}

// A uniform integer in [low, high).
std::int64_t below(Random& random, std::int64_t low, std::int64_t high) {
    return low + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(high - low)));
}

}  // namespace

bool RandomModule::fill(PythonProcess& process, ModuleObject& module) {
    Interpreter& vm = process.vm();
    const Value& dict = module.globals;
    Random& random = process.random();
    vm.defineNative(dict, "random", [&random](NativeCall&) { return Value::fromFloat(random.uniform01()); });
    vm.defineNative(dict, "uniform", [&random](NativeCall& call) -> Value {
        if (call.args.size() != 2 || !call.args[0].isNumber() || !call.args[1].isNumber()) {
            return call.raise(call.vm.types().typeError, "uniform() takes exactly 2 numeric arguments");
        }
        const double a = call.args[0].toDouble(), b = call.args[1].toDouble();
        return Value::fromFloat(a + (b - a) * random.uniform01());
    });
    vm.defineNative(dict, "randint", [&random](NativeCall& call) -> Value {
        if (call.args.size() != 2 || !call.args[0].isIntLike() || !call.args[1].isIntLike()) {
            return call.raise(call.vm.types().typeError, "randint() takes exactly 2 integer arguments");
        }
        const std::int64_t a = call.args[0].asInt(), b = call.args[1].asInt();
        if (b < a) return call.raise(call.vm.types().valueError, concat("empty range for randrange() (", std::to_string(a), ", ", std::to_string(b + 1), ", ", std::to_string(b + 1 - a), ")"));
        return Value::fromInt(below(random, a, b + 1));
    });
    vm.defineNative(dict, "randrange", [&random](NativeCall& call) -> Value {
        std::int64_t start = 0, stop = 0, step = 1;
        for (std::size_t i = 0; i < call.args.size(); ++i) {
            if (!call.args[i].isIntLike()) return call.raise(call.vm.types().valueError, "non-integer arg 1 for randrange()");
        }
        if (call.args.size() == 1) stop = call.args[0].asInt();
        else if (call.args.size() >= 2) start = call.args[0].asInt(), stop = call.args[1].asInt();
        if (call.args.size() == 3) step = call.args[2].asInt();
        if (call.args.size() == 0 || step == 0) return call.raise(call.vm.types().valueError, "empty range for randrange()");
        const std::int64_t count = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
        if (count <= 0) return call.raise(call.vm.types().valueError, "empty range for randrange()");
        return Value::fromInt(start + step * below(random, 0, count));
    });
    vm.defineNative(dict, "choice", [&random](NativeCall& call) -> Value {
        std::vector<Value> items;
        if (call.args.size() != 1 || !sequenceItems(call, call.args[0], items)) {
            return call.ctx.hasError() ? Value::error() : call.raise(call.vm.types().typeError, "choice() takes exactly one argument");
        }
        if (items.empty()) return call.raise(call.vm.types().indexError, "Cannot choose from an empty sequence");
        return items[static_cast<std::size_t>(below(random, 0, static_cast<std::int64_t>(items.size())))];
    });
    vm.defineNative(dict, "shuffle", [&random](NativeCall& call) -> Value {
        auto* list = call.args.size() == 1 ? call.args[0].tryAs<ListObject>() : nullptr;
        if (!list) return call.raise(call.vm.types().typeError, "shuffle() needs a list");
        std::vector<Value> items(list->items().begin(), list->items().end());
        for (std::size_t i = items.size(); i > 1; --i) {
            std::swap(items[i - 1], items[static_cast<std::size_t>(below(random, 0, static_cast<std::int64_t>(i)))]);
        }
        for (std::size_t i = 0; i < items.size(); ++i) list->items()[i] = items[i];
        return Value::none();
    });
    vm.defineNative(dict, "sample", [&random](NativeCall& call) -> Value {
        std::vector<Value> items;
        if (call.args.size() != 2 || !sequenceItems(call, call.args[0], items) || !call.args[1].isIntLike()) {
            return call.ctx.hasError() ? Value::error() : call.raise(call.vm.types().typeError, "sample() takes a population and a count");
        }
        const std::int64_t k = call.args[1].asInt();
        if (k < 0 || k > static_cast<std::int64_t>(items.size())) {
            return call.raise(call.vm.types().valueError, "Sample larger than population or is negative");
        }
        std::vector<Value> chosen;
        for (std::int64_t i = 0; i < k; ++i) {
            const auto j = static_cast<std::size_t>(below(random, i, static_cast<std::int64_t>(items.size())));
            std::swap(items[static_cast<std::size_t>(i)], items[j]);
            chosen.push_back(items[static_cast<std::size_t>(i)]);
        }
        return call.ctx.newList(std::move(chosen));
    });
    vm.defineNative(dict, "seed", [&random](NativeCall& call) -> Value {
        std::uint64_t seed = 0;
        if (call.args.size() > 0 && call.args[0].isIntLike()) seed = static_cast<std::uint64_t>(call.args[0].asInt());
        else if (call.args.size() > 0 && call.args[0].is<StrObject>()) seed = std::hash<std::string_view>{}(call.args[0].as<StrObject>()->view());
        random.reseed(seed);
        return Value::none();
    });
    return true;
}

}  // namespace ts::script
