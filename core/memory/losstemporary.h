#pragma once

namespace headroom::memory {

// What cross-entropy needs of the output head in one training step, per GPU (before tensor
// parallelism splits the vocabulary).
struct LossShape
{
    double logits = 0;       // batch × output elements
    double rows = 0;         // positions the loss averages over (tokens)
    double classes = 1;      // vocabulary or classes
    double headInput = 0;    // the output head's input features; 0 when unknown
    double outBytes = 4;     // the logits' dtype
    bool lossFp32 = true;    // Hugging Face upcasts the logits to fp32 for the loss
    double headGradient = 0; // the head weight's gradient in bytes when it trains
};

// The loss's short-lived tensors under the plan's loss technique (core/model/techniques.h):
// plain F.cross_entropy, torchtune's chunked loss or Liger's fused linear cross-entropy.
double lossTemporaryBytes(const LossShape &l, unsigned techniques);
// Liger's chunk count for fused linear cross-entropy: about vocabulary ÷ hidden.
double fusedCrossEntropyChunks(const LossShape &l);

} // namespace headroom::memory
