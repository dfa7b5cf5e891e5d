#pragma once
// Prints a Markdown text (an exercise sheet, its answer key) to a PDF file through Qt's
// printing: QTextDocument lays it out, QPdfWriter pages it. Callable from the command line,
// where no Qt application runs yet: it brings up its own, painting offscreen, for the call.
#include <string>

namespace ts::ui {

class MarkdownPdfWriter {
public:
    // Writes `markdown` to `path` with `title` in the PDF's properties. Returns false and sets
    // `error` when the file cannot be written.
    static bool write(const std::string& markdown, const std::string& path,
                      const std::string& title, std::string* error);
};

}  // namespace ts::ui
