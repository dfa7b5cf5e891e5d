#pragma once
// A small streaming JSON writer for the report, the comparison and the Chrome trace. It writes
// keys in the order they are given (SPEC.md fixes the report's order), integers exactly,
// strings escaped with UTF-8 passed through (broken bytes become U+FFFD so the output always
// parses), and lays objects out either one per line or inline, so that large reports stay
// readable and diffable: one slice, one process, one event per line.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

class JsonWriter {
  public:
    enum class Layout { Block, Inline };

    explicit JsonWriter(std::ostream& out) : out_(out) {}

    void beginObject(Layout layout = Layout::Block);
    void endObject();
    void beginArray(Layout layout = Layout::Block);
    void endArray();

    // The key of the next value inside an object.
    JsonWriter& key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(std::int64_t number);
    void value(std::uint64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    // null when there is no number (a time never reached, a mean over no process).
    void value(const std::optional<std::int64_t>& number);
    void value(bool flag);
    void null();
    // A number already formatted by the caller (e.g. a fixed-decimal ratio), written verbatim.
    void rawNumber(std::string_view text);

    // Ends the document with a newline.
    void finish();

    static std::string escaped(std::string_view text);

  private:
    struct Level {
        Layout layout;
        bool isObject;
        bool empty = true;
    };
    void beforeValue();
    void newline();

    std::ostream& out_;
    std::vector<Level> stack_;
    bool afterKey_ = false;
};

}  // namespace ts
