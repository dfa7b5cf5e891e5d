#include "script/runtime/Heap.h"

#include "script/runtime/Object.h"

namespace ts::script {

Heap::~Heap() {
    // Objects something still holds outlive the heap: they must not report to it when freed.
    for (Object* object : live_) object->heap_ = nullptr;
}

void Heap::release(Object& object) {
    bytesHeld_ -= object.accountedBytes_;
    // The last object takes the freed one's place in the list.
    Object* last = live_.back();
    live_[object.liveSlot_] = last;
    last->liveSlot_ = object.liveSlot_;
    live_.pop_back();
}

void Heap::reclaimAll() {
    // The objects alive now; none is freed before the last step, and no object is made meanwhile.
    const std::vector<Object*> all = live_;
    reclaiming_ = true;  // what lets go here is not program code's to see
    for (Object* object : all) object->incRef();
    for (Object* object : all) object->dropReferences();
    // What nothing else holds goes now. What it held was let go of above, so freeing it frees
    // nothing more, unless its kind keeps its values; then only objects already unpinned go too.
    for (Object* object : all) {
        if (object->decRef()) Object::destroy(object);
    }
    reclaiming_ = false;
}

}  // namespace ts::script
