#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace headroom {

// Memory techniques today's trainers use to fit, each an explicit choice of the plan (bit flags
// in Workload::techniques) with the implementation it follows.
enum Technique : unsigned {
    // torchtune's CEWithChunkedOutputLoss: the output head and the fp32 loss run in 8 chunks.
    TechniqueChunkedCrossEntropy = 1u << 0,
    // Liger's / Unsloth's fused linear cross-entropy: logits exist one chunk at a time.
    TechniqueFusedCrossEntropy = 1u << 1,
    // torchtune's optimizer_in_bwd: each parameter is stepped as soon as its gradient is complete.
    TechniqueOptimizerInBackward = 1u << 2,
    // torchtune's enable_activation_offloading (torch.autograd.graph.saved_tensors_hooks to
    // pinned host memory, one layer kept on the GPU).
    TechniqueActivationOffload = 1u << 3,
};

struct TechniqueInfo
{
    Technique technique;
    const char *id;     // file, CLI and JSON name
    const char *label;  // translated through the "Technique" context
    const char *source; // what it follows, translated through the "Technique" context
};

const std::vector<TechniqueInfo> &techniqueTable();
std::optional<Technique> techniqueFromId(const QString &id);
QString techniqueId(Technique t);
QString techniqueLabel(Technique t);  // translated
QString techniqueSource(Technique t); // translated
// "chunked_ce, optimizer_in_backward": every id, for messages and --help.
QString techniqueIdList();
// The labels of the chosen techniques joined by ", " (translated); empty for none.
QString techniqueLabels(unsigned techniques);

// torchtune's default num_output_chunks (torchtune/modules/transformer.py).
constexpr int kCrossEntropyChunks = 8;

} // namespace headroom
