// rate monotonic's ready queue, a list per period (ReadyLevels), against the ready heap it
// replaced (ReadyHeap), operation by operation: the same thread popped, the same top, the same
// order and size, under random pushes, pops, removals, keys that change while a thread is out
// of the queue, ready orders out of sequence, and new keys arriving while others wait.
#include <QtTest>

#include <deque>
#include <vector>

#include "policies/ReadyHeap.h"
#include "policies/ReadyLevels.h"
#include "random/Random.h"

using namespace ts;

namespace {

struct PeriodOrNever {
    std::int64_t operator()(const Thread& t) const { return t.period > 0 ? t.period : kNever; }
};

int tidOf(const Thread* t) { return t ? t->tid : -1; }

}  // namespace

class ReadyLevelsTest : public QObject {
    Q_OBJECT

  private slots:
    void popsAsTheHeapDoes_data() {
        QTest::addColumn<int>("keys");
        QTest::addColumn<bool>("reserved");
        for (int keys : {1, 5, 20, 5000}) {
            for (bool reserved : {false, true}) {
                QTest::addRow("%d keys%s", keys, reserved ? ", reserved" : "") << keys << reserved;
            }
        }
    }
    void popsAsTheHeapDoes() {
        QFETCH(int, keys);
        QFETCH(bool, reserved);
        Random rng(static_cast<std::uint64_t>(keys) * 31 + (reserved ? 1 : 0));
        auto draw = [&rng](std::uint64_t bound) { return rng.below(bound); };
        for (int round = 0; round < 30; ++round) {
            const int n = 1 + static_cast<int>(draw(200));
            std::deque<Thread> inHeap, inLevels;  // the same threads, one copy for each queue
            for (int i = 0; i < n; ++i) {
                Thread t;
                t.tid = i;
                t.period = draw(5) == 0 ? 0 : 1 + static_cast<std::int64_t>(draw(static_cast<std::uint64_t>(keys))) * 7;
                inHeap.push_back(t);
                inLevels.push_back(t);
            }
            ReadyHeap<PeriodOrNever> heap;
            ReadyLevels<PeriodOrNever> levels;
            if (reserved) {
                heap.reserve(static_cast<std::size_t>(n));
                levels.reserve(static_cast<std::size_t>(n));
            }
            std::vector<bool> queued(static_cast<std::size_t>(n), false);
            std::uint64_t seq = 0;
            for (int step = 0; step < 1500; ++step) {
                const std::uint64_t op = draw(10);
                const auto i = static_cast<std::size_t>(draw(static_cast<std::uint64_t>(n)));
                if (op < 4) {
                    if (queued[i]) continue;
                    seq += 1000;
                    // Now and then a ready order below those already queued.
                    const std::uint64_t order = draw(8) == 0 ? draw(seq) * 1000 + 1 + draw(999) : seq;
                    inHeap[i].readySeq = inLevels[i].readySeq = order;
                    if (draw(20) == 0) {
                        inHeap[i].period = inLevels[i].period =
                            1 + static_cast<std::int64_t>(draw(static_cast<std::uint64_t>(keys))) * 7 +
                            static_cast<std::int64_t>(draw(3));
                    }
                    heap.push(inHeap[i]);
                    levels.push(inLevels[i]);
                    queued[i] = true;
                } else if (op < 7) {
                    Thread* a = heap.pop();
                    Thread* b = levels.pop();
                    QCOMPARE(tidOf(b), tidOf(a));
                    if (a) queued[static_cast<std::size_t>(a->tid)] = false;
                } else if (op < 8) {
                    QCOMPARE(levels.remove(inLevels[i]), heap.remove(inHeap[i]));
                    queued[i] = false;
                } else if (op < 9) {
                    QCOMPARE(tidOf(levels.top()), tidOf(heap.top()));
                } else {
                    QList<int> heapOrder, levelsOrder;
                    heap.forEachInOrder([&](const Thread& t) { heapOrder << t.tid; });
                    levels.forEachInOrder([&](const Thread& t) { levelsOrder << t.tid; });
                    QCOMPARE(levelsOrder, heapOrder);
                }
                QCOMPARE(levels.size(), heap.size());
                for (int k = 0; k < n; ++k) {
                    QCOMPARE(inLevels[static_cast<std::size_t>(k)].queueIndex >= 0,
                             inHeap[static_cast<std::size_t>(k)].queueIndex >= 0);
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(ReadyLevelsTest)
#include "test_ReadyLevels.moc"
