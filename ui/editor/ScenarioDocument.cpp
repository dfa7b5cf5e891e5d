#include "editor/ScenarioDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextDocument>

#include "scenario/WorkloadLoader.h"

namespace ts::ui {
namespace {

void setError(QString* error, const QString& message) {
    if (error) *error = message;
}

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

}  // namespace

ScenarioDocument::ScenarioDocument(QObject* parent)
    : QObject(parent), text_(new QTextDocument(this)) {
    // A QPlainTextEdit shows only documents with this layout.
    text_->setDocumentLayout(new QPlainTextDocumentLayout(text_));
    connect(text_, &QTextDocument::modificationChanged, this,
            &ScenarioDocument::modificationChanged);
}

QString ScenarioDocument::plainText() const {
    // Not toPlainText(): it turns no-break spaces into spaces, and the file must get back
    // exactly the characters it had.
    QString text = text_->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

bool ScenarioDocument::isModified() const {
    return text_->isModified();
}

QString ScenarioDocument::displayName() const {
    return path_.isEmpty() ? suggestedName_ : QFileInfo(path_).fileName();
}

QString ScenarioDocument::runPath() const {
    return path_.isEmpty() ? suggestedName_ : path_;
}

bool ScenarioDocument::load(const QString& path, QString* error) {
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        setError(error, tr("Cannot open %1: it is a folder.").arg(shown(path)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot open %1: %2.").arg(shown(path), file.errorString()));
        return false;
    }
    if (file.size() > static_cast<qint64>(kMaxScenarioFileBytes)) {
        setError(error, tr("Cannot open %1: a scenario may have at most %2 MiB.")
                            .arg(shown(path))
                            .arg(kMaxScenarioFileBytes / (1024 * 1024)));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        setError(error, tr("Cannot read %1: %2.").arg(shown(path), file.errorString()));
        return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Editing would replace the undecodable bytes, and saving would then change them.
        setError(error, tr("Cannot edit %1: it is not UTF-8 text.").arg(shown(path)));
        return false;
    }
    crlf_ = text.contains(QStringLiteral("\r\n"));
    if (crlf_) text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    kind_ = scenarioKindOf(path);
    suggestedName_.clear();
    replaceText(text, false);
    setPath(QFileInfo(path).absoluteFilePath());
    return true;
}

void ScenarioDocument::startUntitled(ScenarioKind kind, const QString& suggestedName,
                                     const QString& text) {
    kind_ = kind;
    crlf_ = false;
    suggestedName_ = suggestedName;
    replaceText(text, false);
    setPath({});
}

void ScenarioDocument::restore(const QString& path, const QString& name, ScenarioKind kind,
                               const QString& text) {
    kind_ = path.isEmpty() ? kind : scenarioKindOf(path);
    crlf_ = false;
    suggestedName_.clear();
    if (path.isEmpty()) {
        suggestedName_ =
            name.isEmpty() ? QStringLiteral("recovered") + scenarioExtension(kind) : name;
    }
    replaceText(text, true);
    setPath(path);
}

bool ScenarioDocument::save(QString* error) {
    if (path_.isEmpty()) {
        setError(error,
                 tr("%1 has not been saved yet: choose where to save it.").arg(displayName()));
        return false;
    }
    if (!write(path_, error)) return false;
    text_->setModified(false);
    emit saved(path_);
    return true;
}

bool ScenarioDocument::saveAs(const QString& path, QString* error) {
    if (!write(path, error)) return false;
    kind_ = scenarioKindOf(path);
    suggestedName_.clear();
    setPath(QFileInfo(path).absoluteFilePath());
    text_->setModified(false);
    emit saved(path_);
    return true;
}

void ScenarioDocument::replaceText(const QString& text, bool modified) {
    text_->setPlainText(text);  // clears the undo history, but leaves the document modified
    // Setting the flag also marks this as the state an undo returns to unmodified.
    text_->setModified(true);
    if (!modified) text_->setModified(false);
    emit textReplaced();
}

void ScenarioDocument::setPath(const QString& path) {
    path_ = path;
    emit pathChanged(path_);
}

bool ScenarioDocument::write(const QString& path, QString* error) const {
    QString text = plainText();
    if (crlf_) text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    const QByteArray bytes = text.toUtf8();
    const QString unchanged = QFileInfo::exists(path) ? tr("The file on disk was not changed.")
                                                      : tr("Nothing was written.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        setError(error,
                 tr("Could not save %1: %2. %3").arg(shown(path), file.errorString(), unchanged));
        return false;
    }
    // A write the disk cuts short (full, or over a size limit) returns less than asked and no
    // error; writing the rest then fails with the reason (ENOSPC, EFBIG) in errorString().
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            setError(error, tr("Could not save %1: %2. %3").arg(shown(path), reason, unchanged));
            return false;
        }
        done += n;
    }
    if (!file.commit()) {
        setError(error,
                 tr("Could not save %1: %2. %3").arg(shown(path), file.errorString(), unchanged));
        return false;
    }
    return true;
}

}  // namespace ts::ui
