// The scenario editor shows what is wrong while the user types: the live validator checks the
// text through the loaders a short pause after the last keystroke, the error is underlined at
// its line and column (an ExtraSelection with a red wave) with its message beside the line, in
// the gutter's tooltip and in the message strip, and undoing the typing clears it. Also: find,
// the highlighters, and the window's single-key shortcuts leaving the editor's typing alone.
#include <QtTest>

#include <QMainWindow>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>

#include "ProgramSimulation.h"
#include "editor/CodeEditor.h"
#include "editor/Diagnostic.h"
#include "editor/EditorPanel.h"
#include "editor/FindBar.h"
#include "editor/JsonHighlighter.h"
#include "editor/LineNumberGutter.h"
#include "editor/LiveValidator.h"
#include "editor/PythonHighlighter.h"
#include "editor/ScenarioDocument.h"
#include "editor/SyntaxPalette.h"
#include "scenario/InputError.h"
#include "scenario/ProgramLoader.h"
#include "scenario/WorkloadLoader.h"

using namespace ts;
using namespace ts::ui;

Q_DECLARE_METATYPE(ts::ui::ScenarioKind)

namespace {

const char* const kWorkload =
    "{\n"
    "  \"title\": \"t\",\n"
    "  \"unit\": \"ms\",\n"
    "  \"machine\": {\"cpus\": 1, \"policy\": \"rr\", \"quantum\": 4},\n"
    "  \"processes\": [\n"
    "    {\"name\": \"A\", \"bursts\": [{\"cpu\": 3}]}\n"
    "  ]\n"
    "}\n";

// The emoji is one character (code point) but two UTF-16 units: the loaders count the first,
// the editor's cursors the second.
const char* const kProgram =
    "import threading\n"
    "\n"
    "def work(n):\n"
    "    print(\"\xF0\x9F\x99\x82\", n)\n"
    "\n"
    "t = threading.Thread(target=work, args=(1,))\n"
    "t.start()\n"
    "t.join()\n";

const char* const kFrontMatter =
    "\"\"\"timeslice\n"
    "policy: rr\n"
    "quantum: 5ms\n"
    "\"\"\"\n"
    "print(\"hi\")\n";

// The UTF-16 index in `line` of the character (code point) at 1-based `column`.
int utf16Column(const QString& line, int column) {
    const QList<uint> characters = line.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData()), column - 1)
        .size();
}

QString readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Types `text` key by key; QTest::keyClicks takes no line breaks, so those are Return.
void type(QWidget* widget, const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines[i]);
    }
}

// The colour the highlighter gave the character at `position` of `block`.
QColor colourAt(const QTextBlock& block, int position) {
    for (const QTextLayout::FormatRange& r : block.layout()->formats()) {
        if (position >= r.start && position < r.start + r.length)
            return r.format.foreground().color();
    }
    return {};
}

}  // namespace

class TestCodeEditor : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("timeslice-tests");
        QCoreApplication::setApplicationName("timeslice-code-editor-test");
    }

    void typingAnErrorShowsItWhereItIs_data() {
        QTest::addColumn<ScenarioKind>("kind");
        QTest::addColumn<QString>("valid");
        QTest::addColumn<int>("typeLine");
        QTest::addColumn<int>("typeColumn");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("underlined");  // the text under the wave
        QTest::addColumn<QString>("message");     // a part of it

        const ScenarioKind w = ScenarioKind::Workload;
        const ScenarioKind p = ScenarioKind::Program;
        QTest::newRow("misspelt key") << w << kWorkload << 4 << 18 << "x" << 4 << 15 << "\"cpxus\""
                                      << "unknown key 'cpxus' in 'machine' (did you mean 'cpus'?)";
        QTest::newRow("unknown policy") << w << kWorkload << 4 << 38 << "x" << 4 << 36 << "\"rxr\""
                                        << "unknown policy 'rxr'";
        QTest::newRow("negative quantum") << w << kWorkload << 4 << 53 << "-" << 4 << 53 << "-"
                                          << "quantum";
        QTest::newRow("trailing comma") << w << kWorkload << 6 << 40 << "," << 6 << 40 << ","
                                        << "";
        QTest::newRow("misspelt process key")
            << w << kWorkload << 6 << 20 << "x" << 6 << 19 << "\"xbursts\""
            << "unknown key 'xbursts' in process 'A' (did you mean 'bursts'?)";
        QTest::newRow("unclosed object") << w << kWorkload << 1 << 1 << "[" << 9 << 1 << ""
                                         << "";
        QTest::newRow("python syntax") << p << kProgram << 3 << 12 << " x" << 3 << 13 << "x"
                                       << "SyntaxError";
        QTest::newRow("after a wide character")
            << p << kProgram << 4 << 18 << " y" << 4 << 19 << "y"
            << "SyntaxError";
        // Reported at the line's end, as CPython does: the wave goes under its last character.
        QTest::newRow("bad indentation") << p << kProgram << 6 << 1 << "  " << 6 << 47 << ")"
                                         << "IndentationError: unindent does not match";
        QTest::newRow("return outside a function") << p << kProgram << 7 << 1 << "return 1\n"
                                                   << 7 << 1 << "return"
                                                   << "'return' outside function";
        QTest::newRow("front matter value")
            << p << kFrontMatter << 3 << 11 << "x" << 3 << 10 << "5xms"
            << "'quantum'";
        QTest::newRow("front matter key")
            << p << kFrontMatter << 2 << 7 << "s" << 2 << 1 << "policys"
            << "unknown front matter key 'policys'";
    }

    void typingAnErrorShowsItWhereItIs() {
        QFETCH(ScenarioKind, kind);
        QFETCH(QString, valid);
        QFETCH(int, typeLine);
        QFETCH(int, typeColumn);
        QFETCH(QString, typed);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, underlined);
        QFETCH(QString, message);

        EditorPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        CodeEditor& editor = panel.editor();
        panel.document().startUntitled(
            kind, kind == ScenarioKind::Program ? "typed.py" : "typed.json", valid);
        QVERIFY2(panel.validator().validateNow().ok(), qPrintable(panel.message()));
        QVERIFY(!editor.errorSelection());

        editor.setFocus();
        editor.setTextCursor(editor.cursorAt(typeLine, typeColumn));
        type(&editor, typed);
        QVERIFY(panel.document().isModified());
        // Not while typing: the check waits for a pause.
        QVERIFY(panel.validator().pending());
        QVERIFY(!editor.errorSelection());

        QTRY_VERIFY(editor.errorSelection().has_value());
        const Diagnostic& d = panel.validator().current();
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QVERIFY2(d.message.contains(message), qPrintable(d.message));
        QVERIFY(d.full.startsWith(panel.document().runPath() +
                                  QStringLiteral(":%1:%2: error: ").arg(line).arg(column)));

        // The wave starts exactly there.
        const QTextCursor wave = editor.errorSelection()->cursor;
        const QTextBlock block = editor.document()->findBlock(wave.selectionStart());
        QCOMPARE(block.blockNumber() + 1, line);
        const int at = utf16Column(block.text(), column);
        if (at < block.text().size()) {
            QCOMPARE(wave.selectionStart() - block.position(), at);
        } else {
            QCOMPARE(wave.selectionEnd() - block.position(), block.text().size());
        }
        if (!underlined.isEmpty()) QCOMPARE(wave.selectedText(), underlined);
        QCOMPARE(editor.errorSelection()->format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(editor.errorLine(), line);
        // The message is beside it: the strip, the gutter's and the line's tooltip.
        QCOMPARE(panel.message(),
                 QStringLiteral("Line %1, column %2: %3").arg(line).arg(column).arg(d.message));
        QVERIFY(editor.toolTipAtLine(line).contains(d.message));
        QVERIFY(editor.toolTipAtLine(line == 1 ? 2 : 1).isEmpty());

        // Undoing the typing fixes it, and the error goes.
        for (int i = 0; i < 50 && panel.document().plainText() != valid; ++i) {
            QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier);
        }
        QCOMPARE(panel.document().plainText(), valid);
        QVERIFY(!panel.document().isModified());
        QTRY_VERIFY(!editor.errorSelection().has_value());
        QCOMPARE(editor.errorLine(), 0);
        QCOMPARE(panel.message(), QStringLiteral("No problems found."));
        QVERIFY(editor.toolTipAtLine(line).isEmpty());
        QTRY_VERIFY(!panel.validator().pending());
        QVERIFY(panel.validator().current().ok());
    }

    // The text in memory is judged exactly as the file is by `timeslice check`: same message,
    // same place.
    void textIsCheckedAsTheFileIs_data() {
        QTest::addColumn<QString>("file");
        for (const char* name :
             {"bad_duration.json", "bad_policy.json", "bad_syntax.json", "bad_syntax.py"}) {
            QTest::newRow(name) << QStringLiteral(TIMESLICE_SOURCE_DIR "/tests/fixtures/") + name;
        }
    }

    void textIsCheckedAsTheFileIs() {
        QFETCH(QString, file);
        const std::string path = file.toStdString();
        std::string expected;
        try {
            if (file.endsWith(".py")) {
                checkProgram(loadProgramFile(path));
            } else {
                static_cast<void>(loadWorkloadFile(path));
            }
        } catch (const InputError& e) {
            expected = e.what();
        }
        QVERIFY(!expected.empty());
        const Diagnostic d = LiveValidator::check(readAll(file), file, scenarioKindOf(file));
        QCOMPARE(d.full.toStdString(), expected);
    }

    // The message is written on the page just after the line's end, and the line's number is
    // marked red in the gutter; other lines carry no red.
    void messageIsWrittenBesideTheLine() {
        EditorPanel panel;
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        CodeEditor& editor = panel.editor();
        panel.document().startUntitled(ScenarioKind::Program, "m.py", "x = 1\ny = (\nz = 3\n");
        QCOMPARE(panel.validator().validateNow().line, 2);
        const auto redPixels = [](const QImage& image, const QRect& area) {
            int n = 0;
            for (int y = std::max(area.top(), 0); y <= std::min(area.bottom(), image.height() - 1);
                 ++y) {
                for (int x = std::max(area.left(), 0);
                     x <= std::min(area.right(), image.width() - 1); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.red() > 150 && c.green() < 110 && c.blue() < 110) ++n;
                }
            }
            return n;
        };
        const auto rowAfterEnd = [&](int line) {
            QTextCursor end = editor.cursorAt(line, 1);
            end.movePosition(QTextCursor::EndOfBlock);
            const QRect r = editor.cursorRect(end);
            return QRect(r.right() + 4, r.top(), editor.viewport()->width(), r.height());
        };
        const QImage page = editor.viewport()->grab().toImage();
        QVERIFY(redPixels(page, rowAfterEnd(2)) > 20);
        QCOMPARE(redPixels(page, rowAfterEnd(1)), 0);
        QCOMPARE(redPixels(page, rowAfterEnd(3)), 0);

        auto* gutter = editor.findChild<LineNumberGutter*>();
        QVERIFY(gutter);
        const QImage margin = gutter->grab().toImage();
        const QRect row2 = editor.cursorRect(editor.cursorAt(2, 1));
        const QRect row1 = editor.cursorRect(editor.cursorAt(1, 1));
        QVERIFY(redPixels(margin, QRect(0, row2.top(), margin.width(), row2.height())) > 0);
        QCOMPARE(redPixels(margin, QRect(0, row1.top(), margin.width(), row1.height())), 0);
        QVERIFY(editor.lineAt(row2.center().y()) == 2);
    }

    // An error without a place (the policy factory's verdict has none) is only told in the
    // strip: nothing is underlined or marked.
    void unplacedErrorsGoToTheStrip() {
        EditorPanel panel;
        const Diagnostic unplaced{0, 0, "policy 'rr' needs a quantum",
                                  "w.json: error: policy 'rr' needs a quantum"};
        emit panel.validator().validated(unplaced);
        QVERIFY(!panel.editor().errorSelection());
        QCOMPARE(panel.editor().errorLine(), 0);
        QCOMPARE(panel.message(), unplaced.message);
        for (int line = 1; line <= panel.editor().blockCount(); ++line) {
            QVERIFY(panel.editor().toolTipAtLine(line).isEmpty());
        }
    }

    // A workload's "program" is looked for beside the document, and the verdict follows the
    // document when it is saved somewhere else.
    void programPathsResolveAgainstTheDocument() {
        QTemporaryDir first;
        QTemporaryDir second;
        QFile program(second.filePath("job.py"));
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.write("print('job')\n");
        program.close();
        const QString text =
            "{\"machine\": {\"policy\": \"fcfs\"},\n"
            " \"processes\": [{\"name\": \"py\", \"program\": \"job.py\"}]}\n";
        EditorPanel panel;
        panel.document().startUntitled(ScenarioKind::Workload, "w.json", text);
        QVERIFY(panel.saveTo(first.filePath("w.json")));
        Diagnostic d = panel.validator().validateNow();
        QCOMPARE(d.line, 2);
        QVERIFY2(d.message.contains("cannot open program 'job.py'"), qPrintable(d.message));
        QVERIFY(d.message.contains(first.filePath("job.py")));

        QVERIFY(panel.saveTo(second.filePath("w.json")));
        QVERIFY(panel.validator().pending());  // a new folder: checked again
        d = panel.validator().validateNow();
        QVERIFY2(!d.message.contains("cannot open program"), qPrintable(d.message));
    }

    void findWrapsAndMarksEveryMatch() {
        EditorPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.document().startUntitled(ScenarioKind::Program, "f.py",
                                       "lock = Lock()\nwith lock:\n    pass\nLOCK = 1\n");
        CodeEditor& editor = panel.editor();
        editor.setFocus();
        QVERIFY(!panel.findBar().isVisible());
        QTest::keyClick(&editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(panel.findBar().isVisible());

        FindBar& find = panel.findBar();
        find.setPattern("lock");  // searching as you type selects the first match
        QCOMPARE(find.matchCount(), 4);
        QCOMPARE(editor.searchMatches().size(), 4);
        QCOMPARE(editor.textCursor().selectionStart(), 0);
        QCOMPARE(find.status(), QStringLiteral("1 of 4"));

        find.setCaseSensitive(true);
        QCOMPARE(find.matchCount(), 2);  // "lock" and "lock", not "Lock" or "LOCK"
        QVERIFY(find.findNext());
        QCOMPARE(editor.textCursor().blockNumber(), 1);
        QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("lock"));
        QVERIFY(!find.wrapped());
        QVERIFY(find.findNext());  // round the end, back to the first
        QVERIFY(find.wrapped());
        QCOMPARE(editor.textCursor().selectionStart(), 0);
        QCOMPARE(find.status(), QStringLiteral("1 of 2 (wrapped)"));
        QVERIFY(find.findPrevious());  // and round the start
        QVERIFY(find.wrapped());
        QCOMPARE(editor.textCursor().blockNumber(), 1);

        find.setPattern("semaphore");
        QVERIFY(!find.findNext());
        QCOMPARE(find.matchCount(), 0);
        QCOMPARE(find.status(), QStringLiteral("not found"));

        // The marks follow edits while the bar is open, and go with it.
        find.setPattern("pass");
        QCOMPARE(editor.searchMatches().size(), 1);
        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText("pass\n");
        QCOMPARE(editor.searchMatches().size(), 2);
        find.dismiss();
        QVERIFY(!find.isVisible());
        QVERIFY(editor.searchMatches().isEmpty());
    }

    void pythonHighlighterColoursTokens() {
        ScenarioDocument document;
        const SyntaxPalette palette = SyntaxPalette::forBackground(Qt::white);
        PythonHighlighter highlighter(document.text(), palette);
        document.startUntitled(ScenarioKind::Program, "h.py",
                               "# a comment\n"
                               "\"\"\"timeslice\n"
                               "policy: rr\n"
                               "\"\"\"\n"
                               "s = '''one\n"
                               "def not_a_definition\n"
                               "'''  # ends\n"
                               "def work(n):\n"
                               "    return r\"x\" + 42\n");
        QTextDocument& d = *document.text();
        auto block = [&](int n) { return d.findBlockByNumber(n); };
        QCOMPARE(colourAt(block(0), 2), palette.comment.foreground().color());
        QCOMPARE(block(1).userState(), int(PythonHighlighter::InFrontMatterDouble));
        QCOMPARE(colourAt(block(2), 0), palette.frontMatterKey.foreground().color());
        QVERIFY(block(2).layout()->formats().front().format.fontWeight() == QFont::Bold);
        QCOMPARE(colourAt(block(2), 8), palette.frontMatter.foreground().color());
        QCOMPARE(block(3).userState(), int(PythonHighlighter::Code));
        // A triple-quoted string runs over lines: "def" inside it is string, not keyword.
        QCOMPARE(block(4).userState(), int(PythonHighlighter::InSingleQuotes));
        QCOMPARE(colourAt(block(5), 0), palette.string.foreground().color());
        QCOMPARE(colourAt(block(6), 0), palette.string.foreground().color());
        QCOMPARE(colourAt(block(6), 6), palette.comment.foreground().color());
        QCOMPARE(colourAt(block(7), 0), palette.keyword.foreground().color());
        QCOMPARE(colourAt(block(7), 4), palette.definition.foreground().color());
        QCOMPARE(colourAt(block(8), 4), palette.keyword.foreground().color());
        QCOMPARE(colourAt(block(8), 11),
                 palette.string.foreground().color());  // r"x", prefix included
        QCOMPARE(colourAt(block(8), 18), palette.number.foreground().color());

        // Front matter only where the loader takes it: as the first statement. Once the first
        // line is code, the same docstring is an ordinary string.
        QTextCursor c(block(0));
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c.insertText("x = 1");
        QCOMPARE(block(1).userState(), int(PythonHighlighter::InDoubleQuotes));
        QCOMPARE(colourAt(block(2), 0), palette.string.foreground().color());
    }

    void jsonHighlighterTellsKeysFromValues() {
        ScenarioDocument document;
        const SyntaxPalette palette = SyntaxPalette::forBackground(Qt::white);
        JsonHighlighter highlighter(document.text(), palette);
        document.startUntitled(ScenarioKind::Workload, "h.json",
                               "{\"policy\": \"rr\", \"quantum\": 4.5, \"repeat\": true}\n");
        const QTextBlock b = document.text()->firstBlock();
        QCOMPARE(colourAt(b, 1), palette.key.foreground().color());
        QCOMPARE(colourAt(b, 11), palette.string.foreground().color());
        QCOMPARE(colourAt(b, 28), palette.number.foreground().color());
        QCOMPARE(colourAt(b, 43), palette.keyword.foreground().color());
    }

    // The window's run controls answer single keys (Space plays); typing in the editor must
    // still type. The control row shows the shortcut does fire when the editor is not focused.
    void windowShortcutsLeaveTypingAlone() {
        QMainWindow window;
        auto* panel = new EditorPanel;
        auto* other = new QWidget;
        other->setFocusPolicy(Qt::StrongFocus);
        auto* box = new QWidget;
        auto* layout = new QVBoxLayout(box);
        layout->addWidget(panel);
        layout->addWidget(other);
        window.setCentralWidget(box);
        // The run controls' keys (ui/window/RunToolBar.cpp): play, step back, step, restart.
        QList<QAction*> controls;
        for (const QKeySequence& key : {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Left),
                                        QKeySequence(Qt::SHIFT | Qt::Key_Right),
                                        QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_N)}) {
            auto* action = new QAction(key.toString(), &window);
            action->setShortcut(key);
            window.addAction(action);
            controls << action;
        }
        QAction* play = controls.front();
        QSignalSpy plays(play, &QAction::triggered);
        QList<QSignalSpy*> spies;
        for (QAction* a : controls) spies << new QSignalSpy(a, &QAction::triggered);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();

        other->setFocus();
        QTest::keyClick(other, Qt::Key_Space);
        QCOMPARE(plays.count(), 1);

        panel->document().startUntitled(ScenarioKind::Program, "k.py", "");
        panel->editor().setFocus();
        QTest::keyClicks(&panel->editor(), "a b");
        QTest::keyClick(&panel->editor(), Qt::Key_Left);
        QTest::keyClick(&panel->editor(), Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(&panel->editor(), Qt::Key_Home);
        QTest::keyClicks(&panel->editor(), "n");
        QCOMPARE(panel->document().plainText(), QStringLiteral("na b"));
        QCOMPARE(plays.count(), 1);
        for (int i = 1; i < spies.size(); ++i) QCOMPARE(spies[i]->count(), 0);
        qDeleteAll(spies);
    }
};

QTEST_MAIN(TestCodeEditor)
#include "test_CodeEditor.moc"
