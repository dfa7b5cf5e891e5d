#include "script/runtime/PyError.h"

namespace ts::script {

std::string_view errorKindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::None: return "None";
    case ErrorKind::TypeError: return "TypeError";
    case ErrorKind::ValueError: return "ValueError";
    case ErrorKind::ZeroDivisionError: return "ZeroDivisionError";
    case ErrorKind::IndexError: return "IndexError";
    case ErrorKind::KeyError: return "KeyError";
    case ErrorKind::OverflowError: return "OverflowError";
    case ErrorKind::AttributeError: return "AttributeError";
    case ErrorKind::StopIteration: return "StopIteration";
    case ErrorKind::RuntimeError: return "RuntimeError";
    case ErrorKind::MemoryError: return "MemoryError";
    case ErrorKind::NotImplementedError: return "NotImplementedError";
    case ErrorKind::RecursionError: return "RecursionError";
    case ErrorKind::NameError: return "NameError";
    case ErrorKind::AssertionError: return "AssertionError";
    }
    return "Exception";
}

std::string PyError::describe() const {
    std::string out(errorKindName(kind));
    if (!message.empty()) {
        out += ": ";
        out += message;
    }
    return out;
}

}  // namespace ts::script
