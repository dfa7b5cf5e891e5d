#pragma once
// The constants of one code object. Equal constants share one slot, as in CPython — equal by
// type and value, so 1, 1.0 and True, or 0.0 and -0.0, stay apart — while nested code objects
// always get a slot of their own.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "script/runtime/RuntimeContext.h"
#include "script/runtime/Value.h"

namespace ts::script {

// A compile-time constant: its value and a key that identifies it by type and value.
struct Constant {
    std::string key;
    Value value;
};

class ConstantPool {
public:
    explicit ConstantPool(RuntimeContext& ctx) : ctx_(ctx) {}

    // Making constants (the runtime context owns the objects).
    Constant none() const;
    Constant boolean(bool value) const;
    Constant integer(std::int64_t value) const;
    Constant real(double value) const;
    Constant str(const std::string& text) const;
    Constant tuple(const std::vector<Constant>& items) const;

    // Index of the constant in this code object's table.
    std::uint32_t indexOf(const Constant& constant);
    std::uint32_t addUnique(Value value);

    const std::vector<Value>& values() const { return values_; }
    std::size_t size() const { return values_.size(); }

private:
    RuntimeContext& ctx_;
    std::vector<Value> values_;
    std::unordered_map<std::string, std::uint32_t> indexByKey_;
};

}  // namespace ts::script
