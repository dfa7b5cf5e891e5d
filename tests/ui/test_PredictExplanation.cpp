// Predict mode's explanations against `timeslice quiz`'s: for every question Predict mode asks
// in a set of scenarios (idle CPUs, expired quanta, pre-emptions, blocking, finishing, context
// switches, several CPUs, a program's lines and lost counter updates), PredictExplanation in
// English says word for word what QuizCandidates says, and in Italian something else, with no
// English word left but names, code and the tutorial's terms.
#include <QtTest>

#include <QRegularExpression>
#include <set>

#include "classroom/PredictExplanation.h"
#include "classroom/PredictQuestions.h"
#include "classroom/QuizCandidates.h"
#include "i18n/InterfaceLanguage.h"
#include "model/RunRecording.h"
#include "model/RunSource.h"

using namespace ts;
using namespace ts::ui;
using Language = InterfaceLanguage::Choice;

namespace {

const char* const kScenarios[] = {
    "silberschatz-rr.json",  "silberschatz-srtf.json", "io-bound-vs-cpu-bound.json",
    "multi-cpu.json",        "mlfq-interactive-vs-batch.json", "cfs-fairness.json",
    "rm-misses-edf-meets.json", "lottery-shares.json", "race-counter.py",
    "timer-quantum.py",
};

std::unique_ptr<RunRecording> completeRun(const QString& scenario) {
    auto r = std::make_unique<RunRecording>(
        loadRunSource((QStringLiteral(TIMESLICE_SOURCE_DIR "/scenarios/") + scenario).toStdString()));
    while (r->extend(kNever, 100'000)) {
    }
    return r;
}

// What `timeslice quiz` explains for the question Predict mode asks as `q`.
QString quizExplanation(const PredictQuestion& q, const RunRecording& r) {
    const bool program = !r.source().empty();
    const QuizCandidates quiz(*r.report(), program ? std::string() : r.unit(),
                              QuizCandidates::nounFor(*r.report(), program));
    switch (q.kind) {
        case PredictQuestion::Kind::NextThread:
            return QString::fromStdString(quiz.nextPick(r.report()->decisions.at(q.decision)).explanation);
        case PredictQuestion::Kind::OutputLine:
            for (const QuizQuestion& line : quiz.outputLines()) {
                if (line.line == q.line) return QString::fromStdString(line.explanation);
            }
            break;
        case PredictQuestion::Kind::FinalCounter:
            return QString::fromStdString(quiz.finalCounter().at(0).explanation);
    }
    return {};
}

// The English words an Italian explanation may keep: the run's names, code spans, the
// tutorial's terms and the units.
QString withoutKeptWords(QString text, const RunRecording& r) {
    static const QRegularExpression code(QStringLiteral("`[^`]*`"));
    text.remove(code);
    for (int tid = 0; tid < r.threadCount(); ++tid) text.remove(QString::fromStdString(r.threadName(tid)));
    return text;
}

}  // namespace

class TestPredictExplanation : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { InterfaceLanguage::apply(Language::English); }

    void sameAsTheQuiz_data() {
        QTest::addColumn<QString>("scenario");
        for (const char* s : kScenarios) QTest::newRow(s) << QString::fromLatin1(s);
    }
    void sameAsTheQuiz() {
        QFETCH(QString, scenario);
        InterfaceLanguage::apply(Language::English);
        const auto r = completeRun(scenario);
        const std::vector<PredictQuestion> questions = PredictQuestions::of(*r);
        QVERIFY(!questions.empty());
        for (const PredictQuestion& q : questions) {
            if (q.keepsCpu) continue;  // the quiz asks only at decisions (keepsCpuSaysWhy below)
            QCOMPARE(PredictExplanation::of(q, *r), quizExplanation(q, *r));
        }
    }

    // An arrival or wake-up that decides nothing: the running one keeps the CPU, and why — a
    // policy that never pre-empts, or a newcomer that is not more urgent.
    void keepsCpuSaysWhy_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("first");
        QTest::newRow("rr") << QStringLiteral("default.json")
                            << QStringLiteral("At t = 1 ms compiler arrives and joins the ready queue. editor keeps the CPU: "
                                              "the policy never takes it from a running one; compiler waits for its turn.");
        QTest::newRow("rm") << QStringLiteral("rm-misses-edf-meets.json")
                            << QStringLiteral("At t = 160 ms P2 wakes up and joins the ready queue. P1 keeps the CPU: the "
                                              "policy takes it away only for a more urgent newcomer, and P2 is not more urgent.");
    }
    void keepsCpuSaysWhy() {
        QFETCH(QString, scenario);
        QFETCH(QString, first);
        InterfaceLanguage::apply(Language::English);
        const auto r = completeRun(scenario);
        const std::vector<PredictQuestion> questions = PredictQuestions::of(*r);
        const auto keeps = std::find_if(questions.begin(), questions.end(), [](const PredictQuestion& q) { return q.keepsCpu; });
        QVERIFY(keeps != questions.end());
        QCOMPARE(keeps->answerTid, keeps->leftTid);
        QVERIFY(std::count(keeps->choices.begin(), keeps->choices.end(), keeps->arrivedTid) == 1);
        QVERIFY(std::none_of(r->trace().decisions().begin(), r->trace().decisions().end(),
                             [&](const Decision& d) { return d.time == keeps->at; }));
        QCOMPARE(PredictExplanation::of(*keeps, *r), first);
    }

    void italianSaysItInItalian_data() { sameAsTheQuiz_data(); }
    void italianSaysItInItalian() {
        QFETCH(QString, scenario);
        const auto r = completeRun(scenario);
        const std::vector<PredictQuestion> questions = PredictQuestions::of(*r);
        std::vector<QString> english;  // Predict's own words where the quiz has none
        for (const PredictQuestion& q : questions) english.push_back(q.keepsCpu ? PredictExplanation::of(q, *r) : QString());
        QCOMPARE(InterfaceLanguage::apply(Language::Italian), QStringLiteral("it"));
        static const std::set<QString> kept{"thread", "CPU", "burst", "non", "timer", "scheduler", "sleep",
                                            "ms", "us", "ns"};
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        for (std::size_t i = 0; i < questions.size(); ++i) {
            const PredictQuestion& q = questions[i];
            const QString en = q.keepsCpu ? english[i] : quizExplanation(q, *r);
            const QString it = PredictExplanation::of(q, *r);
            QVERIFY2(it != en, qPrintable(it));
            const QString italianWords = withoutKeptWords(it, *r);
            for (auto m = word.globalMatch(withoutKeptWords(en, *r)); m.hasNext();) {
                const QString w = m.next().captured();
                if (kept.count(w)) continue;
                QVERIFY2(!italianWords.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(w))),
                         qPrintable(QStringLiteral("\"%1\" left in: %2").arg(w, it)));
            }
        }
    }

    // The scenarios above reach every way a CPU is given away, so the table checks them all.
    void everyWayOfLeavingIsChecked() {
        std::set<QuizCandidates::Left> seen;
        bool contextSwitch = false;
        bool lostUpdates = false;
        for (const char* s : kScenarios) {
            const auto r = completeRun(QString::fromLatin1(s));
            for (const PredictQuestion& q : PredictQuestions::of(*r)) {
                if (q.kind == PredictQuestion::Kind::NextThread && !q.keepsCpu) seen.insert(q.pick.left);
                contextSwitch = contextSwitch || (q.kind == PredictQuestion::Kind::NextThread && q.pick.start > q.at);
                lostUpdates = lostUpdates || q.expected > 0;
            }
        }
        QCOMPARE(seen.size(), std::size_t{5});
        QVERIFY(contextSwitch);
        QVERIFY(lostUpdates);
    }
};

QTEST_MAIN(TestPredictExplanation)
#include "test_PredictExplanation.moc"
