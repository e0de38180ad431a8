// The compiler for MLP blocks and mixtures of experts.
#include "core/simulate/modelcompiler.h"

#include "core/simulate/compilerhelpers.h"

#include <algorithm>
#include <cmath>

namespace headroom {

using namespace compiler;

ModelCompiler::Tensor ModelCompiler::runMlp(const Node &node, const Tensor &x, qint64 rows, bool lora)
{
    using namespace attr;
    const Shape &s = x.shape;
    const qint64 hidden = s.last();
    const qint64 inner = node.intValue(MlpHidden);
    const bool gated = node.flag(MlpGated);
    const bool bias = node.flag(MlpBias);
    const auto act = static_cast<MlpActivation>(node.intValue(MlpAct));
    const bool trainable = !m_options->frozenBase;
    const int mm = matmulBytes();
    const Shape innerShape = withLast(s, inner);

    const qint64 weights = sizeMul(gated ? 3 : 2, sizeMul(hidden, inner));
    qint64 params = weights;
    if (bias)
        params = sizeAdd(params, sizeAdd(sizeMul(gated ? 2 : 1, inner), hidden));

    linearInput(x, trainable, inner, lora); // fc1 / gate_proj
    m_inTp = true;                          // the inner activations are split over tensor-parallel ranks
    const Tensor h = newTensor(innerShape, mm);
    // The activation: ReLU keeps its output, GELU and SiLU their input.
    Tensor a = newTensor(innerShape, mm);
    if (act == MlpActivation::ReLU) {
        save(a);
    } else if (act == MlpActivation::GELUTanhUnfused) {
        // 0.5·h·(1 + tanh(c·(h + 0.044715·h³))): pow keeps h, tanh its output, the last mul both
        // factors, 0.5·h and 1 + tanh. Under autocast pow runs in fp32 (a copy of h), which
        // promotes the tanh branch to fp32. Measured on an H200 (PyTorch 2.11): 14 bytes per
        // element with bf16 autocast, 16 in fp32.
        const int wide = m_autocast ? 4 : mm;
        save(m_autocast ? newTensor(innerShape, 4) : h);
        save(newTensor(innerShape, wide)); // tanh(...)
        save(newTensor(innerShape, mm));   // 0.5 · h
        save(newTensor(innerShape, wide)); // 1 + tanh(...)
    } else {
        save(h);
    }
    if (gated) {
        m_inTp = false;
        linearInput(x, trainable, inner, lora); // up_proj reads the same input
        m_inTp = true;
        const Tensor up = newTensor(innerShape, mm);
        save(a); // act(gate) * up keeps both factors
        save(up);
        a = newTensor(innerShape, mm);
    }
    linearInput(a, trainable, hidden, lora); // fc2 / down_proj
    m_inTp = false;
    const Tensor y = newTensor(s, mm);

    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->parallelLayerParameters, params);
        m_out->tensorParallelCommElementsPerSample += double(y.shape.elements()) * double(m_multiplicity);
        addScaled(m_out->quantisableParameters, params);
        addScaled(m_out->activeParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, params);
        if (trainable)
            m_out->adafactorStateElements +=
                double(m_multiplicity) *
                ((gated ? 3.0 : 2.0) * (double(hidden) + double(inner)) + (double(params) - double(weights)));
        const double flops = 2.0 * double(rows) * double(hidden) * double(inner) * (gated ? 3 : 2);
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        m_inferencePeak = std::max(
            m_inferencePeak, x.bytes() + double(innerShape.elements()) * mm * (gated ? 3 : 2) + y.bytes());
        m_largestIo = std::max(m_largestIo, x.bytes() + y.bytes());
    }
    return y;
}

ModelCompiler::Tensor ModelCompiler::runMoe(const Node &node, const Tensor &x)
{
    using namespace attr;
    const Shape &s = x.shape;
    if (s.rank != 2) {
        fail(node, tr("expects a sequence of vectors but gets %1.").arg(s.toString()));
        return x;
    }
    const qint64 seq = s.d[0], hidden = s.d[1];
    const qint64 experts = node.intValue(MoeExperts), active = node.intValue(MoeActive);
    if (active > experts) {
        fail(node, tr("routes to %1 experts but has only %2.").arg(active).arg(experts));
        return x;
    }
    const qint64 inner = node.intValue(MoeHidden);
    const bool gated = node.flag(MoeGated);
    const bool bias = node.flag(MoeBias);
    const auto act = static_cast<MlpActivation>(node.intValue(MoeActivation));
    const bool trainable = !m_options->frozenBase;
    const bool lora = (m_options->loraTargets & LoraMlp) != 0;
    const int mm = matmulBytes();
    const double routed = double(seq) * double(active); // token-expert pairs

    qint64 expertParams = sizeMul(gated ? 3 : 2, sizeMul(hidden, inner));
    if (bias)
        expertParams = sizeAdd(expertParams, sizeAdd(sizeMul(gated ? 2 : 1, inner), hidden));
    // The router is Linear(hidden, experts), with a bias in gpt-oss (GptOssTopKRouter). DeepSeek-V3's
    // e_score_correction_bias is a registered buffer, not a parameter.
    const qint64 router = sizeAdd(sizeMul(hidden, experts), node.flag(MoeRouterBias) ? experts : 0);
    const qint64 params = sizeAdd(sizeMul(experts, expertParams), router);
    const qint64 sharedHidden = node.intValue(MoeSharedHidden);

    // Router (Mixtral): linear gate, softmax in fp32, top-k indices and weights.
    linearInput(x, trainable, experts, false);
    m_inTp = true;
    saveBytes(double(seq) * double(experts) * 4);
    saveBytes(routed * (kIdBytes + 4));
    // Each expert gathers its tokens (a copy its first projection saves), runs its MLP and
    // scales its output by the routing weight (mul keeps the output).
    const double perToken = double(hidden) // gathered input
                            + double(inner) * (gated ? 4.0 : (act == MlpActivation::ReLU ? 1.0 : 2.0)) +
                            double(hidden); // expert output kept by the weighting mul
    saveBytes(routed * perToken * mm);
    if (lora && m_options->loraRank > 0) {
        const qint64 adapters = sizeMul(sizeMul(m_options->loraRank, gated ? 3 : 2), sizeAdd(hidden, inner));
        saveBytes(routed * m_options->loraRank * (gated ? 3 : 2) * mm);
        if (!m_checkpointPass) {
            const qint64 a = sizeMul(adapters, experts);
            addScaled(m_out->parameters, a);
            addScaled(m_out->trainableParameters, a);
            addScaled(m_out->adapterParameters, a);
            addScaled(m_out->activeParameters, sizeMul(adapters, active));
        }
    }
    m_inTp = false;
    if (sharedHidden > 0) {
        // The shared expert is a dense MLP every token runs (Qwen2MoeSparseMoeBlock.shared_expert,
        // DeepseekV3MoE.shared_experts): simulated as one, which counts its weights (active for
        // every token), saves and FLOPs.
        Node shared(LayerKind::MLP, node.name);
        shared.set(MlpHidden, double(sharedHidden))
            .set(MlpAct, node.value(MoeActivation))
            .set(MlpGated, node.value(MoeGated))
            .set(MlpBias, 0);
        runMlp(shared, x, seq, lora);
        if (node.flag(MoeSharedGate)) {
            // sigmoid(shared_expert_gate(x)) * shared_out: the mul keeps both factors, sigmoid its
            // output (one value per token).
            saveBytes(double(seq) * (double(hidden) * mm + 4.0));
            if (!m_checkpointPass) {
                addParams(hidden);
                addScaled(m_out->parallelLayerParameters, hidden);
                addScaled(m_out->activeParameters, hidden);
                if (trainable)
                    m_out->adafactorStateElements += double(m_multiplicity) * double(hidden);
            }
        }
    }
    const Tensor y = newTensor(s, mm);

    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->parallelLayerParameters, params);
        m_out->tensorParallelCommElementsPerSample += double(y.shape.elements()) * double(m_multiplicity);
        addScaled(m_out->quantisableParameters, params);
        addScaled(m_out->activeParameters, sizeAdd(sizeMul(active, expertParams), router));
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, params);
        if (trainable)
            m_out->adafactorStateElements += double(m_multiplicity) * (double(experts) * (gated ? 3.0 : 2.0) *
                                                                           (double(hidden) + double(inner)) +
                                                                       double(hidden) + double(experts));
        const double flops = 2.0 * double(seq) * double(router) + 2.0 * routed * double(expertParams);
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        // Dispatch: transformers' eager MoE blocks build expert_mask = one_hot(selected_experts,
        // num_experts), an int64 tensor of tokens × top-k × experts (MixtralSparseMoeBlock.forward,
        // DeepseekV3MoE.moe), live while the experts run; the router's fp32 probabilities too.
        const double dispatch = routed * double(experts) * kIdBytes + double(seq) * double(experts) * 4;
        m_inferencePeak = std::max(
            m_inferencePeak,
            x.bytes() + dispatch + routed * perToken * mm / double(std::max<qint64>(1, active)) + y.bytes());
        m_largestIo = std::max(m_largestIo, x.bytes() + y.bytes());
    }
    return y;
}

} // namespace headroom
