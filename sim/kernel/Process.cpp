#include "kernel/Process.h"

namespace ts {

const char* toString(ProcessState state) {
    switch (state) {
        case ProcessState::New: return "New";
        case ProcessState::Run: return "Run";
        case ProcessState::Sleep: return "Sleep";
        case ProcessState::Exited: return "Exited";
    }
    return "?";
}

}  // namespace ts
