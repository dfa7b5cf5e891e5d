#pragma once
// One thread's place in the source at the current time, as the source view marks it.
#include <QColor>
#include <QString>

namespace ts::ui {

struct ThreadLine {
    int tid = -1;
    QString name;
    int line = 0;          // 1-based; 0: not in the source (not started, or finished)
    QColor colour;
    bool running = false;  // on a CPU now (a bold mark) rather than ready or blocked there
};

}  // namespace ts::ui
