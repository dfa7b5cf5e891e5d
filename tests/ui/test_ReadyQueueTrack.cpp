// The ready queue's record (ReadyQueueTrack), which keeps most instants as edits of the one
// before: whatever sequence of queues is recorded, reading any time back gives the queue last
// recorded then, through chains of edits up to their limit and across whole copies; and a queue
// that changes little takes a small fraction of whole copies' room.
#include <QtTest>

#include <algorithm>
#include <numeric>
#include <vector>

#include "model/ReadyQueueTrack.h"
#include "random/Random.h"

using namespace ts;
using ts::ui::ReadyQueueTrack;

class ReadyQueueTrackTest : public QObject {
    Q_OBJECT

  private slots:
    void readsBackWhatWasRecorded_data() {
        QTest::addColumn<QString>("change");  // how each queue follows the one before
        QTest::addColumn<int>("threads");
        for (const QString change : {"rotate", "insert", "remove", "shuffle", "swap", "mixed"}) {
            for (int threads : {1, 5, 1000}) {
                QTest::newRow(qPrintable(QStringLiteral("%1, %2 threads").arg(change).arg(threads))) << change << threads;
            }
        }
    }
    void readsBackWhatWasRecorded() {
        QFETCH(QString, change);
        QFETCH(int, threads);
        Random rng(static_cast<std::uint64_t>(qHash(change)) + static_cast<std::uint64_t>(threads));
        auto draw = [&rng](std::size_t bound) {
            return static_cast<std::size_t>(rng.below(std::max<std::size_t>(bound, 1)));
        };
        std::vector<int> queue(static_cast<std::size_t>(threads));
        std::iota(queue.begin(), queue.end(), 0);
        std::vector<bool> in(static_cast<std::size_t>(threads) + 1, true);
        in.back() = false;
        ReadyQueueTrack track;
        std::vector<std::pair<Time, std::vector<int>>> recorded;
        Time now = 0;
        const int steps = threads == 1000 ? 700 : 2000;
        for (int step = 0; step < steps; ++step) {
            now += 1 + static_cast<Time>(draw(3));
            QString how = change;
            if (how == "mixed") {
                const char* kinds[] = {"rotate", "insert", "remove", "shuffle", "swap", "same", "empty"};
                how = kinds[draw(7)];
            }
            if (how == "rotate" && !queue.empty()) {
                std::rotate(queue.begin(), queue.begin() + 1, queue.end());
            } else if (how == "insert" || (how == "remove" && queue.empty())) {
                const int tid = static_cast<int>(draw(in.size()));
                if (!in[static_cast<std::size_t>(tid)]) {
                    queue.insert(queue.begin() + static_cast<std::ptrdiff_t>(draw(queue.size() + 1)), tid);
                    in[static_cast<std::size_t>(tid)] = true;
                }
            } else if (how == "remove") {
                const auto at = draw(queue.size());
                in[static_cast<std::size_t>(queue[at])] = false;
                queue.erase(queue.begin() + static_cast<std::ptrdiff_t>(at));
            } else if (how == "shuffle") {
                for (std::size_t i = queue.size(); i > 1; --i) std::swap(queue[i - 1], queue[draw(i)]);
            } else if (how == "swap" && queue.size() > 1) {
                std::swap(queue[draw(queue.size())], queue[draw(queue.size())]);
            } else if (how == "empty") {
                for (int tid : queue) in[static_cast<std::size_t>(tid)] = false;
                queue.clear();
            }
            track.record(now, queue);
            recorded.emplace_back(now, queue);
        }
        QVERIFY(track.at(-1).empty());
        for (std::size_t i = 0; i < recorded.size(); ++i) {
            const auto& [at, want] = recorded[i];
            QCOMPARE(track.at(at), want);
            const Time next = i + 1 < recorded.size() ? recorded[i + 1].first : at + 5;
            if (next > at + 1) QCOMPARE(track.at(next - 1), want);  // between two records
        }
        QVERIFY(track.records() <= recorded.size());
    }

    void aQueueThatTurnsTakesLittleRoom() {
        // Round robin with 1,000 threads ready: the head goes to the tail at every instant.
        std::vector<int> queue(1000);
        std::iota(queue.begin(), queue.end(), 0);
        ReadyQueueTrack track;
        const int instants = 10000;
        for (int i = 0; i < instants; ++i) {
            std::rotate(queue.begin(), queue.begin() + 1, queue.end());
            track.record(i, queue);
        }
        QCOMPARE(track.records(), std::size_t(instants));
        const double wholeCopies = double(instants) * 1000 * sizeof(std::int32_t);
        QVERIFY2(double(track.bytes()) < wholeCopies / 20,
                 qPrintable(QString("%1 bytes").arg(track.bytes())));
        QCOMPARE(track.at(instants - 1), queue);
    }
};

QTEST_APPLESS_MAIN(ReadyQueueTrackTest)
#include "test_ReadyQueueTrack.moc"
