// Captions (docs/captions.md): the front matter grammar of programs and the "captions" list of
// workloads, every error at its line and column, and the moments CaptionResolver finds in real
// workload runs and in recordings with source lines.
#include <QtTest>

#include <map>
#include <string>

#include "Simulation.h"
#include "kernel/Thread.h"
#include "report/CaptionResolver.h"
#include "scenario/InputError.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

using namespace ts;

namespace {

std::string program(const QString& captionLines) {
    return ("\"\"\"timeslice\ntitle: t\n" + captionLines + "\"\"\"\nprint('hi')\n").toStdString();
}

std::string workload(const QString& captions) {
    return (R"({"machine": {"policy": "rr", "quantum": 4},
 "processes": [
  {"name": "P1", "bursts": [{"cpu": 10}]},
  {"name": "P2", "arrival": 1, "bursts": [{"cpu": 3}, {"io": 2}, {"cpu": 1}]},
  {"name": "srv", "arrival": 20, "threads": [{"name": "t-a", "bursts": [{"cpu": 1}]},
                                              {"name": "t-b", "bursts": [{"cpu": 1}]}]},
  {"name": "RT", "arrival": 30, "period": 10, "bursts": [{"cpu": 4}]}],
 "until": 60,
 "captions": )" + captions + "}")
        .toStdString();
}

// Each caption's time in the run, by its text; -1 when its moment never came.
std::map<QString, qint64> momentsOf(const RunReport& report) {
    std::map<QString, qint64> out;
    for (const CaptionRecord& c : report.captions) {
        out[QString::fromStdString(c.text)] = c.t ? *c.t : -1;
    }
    return out;
}

Thread threadNamed(int tid, const std::string& name) {
    Thread t;
    t.tid = tid;
    t.name = name;
    return t;
}

}  // namespace

class TestCaptions : public QObject {
    Q_OBJECT

  private slots:
    void frontMatterGrammar_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("thread");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("pause");
        QTest::addColumn<QString>("text");
        QTest::newRow("time") << "3ms: Three." << "time" << qint64(3000000) << "" << 1 << 0 << "" << false << "Three.";
        QTest::newRow("bare number is ms") << "12: x" << "time" << qint64(12000000) << "" << 1 << 0 << "" << false << "x";
        QTest::newRow("time, pause") << "1.5s pause: Look." << "time" << qint64(1500000000) << "" << 1 << 0 << "" << true << "Look.";
        QTest::newRow("line") << "line 12 Thread-2: here" << "line" << qint64(0) << "Thread-2" << 1 << 12 << "" << false << "here";
        QTest::newRow("line, any thread, 3rd") << "line 7 #3: x" << "line" << qint64(0) << "" << 3 << 7 << "" << false << "x";
        QTest::newRow("preempt #2 pause") << "preempt Thread-1 #2 pause: t" << "preempt" << qint64(0) << "Thread-1" << 2 << 0 << "" << true << "t";
        QTest::newRow("words in any order") << "dispatch #2 pause worker: t" << "dispatch" << qint64(0) << "worker" << 2 << 0 << "" << true << "t";
        QTest::newRow("block, reason only") << "block lock: t" << "block" << qint64(0) << "" << 1 << 0 << "lock" << false << "t";
        QTest::newRow("quoted name is not a reason") << "block \"lock\": t" << "block" << qint64(0) << "lock" << 1 << 0 << "" << false << "t";
        QTest::newRow("wake, reason, thread, #") << "wake io P1 #3: t" << "wake" << qint64(0) << "P1" << 3 << 0 << "io" << false << "t";
        QTest::newRow("quoted name, at line, colon in text")
            << "preempt \"Thread-1 (add)\" at line 19 #3: a: b" << "preempt" << qint64(0) << "Thread-1 (add)" << 3 << 19 << "" << false << "a: b";
        QTest::newRow("exit, any thread") << "exit: gone" << "exit" << qint64(0) << "" << 1 << 0 << "" << false << "gone";
        QTest::newRow("output") << "output MainThread #4: x" << "output" << qint64(0) << "MainThread" << 4 << 0 << "" << false << "x";
        QTest::newRow("deadline-miss") << "deadline-miss P2: late" << "deadline-miss" << qint64(0) << "P2" << 1 << 0 << "" << false << "late";
        QTest::newRow("name with a colon, quoted") << "exit \"a:b\": t" << "exit" << qint64(0) << "a:b" << 1 << 0 << "" << false << "t";
    }
    void frontMatterGrammar() {
        QFETCH(QString, value);
        const ProgramSpec spec = loadProgramText(program("caption: " + value + "\n"), "p.py");
        QCOMPARE(spec.captions.size(), std::size_t(1));
        const Caption& c = spec.captions.front();
        QTEST(QString(captionTriggerName(c.trigger)), "trigger");
        QTEST(qint64(c.at), "at");
        QTEST(QString::fromStdString(c.thread), "thread");
        QTEST(c.occurrence, "occurrence");
        QTEST(c.line, "line");
        QTEST(QString(c.reason ? blockReasonWord(*c.reason) : ""), "reason");
        QTEST(c.pause, "pause");
        QTEST(QString::fromStdString(c.text), "text");
        QCOMPARE(c.pos.line, 3);
        QCOMPARE(c.pos.column, 10);
    }

    void captionsRepeatAndKeepTheirOrder() {
        const ProgramSpec spec = loadProgramText(
            program("caption: 1ms: first\ncaption: exit: second\n  caption:   2ms: third\n"), "p.py");
        QCOMPARE(spec.captions.size(), std::size_t(3));
        QCOMPARE(spec.captions[0].text, std::string("first"));
        QCOMPARE(spec.captions[1].text, std::string("second"));
        QCOMPARE(spec.captions[2].text, std::string("third"));
        QCOMPARE(spec.captions[2].pos.line, 5);
        QCOMPARE(spec.captions[2].pos.column, 14);
        QCOMPARE(spec.title, std::string("t"));
    }

    void frontMatterErrors_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("column");  // the value starts at column 10
        QTest::addColumn<QString>("message");
        QTest::newRow("no colon") << "3ms hello" << 10 << "no ':' before its text";
        QTest::newRow("empty text") << "3ms:   " << 13 << "no text after ':'";
        QTest::newRow("no moment") << ": text" << 10 << "needs a moment before ':'";
        QTest::newRow("unknown event") << "preemt Thread-1: x" << 10 << "unknown caption moment 'preemt' (did you mean 'preempt'?)";
        QTest::newRow("bad time") << "3xs: x" << 10 << "bad caption time '3xs'";
        QTest::newRow("line without number") << "line: x" << 10 << "'line' needs a line number";
        QTest::newRow("line 0") << "line 0: x" << 15 << "a line number must be a whole number from 1, found '0'";
        QTest::newRow("line abc") << "line abc: x" << 15 << "found 'abc'";
        QTest::newRow("#0") << "exit P1 #0: x" << 19 << "the occurrence after '#' must be a whole number from 1";
        QTest::newRow("#x") << "exit P1 #x: x" << 19 << "found 'x'";
        QTest::newRow("# twice") << "exit #1 P1 #2: x" << 21 << "given twice";
        QTest::newRow("two names") << "preempt Thread 1: x" << 25 << "names one thread, and 'Thread' is already named; found '1' (write a name with spaces in double quotes";
        QTest::newRow("misspelt pause") << "preempt P1 puase: x" << 21 << "found 'puase' (did you mean 'pause'?)";
        QTest::newRow("time takes no thread") << "3ms Thread-1: x" << 14 << "takes nothing more than 'pause'";
        QTest::newRow("at line on a line caption") << "line 3 at line 4: x" << 17 << "'at line N' does not apply to 'line'";
        QTest::newRow("at without line") << "preempt at 4: x" << 18 << "'at' must be followed by 'line N'";
        QTest::newRow("at line twice") << "preempt at line 4 at line 5: x" << 28 << "'at line' is given twice";
        QTest::newRow("unterminated quote") << "exit \"Thread-1: x" << 15 << "no closing '\"'";
        QTest::newRow("empty quoted name") << "exit \"\": x" << 15 << "a thread name cannot be empty";
        QTest::newRow("pause twice") << "exit pause pause: x" << 21 << "'pause' is given twice";
        QTest::newRow("quoted moment") << "\"exit\": x" << 10 << "not a quoted name";
        QTest::newRow("at line on a deadline miss") << "deadline-miss at line 3: x" << 24 << "does not apply to 'deadline-miss'";
    }
    void frontMatterErrors() {
        QFETCH(QString, value);
        QFETCH(int, column);
        QFETCH(QString, message);
        try {
            loadProgramText(program("caption: " + value + "\n"), "p.py");
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.pos().line, 3);
            QCOMPARE(e.pos().column, column);
            QVERIFY2(QString::fromStdString(e.message()).contains(message), e.what());
            QVERIFY(QString::fromStdString(e.what()).startsWith("p.py:3:"));
        }
    }

    void workloadCaptions() {
        const WorkloadSpec spec = loadWorkloadText(
            workload(R"([{"at": 12, "text": "At twelve.", "pause": true},
  {"at": "500us", "text": "Early."},
  {"on": "preempt", "thread": "P2", "occurrence": 2, "text": "Again."},
  {"on": "block", "reason": "io", "text": "Any I/O."},
  {"on": "deadline-miss", "thread": "RT", "text": "Late."}])"),
            "w.json");
        QCOMPARE(spec.captions.size(), std::size_t(5));
        QVERIFY(spec.captions[0].trigger == CaptionTrigger::At);
        QCOMPARE(spec.captions[0].at, 12 * kMillisecond);
        QVERIFY(spec.captions[0].pause);
        QCOMPARE(spec.captions[0].text, std::string("At twelve."));
        QCOMPARE(spec.captions[1].at, 500 * kMicrosecond);
        QVERIFY(spec.captions[2].trigger == CaptionTrigger::Preempt);
        QCOMPARE(spec.captions[2].thread, std::string("P2"));
        QCOMPARE(spec.captions[2].occurrence, 2);
        QVERIFY(!spec.captions[2].pause);
        QVERIFY(spec.captions[3].reason == std::optional<BlockReason>(BlockReason::Io));
        QVERIFY(spec.captions[4].trigger == CaptionTrigger::DeadlineMiss);
        QCOMPARE(spec.captions[2].pos.line, 11);
        QCOMPARE(spec.captions[2].pos.column, 3);
    }

    void workloadUnitAppliesToCaptions() {
        const WorkloadSpec spec = loadWorkloadText(
            R"({"unit": "us", "processes": [{"name": "A", "bursts": [{"cpu": 5}]}],
                "captions": [{"at": 3, "text": "x"}]})",
            "w.json");
        QCOMPARE(spec.captions[0].at, 3 * kMicrosecond);
    }

    void workloadErrors_data() {
        QTest::addColumn<QString>("captions");
        QTest::addColumn<int>("column");  // all on line 9, where the list starts
        QTest::addColumn<QString>("message");
        QTest::newRow("not a list") << R"({"at": 1})" << 14 << "'captions' must be an array, found an object";
        QTest::newRow("not an object") << R"([3])" << 15 << "a caption must be an object";
        QTest::newRow("unknown key") << R"([{"at": 1, "txt": "x"}])" << 25 << "unknown key 'txt' in a caption (did you mean 'text'?)";
        QTest::newRow("both at and on") << R"([{"at": 1, "on": "exit", "text": "x"}])" << 25 << "either \"at\" (a time) or \"on\" (an event), not both";
        QTest::newRow("neither") << R"([{"text": "x"}])" << 15 << "needs \"at\" (a time) or \"on\" (an event)";
        QTest::newRow("no text") << R"([{"at": 1}])" << 15 << "a caption needs \"text\"";
        QTest::newRow("empty text") << R"([{"at": 1, "text": "  "}])" << 33 << "'text' must not be empty";
        QTest::newRow("text not a string") << R"([{"at": 1, "text": 4}])" << 33 << "'text' must be a string";
        QTest::newRow("bad time") << R"([{"at": "4 parsecs", "text": "x"}])" << 22 << "'at': ";
        QTest::newRow("time not a duration") << R"([{"at": true, "text": "x"}])" << 22 << "'at' must be a time";
        QTest::newRow("unknown event") << R"([{"on": "dispach", "text": "x"}])" << 22 << "unknown caption event 'dispach' (did you mean 'dispatch'?)";
        QTest::newRow("line in a workload") << R"([{"on": "line", "text": "x"}])" << 22 << "'line' captions are for programs";
        QTest::newRow("thread with a time") << R"([{"at": 1, "thread": "P1", "text": "x"}])" << 25 << "'thread' belongs to a caption \"on\" an event";
        QTest::newRow("unknown thread") << R"([{"on": "exit", "thread": "P3", "text": "x"}])" << 40 << "no thread or process named 'P3' in this workload (did you mean 'P1'?)";
        QTest::newRow("empty thread") << R"([{"on": "exit", "thread": "", "text": "x"}])" << 40 << "'thread' must not be empty";
        QTest::newRow("not periodic") << R"([{"on": "deadline-miss", "thread": "P1", "text": "x"}])" << 49 << "'P1' is not a periodic task";
        QTest::newRow("occurrence 0") << R"([{"on": "exit", "occurrence": 0, "text": "x"}])" << 44 << "'occurrence' must be a whole number from 1";
        QTest::newRow("occurrence float") << R"([{"on": "exit", "occurrence": 1.5, "text": "x"}])" << 44 << "'occurrence' must be a whole number from 1";
        QTest::newRow("reason on exit") << R"([{"on": "exit", "reason": "io", "text": "x"}])" << 30 << "'reason' applies to \"block\" and \"wake\" captions, not \"exit\"";
        QTest::newRow("unknown reason") << R"([{"on": "block", "reason": "disk", "text": "x"}])" << 41 << "unknown block reason 'disk'";
        QTest::newRow("pause not a bool") << R"([{"at": 1, "text": "x", "pause": "yes"}])" << 47 << "'pause' must be true or false";
    }
    void workloadErrors() {
        QFETCH(QString, captions);
        QFETCH(int, column);
        QFETCH(QString, message);
        try {
            loadWorkloadText(workload(captions), "w.json");
            QFAIL("no error");
        } catch (const InputError& e) {
            QCOMPARE(e.pos().line, 9);
            QCOMPARE(e.pos().column, column);
            QVERIFY2(QString::fromStdString(e.message()).contains(message), e.what());
        }
    }

    // The schedule: P1 0-4, P2 4-7 (then I/O until 9), P1 7-11, P2 11-12, P1 12-14; t-a and
    // t-b 20-21, 21-22; RT's jobs from 30 every 10 ms, alone, so it meets every deadline.
    void resolvesWorkloadEvents() {
        const WorkloadSpec spec = loadWorkloadText(workload(R"([
  {"at": 2, "text": "two"},
  {"on": "preempt", "thread": "P1", "text": "P1 loses the CPU"},
  {"on": "preempt", "thread": "P1", "occurrence": 2, "text": "P1 again"},
  {"on": "dispatch", "thread": "P2", "text": "P2 first runs"},
  {"on": "dispatch", "thread": "P2", "occurrence": 2, "text": "P2 back"},
  {"on": "block", "reason": "io", "text": "P2 does I/O"},
  {"on": "block", "reason": "lock", "text": "never a lock"},
  {"on": "wake", "thread": "P2", "reason": "io", "text": "P2's I/O done"},
  {"on": "exit", "text": "first exit"},
  {"on": "exit", "occurrence": 2, "text": "second exit"},
  {"on": "dispatch", "thread": "srv", "occurrence": 2, "text": "second thread of srv"},
  {"on": "exit", "thread": "t-b", "text": "t-b ends"},
  {"on": "block", "reason": "period", "thread": "RT", "text": "RT waits for its first release"},
  {"on": "block", "reason": "period", "thread": "RT", "occurrence": 2, "text": "RT's first job done"},
  {"on": "deadline-miss", "text": "no miss"},
  {"at": 70, "text": "after the end"}])"),
                                                   "w.json");
        const RunReport report = simulateWorkload(spec, RunOptions{false, false});
        const auto at = momentsOf(report);
        const qint64 ms = kMillisecond;
        QCOMPARE(at.at("two"), 2 * ms);
        QCOMPARE(at.at("P1 loses the CPU"), 4 * ms);
        QCOMPARE(at.at("P1 again"), 11 * ms);
        QCOMPARE(at.at("P2 first runs"), 4 * ms);
        QCOMPARE(at.at("P2 back"), 11 * ms);
        QCOMPARE(at.at("P2 does I/O"), 7 * ms);
        QCOMPARE(at.at("never a lock"), qint64(-1));
        QCOMPARE(at.at("P2's I/O done"), 9 * ms);
        QCOMPARE(at.at("first exit"), 12 * ms);
        QCOMPARE(at.at("second exit"), 14 * ms);
        QCOMPARE(at.at("second thread of srv"), 21 * ms);
        QCOMPARE(at.at("t-b ends"), 22 * ms);
        QCOMPARE(at.at("RT waits for its first release"), 30 * ms);
        QCOMPARE(at.at("RT's first job done"), 34 * ms);
        QCOMPARE(at.at("no miss"), qint64(-1));
        QCOMPARE(at.at("after the end"), qint64(-1));
        // Shown ones by time, then the ones never shown, in file order.
        QCOMPARE(report.captions.front().text, std::string("two"));
        QCOMPARE(report.captions[report.captions.size() - 3].text, std::string("never a lock"));
        QCOMPARE(report.captions.back().text, std::string("after the end"));
        QCOMPARE(report.captions.back().moment, std::string("70ms"));
        QCOMPARE(report.captions[report.captions.size() - 2].moment,
                 std::string("the 1st deadline-miss of any thread"));
    }

    // Alone on the CPU, a thread whose quantum expires goes on at once: its timer interrupts
    // are neither pre-emptions nor new dispatches.
    void timerWithNobodyElseIsNoPreemption() {
        const WorkloadSpec spec = loadWorkloadText(
            R"({"machine": {"policy": "rr", "quantum": 4}, "processes": [{"name": "A", "bursts": [{"cpu": 10}]}],
                "captions": [{"on": "preempt", "text": "p"}, {"on": "dispatch", "occurrence": 2, "text": "d"},
                             {"on": "exit", "text": "e"}]})",
            "w.json");
        const RunReport report = simulateWorkload(spec);
        QCOMPARE(report.timerInterrupts, std::int64_t(2));
        const auto at = momentsOf(report);
        QCOMPARE(at.at("p"), qint64(-1));
        QCOMPARE(at.at("d"), qint64(-1));
        QCOMPARE(at.at("e"), 10 * kMillisecond);
    }

    void deadlineMissIsFound() {
        const WorkloadSpec spec = loadWorkloadText(
            R"({"machine": {"policy": "rm"}, "until": 160,
                "processes": [{"name": "P1", "period": 50, "bursts": [{"cpu": 25}]},
                              {"name": "P2", "period": 80, "bursts": [{"cpu": 35}]}],
                "captions": [{"on": "deadline-miss", "thread": "P2", "text": "late", "pause": true}]})",
            "w.json");
        const RunReport report = simulateWorkload(spec);
        QCOMPARE(report.captions.size(), std::size_t(1));
        QVERIFY(report.captions[0].t == std::optional<Time>(80 * kMillisecond));
        QVERIFY(report.captions[0].pause);
    }

    // A recording with source lines, as a program run that reports them makes it: Thread-1
    // (worker) runs lines 5, 6, 5, 6; the timer takes its CPU at 25 while it is on line 6, and
    // Thread-2 (worker) runs line 5 from 30.
    void resolvesLinesAndLineQualifiers() {
        TraceRecorder trace;
        const Thread t1 = threadNamed(0, "Thread-1 (worker)");
        Thread t2 = threadNamed(1, "Thread-2 (worker)");
        Thread running = t1;
        running.state = ThreadState::Running;
        trace.onThreadState(0, running, ThreadState::Ready);
        trace.onLine(10, 0, 5);
        trace.onLine(20, 0, 6);
        trace.onLine(22, 0, 5);
        trace.onLine(24, 0, 6);
        Thread ready = t1;
        ready.state = ThreadState::Ready;
        trace.onThreadState(25, ready, ThreadState::Running);
        t2.state = ThreadState::Running;
        trace.onThreadState(30, t2, ThreadState::Ready);
        trace.onLine(31, 1, 5);
        const RunNames names{{t1.name, t2.name}, {0, 0}, {"prog.py"}};

        auto caption = [](CaptionTrigger trigger, int line, std::string thread, int occurrence) {
            Caption c;
            c.trigger = trigger;
            c.line = line;
            c.thread = std::move(thread);
            c.occurrence = occurrence;
            return c;
        };
        const std::vector<Caption> captions{
            caption(CaptionTrigger::Line, 6, "", 1),            // 20
            caption(CaptionTrigger::Line, 5, "", 3),            // 31: Thread-2's line 5
            caption(CaptionTrigger::Line, 5, "Thread-1", 2),    // 22: Python 3's name matches
            caption(CaptionTrigger::Line, 5, "Thread-1 (worker)", 3),  // never
            caption(CaptionTrigger::Preempt, 6, "", 1),         // 25: pre-empted on line 6
            caption(CaptionTrigger::Preempt, 5, "", 1),         // never: not on line 5
            caption(CaptionTrigger::Dispatch, 0, "Thread-2", 1),  // 30
            caption(CaptionTrigger::Line, 5, "prog.py", 3),     // 31: the process's name
        };
        const CaptionResolution r = CaptionResolver::resolve(captions, trace, names, 100);
        std::map<int, Time> when;
        for (const ResolvedCaption& rc : r.resolved) when[rc.caption] = rc.time;
        QCOMPARE(when.size(), std::size_t(6));
        QCOMPARE(when.at(0), Time(20));
        QCOMPARE(when.at(1), Time(31));
        QCOMPARE(when.at(2), Time(22));
        QCOMPARE(when.at(4), Time(25));
        QCOMPARE(when.at(6), Time(30));
        QCOMPARE(when.at(7), Time(31));
        QCOMPARE(r.unresolved, (std::vector<int>{3, 5}));
        // In time order, ties by caption index.
        QCOMPARE(r.resolved.front().caption, 0);
        QCOMPARE(r.resolved.back().caption, 7);
        QCOMPARE(r.resolved[r.resolved.size() - 2].caption, 1);

        // A recording known only up to 24: nothing after counts, and the pre-emption at 25
        // is not known yet.
        const CaptionResolution partial = CaptionResolver::resolve(captions, trace, names, 24);
        QCOMPARE(partial.resolved.size(), std::size_t(2));
        QCOMPARE(partial.resolved[0].time, Time(20));
        QCOMPARE(partial.resolved[1].time, Time(22));
        // Known up to exactly 25, the pre-emption could still be undone at 25 itself.
        const CaptionResolution edge = CaptionResolver::resolve(captions, trace, names, 25);
        QCOMPARE(edge.resolved.size(), std::size_t(2));
    }

    void namesMatchPython3Defaults_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<bool>("matches");
        QTest::newRow("equal") << "worker" << "worker" << true;
        QTest::newRow("python 3 default") << "Thread-1 (add)" << "Thread-1" << true;
        QTest::newRow("in full") << "Thread-1 (add)" << "Thread-1 (add)" << true;
        QTest::newRow("other number") << "Thread-12 (add)" << "Thread-1" << false;
        QTest::newRow("prefix only") << "Thread-1x" << "Thread-1" << false;
        QTest::newRow("no target") << "Thread-1 ()" << "Thread-1" << false;
        QTest::newRow("case") << "worker" << "Worker" << false;
    }
    void namesMatchPython3Defaults() {
        QFETCH(QString, name);
        QFETCH(QString, wanted);
        QTEST(CaptionResolver::nameMatches(name.toStdString(), wanted.toStdString()), "matches");
    }

    void linesAreNeededOnlyByLineCaptions() {
        Caption at;
        Caption exit;
        exit.trigger = CaptionTrigger::Exit;
        QVERIFY(!CaptionResolver::needsLines({at, exit}));
        Caption qualified = exit;
        qualified.line = 4;
        QVERIFY(CaptionResolver::needsLines({at, qualified}));
        Caption line;
        line.trigger = CaptionTrigger::Line;
        line.line = 2;
        QVERIFY(CaptionResolver::needsLines({line}));
    }
};

QTEST_APPLESS_MAIN(TestCaptions)
#include "test_Captions.moc"
