#include "script/vm/TracebackFormatter.h"

#include "script/vm/ClassObject.h"
#include "script/vm/ExceptionObject.h"
#include "script/vm/Interpreter.h"

namespace ts::script {

std::string TracebackFormatter::sourceLine(const std::string& fileName, int line) const {
    auto found = sources_.find(fileName);
    if (found == sources_.end() || line <= 0) return {};
    const std::string& text = found->second;
    std::size_t start = 0;
    for (int i = 1; i < line; ++i) {
        start = text.find('\n', start);
        if (start == std::string::npos) return {};
        ++start;
    }
    std::size_t end = text.find('\n', start);
    std::string result = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::size_t first = result.find_first_not_of(" \t\f\r");
    if (first == std::string::npos) return {};
    std::size_t last = result.find_last_not_of(" \t\f\r");
    return result.substr(first, last - first + 1);
}

std::string TracebackFormatter::formatExceptionOnly(const Value& exception) {
    std::string out;
    auto* instance = exception.tryAs<ExceptionObject>();
    if (!instance) return "<not an exception>";
    const ClassObject* cls = instance->classObject();
    // CPython qualifies the class name with its module unless that is __main__ or builtins.
    if (!cls->builtin && cls->module != "builtins" && cls->module != "__builtin__" && cls->module != "__main__" &&
        !vm_.isPython2()) {
        out += cls->module;
        out += '.';
    }
    out += cls->qualname.empty() ? cls->name : cls->qualname;
    std::string message;
    if (!vm_.toStr(exception, message)) {
        vm_.context().error().clear();
        message = "<exception str() failed>";
    }
    if (!message.empty()) {
        out += ": ";
        out += message;
    }
    return out;
}

void TracebackFormatter::formatOne(const Value& exception, std::string& out, int depth) {
    auto* instance = exception.as<ExceptionObject>();
    if (vm_.isPython2() || depth > 20) {
        // Python 2 prints no chain
    } else if (instance->cause.is<ExceptionObject>()) {
        formatOne(instance->cause, out, depth + 1);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (instance->context.is<ExceptionObject>() && !instance->suppressContext) {
        formatOne(instance->context, out, depth + 1);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    const auto& entries = instance->traceback;
    if (!entries.empty()) out += "Traceback (most recent call last):\n";
    // Printed outermost first; entries were gathered innermost first.
    std::string previousKey;
    int repeats = 0;
    auto flushRepeats = [&]() {
        if (repeats > 3) {
            int more = repeats - 3;
            out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
        }
    };
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const CodeObject& code = *it->code;
        std::string key = code.fileName + ":" + std::to_string(it->line) + ":" + code.name;
        if (key == previousKey) {
            ++repeats;
            if (repeats > 3) continue;
        } else {
            flushRepeats();
            previousKey = key;
            repeats = 1;
        }
        out += "  File \"" + code.fileName + "\", line " + std::to_string(it->line) + ", in " + code.name + "\n";
        std::string line = sourceLine(code.fileName, it->line);
        if (!line.empty()) out += "    " + line + "\n";
    }
    flushRepeats();
    out += formatExceptionOnly(exception);
    out += '\n';
}

std::string TracebackFormatter::format(const Value& exception) {
    std::string out;
    if (!exception.is<ExceptionObject>()) return "<not an exception>\n";
    formatOne(exception, out, 0);
    return out;
}

}  // namespace ts::script
