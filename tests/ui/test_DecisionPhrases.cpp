// The window's decision sentences against the command line's: for every kind of decision and
// every reason, DecisionPhrases in English says exactly what sim's DecisionText says, and in
// Italian something else, with no English word left in it.
#include <QtTest>

#include <QRegularExpression>
#include <set>

#include "i18n/InterfaceLanguage.h"
#include "model/DecisionPhrases.h"
#include "report/DecisionText.h"

using namespace ts;
using Language = ts::ui::InterfaceLanguage::Choice;

Q_DECLARE_METATYPE(ts::Decision)

namespace {

const char* kindName(DecisionKind k) {
    switch (k) {
        case DecisionKind::Dispatch: return "dispatch";
        case DecisionKind::Continue: return "continue";
        case DecisionKind::Preempt: return "preempt";
    }
    return "?";
}

// A decision's numbers as each reason carries them (a time in ns, a ratio x 1000, a level, a
// ticket, a choice's number).
Decision decision(DecisionKind kind, ReasonCode code, std::int64_t value, std::int64_t value2) {
    Decision d;
    d.kind = kind;
    d.code = code;
    d.value = value;
    d.value2 = value2;
    d.tid = 1;
    d.other = kind == DecisionKind::Preempt ? 0 : -1;
    return d;
}

QString english(const Decision& d) {
    return QString::fromStdString(DecisionText::describe(d, "P2", d.other >= 0 ? "P1" : ""));
}

QString window(const Decision& d) { return ui::DecisionPhrases::describe(d, "P2", d.other >= 0 ? "P1" : QString()); }

}  // namespace

class TestDecisionPhrases : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { ui::InterfaceLanguage::apply(Language::English); }

    void sameSentences_data() {
        QTest::addColumn<Decision>("decision");
        struct Numbers {
            ReasonCode code;
            const char* name;
            std::int64_t value;
            std::int64_t value2;
        };
        const Numbers reasons[] = {
            {ReasonCode::OnlyReady, "only-ready", 0, 0},
            {ReasonCode::FirstCome, "first-come", 6'000'000, 0},
            {ReasonCode::HeadOfQueue, "head-of-queue", 4'000'000, 0},
            {ReasonCode::ShortestBurst, "shortest-burst", 2'500'000, 7'000'000},
            {ReasonCode::ShortestRemaining, "shortest-remaining", 2'000'000, 5'000'000},
            {ReasonCode::HighestRatio, "highest-ratio", 2'333, 1'500},
            {ReasonCode::HighestPriority, "highest-priority", 7, 3},
            {ReasonCode::TopLevel, "top-level", 1, 8'000'000},
            {ReasonCode::LotteryWinner, "lottery-winner", 37, 120},
            {ReasonCode::SmallestVruntime, "smallest-vruntime", 12'750'000, 14'000'000},
            {ReasonCode::ShortestPeriod, "shortest-period", 20'000'000, 50'000'000},
            {ReasonCode::EarliestDeadline, "earliest-deadline", 35'000'000, 40'000'000},
            {ReasonCode::Scheduled, "scheduled", 3, 0},
        };
        for (DecisionKind kind : {DecisionKind::Dispatch, DecisionKind::Continue, DecisionKind::Preempt}) {
            for (const Numbers& n : reasons) {
                QTest::addRow("%s/%s", kindName(kind), n.name) << decision(kind, n.code, n.value, n.value2);
            }
        }
        // printf rounds a tie to even where Qt's number formatting would round it up.
        QTest::addRow("dispatch/ratio-tie") << decision(DecisionKind::Dispatch, ReasonCode::HighestRatio, 125, 0);
        QTest::addRow("preempt/level-0") << decision(DecisionKind::Preempt, ReasonCode::TopLevel, 0, 2);
    }
    void sameSentences() {
        QFETCH(Decision, decision);
        ui::InterfaceLanguage::apply(Language::English);
        QCOMPARE(window(decision), english(decision));
    }

    void italianSaysItInItalian_data() { sameSentences_data(); }
    void italianSaysItInItalian() {
        QFETCH(Decision, decision);
        const QString en = english(decision);
        QCOMPARE(ui::InterfaceLanguage::apply(Language::Italian), QStringLiteral("it"));
        const QString it = window(decision);
        QVERIFY2(it != en, qPrintable(it));
        // The names and numbers come through whole.
        QVERIFY2(it.contains("P2") && (decision.other < 0 || it.contains("P1")), qPrintable(it));
        // Every English word of three letters or more is gone, but the tutorial's terms that
        // Italian keeps (thread, CPU, burst) and the units.
        static const std::set<QString> kept{"thread", "CPU", "burst", "non", "ms", "us", "ns"};
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        for (auto m = word.globalMatch(en); m.hasNext();) {
            const QString w = m.next().captured();
            if (kept.count(w)) continue;
            const QRegularExpression same(QStringLiteral("\\b%1\\b").arg(w));
            QVERIFY2(!it.contains(same), qPrintable(QStringLiteral("\"%1\" left in: %2").arg(w, it)));
        }
    }
};

QTEST_MAIN(TestDecisionPhrases)
#include "test_DecisionPhrases.moc"
