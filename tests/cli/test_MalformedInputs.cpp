// The malformed-input corpus of issue 8: every file in tests/malformed/ listed in
// tests/malformed/EXPECTED.txt, plus files nested 100,000 levels deep that are generated here at
// run time. `timeslice check FILE` and `timeslice run FILE` must each exit 2 (never crash or
// hang), print nothing on stdout and exactly one line on stderr that starts with the file's path
// and, where the fault has a place, reads "PATH:LINE:COL: error: " with the expected position.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include "CliRunner.h"

using cli::runTimeslice;

namespace {

const QString kCorpus = QStringLiteral(TIMESLICE_SOURCE_DIR "/tests/malformed/");

// Files kept in tests/malformed/ but not checked, because timeslice does not yet handle them as
// the corpus requires; none at present.
const QStringList kKnownBad = {};

struct Expected {
    QString name;
    int line = 0;  // 0: the fault has no place, the message is "PATH: error: ..."
    int col = 0;
    QString fragment;
};

QList<Expected> readManifest() {
    QList<Expected> rows;
    QFile file(kCorpus + QStringLiteral("EXPECTED.txt"));
    if (!file.open(QIODevice::ReadOnly)) return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        // NAME LINE COL FRAGMENT (the fragment is the rest of the line and may hold spaces)
        static const QRegularExpression re(QStringLiteral("^(\\S+)\\s+(\\d+|-)\\s+(\\d+|-)\\s+(.+)$"));
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch()) {
            rows.append({line, -1, -1, QString()});  // reported as a failing row
            continue;
        }
        Expected e;
        e.name = m.captured(1);
        e.line = m.captured(2) == QLatin1String("-") ? 0 : m.captured(2).toInt();
        e.col = m.captured(3) == QLatin1String("-") ? 0 : m.captured(3).toInt();
        e.fragment = m.captured(4);
        rows.append(e);
    }
    return rows;
}

// Checks one run of timeslice on a bad file; fails the current test row on any deviation.
void verifyRejected(const QString& command, const QString& path, int line, int col,
                    const QString& fragment) {
    const cli::CliResult result = runTimeslice({command, path}, 30000);
    const QByteArray context = (command + QLatin1Char(' ') + path).toUtf8() + "\nstderr: " +
                               result.err.left(2000) + "\nstdout: " + result.out.left(500);
    QVERIFY2(!result.crashed, ("crashed or hung: " + context).constData());
    QVERIFY2(result.exitCode == 2,
             ("exit status " + QByteArray::number(result.exitCode) + ": " + context).constData());
    QVERIFY2(result.out.isEmpty(), ("something on stdout: " + context).constData());
    QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1,
             ("not exactly one line on stderr: " + context).constData());
    const QString said = QString::fromUtf8(result.err.chopped(1));
    QVERIFY2(!said.trimmed().isEmpty(), ("empty message: " + context).constData());
    const QString prefix = line > 0 ? QStringLiteral("%1:%2:%3: error: ").arg(path).arg(line).arg(col)
                                    : path + QStringLiteral(": error: ");
    QVERIFY2(said.startsWith(prefix),
             ("expected the message to start with '" + prefix.toUtf8() + "': " + context).constData());
    QVERIFY2(said.contains(fragment),
             ("expected the message to contain '" + fragment.toUtf8() + "': " + context).constData());
}

}  // namespace

class MalformedInputsTest : public QObject {
    Q_OBJECT
  private slots:
    void corpusIsLargeAndComplete();
    void corpus_data();
    void corpus();
    void deeplyNested_data();
    void deeplyNested();
    void notAFile_data();
    void notAFile();
};

void MalformedInputsTest::corpusIsLargeAndComplete() {
    const QList<Expected> rows = readManifest();
    QVERIFY2(rows.size() >= 60, qPrintable(QStringLiteral("only %1 rows in EXPECTED.txt").arg(rows.size())));
    QSet<QString> listed;
    for (const Expected& e : rows) {
        QVERIFY2(e.line >= 0, qPrintable(QStringLiteral("malformed manifest line: ") + e.name));
        QVERIFY2(!listed.contains(e.name), qPrintable(QStringLiteral("listed twice: ") + e.name));
        QVERIFY2(QFile::exists(kCorpus + e.name), qPrintable(QStringLiteral("missing file: ") + e.name));
        listed.insert(e.name);
    }
    // Every file of the folder is either checked or knowingly left out.
    const QStringList files = QDir(kCorpus).entryList(QDir::Files);
    for (const QString& f : files) {
        if (f == QLatin1String("EXPECTED.txt") || kKnownBad.contains(f)) continue;
        QVERIFY2(listed.contains(f), qPrintable(QStringLiteral("not in EXPECTED.txt: ") + f));
    }
}

void MalformedInputsTest::corpus_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("col");
    QTest::addColumn<QString>("fragment");
    for (const Expected& e : readManifest()) {
        if (e.line < 0) continue;  // corpusIsLargeAndComplete reports it
        for (const char* command : {"check", "run"}) {
            QTest::addRow("%s %s", command, qPrintable(e.name))
                << QString::fromLatin1(command) << e.name << e.line << e.col << e.fragment;
        }
    }
}

void MalformedInputsTest::corpus() {
    QFETCH(QString, command);
    QFETCH(QString, name);
    QFETCH(int, line);
    QFETCH(int, col);
    QFETCH(QString, fragment);
    verifyRejected(command, kCorpus + name, line, col, fragment);
}

// Generated at run time (100,000 levels would be a large file to commit).
void MalformedInputsTest::deeplyNested_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("col");
    QTest::addColumn<QString>("fragment");
    constexpr int n = 100000;
    struct Case {
        const char* name;
        QByteArray content;
        int line, col;
        const char* fragment;
    };
    const QList<Case> cases = {
        {"deep_array.json", QByteArray(n, '[') + QByteArray(n, ']'), 1, 201, "nested too deeply"},
        {"deep_object.json", QByteArray("{\"a\":").repeated(n) + "1" + QByteArray(n, '}'), 1, 1001,
         "nested too deeply"},
        {"deep_unclosed.json", QByteArray(n, '['), 1, 201, "nested too deeply"},
        {"deep_in_processes.json", "{\"processes\": " + QByteArray(n, '[') + QByteArray(n, ']') + "}", 1,
         214, "nested too deeply"},
        {"deep_parens.py", "x = " + QByteArray(n, '(') + "1" + QByteArray(n, ')') + "\n", 1, 205,
         "SyntaxError: too many nested parentheses"},
        {"deep_lists.py", "x = " + QByteArray(n, '[') + QByteArray(n, ']') + "\n", 1, 205,
         "SyntaxError: too many nested parentheses"},
        {"deep_unary.py", "x = " + QByteArray(n, '-') + "1\n", 1, 304,
         "SyntaxError: too many nested expressions"},
        {"deep_not.py", "x = " + QByteArray("not ").repeated(n) + "1\n", 1, 1201,
         "SyntaxError: too many nested expressions"},
    };
    for (const Case& c : cases) {
        for (const char* command : {"check", "run"}) {
            QTest::addRow("%s %s", command, c.name) << QString::fromLatin1(command) << QString::fromLatin1(c.name)
                                                    << c.content << c.line << c.col
                                                    << QString::fromLatin1(c.fragment);
        }
    }
    // 1,000 levels of indentation (100,000 would need a 5 GB file): CPython stops at 100.
    QByteArray indented;
    for (int i = 0; i < 1000; ++i) indented += QByteArray(i, ' ') + "if 1:\n";
    indented += QByteArray(1000, ' ') + "pass\n";
    for (const char* command : {"check", "run"}) {
        QTest::addRow("%s deep_indent.py", command)
            << QString::fromLatin1(command) << QStringLiteral("deep_indent.py") << indented << 102 << 102
            << QStringLiteral("IndentationError: too many levels of indentation");
    }
}

void MalformedInputsTest::deeplyNested() {
    QFETCH(QString, command);
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, col);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();
    verifyRejected(command, path, line, col, fragment);
}

// Paths that are no readable scenario file at all.
void MalformedInputsTest::notAFile_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    for (const char* command : {"check", "run"}) {
        const QString c = QString::fromLatin1(command);
        QTest::addRow("%s missing file", command) << c << kCorpus + QStringLiteral("does-not-exist.json")
                                                  << QStringLiteral("cannot open file");
        QTest::addRow("%s directory", command) << c << QDir::cleanPath(kCorpus)
                                               << QStringLiteral("cannot open file");
        QTest::addRow("%s no extension", command) << c << QStringLiteral("/dev/null")
                                                  << QStringLiteral("cannot tell what kind of scenario");
    }
}

void MalformedInputsTest::notAFile() {
    QFETCH(QString, command);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    verifyRejected(command, path, 0, 0, fragment);
}

QTEST_GUILESS_MAIN(MalformedInputsTest)
#include "test_MalformedInputs.moc"
