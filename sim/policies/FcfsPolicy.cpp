#include "policies/FcfsPolicy.h"

namespace ts {

void FcfsPolicy::forEachReady(Time, const std::function<void(const Thread&)>& visit) const {
    for (std::size_t i = 0; i < fifo_.size(); ++i) visit(*fifo_.at(i));
}

}  // namespace ts
