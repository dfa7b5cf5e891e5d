// Durations as scenarios and the command line write them: exact decimal conversion to whole
// nanoseconds, clear errors, and a formatter whose text parses back to the same value.
#include <QtTest>

#include <string>

#include "kernel/Time.h"
#include "scenario/Duration.h"

using ts::Time;

class TestDuration : public QObject {
    Q_OBJECT

  private slots:
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void formats_data();
    void formats();
    void formatParsesBack();
    void knowsUnits();
};

void TestDuration::parsesValid_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultUnit");
    QTest::addColumn<qint64>("expected");
    auto row = [](const char* name, const QString& text, const char* unit, qint64 expected) {
        QTest::newRow(name) << text << QString(unit) << expected;
    };

    row("ms suffix", "30ms", "", qint64(30'000'000));
    row("s suffix", "2s", "", qint64(2'000'000'000));
    row("us suffix", "500us", "", qint64(500'000));
    row("micro sign", QString::fromUtf8("500\u00B5s"), "", qint64(500'000));
    row("ns suffix", "100ns", "", qint64(100));
    row("fraction", "1.5ms", "", qint64(1'500'000));
    row("space before unit", "4 ms", "", qint64(4'000'000));
    row("surrounding space", "  4ms  ", "", qint64(4'000'000));
    row("bare number, default ms", "4", "ms", qint64(4'000'000));
    row("bare fraction, default ms", "0.5", "ms", qint64(500'000));
    row("bare number, default s", "3", "s", qint64(3'000'000'000));
    row("bare number, default ns", "17", "ns", qint64(17));
    row("suffix beats default", "7us", "s", qint64(7'000));
    row("zero", "0", "ms", qint64(0));
    row("zero with unit", "0ms", "", qint64(0));
    row("negative zero", "-0", "ms", qint64(0));
    row("exact decimal 0.1ms", "0.1ms", "", qint64(100'000));
    row("exact decimal 0.3s", "0.3s", "", qint64(300'000'000));
    // 313101.45341321216 ns: the digits below a nanosecond round down.
    row("many digits", "0.31310145341321216", "ms", qint64(313'101));
    row("many digits round up", "0.31310155341321216", "ms", qint64(313'102));
    row("half rounds up", "0.0000005ms", "", qint64(1));
    row("just below half", "0.00000049999ms", "", qint64(0));
    row("2.5ns rounds up", "2.5ns", "", qint64(3));
    row("exponent", "1e3", "us", qint64(1'000'000));
    row("negative exponent", "25e-1ms", "", qint64(2'500'000));
    row("capital exponent", "1.5E2us", "", qint64(150'000));
    row("tiny exponent", "1e-999999999", "s", qint64(0));
    row("leading zeros", "007ms", "", qint64(7'000'000));
    row("trailing zeros", "1.500000000000000000000s", "", qint64(1'500'000'000));
    row("plus sign", "+3ms", "", qint64(3'000'000));
    row("point without fraction", "5.ms", "", qint64(5'000'000));
    row("just below limit", "999999.999999999s", "", qint64(ts::kMaxDuration - 1));
    row("sub-ns below limit", "999999999999999.4ns", "", qint64(ts::kMaxDuration - 1));
}

void TestDuration::parsesValid() {
    QFETCH(QString, text);
    QFETCH(QString, defaultUnit);
    QFETCH(qint64, expected);
    std::string error;
    const std::optional<Time> ns =
        ts::parseDuration(text.toStdString(), defaultUnit.toStdString(), &error);
    QVERIFY2(ns.has_value(), error.c_str());
    QCOMPARE(qint64(*ns), expected);
}

void TestDuration::rejectsInvalid_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultUnit");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char* name, const char* text, const char* unit, const char* fragment) {
        QTest::newRow(name) << QString(text) << QString(unit) << QString(fragment);
    };

    row("empty", "", "ms", "empty duration");
    row("blank", "   ", "ms", "empty duration");
    row("word", "soon", "ms", "'soon' is not a duration");
    row("unit only", "ms", "ms", "'ms' is not a duration");
    row("unknown unit", "4sec", "", "unknown unit 'sec' in '4sec' (use ns, us, ms or s)");
    row("upper-case unit", "4MS", "", "unknown unit 'MS'");
    row("minutes", "2min", "", "unknown unit 'min'");
    row("no unit, none by default", "4", "", "'4' needs a unit");
    row("bad default unit", "4", "h", "unknown unit 'h'");
    row("negative", "-4ms", "", "cannot be negative");
    row("negative huge", "-1e30s", "", "cannot be negative");
    row("at the limit", "1000000s", "", "too long (the limit is 1000000s)");
    row("above the limit", "1e7", "s", "too long");
    row("huge exponent", "1e999999999999", "ms", "too long");
    row("many digits", "123456789012345678901234567890ns", "", "too long");
    row("rounds to the limit", "999999999999999.5ns", "", "too long");
    row("comma decimal", "1,5ms", "", "unknown unit ',5ms'");
    row("two points", "1.2.3ms", "", "unknown unit '.3ms'");
    row("dangling exponent", "1e", "ms", "unknown unit 'e'");
    row("nan", "nan", "ms", "not a duration");
    row("inf", "inf", "ms", "not a duration");
    row("sign only", "-", "ms", "not a duration");
}

void TestDuration::rejectsInvalid() {
    QFETCH(QString, text);
    QFETCH(QString, defaultUnit);
    QFETCH(QString, fragment);
    std::string error;
    const std::optional<Time> ns =
        ts::parseDuration(text.toStdString(), defaultUnit.toStdString(), &error);
    QVERIFY2(!ns.has_value(), qPrintable(QString::number(ns.value_or(0))));
    QVERIFY2(error.find(fragment.toStdString()) != std::string::npos, error.c_str());
    // Without an error string the result is the same, and nothing is written anywhere.
    QVERIFY(!ts::parseDuration(text.toStdString(), defaultUnit.toStdString()).has_value());
}

void TestDuration::formats_data() {
    QTest::addColumn<qint64>("ns");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, qint64 ns, const char* expected) {
        QTest::newRow(name) << ns << QString(expected);
    };

    row("zero", 0, "0");
    row("ns", 7, "7ns");
    row("999ns", 999, "999ns");
    row("us", 250'000, "250us");
    row("1us", 1'000, "1us");
    row("fractional us", 1'001, "1.001us");
    row("ms", 4'000'000, "4ms");
    row("fractional ms", 1'500'000, "1.5ms");
    row("ms with ns", 1'234'567, "1.234567ms");
    row("s", 2'000'000'000, "2s");
    row("fractional s", 2'500'000'000, "2.5s");
    row("s with ns", 1'000'000'001, "1.000000001s");
    row("many s", 90'000'000'000, "90s");
    row("limit", ts::kMaxDuration, "1000000s");
    row("negative", -1'500'000, "-1.5ms");
    row("never", ts::kNever, "never");
    row("most negative", std::numeric_limits<Time>::min(), "-9223372036.854775808s");
}

void TestDuration::formats() {
    QFETCH(qint64, ns);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(ts::formatDuration(ns)), expected);
}

void TestDuration::formatParsesBack() {
    // Every value below the limit survives format -> parse unchanged, in every magnitude.
    Time value = 1;
    for (int step = 0; step < 2000; ++step) {
        const std::string text = ts::formatDuration(value);
        std::string error;
        const std::optional<Time> back = ts::parseDuration(text, "", &error);
        QVERIFY2(back.has_value(), (text + ": " + error).c_str());
        QCOMPARE(*back, value);
        value = (value * 7 + 13) % ts::kMaxDuration;  // wanders over all magnitudes
    }
}

void TestDuration::knowsUnits() {
    QCOMPARE(ts::durationUnitScale("ns").value_or(0), ts::kNanosecond);
    QCOMPARE(ts::durationUnitScale("us").value_or(0), ts::kMicrosecond);
    QCOMPARE(ts::durationUnitScale("ms").value_or(0), ts::kMillisecond);
    QCOMPARE(ts::durationUnitScale("s").value_or(0), ts::kSecond);
    QVERIFY(!ts::durationUnitScale("sec").has_value());
    QVERIFY(!ts::durationUnitScale("").has_value());
}

QTEST_APPLESS_MAIN(TestDuration)
#include "test_Duration.moc"
