#include "script/vm/Opcode.h"

#include <array>

namespace ts::script {
namespace {

// In enum order; the static_assert below catches an opcode added without a name.
constexpr std::array kOpcodeNames = {
    "NOP",
    "POP_TOP", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "DUP_TOP", "DUP_TOP_TWO",
    "LOAD_CONST",
    "LOAD_FAST", "STORE_FAST", "DELETE_FAST",
    "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL",
    "LOAD_NAME", "STORE_NAME", "DELETE_NAME",
    "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF",
    "LOAD_CLOSURE",
    "LOAD_CLASSDEREF",
    "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR",
    "LOAD_METHOD", "CALL_METHOD",
    "UNARY_OP", "BINARY_OP", "INPLACE_OP",
    "COMPARE_OP",
    "IS_OP",
    "CONTAINS_OP",
    "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR",
    "BUILD_SLICE",
    "JUMP",
    "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
    "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP",
    "GET_ITER",
    "FOR_ITER",
    "RETURN_VALUE",
    "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP",
    "BUILD_CONST_KEY_MAP",
    "BUILD_STRING",
    "FORMAT_VALUE",
    "LIST_APPEND", "SET_ADD", "MAP_ADD",
    "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE",
    "LIST_TO_TUPLE",
    "UNPACK_SEQUENCE",
    "UNPACK_EX",
    "CALL_FUNCTION",
    "CALL_FUNCTION_KW",
    "CALL_FUNCTION_EX",
    "MAKE_FUNCTION",
    "LOAD_BUILD_CLASS",
    "SETUP_FINALLY",
    "SETUP_WITH",
    "POP_BLOCK",
    "POP_EXCEPT",
    "RERAISE",
    "RAISE_VARARGS",
    "JUMP_IF_NOT_EXC_MATCH",
    "WITH_EXCEPT_START",
    "LOAD_ASSERTION_ERROR",
    "IMPORT_NAME",
    "IMPORT_FROM",
    "IMPORT_STAR",
    "PRINT_ITEM",
    "PRINT_NEWLINE",
    "PRINT_ITEM_TO",
    "PRINT_NEWLINE_TO",
    "YIELD_VALUE",
    "SETUP_ANNOTATIONS",
    "GET_YIELD_FROM_ITER",
    "YIELD_FROM",
};
static_assert(kOpcodeNames.size() == static_cast<std::size_t>(Opcode::Count_),
              "every opcode needs a name");

}  // namespace

const char* opcodeName(Opcode op) {
    const auto index = static_cast<std::size_t>(op);
    return index < kOpcodeNames.size() ? kOpcodeNames[index] : "<invalid opcode>";
}

}  // namespace ts::script
