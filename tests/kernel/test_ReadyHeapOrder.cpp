// The ready heap's display order (forEachInOrder), which keeps the order it gave last and merges
// in the newcomers: after every random push, pop, removal, re-push with a new key and re-keying
// of the whole queue it must equal the queued threads sorted by (key, ready order) — the order
// pop() would take them in.
#include <QtTest>

#include <algorithm>
#include <deque>
#include <tuple>
#include <vector>

#include "policies/ReadyHeap.h"
#include "random/Random.h"

using namespace ts;

namespace {

struct KeyIsPriority {
    std::int64_t operator()(const Thread& t) const { return t.priority; }
};

}  // namespace

class ReadyHeapOrderTest : public QObject {
    Q_OBJECT

  private slots:
    void displayOrderIsPopOrder_data() {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("keys");
        QTest::addColumn<int>("showEvery");  // forEachInOrder after about one operation in N
        for (int threads : {1, 7, 300}) {
            for (int keys : {1, 4, 1000}) {
                for (int showEvery : {1, 20}) {
                    QTest::addRow("%d threads, %d keys, shown every %d", threads, keys, showEvery)
                        << threads << keys << showEvery;
                }
            }
        }
    }
    void displayOrderIsPopOrder() {
        QFETCH(int, threads);
        QFETCH(int, keys);
        QFETCH(int, showEvery);
        Random rng(static_cast<std::uint64_t>(threads * 1009 + keys * 17 + showEvery));
        auto draw = [&rng](int bound) { return static_cast<int>(rng.below(static_cast<std::uint64_t>(bound))); };
        std::deque<Thread> pool(static_cast<std::size_t>(threads));
        for (int i = 0; i < threads; ++i) pool[static_cast<std::size_t>(i)].tid = i;
        std::vector<bool> queued(static_cast<std::size_t>(threads), false);
        ReadyHeap<KeyIsPriority> heap;
        std::uint64_t seq = 0;
        for (int step = 0; step < 4000; ++step) {
            const int op = draw(20);
            Thread& t = pool[static_cast<std::size_t>(draw(threads))];
            if (op < 8) {
                if (queued[static_cast<std::size_t>(t.tid)]) continue;
                t.priority = draw(keys);
                t.readySeq = ++seq;
                heap.push(t);
                queued[static_cast<std::size_t>(t.tid)] = true;
            } else if (op < 13) {
                if (Thread* p = heap.pop()) queued[static_cast<std::size_t>(p->tid)] = false;
            } else if (op < 16) {
                // Out of the queue and straight back with another key but its old ready order.
                if (!heap.remove(t)) continue;
                t.priority = draw(keys);
                heap.push(t);
            } else if (op < 17) {
                for (Thread& q : pool) q.priority = draw(keys);
                heap.rekeyAll();
            }
            if (draw(showEvery) != 0) continue;
            std::vector<std::tuple<std::int64_t, std::uint64_t, int>> expected;
            for (const Thread& q : pool) {
                if (queued[static_cast<std::size_t>(q.tid)]) expected.emplace_back(q.priority, q.readySeq, q.tid);
            }
            std::sort(expected.begin(), expected.end());
            QList<int> want, got;
            for (const auto& e : expected) want << std::get<2>(e);
            heap.forEachInOrder([&](const Thread& q) { got << q.tid; });
            QCOMPARE(got, want);
        }
    }
};

QTEST_APPLESS_MAIN(ReadyHeapOrderTest)
#include "test_ReadyHeapOrder.moc"
