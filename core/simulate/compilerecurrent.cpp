// The compiler for recurrent layers (LSTM, GRU).
#include "core/simulate/modelcompiler.h"

#include "core/simulate/compilerhelpers.h"

#include <algorithm>
#include <cmath>

namespace headroom {

using namespace compiler;

ModelCompiler::Tensor ModelCompiler::runRnn(const Node &node, const Tensor &x)
{
    using namespace attr;
    const Shape &s = x.shape;
    if (s.rank != 2) {
        fail(node, tr("expects a sequence of vectors but gets %1.").arg(s.toString()));
        return x;
    }
    const qint64 seq = s.d[0];
    const qint64 hidden = node.intValue(RnnHidden);
    const qint64 layers = node.intValue(RnnLayers);
    const qint64 dirs = node.flag(RnnBidirectional) ? 2 : 1;
    const qint64 gates = node.kind == LayerKind::LSTM ? 4 : 3;
    const bool bias = node.flag(RnnBias);
    const int mm = matmulBytes();

    qint64 params = 0;
    double flops = 0;
    Tensor in = x;
    for (qint64 l = 0; l < layers; ++l) {
        const qint64 inDim = in.shape.last();
        params = sizeAdd(params, sizeMul(dirs, sizeAdd(sizeMul(gates * hidden, sizeAdd(inDim, hidden)),
                                                       bias ? 2 * gates * hidden : 0)));
        flops += 2.0 * double(seq) * double(dirs * gates * hidden) * (double(inDim) + double(hidden));
        save(castForMatmul(in));
        // cuDNN's reserve space per step and direction: the gate pre-activations plus the cell
        // and hidden states (LSTM), or gates plus hidden state (GRU).
        saveBytes(double(seq) * double(dirs) * double((gates + 2) * hidden) * mm);
        in = newTensor(shape2(seq, dirs * hidden), mm);
    }
    if (!m_checkpointPass) {
        addParams(params);
        addScaled(m_out->quantisableParameters, params);
        addScaled(m_out->activeParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, params);
        if (!m_options->frozenBase)
            m_out->adafactorStateElements += double(params) * double(m_multiplicity);
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
        m_inferencePeak = std::max(m_inferencePeak, x.bytes() + in.bytes() * 2);
        m_largestIo = std::max(m_largestIo, x.bytes() + in.bytes());
    }
    return in;
}

} // namespace headroom
