#pragma once
// The syntax tree the parser produces and the compiler consumes (see AstExpr.h, AstStmt.h).
#include "script/syntax/AstExpr.h"
#include "script/syntax/AstStmt.h"
