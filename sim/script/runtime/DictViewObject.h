#pragma once
// Python 3's dict.keys() / values() / items(): live views printing as dict_keys([...]).
#include <cstdint>

#include "script/runtime/Object.h"
#include "script/runtime/Value.h"

namespace ts::script {

enum class DictViewKind : std::uint8_t { Keys, Values, Items };

class DictViewObject : public Object {
public:
    static constexpr ObjectKind Kind = ObjectKind::DictView;

    DictViewObject(DictViewKind viewKind, Value dict) : Object(Kind), viewKind_(viewKind), dict_(std::move(dict)) {}

    DictViewKind viewKind() const { return viewKind_; }
    const Value& dict() const { return dict_; }

    std::string_view typeName() const override {
        switch (viewKind_) {
        case DictViewKind::Keys: return "dict_keys";
        case DictViewKind::Values: return "dict_values";
        case DictViewKind::Items: return "dict_items";
        }
        return "dict_keys";
    }

    void dropReferences() override { dict_ = Value(); }

private:
    DictViewKind viewKind_;
    Value dict_;
};

}  // namespace ts::script
