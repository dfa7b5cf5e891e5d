#include "classroom/SweepTable.h"

#include <QHeaderView>

#include "classroom/SweepChart.h"
#include "model/UnitTime.h"
#include "panels/TableCells.h"
#include "report/NumberText.h"

namespace ts::ui {
namespace {

QString numberText(const std::optional<std::int64_t>& n) {
    return n ? QString::number(*n) : QStringLiteral("-");
}

}  // namespace

SweepTable::SweepTable(QWidget* parent) : QTableWidget(parent) {
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
}

void SweepTable::showPoints(const std::vector<SweepPoint>& points, SweepParameter parameter,
                            const SweepMeasure& measure, const std::string& timeUnit, bool program) {
    const QString unit = SweepMeasure::unitText(timeUnit);
    QStringList headers{SweepChart::parameterTitle(parameter, {})};
    if (program) {
        headers << tr("Printed after \"%1\"").arg(QString::fromStdString(measure.finalLabel)) << tr("Expected")
                << tr("Lost updates");
    } else {
        for (SweepMeasure::Kind kind : {SweepMeasure::Kind::AverageWaiting, SweepMeasure::Kind::AverageTurnaround,
                                        SweepMeasure::Kind::AverageResponse}) {
            SweepMeasure time;
            time.kind = kind;
            headers << time.axisTitle(timeUnit);
        }
    }
    headers << tr("Switches") << tr("CPU util. (%)") << tr("End (%1)").arg(unit) << tr("Exit");
    if (program) headers << tr("Last output line");
    clear();
    // The program's last line takes the spare width; a workload's table keeps to its numbers.
    horizontalHeader()->setStretchLastSection(program);
    setColumnCount(static_cast<int>(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(static_cast<int>(points.size()));
    auto time = [&](const std::optional<Time>& t) {
        return t ? UnitTime::number(*t, timeUnit) : QStringLiteral("-");
    };
    for (int row = 0; row < rowCount(); ++row) {
        const SweepPoint& p = points[static_cast<std::size_t>(row)];
        QStringList cells{QString::fromStdString(SweepValues::format(parameter, p.value))};
        if (program) {
            const auto printed = p.lastNumberAfter(measure.finalLabel);
            const auto expected = measure.expectedOf(p);
            cells << numberText(printed) << numberText(expected)
                  << numberText(printed && expected ? std::optional<std::int64_t>(*expected - *printed)
                                                    : std::nullopt);
        } else {
            cells << time(p.averageWaiting) << time(p.averageTurnaround) << time(p.averageResponse);
        }
        cells << QString::number(p.contextSwitches) << QString::fromStdString(percentText(p.cpuUtilization))
              << time(p.end) << TableCells::exitStatusText(p.exitStatus);
        const qsizetype firstWords = cells.size() - 1;  // the exit status, then the program's line
        if (program) cells << QString::fromStdString(p.lastOutputLine());
        for (int column = 0; column < cells.size(); ++column) {
            TableCells::set(*this, row, column, cells[column]);
            // Numbers line up on the right; words read from the left.
            const bool words = column >= firstWords;
            item(row, column)->setTextAlignment(Qt::AlignVCenter | (words ? Qt::AlignLeft : Qt::AlignRight));
        }
    }
    resizeColumnsToContents();
}

}  // namespace ts::ui
