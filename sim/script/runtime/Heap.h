#pragma once
// Creates a program's objects and keeps count of the bytes they hold, so the VM can enforce a
// memory limit: allocation never fails here; the VM polls overLimit() (one compare) after
// instructions that allocate and raises MemoryError. Objects free themselves when their last
// reference goes; those in reference cycles stay until the program is over, when reclaimAll()
// frees them (a run's memory is bounded by its limit meanwhile).
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "script/runtime/Value.h"

namespace ts::script {

class Heap {
public:
    // Runs what an object's kind must run before it is freed (Object::setNeedsFinalizer): the
    // VM closes a suspended generator. The object holds one reference meanwhile; if it holds
    // more afterwards, the code kept it alive and it is not freed.
    class Finalizer {
    public:
        virtual void finalize(Object& object) = 0;

    protected:
        ~Finalizer() = default;
    };

    Heap() = default;
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // A new object owned by the returned Value.
    template <class T, class... Args>
    Value make(Args&&... args) {
        T* object = new T(std::forward<Args>(args)...);
        object->heap_ = this;
        object->serial_ = ++created_;
        object->accountedBytes_ = sizeof(T);
        object->liveSlot_ = static_cast<std::uint32_t>(live_.size());
        live_.push_back(object);
        bytesHeld_ += sizeof(T);
        if (bytesHeld_ > peakBytes_) peakBytes_ = bytesHeld_;
        return Value(object);
    }

    std::size_t bytesHeld() const { return bytesHeld_; }
    std::uint64_t objectsCreated() const { return created_; }
    std::size_t peakBytes() const { return peakBytes_; }
    std::size_t liveObjects() const { return live_.size(); }
    // Calls `visit` with every object alive.
    template <class Visit>
    void forEachLive(Visit&& visit) const {
        for (const Object* object : live_) visit(*object);
    }
    // The program is over: every object lets go of what it holds (Object::dropReferences), so
    // that cycles come apart, and every object nothing outside the heap still refers to is
    // freed. Those something outside still holds (the context's interned names, say) stay, empty,
    // until it lets go. Objects are kept alive by an extra reference while they let go, so
    // none is freed while another still works on it.
    void reclaimAll();
    // The VM's, while it runs a program (none: objects are freed without running anything).
    void setFinalizer(Finalizer* finalizer) { finalizer_ = finalizer; }
    // 0 means no limit.
    void setLimit(std::size_t bytes) { limit_ = bytes; }
    std::size_t limit() const { return limit_; }
    bool overLimit() const { return limit_ != 0 && bytesHeld_ > limit_; }
    // Would `count` more things of `each` bytes take the heap past its limit? Asked before one
    // big allocation ('a' * 10**10, list(range(10**9))), which polling afterwards cannot stop.
    bool wouldExceed(std::uint64_t count, std::uint64_t each) const {
        if (limit_ == 0 || count == 0) return false;
        if (each != 0 && count > (UINT64_MAX - bytesHeld_) / each) return true;
        return bytesHeld_ + count * each > limit_;
    }

private:
    friend class Object;
    void adjust(std::size_t oldBytes, std::size_t newBytes) {
        bytesHeld_ = bytesHeld_ - oldBytes + newBytes;
        if (bytesHeld_ > peakBytes_) peakBytes_ = bytesHeld_;
    }
    void release(Object& object);

    std::size_t bytesHeld_ = 0;
    std::size_t peakBytes_ = 0;
    std::vector<Object*> live_;  // every object made and not yet freed (Object::liveSlot_)
    std::uint64_t created_ = 0;
    std::size_t limit_ = 0;
    Finalizer* finalizer_ = nullptr;  // not asked while reclaimAll() takes the program apart
    bool reclaiming_ = false;
};

}  // namespace ts::script
