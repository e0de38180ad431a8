#include "core/memory/losstemporary.h"

#include "core/model/techniques.h"

#include <algorithm>
#include <cmath>

namespace headroom::memory {

namespace {
constexpr double kTargetBytes = 8.0; // int64 labels

double nextPowerOfTwo(double x)
{
    return std::exp2(std::ceil(std::log2(std::max(1.0, x))));
}

// Liger's chunking (liger_kernel/ops/fused_linear_cross_entropy.py): inc_factor = ceil(V / H),
// chunk_size = next_power_of_2(ceil(BT / inc_factor)).
double fusedChunkRows(const LossShape &l)
{
    if (l.headInput <= 0 || l.rows <= 0)
        return l.rows; // unknown head width: no chunking assumed
    const double inc = std::ceil(l.classes / l.headInput);
    return std::min(l.rows, nextPowerOfTwo(std::ceil(l.rows / inc)));
}
} // namespace

double fusedCrossEntropyChunks(const LossShape &l)
{
    const double chunk = fusedChunkRows(l);
    return chunk > 0 ? std::ceil(l.rows / chunk) : 1.0;
}

double lossTemporaryBytes(const LossShape &l, unsigned techniques)
{
    const double lossBytes = l.lossFp32 ? 4.0 : l.outBytes;
    const double upcastBytes = (l.lossFp32 && l.outBytes != 4.0) ? 4.0 : 0.0;
    const double targets = l.rows * kTargetBytes;
    if (techniques & TechniqueFusedCrossEntropy) {
        // The input gradient (zeros_like(input)) and the head's weight gradient are allocated in
        // the forward; one chunk's logits exist at a time, computed in place in fp32.
        const double chunk = fusedChunkRows(l);
        return l.rows * l.headInput * l.outBytes + chunk * l.classes * (l.outBytes + 4.0) + l.headGradient +
               targets;
    }
    if (techniques & TechniqueChunkedCrossEntropy) {
        // torchtune: the bf16 logits of every chunk stay in the output list and every chunk's
        // saved log-softmax (loss dtype) is kept for backward; the fp32 upcast, and in backward
        // the two loss-dtype gradients and the logits' gradient, exist for one chunk at a time.
        const double perLogit = l.outBytes + lossBytes +
                                std::max(upcastBytes, 2.0 * lossBytes + l.outBytes) / kCrossEntropyChunks;
        return l.logits * perLogit + targets;
    }
    // F.cross_entropy (log_softmax + nll_loss), per logit: in the forward the logits, their fp32
    // copy (Hugging Face upcasts) and the saved log-softmax output; in its backward that output,
    // the gradient nll_loss hands back and log_softmax's input gradient, three loss-dtype tensors
    // (measured: 2 fp32 copies on top of the saved output, Llama-3.2-1B on an H200).
    const double perLogit = std::max(l.outBytes + upcastBytes + lossBytes, 3.0 * lossBytes);
    return l.logits * perLogit + targets;
}

} // namespace headroom::memory
