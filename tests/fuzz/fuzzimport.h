// What every importer fuzz target checks after an import: a rejected file names its problem and
// leaves the caller's architecture untouched; an accepted one compiles or says why not, and a
// plan built on it evaluates and survives a save/load round trip.
#pragma once

#include "core/io/planfile.h"
#include "core/results/planevaluator.h"
#include "core/simulate/modelcompiler.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace headroom::fuzz {

// The architecture an import must not touch when it fails.
inline Architecture sentinelArchitecture()
{
    Architecture a;
    a.name = QStringLiteral("untouched sentinel");
    return a;
}

inline void checkImport(bool accepted, const Architecture &arch, const QString &error)
{
    if (!accepted) {
        if (error.isEmpty() || arch != sentinelArchitecture()) {
            fprintf(stderr, "rejected without a message or with the output changed: '%s'\n",
                    qPrintable(error));
            std::abort();
        }
        return;
    }
    ModelCompiler compiler;
    const CompiledModel m = compiler.compile(arch, CompileOptions{});
    if (!m.ok()) {
        if (m.error.isEmpty())
            std::abort(); // a model that does not compile must say why
        return;
    }
    Plan plan;
    plan.name = arch.name;
    plan.architecture = arch;
    PlanEvaluator evaluator;
    const PlanEvaluation e = evaluator.evaluate(plan);
    if (e.ok())
        (void)PlanEvaluator::toJson(plan, e);

    // An imported model is saved in plan files: it must load back as it was.
    Plan again;
    QString roundTripError;
    if (!PlanFile::fromJson(PlanFile::toBytes(plan), again, &roundTripError)) {
        fprintf(stderr, "round trip failed: %s\n", qPrintable(roundTripError));
        std::abort();
    }
}

// One fuzz input through an importer (HfConfigImporter, OnnxImporter) and the checks above.
template<class Importer, class Info> int fuzzImporter(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Architecture arch = sentinelArchitecture();
    QString error;
    Info info;
    const bool accepted = Importer::import(bytes, arch, &error, &info);
    checkImport(accepted, arch, error);
    return 0;
}

} // namespace headroom::fuzz
