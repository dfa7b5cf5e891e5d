#pragma once
// The threading tutorial's example programs, read at run time from the shared seed (never copied
// into the project): the tutorial is a sequence of slides headed "Python Threading"; a slide's
// code blocks, in order, make one program, and the fenced block after a "program's output"
// heading is what it prints. Slides that sketch code with "... do something" lines are not
// programs. One slide (the Event example) leaves out its imports, as slides do; a reader adds
// them, and so does assembledPrograms(), naming what it added.
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace ts::test {

struct TutorialBlock {
    int slide = 0;
    int firstLine = 0;  // line of the opening fence in the tutorial
    QString text;
    bool isOutput = false;
};

struct TutorialProgram {
    int firstLine = 0;
    QString source;
    QStringList expected;  // the output block's lines (empty when the slide shows none)
    QString addedImports;  // imports the slide leaves out, added here
};

inline QString tutorialPath() { return QStringLiteral(TIMESLICE_SHARED_DIR "/seed/python-threading-tutorial.txt"); }

inline std::vector<TutorialBlock> tutorialBlocks() {
    QFile file(tutorialPath());
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    std::vector<TutorialBlock> blocks;
    int slide = 0;
    bool afterOutputHeading = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (trimmed == QLatin1String("Python Threading") || trimmed.startsWith(QLatin1String("Bibliography"))) ++slide;
        if (!trimmed.startsWith(QLatin1String("```"))) {
            if (!trimmed.isEmpty()) afterOutputHeading = trimmed == QLatin1String("program's output");
            continue;
        }
        TutorialBlock block{slide, i + 1, {}, afterOutputHeading};
        for (++i; i < lines.size() && !lines[i].trimmed().startsWith(QLatin1String("```")); ++i)
            block.text += lines[i] + QLatin1Char('\n');
        blocks.push_back(block);
        afterOutputHeading = false;
    }
    return blocks;
}

// Slides sketch some code with "... do something" lines; those blocks are not Python.
inline bool isPseudoCode(const QString& text) {
    static const QRegularExpression ellipsisProse(QStringLiteral("^\\s*\\.\\.\\.\\s*\\w"), QRegularExpression::MultilineOption);
    return ellipsisProse.match(text).hasMatch();
}

inline bool usesPrintStatement(const QString& text) {
    static const QRegularExpression printStatement(QStringLiteral("^\\s*print\\s+[^\\s(=]"), QRegularExpression::MultilineOption);
    return printStatement.match(text).hasMatch();
}

// Modules a program uses (name.attr) without importing them.
inline QString missingImports(const QString& source) {
    QString added;
    for (const char* module : {"threading", "logging", "time", "random", "thread"}) {
        const QString name = QString::fromLatin1(module);
        const bool used = source.contains(QRegularExpression(QStringLiteral("\\b%1\\.").arg(name)));
        const bool imported = source.contains(QRegularExpression(QStringLiteral("^import %1\\b").arg(name), QRegularExpression::MultilineOption));
        if (used && !imported) added += QStringLiteral("import %1\n").arg(name);
    }
    return added;
}

inline std::vector<TutorialProgram> tutorialPrograms() {
    const std::vector<TutorialBlock> blocks = tutorialBlocks();
    std::vector<TutorialProgram> programs;
    for (std::size_t i = 0; i < blocks.size();) {
        TutorialProgram program;
        program.firstLine = blocks[i].firstLine;
        bool pseudo = false;
        bool hasCode = false;
        std::size_t j = i;
        for (; j < blocks.size() && blocks[j].slide == blocks[i].slide; ++j) {
            if (blocks[j].isOutput) {
                for (const QString& line : blocks[j].text.split(QLatin1Char('\n'))) {
                    if (!line.trimmed().isEmpty()) program.expected << line;
                }
                continue;
            }
            hasCode = true;
            program.source += blocks[j].text;
            pseudo = pseudo || isPseudoCode(blocks[j].text);
        }
        i = j;
        if (pseudo || !hasCode) continue;
        program.addedImports = missingImports(program.source);
        program.source = program.addedImports + program.source;
        programs.push_back(program);
    }
    return programs;
}

}  // namespace ts::test
