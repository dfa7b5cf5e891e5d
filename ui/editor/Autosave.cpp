#include "editor/Autosave.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUuid>
#include <algorithm>

#include "editor/ScenarioDocument.h"

namespace ts::ui {
namespace {

constexpr int kFormat = 1;

QString kindName(ScenarioKind kind) {
    return kind == ScenarioKind::Program ? QStringLiteral("program") : QStringLiteral("workload");
}

QString entryFileFor(const QString& id) {
    return Autosave::directory() + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString lockFileFor(const QString& id) {
    return Autosave::directory() + QLatin1Char('/') + id + QStringLiteral(".lock");
}

}  // namespace

Autosave::Autosave(ScenarioDocument& document, QObject* parent)
    : QObject(parent),
      document_(document),
      id_(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    timer_.setSingleShot(true);
    timer_.setInterval(kIntervalMs);
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (document_.isModified()) writeNow();
    });
    connect(document_.text(), &QTextDocument::contentsChanged, this, &Autosave::scheduleWrite);
    connect(&document_, &ScenarioDocument::modificationChanged, this, [this](bool modified) {
        if (modified) {
            scheduleWrite();
        } else {
            discard();  // saved, or undone back to the saved text
        }
    });
    connect(&document_, &ScenarioDocument::pathChanged, this, [this] {
        // Another file (or a new one) is in the editor now: the old copy is not its text.
        discard();
        if (document_.isModified()) scheduleWrite();
    });
}

Autosave::~Autosave() {
    discard();
}

QString Autosave::entryFile() const {
    return entryFileFor(id_);
}

bool Autosave::hasEntry() const {
    return QFile::exists(entryFile());
}

void Autosave::scheduleWrite() {
    // Not restarted by each keystroke, or steady typing would never be saved.
    if (!timer_.isActive()) timer_.start();
}

bool Autosave::writeNow() {
    timer_.stop();
    if (!QDir().mkpath(directory())) {
        emit failed(
            tr("Cannot create the autosave folder %1.").arg(QDir::toNativeSeparators(directory())));
        return false;
    }
    if (!lock_) {
        lock_ = std::make_unique<QLockFile>(lockFileFor(id_));
        if (!lock_->tryLock(0)) {
            lock_.reset();
            emit failed(
                tr("Cannot lock the autosave file %1.").arg(QDir::toNativeSeparators(entryFile())));
            return false;
        }
    }
    QJsonObject entry;
    entry.insert(QStringLiteral("format"), kFormat);
    entry.insert(QStringLiteral("path"), document_.path());
    entry.insert(QStringLiteral("name"), document_.displayName());
    entry.insert(QStringLiteral("kind"), kindName(document_.kind()));
    entry.insert(QStringLiteral("savedAt"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    entry.insert(QStringLiteral("text"), document_.plainText());
    QSaveFile file(entryFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(entry).toJson()) < 0 ||
        !file.commit()) {
        emit failed(tr("Autosave failed: %1.").arg(file.errorString()));
        return false;
    }
    emit written(entryFile());
    return true;
}

void Autosave::discard() {
    timer_.stop();
    QFile::remove(entryFile());
    lock_.reset();  // unlocking removes the lock file
}

QString Autosave::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

QList<Autosave::Entry> Autosave::pending() {
    QList<Entry> entries;
    const QDir dir(directory());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& fileName : files) {
        const QString id = fileName.chopped(5);
        // A live process holds its copy's lock; the lock of a dead one is stale and given up.
        QLockFile lock(lockFileFor(id));
        if (!lock.tryLock(0)) continue;
        lock.unlock();
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        if (o.value(QStringLiteral("format")).toInt() != kFormat) continue;
        Entry e;
        e.id = id;
        e.path = o.value(QStringLiteral("path")).toString();
        e.name = o.value(QStringLiteral("name")).toString();
        e.kind = o.value(QStringLiteral("kind")).toString() == kindName(ScenarioKind::Program)
                     ? ScenarioKind::Program
                     : ScenarioKind::Workload;
        e.text = o.value(QStringLiteral("text")).toString();
        e.savedAt =
            QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        entries.push_back(e);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.savedAt < b.savedAt; });
    return entries;
}

bool Autosave::remove(const QString& id) {
    return QFile::remove(entryFileFor(id));
}

}  // namespace ts::ui
