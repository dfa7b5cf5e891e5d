#include "script/vm/ClassObject.h"

#include <algorithm>

#include "script/runtime/DictObject.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/StrObject.h"

namespace ts::script {

bool ClassObject::appendRepr(RuntimeContext& ctx, std::string& out) const {
    bool python2Type = ctx.isPython2() && builtin;
    out += python2Type ? "<type '" : "<class '";
    if (module != "builtins" && module != "__builtin__") {
        out += module;
        out += '.';
    }
    out += qualname.empty() ? name : qualname;
    out += "'>";
    return true;
}

bool ClassObject::computeMro(std::string& message) {
    // C3: merge the bases' linearisations and the list of bases, each step taking the first
    // head that appears in no other list's tail.
    std::vector<std::vector<const ClassObject*>> sequences;
    for (const Value& base : bases) sequences.push_back(base.as<ClassObject>()->mro);
    std::vector<const ClassObject*> direct;
    for (const Value& base : bases) direct.push_back(base.as<ClassObject>());
    sequences.push_back(direct);

    mro.assign(1, this);
    for (;;) {
        sequences.erase(std::remove_if(sequences.begin(), sequences.end(), [](const auto& s) { return s.empty(); }),
                        sequences.end());
        if (sequences.empty()) return true;
        const ClassObject* chosen = nullptr;
        for (const auto& candidateList : sequences) {
            const ClassObject* head = candidateList.front();
            bool inTail = std::any_of(sequences.begin(), sequences.end(), [head](const auto& s) {
                return std::find(s.begin() + 1, s.end(), head) != s.end();
            });
            if (!inTail) {
                chosen = head;
                break;
            }
        }
        if (!chosen) {
            message = "Cannot create a consistent method resolution order (MRO) for bases";
            for (std::size_t i = 0; i < bases.size(); ++i) {
                message += i == 0 ? " " : ", ";
                message += bases[i].as<ClassObject>()->name;
            }
            return false;
        }
        mro.push_back(chosen);
        for (auto& s : sequences) {
            if (s.front() == chosen) s.erase(s.begin());
        }
    }
}

Value ClassObject::lookup(RuntimeContext& ctx, const Value& key) const {
    for (const ClassObject* c : mro) {
        Value v = c->dict.as<DictObject>()->get(ctx, key);
        if (!v.isEmpty()) {
            if (v.isError()) ctx.error().clear();
            else return v;
        }
    }
    return Value();
}

Value ClassObject::lookup(RuntimeContext& ctx, std::string_view text) const {
    StrObject* key = ctx.interner().intern(text);
    return lookup(ctx, Value(key));
}

bool ClassObject::isSubclassOf(const ClassObject* other) const {
    return std::find(mro.begin(), mro.end(), other) != mro.end();
}

}  // namespace ts::script
