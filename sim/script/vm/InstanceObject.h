#pragma once
// An instance of a program's class: its class and its attribute dict. The runtime reaches the
// class's special methods (__str__, __repr__, __eq__, __lt__, __hash__, __bool__, __len__,
// __iter__, __next__) through the Object hooks, which call back into the VM.
#include <span>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"
#include "script/vm/VmObjectKind.h"

namespace ts::script {

class ClassObject;

class InstanceObject : public Object {
public:
    static constexpr ObjectKind Kind = objectKind(VmKind::Instance);
    InstanceObject(Value instanceClass, Value attributeDict, ObjectKind kind = Kind)
        : Object(kind), cls(std::move(instanceClass)), dict(std::move(attributeDict)) {}

    ClassObject* classObject() const;

    std::string_view typeName() const override;
    bool appendRepr(RuntimeContext& ctx, std::string& out) const override;
    bool appendStr(RuntimeContext& ctx, std::string& out) const override;
    int equals(RuntimeContext& ctx, const Value& other) const override;
    int compareOrder(RuntimeContext& ctx, const Value& other, CompareOp op) const override;
    bool hash(RuntimeContext& ctx, std::int64_t& out) const override;
    int truthiness(RuntimeContext& ctx) const override;
    Value iterate(RuntimeContext& ctx, const Value& self) override;
    Value nextItem(RuntimeContext& ctx) override;
    void dropReferences() override { cls = dict = nativeSlot = Value(); }

    Value cls;         // ClassObject
    Value dict;        // DictObject
    Value nativeSlot;  // free for native classes (threading.Thread keeps its state here)

protected:
    // The special method `name` called on this instance: 1 found and called (result in out),
    // 0 not defined, -1 error raised.
    int callSpecial(RuntimeContext& ctx, std::string_view name, std::span<const Value> args, Value& out) const;
};

// The instance behind v when v is an InstanceObject or an ExceptionObject, else nullptr.
InstanceObject* asInstance(const Value& v);

}  // namespace ts::script
