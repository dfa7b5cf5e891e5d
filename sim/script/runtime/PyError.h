#pragma once
// The error an operation reports instead of throwing: a Python exception class and its message,
// plus an optional payload (the missing key of a KeyError) so the VM can build the exception
// object with CPython's args.
#include <cstdint>
#include <string>
#include <string_view>

#include "script/runtime/Value.h"

namespace ts::script {

enum class ErrorKind : std::uint8_t {
    None,
    TypeError,
    ValueError,
    ZeroDivisionError,
    IndexError,
    KeyError,
    OverflowError,
    AttributeError,
    StopIteration,
    RuntimeError,
    MemoryError,
    NotImplementedError,
    RecursionError,
    NameError,
    AssertionError,
};

// The class name CPython prints ("ZeroDivisionError").
std::string_view errorKindName(ErrorKind kind);

struct PyError {
    ErrorKind kind = ErrorKind::None;
    std::string message;
    Value payload;  // KeyError: the key; otherwise usually empty

    bool isSet() const { return kind != ErrorKind::None; }
    void clear() {
        kind = ErrorKind::None;
        message.clear();
        payload = Value();
    }
    // "TypeError: message", as the last line of a traceback shows it.
    std::string describe() const;
};

}  // namespace ts::script
