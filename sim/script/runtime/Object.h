#pragma once
// The header every heap object of a program starts with: a kind tag for cheap dispatch, an
// intrusive reference count, and the heap that accounts for its bytes. Builtin kinds (str, list,
// dict, ...) are handled by switch on the tag; the VM's own kinds (functions, classes, instances,
// locks, threads, ...) take tags from FirstVmKind upwards and answer the virtual hooks below,
// which the runtime calls only for kinds it does not know.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::script {

class Heap;
class RuntimeContext;
class Value;

enum class ObjectKind : std::uint8_t {
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Iterator,
    DictView,
    FirstVmKind = 32,  // the VM numbers its own kinds from here
};

// Rich comparison operators, in the order CPython numbers them.
enum class CompareOp : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

class Object {
public:
    explicit Object(ObjectKind kind) : kind_(kind) {}
    virtual ~Object() = default;
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;

    ObjectKind kind() const { return kind_; }
    std::uint32_t refCount() const { return refs_; }
    void incRef() { ++refs_; }
    // True when the last reference went away; the caller then calls destroy().
    bool decRef() { return --refs_ == 0; }
    static void destroy(Object* object);

    Heap* heap() const { return heap_; }
    // Where the object "lives", as id() and default reprs show it: made from the order in which
    // the heap created it, not from the real address, so that the same program prints the same
    // numbers (and hashes objects alike, and so orders sets of them alike) on every run and
    // every build. Looks like a CPython address: 0x7f... and 16-byte aligned.
    std::uint64_t address() const { return 0x7f3a2c000000ULL + serial_ * 0x40; }
    std::size_t accountedBytes() const { return accountedBytes_; }

    // ---- Hooks for kinds the runtime does not know (the VM's). Builtin kinds never reach
    // them. Hooks that can fail report through the context and return the failure value.
    // CPython's type name, as error messages and the default repr show it.
    virtual std::string_view typeName() const;
    // Appends repr(self); false after raising.
    virtual bool appendRepr(RuntimeContext& ctx, std::string& out) const;
    // Appends str(self); defaults to repr.
    virtual bool appendStr(RuntimeContext& ctx, std::string& out) const;
    // 1 equal, 0 not equal, -1 error raised. Default: identity.
    virtual int equals(RuntimeContext& ctx, const Value& other) const;
    // Ordering (<, <=, >, >=) against other: 1 true, 0 false, -1 error raised, 2 not
    // supported (the runtime then tries the reflected operation or raises TypeError).
    virtual int compareOrder(RuntimeContext& ctx, const Value& other, CompareOp op) const;
    // false after raising (unhashable). Default: derived from the address.
    virtual bool hash(RuntimeContext& ctx, std::int64_t& out) const;
    // 1 true, 0 false, -1 error raised. Default: true.
    virtual int truthiness(RuntimeContext& ctx) const;
    // iter(self); default raises "'T' object is not iterable".
    virtual Value iterate(RuntimeContext& ctx, const Value& self);
    // next(self) for iterator kinds: a value, Value::exhausted() at the end, or an error.
    virtual Value nextItem(RuntimeContext& ctx);

    // Lets go of every value the object holds (CPython's tp_clear), leaving it valid and empty.
    // Only Heap::reclaimAll calls it, when the program is over: reference counting alone
    // never frees objects that refer to each other (a module's functions and its globals, a
    // thread and its bound target), and each run would leave its whole object graph behind.
    // A kind that holds values and does not answer only keeps its cycles (a leak, not a fault).
    virtual void dropReferences() {}

protected:
    // A kind whose last reference going away may run program code first (a suspended
    // generator's `finally` blocks, as CPython closes it): the heap's Finalizer is asked.
    void setNeedsFinalizer() { needsFinalizer_ = true; }

    // Variable-size objects report their current footprint; the heap's total follows.
    void setAccountedBytes(std::size_t bytes);

private:
    friend class Heap;
    std::uint32_t refs_ = 0;
    ObjectKind kind_;
    bool needsFinalizer_ = false;
    std::uint32_t liveSlot_ = 0;  // its place in the heap's list of live objects
    Heap* heap_ = nullptr;
    std::size_t accountedBytes_ = 0;
    std::uint64_t serial_ = 0;  // the heap's creation count when it made this object
};

}  // namespace ts::script
