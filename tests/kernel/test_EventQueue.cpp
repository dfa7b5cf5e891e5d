// The future-event set: order by (time, priority, insertion number), cancel by handle.
#include <QtTest>

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
        auto a = q.insert(10, 1, Event{Event::Kind::Wake, 1, 0});
        auto b = q.insert(5, 1, Event{Event::Kind::Wake, 2, 0});
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
        auto a = q.insert(1, 1, Event{Event::Kind::Wake, 1, 0});
        q.pop();
        auto b = q.insert(2, 1, Event{Event::Kind::Wake, 2, 0});  // reuses a's slot
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
                auto h = q.insert(t, prio, Event{Event::Kind::Wake, id, 0});
                ref.push_back(Ref{t, prio, seq++, id, h, true});
            } else if (op < 8 && !ref.empty()) {
                Ref& r = ref[rng.below(ref.size())];
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
                QCOMPARE(q.pop().target, best->id);
                ref[static_cast<std::size_t>(best->id)].live = false;
            }
        }
    }
};

QTEST_APPLESS_MAIN(EventQueueTest)
#include "test_EventQueue.moc"
