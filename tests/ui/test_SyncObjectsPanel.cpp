// The synchronisation panel and its timeline: at moments found in the record (a thread just
// blocked, a unit handed over, a wait timed out, an event set), the panel shows each object's
// owner, count, flag and FIFO of waiters as the program's story says; stepping back shows the
// earlier state again; a small step forward animates while a seek does not; the timeline built
// while the run is recorded equals one built afterwards and a plain replay. The window's
// Chrome trace export is valid JSON with the slices, byte for byte the command line's file.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <map>
#include <sstream>

#include "ProgramSimulation.h"
#include "Simulation.h"
#include "model/RunRecording.h"
#include "model/SyncTimeline.h"
#include "panels/SyncObjectsPanel.h"
#include "report/ChromeTraceWriter.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"
#include "window/ChartExporter.h"

using namespace ts;
using namespace ts::ui;

Q_DECLARE_METATYPE(ts::SyncObjectKind)
Q_DECLARE_METATYPE(ts::SyncOp::Kind)

namespace {

std::string scenario(const QString& file) {
    return (QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + file).toStdString();
}

// Each scenario is run once for all the tests that only read its finished recording.
const RunRecording* finishedRun(const QString& file) {
    static std::map<QString, std::unique_ptr<RunRecording>> runs;
    std::unique_ptr<RunRecording>& r = runs[file];
    if (!r) {
        r = std::make_unique<RunRecording>(loadRunSource(scenario(file)));
        while (r->extend(kNever, 200000)) {
        }
    }
    return r.get();
}

// The time of the nth (from 1) operation `op` on an object of kind `object`; with `room`, only
// puts that wait for room in a full queue count.
Time timeOf(const RunRecording& r, SyncObjectKind object, SyncOp::Kind op, int nth,
            bool room = false) {
    for (const SyncOp& o : r.trace().syncOps()) {
        if (o.objectKind != object || o.kind != op || (room && o.value == 0)) continue;
        if (--nth == 0) return o.time;
    }
    return -1;
}

// Each object's state replayed from time 0, the slow way, taking operations in recorded order
// while their (running maximum) time is at or before `t`.
std::vector<SyncObjectState> replayed(const RecordArray<SyncOp>& ops, Time t) {
    std::vector<SyncObjectState> states;
    std::vector<Time> latest;
    for (const SyncOp& o : ops) {
        const auto id = static_cast<std::size_t>(o.object);
        if (states.size() <= id) {
            states.resize(id + 1);
            latest.resize(id + 1, -1);
        }
        latest[id] = std::max(latest[id], o.time);
        if (latest[id] <= t) states[id].apply(o);
    }
    std::vector<SyncObjectState> created;
    for (const SyncObjectState& s : states) {
        if (s.created) created.push_back(s);
    }
    return created;
}

QStringList describeAt(const RunRecording& r, Time t) {
    SyncObjectsPanel panel;
    panel.showAt(r, t, GanttStyle());
    return panel.describe();
}

QJsonArray traceEvents(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) return {};
    return doc.object().value(QStringLiteral("traceEvents")).toArray();
}

int countPhase(const QJsonArray& events, const QString& phase) {
    int n = 0;
    for (const QJsonValue& v : events)
        n += v.toObject().value(QStringLiteral("ph")).toString() == phase ? 1 : 0;
    return n;
}

}  // namespace

class TestSyncObjectsPanel : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    void showsStateWhenThreadsWait_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SyncObjectKind>("object");
        QTest::addColumn<SyncOp::Kind>("op");
        QTest::addColumn<int>("nth");
        QTest::addColumn<bool>("room");
        QTest::addColumn<QStringList>("expected");
        using K = SyncObjectKind;
        using Op = SyncOp::Kind;
        QTest::newRow("pool: three workers wait")
            << "semaphore-pool.py" << K::Semaphore << Op::Blocked << 3 << false
            << QStringList{"Semaphore(2) #1: count 0; waiting worker-2, worker-3, worker-4",
                           "Lock #1: free"};
        QTest::newRow("pool: a unit handed to the first waiter")
            << "semaphore-pool.py" << K::Semaphore << Op::HandedOver << 1 << false
            << QStringList{"Semaphore(2) #1: count 0; waiting worker-3, worker-4", "Lock #1: free",
                           "join worker-0: waiting MainThread"};
        QTest::newRow("pool: the last one let go")
            << "semaphore-pool.py" << K::Semaphore << Op::Released << 5 << false
            << QStringList{"Semaphore(2) #1: count 2", "Lock #1: free",
                           "join worker-4: waiting MainThread"};
        QTest::newRow("counter: a thread waits for the lock")
            << "race-counter-lock.py" << K::Lock << Op::Blocked << 1 << false
            << QStringList{"Lock #1: owner Thread-1 (add); waiting Thread-2 (add)"};
        QTest::newRow("event: the waiter waits")
            << "event-timeout.py" << K::Event << Op::Blocked << 1 << false
            << QStringList{"Event #1: clear; waiting waiter"};
        QTest::newRow("event: the wait timed out")
            << "event-timeout.py" << K::Event << Op::TimedOut << 1 << false
            << QStringList{"Event #1: clear", "join waiter: waiting MainThread"};
        QTest::newRow("event: set too late")
            << "event-timeout.py" << K::Event << Op::Set << 1 << false
            << QStringList{"Event #1: set", "join setter: waiting MainThread"};
        QTest::newRow("event: second round waits")
            << "event-timeout.py" << K::Event << Op::Blocked << 2 << false
            << QStringList{"Event #1: set", "Event #2: clear; waiting waiter"};
        QTest::newRow("event: set in time")
            << "event-timeout.py" << K::Event << Op::Set << 2 << false
            << QStringList{"Event #1: set", "Event #2: set", "join waiter: waiting MainThread"};
        QTest::newRow("queue: a consumer waits for an item")
            << "producer-consumer.py" << K::Queue << Op::Blocked << 1 << false
            << QStringList{"Queue(3) #1: size 0 of 3; waiting to get consumer-B"};
        QTest::newRow("queue: the producer waits for room")
            << "producer-consumer.py" << K::Queue << Op::Blocked << 1 << true
            << QStringList{"Queue(3) #1: size 3 of 3; waiting to put producer",
                           "join producer: waiting MainThread"};
    }

    void showsStateWhenThreadsWait() {
        QFETCH(QString, file);
        QFETCH(SyncObjectKind, object);
        QFETCH(SyncOp::Kind, op);
        QFETCH(int, nth);
        QFETCH(bool, room);
        QFETCH(QStringList, expected);
        const auto r = finishedRun(file);
        const Time t = timeOf(*r, object, op, nth, room);
        QVERIFY(t >= 0);
        QCOMPARE(describeAt(*r, t), expected);
    }

    void ownerAndWaitersInDetail() {
        const auto r = finishedRun("race-counter-lock.py");
        SyncTimeline timeline(r->trace());
        timeline.update();
        const Time blocked = timeOf(*r, SyncObjectKind::Lock, SyncOp::Kind::Blocked, 1);
        const std::vector<SyncObjectState> states = timeline.statesAt(blocked);
        const auto lock = std::find_if(states.begin(), states.end(), [](const SyncObjectState& s) {
            return s.kind == SyncObjectKind::Lock;
        });
        QVERIFY(lock != states.end());
        QCOMPARE(lock->owner, 1);
        QCOMPARE(lock->depth, 1);
        QCOMPARE(lock->waiters.size(), std::size_t(1));
        QCOMPARE(lock->waiters.front().tid, 2);
        // Just before, nobody waited; the lock was held all along.
        const SyncObjectState before = timeline.stateAt(lock->id, blocked - 1);
        QVERIFY(before.waiters.empty());
        QCOMPARE(before.owner, 1);
        QCOMPARE(timeline.ordinal(lock->id), 1);
    }

    void stepBackShowsEarlierState() {
        const auto r = finishedRun("semaphore-pool.py");
        const Time waiting = timeOf(*r, SyncObjectKind::Semaphore, SyncOp::Kind::Blocked, 3);
        const Time handed = timeOf(*r, SyncObjectKind::Semaphore, SyncOp::Kind::HandedOver, 1);
        SyncObjectsPanel panel;
        const GanttStyle style;
        panel.showAt(*r, waiting, style);
        const QStringList atWaiting = panel.describe();
        panel.showAt(*r, handed, style);
        QVERIFY(panel.describe() != atWaiting);
        panel.showAt(*r, waiting, style);
        QVERIFY(!panel.animating());
        QCOMPARE(panel.describe(), atWaiting);
        QCOMPARE(panel.describe(), describeAt(*r, waiting));
        panel.showAt(*r, 0, style);
        QVERIFY(panel.describe().isEmpty());
    }

    void smallStepAnimatesButShowsTheEndAtOnce() {
        const auto r = finishedRun("semaphore-pool.py");
        const Time handed = timeOf(*r, SyncObjectKind::Semaphore, SyncOp::Kind::HandedOver, 1);
        SyncObjectsPanel panel;
        panel.resize(400, 600);
        const GanttStyle style;
        panel.showAt(*r, handed - 1, style);
        QVERIFY(!panel.animating());
        panel.showAt(*r, handed, style);
        QVERIFY(panel.animating());
        QCOMPARE(panel.describe(), describeAt(*r, handed));
        QVERIFY(!panel.grab().isNull());  // paints the step half-way without the recording
        // Time passing with no operation lets the animation go on ...
        const auto& ops = r->trace().syncOps();
        const Time next = std::find_if(ops.begin(), ops.end(), [handed](const SyncOp& o) {
                              return o.time > handed;
                          })->time;
        QVERIFY(next > handed + 1);
        panel.showAt(*r, handed + 1, style);
        QVERIFY(panel.animating());
        // ... while the next operation during it (playing) is shown as it ends.
        panel.showAt(*r, next, style);
        QVERIFY(!panel.animating());
        QCOMPARE(panel.describe(), describeAt(*r, next));
        panel.showAt(*r, handed - 1, style);
        panel.showAt(*r, handed, style);
        QVERIFY(panel.animating());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.animating(), 3000);
        QCOMPARE(panel.describe(), describeAt(*r, handed));
        // A screenshot does not wait: finishing shows the step's end at once, painted as a
        // panel that showed that time without a step before it.
        panel.showAt(*r, handed - 1, style);
        panel.showAt(*r, handed, style);
        QVERIFY(panel.animating());
        const QImage halfWay = panel.grab().toImage();  // the changed chips still faded out
        panel.finishAnimation();
        QVERIFY(!panel.animating());
        QCOMPARE(panel.describe(), describeAt(*r, handed));
        const QImage finished = panel.grab().toImage();
        SyncObjectsPanel direct;
        direct.resize(400, 600);
        direct.showAt(*r, handed, style);
        QVERIFY(!direct.animating());
        QCOMPARE(finished, direct.grab().toImage());
        QVERIFY(finished != halfWay);
    }

    void seekAndStepBackDoNotAnimate() {
        const auto r = finishedRun("producer-consumer.py");
        SyncObjectsPanel panel;
        const GanttStyle style;
        panel.showAt(*r, 0, style);
        panel.showAt(*r, r->endTime(), style);  // every operation of the run at once
        QVERIFY(!panel.animating());
        const Time room = timeOf(*r, SyncObjectKind::Queue, SyncOp::Kind::Blocked, 1, true);
        panel.showAt(*r, room, style);
        QVERIFY(!panel.animating());
        QCOMPARE(panel.describe(), describeAt(*r, room));
    }

    void timelineMatchesReplay_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("semaphore pool, two CPUs") << "semaphore-pool.py";
        QTest::newRow("lock, 777k operations") << "race-counter-lock.py";
        QTest::newRow("event with timeout") << "event-timeout.py";
        QTest::newRow("bounded queue") << "producer-consumer.py";
    }

    void timelineMatchesReplay() {
        QFETCH(QString, file);
        // Recorded in small chunks, as the window plays it; the panel follows every chunk.
        RunRecording r(loadRunSource(scenario(file)));
        SyncTimeline growing(r.trace());
        SyncObjectsPanel panel;
        Time target = 0;
        int chunks = 0;
        while (r.extend(target, 20000)) {
            target += 20'000'000;
            growing.update();
            panel.showAt(r, r.knownUntil(), GanttStyle());
            ++chunks;
        }
        growing.update();
        QVERIFY(chunks > 10);
        SyncTimeline whole(r.trace());
        whole.update();
        QCOMPARE(growing.operationsRead(), r.trace().syncOps().size());

        std::vector<Time> times{0, r.endTime()};
        for (int i = 1; i < 16; ++i) times.push_back(r.endTime() / 16 * i);
        const auto& ops = r.trace().syncOps();
        for (std::size_t i = 0; i < ops.size(); i += std::max<std::size_t>(1, ops.size() / 24)) {
            times.push_back(ops[i].time - 1);
            times.push_back(ops[i].time);
        }
        for (Time t : times) {
            const std::vector<SyncObjectState> expected = replayed(ops, t);
            QVERIFY2(whole.statesAt(t) == expected, qPrintable(QString("at %1").arg(t)));
            QVERIFY2(growing.statesAt(t) == expected, qPrintable(QString("at %1").arg(t)));
        }
        // The panel kept up with the recording: it shows the end as a fresh one does.
        panel.showAt(r, r.endTime(), GanttStyle());
        QCOMPARE(panel.describe(), describeAt(r, r.endTime()));
    }

    void presentationModeIsLarger() {
        const auto r = finishedRun("semaphore-pool.py");
        const Time t = timeOf(*r, SyncObjectKind::Semaphore, SyncOp::Kind::Blocked, 3);
        SyncObjectsPanel panel;
        panel.resize(420, 500);
        panel.showAt(*r, t, GanttStyle());
        const int normal = panel.widget()->sizeHint().height();
        panel.setPresentationMode(true);
        QVERIFY(panel.presentationMode());
        QVERIFY(panel.widget()->sizeHint().height() > normal * 5 / 4);
        QVERIFY(!panel.grab().isNull());
        // The chart's presentation style alone enlarges it too.
        SyncObjectsPanel other;
        other.showAt(*r, t, GanttStyle(GanttStyle::Palette::Standard, true));
        QCOMPARE(other.widget()->sizeHint().height(), panel.widget()->sizeHint().height());
    }

    void exportedTraceHasTheSlices_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("program") << "semaphore-pool.py";
        QTest::newRow("workload") << "silberschatz-rr.json";
    }

    void exportedTraceHasTheSlices() {
        QFETCH(QString, file);
        const auto r = finishedRun(file);
        QVERIFY(r->complete());
        QTemporaryDir dir;
        const QString path = dir.filePath("trace.json");
        QVERIFY(ChartExporter::saveChromeTrace(*r, path));
        const QJsonArray events = traceEvents(path);
        QVERIFY(!events.isEmpty());
        // Each slice is on its CPU's track and on its thread's.
        QCOMPARE(countPhase(events, "X"), static_cast<int>(2 * r->report()->slices.size()));
        QVERIFY(countPhase(events, "i") > 0);
        QSet<QString> tracks;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            if (e.value("ph") == "M" && e.value("name") == "thread_name") {
                tracks << e.value("args").toObject().value("name").toString();
            }
        }
        QVERIFY(tracks.contains("CPU 0"));
        for (const ThreadMetrics& t : r->report()->threads)
            QVERIFY(tracks.contains(QString::fromStdString(t.name)));

        // Byte for byte what `timeslice run FILE --trace` writes for the same file.
        std::ostringstream cli;
        const std::string source = scenario(file);
        if (file.endsWith(".py")) {
            ChromeTraceWriter::write(cli, simulateProgram(loadProgramFile(source)));
        } else {
            ChromeTraceWriter::write(cli, simulateWorkload(loadWorkloadFile(source)));
        }
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray::fromStdString(cli.str()));
    }

    void exportWhileRecording() {
        RunRecording r(loadRunSource(scenario("race-counter-lock.py")));
        QVERIFY(r.extend(30'000'000, 1'000'000));
        QVERIFY(!r.complete());
        QTemporaryDir dir;
        const QString path = dir.filePath("partial.json");
        QVERIFY(ChartExporter::saveChromeTrace(r, path));
        const QJsonArray events = traceEvents(path);
        QVERIFY(!r.trace().slices().empty());
        QCOMPARE(countPhase(events, "X"), static_cast<int>(2 * r.trace().slices().size()));
        QVERIFY(!ChartExporter::saveChromeTrace(r, dir.filePath("no/such/dir/trace.json")));
    }
};

QTEST_MAIN(TestSyncObjectsPanel)
#include "test_SyncObjectsPanel.moc"
