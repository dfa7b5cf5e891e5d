#pragma once
// What the runtime's tests share: reading a Python literal into a Value, and describing an
// operation's outcome as the tests compare it (the value's repr, or "!Kind: message").
#include <QByteArray>
#include <QtGlobal>

#include "script/runtime/LiteralReader.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/TextConversion.h"

namespace ts::script::test {

inline QByteArray outcome(RuntimeContext& ctx, const Value& v) {
    if (v.isError()) return QByteArray("!") + QByteArray::fromStdString(ctx.error().describe());
    std::string text;
    if (!TextConversion::appendRepr(ctx, v, text))
        return QByteArray("!") + QByteArray::fromStdString(ctx.error().describe());
    return QByteArray::fromStdString(text);
}

inline Value literal(RuntimeContext& ctx, const QByteArray& text) {
    Value v = LiteralReader::parse(ctx, text.toStdString());
    if (v.isError()) qWarning("bad literal %s: %s", text.constData(), ctx.error().describe().c_str());
    return v;
}

}  // namespace ts::script::test
