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
        for (const PredictQuestion& q : questions) QCOMPARE(PredictExplanation::of(q, *r), quizExplanation(q, *r));
    }

    void italianSaysItInItalian_data() { sameAsTheQuiz_data(); }
    void italianSaysItInItalian() {
        QFETCH(QString, scenario);
        const auto r = completeRun(scenario);
        const std::vector<PredictQuestion> questions = PredictQuestions::of(*r);
        QCOMPARE(InterfaceLanguage::apply(Language::Italian), QStringLiteral("it"));
        static const std::set<QString> kept{"thread", "CPU", "burst", "non", "timer", "scheduler", "sleep",
                                            "ms", "us", "ns"};
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        for (const PredictQuestion& q : questions) {
            const QString en = quizExplanation(q, *r);
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
                if (q.kind == PredictQuestion::Kind::NextThread) seen.insert(q.pick.left);
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
