#include "model/SyncObjectState.h"

#include <algorithm>

namespace ts::ui {
namespace {

bool countsUnits(SyncObjectKind kind) {
    return kind == SyncObjectKind::Semaphore || kind == SyncObjectKind::BoundedSemaphore;
}

bool isLock(SyncObjectKind kind) {
    return kind == SyncObjectKind::Lock || kind == SyncObjectKind::RLock;
}

}  // namespace

bool SyncObjectState::hasWaiter(int tid) const {
    return std::any_of(waiters.begin(), waiters.end(),
                       [tid](const SyncWaiter& w) { return w.tid == tid; });
}

void SyncObjectState::removeWaiter(int tid) {
    const auto it = std::find_if(waiters.begin(), waiters.end(),
                                 [tid](const SyncWaiter& w) { return w.tid == tid; });
    if (it != waiters.end()) waiters.erase(it);
}

void SyncObjectState::apply(const SyncOp& op) {
    using Kind = SyncOp::Kind;
    switch (op.kind) {
        case Kind::Created:
            id = op.object;
            kind = op.objectKind;
            created = true;
            initial = op.value;
            count = countsUnits(kind) ? op.value : 0;
            break;
        case Kind::Acquired:
            // A lock taken (value: depth), a semaphore unit taken or an item got (value: left).
            if (isLock(kind)) {
                owner = op.tid;
                depth = static_cast<std::int32_t>(op.value);
            } else {
                count = op.value;
            }
            break;
        case Kind::Blocked: {
            SyncWaiter w{op.tid, SyncWaiter::Wants::Object};
            if (kind == SyncObjectKind::Queue) {
                // A get waits only on an empty queue, a put only on a full one (value: items).
                w.wants = op.value > 0 ? SyncWaiter::Wants::Room : SyncWaiter::Wants::Item;
                count = op.value;
            } else if (countsUnits(kind)) {
                count = op.value;
            }
            // A barrier cannot be waited at while broken: a wait means it was reset.
            if (kind == SyncObjectKind::Barrier) broken = false;
            if (!hasWaiter(op.tid)) waiters.push_back(w);
            break;
        }
        case Kind::Released:
            if (isLock(kind)) {
                depth = static_cast<std::int32_t>(op.value);
                if (depth == 0) owner = -1;
            } else if (kind == SyncObjectKind::Barrier) {
                broken = false;  // the last party arrived: everyone passes (the wakes follow)
            } else {
                count = op.value;  // units after a release, items after a put
            }
            break;
        case Kind::HandedOver:
            // On release the first waiter got the lock or the unit directly.
            removeWaiter(op.other);
            if (isLock(kind)) {
                owner = op.other;
                depth = static_cast<std::int32_t>(op.value);
            } else if (countsUnits(kind)) {
                count = op.value;
            }
            break;
        case Kind::Woke:
            removeWaiter(op.other);
            break;
        case Kind::TimedOut:
        case Kind::Cancelled:
            removeWaiter(op.tid);
            if (countsUnits(kind) || kind == SyncObjectKind::Queue) count = op.value;
            break;
        case Kind::Set:
            flag = true;
            break;
        case Kind::Cleared:
            flag = false;
            break;
        case Kind::Broken:
            broken = true;
            break;
    }
}

}  // namespace ts::ui
