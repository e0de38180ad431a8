#pragma once

#include "core/common/enumnames.h"
#include "core/model/assumptions.h"
#include "core/model/workload.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace headroom {

// A runtime profile is a named bundle of what one framework (and version) does by default: how it
// frees gradients, which optimizer kernel it runs, whether it keeps fp32 master weights, its loss
// and attention kernels, the CUDA context of its era. Choosing one sets those fields; the plan keeps
// the profile's id, and every estimate says which profile it assumes and what was edited since.
struct RuntimeProfileInfo
{
    RuntimeProfile profile;
    const char *id;     // file, CLI and JSON name
    const char *label;  // translated through the "RuntimeProfile" context
    const char *source; // what it follows, translated through the "RuntimeProfile" context
    // What the profile sets; an unset field is left as the plan has it.
    std::optional<bool> gradientsFreed;     // zero_grad(set_to_none=True)
    std::optional<bool> optimizerTemporary; // foreach optimizer's full-size temporary
    std::optional<bool> masterWeights;      // fp32 master copy for pure 16-bit training
    std::optional<Precision> precision;     // training and fine-tuning only
    std::optional<bool> fusedAttention;     // SDPA/FlashAttention instead of eager
    std::optional<bool> lossInFp32;
    std::optional<double> cudaContextMiB;
    std::optional<unsigned> techniques; // the memory techniques it turns on (exactly these)
    std::optional<double> loraDropout;
};

template<> std::span<const EnumName<RuntimeProfile>> enumNames<RuntimeProfile>();

const RuntimeProfileInfo &runtimeProfileInfo(RuntimeProfile p);
QString runtimeProfileId(RuntimeProfile p);
std::optional<RuntimeProfile> runtimeProfileFromId(const QString &id);
QString runtimeProfileName(RuntimeProfile p);   // translated
QString runtimeProfileSource(RuntimeProfile p); // translated

// Sets every field the profile defines and records the profile in the workload.
void applyRuntimeProfile(RuntimeProfile p, Workload &w, Assumptions &a);
// The translated names of the fields that differ from what the plan's profile sets.
QStringList runtimeProfileEdits(const Workload &w, const Assumptions &a);
// "torchtune" or "torchtune (edited: master weights)": what an estimate assumes.
QString runtimeProfileSummary(const Workload &w, const Assumptions &a);

class RuntimeProfileText
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeProfile)
};

} // namespace headroom
