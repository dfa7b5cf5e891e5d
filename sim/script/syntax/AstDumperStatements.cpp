// Statement half of AstDumper (expressions are in AstDumper.cpp).
#include "script/syntax/AstDumper.h"

namespace ts::script {

using namespace ast;

void AstDumper::statement(const Stmt& s) {
    switch (s.kind) {
        case StmtKind::ExprStmt:
            open("Expr", s.pos);
            expression(*s.as<ExprStmt>().value);
            break;
        case StmtKind::Assign:
            open("Assign", s.pos);
            for (const ExprPtr& target : s.as<Assign>().targets) {
                expression(*target);
                word("=");
            }
            expression(*s.as<Assign>().value);
            break;
        case StmtKind::AugAssign:
            open("AugAssign", s.pos);
            expression(*s.as<AugAssign>().target);
            word(std::string(operatorSpelling(s.as<AugAssign>().op)) + "=");
            expression(*s.as<AugAssign>().value);
            break;
        case StmtKind::AnnAssign:
            open("AnnAssign", s.pos);
            expression(*s.as<AnnAssign>().target);
            expression(*s.as<AnnAssign>().annotation);
            if (s.as<AnnAssign>().value) expression(*s.as<AnnAssign>().value);
            break;
        case StmtKind::Pass:
            open("Pass", s.pos);
            break;
        case StmtKind::Break:
            open("Break", s.pos);
            break;
        case StmtKind::Continue:
            open("Continue", s.pos);
            break;
        case StmtKind::Return:
            open("Return", s.pos);
            if (s.as<Return>().value) expression(*s.as<Return>().value);
            break;
        case StmtKind::Delete:
            open("Del", s.pos);
            for (const ExprPtr& target : s.as<Delete>().targets) expression(*target);
            break;
        case StmtKind::Global:
        case StmtKind::Nonlocal: {
            bool global = s.is<Global>();
            open(global ? "Global" : "Nonlocal", s.pos);
            for (const std::string& name : global ? s.as<Global>().names : s.as<Nonlocal>().names)
                word(name);
            break;
        }
        case StmtKind::Assert:
            open("Assert", s.pos);
            expression(*s.as<Assert>().test);
            if (s.as<Assert>().message) expression(*s.as<Assert>().message);
            break;
        case StmtKind::Raise: {
            const auto& raise = s.as<Raise>();
            open("Raise", s.pos);
            if (raise.exception) expression(*raise.exception);
            if (raise.cause) {
                word("from");
                expression(*raise.cause);
            }
            if (raise.legacyValue) {
                word(",");
                expression(*raise.legacyValue);
            }
            if (raise.legacyTraceback) {
                word(",");
                expression(*raise.legacyTraceback);
            }
            break;
        }
        case StmtKind::Import:
        case StmtKind::ImportFrom: {
            bool from = s.is<ImportFrom>();
            const auto& names = from ? s.as<ImportFrom>().names : s.as<Import>().names;
            open(from ? "From" : "Import", s.pos);
            if (from)
                word(std::string(static_cast<std::size_t>(s.as<ImportFrom>().level), '.') +
                     s.as<ImportFrom>().module);
            for (const ImportAlias& alias : names) {
                if (alias.asName.empty())
                    word(alias.name);
                else
                    word("(" + alias.name + " as " + alias.asName + ")");
            }
            break;
        }
        case StmtKind::Print: {
            const auto& print = s.as<Print>();
            open("Print", s.pos);
            if (print.destination) {
                word("(>>");
                expression(*print.destination);
                close();
            }
            for (const ExprPtr& value : print.values) expression(*value);
            if (!print.newline) word(",");
            break;
        }
        case StmtKind::Exec: {
            const auto& exec = s.as<Exec>();
            open("Exec", s.pos);
            expression(*exec.body);
            if (exec.globals) {
                word("(in");
                expression(*exec.globals);
                if (exec.locals) expression(*exec.locals);
                close();
            }
            break;
        }
        default:
            compoundStatement(s);
            return;
    }
    close();
}

void AstDumper::compoundStatement(const Stmt& s) {
    switch (s.kind) {
        case StmtKind::If:
            open("If", s.pos);
            expression(*s.as<If>().test);
            block("body", s.as<If>().body, true);
            block("else", s.as<If>().orElse);
            break;
        case StmtKind::While:
            open("While", s.pos);
            expression(*s.as<While>().test);
            block("body", s.as<While>().body, true);
            block("else", s.as<While>().orElse);
            break;
        case StmtKind::For:
            open("For", s.pos);
            expression(*s.as<For>().target);
            expression(*s.as<For>().iter);
            block("body", s.as<For>().body, true);
            block("else", s.as<For>().orElse);
            break;
        case StmtKind::Try: {
            const auto& node = s.as<Try>();
            open("Try", s.pos);
            block("body", node.body, true);
            for (const ExceptHandler& handler : node.handlers) {
                open("except", handler.pos);
                if (handler.type) expression(*handler.type);
                if (!handler.name.empty()) word("as " + handler.name);
                block("body", handler.body, true);
                close();
            }
            block("else", node.orElse);
            block("finally", node.finalBody);
            break;
        }
        case StmtKind::With:
            open("With", s.pos);
            for (const WithItem& item : s.as<With>().items) {
                word("(item");
                expression(*item.context);
                if (item.target) {
                    word("as");
                    expression(*item.target);
                }
                close();
            }
            block("body", s.as<With>().body, true);
            break;
        case StmtKind::FunctionDef: {
            const auto& def = s.as<FunctionDef>();
            open("Def", s.pos);
            word(def.name);
            parameters(def.params);
            if (def.returns) {
                word("(->");
                expression(*def.returns);
                close();
            }
            decorators(def.decorators);
            if (def.isGenerator) word("generator");
            block("body", def.body, true);
            break;
        }
        case StmtKind::ClassDef: {
            const auto& cls = s.as<ClassDef>();
            open("Class", s.pos);
            word(cls.name);
            if (!cls.bases.empty()) {
                word("(bases");
                arguments(cls.bases);
                close();
            }
            decorators(cls.decorators);
            block("body", cls.body, true);
            break;
        }
        default:
            open("?", s.pos);
            break;
    }
    close();
}

}  // namespace ts::script
