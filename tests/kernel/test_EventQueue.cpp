// The future-event set: order by (time, priority, insertion number), cancel by handle.
#include <QtTest>

#include <algorithm>
#include <tuple>
#include <vector>

#include "kernel/EventQueue.h"
#include "random/Random.h"

using namespace ts;

class EventQueueTest : public QObject {
    Q_OBJECT

  private slots:
    void ordersByTimeThenPriorityThenInsertion() {
        EventQueue q;
        q.insert(20, 1, Event{Event::Kind::Wake, 1, 0});
        q.insert(10, 9, Event{Event::Kind::Wake, 2, 0});
        q.insert(10, 1, Event{Event::Kind::Wake, 3, 0});
        q.insert(10, 1, Event{Event::Kind::Wake, 4, 0});
        q.insert(5, 2, Event{Event::Kind::Wake, 5, 0});
        QList<int> order;
        QList<Time> times;
        while (!q.empty()) {
            times << q.peekTime();
            order << q.pop().target;
        }
        QCOMPARE(order, (QList<int>{5, 3, 4, 2, 1}));
        QCOMPARE(times, (QList<Time>{5, 10, 10, 10, 20}));
    }

    void cancelRemovesOnlyThatEvent() {
        EventQueue q;
        auto a = q.insertCancellable(10, 1, Event{Event::Kind::Wake, 1, 0});
        auto b = q.insertCancellable(5, 1, Event{Event::Kind::Wake, 2, 0});
        q.insert(7, 1, Event{Event::Kind::Wake, 3, 0});
        QVERIFY(q.cancel(b));
        QVERIFY(!q.cancel(b));  // already gone
        QCOMPARE(q.size(), std::size_t(2));
        QCOMPARE(q.pop().target, 3);
        QCOMPARE(q.pop().target, 1);
        QVERIFY(!q.cancel(a));  // popped: its handle is stale
        QVERIFY(q.empty());
    }

    void staleHandleDoesNotCancelReusedSlot() {
        EventQueue q;
        auto a = q.insertCancellable(1, 1, Event{Event::Kind::Wake, 1, 0});
        q.pop();
        auto b = q.insertCancellable(2, 1, Event{Event::Kind::Wake, 2, 0});  // reuses a's slot
        QCOMPARE(a.slot, b.slot);
        QVERIFY(!q.cancel(a));
        QCOMPARE(q.size(), std::size_t(1));
    }

    // Random inserts and cancels against a sorted reference.
    void matchesReferenceUnderRandomOperations() {
        EventQueue q;
        Random rng(7);
        struct Ref {
            Time t;
            std::uint8_t prio;
            std::uint64_t seq;
            int id;
            EventQueue::Handle h;
            bool live;
        };
        std::vector<Ref> ref;
        std::uint64_t seq = 0;
        for (int round = 0; round < 5000; ++round) {
            const auto op = rng.below(10);
            if (op < 6) {
                const Time t = static_cast<Time>(rng.below(1000));
                const auto prio = static_cast<std::uint8_t>(rng.below(4));
                const int id = static_cast<int>(ref.size());
                // Every kind, its fields kept whole whether it sits in a slot or in the heap.
                const Event e{static_cast<Event::Kind>(id % 8), id, 3 * id + 1};
                EventQueue::Handle h;
                if (rng.below(2) == 0) {
                    h = q.insertCancellable(t, prio, e);
                } else {
                    q.insert(t, prio, e);
                }
                ref.push_back(Ref{t, prio, seq++, id, h, true});
            } else if (op < 8 && !ref.empty()) {
                Ref& r = ref[rng.below(ref.size())];
                if (!r.h.valid()) continue;  // inserted as never cancelled
                QCOMPARE(q.cancel(r.h), r.live);
                r.live = false;
            } else if (!q.empty()) {
                const Ref* best = nullptr;
                for (const Ref& r : ref) {
                    if (!r.live) continue;
                    if (!best || r.t < best->t || (r.t == best->t && r.prio < best->prio) ||
                        (r.t == best->t && r.prio == best->prio && r.seq < best->seq)) {
                        best = &r;
                    }
                }
                QVERIFY(best);
                QCOMPARE(q.peekTime(), best->t);
                const Event e = q.pop();
                QCOMPARE(e.target, best->id);
                QCOMPARE(e.arg, 3 * best->id + 1);
                QCOMPARE(static_cast<int>(e.kind), best->id % 8);
                ref[static_cast<std::size_t>(best->id)].live = false;
            }
        }
    }

    void pairPopsAsTwoInserts() {
        // The follower (deadline check) after the leader (release) and after an event of a
        // priority in between, in the order of its earlier insertion number.
        EventQueue q;
        q.insertPair(10, 1, Event{Event::Kind::JobRelease, 1, 0}, 3,
                     Event{Event::Kind::DeadlineCheck, 2, 0});
        q.insertPair(10, 1, Event{Event::Kind::JobRelease, 3, 0}, 3,
                     Event{Event::Kind::DeadlineCheck, 4, 0});
        q.insert(10, 2, Event{Event::Kind::Timeout, 5, 0});
        q.insert(10, 3, Event{Event::Kind::DeadlineCheck, 6, 0});
        q.insert(5, 1, Event{Event::Kind::Wake, 7, 0});
        QCOMPARE(q.size(), std::size_t(7));
        QList<int> order;
        while (!q.empty()) {
            const int next = q.peek().target;
            order << q.pop().target;
            QCOMPARE(order.back(), next);
        }
        QCOMPARE(order, (QList<int>{7, 1, 3, 5, 2, 4, 6}));
    }

    void cancellingTheLeaderKeepsTheFollower() {
        EventQueue q;
        q.insert(1, 1, Event{Event::Kind::Wake, 9, 0});
        auto leader = q.insertPair(10, 1, Event{Event::Kind::JobRelease, 1, 0}, 3,
                                   Event{Event::Kind::DeadlineCheck, 2, 0});
        QVERIFY(q.cancel(leader));
        QVERIFY(!q.cancel(leader));
        QCOMPARE(q.size(), std::size_t(2));
        QCOMPARE(q.pop().target, 9);
        QCOMPARE(q.peekTime(), Time(10));
        QCOMPARE(q.pop().target, 2);
        QVERIFY(q.empty());
    }

    // Inserts, pairs, cancels (in bursts that make the heap sweep its dead entries) and pops
    // against a sorted reference.
    void matchesReferenceWithPairsAndManyCancels_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("cancelPercent");
        for (int seed : {1, 2, 3}) {
            QTest::addRow("seed %d, few cancels", seed) << seed << 15;
            QTest::addRow("seed %d, many cancels", seed) << seed << 45;
        }
    }
    void matchesReferenceWithPairsAndManyCancels() {
        QFETCH(int, seed);
        QFETCH(int, cancelPercent);
        struct Ref {
            Time t;
            std::uint8_t prio;
            std::uint64_t seq;
            EventQueue::Handle h;  // invalid for a follower or a plain insert: never cancelled
            bool live;
        };
        EventQueue q;
        Random rng(static_cast<std::uint64_t>(seed));
        std::vector<Ref> ref;
        std::uint64_t seq = 0;
        Time now = 0;
        auto earliest = [&]() -> const Ref* {
            const Ref* best = nullptr;
            for (const Ref& r : ref) {
                if (r.live && (!best || std::tie(r.t, r.prio, r.seq) <
                                            std::tie(best->t, best->prio, best->seq))) {
                    best = &r;
                }
            }
            return best;
        };
        for (int round = 0; round < 20000; ++round) {
            const auto roll = static_cast<int>(rng.below(100));
            const int id = static_cast<int>(ref.size());
            const Time t = now + static_cast<Time>(rng.below(300));
            if (roll < 25) {
                const auto prio = static_cast<std::uint8_t>(rng.below(5));
                const Event e{Event::Kind::Wake, id, 0};
                EventQueue::Handle h;
                if (rng.below(4) == 0) {
                    q.insert(t, prio, e);  // never cancelled: kept in the heap entry
                } else {
                    h = q.insertCancellable(t, prio, e);
                }
                ref.push_back(Ref{t, prio, seq++, h, true});
            } else if (roll < 40) {
                const auto leaderPrio = static_cast<std::uint8_t>(rng.below(3));
                const auto followerPrio = static_cast<std::uint8_t>(rng.below(5));
                auto h = q.insertPair(t, leaderPrio, Event{Event::Kind::JobRelease, id + 1, 0},
                                      followerPrio, Event{Event::Kind::DeadlineCheck, id, 0});
                ref.push_back(Ref{t, followerPrio, seq++, {}, true});
                ref.push_back(Ref{t, leaderPrio, seq++, h, true});
            } else if (roll < 40 + cancelPercent) {
                if (ref.empty()) continue;
                Ref& r = ref[ref.size() - 1 - rng.below(std::min<std::size_t>(ref.size(), 64))];
                if (!r.h.valid()) continue;
                QCOMPARE(q.cancel(r.h), r.live);
                r.live = false;
            } else if (const Ref* best = earliest()) {
                QCOMPARE(q.peekTime(), best->t);
                QCOMPARE(q.peek().target, static_cast<int>(best - ref.data()));
                QCOMPARE(q.pop().target, static_cast<int>(best - ref.data()));
                now = best->t;
                ref[static_cast<std::size_t>(best - ref.data())].live = false;
            }
            if (round % 97 == 0) {
                const auto live = static_cast<std::size_t>(
                    std::count_if(ref.begin(), ref.end(), [](const Ref& r) { return r.live; }));
                QCOMPARE(q.size(), live);
            }
        }
    }
};

QTEST_APPLESS_MAIN(EventQueueTest)
#include "test_EventQueue.moc"
