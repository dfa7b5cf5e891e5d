#pragma once
// The two scenario formats of SPEC.md as the editor tells them apart: by the file name, as
// `timeslice run` and the window's File -> Open do (.py is a program, anything else a workload).
#include <QString>

namespace ts::ui {

enum class ScenarioKind { Workload, Program };

inline ScenarioKind scenarioKindOf(const QString& path) {
    return path.endsWith(QStringLiteral(".py"), Qt::CaseSensitive) ? ScenarioKind::Program
                                                                   : ScenarioKind::Workload;
}

inline QString scenarioExtension(ScenarioKind kind) {
    return kind == ScenarioKind::Program ? QStringLiteral(".py") : QStringLiteral(".json");
}

}  // namespace ts::ui
