#include "editor/Templates.h"

#include <QCoreApplication>
#include <QFile>

// Resources compiled into a static library are registered only when something refers to them;
// this function does. Q_INIT_RESOURCE must be used outside any namespace.
static void registerTemplateResources() {
    Q_INIT_RESOURCE(templates);
}

namespace ts::ui {

const QList<ScenarioTemplate>& Templates::all() {
    static const QList<ScenarioTemplate> list{
        {QStringLiteral("workload.json"),
         QCoreApplication::translate("Templates", "Workload: processes with CPU and I/O bursts"),
         ScenarioKind::Workload},
        {QStringLiteral("realtime.json"),
         QCoreApplication::translate("Templates", "Workload: periodic real-time tasks"),
         ScenarioKind::Workload},
        {QStringLiteral("threads.py"),
         QCoreApplication::translate("Templates", "Program: threads started and joined"),
         ScenarioKind::Program},
        {QStringLiteral("race.py"),
         QCoreApplication::translate("Templates", "Program: a counter that loses updates"),
         ScenarioKind::Program},
        {QStringLiteral("lock.py"),
         QCoreApplication::translate("Templates", "Program: a Lock around the counter"),
         ScenarioKind::Program},
        {QStringLiteral("semaphore.py"),
         QCoreApplication::translate("Templates", "Program: a Semaphore as a pool"),
         ScenarioKind::Program},
        {QStringLiteral("event.py"),
         QCoreApplication::translate("Templates", "Program: an Event as a starting signal"),
         ScenarioKind::Program},
        {QStringLiteral("bounded-queue.py"),
         QCoreApplication::translate("Templates", "Program: producer and consumer with a queue"),
         ScenarioKind::Program},
        {QStringLiteral("thread-module.py"),
         QCoreApplication::translate("Templates", "Program: Python 2's thread module"),
         ScenarioKind::Program},
    };
    return list;
}

const ScenarioTemplate* Templates::find(const QString& id) {
    for (const ScenarioTemplate& t : all()) {
        if (t.id == id) return &t;
    }
    return nullptr;
}

QString Templates::text(const ScenarioTemplate& scenario) {
    static const bool registered = (registerTemplateResources(), true);
    static_cast<void>(registered);
    QFile file(QStringLiteral(":/editor/templates/") + scenario.id);
    if (!file.open(QIODevice::ReadOnly)) return {};  // not reached: every id is a resource
    return QString::fromUtf8(file.readAll());
}

}  // namespace ts::ui
