#pragma once
// What the live validator found wrong with the text, if anything: the loader's InputError
// brought into the editor's terms. Line and column are 1-based as in `FILE:LINE:COL: error:`,
// the column counted in characters (code points) as the loaders count it; 0 when the fault
// has no place (a policy that cannot be built, a program file that cannot be opened).
#include <QString>

namespace ts::ui {

struct Diagnostic {
    int line = 0;
    int column = 0;
    QString message;  // without the file and place: "unknown key 'quantm' in machine ..."
    QString full;     // as the command line prints it: "FILE:LINE:COL: error: ..."

    bool ok() const { return message.isEmpty(); }
    bool placed() const { return line > 0; }
    bool operator==(const Diagnostic&) const = default;
};

}  // namespace ts::ui
