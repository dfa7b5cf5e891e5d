// `timeslice gui FILE --at D --screenshot PNG` from the command line: it renders the window at
// time D without a display, saves it and exits; bad arguments get one message and status 2.
#include <QtTest>

#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct Outcome {
    int status = -1;
    QByteArray err;
};

Outcome timeslice(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    p.setProcessEnvironment(env);
    p.start(TIMESLICE_BINARY, args);
    if (!p.waitForFinished(60000)) return {};
    return {p.exitCode(), p.readAllStandardError()};
}

}  // namespace

class TestGuiCommand : public QObject {
    Q_OBJECT
private slots:
    void screenshotWithoutADisplay() {
        QTemporaryDir dir;
        const QString png = dir.filePath("shot.png");
        const Outcome o = timeslice({"gui", TIMESLICE_SOURCE_DIR "/scenarios/default.json", "--at",
                                     "30ms", "--screenshot", png});
        QCOMPARE(o.status, 0);
        QVERIFY2(o.err.isEmpty(), o.err.constData());
        const QImage image(png);
        QVERIFY(image.width() >= 1200 && image.height() >= 800);
    }

    // --presentation is F5 at the screenshot's size: not full screen (the layout F5 gives is
    // in test_PresentMode's presentingInAWindowKeepsItsSize), and not the plain window.
    void presentationScreenshotKeepsItsSize() {
        QTemporaryDir dir;
        const QString plain = dir.filePath("plain.png");
        const QString presenting = dir.filePath("presenting.png");
        for (const QString& png : {plain, presenting}) {
            QStringList args{"gui", TIMESLICE_SOURCE_DIR "/scenarios/default.json", "--at", "20ms",
                             "--size", "1280x720", "--screenshot", png};
            if (png == presenting) args << "--presentation";
            const Outcome o = timeslice(args);
            QCOMPARE(o.status, 0);
            QVERIFY2(o.err.isEmpty(), o.err.constData());
            QCOMPARE(QImage(png).size(), QSize(1280, 720));
        }
        QVERIFY(QImage(plain) != QImage(presenting));
    }

    // --interrupt-at: the window as Run > Press Ctrl-C here leaves it, rendered.
    void screenshotAfterCtrlC() {
        QTemporaryDir dir;
        const QString png = dir.filePath("ctrl-c.png");
        const Outcome o = timeslice({"gui", TIMESLICE_SOURCE_DIR "/scenarios/daemon-threads.py", "--interrupt-at", "700ms",
                                     "--at", "800ms", "--screenshot", png});
        QCOMPARE(o.status, 0);
        QVERIFY2(o.err.isEmpty(), o.err.constData());
        QCOMPARE(QImage(png).size(), QSize(1600, 1000));
    }

    // The figure tools/run-benchmarks.sh reads (docs/performance.md): one line, a time no
    // longer than the command took from this side (the process started after the clock did;
    // 10 ms: the resolution of the kernel's record of the start).
    void firstFrameReportWithoutADisplay() {
        QElapsedTimer clock;
        clock.start();
        const Outcome o = timeslice({"gui", TIMESLICE_SOURCE_DIR "/scenarios/default.json",
                                     "--report-first-frame"});
        const qint64 tookMs = clock.elapsed();
        QCOMPARE(o.status, 0);
        const QRegularExpression line("^first frame: (\\d+) ms after the process started\n$");
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(o.err));
        QVERIFY2(m.hasMatch(), o.err.constData());
        QVERIFY2(m.captured(1).toLongLong() <= tookMs + 10, o.err.constData());
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("--at alone") << QStringList{"gui", "x.json", "--at", "5ms"} << "--at is only used with --screenshot";
        QTest::newRow("bad time") << QStringList{"gui", "x.json", "--at", "5 parsecs", "--screenshot", "a.png"} << "--at 5 parsecs";
        QTest::newRow("unknown option") << QStringList{"gui", "--zoom"} << "unknown option '--zoom'";
        QTest::newRow("timing a screenshot") << QStringList{"gui", "x.json", "--report-first-frame", "--screenshot", "a.png"} << "--report-first-frame and --screenshot do not go together";
        QTest::newRow("missing file") << QStringList{"gui", "nowhere.json", "--screenshot", "a.png"} << "nowhere.json";
        QTest::newRow("bad interrupt time") << QStringList{"gui", "x.py", "--interrupt-at", "soon", "--screenshot", "a.png"} << "--interrupt-at soon";
        QTest::newRow("interrupt without a time") << QStringList{"gui", "x.py", "--interrupt-at"} << "option --interrupt-at needs a value";
        QTest::newRow("interrupting a workload") << QStringList{"gui", TIMESLICE_SOURCE_DIR "/scenarios/default.json", "--interrupt-at", "5ms", "--screenshot", "a.png"} << "--interrupt-at is for a Python program, not a workload";
        QTest::newRow("no display") << QStringList{"gui", TIMESLICE_SOURCE_DIR "/scenarios/default.json"} << "no display";
    }
    void badArguments() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Outcome o = timeslice(args);
        QCOMPARE(o.status, 2);
        QVERIFY2(QString::fromUtf8(o.err).contains(message), o.err.constData());
        QCOMPARE(o.err.count('\n'), o.err.contains("usage:") ? 2 : 1);
    }
};

QTEST_GUILESS_MAIN(TestGuiCommand)
#include "test_GuiCommand.moc"
