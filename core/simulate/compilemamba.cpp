// The compiler for the Mamba selective state-space mixer (transformers' modeling_mamba.py,
// MambaMixer): parameters, FLOPs, what autograd keeps in training and the recurrent state a
// generating model carries instead of a KV cache.
#include "core/simulate/modelcompiler.h"

#include "core/simulate/compilerhelpers.h"

#include <algorithm>
#include <cmath>

namespace headroom {

using namespace compiler;

ModelCompiler::Tensor ModelCompiler::runMamba(const Node &node, const Tensor &x)
{
    using namespace attr;
    const Shape &s = x.shape;
    if (s.rank != 2 || x.elementBytes == kIdBytes) {
        fail(node, tr("expects a sequence of vectors but gets %1.").arg(s.toString()));
        return x;
    }
    const qint64 seq = s.d[0], hidden = s.d[1];
    const qint64 inner = node.intValue(MambaInner), state = node.intValue(MambaState);
    const qint64 kernel = node.intValue(MambaConv), dtRank = node.intValue(MambaDtRank);
    const bool bias = node.flag(MambaBias), convBias = node.flag(MambaConvBias);
    const bool trainable = !m_options->frozenBase;
    const int mm = matmulBytes();
    const double S = double(seq), D = double(inner), N = double(state);

    // MambaMixer.__init__: in_proj Linear(hidden, 2·inner, bias=use_bias); conv1d depthwise
    // (inner, 1, kernel) with bias=use_conv_bias; x_proj Linear(inner, dt_rank + 2·state, no bias);
    // dt_proj Linear(dt_rank, inner) with bias; A_log (inner, state); D (inner); out_proj
    // Linear(inner, hidden, bias=use_bias).
    const qint64 xDim = dtRank + 2 * state;
    const qint64 matrices = sizeAdd(sizeAdd(sizeMul(hidden, 2 * inner), sizeMul(inner, xDim)),
                                    sizeAdd(sizeMul(dtRank, inner), sizeMul(inner, hidden)));
    qint64 vectors = sizeAdd(sizeMul(inner, kernel), sizeAdd(inner, sizeAdd(sizeMul(inner, state), inner)));
    if (convBias)
        vectors = sizeAdd(vectors, inner);
    if (bias)
        vectors = sizeAdd(vectors, sizeAdd(2 * inner, hidden));
    const qint64 params = sizeAdd(matrices, vectors);

    // Training: MambaMixer.slow_forward, the path without the mamba_ssm/causal_conv1d kernels
    // (their fused mamba_inner_fn keeps much less: it recomputes the convolution and the
    // discretised tensors in backward). Per token:
    linearInput(x, trainable, 2 * inner, false); // in_proj keeps x
    m_inTp = true;
    // conv1d keeps its input (the projected states' storage, 2·inner wide); its output is
    // kernel − 1 positions longer before the [..., :seq_len] slice, and SiLU keeps it.
    double perToken = 2.0 * D * mm + D * mm;
    double perSample = (double(kernel) - 1.0) * D * mm;
    perToken += D * mm;                  // x_proj keeps the SiLU output
    perToken += double(xDim) * mm;       // dt_proj keeps time_step (a view of x_proj's output)
    perToken += D * mm;                  // softplus keeps dt_proj's output
    perToken += D * mm;                  // A · Δ keeps Δ (softplus output)
    perToken += D * N * 4;               // exp keeps discrete_A (fp32: A is fp32)
    perToken += (mm != 4 ? N * 4 : 0.0); // B.float(), kept by Δ · B
    perToken += D * N * 4;               // discrete_B, kept by · u
    perToken += (mm != 4 ? D * 4 : 0.0); // hidden_states.float(), kept by the same mul
    // The sequential scan: each step's ssm_state (fp32) is kept by the next step's mul, and
    // its .to(dtype) copy by the matmul with C.
    perToken += D * N * 4 + (mm != 4 ? D * N * mm : 0.0);
    perToken += D * mm;      // act(gate), kept by the gating mul
    perToken += D * mm;      // scan_output + u·D, kept by the same mul
    perSample += D * N * mm; // the scan's initial zero state, kept by the first step's mul
    // A = -exp(A_log.float()): exp keeps its output and A · Δ keeps A, one inner × state fp32 tensor
    // each, shared by the batch (measured with tools/calibration/measure_mla_mamba.py).
    saveBytes(S * perToken + perSample, 2 * D * N * 4);
    const Tensor gated = newTensor(shape2(seq, inner), mm);
    linearInput(gated, trainable, hidden, false); // out_proj keeps the gated scan output
    m_inTp = false;
    const Tensor y = newTensor(s, mm);

    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->parallelLayerParameters, params);
        addScaled(m_out->quantisableParameters, matrices);
        addScaled(m_out->activeParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, matrices);
        if (trainable)
            m_out->adafactorStateElements +=
                double(m_multiplicity) * (double(hidden + 2 * inner) + double(inner + xDim) +
                                          double(dtRank + inner) + double(inner + hidden) + double(vectors));
        // MambaCache: conv_states (inner × conv_kernel) and ssm_states (inner × state) per layer
        // and sequence, whatever the sequence length.
        m_out->recurrentStateElements += (D * double(kernel) + D * N) * double(m_multiplicity);
        m_out->tensorParallelCommElementsPerSample += double(y.shape.elements()) * double(m_multiplicity);
        // Projections, the convolution, and the scan's ~9 operations per state element.
        const double flops = 2.0 * S * double(matrices) + 2.0 * S * D * double(kernel) + 9.0 * S * D * N;
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        // Inference: the projected states, the conv output and the discretised tensors (fp32).
        const double io = x.bytes() + S * (4.0 * D * mm + 3.0 * D * N * 4) + y.bytes();
        m_inferencePeak = std::max(m_inferencePeak, io);
        m_largestIo = std::max(m_largestIo, x.bytes() + y.bytes());
    }
    return y;
}

} // namespace headroom
