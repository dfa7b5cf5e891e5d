#pragma once
// The scenarios File -> New from template starts from, one for each kind a course needs: a
// workload of bursts, periodic real-time tasks, and Python programs with threads, the lost
// update, a Lock, a Semaphore, an Event, a bounded queue and Python 2's thread module. The
// texts are Qt resources (ui/editor/templates/); each runs cleanly with `timeslice run`.
#include <QList>
#include <QString>

#include "editor/ScenarioKind.h"

namespace ts::ui {

struct ScenarioTemplate {
    QString id;     // the resource's file name, and the name a new document is offered under
    QString title;  // for the menu
    ScenarioKind kind;
};

class Templates {
  public:
    static const QList<ScenarioTemplate>& all();
    // nullptr when there is no template `id`.
    static const ScenarioTemplate* find(const QString& id);
    static QString text(const ScenarioTemplate& scenario);
};

}  // namespace ts::ui
