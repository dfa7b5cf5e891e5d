// The workload table editor: every file of the library loads into the table and comes back
// byte for byte; an edit through the model changes the text only at that value; cells the
// loader rejects are red with its message; rows come and go with the buttons.
#include <QtTest>

#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include "editor/WorkloadTableEditor.h"
#include "editor/WorkloadTableModel.h"
#include "scenario/WorkloadDocument.h"

using ts::ui::WorkloadTableEditor;
using ts::ui::WorkloadTableModel;
using Column = ts::WorkloadDocument::Column;

namespace {

QByteArray readBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString scenario(const char* name) {
    return QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + QLatin1String(name);
}

int col(Column column) {
    return static_cast<int>(column);
}

}  // namespace

class TestWorkloadTableEditor : public QObject {
    Q_OBJECT
  private slots:
    void roundTripsTheLibrary_data();
    void roundTripsTheLibrary();
    void editChangesOnlyThatValue();
    void invalidCellIsFlagged();
    void unwritableBurstsStayInTheCell();
    void addAndRemoveWithButtons();
    void readOnlyCells();
    void faultsOutsideTheRowsAreListed();
    void refusesWhatIsNotAnObject();
    void headersFitTheirTextInLargerType_data();
    void headersFitTheirTextInLargerType();
};

void TestWorkloadTableEditor::roundTripsTheLibrary_data() {
    QTest::addColumn<QString>("path");
    int count = 0;
    for (const char* folder : {"/scenarios", "/tests/fixtures"}) {
        const QDir dir(QStringLiteral(TIMESLICE_SOURCE_DIR) + QLatin1String(folder));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            if (name.startsWith(QLatin1String("bad_syntax"))) continue;  // not JSON at all
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
            ++count;
        }
    }
    QVERIFY(count >= 25);
}

void TestWorkloadTableEditor::roundTripsTheLibrary() {
    QFETCH(QString, path);
    const QByteArray bytes = readBytes(path);
    WorkloadTableEditor editor;
    QString error;
    QVERIFY2(editor.setText(bytes, path, &error), qPrintable(error));
    QCOMPARE(editor.text(), bytes);
    WorkloadTableModel& model = editor.model();
    QVERIFY(model.rowCount() > 0);
    QSignalSpy changed(&editor, &WorkloadTableEditor::textChanged);
    // Committing every cell as it is, as an editor that was opened and closed does.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            if (!(model.flags(index) & Qt::ItemIsEditable)) continue;
            QVERIFY(model.setData(index, model.data(index, Qt::EditRole), Qt::EditRole));
        }
    }
    QCOMPARE(changed.count(), 0);
    QCOMPARE(editor.text(), bytes);
}

void TestWorkloadTableEditor::editChangesOnlyThatValue() {
    const QByteArray bytes = readBytes(scenario("default.json"));
    WorkloadTableEditor editor;
    QVERIFY(editor.setText(bytes, scenario("default.json")));
    WorkloadTableModel& model = editor.model();
    QCOMPARE(model.data(model.index(2, col(Column::Name)), Qt::DisplayRole).toString(),
             QStringLiteral("browser"));
    QSignalSpy changed(&editor, &WorkloadTableEditor::textChanged);
    QVERIFY(
        model.setData(model.index(2, col(Column::Arrival)), QStringLiteral("12"), Qt::EditRole));
    QCOMPARE(changed.count(), 1);
    const QByteArray before = R"({"name": "browser",  "arrival": 3,)";
    const QByteArray after = R"({"name": "browser",  "arrival": 12,)";
    QByteArray expected = bytes;
    QVERIFY(expected.contains(before));
    expected.replace(before, after);
    QCOMPARE(editor.text(), expected);
    QCOMPARE(changed.first().first().toString().toUtf8(), expected);
    QCOMPARE(model.data(model.index(2, col(Column::Arrival)), Qt::DisplayRole).toString(),
             QStringLiteral("12"));
    QVERIFY(model.isValid());
    // Bursts are edited as a line.
    QVERIFY(model.setData(model.index(3, col(Column::Bursts)),
                          QStringLiteral("cpu 3, io exp(10), cpu 7"), Qt::EditRole));
    expected.replace(R"([{"cpu": 3}, {"io": 10}, {"cpu": 7}])",
                     R"([{"cpu": 3}, {"io": {"exp": 10}}, {"cpu": 7}])");
    QCOMPARE(editor.text(), expected);
}

void TestWorkloadTableEditor::invalidCellIsFlagged() {
    WorkloadTableEditor editor;
    QVERIFY(editor.setText(readBytes(scenario("silberschatz-rr.json")),
                           scenario("silberschatz-rr.json")));
    WorkloadTableModel& model = editor.model();
    const QModelIndex priority = model.index(1, col(Column::Priority));
    const QModelIndex name = model.index(1, col(Column::Name));
    QVERIFY(!model.data(priority, Qt::BackgroundRole).isValid());
    QVERIFY(model.setData(priority, QStringLiteral("urgent"), Qt::EditRole));
    QVERIFY(!model.isValid());
    const QColor red = model.data(priority, Qt::BackgroundRole).value<QColor>();
    QVERIFY(red.isValid());
    QVERIFY(red.red() > red.green() && red.red() > red.blue());
    QVERIFY(model.data(priority, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("'priority' must be an integer, found a string")));
    QVERIFY(!model.data(name, Qt::BackgroundRole).isValid());
    const QByteArray written = R"("priority": "urgent")";
    QVERIFY(editor.text().contains(written));
    // A second row with the first one's name: that name cell is flagged too.
    QVERIFY(model.setData(model.index(2, col(Column::Name)), QStringLiteral("P1"), Qt::EditRole));
    QVERIFY(model.data(model.index(2, col(Column::Name)), Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("duplicate process name 'P1'")));
    // Fixed, the cells are plain again.
    QVERIFY(model.setData(priority, QStringLiteral("2"), Qt::EditRole));
    QVERIFY(model.setData(model.index(2, col(Column::Name)), QStringLiteral("P3"), Qt::EditRole));
    QVERIFY(!model.data(priority, Qt::BackgroundRole).isValid());
    QVERIFY(model.isValid());
}

void TestWorkloadTableEditor::unwritableBurstsStayInTheCell() {
    const QByteArray bytes = readBytes(scenario("silberschatz-rr.json"));
    WorkloadTableEditor editor;
    QVERIFY(editor.setText(bytes, scenario("silberschatz-rr.json")));
    WorkloadTableModel& model = editor.model();
    QSignalSpy changed(&editor, &WorkloadTableEditor::textChanged);
    const QModelIndex bursts = model.index(0, col(Column::Bursts));
    QVERIFY(!model.setData(bursts, QStringLiteral("cpu 24, io"), Qt::EditRole));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(editor.text(), bytes);
    QCOMPARE(model.data(bursts, Qt::DisplayRole).toString(), QStringLiteral("cpu 24, io"));
    QVERIFY(model.data(bursts, Qt::BackgroundRole).isValid());
    QVERIFY(model.data(bursts, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("expected a length after 'io'")));
    QVERIFY(!model.isValid());
    QVERIFY(model.setData(bursts, QStringLiteral("cpu 24, io 2, cpu 1"), Qt::EditRole));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.data(bursts, Qt::BackgroundRole).isValid());
    QVERIFY(model.isValid());
}

void TestWorkloadTableEditor::addAndRemoveWithButtons() {
    const QByteArray bytes = readBytes(scenario("default.json"));
    WorkloadTableEditor editor;
    QVERIFY(editor.setText(bytes, scenario("default.json")));
    WorkloadTableModel& model = editor.model();
    QSignalSpy changed(&editor, &WorkloadTableEditor::textChanged);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!editor.removeButton().isEnabled());  // nothing selected yet
    editor.view().setCurrentIndex(model.index(3, 0));
    editor.addButton().click();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(4, col(Column::Name)), Qt::DisplayRole).toString(),
             QStringLiteral("P5"));
    QCOMPARE(model.data(model.index(4, col(Column::Bursts)), Qt::DisplayRole).toString(),
             QStringLiteral("cpu 1"));
    QVERIFY(editor.text().contains(
        "\n    {\"name\": \"P5\", \"arrival\": 0, \"bursts\": [{\"cpu\": 1}]}\n  ]"));
    QVERIFY(model.isValid());
    // The new row is selected; removing it gives the file back exactly.
    QCOMPARE(editor.view().currentIndex().row(), 4);
    QVERIFY(editor.removeButton().isEnabled());
    editor.removeButton().click();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(editor.text(), bytes);
    // Removing the selected rows, from the first.
    editor.view().selectRow(0);
    editor.removeButton().click();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, col(Column::Name)), Qt::DisplayRole).toString(),
             QStringLiteral("compiler"));
    QVERIFY(!editor.text().contains("{\"name\": \"editor\""));
    const QByteArray description = R"("description": "Round robin)";
    QVERIFY(editor.text().contains(description));
}

void TestWorkloadTableEditor::readOnlyCells() {
    WorkloadTableEditor editor;
    QVERIFY(editor.setText(readBytes(scenario("threads-vs-processes.json")),
                           scenario("threads-vs-processes.json")));
    WorkloadTableModel& model = editor.model();
    const QModelIndex threads = model.index(0, col(Column::Bursts));
    QVERIFY(!(model.flags(threads) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, col(Column::Arrival))) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(1, col(Column::Bursts))) & Qt::ItemIsEditable);
    QCOMPARE(model.data(threads, Qt::DisplayRole).toString(),
             QStringLiteral("threads: listener, worker-1, worker-2"));
    QCOMPARE(model.headerData(col(Column::Bursts), Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Bursts"));
}

void TestWorkloadTableEditor::faultsOutsideTheRowsAreListed() {
    WorkloadTableEditor editor;
    const QByteArray text =
        R"({"unit": "min", "processes": [{"name": "A", "bursts": [{"cpu": 1}]}]})";
    QVERIFY(editor.setText(text, QStringLiteral("unit.json")));
    QVERIFY(editor.documentMessages().startsWith(
        QLatin1String("unit.json:1:10: error: unknown unit 'min'")));
    QVERIFY(!editor.model().isValid());
    editor.view().setCurrentIndex(editor.model().index(0, 0));
    editor.removeButton().click();
    const QByteArray emptied = R"({"unit": "min", "processes": []})";
    QCOMPARE(editor.text(), emptied);
}

void TestWorkloadTableEditor::refusesWhatIsNotAnObject() {
    WorkloadTableEditor editor;
    QString error;
    QVERIFY(!editor.setText("[1, 2]", QStringLiteral("list.json"), &error));
    QVERIFY(error.startsWith(
        QLatin1String("list.json:1:1: error: a workload file must be a JSON object")));
    QVERIFY(!editor.model().hasDocument());
    QCOMPARE(editor.model().rowCount(), 0);
    QVERIFY(!editor.addButton().isEnabled());
}


// Presentation mode enlarges the type after the file is loaded: every header still shows its
// whole word (the header's own size hint is the text's width in the header's font plus its
// margins), whatever the point size.
void TestWorkloadTableEditor::headersFitTheirTextInLargerType_data() {
    QTest::addColumn<int>("points");
    QTest::newRow("16 pt (presentation)") << 16;
    QTest::newRow("24 pt") << 24;
}

void TestWorkloadTableEditor::headersFitTheirTextInLargerType() {
    QFETCH(int, points);
    WorkloadTableEditor editor;
    editor.resize(1400, 400);
    QVERIFY(editor.setText(readBytes(scenario("silberschatz-sjf.json")), scenario("silberschatz-sjf.json")));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QFont big = editor.font();
    big.setPointSize(points);
    editor.setFont(big);
    const QHeaderView* header = editor.view().horizontalHeader();
    QCOMPARE(header->font().pointSize(), points);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section)) continue;
        const QString title = editor.model().headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
        const int textWidth = QFontMetrics(header->font()).horizontalAdvance(title);
        QVERIFY2(header->sectionSize(section) >= textWidth,
                 qPrintable(QStringLiteral("%1: %2 px for %3 px of text").arg(title).arg(header->sectionSize(section)).arg(textWidth)));
        QCOMPARE(header->sectionSize(section) >= header->sectionSizeHint(section), true);
    }
}

QTEST_MAIN(TestWorkloadTableEditor)
#include "test_WorkloadTableEditor.moc"
