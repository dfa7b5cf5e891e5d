#pragma once
// One field of a CSV file as RFC 4180 writes it: quoted when it holds a comma, a quote or a line
// break, its quotes doubled. Every CSV the command line writes goes through here.
#include <string>

namespace ts::app {

std::string csvField(const std::string& text);

}  // namespace ts::app
