#include "script/vm/ProgramRunner.h"

#include "script/compiler/Compiler.h"
#include "script/runtime/RuntimeContext.h"
#include "script/runtime/TupleObject.h"
#include "script/syntax/ProgramParser.h"
#include "script/syntax/SyntaxError.h"
#include "script/vm/Interpreter.h"

namespace ts::script {

namespace {

class CollectingSink : public OutputSink {
public:
    explicit CollectingSink(TestRunResult& result) : result_(result) {}
    void write(OutputStream stream, std::string_view text, const VmThread&, Time) override {
        (stream == OutputStream::Stdout ? result_.stdoutText : result_.stderrText) += text;
    }

private:
    TestRunResult& result_;
};

std::string lineOf(std::string_view source, int line) {
    std::size_t start = 0;
    for (int i = 1; i < line && start != std::string_view::npos; ++i) {
        start = source.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    if (start == std::string_view::npos) return {};
    std::size_t end = source.find('\n', start);
    std::string text(source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    std::size_t first = text.find_first_not_of(" \t");
    return first == std::string::npos ? std::string() : text.substr(first);
}

}  // namespace

TestRunResult runProgramForTest(std::string_view source, const std::string& fileName, PythonVersion version, VmConfig config) {
    TestRunResult result;
    RuntimeContext ctx(version);
    std::shared_ptr<const CodeObject> code;
    try {
        ast::Module module = parseProgram(source, fileName, version == PythonVersion::Python2 ? ParseMode::Python2 : ParseMode::Python3);
        code = compileModule(module, ctx, fileName);
    } catch (const SyntaxError& error) {
        result.stderrText = "  File \"" + fileName + "\", line " + std::to_string(error.line()) + "\n";
        std::string line = lineOf(source, error.line());
        if (!line.empty()) result.stderrText += "    " + line + "\n";
        result.stderrText += std::string(error.kindName()) + ": " + error.message() + "\n";
        result.exitStatus = 1;
        return result;
    }
    if (config.argv.empty()) config.argv.push_back(fileName);
    CollectingSink sink(result);
    auto interpreter = std::make_unique<Interpreter>(ctx, config, &sink);
    Interpreter& vm = *interpreter;
    vm.addSource(fileName, std::string(source));
    std::unique_ptr<VmThread> thread = vm.startMainThread(code);
    Time now = 0;
    constexpr long long kInstructionLimit = 4'000'000'000LL;
    for (;;) {
        RunOutcome outcome = vm.runThread(*thread, now, now + 10 * kMillisecond);
        now = outcome.end;
        if (outcome.after.kind == Demand::Kind::Run) {
            if (vm.totalInstructions() > kInstructionLimit) {
                result.stderrText += "timeslice: instruction limit reached\n";
                result.exitStatus = 124;
                break;
            }
            continue;
        }
        if (outcome.after.kind == Demand::Kind::Sleep) {
            now += outcome.after.amount;
            vm.resumeThread(*thread, WakeStatus::Normal, now);
            continue;
        }
        if (outcome.after.kind == Demand::Kind::Block) {
            result.stderrText += "timeslice: the main thread blocked with no other thread to wake it (deadlock)\n";
            result.exitStatus = 1;
            break;
        }
        result.exitStatus = thread->exitCode;
        break;
    }
    result.instructions = vm.totalInstructions();
    result.simulatedNs = now;
    thread.reset();
    interpreter.reset();
    code.reset();
    ctx.heap().reclaimAll();
    ctx.heap().forEachLive([&result](const Object& object) {
        const bool leaf = object.kind() == ObjectKind::Str ||
                          (object.kind() == ObjectKind::Tuple && static_cast<const TupleObject&>(object).size() == 0);
        if (!leaf) ++result.objectsLeft;
    });
    return result;
}

}  // namespace ts::script
