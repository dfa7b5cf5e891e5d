#include "editor/LiveValidator.h"

#include <QTextDocument>
#include <new>
#include <stdexcept>
#include <string>

#include "ProgramSimulation.h"
#include "editor/ScenarioDocument.h"
#include "model/WorkloadKernel.h"
#include "policies/PolicyFactory.h"
#include "scenario/InputError.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

namespace ts::ui {
namespace {

Diagnostic fromInputError(const InputError& error) {
    Diagnostic d;
    if (error.pos().known()) {
        d.line = error.pos().line;
        d.column = error.pos().column;
    }
    d.message = QString::fromStdString(error.message());
    d.full = QString::fromUtf8(error.what());
    return d;
}

Diagnostic unplaced(const std::string& path, const std::string& message) {
    return fromInputError(InputError(path, {}, message));
}

}  // namespace

LiveValidator::LiveValidator(ScenarioDocument& document, QObject* parent)
    : QObject(parent), document_(document) {
    timer_.setSingleShot(true);
    timer_.setInterval(kDelayMs);
    connect(&timer_, &QTimer::timeout, this, &LiveValidator::validateNow);
    // Every keystroke restarts the delay; a new path may change where a program is found.
    connect(document_.text(), &QTextDocument::contentsChanged, &timer_,
            qOverload<>(&QTimer::start));
    connect(&document_, &ScenarioDocument::pathChanged, &timer_, qOverload<>(&QTimer::start));
}

Diagnostic LiveValidator::check(const QString& text, const QString& path, ScenarioKind kind) {
    const std::string file = path.toStdString();
    const QByteArray utf8 = text.toUtf8();
    const std::string_view source(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    try {
        if (kind == ScenarioKind::Program) {
            const ProgramSpec spec = loadProgramText(source, file);
            static_cast<void>(PolicyFactory::create(spec.machine));
            checkProgram(spec);  // parses and compiles: a SyntaxError is an InputError
        } else {
            // Set up as Run sets it up, so that what Run refuses (a policy that cannot be
            // built, a program inside a workload) is refused while typing too.
            const WorkloadKernel kernel(loadWorkloadText(source, file));
        }
    } catch (const InputError& error) {
        return fromInputError(error);
    } catch (const std::invalid_argument& error) {  // PolicyFactory's verdict has no place
        return unplaced(file, error.what());
    } catch (const std::bad_alloc&) {
        return unplaced(file, "out of memory while checking the scenario");
    }
    return {};
}

Diagnostic LiveValidator::validateNow() {
    timer_.stop();
    current_ = check(document_.plainText(), document_.runPath(), document_.kind());
    emit validated(current_);
    return current_;
}

}  // namespace ts::ui
