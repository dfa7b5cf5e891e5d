// Exercise sheets drawn from a run: every answer in the key is what the simulated run says,
// recomputed here from the report by other means; the same seed gives the same text; the
// number of questions asked for is the number drawn.
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>

#include "ProgramSimulation.h"
#include "Simulation.h"
#include "classroom/QuizBuilder.h"
#include "classroom/QuizCandidates.h"
#include "classroom/QuizMarkdown.h"
#include "classroom/QuizText.h"
#include "scenario/InputError.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

using namespace ts;

namespace {

std::string scenarioPath(const char* name) {
    return std::string(TIMESLICE_SOURCE_DIR "/scenarios/") + name;
}

const std::string& threadName(const RunReport& r, int tid) {
    return r.threads[static_cast<std::size_t>(tid - 1)].name;
}

const ProcessMetrics& process(const RunReport& r, const std::string& name) {
    for (const ProcessMetrics& p : r.processes) {
        if (p.name == name) return p;
    }
    throw std::runtime_error("no process " + name);
}

// The thread running on `cpu` at `t`, straight from the slices ("" when idle).
std::string runningAt(const RunReport& r, int cpu, Time t) {
    for (const SliceRecord& s : r.slices) {
        if (s.kind == Slice::Kind::Run && s.cpu == cpu && s.start <= t && t < s.end) {
            return threadName(r, s.tid);
        }
    }
    return {};
}

Time roundedMean(const std::vector<Time>& values) {
    Time sum = 0;
    for (Time v : values) sum += v;
    const auto n = static_cast<Time>(values.size());
    return (sum + n / 2) / n;
}

std::vector<std::string> stdoutLines(const RunReport& r, std::vector<std::string>* threads) {
    std::vector<std::string> lines;
    for (const OutputRecord& o : r.output) {
        if (o.stream != "stdout") continue;
        std::string text = o.text;
        if (!text.empty() && text.back() == '\n') text.pop_back();
        lines.push_back(text);
        threads->push_back(o.thread);
    }
    return lines;
}

// Checks one answer against the report; returns what is wrong, or "".
QString wrongAnswer(const RunReport& r, const QuizQuestion& q) {
    auto differs = [](const std::string& got, const std::string& want) {
        return got == want ? QString() : QString("answer '%1', the run says '%2'").arg(
                                                QString::fromStdString(got), QString::fromStdString(want));
    };
    auto differsValue = [](std::int64_t got, std::int64_t want) {
        return got == want ? QString() : QString("answer %1, the run says %2").arg(got).arg(want);
    };
    switch (q.kind) {
        case QuestionKind::RunningAt:
            return differs(q.answerName, runningAt(r, q.cpu, q.at));
        case QuestionKind::NextAfterSwitch: {
            // The slice that ends at `at` on the CPU, and the next run slice there.
            std::string before, after;
            Time afterStart = kNever;
            for (const SliceRecord& s : r.slices) {
                if (s.kind != Slice::Kind::Run || s.cpu != q.cpu) continue;
                if (s.end == q.at) before = threadName(r, s.tid);
                if (s.start >= q.at && s.start < afterStart) {
                    afterStart = s.start;
                    after = threadName(r, s.tid);
                }
            }
            if (before != q.subject) return differs(q.subject, before);
            if (before == after) return "no switch at that instant";
            for (const DecisionRecord& d : r.decisions) {
                if (d.t == q.at && d.cpu == q.cpu && threadName(r, d.tid) == after &&
                    q.explanation.find(d.sentence) == std::string::npos) {
                    return "the explanation lacks the decision's reason";
                }
            }
            return differs(q.answerName, after);
        }
        case QuestionKind::NextPick: {
            // The run's decision at that instant on that CPU, and its reason in the explanation.
            for (const DecisionRecord& d : r.decisions) {
                if (d.t != q.at || d.cpu != q.cpu) continue;
                if (q.explanation.find(d.sentence) == std::string::npos) {
                    return "the explanation lacks the decision's reason";
                }
                return differs(q.answerName, threadName(r, d.tid));
            }
            return "no decision at that instant";
        }
        case QuestionKind::Completion:
            return differsValue(q.answerValue, *process(r, q.subject).completion);
        case QuestionKind::Waiting:
            return differsValue(q.answerValue, process(r, q.subject).waiting);
        case QuestionKind::Turnaround: {
            const ProcessMetrics& p = process(r, q.subject);
            return differsValue(q.answerValue, *p.completion - p.arrival);
        }
        case QuestionKind::AverageWaiting: {
            std::vector<Time> values;
            for (const ProcessMetrics& p : r.processes) values.push_back(p.waiting);
            return differsValue(q.answerValue, roundedMean(values));
        }
        case QuestionKind::AverageTurnaround: {
            std::vector<Time> values;
            for (const ProcessMetrics& p : r.processes) {
                if (p.completion) values.push_back(*p.completion - p.arrival);
            }
            return differsValue(q.answerValue, roundedMean(values));
        }
        case QuestionKind::ContextSwitches: {
            // Count from the slices: a CPU's consecutive run slices of different threads.
            std::int64_t switches = 0;
            std::map<int, int> last;
            for (const SliceRecord& s : r.slices) {
                if (s.kind != Slice::Kind::Run) continue;
                auto it = last.find(s.cpu);
                if (it != last.end() && it->second != s.tid) ++switches;
                last[s.cpu] = s.tid;
            }
            if (switches != r.contextSwitches) return "slices and counter disagree";
            return differsValue(q.answerValue, switches);
        }
        case QuestionKind::OutputLine: {
            std::vector<std::string> threads;
            const auto lines = stdoutLines(r, &threads);
            return differs(q.answerText, lines.at(static_cast<std::size_t>(q.line - 1)));
        }
        case QuestionKind::ThreadOfLine: {
            std::vector<std::string> threads;
            stdoutLines(r, &threads);
            return differs(q.answerName, threads.at(static_cast<std::size_t>(q.line - 1)));
        }
        case QuestionKind::FinalCounter: {
            std::vector<std::string> threads;
            const auto lines = stdoutLines(r, &threads);
            for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
                if (it->find("counter") == std::string::npos) continue;
                const std::size_t digits = it->find_last_not_of("0123456789");
                return differsValue(q.answerValue, std::stoll(it->substr(digits + 1)));
            }
            return "no counter line in the output";
        }
    }
    return "unknown kind";
}

void verifyQuiz(const RunReport& report, const Quiz& quiz) {
    const std::string key = QuizMarkdown::key(quiz);
    for (std::size_t i = 0; i < quiz.questions.size(); ++i) {
        const QuizQuestion& q = quiz.questions[i];
        const QString wrong = wrongAnswer(report, q);
        if (!wrong.isEmpty()) {
            QFAIL(qPrintable(QString("question %1 (%2): %3")
                                 .arg(i + 1)
                                 .arg(QString::fromStdString(q.prompt), wrong)));
        }
        const std::string stated = "**" + std::to_string(i + 1) + ".** " + q.prompt +
                                   "\n\n**Answer:** " + q.answer + "\n";
        QVERIFY2(key.find(stated) != std::string::npos, q.prompt.c_str());
    }
}

const char* kCounterProgram = R"("""timeslice
policy: rr
quantum: 2us
seed: 4
"""
import threading

counter = 0

def add(times):
    global counter
    for _ in range(times):
        counter += 1
    print("done", threading.current_thread().name)

threads = [threading.Thread(target=add, args=(300,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("expected:", 900)
print("counter:", counter)
)";

}  // namespace

class QuizBuilderTest : public QObject {
    Q_OBJECT

private slots:
    void keyMatchesTheRun_data() {
        QTest::addColumn<QString>("file");
        for (const char* f : {"silberschatz-fcfs.json", "silberschatz-sjf.json",
                              "silberschatz-srtf.json", "silberschatz-rr.json",
                              "silberschatz-priority.json", "stallings-five-processes.json",
                              "multi-cpu.json", "io-bound-vs-cpu-bound.json"}) {
            QTest::newRow(f) << QString(f);
        }
    }
    // Every question the run offers, drawn at once: each answer is the run's.
    void keyMatchesTheRun() {
        QFETCH(QString, file);
        const WorkloadSpec spec = loadWorkloadFile(scenarioPath(qPrintable(file)));
        const RunReport report = simulateWorkload(spec);
        const int all = QuizBuilder::available(report, false, spec.unit);
        QVERIFY(all >= 8);
        for (std::uint64_t seed : {1u, 2u, 99u}) {
            const Quiz quiz = QuizBuilder::forWorkload(spec, report, all, seed);
            QCOMPARE(int(quiz.questions.size()), all);
            verifyQuiz(report, quiz);
        }
        // And a short sheet mixes kinds.
        const Quiz few = QuizBuilder::forWorkload(spec, report, 5, 3);
        std::set<QuestionKind> kinds;
        for (const QuizQuestion& q : few.questions) kinds.insert(q.kind);
        QVERIFY(kinds.size() >= 4);
        verifyQuiz(report, few);
    }

    // Predict mode's "who runs next?" at any decision: the pick and its reason are the run's,
    // and at a switch it is explained exactly as the sheet's question about that switch.
    void nextPickAtEveryDecision_data() { keyMatchesTheRun_data(); }
    void nextPickAtEveryDecision() {
        QFETCH(QString, file);
        const WorkloadSpec spec = loadWorkloadFile(scenarioPath(qPrintable(file)));
        const RunReport report = simulateWorkload(spec);
        const QuizCandidates candidates(report, spec.unit, QuizCandidates::nounFor(report, false));
        const std::vector<QuizQuestion> switches = candidates.nextAfterSwitch();
        QVERIFY(!switches.empty());
        std::size_t matched = 0;
        for (const DecisionRecord& d : report.decisions) {
            const QuizQuestion q = candidates.nextPick(d);
            const QString wrong = wrongAnswer(report, q);
            QVERIFY2(wrong.isEmpty(), qPrintable(QString::fromStdString(q.prompt) + ": " + wrong));
            for (const QuizQuestion& s : switches) {
                if (s.at != d.t || s.cpu != d.cpu) continue;
                QCOMPARE(q.explanation, s.explanation);
                QCOMPARE(q.subject, s.subject);
                ++matched;
            }
        }
        QCOMPARE(matched, switches.size());
    }

    void nextPickOntoAnIdleCpu() {
        const WorkloadSpec spec = loadWorkloadFile(scenarioPath("silberschatz-rr.json"));
        const RunReport report = simulateWorkload(spec);
        const QuizCandidates candidates(report, spec.unit, "process");
        const QuizQuestion first = candidates.nextPick(report.decisions.front());
        QCOMPARE(first.subject, std::string());
        QCOMPARE(first.explanation, std::string("At t = 0 ms the CPU is free. The scheduler decides: P1 is at the "
                                                "head of the ready queue; it gets a 4ms quantum."));
        // At 14 ms P1 goes on alone after its quantum.
        const QuizQuestion alone = candidates.nextPick(report.decisions.at(4));
        QCOMPARE(alone.at, Time{14'000'000});
        QCOMPARE(alone.subject, std::string("P1"));
        QCOMPARE(alone.explanation, std::string("At t = 14 ms the timer interrupts P1: its quantum is over, and it "
                                                "goes back to the ready queue. The scheduler then decides: P1's "
                                                "quantum expired, but it is the only ready thread, so it goes on."));
    }

    // The textbook's own figures, as the key states them.
    void textbookAverages_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("average");
        QTest::newRow("fcfs") << "silberschatz-fcfs.json" << "**Answer:** 17 ms";
        QTest::newRow("rr") << "silberschatz-rr.json" << "**Answer:** 5.67 ms";
        QTest::newRow("srtf") << "silberschatz-srtf.json" << "**Answer:** 6.5 ms";
        QTest::newRow("priority") << "silberschatz-priority.json" << "**Answer:** 8.2 ms";
    }
    void textbookAverages() {
        QFETCH(QString, file);
        QFETCH(QString, average);
        const WorkloadSpec spec = loadWorkloadFile(scenarioPath(qPrintable(file)));
        const RunReport report = simulateWorkload(spec);
        const Quiz quiz = QuizBuilder::forWorkload(
            spec, report, QuizBuilder::available(report, false, spec.unit), 1);
        const auto q = std::find_if(quiz.questions.begin(), quiz.questions.end(), [](const QuizQuestion& x) {
            return x.kind == QuestionKind::AverageWaiting;
        });
        QVERIFY(q != quiz.questions.end());
        QCOMPARE(QString::fromStdString("**Answer:** " + q->answer), average);
        QVERIFY(QuizMarkdown::key(quiz).find(average.toStdString()) != std::string::npos);
    }

    void sameSeedSameText() {
        const WorkloadSpec spec = loadWorkloadFile(scenarioPath("stallings-five-processes.json"));
        const Quiz a = QuizBuilder::forWorkload(spec, simulateWorkload(spec), 6, 42);
        const Quiz b = QuizBuilder::forWorkload(spec, simulateWorkload(spec), 6, 42);
        QCOMPARE(QuizMarkdown::sheet(a), QuizMarkdown::sheet(b));
        QCOMPARE(QuizMarkdown::key(a), QuizMarkdown::key(b));
        // Another seed draws another sheet.
        bool differs = false;
        for (std::uint64_t seed = 1; seed <= 5 && !differs; ++seed) {
            differs = QuizMarkdown::key(QuizBuilder::forWorkload(spec, simulateWorkload(spec), 6, seed)) !=
                      QuizMarkdown::key(a);
        }
        QVERIFY(differs);
    }

    void questionCountRespected_data() {
        QTest::addColumn<int>("count");
        for (int n : {1, 2, 7, 12}) QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void questionCountRespected() {
        QFETCH(int, count);
        const WorkloadSpec spec = loadWorkloadFile(scenarioPath("silberschatz-rr.json"));
        const Quiz quiz = QuizBuilder::forWorkload(spec, simulateWorkload(spec), count, 5);
        QCOMPARE(int(quiz.questions.size()), count);
        const std::string sheet = QuizMarkdown::sheet(quiz);
        const std::string key = QuizMarkdown::key(quiz);
        const std::string last = "**" + std::to_string(count) + ".** ";
        const std::string beyond = "**" + std::to_string(count + 1) + ".** ";
        QVERIFY(sheet.find(last) != std::string::npos);
        QVERIFY(sheet.find(beyond) == std::string::npos);
        QCOMPARE(std::count(sheet.begin(), sheet.end(), '\n') > 0, true);
        // The sheet never gives an answer away; the key has one per question.
        QVERIFY(sheet.find("**Answer:**") == std::string::npos);
        std::size_t answers = 0;
        for (std::size_t at = key.find("**Answer:**"); at != std::string::npos;
             at = key.find("**Answer:**", at + 1)) {
            ++answers;
        }
        QCOMPARE(int(answers), count);
        // Questions are all different.
        std::set<std::string> prompts;
        for (const QuizQuestion& q : quiz.questions) prompts.insert(q.prompt);
        QCOMPARE(int(prompts.size()), count);
    }

    void sheetShowsTheWorkload() {
        const WorkloadSpec spec = loadWorkloadFile(scenarioPath("silberschatz-rr.json"));
        const std::string sheet = QuizMarkdown::sheet(QuizBuilder::forWorkload(spec, simulateWorkload(spec), 3, 1));
        QVERIFY(sheet.find("| P1 | 0 | CPU 24 |") != std::string::npos);
        QVERIFY(sheet.find("round robin (rr), quantum 4 ms") != std::string::npos);
    }

    void tooManyQuestionsIsAnInputError() {
        const WorkloadSpec spec = loadWorkloadFile(scenarioPath("silberschatz-fcfs.json"));
        const RunReport report = simulateWorkload(spec);
        const int all = QuizBuilder::available(report, false, spec.unit);
        try {
            QuizBuilder::forWorkload(spec, report, all + 1, 1);
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY(std::string(e.what()).find("offers " + std::to_string(all)) != std::string::npos);
        }
    }

    // A program: its output lines, who printed them, and the final counter.
    void programKeyMatchesTheRun() {
        const ProgramSpec spec = loadProgramText(kCounterProgram, "counter.py");
        const RunReport report = simulateProgram(spec);
        QCOMPARE(report.exitStatus, std::string("completed"));
        const int all = QuizBuilder::available(report, true, "");
        const Quiz quiz = QuizBuilder::forProgram(spec, report, all, 11);
        std::set<QuestionKind> kinds;
        for (const QuizQuestion& q : quiz.questions) kinds.insert(q.kind);
        for (QuestionKind k : {QuestionKind::RunningAt, QuestionKind::NextAfterSwitch,
                               QuestionKind::OutputLine, QuestionKind::ThreadOfLine,
                               QuestionKind::FinalCounter, QuestionKind::ContextSwitches}) {
            QVERIFY2(kinds.count(k), "a kind of question is missing");
        }
        verifyQuiz(report, quiz);
        const std::string sheet = QuizMarkdown::sheet(quiz);
        QVERIFY(sheet.find("13          counter += 1") != std::string::npos);
        QCOMPARE(QuizMarkdown::key(QuizBuilder::forProgram(spec, simulateProgram(spec), 5, 2)),
                 QuizMarkdown::key(QuizBuilder::forProgram(spec, report, 5, 2)));
    }

    void quizText_data() {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("rounded");
        QTest::newRow("whole") << qint64(4000000) << "ms" << "4 ms" << "4 ms";
        QTest::newRow("third") << qint64(5666667) << "ms" << "5.666667 ms" << "5.67 ms";
        QTest::newRow("half up") << qint64(1005000) << "ms" << "1.005 ms" << "1.01 ms";
        QTest::newRow("us") << qint64(1500) << "us" << "1.5 us" << "1.5 us";
        QTest::newRow("zero") << qint64(0) << "s" << "0 s" << "0 s";
    }
    void quizText() {
        QFETCH(qint64, ns);
        QFETCH(QString, unit);
        QFETCH(QString, exact);
        QFETCH(QString, rounded);
        QCOMPARE(QString::fromStdString(QuizText::time(ns, unit.toStdString())), exact);
        QCOMPARE(QString::fromStdString(QuizText::roundedTime(ns, unit.toStdString(), 2)), rounded);
    }

    void codeSpans() {
        QCOMPARE(QuizText::code("a b"), std::string("`a b`"));
        QCOMPARE(QuizText::code("x = `y`"), std::string("`` x = `y` ``"));
        QCOMPARE(QuizText::code(" lead"), std::string("`  lead `"));  // CommonMark strips one space a side
    }
};

QTEST_GUILESS_MAIN(QuizBuilderTest)
#include "test_QuizBuilder.moc"
