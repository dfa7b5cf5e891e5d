#pragma once
// What the tests of `timeslice generate` (processes and periodic tasks) share: the command
// line, the JSON it writes, and the shape of a usage error.
#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>

#include "CliRunner.h"

namespace cli {

inline QStringList generateArguments(const QStringList& options) {
    return QStringList{QStringLiteral("generate")} + options;
}

// The object the text holds; empty when it is not JSON.
inline QJsonObject parsedObject(const QByteArray& text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

// Status 2, nothing on stdout, one error naming `message`, and the usage line.
inline void verifyUsageError(const CliResult& result, const QString& message) {
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(QLatin1String("timeslice generate: error: ")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("usage: timeslice generate")), qPrintable(err));
}

}  // namespace cli
