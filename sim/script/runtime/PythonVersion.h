#pragma once
// Which CPython the runtime imitates where 2.7 and 3.11 differ (division, round, str(float),
// repr of sets and ranges, dict views, mixed-type ordering). The enum itself is the one the
// parser uses, so a program's version flows from parsing to execution unchanged.
#include "script/syntax/PythonVersion.h"
