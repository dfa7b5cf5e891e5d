#include "scenario/CaptionJsonReader.h"

#include <algorithm>
#include <string_view>

#include "scenario/Duration.h"
#include "scenario/InputError.h"
#include "scenario/Suggestion.h"

namespace ts {
namespace {

constexpr std::string_view kCaptionKeys[] = {"at",     "on",   "thread", "occurrence",
                                             "reason", "text", "pause"};

class CaptionJsonReader {
  public:
    CaptionJsonReader(const WorkloadSpec& spec, const std::string& unit)
        : spec_(spec), unit_(unit) {
        for (const ProcessSpec& p : spec.processes) {
            names_.push_back(p.name);
            for (const ThreadSpec& t : p.threads) {
                if (t.name != p.name) names_.push_back(t.name);
            }
        }
    }

    std::vector<Caption> read(const JsonValue& list) const {
        if (!list.isArray())
            fail(list.pos(), std::string("'captions' must be an array, found ") + list.describe());
        std::vector<Caption> captions;
        for (const JsonValue& element : list.asArray()) captions.push_back(readCaption(element));
        return captions;
    }

  private:
    [[noreturn]] void fail(SourcePos pos, const std::string& message) const {
        throw InputError(spec_.path, pos, message);
    }

    std::string readString(const JsonValue& value, const std::string& what) const {
        if (!value.isString())
            fail(value.pos(), what + " must be a string, found " + value.describe());
        return value.asString();
    }

    Caption readCaption(const JsonValue& value) const {
        if (!value.isObject()) {
            fail(
                value.pos(),
                std::string(
                    "a caption must be an object such as {\"at\": 12, \"text\": \"...\"}, found ") +
                    value.describe());
        }
        for (const JsonValue::Member& member : value.asObject()) {
            if (std::find(std::begin(kCaptionKeys), std::end(kCaptionKeys), member.key) ==
                std::end(kCaptionKeys)) {
                fail(member.keyPos, "unknown key '" + member.key + "' in a caption" +
                                        suggestWord(member.key, kCaptionKeys));
            }
        }
        Caption caption;
        caption.pos = value.pos();
        const JsonValue::Member* at = value.find("at");
        const JsonValue::Member* on = value.find("on");
        if (at && on) {
            const JsonValue::Member* second =
                at->keyPos.line > on->keyPos.line || (at->keyPos.line == on->keyPos.line &&
                                                      at->keyPos.column > on->keyPos.column)
                    ? at
                    : on;
            fail(second->keyPos,
                 "a caption has either \"at\" (a time) or \"on\" (an event), not both");
        }
        if (!at && !on) fail(value.pos(), "a caption needs \"at\" (a time) or \"on\" (an event)");
        if (at) {
            readTime(at->value, caption);
        } else {
            readEvent(on->value, caption);
        }
        readDetails(value, caption);
        const JsonValue::Member* text = value.find("text");
        if (!text) fail(value.pos(), "a caption needs \"text\"");
        caption.text = readString(text->value, "'text'");
        if (caption.text.find_first_not_of(" \t\r\n") == std::string::npos) {
            fail(text->value.pos(), "a caption's 'text' must not be empty");
        }
        if (const JsonValue::Member* pause = value.find("pause")) {
            if (!pause->value.isBool()) {
                fail(pause->value.pos(), std::string("'pause' must be true or false, found ") +
                                             pause->value.describe());
            }
            caption.pause = pause->value.asBool();
        }
        return caption;
    }

    void readTime(const JsonValue& value, Caption& caption) const {
        std::string error;
        std::optional<Time> t;
        if (value.isNumber()) {
            t = parseDuration(value.numberText(), unit_, &error);
        } else if (value.isString()) {
            t = parseDuration(value.asString(), unit_, &error);
        } else {
            fail(value.pos(), "'at' must be a time (a number in " + unit_ +
                                  " or a string such as \"4ms\"), found " + value.describe());
        }
        if (!t) fail(value.pos(), "'at': " + error);
        caption.trigger = CaptionTrigger::At;
        caption.at = *t;
    }

    void readEvent(const JsonValue& value, Caption& caption) const {
        const std::string word = readString(value, "'on'");
        const auto event = captionEventNamed(word);
        if (!event)
            fail(value.pos(),
                 "unknown caption event '" + word + "'" + suggestWord(word, captionEventWords()));
        if (*event == CaptionTrigger::Line) {
            fail(value.pos(),
                 "'line' captions are for programs (.py files); a workload has no source lines");
        }
        caption.trigger = *event;
    }

    // "thread", "occurrence" and "reason", which only events take.
    void readDetails(const JsonValue& value, Caption& caption) const {
        const bool isTime = caption.trigger == CaptionTrigger::At;
        for (const JsonValue::Member& member : value.asObject()) {
            const bool eventKey =
                member.key == "thread" || member.key == "occurrence" || member.key == "reason";
            if (eventKey && isTime) {
                fail(member.keyPos,
                     "'" + member.key +
                         "' belongs to a caption \"on\" an event, not one \"at\" a time");
            }
        }
        if (const JsonValue::Member* thread = value.find("thread")) {
            caption.thread = readString(thread->value, "'thread'");
            checkName(thread->value.pos(), caption);
        }
        if (const JsonValue::Member* occurrence = value.find("occurrence")) {
            const JsonValue& n = occurrence->value;
            if (!n.isInteger() || n.asInteger() < 1 || n.asInteger() > 1000000000) {
                fail(n.pos(),
                     "'occurrence' must be a whole number from 1 (the first such event is 1)");
            }
            caption.occurrence = static_cast<int>(n.asInteger());
        }
        if (const JsonValue::Member* reason = value.find("reason")) {
            if (!captionTakesReason(caption.trigger)) {
                fail(reason->keyPos,
                     std::string("'reason' applies to \"block\" and \"wake\" captions, not \"") +
                         captionTriggerName(caption.trigger) + "\"");
            }
            const std::string word = readString(reason->value, "'reason'");
            caption.reason = blockReasonNamed(word);
            if (!caption.reason) {
                fail(reason->value.pos(),
                     "unknown block reason '" + word + "'" + suggestWord(word, blockReasonWords()));
            }
        }
    }

    // A workload's threads are all known before it runs, so a name that matches none is a slip.
    void checkName(SourcePos pos, const Caption& caption) const {
        if (caption.thread.empty())
            fail(pos, "'thread' must not be empty (leave it out for any thread)");
        if (caption.trigger == CaptionTrigger::DeadlineMiss) {
            for (const ProcessSpec& p : spec_.processes) {
                if (p.name == caption.thread && p.period > 0) return;
            }
            fail(pos,
                 "'" + caption.thread +
                     "' is not a periodic task (one with a 'period'); only those miss deadlines");
        }
        if (std::find(names_.begin(), names_.end(), caption.thread) != names_.end()) return;
        std::vector<std::string_view> candidates(names_.begin(), names_.end());
        fail(pos, "no thread or process named '" + caption.thread + "' in this workload" +
                      suggestWord(caption.thread, candidates));
    }

    const WorkloadSpec& spec_;
    const std::string& unit_;
    std::vector<std::string> names_;
};

}  // namespace

std::vector<Caption> readWorkloadCaptions(const JsonValue& captions, const WorkloadSpec& spec,
                                          const std::string& unit) {
    return CaptionJsonReader(spec, unit).read(captions);
}

}  // namespace ts
