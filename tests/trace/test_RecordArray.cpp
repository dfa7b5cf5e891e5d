// The run's record arrays: appended to, never moved, read back by index and by iterator as a
// std::vector of the same records would be, at every segment boundary.
#include <QtTest>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "kernel/Slice.h"
#include "trace/RecordArray.h"

using namespace ts;

namespace {

Slice sliceNumber(std::int64_t i) {
    return Slice{10 * i, 10 * i + 7, static_cast<std::int32_t>(i % 1000), static_cast<std::int32_t>(i % 17),
                 static_cast<std::uint16_t>(i % 3), i % 2 ? Slice::Kind::Run : Slice::Kind::Switch};
}

bool same(const Slice& a, const Slice& b) {
    return a.start == b.start && a.end == b.end && a.tid == b.tid && a.pid == b.pid && a.cpu == b.cpu &&
           a.kind == b.kind;
}

}  // namespace

class RecordArrayTest : public QObject {
    Q_OBJECT

  private slots:
    // Counts on both sides of the first segments' boundaries (64, 64 + 128, 64 + 128 + 256...).
    void readsBackWhatWasAppended_data() {
        QTest::addColumn<int>("count");
        for (int n : {0, 1, 63, 64, 65, 191, 192, 193, 447, 448, 449, 100000}) {
            QTest::addRow("%d records", n) << n;
        }
    }
    void readsBackWhatWasAppended() {
        QFETCH(int, count);
        RecordArray<Slice> array;
        std::vector<Slice> reference;
        for (int i = 0; i < count; ++i) {
            array.push_back(sliceNumber(i));
            reference.push_back(sliceNumber(i));
        }
        QCOMPARE(array.size(), reference.size());
        QCOMPARE(array.empty(), count == 0);
        QCOMPARE(static_cast<std::size_t>(array.end() - array.begin()), reference.size());
        for (std::size_t i = 0; i < reference.size(); ++i) QVERIFY(same(array[i], reference[i]));
        std::size_t walked = 0;
        for (const Slice& s : array) QVERIFY(same(s, reference[walked++]));
        QCOMPARE(walked, reference.size());
        if (count > 0) {
            QVERIFY(same(array.front(), reference.front()));
            QVERIFY(same(array.back(), reference.back()));
        }
        // Room grows as a vector's does: never more than twice the records, plus the first segment.
        QVERIFY(array.capacity() >= array.size());
        QVERIFY(array.capacity() <= 2 * array.size() + 64);
    }

    // Sorted records are searched with the standard algorithms, as the readers do.
    void searchesWithStandardAlgorithms() {
        RecordArray<Slice> array;
        for (int i = 0; i < 5000; ++i) array.push_back(sliceNumber(i));
        for (Time t : {Time(0), Time(5), Time(640), Time(12345), Time(49990), Time(60000)}) {
            const auto it = std::lower_bound(array.begin(), array.end(), t,
                                             [](const Slice& s, Time v) { return s.start < v; });
            const auto expected = std::min<std::int64_t>((t + 9) / 10, 5000);
            QCOMPARE(it - array.begin(), expected);
        }
        const auto reversed = std::count_if(std::make_reverse_iterator(array.end()),
                                            std::make_reverse_iterator(array.begin()),
                                            [](const Slice& s) { return s.kind == Slice::Kind::Run; });
        QCOMPARE(reversed, std::ptrdiff_t(2500));
    }

    // A record stays where it was written: readers may keep its address while the run grows.
    void recordsNeverMove() {
        RecordArray<Slice> array;
        std::vector<const Slice*> addresses;
        for (int i = 0; i < 20000; ++i) {
            array.push_back(sliceNumber(i));
            addresses.push_back(&array.back());
        }
        for (std::size_t i = 0; i < addresses.size(); ++i) QCOMPARE(&array[i], addresses[i]);
    }

    // Trimmed at the end of a run, the room is what the records take; appending again works.
    void shrinkToFitTrimsAndRegrows_data() {
        QTest::addColumn<int>("count");
        for (int n : {0, 1, 64, 100, 192, 1000, 70000}) QTest::addRow("%d records", n) << n;
    }
    void shrinkToFitTrimsAndRegrows() {
        QFETCH(int, count);
        RecordArray<Slice> array;
        for (int i = 0; i < count; ++i) array.push_back(sliceNumber(i));
        array.shrinkToFit();
        QCOMPARE(array.capacity(), array.size());
        for (int i = 0; i < count; ++i) QVERIFY(same(array[static_cast<std::size_t>(i)], sliceNumber(i)));
        for (int i = count; i < count + 500; ++i) array.push_back(sliceNumber(i));
        QCOMPARE(array.size(), static_cast<std::size_t>(count + 500));
        for (int i = 0; i < count + 500; ++i) QVERIFY(same(array[static_cast<std::size_t>(i)], sliceNumber(i)));
    }
};

QTEST_APPLESS_MAIN(RecordArrayTest)
#include "test_RecordArray.moc"
