#include "script/syntax/AstDumper.h"

#include <charconv>
#include <cstdio>

namespace ts::script {

using namespace ast;

namespace {

std::string quote(const std::string& value, const char* prefix) {
    std::string out = prefix;
    out += '\'';
    for (char c : value) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '\\' || c == '\'') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (u < 0x20 || u == 0x7F) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", u);
            out += hex;
        } else {
            out += c;
        }
    }
    out += '\'';
    return out;
}

std::string formatDouble(double value) {
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    if (text.find_first_of(".ena") == std::string::npos) text += ".0";
    return text;
}

}  // namespace

std::string dumpAst(const Module& module, AstDumpOptions options) {
    AstDumper dumper(options);
    dumper.module(module);
    return dumper.take();
}

std::string dumpAst(const Stmt& statement, AstDumpOptions options) {
    AstDumper dumper(options);
    dumper.statement(statement);
    return dumper.take();
}

std::string dumpAst(const Expr& expression, AstDumpOptions options) {
    AstDumper dumper(options);
    dumper.expression(expression);
    return dumper.take();
}

void AstDumper::word(const std::string& text) {
    if (!out_.empty() && out_.back() != '(') out_ += ' ';
    out_ += text;
}

void AstDumper::atom(const std::string& text, SourcePos pos) {
    word(text);
    if (options_.positions)
        out_ += '@' + std::to_string(pos.line) + ':' + std::to_string(pos.column);
}

void AstDumper::open(const char* head, SourcePos pos) {
    if (!out_.empty() && out_.back() != '(') out_ += ' ';
    out_ += '(';
    out_ += head;
    if (options_.positions)
        out_ += '@' + std::to_string(pos.line) + ':' + std::to_string(pos.column);
}

void AstDumper::optional(const ExprPtr& expression) {
    if (expression)
        this->expression(*expression);
    else
        word("_");
}

void AstDumper::module(const Module& module) {
    out_ += "(Module";
    for (const StmtPtr& statement : module.body) this->statement(*statement);
    close();
}

void AstDumper::block(const char* head, const Block& statements, bool evenIfEmpty) {
    if (statements.empty() && !evenIfEmpty) return;
    word("(");
    out_ += head;
    for (const StmtPtr& statement : statements) this->statement(*statement);
    close();
}

void AstDumper::decorators(const ExprList& list) {
    if (list.empty()) return;
    word("(decorators");
    for (const ExprPtr& decorator : list) expression(*decorator);
    close();
}

void AstDumper::parameters(const ParameterList& params) {
    word("(params");
    for (const Parameter& param : params) {
        using Kind = Parameter::Kind;
        std::string name = param.name;
        if (param.kind == Kind::VarArgs) name = "*" + name;
        if (param.kind == Kind::VarKeywords) name = "**" + name;
        if (param.kind == Kind::PositionalOnly) name += "/";
        if (param.kind == Kind::KeywordOnly) word("(kwonly");
        if (param.defaultValue) word("(=");
        if (param.annotation) {
            word("(: " + name);
            expression(*param.annotation);
            close();
        } else {
            word(name);
        }
        if (param.defaultValue) {
            expression(*param.defaultValue);
            close();
        }
        if (param.kind == Kind::KeywordOnly) close();
    }
    close();
}

void AstDumper::arguments(const ArgumentList& args) {
    for (const Argument& arg : args) {
        switch (arg.kind) {
            case Argument::Kind::Positional:
                expression(*arg.value);
                continue;
            case Argument::Kind::Keyword:
                word("(= " + arg.name);
                break;
            case Argument::Kind::Star:
                word("(*");
                break;
            case Argument::Kind::DoubleStar:
                word("(**");
                break;
        }
        expression(*arg.value);
        close();
    }
}

void AstDumper::comprehensions(const ComprehensionList& generators) {
    for (const Comprehension& clause : generators) {
        open("for", clause.pos);
        expression(*clause.target);
        expression(*clause.iter);
        for (const ExprPtr& condition : clause.conditions) {
            word("(if");
            expression(*condition);
            close();
        }
        close();
    }
}

void AstDumper::literalExpression(const Expr& e) {
    switch (e.kind) {
        case ExprKind::NoneLiteral:
            atom("None", e.pos);
            break;
        case ExprKind::EllipsisLiteral:
            atom("...", e.pos);
            break;
        case ExprKind::BoolLiteral:
            atom(e.as<BoolLiteral>().value ? "True" : "False", e.pos);
            break;
        case ExprKind::IntLiteral: {
            const auto& literal = e.as<IntLiteral>();
            atom(literal.bigDecimal.empty() ? std::to_string(literal.value) : literal.bigDecimal,
                 e.pos);
            break;
        }
        case ExprKind::FloatLiteral:
            atom(formatDouble(e.as<FloatLiteral>().value), e.pos);
            break;
        case ExprKind::ImaginaryLiteral:
            atom(formatDouble(e.as<ImaginaryLiteral>().value) + "j", e.pos);
            break;
        case ExprKind::StringLiteral: {
            const auto& literal = e.as<StringLiteral>();
            atom(quote(literal.value, literal.bytes ? "b" : literal.unicode ? "u" : ""), e.pos);
            break;
        }
        default:
            break;
    }
}

void AstDumper::expression(const Expr& e) {
    switch (e.kind) {
        case ExprKind::Name:
            atom(e.as<Name>().id, e.pos);
            return;
        case ExprKind::NoneLiteral:
        case ExprKind::EllipsisLiteral:
        case ExprKind::BoolLiteral:
        case ExprKind::IntLiteral:
        case ExprKind::FloatLiteral:
        case ExprKind::ImaginaryLiteral:
        case ExprKind::StringLiteral:
            literalExpression(e);
            return;
        case ExprKind::FString:
            open("FString", e.pos);
            for (const ExprPtr& part : e.as<FString>().parts) expression(*part);
            break;
        case ExprKind::FormattedValue: {
            const auto& field = e.as<FormattedValue>();
            open("Fmt", e.pos);
            expression(*field.value);
            if (field.conversion) word(std::string("!") + field.conversion);
            if (field.formatSpec) expression(*field.formatSpec);
            break;
        }
        case ExprKind::UnaryOp:
            open(operatorSpelling(e.as<UnaryOp>().op), e.pos);
            expression(*e.as<UnaryOp>().operand);
            break;
        case ExprKind::BinaryOp:
            open(operatorSpelling(e.as<BinaryOp>().op), e.pos);
            expression(*e.as<BinaryOp>().left);
            expression(*e.as<BinaryOp>().right);
            break;
        case ExprKind::BoolOp:
            open(operatorSpelling(e.as<BoolOp>().op), e.pos);
            for (const ExprPtr& value : e.as<BoolOp>().values) expression(*value);
            break;
        case ExprKind::Compare: {
            const auto& compare = e.as<Compare>();
            open("Compare", e.pos);
            expression(*compare.left);
            for (std::size_t i = 0; i < compare.ops.size(); ++i) {
                word(operatorSpelling(compare.ops[i]));
                expression(*compare.comparators[i]);
            }
            break;
        }
        case ExprKind::IfExp:
            open("IfExp", e.pos);
            expression(*e.as<IfExp>().test);
            expression(*e.as<IfExp>().body);
            expression(*e.as<IfExp>().orElse);
            break;
        case ExprKind::Lambda:
            open("Lambda", e.pos);
            parameters(e.as<Lambda>().params);
            expression(*e.as<Lambda>().body);
            break;
        case ExprKind::Call:
            open("Call", e.pos);
            expression(*e.as<Call>().func);
            arguments(e.as<Call>().args);
            break;
        case ExprKind::Attribute:
            open(".", e.pos);
            expression(*e.as<Attribute>().value);
            word(e.as<Attribute>().attr);
            break;
        case ExprKind::Subscript:
            open("Sub", e.pos);
            expression(*e.as<Subscript>().value);
            expression(*e.as<Subscript>().index);
            break;
        case ExprKind::Slice:
            open("Slice", e.pos);
            optional(e.as<Slice>().lower);
            optional(e.as<Slice>().upper);
            optional(e.as<Slice>().step);
            break;
        case ExprKind::Tuple:
        case ExprKind::List:
        case ExprKind::Set: {
            const ExprList& elements = e.is<Tuple>()  ? e.as<Tuple>().elements
                                       : e.is<List>() ? e.as<List>().elements
                                                      : e.as<Set>().elements;
            open(e.is<Tuple>() ? "Tuple" : e.is<List>() ? "List" : "Set", e.pos);
            for (const ExprPtr& element : elements) expression(*element);
            break;
        }
        case ExprKind::Dict: {
            const auto& dict = e.as<Dict>();
            open("Dict", e.pos);
            for (std::size_t i = 0; i < dict.keys.size(); ++i) {
                word(dict.keys[i] ? "(" : "(**");
                if (dict.keys[i]) expression(*dict.keys[i]);
                expression(*dict.values[i]);
                close();
            }
            break;
        }
        case ExprKind::ListComp:
            open("ListComp", e.pos);
            expression(*e.as<ListComp>().element);
            comprehensions(e.as<ListComp>().generators);
            break;
        case ExprKind::SetComp:
            open("SetComp", e.pos);
            expression(*e.as<SetComp>().element);
            comprehensions(e.as<SetComp>().generators);
            break;
        case ExprKind::GeneratorExp:
            open("GenExp", e.pos);
            expression(*e.as<GeneratorExp>().element);
            comprehensions(e.as<GeneratorExp>().generators);
            break;
        case ExprKind::DictComp:
            open("DictComp", e.pos);
            expression(*e.as<DictComp>().key);
            expression(*e.as<DictComp>().value);
            comprehensions(e.as<DictComp>().generators);
            break;
        case ExprKind::Starred:
            open("*", e.pos);
            expression(*e.as<Starred>().value);
            break;
        case ExprKind::Yield:
            open("Yield", e.pos);
            if (e.as<Yield>().value) expression(*e.as<Yield>().value);
            break;
        case ExprKind::YieldFrom:
            open("YieldFrom", e.pos);
            expression(*e.as<YieldFrom>().value);
            break;
        case ExprKind::NamedExpr:
            open(":=", e.pos);
            expression(*e.as<NamedExpr>().target);
            expression(*e.as<NamedExpr>().value);
            break;
        case ExprKind::Repr:
            open("Repr", e.pos);
            expression(*e.as<Repr>().value);
            break;
    }
    close();
}

}  // namespace ts::script
