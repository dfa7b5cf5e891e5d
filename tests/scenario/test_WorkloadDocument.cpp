// The workload table editor's document: every file of the library reads back byte for byte,
// an edit rewrites only the bytes of the value it changes (keys the table has no column for
// survive), rows are added and removed in the file's own layout, and every cell is judged by
// the workload loader itself.
#include <QtTest>

#include <QDir>
#include <QFile>

#include <string>

#include "kernel/Time.h"
#include "scenario/InputError.h"
#include "scenario/WorkloadBurstText.h"
#include "scenario/WorkloadDocument.h"
#include "scenario/WorkloadLoader.h"
#include "scenario/WorkloadValidation.h"

using ts::kMillisecond;
using ts::WorkloadDocument;
using ts::WorkloadValidation;
using Column = WorkloadDocument::Column;

Q_DECLARE_METATYPE(Column)

namespace {

std::string readBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll().toStdString();
}

// Every workload file the project ships or tests with.
QStringList libraryFiles() {
    QStringList files;
    for (const char* folder : {"/scenarios", "/tests/fixtures"}) {
        const QDir dir(QStringLiteral(TIMESLICE_SOURCE_DIR) + QLatin1String(folder));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            files << dir.filePath(name);
        }
    }
    return files;
}

const char* kSmall = R"({"title": "t",
 "processes": [
  {"name": "A", "arrival": 0, "bursts": [{"cpu": 5}, {"io": 3}, {"cpu": 2}]},
  {"name": "B", "tickets": 7, "bursts": [{"cpu": 4}]},
  {"name": "C", "arrival": 2, "priority": 1, "period": 20, "deadline": 15, "bursts": [{"cpu": 3}]}]}
)";

std::string edited(const std::string& text, const std::string& from, const std::string& to) {
    std::string out = text;
    const std::size_t at = out.find(from);
    if (at == std::string::npos) return "<" + from + " not found>";
    return out.replace(at, from.size(), to);
}

}  // namespace

class TestWorkloadDocument : public QObject {
    Q_OBJECT

  private slots:
    void roundTripsTheLibrary_data();
    void roundTripsTheLibrary();
    void showsCells_data();
    void showsCells();
    void editRewritesOnlyTheValue_data();
    void editRewritesOnlyTheValue();
    void editedFileLoadsWithTheChange();
    void unknownKeysSurviveEdits();
    void refusesBurstTextItCannotWrite_data();
    void refusesBurstTextItCannotWrite();
    void readOnlyCells();
    void addsRowsInTheFileLayout_data();
    void addsRowsInTheFileLayout();
    void removesRows_data();
    void removesRows();
    void addedRowsLoad();
    void validatesCellByCell_data();
    void validatesCellByCell();
    void findsEveryBadCellOfARow();
    void reportsFaultsOutsideTheRows();
    void oneFaultDoesNotHideAnother();
    void validLibraryHasNoMessages();
    void rejectsWhatIsNotAnObject();
};

void TestWorkloadDocument::roundTripsTheLibrary_data() {
    QTest::addColumn<QString>("path");
    const QStringList files = libraryFiles();
    QVERIFY2(files.size() >= 25, "the scenario library and the fixtures were not found");
    for (const QString& path : files) QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestWorkloadDocument::roundTripsTheLibrary() {
    QFETCH(QString, path);
    const std::string bytes = readBytes(path);
    QVERIFY(!bytes.empty());
    std::optional<WorkloadDocument> document;
    try {
        document.emplace(bytes, path.toStdString());
    } catch (const ts::InputError& error) {
        // Only a file that is not JSON at all may be refused.
        QVERIFY2(path.contains(QLatin1String("bad_syntax")), error.what());
        return;
    }
    QVERIFY(document->text() == bytes);
    QVERIFY(document->rowCount() > 0);
    // Writing every cell's own text back changes nothing either.
    for (int row = 0; row < document->rowCount(); ++row) {
        for (int c = 0; c < WorkloadDocument::kColumnCount; ++c) {
            const auto column = static_cast<Column>(c);
            if (!document->isEditable(row, column)) continue;
            const std::optional<std::string> refused =
                document->setCell(row, column, document->cellText(row, column));
            QVERIFY2(!refused, refused ? refused->c_str() : "");
        }
    }
    QVERIFY(document->text() == bytes);
}

void TestWorkloadDocument::showsCells_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<Column>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("name") << "default.json" << 1 << Column::Name << "compiler";
    QTest::newRow("arrival") << "default.json" << 3 << Column::Arrival << "6";
    QTest::newRow("absent priority") << "default.json" << 0 << Column::Priority << "";
    QTest::newRow("bursts") << "default.json" << 0 << Column::Bursts
                            << "cpu 2, io 6, cpu 2, io 6, cpu 2";
    QTest::newRow("exp") << "random-workload.json" << 0 << Column::Bursts
                         << "cpu exp(1.5), io exp(20)";
    QTest::newRow("uniform") << "random-workload.json" << 1 << Column::Bursts
                             << "cpu exp(3), io uniform(20, 60)";
    QTest::newRow("normal") << "random-workload.json" << 3 << Column::Bursts
                            << "cpu normal(8, 3), io exp(12)";
    QTest::newRow("threads") << "threads-vs-processes.json" << 0 << Column::Bursts
                             << "threads: listener, worker-1, worker-2";
    QTest::newRow("period") << "rm-schedulable.json" << 0 << Column::Period << "50";
    QTest::newRow("absent deadline") << "rm-schedulable.json" << 0 << Column::Deadline << "";
}

void TestWorkloadDocument::showsCells() {
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(Column, column);
    QFETCH(QString, text);
    const QString path = QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + file;
    const WorkloadDocument document(readBytes(path), path.toStdString());
    QCOMPARE(QString::fromStdString(document.cellText(row, column)), text);
}

void TestWorkloadDocument::editRewritesOnlyTheValue_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<Column>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("from");  // the bytes that change...
    QTest::addColumn<QString>("to");    // ...and what they become
    QTest::newRow("name") << 0 << Column::Name << "Alpha"
                          << R"("name": "A")"
                          << R"("name": "Alpha")";
    QTest::newRow("name with quote") << 0 << Column::Name << "say \"hi\""
                                     << R"("name": "A")"
                                     << R"("name": "say \"hi\"")";
    QTest::newRow("number") << 2 << Column::Arrival << "2.50"
                            << R"("arrival": 2,)"
                            << R"("arrival": 2.50,)";
    QTest::newRow("duration") << 2 << Column::Period << " 30ms "
                              << R"("period": 20)"
                              << R"("period": "30ms")";
    QTest::newRow("too big for a number: a string") << 2 << Column::Priority << "1e999"
                                                    << R"("priority": 1)"
                                                    << R"("priority": "1e999")";
    QTest::newRow("new priority after arrival") << 0 << Column::Priority << "3"
                                                << R"("arrival": 0, "bursts")"
                                                << R"("arrival": 0, "priority": 3, "bursts")";
    QTest::newRow("new arrival after name") << 1 << Column::Arrival << "4"
                                            << R"("name": "B", "tickets")"
                                            << R"("name": "B", "arrival": 4, "tickets")";
    QTest::newRow("new period after the name, its nearest key before it")
        << 1 << Column::Period << "10"
        << R"("name": "B", "tickets")"
        << R"("name": "B", "period": 10, "tickets")";
    QTest::newRow("cleared arrival") << 0 << Column::Arrival << ""
                                     << R"("arrival": 0, )"
                                     << "";
    QTest::newRow("cleared last key") << 2 << Column::Deadline << "  "
                                      << R"(, "deadline": 15)"
                                      << "";
    QTest::newRow("bursts") << 1 << Column::Bursts << "cpu 4, io 10ms, cpu 1"
                            << R"([{"cpu": 4}])"
                            << R"([{"cpu": 4}, {"io": "10ms"}, {"cpu": 1}])";
    QTest::newRow("distributions")
        << 1 << Column::Bursts << "cpu exp(50), io uniform(1, 2.5) , cpu normal(\"10ms\", 0)"
        << R"([{"cpu": 4}])"
        << R"([{"cpu": {"exp": 50}}, {"io": {"uniform": [1, 2.5]}}, {"cpu": {"normal": ["10ms", 0]}}])";
    QTest::newRow("bursts as JSON") << 1 << Column::Bursts << R"( [{"cpu":9}] )"
                                    << R"([{"cpu": 4}])"
                                    << R"([{"cpu":9}])";
    QTest::newRow("same text, no change") << 0 << Column::Bursts << "cpu 5, io 3, cpu 2"
                                          << ""
                                          << "";
}

void TestWorkloadDocument::editRewritesOnlyTheValue() {
    QFETCH(int, row);
    QFETCH(Column, column);
    QFETCH(QString, text);
    QFETCH(QString, from);
    QFETCH(QString, to);
    WorkloadDocument document(kSmall, "small.json");
    const std::optional<std::string> refused = document.setCell(row, column, text.toStdString());
    QVERIFY2(!refused, refused ? refused->c_str() : "");
    const std::string expected =
        from.isEmpty() ? std::string(kSmall) : edited(kSmall, from.toStdString(), to.toStdString());
    QCOMPARE(QString::fromStdString(document.text()), QString::fromStdString(expected));
}

void TestWorkloadDocument::editedFileLoadsWithTheChange() {
    WorkloadDocument document(kSmall, "small.json");
    QVERIFY(!document.setCell(0, Column::Arrival, "7"));
    QVERIFY(!document.setCell(0, Column::Priority, "-2"));
    QVERIFY(!document.setCell(1, Column::Bursts, "cpu exp(50), io uniform(1, 2), cpu 3ms"));
    QVERIFY(!document.setCell(2, Column::Deadline, ""));
    QVERIFY(!document.setCell(2, Column::Name, "Task"));
    ts::WorkloadSpec spec;
    try {
        spec = ts::loadWorkloadText(document.text(), "small.json");
    } catch (const ts::InputError& error) {
        QFAIL(error.what());
    }
    QCOMPARE(spec.processes.size(), std::size_t(3));
    QCOMPARE(spec.processes[0].arrival, 7 * kMillisecond);
    QCOMPARE(spec.processes[0].priority, -2);
    const std::vector<ts::BurstSpec>& bursts = spec.processes[1].threads[0].bursts;
    QCOMPARE(bursts.size(), std::size_t(3));
    QVERIFY(bursts[0].length.kind == ts::DurationDistribution::Kind::Exponential);
    QCOMPARE(bursts[0].length.a, 50 * kMillisecond);
    QVERIFY(bursts[1].kind == ts::BurstSpec::Kind::Io);
    QVERIFY(bursts[1].length.kind == ts::DurationDistribution::Kind::Uniform);
    QCOMPARE(bursts[1].length.b, 2 * kMillisecond);
    QCOMPARE(bursts[2].length.a, 3 * kMillisecond);
    QCOMPARE(spec.processes[1].tickets, 7);
    QCOMPARE(spec.processes[2].name, std::string("Task"));
    QCOMPARE(spec.processes[2].deadline, 20 * kMillisecond);  // back to the period
}

void TestWorkloadDocument::unknownKeysSurviveEdits() {
    const std::string text = R"({
  "title": "kept",
  "description": "every byte of this stays",
  "unit": "us",
  "machine": {"cpus": 2, "policy": "lottery", "quantum": 400, "seed": 9},
  "processes": [
    {"name": "A", "tickets": 30, "nice": 3, "bursts": [{"cpu": 5}], "repeat": true},
    {"name": "B", "arrival": 1, "bursts": [{"cpu": 2}]}
  ]
}
)";
    WorkloadDocument document(text, "keys.json");
    QVERIFY(!document.setCell(0, Column::Bursts, "cpu 6"));
    QVERIFY(!document.setCell(0, Column::Arrival, "3"));
    QVERIFY(document.insertProcess(2));
    QVERIFY(document.removeProcess(1));
    const std::string& now = document.text();
    for (const char* kept :
         {R"("description": "every byte of this stays",)",
          R"("machine": {"cpus": 2, "policy": "lottery", "quantum": 400, "seed": 9},)",
          R"("tickets": 30, "nice": 3, "bursts": [{"cpu": 6}], "repeat": true})"}) {
        QVERIFY2(now.find(kept) != std::string::npos, kept);
    }
    const ts::WorkloadSpec spec = ts::loadWorkloadText(now, "keys.json");
    QCOMPARE(spec.processes.size(), std::size_t(2));
    QCOMPARE(spec.processes[0].tickets, 30);
    QCOMPARE(spec.processes[0].nice, 3);
    QVERIFY(spec.processes[0].threads[0].repeat);
    QCOMPARE(spec.processes[0].arrival, ts::Time(3000));  // in us
    QCOMPARE(spec.machine.seed, std::uint64_t(9));
}

void TestWorkloadDocument::refusesBurstTextItCannotWrite_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "write at least one burst";
    QTest::newRow("no length") << "cpu 5, io"
                               << "expected a length after 'io'";
    QTest::newRow("no comma") << "cpu 5 io 3"
                              << "expected ',' between bursts, found 'io'";
    QTest::newRow("trailing comma") << "cpu 5,"
                                    << "must be followed by a burst";
    QTest::newRow("open call") << "cpu exp(5"
                               << "expected ',' or ')' in exp(...)";
    QTest::newRow("empty call") << "cpu exp()"
                                << "expected a length inside exp(...)";
    QTest::newRow("unclosed quote") << "cpu \"5ms"
                                    << "not closed";
    QTest::newRow("bad JSON") << "[{\"cpu\": 5}"
                              << "not valid JSON";
}

void TestWorkloadDocument::refusesBurstTextItCannotWrite() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    WorkloadDocument document(kSmall, "small.json");
    const std::optional<std::string> refused =
        document.setCell(0, Column::Bursts, text.toStdString());
    QVERIFY(refused);
    QVERIFY2(QString::fromStdString(*refused).contains(message), refused->c_str());
    QCOMPARE(document.text(), std::string(kSmall));
}

void TestWorkloadDocument::readOnlyCells() {
    const std::string text =
        R"({"processes": [{"name": "S", "threads": [{"name": "a", "bursts": [{"cpu": 1}]}]},)"
        R"( {"name": "py", "program": "race.py"}, 42]})";
    WorkloadDocument document(text, "ro.json");
    QCOMPARE(document.rowCount(), 3);
    QVERIFY(!document.isEditable(0, Column::Bursts));
    QVERIFY(document.isEditable(0, Column::Arrival));
    QCOMPARE(document.cellText(1, Column::Bursts), std::string("program: race.py"));
    QVERIFY(!document.isEditable(1, Column::Bursts));
    QCOMPARE(document.cellText(2, Column::Name), std::string("42"));
    QVERIFY(!document.isEditable(2, Column::Name));
    QVERIFY(document.setCell(0, Column::Bursts, "cpu 1"));
    QVERIFY(document.setCell(2, Column::Name, "x"));
    QCOMPARE(document.text(), text);
}

void TestWorkloadDocument::addsRowsInTheFileLayout_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");
    const QString p3 = R"({"name": "P3", "arrival": 0, "bursts": [{"cpu": 1}]})";
    const QString p2 = R"({"name": "P2", "arrival": 0, "bursts": [{"cpu": 1}]})";
    const QString p1 = R"({"name": "P1", "arrival": 0, "bursts": [{"cpu": 1}]})";
    const QString lines =
        "{\n  \"processes\": [\n    {\"name\": \"A\"},\n    {\"name\": \"B\"}\n  ]\n}\n";
    QTest::newRow("append, one a line")
        << lines << 2
        << "{\n  \"processes\": [\n    {\"name\": \"A\"},\n    {\"name\": \"B\"},\n    " + p3 +
               "\n  ]\n}\n";
    QTest::newRow("first, one a line")
        << lines << 0
        << "{\n  \"processes\": [\n    " + p3 +
               ",\n    {\"name\": \"A\"},\n    {\"name\": \"B\"}\n  ]\n}\n";
    QTest::newRow("middle, one a line") << lines << 1
                                        << "{\n  \"processes\": [\n    {\"name\": \"A\"},\n    " +
                                               p3 + ",\n    {\"name\": \"B\"}\n  ]\n}\n";
    QTest::newRow("append, one line") << R"({"processes": [{"name": "A"}]})" << 1
                                      << R"({"processes": [{"name": "A"}, )" + p2 + "]}";
    QTest::newRow("first, one line") << R"({"processes": [{"name": "A"}]})" << 0
                                     << R"({"processes": [)" + p2 + R"(, {"name": "A"}]})";
    QTest::newRow("fresh name skips taken ones")
        << R"({"processes": [{"name": "P2"}]})" << 1
        << R"({"processes": [{"name": "P2"}, )" + p3 + "]}";
    QTest::newRow("empty list, lines")
        << "{\n  \"processes\": []\n}" << 0 << "{\n  \"processes\": [\n    " + p1 + "\n  ]\n}";
    QTest::newRow("empty list, one line")
        << R"({"processes": []})" << 0 << R"({"processes": [)" + p1 + "]}";
    QTest::newRow("no list") << "{\n  \"title\": \"x\"\n}" << 0
                             << "{\n  \"title\": \"x\",\n  \"processes\": [" + p1 + "]\n}";
    QTest::newRow("empty object") << "{}" << 0 << R"({"processes": [)" + p1 + "]}";
}

void TestWorkloadDocument::addsRowsInTheFileLayout() {
    QFETCH(QString, text);
    QFETCH(int, row);
    QFETCH(QString, expected);
    WorkloadDocument document(text.toStdString(), "rows.json");
    QVERIFY(document.insertProcess(row));
    QCOMPARE(QString::fromStdString(document.text()), expected);
}

void TestWorkloadDocument::removesRows_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");
    const QString lines =
        "{\"processes\": [\n  {\"name\": \"A\"},\n  {\"name\": \"B\"},\n  {\"name\": \"C\"}\n]}";
    QTest::newRow("first") << lines << 0
                           << "{\"processes\": [\n  {\"name\": \"B\"},\n  {\"name\": \"C\"}\n]}";
    QTest::newRow("middle") << lines << 1
                            << "{\"processes\": [\n  {\"name\": \"A\"},\n  {\"name\": \"C\"}\n]}";
    QTest::newRow("last") << lines << 2
                          << "{\"processes\": [\n  {\"name\": \"A\"},\n  {\"name\": \"B\"}\n]}";
    QTest::newRow("only") << "{\"processes\": [\n  {\"name\": \"A\"}\n]}" << 0
                          << "{\"processes\": []}";
}

void TestWorkloadDocument::removesRows() {
    QFETCH(QString, text);
    QFETCH(int, row);
    QFETCH(QString, expected);
    WorkloadDocument document(text.toStdString(), "rows.json");
    QVERIFY(document.removeProcess(row));
    QCOMPARE(QString::fromStdString(document.text()), expected);
    QVERIFY(!document.removeProcess(document.rowCount()));
    QVERIFY(!document.removeProcess(-1));
}

void TestWorkloadDocument::addedRowsLoad() {
    const QString path = QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/silberschatz-rr.json");
    WorkloadDocument document(readBytes(path), path.toStdString());
    QVERIFY(document.insertProcess(3));
    QVERIFY(document.insertProcess(0));
    QVERIFY(!document.setCell(0, Column::Bursts, "cpu 2, io 1, cpu 2"));
    QVERIFY(!document.insertProcess(9));
    const ts::WorkloadSpec spec = ts::loadWorkloadText(document.text(), path.toStdString());
    QCOMPARE(spec.processes.size(), std::size_t(5));
    QCOMPARE(spec.processes[0].name, std::string("P5"));
    QCOMPARE(spec.processes[0].threads[0].bursts.size(), std::size_t(3));
    QCOMPARE(spec.processes[4].name, std::string("P4"));
    QVERIFY(WorkloadValidation(document).ok());
}

void TestWorkloadDocument::validatesCellByCell_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<Column>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("priority") << 0 << Column::Priority << "high"
                              << "'priority' must be an integer, found a string";
    QTest::newRow("priority range") << 0 << Column::Priority << "5000"
                                    << "'priority' must be between -1000 and 1000, found 5000";
    QTest::newRow("arrival") << 1 << Column::Arrival << "-1"
                             << "'arrival'";
    QTest::newRow("arrival unit") << 1 << Column::Arrival << "3 parsecs"
                                  << "unknown unit";
    QTest::newRow("empty name") << 1 << Column::Name << ""
                                << "'name' must not be empty";
    QTest::newRow("duplicate name") << 1 << Column::Name << "A"
                                    << "duplicate process name 'A'";
    QTest::newRow("burst kind") << 0 << Column::Bursts << "cpu 5, disk 3"
                                << "unknown key 'disk' in a burst";
    QTest::newRow("burst length") << 0 << Column::Bursts << "cpu 0"
                                  << "at least 1ns";
    QTest::newRow("distribution") << 0 << Column::Bursts << "cpu uniform(5, 2)"
                                  << "'uniform' max (2ms) is below its min (5ms)";
    QTest::newRow("deadline without period") << 0 << Column::Deadline << "4"
                                             << "'deadline' needs a 'period'";
    QTest::newRow("periodic needs one cpu burst") << 2 << Column::Bursts << "cpu 1, io 1"
                                                  << "a periodic task's 'bursts' must be exactly";
}

void TestWorkloadDocument::validatesCellByCell() {
    QFETCH(int, row);
    QFETCH(Column, column);
    QFETCH(QString, text);
    QFETCH(QString, message);
    WorkloadDocument document(kSmall, "small.json");
    QVERIFY(WorkloadValidation(document).ok());
    QVERIFY(!document.setCell(row, column, text.toStdString()));
    const WorkloadValidation validation(document);
    QVERIFY(!validation.ok());
    const QString found = QString::fromStdString(validation.messageFor(row, column));
    QVERIFY2(found.contains(message), qPrintable(found));
    // Only that cell is flagged.
    QCOMPARE(validation.cells().size(), std::size_t(1));
    // And the loader, reading the whole file, stops at the same fault.
    try {
        ts::loadWorkloadText(document.text(), "small.json");
        QFAIL("the loader accepted the file");
    } catch (const ts::InputError& error) {
        QVERIFY2(found.contains(QString::fromStdString(error.message())), error.what());
    }
}

void TestWorkloadDocument::findsEveryBadCellOfARow() {
    WorkloadDocument document(kSmall, "small.json");
    QVERIFY(!document.setCell(2, Column::Arrival, "soon"));
    QVERIFY(!document.setCell(2, Column::Priority, "1.5"));
    QVERIFY(!document.setCell(2, Column::Period, "0"));
    QVERIFY(!document.setCell(2, Column::Bursts, "cpu exp(0)"));
    QVERIFY(!document.setCell(0, Column::Arrival, "x"));
    const WorkloadValidation validation(document);
    QCOMPARE(validation.cells().size(), std::size_t(5));
    QVERIFY(!validation.messageFor(2, Column::Arrival).empty());
    QVERIFY(QString::fromStdString(validation.messageFor(2, Column::Priority))
                .contains("must be an integer, found 1.5"));
    QVERIFY(!validation.messageFor(2, Column::Period).empty());
    QVERIFY(!validation.messageFor(2, Column::Bursts).empty());
    QVERIFY(validation.messageFor(2, Column::Deadline).empty());
    QVERIFY(validation.messageFor(2, Column::Name).empty());
    QVERIFY(!validation.messageFor(0, Column::Arrival).empty());
}

void TestWorkloadDocument::reportsFaultsOutsideTheRows() {
    // An unknown key in a process belongs to no column: it is shown on the process's name.
    WorkloadDocument keys(R"({"processes": [{"name": "A", "colour": 1, "bursts": [{"cpu": 1}]}]})",
                          "keys.json");
    const WorkloadValidation keyCheck(keys);
    QVERIFY(QString::fromStdString(keyCheck.messageFor(0, Column::Name))
                .contains("unknown key 'colour' in process 'A'"));
    // A fault in the machine is the file's, with its place.
    WorkloadDocument machine(
        R"({"machine": {"policy": "rr"}, "processes": [{"name": "A", "bursts": [{"cpu": 1}]}]})",
        "machine.json");
    const WorkloadValidation machineCheck(machine);
    QVERIFY(machineCheck.cells().empty());
    QCOMPARE(machineCheck.documentMessages().size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(machineCheck.documentMessages()[0])
                 .startsWith("machine.json:1:24: error: policy 'rr' needs a quantum"),
             machineCheck.documentMessages()[0].c_str());
    // An empty list too.
    WorkloadDocument empty(R"({"processes": [{"name": "A", "bursts": [{"cpu": 1}]}]})", "e.json");
    QVERIFY(empty.removeProcess(0));
    QCOMPARE(WorkloadValidation(empty).documentMessages().size(), std::size_t(1));
}

void TestWorkloadDocument::oneFaultDoesNotHideAnother() {
    // The loader stops at its first fault; the validation sets each aside and goes on: a bad
    // machine, a bad first process and a bad name do not hide two processes named alike.
    const std::string text =
        "{\"machine\": {\"cpus\": 0},\n"
        " \"processes\": [\n"
        "  {\"name\": \"A\", \"arrival\": \"later\", \"bursts\": [{\"cpu\": 1}]},\n"
        "  {\"name\": 5, \"bursts\": [{\"cpu\": 1}]},\n"
        "  {\"name\": \"B\", \"bursts\": [{\"cpu\": 1}]},\n"
        "  {\"name\": \"B\", \"bursts\": [{\"cpu\": 1}]}]}";
    const WorkloadDocument document(text, "many.json");
    const WorkloadValidation validation(document);
    QCOMPARE(validation.cells().size(), std::size_t(3));
    QVERIFY(!validation.messageFor(0, Column::Arrival).empty());
    QVERIFY(QString::fromStdString(validation.messageFor(1, Column::Name))
                .contains("'name' must be a string"));
    QVERIFY(validation.messageFor(2, Column::Name).empty());
    QVERIFY2(QString::fromStdString(validation.messageFor(3, Column::Name))
                 .contains("duplicate process name 'B' (first at 5:12)"),
             validation.messageFor(3, Column::Name).c_str());
    QCOMPARE(validation.documentMessages().size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(validation.documentMessages()[0])
                 .startsWith("many.json:1:22: error: "),
             validation.documentMessages()[0].c_str());
}

void TestWorkloadDocument::validLibraryHasNoMessages() {
    for (const QString& path : libraryFiles()) {
        if (QFileInfo(path).fileName().startsWith(QLatin1String("bad_"))) continue;
        const std::string bytes = readBytes(path);
        bool loads = true;
        try {
            ts::loadWorkloadText(bytes, path.toStdString());
        } catch (const ts::InputError&) {
            loads = false;
        }
        const WorkloadValidation validation(WorkloadDocument(bytes, path.toStdString()));
        QVERIFY2(validation.ok() == loads, qPrintable(path));
    }
}

void TestWorkloadDocument::rejectsWhatIsNotAnObject() {
    QVERIFY_THROWS_EXCEPTION(ts::InputError, WorkloadDocument("[1, 2]", "array.json"));
    QVERIFY_THROWS_EXCEPTION(ts::InputError, WorkloadDocument("{\"a\": ", "broken.json"));
    // "processes" that is not a list: no rows, and none can be added.
    WorkloadDocument notAList(R"({"processes": 3})", "n.json");
    QCOMPARE(notAList.rowCount(), 0);
    QVERIFY(!notAList.insertProcess(0));
}

QTEST_APPLESS_MAIN(TestWorkloadDocument)
#include "test_WorkloadDocument.moc"
