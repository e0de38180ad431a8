// The compiler for attention: projections, scores or fused kernels, the KV cache and their saves.
#include "core/simulate/modelcompiler.h"

#include "core/simulate/compilerhelpers.h"

#include <algorithm>
#include <cmath>

namespace headroom {

using namespace compiler;

ModelCompiler::Tensor ModelCompiler::runAttention(const Node &node, const Tensor &x)
{
    using namespace attr;
    const Shape &s = x.shape;
    if (s.rank != 2) {
        fail(node, tr("expects a sequence of vectors but gets %1.").arg(s.toString()));
        return x;
    }
    const qint64 seq = s.d[0], hidden = s.d[1];
    const qint64 heads = node.intValue(AttnHeads);
    const qint64 kvHeads = node.intValue(AttnKvHeads) > 0 ? node.intValue(AttnKvHeads) : heads;
    qint64 headDim = node.intValue(AttnHeadDim);
    if (headDim == 0) {
        if (hidden % heads != 0) {
            fail(node, tr("the hidden size %1 is not divisible by %2 heads; set the head dimension.")
                           .arg(hidden)
                           .arg(heads));
            return x;
        }
        headDim = hidden / heads;
    }
    if (heads % kvHeads != 0) {
        fail(node, tr("%1 query heads cannot be grouped over %2 key/value heads.").arg(heads).arg(kvHeads));
        return x;
    }
    const qint64 qDim = sizeMul(heads, headDim), kvDim = sizeMul(kvHeads, headDim);
    const bool trainable = !m_options->frozenBase;
    const unsigned lora = m_options->loraTargets;
    const int mm = matmulBytes();
    const double S = double(seq);

    const qint64 qkvDim = sizeAdd(qDim, sizeMul(2, kvDim));
    const qint64 weights = sizeAdd(sizeMul(hidden, qkvDim), sizeMul(qDim, hidden));
    qint64 params = weights;
    if (node.flag(AttnQkvBias))
        params = sizeAdd(params, qkvDim);
    if (node.flag(AttnOutBias))
        params = sizeAdd(params, hidden);
    // Q/K norm weights: one head-size vector each for q and k (Qwen3RMSNorm(head_dim) in
    // modeling_qwen3.py, Gemma 3) or one per projected feature (Olmo2RMSNorm(heads * head_dim) in
    // modeling_olmo2.py; Cohere's LayerNorm((heads, head_dim)) has the same count).
    const qint64 qkNorm = node.intValue(AttnQkNorm);
    if (qkNorm == 1)
        params = sizeAdd(params, sizeMul(2, headDim));
    else if (qkNorm == 2)
        params = sizeAdd(params, sizeAdd(qDim, kvDim));
    // Attention sinks: one learned logit per head (GptOssAttention.sinks in modeling_gpt_oss.py),
    // concatenated to the scores before the softmax.
    if (node.flag(AttnSinks))
        params = sizeAdd(params, heads);

    // Projections.
    Tensor q, k, v;
    if (node.flag(AttnFusedQkv)) {
        linearInput(x, trainable, qkvDim, (lora & (LoraQuery | LoraKey | LoraValue)) != 0);
        const Tensor qkv = newTensor(shape2(seq, qkvDim), mm);
        q = view(qkv, shape2(seq, qDim));
        k = view(qkv, shape2(seq, kvDim));
        v = view(qkv, shape2(seq, kvDim));
    } else {
        linearInput(x, trainable, qDim, (lora & LoraQuery) != 0);
        q = newTensor(shape2(seq, qDim), mm);
        linearInput(x, trainable, kvDim, (lora & LoraKey) != 0);
        k = newTensor(shape2(seq, kvDim), mm);
        linearInput(x, trainable, kvDim, (lora & LoraValue) != 0);
        v = newTensor(shape2(seq, kvDim), mm);
    }
    if (qkNorm > 0) {
        // Eager RMSNorm on q and k, as the RMSNorm leaf: the fp32 copy, rsqrt per normalised row
        // (per head, or per token at full width) and, when trained, the normalised tensor.
        const double rowsPerToken = qkNorm == 1 ? 1.0 : 0.0;
        auto normed = [&](const Tensor &t, qint64 perTokenHeads) {
            save(t.elementBytes == 4 ? t : newTensor(t.shape, 4));
            saveBytes(S * (rowsPerToken > 0 ? double(perTokenHeads) : 1.0) * kStatBytes);
            if (trainable)
                save(newTensor(t.shape, t.elementBytes));
            return newTensor(t.shape, mm);
        };
        q = normed(q, heads);
        k = normed(k, kvHeads);
    }
    if (node.flag(AttnRope)) {
        // q * cos + rotate_half(q) * sin: the rotated copies are new tensors; the muls save only
        // cos and sin, which do not require grad.
        q = newTensor(q.shape, mm);
        k = newTensor(k.shape, mm);
        // The muls keep cos and sin (sequence × head dim each), computed once per forward and
        // shared by the batch.
        saveBytes(0, 2.0 * double(seq) * double(headDim) * mm);
    }

    m_inTp = true; // from here on: split over tensor-parallel ranks (heads)
    if (m_checkpointPass && m_inUnit && node.flag(AttnMaskInput) && !m_options->flashAttention &&
        !m_maskKept) {
        // A checkpointed layer keeps its tensor arguments: the float causal mask, one
        // [batch, 1, seq, seq] fp32 tensor shared by every layer, and the position ids (measured,
        // llama_tiny with non-reentrant checkpointing).
        m_maskKept = true;
        m_saved += S * S * 4;
        m_savedFixed += S * 8; // and the int64 position ids, one row for the batch
    }

    Tensor context;
    double transient = 0; // inference: the score matrix lives while the layer runs
    if (m_options->flashAttention) {
        // FlashAttention keeps Q, K, V (grouped, not repeated), its output and the fp32
        // log-sum-exp per row and head (Dao et al. 2022; flash_attn_func's saved tensors).
        save(q);
        save(k);
        save(v);
        context = newTensor(shape2(seq, qDim), mm);
        save(context);
        saveBytes(double(heads) * S * 4);
    } else {
        // Eager attention (Hugging Face "eager"): repeat_kv materialises K and V per query head.
        const Tensor kEff = kvHeads < heads ? newTensor(shape2(seq, qDim), mm) : k;
        const Tensor vEff = kvHeads < heads ? newTensor(shape2(seq, qDim), mm) : v;
        save(q);
        save(kEff);
        const Shape scores = shape3(heads, seq, seq);
        if (sizeMul(scores.elements(), 4) > kSizeLimit) {
            fail(node, tr("the attention scores (%1 heads × %2 × %3 tokens) exceed the 2^53-byte limit; use "
                          "FlashAttention or a shorter sequence.")
                           .arg(heads)
                           .arg(seq)
                           .arg(seq));
            return x;
        }
        m_inCore = true;
        Tensor probs;
        if (node.flag(AttnSoftmaxFp32) || m_autocast) {
            const Tensor p32 = newTensor(scores, 4);
            save(p32);
            probs = mm == 4 ? p32 : newTensor(scores, mm); // cast back to the value dtype
        } else {
            probs = newTensor(scores, mm);
            save(probs);
        }
        if (node.value(AttnDropout) > 0.0) {
            saveBytes(double(scores.elements()) * kMaskBytes);
            probs = newTensor(scores, probs.elementBytes);
        }
        save(probs);
        m_inCore = false;
        save(vEff);
        transient = double(scores.elements()) * (mm + (node.flag(AttnSoftmaxFp32) || m_autocast ? 4 : 0));
        // Heads are merged by permute + contiguous: a new tensor, saved by the output projection.
        context = newTensor(shape2(seq, qDim), mm);
    }
    linearInput(context, trainable, hidden, (lora & LoraOutput) != 0);
    m_inTp = false;
    const Tensor y = newTensor(shape2(seq, hidden), mm);

    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->parallelLayerParameters, params);
        addScaled(m_out->quantisableParameters, params);
        addScaled(m_out->activeParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, params);
        if (!m_options->frozenBase) {
            // Factored second moments: rows + columns of the q, k, v and output matrices, plus biases.
            const double biases = double(params) - double(weights);
            m_out->adafactorStateElements +=
                double(m_multiplicity) *
                (4.0 * double(hidden) + 2.0 * double(qDim) + 2.0 * double(kvDim) + biases);
        }
        if (node.intValue(AttnWindow) > 0) {
            // A sliding-window layer caches only its window (see memorymodel.cpp).
            m_out->kvWindowElementsPerToken += 2.0 * double(kvDim) * double(m_multiplicity);
            m_out->kvWindowTokens = std::max(m_out->kvWindowTokens, node.intValue(AttnWindow));
        } else {
            m_out->kvElementsPerToken += 2.0 * double(kvDim) * double(m_multiplicity);
            m_out->kvLatentElementsPerToken += 2.0 * double(kvDim) * double(m_multiplicity);
        }
        m_out->attentionLayers = int(std::min<qint64>(m_out->attentionLayers + m_multiplicity, 1 << 30));
        m_out->tensorParallelCommElementsPerSample += double(y.shape.elements()) * double(m_multiplicity);
        const double flops = 2.0 * S * double(hidden) * double(qkvDim) +
                             2.0 * S * double(qDim) * double(hidden) + 4.0 * S * S * double(qDim) +
                             (qkNorm > 0 ? 4.0 * S * double(qDim + kvDim) : 0.0);
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        const double io = x.bytes() + S * double(qkvDim) * mm + transient + y.bytes();
        m_inferencePeak = std::max(m_inferencePeak, io);
        m_largestIo = std::max(m_largestIo, x.bytes() + y.bytes());
    }
    return y;
}

} // namespace headroom
