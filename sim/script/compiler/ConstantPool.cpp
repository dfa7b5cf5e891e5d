#include "script/compiler/ConstantPool.h"

#include <bit>

namespace ts::script {

Constant ConstantPool::none() const { return {"N", Value::none()}; }

Constant ConstantPool::boolean(bool value) const { return {value ? "B1" : "B0", Value::fromBool(value)}; }

Constant ConstantPool::integer(std::int64_t value) const {
    return {"I" + std::to_string(value), Value::fromInt(value)};
}

Constant ConstantPool::real(double value) const {
    // By bit pattern: 0.0 and -0.0 are different constants.
    return {"F" + std::to_string(std::bit_cast<std::uint64_t>(value)), Value::fromFloat(value)};
}

Constant ConstantPool::str(const std::string& text) const {
    return {"S" + std::to_string(text.size()) + ":" + text, ctx_.newStr(text)};
}

Constant ConstantPool::tuple(const std::vector<Constant>& items) const {
    std::string key = "T" + std::to_string(items.size()) + "(";
    std::vector<Value> values;
    values.reserve(items.size());
    for (const Constant& item : items) {
        key += item.key;
        key += ',';
        values.push_back(item.value);
    }
    key += ')';
    return {std::move(key), ctx_.newTuple(std::move(values))};
}

std::uint32_t ConstantPool::indexOf(const Constant& constant) {
    auto [it, inserted] = indexByKey_.try_emplace(constant.key, static_cast<std::uint32_t>(values_.size()));
    if (inserted) values_.push_back(constant.value);
    return it->second;
}

std::uint32_t ConstantPool::addUnique(Value value) {
    values_.push_back(std::move(value));
    return static_cast<std::uint32_t>(values_.size() - 1);
}

}  // namespace ts::script
