#pragma once
// Runs the built timeslice executable as a user would and captures what it says, for the
// command-line tests. Header-only: every tests/cli/test_*.cpp is its own executable.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace cli {

struct CliResult {
    int exitCode = -1;  // -1: crashed or timed out
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

inline QString fixture(const QString& name) {
    return QStringLiteral(TIMESLICE_SOURCE_DIR "/tests/fixtures/") + name;
}

inline CliResult runTimeslice(const QStringList& arguments, int timeoutMs = 60000) {
    QProcess process;
    process.start(QStringLiteral(TIMESLICE_BINARY), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    } else {
        result.crashed = process.exitStatus() == QProcess::CrashExit;
        result.exitCode = result.crashed ? -1 : process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

}  // namespace cli
