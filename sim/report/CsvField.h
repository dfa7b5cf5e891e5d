#pragma once
// One field of a CSV file as RFC 4180 writes it: quoted when it holds a comma, a quote or a line
// break, its quotes doubled. Every CSV timeslice writes (command line and GUI) goes
// through here.
#include <string>

namespace ts {

std::string csvField(const std::string& text);

}  // namespace ts
