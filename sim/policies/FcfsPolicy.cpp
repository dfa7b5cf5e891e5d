#include "policies/FcfsPolicy.h"

namespace ts {

Thread* FcfsPolicy::pickNext(Time, Choice& why) {
    Thread* t = fifo_.pop();
    if (t) why = Choice{reasonCode(), t->readySince, 0};
    return t;
}

void FcfsPolicy::forEachReady(Time, const std::function<void(const Thread&)>& visit) const {
    for (std::size_t i = 0; i < fifo_.size(); ++i) visit(*fifo_.at(i));
}

}  // namespace ts
