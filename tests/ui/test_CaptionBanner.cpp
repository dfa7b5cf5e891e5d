// Captions in the window: the banner above the chart shows the latest caption reached, steps
// back with time, its buttons move to the previous and next caption, and playing stops at a
// caption marked `pause` unless that is switched off. scenarios/race-counter.py pauses where
// Thread-1 is pre-empted between its load and its store.
#include <QtTest>

#include "model/RunRecording.h"
#include "panels/CaptionBanner.h"
#include "window/MainWindow.h"

using namespace ts;
using namespace ts::ui;

namespace {
const char* kRace = TIMESLICE_SOURCE_DIR "/scenarios/race-counter.py";

QString captionText(const RunRecording& r, int resolvedIndex) {
    const CaptionTrack& track = r.captionTrack();
    const int caption = track.resolved()[static_cast<std::size_t>(resolvedIndex)].caption;
    return QString::fromStdString(track.captions()[static_cast<std::size_t>(caption)].text);
}
}  // namespace

class TestCaptionBanner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("timeslice-tests"); }

    void bannerFollowsTime() {
        MainWindow w;
        QVERIFY(w.openScenario(kRace));
        w.controller().finishRecording();
        const RunRecording& r = *w.controller().recording();
        const CaptionTrack& track = r.captionTrack();
        QVERIFY(!track.empty());
        QCOMPARE(track.resolved().size(), track.captions().size());  // every moment came
        QVERIFY(w.captions().isVisibleTo(&w));
        const Time first = track.resolved()[0].time;
        const Time second = track.resolved()[1].time;
        QVERIFY(first < second);
        w.controller().seek(second);
        QCOMPARE(w.captions().text(), captionText(r, 1));
        w.controller().seek(second - 1);
        QCOMPARE(w.captions().text(), captionText(r, 0));
        // Before the first moment the banner only says that notes will come.
        if (first > 0) {
            w.controller().seek(first - 1);
            QVERIFY(w.captions().text() != captionText(r, 0));
        }
    }

    void playingPausesAtACaptionMarkedPause() {
        MainWindow w;
        QVERIFY(w.openScenario(kRace));
        w.controller().finishRecording();
        const RunRecording& r = *w.controller().recording();
        const ResolvedCaption* stop = r.captionTrack().firstPauseIn(0, r.endTime());
        QVERIFY2(stop, "race-counter.py has a caption marked pause");
        QSignalSpy paused(&w.controller(), &PlaybackController::captionPause);
        w.controller().setSpeed(1e9);
        w.controller().play();
        QTRY_VERIFY(!w.controller().playing());
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused[0][0].toInt(), stop->caption);
        QCOMPARE(w.controller().cursor(), stop->time);
        QCOMPARE(w.captions().text(),
                 QString::fromStdString(r.captionTrack().captions()[static_cast<std::size_t>(stop->caption)].text));
    }

    void pausingCanBeSwitchedOff() {
        MainWindow w;
        QVERIFY(w.openScenario(kRace));
        w.controller().finishRecording();
        w.controller().setPauseAtCaptions(false);
        QSignalSpy paused(&w.controller(), &PlaybackController::captionPause);
        w.controller().setSpeed(1e10);
        w.controller().play();
        QTRY_VERIFY_WITH_TIMEOUT(!w.controller().playing(), 20000);
        QCOMPARE(paused.count(), 0);
        QCOMPARE(w.controller().cursor(), w.controller().recording()->endTime());
    }

    void noBannerWithoutCaptions() {
        QTemporaryDir dir;
        const QString path = dir.filePath("plain.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"processes": [{"name": "A", "bursts": [{"cpu": 3}]}]})");
        f.close();
        MainWindow w;
        QVERIFY(w.openScenario(path));
        QVERIFY(!w.captions().isVisibleTo(&w));
    }
};

QTEST_MAIN(TestCaptionBanner)
#include "test_CaptionBanner.moc"
