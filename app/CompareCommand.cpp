#include "CompareCommand.h"

#include <optional>

#include "ComparisonOutput.h"
#include "ExitStatus.h"
#include "OutputFile.h"
#include "ScenarioFile.h"
#include "TableOutputs.h"
#include "UsageError.h"
#include "classroom/PolicyComparison.h"

namespace ts::app {

CompareCommand::CompareCommand(const CompareRequest& request, std::ostream& out)
    : request_(request), out_(out) {}

int CompareCommand::execute() {
    if (ScenarioFile::formatOf(request_.file) == ScenarioFile::Format::Program) {
        // Comparing policies on a program waits for the interpreter, like running one.
        ScenarioFile::programsUnsupported(request_.file);
    }
    WorkloadSpec spec = ScenarioFile::loadWorkload(request_.file);
    request_.overrides.applyTo(spec);

    std::optional<OutputFile> csv;
    std::optional<OutputFile> json;
    if (request_.csvPath) csv.emplace(*request_.csvPath);
    if (request_.jsonPath) json.emplace(*request_.jsonPath);

    std::vector<ComparisonRow> rows;
    try {
        rows = PolicyComparison::run(spec, request_.policies, [](const WorkloadSpec& variant) {
            ScenarioFile::requireRunnable(variant);
        });
    } catch (const MissingQuantum& missing) {
        const std::string& name = missing.policy();
        throw UsageError("compare", "policy '" + name + "' needs a quantum and " + spec.path +
                                        " gives none; write " + name +
                                        ":4ms in --policies, or add --quantum 4ms");
    }
    const ComparisonOutput output(spec, rows);
    const bool stdoutTaken = (request_.csvPath && OutputFile::isStdout(*request_.csvPath)) ||
                             (request_.jsonPath && OutputFile::isStdout(*request_.jsonPath));
    writeTableOutputs(out_, output, csv, json, stdoutTaken, request_.quiet);
    return kExitOk;
}

}  // namespace ts::app
