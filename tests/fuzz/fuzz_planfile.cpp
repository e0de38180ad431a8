// Fuzzes the plan reader, then everything a loaded plan goes through: any plan PlanFile accepts
// must evaluate without a crash, and what it saves must load again.
#include "core/io/planfile.h"
#include "core/results/planevaluator.h"

#include <cstdlib>

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Plan plan;
    QString error;
    if (!PlanFile::fromJson(bytes, plan, &error)) {
        if (error.isEmpty())
            std::abort(); // a rejection must say why
        return 0;
    }
    PlanEvaluator evaluator;
    const PlanEvaluation e = evaluator.evaluate(plan);
    if (e.ok())
        (void)PlanEvaluator::toJson(plan, e);

    // Round trip: a plan Headroom wrote must be one it reads back.
    Plan again;
    if (!PlanFile::fromJson(PlanFile::toBytes(plan), again, &error)) {
        fprintf(stderr, "round trip failed: %s\n", qPrintable(error));
        std::abort();
    }
    return 0;
}
