// The compiler for multi-head latent attention (DeepSeek-V2/V3): the low-rank projections, the
// decompressed keys and values, the rotary parts and what autograd keeps of each, following
// DeepseekV3Attention.forward in transformers' modeling_deepseek_v3.py (V2 is built the same way).
#include "core/simulate/modelcompiler.h"

#include "core/simulate/compilerhelpers.h"

#include <algorithm>
#include <cmath>

namespace headroom {

using namespace compiler;

// DeepseekV3RMSNorm, eager: x.to(fp32) → pow/mean/rsqrt → weight * normed.to(dtype), as the
// RMSNorm leaf. Returns the normalised tensor; the weight (one per feature) is counted by the caller.
ModelCompiler::Tensor ModelCompiler::eagerRmsNorm(const Tensor &x)
{
    save(x.elementBytes == 4 ? x : newTensor(x.shape, 4));
    if (m_options->pytorch1MeanSavesInput)
        save(newTensor(x.shape, 4));
    saveBytes(double(rowsOf(x.shape)) * kStatBytes);
    if (!m_options->frozenBase)
        save(newTensor(x.shape, x.elementBytes));
    return newTensor(x.shape, m_autocast ? 4 : x.elementBytes);
}

ModelCompiler::Tensor ModelCompiler::runLatentAttention(const Node &node, const Tensor &x)
{
    using namespace attr;
    const Shape &s = x.shape;
    if (s.rank != 2 || x.elementBytes == kIdBytes) {
        fail(node, tr("expects a sequence of vectors but gets %1.").arg(s.toString()));
        return x;
    }
    const qint64 seq = s.d[0], hidden = s.d[1];
    const qint64 heads = node.intValue(MlaHeads), qRank = node.intValue(MlaQRank);
    const qint64 kvRank = node.intValue(MlaKvRank), nope = node.intValue(MlaNopeDim);
    const qint64 rope = node.intValue(MlaRopeDim), vDim = node.intValue(MlaVDim);
    const qint64 qkDim = nope + rope; // qk_head_dim
    if (qkDim < 1) {
        fail(node, tr("the query/key head dimension (with and without RoPE) is 0."));
        return x;
    }
    const bool bias = node.flag(MlaBias);
    const bool trainable = !m_options->frozenBase;
    const unsigned lora = m_options->loraTargets;
    const int mm = matmulBytes();
    const double S = double(seq);
    const qint64 qDim = sizeMul(heads, qkDim), kvBDim = sizeMul(heads, nope + vDim);
    const qint64 vAll = sizeMul(heads, vDim), kvA = kvRank + rope;

    // Parameters, module by module (DeepseekV3Attention.__init__).
    qint64 weights = 0, biases = 0;
    if (qRank > 0) {
        weights = sizeAdd(sizeMul(hidden, qRank), sizeMul(qRank, qDim)); // q_a_proj, q_b_proj
        biases = sizeAdd(bias ? qRank : 0, qRank);                       // q_a_proj bias, q_a_layernorm
    } else {
        weights = sizeMul(hidden, qDim); // q_proj, bias=False
    }
    weights = sizeAdd(weights, sizeMul(hidden, kvA));          // kv_a_proj_with_mqa
    biases = sizeAdd(biases, sizeAdd(bias ? kvA : 0, kvRank)); // its bias, kv_a_layernorm
    weights = sizeAdd(weights, sizeAdd(sizeMul(kvRank, kvBDim), sizeMul(vAll, hidden))); // kv_b, o_proj
    biases = sizeAdd(biases, bias ? hidden : 0);                                         // o_proj bias
    const qint64 params = sizeAdd(weights, biases);

    // Queries: q_b_proj(q_a_layernorm(q_a_proj(x))) or q_proj(x).
    if (qRank > 0) {
        linearInput(x, trainable, qRank, (lora & LoraQuery) != 0);
        const Tensor cq = newTensor(shape2(seq, qRank), mm);
        const Tensor nq = eagerRmsNorm(cq);
        linearInput(nq, trainable, qDim, (lora & LoraQuery) != 0);
    } else {
        linearInput(x, trainable, qDim, (lora & LoraQuery) != 0);
    }
    newTensor(shape2(seq, qDim), mm); // q_states, split into its no-RoPE and rotary parts (views)
    // Keys and values: kv_a_proj_with_mqa(x) splits into the latent and the shared rotary key;
    // kv_b_proj(kv_a_layernorm(latent)) decompresses per-head keys (no RoPE) and values.
    linearInput(x, trainable, kvA, (lora & LoraKey) != 0);
    const Tensor ckv = newTensor(shape2(seq, kvA), mm);
    // .to(float32) of the latent (a split view) is a copy unless the model is already fp32.
    const Tensor latent = mm == 4 ? view(ckv, shape2(seq, kvRank)) : newTensor(shape2(seq, kvRank), mm);
    const Tensor nkv = eagerRmsNorm(latent);
    linearInput(nkv, trainable, kvBDim, (lora & LoraValue) != 0);
    m_inTp = true; // from here on: per head, split over tensor-parallel ranks
    const Tensor kv = newTensor(shape2(seq, kvBDim), mm);
    const Tensor v = view(kv, shape2(seq, vAll)); // value_states: a split view of kv_b_proj's output
    // apply_rotary_pos_emb on the rotary parts: q_rot and the shared k_rot are new tensors; the
    // muls keep cos and sin, shared by the batch. cat((pass, rot)) builds the full query and key.
    newTensor(shape2(seq, sizeMul(heads, rope)), mm);
    newTensor(shape2(seq, rope), mm);
    saveBytes(0, 2.0 * S * double(rope) * mm);
    const Tensor query = newTensor(shape2(seq, qDim), mm);
    const Tensor key = newTensor(shape2(seq, qDim), mm);
    if (m_checkpointPass && m_inUnit && node.flag(MlaMaskInput) && !m_options->flashAttention &&
        !m_maskKept) {
        m_maskKept = true; // the layer's float causal mask and position ids (as in runAttention)
        m_saved += S * S * 4;
        m_savedFixed += S * 8;
    }

    Tensor context;
    double transient = 0;
    if (m_options->flashAttention) {
        // flash_attention_2 pads the values to qk_head_dim (F.pad) and slices the output back:
        // FlashAttention keeps q, k, the padded v, its padded output and the log-sum-exp.
        save(query);
        save(key);
        save(vDim == qkDim ? v : newTensor(shape2(seq, qDim), mm));
        save(newTensor(shape2(seq, qDim), mm));
        saveBytes(double(heads) * S * 4);
    } else {
        // eager_attention_forward: matmul(q, kᵀ) keeps both, softmax(fp32) its output, the cast
        // back and matmul(probs, v) keep probs and v (the view keeps kv_b_proj's whole output).
        save(query);
        save(key);
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
        const bool fp32 = node.flag(MlaSoftmaxFp32) || m_autocast;
        const Tensor p32 = newTensor(scores, fp32 ? 4 : mm);
        save(p32);
        Tensor probs = (fp32 && mm != 4) ? newTensor(scores, mm) : p32;
        if (node.value(MlaDropout) > 0.0) {
            saveBytes(double(scores.elements()) * kMaskBytes);
            probs = newTensor(scores, probs.elementBytes);
        }
        save(probs);
        m_inCore = false;
        save(v);
        transient = double(scores.elements()) * (mm + (fp32 ? 4 : 0));
    }
    // attn_output.reshape(...).contiguous(): a new tensor, kept by o_proj.
    context = newTensor(shape2(seq, vAll), mm);
    linearInput(context, trainable, hidden, (lora & LoraOutput) != 0);
    m_inTp = false;
    const Tensor y = newTensor(shape2(seq, hidden), mm);

    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->parallelLayerParameters, params);
        addScaled(m_out->quantisableParameters, weights);
        addScaled(m_out->activeParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, weights);
        if (trainable) {
            // Factored second moments: rows + columns of each matrix, plus the vectors.
            const double rc = (qRank > 0 ? double(hidden + 2 * qRank + qDim) : double(hidden + qDim)) +
                              double(hidden + kvA) + double(kvRank + kvBDim) + double(vAll + hidden);
            m_out->adafactorStateElements += double(m_multiplicity) * (rc + double(biases));
        }
        // Hugging Face's cache stores key_states (heads × qk_head_dim) and value_states (heads ×
        // v_head_dim); vLLM's MLA backend (vllm/attention/backends/mla, MLACommonImpl) caches the
        // normalised latent and the rotary key: kv_lora_rank + qk_rope_head_dim per token.
        m_out->kvElementsPerToken += double(qDim + vAll) * double(m_multiplicity);
        m_out->kvLatentElementsPerToken += double(kvA) * double(m_multiplicity);
        m_out->attentionLayers = int(std::min<qint64>(m_out->attentionLayers + m_multiplicity, 1 << 30));
        m_out->tensorParallelCommElementsPerSample += double(y.shape.elements()) * double(m_multiplicity);
        const double flops =
            2.0 * S * double(weights) + 2.0 * S * S * double(qDim) + 2.0 * S * S * double(vAll);
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        const double io = x.bytes() + S * double(qDim * 2 + kvBDim) * mm + transient + y.bytes();
        m_inferencePeak = std::max(m_inferencePeak, io);
        m_largestIo = std::max(m_largestIo, x.bytes() + y.bytes());
    }
    return y;
}

} // namespace headroom
