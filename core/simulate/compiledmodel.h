#pragma once

#include "core/model/architecture.h"

#include <QString>
#include <vector>

namespace headroom {

// Sizes (elements, bytes, parameters) are exact integers up to 2^53, the range a double holds
// exactly; bytes are summed in double. Products of sizes saturate just above the limit instead
// of wrapping around, so an absurd architecture is reported with a message, never computed
// with overflowed (undefined) arithmetic.
constexpr qint64 kSizeLimit = qint64(1) << 53;
constexpr qint64 kSizeOver = kSizeLimit + 1; // "more than the limit"

inline qint64 sizeMul(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_mul_overflow(a, b, &r) || r > kSizeLimit || r < -kSizeLimit)
        return kSizeOver;
    return r;
}
inline qint64 sizeAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r) || r > kSizeLimit || r < -kSizeLimit)
        return kSizeOver;
    return r;
}

// A per-sample tensor shape (the batch dimension is left out): [C,H,W] images, [S,H] sequences,
// [S] token ids, [F] vectors.
struct Shape
{
    int rank = 0;
    qint64 d[3] = {1, 1, 1};

    qint64 elements() const { return sizeMul(sizeMul(d[0], d[1]), d[2]); }
    qint64 last() const { return rank > 0 ? d[rank - 1] : 1; }
    QString toString() const; // "3×224×224"
    bool operator==(const Shape &o) const
    {
        return rank == o.rank && d[0] == o.d[0] && d[1] == o.d[1] && d[2] == o.d[2];
    }
};

// One node of the architecture after shape propagation. Rows are in pre-order; composites carry
// the totals of their subtree. Bytes and FLOPs are per sample, summed over every instance the
// node runs (a layer in a block repeated 80 times counts 80 times).
struct LayerRow
{
    const Node *node = nullptr; // points into the compiled Architecture: valid while it is unchanged
    int parent = -1;            // row index of the enclosing composite, -1 at the top
    int depth = 0;
    qint64 instances = 1; // how many times this node runs per forward pass
    Shape output;
    qint64 paramsPerInstance = 0;
    double savedBytes = 0;      // bytes autograd keeps for backward, per sample, all instances
    double savedFixedBytes = 0; // batch-independent part (position ids, batch-norm statistics)
    double flops = 0;           // forward FLOPs per sample, all instances

    QString displayName() const; // built on demand: the node's name or its kind
};

// What the memory model needs from an architecture under one input size and precision. Produced
// by ModelCompiler; cheap to evaluate for any batch size.
struct CompiledModel
{
    QString error; // empty when the architecture is valid for this input

    qint64 parameters = 0;               // all parameters
    qint64 trainableParameters = 0;      // what gets gradients and optimizer states
    qint64 adapterParameters = 0;        // LoRA adapters (included in parameters and trainable)
    qint64 quantisableParameters = 0;    // weights of linear/conv/attention/MLP layers, not the output head
    qint64 autocastWeightParameters = 0; // weights autocast copies to half precision in the forward
    qint64 activeParameters = 0;         // parameters one token uses (MoE routes to a few experts)
    double adafactorStateElements = 0;   // factored second moment: rows + columns per matrix

    Shape input;
    Shape output;
    double outputClasses = 1;           // size of the class dimension the loss normalises over
    double outputHeadInputFeatures = 0; // input features of the layer that produces the output (0: none)
    int outputElementBytes = 4;         // dtype of the model's output (logits)

    // Training, no checkpointing: bytes autograd keeps per sample, plus a batch-independent part.
    double savedPerSample = 0;
    double savedFixed = 0;
    // Part of savedPerSample that selective recomputation drops (attention scores, softmax, dropout).
    double attentionCorePerSample = 0;
    // Full checkpointing: what stays saved through the forward (unit inputs plus layers outside
    // units) and the largest single unit, recomputed during backward.
    double checkpointStoredPerSample = 0;
    double checkpointStoredFixed = 0;
    double largestUnitPerSample = 0;
    int checkpointUnits = 0;
    // Backward working set: gradients of the largest layer's input and output.
    double largestLayerIoPerSample = 0;

    // Inference: largest live working set of one layer during a forward pass, per sequence.
    double inferencePeakPerSample = 0;
    // KV cache elements per token (2 · kv_heads · head_dim summed over attention layers).
    // Multi-head latent attention layers count their decompressed K and V here, as Hugging Face's
    // cache stores them; engines that cache the latent (vLLM's and SGLang's MLA backends) keep
    // kvLatentElementsPerToken instead (kv_lora_rank + qk_rope_head_dim per MLA layer, the same
    // K and V as kvElementsPerToken for every other layer).
    double kvElementsPerToken = 0;
    double kvLatentElementsPerToken = 0;
    // Sliding-window layers' K and V per token: cached for at most kvWindowTokens tokens (the
    // largest window of the model); included in neither count above.
    double kvWindowElementsPerToken = 0;
    qint64 kvWindowTokens = 0;
    // Recurrent state per sequence (Mamba: the convolution and SSM states of every layer),
    // constant in the sequence length: what a state-space model keeps instead of a KV cache.
    double recurrentStateElements = 0;
    int attentionLayers = 0;

    // Multi-GPU (parallelism.h). Part of savedPerSample produced inside attention, MLP and MoE
    // layers, excluding their inputs: what Megatron tensor parallelism splits over t GPUs
    // (the 24/t + 5as/(ht) terms of Korthikanti et al. 2022).
    double tensorParallelSavedPerSample = 0;
    // Attention, MLP and MoE weights: split by TP and over pipeline stages.
    qint64 parallelLayerParameters = 0;
    // Token embeddings: vocab-parallel under TP, on the first stage.
    qint64 embeddingParameters = 0;
    // One instance of the largest repeated block or layer: what ZeRO-3/FSDP gathers at once.
    qint64 largestBlockParameters = 0;
    // Elements per sample of the outputs Megatron TP all-reduces: one per attention/MLP/MoE layer
    // in the forward, one in the backward (Shoeybi et al. 2019, figure 4).
    double tensorParallelCommElementsPerSample = 0;

    double forwardFlopsPerSample = 0;
    bool hasConvolutions = false; // cuDNN convolution workspace applies
    qint64 sequenceLength = 0;    // tokens per sample (0 for images and vectors)

    std::vector<LayerRow> rows;

    bool ok() const { return error.isEmpty(); }
};

} // namespace headroom
