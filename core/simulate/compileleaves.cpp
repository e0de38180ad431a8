// The compiler for single layers (convolution, norms, activations, pooling, linear, embeddings, ...):
// what each saves for backward, its parameters and FLOPs.
#include "core/simulate/modelcompiler.h"

#include "core/simulate/compilerhelpers.h"

#include <algorithm>
#include <cmath>

namespace headroom {

using namespace compiler;

ModelCompiler::Tensor ModelCompiler::runLeaf(const Node &node, const Tensor &x)
{
    using namespace attr;
    const bool trainable = !m_options->frozenBase;
    const Shape &s = x.shape;
    double flops = 0;
    qint64 params = 0;
    qint64 matmulParams = 0; // weights quantisation and autocast apply to
    qint64 castParams = -1;  // weights autocast copies, when they differ from matmulParams
    Tensor y = x;

    auto requireRank = [&](int rank, const char *what) {
        if (s.rank != rank) {
            fail(node, tr("expects %1 input but gets %2.").arg(tr(what), s.toString()));
            return false;
        }
        return true;
    };
    auto requireFloat = [&]() {
        if (x.elementBytes == kIdBytes) {
            fail(node, tr("gets token ids; start the model with an Embedding."));
            return false;
        }
        return true;
    };

    switch (node.kind) {
    case LayerKind::Conv2d:
    case LayerKind::ConvTranspose2d: {
        if (!requireRank(3, QT_TR_NOOP("a C×H×W image")) || !requireFloat())
            break;
        const bool transposed = node.kind == LayerKind::ConvTranspose2d;
        const qint64 cin = s.d[0];
        const qint64 cout = node.intValue(transposed ? int(ConvTOut) : int(ConvOut));
        const qint64 k = node.intValue(transposed ? int(ConvTKernel) : int(ConvKernel));
        const qint64 stride = node.intValue(transposed ? int(ConvTStride) : int(ConvStride));
        const qint64 pad = node.intValue(transposed ? int(ConvTPadding) : int(ConvPadding));
        const qint64 groups = transposed ? 1 : node.intValue(ConvGroups);
        const qint64 dil = transposed ? 1 : node.intValue(ConvDilation);
        const bool bias = node.flag(transposed ? int(ConvTBias) : int(ConvBias));
        if (cin % groups != 0 || cout % groups != 0) {
            fail(node, tr("%1 input and %2 output channels are not divisible by %3 groups.")
                           .arg(cin)
                           .arg(cout)
                           .arg(groups));
            break;
        }
        qint64 oh, ow;
        if (transposed) {
            const qint64 op = node.intValue(ConvTOutputPadding);
            oh = sizeMul(s.d[1] - 1, stride) - 2 * pad + (k - 1) + op + 1;
            ow = sizeMul(s.d[2] - 1, stride) - 2 * pad + (k - 1) + op + 1;
        } else {
            oh = (s.d[1] + 2 * pad - dil * (k - 1) - 1) / stride + 1;
            ow = (s.d[2] + 2 * pad - dil * (k - 1) - 1) / stride + 1;
            if (s.d[1] + 2 * pad < dil * (k - 1) + 1 || s.d[2] + 2 * pad < dil * (k - 1) + 1)
                oh = ow = 0;
        }
        if (oh < 1 || ow < 1) {
            fail(node, tr("a %1 kernel does not fit the %2 input.").arg(k).arg(s.toString()));
            break;
        }
        params = sizeAdd(sizeMul(sizeMul(cout, cin / groups), k * k), bias ? cout : 0);
        m_out->hasConvolutions = true;
        matmulParams = params;
        const Tensor in = castForMatmul(x);
        if (trainable)
            save(in);
        y = newTensor(shape3(cout, oh, ow), matmulBytes());
        flops = 2.0 * (transposed ? double(s.d[1]) * double(s.d[2]) : double(oh) * double(ow)) *
                double(cout) * double(cin / groups) * double(k * k);
        break;
    }
    case LayerKind::BatchNorm2d: {
        if (!requireRank(3, QT_TR_NOOP("a C×H×W image")))
            break;
        save(x);
        saveBytes(0, 2.0 * double(s.d[0]) * kStatBytes); // save_mean, save_invstd
        params = node.flag(BnAffine) ? 2 * s.d[0] : 0;
        y = newTensor(s, x.elementBytes);
        flops = 4.0 * double(s.elements());
        break;
    }
    case LayerKind::LayerNorm: {
        // Under autocast layer_norm runs in fp32: a half input is cast up first.
        const Tensor in = (m_autocast && x.elementBytes != 4) ? newTensor(s, 4) : x;
        save(in);
        saveBytes(2.0 * double(rowsOf(s)) * kStatBytes); // mean and rstd per row
        params = s.last() * (node.flag(LnBias) ? 2 : 1);
        y = newTensor(s, m_autocast ? 4 : x.elementBytes);
        flops = 5.0 * double(s.elements());
        break;
    }
    case LayerKind::RMSNorm: {
        params = s.last();
        if (node.flag(RmsUpcast)) {
            // Hugging Face eager RMSNorm: x.to(fp32) → pow/mean/rsqrt → weight * normed.to(dtype).
            const Tensor x32 = x.elementBytes == 4 ? x : newTensor(s, 4);
            save(x32);
            // PyTorch 1.13's mean() also kept its input, the fp32 squares; 2.x does not
            // (measured on an H200 with PyTorch 2.11: 6 bytes per element in pure bf16).
            if (m_options->pytorch1MeanSavesInput)
                save(newTensor(s, 4));
            saveBytes(double(rowsOf(s)) * kStatBytes); // rsqrt output
            if (trainable)
                save(newTensor(s, x.elementBytes)); // the normalised tensor the weight multiplies
        } else {
            save(x);
            saveBytes(double(rowsOf(s)) * kStatBytes);
        }
        y = newTensor(s, m_autocast ? 4 : x.elementBytes);
        flops = 4.0 * double(s.elements());
        break;
    }
    case LayerKind::ReLU:
    case LayerKind::ReLU6:
        if (!requireFloat())
            break;
        if (node.kind == LayerKind::ReLU && node.flag(ActInplace)) {
            y = x; // relu_ overwrites its input; backward reads the result
            save(y);
        } else if (node.kind == LayerKind::ReLU) {
            y = newTensor(s, x.elementBytes);
            save(y);
        } else if (node.flag(ActInplace)) {
            // hardtanh_ backward reads the original input, so autograd keeps a copy of it
            // (measured: MobileNetV2's in-place ReLU6 layers).
            save(newTensor(s, x.elementBytes));
            y = x;
        } else {
            save(x); // hardtanh backward reads its input
            y = newTensor(s, x.elementBytes);
        }
        flops = double(s.elements());
        break;
    case LayerKind::GELU:
        save(x);
        y = newTensor(s, x.elementBytes);
        flops = 8.0 * double(s.elements());
        break;
    case LayerKind::SiLU:
        if (node.flag(ActInplace)) {
            // silu_ still needs the original input: autograd keeps a copy of it.
            save(newTensor(s, x.elementBytes));
            y = x;
        } else {
            save(x);
            y = newTensor(s, x.elementBytes);
        }
        flops = 4.0 * double(s.elements());
        break;
    case LayerKind::Sigmoid:
    case LayerKind::Tanh:
        y = newTensor(s, x.elementBytes);
        save(y);
        flops = 4.0 * double(s.elements());
        break;
    case LayerKind::MaxPool2d:
    case LayerKind::AvgPool2d: {
        if (!requireRank(3, QT_TR_NOOP("a C×H×W image")))
            break;
        const qint64 k = node.intValue(PoolKernel);
        const qint64 stride = node.intValue(PoolStride) > 0 ? node.intValue(PoolStride) : k;
        const qint64 pad = node.intValue(PoolPadding);
        const bool ceil = node.kind == LayerKind::MaxPool2d && node.flag(PoolCeil);
        auto outSize = [&](qint64 n) {
            const qint64 span = n + 2 * pad - k;
            if (span < 0)
                return qint64(0);
            qint64 o = (ceil ? (span + stride - 1) / stride : span / stride) + 1;
            if (ceil && sizeMul(o - 1, stride) >= n + pad)
                --o; // the last window must start inside the input
            return o;
        };
        const qint64 oh = outSize(s.d[1]), ow = outSize(s.d[2]);
        if (oh < 1 || ow < 1) {
            fail(node, tr("a %1 window does not fit the %2 input.").arg(k).arg(s.toString()));
            break;
        }
        save(x);
        y = newTensor(shape3(s.d[0], oh, ow), x.elementBytes);
        if (node.kind == LayerKind::MaxPool2d)
            saveBytes(double(y.shape.elements()) * kIdBytes); // argmax indices
        flops = double(y.shape.elements()) * double(k * k);
        break;
    }
    case LayerKind::AdaptiveAvgPool2d: {
        if (!requireRank(3, QT_TR_NOOP("a C×H×W image")))
            break;
        const qint64 oh = node.intValue(AdaptiveOutH), ow = node.intValue(AdaptiveOutW);
        save(x); // _adaptive_avg_pool2d_backward reads the input (measured, torch 1.13)
        y = newTensor(shape3(s.d[0], oh, ow), x.elementBytes);
        flops = double(s.elements());
        break;
    }
    case LayerKind::Linear: {
        if (!requireFloat())
            break;
        const qint64 outF = node.intValue(LinearOut);
        const bool tied = node.flag(LinearTied); // the embedding already counts the shared weight
        params = sizeAdd(tied ? 0 : sizeMul(s.last(), outF), node.flag(LinearBias) ? outF : 0);
        matmulParams = params;
        castParams = sizeAdd(sizeMul(s.last(), outF), node.flag(LinearBias) ? outF : 0);
        linearInput(x, trainable, outF, false);
        y = newTensor(withLast(s, outF), matmulBytes());
        flops = 2.0 * double(rowsOf(s)) * double(s.last()) * double(outF);
        break;
    }
    case LayerKind::Embedding: {
        if (s.rank != 1 || x.elementBytes != kIdBytes) {
            fail(node, tr("expects token ids but gets %1 activations.").arg(s.toString()));
            break;
        }
        const qint64 dim = node.intValue(EmbDim);
        params = sizeMul(node.intValue(EmbNum), dim);
        if (trainable)
            save(x); // embedding backward reads the ids
        y = newTensor(shape2(s.d[0], dim), m_actBytes);
        break;
    }
    case LayerKind::PositionEmbedding: {
        if (!requireRank(2, QT_TR_NOOP("a sequence of vectors")))
            break;
        const qint64 positions = node.intValue(PosMax);
        const bool lookup = node.flag(PosLookup);
        if (lookup && s.d[0] > positions) {
            fail(node, tr("%1 tokens exceed its %2 learned positions.").arg(s.d[0]).arg(positions));
            break;
        }
        params = sizeMul(positions, s.last());
        if (lookup && trainable)
            saveBytes(0, double(s.d[0]) * kIdBytes); // position ids: one row shared by the batch
        y = newTensor(s, std::max(x.elementBytes, m_actBytes));
        flops = double(s.elements());
        break;
    }
    case LayerKind::ClassToken:
        if (!requireRank(2, QT_TR_NOOP("a sequence of vectors")))
            break;
        params = s.last();
        y = newTensor(shape2(s.d[0] + 1, s.d[1]), x.elementBytes); // torch.cat makes a new tensor
        break;
    case LayerKind::PatchToSequence:
        if (!requireRank(3, QT_TR_NOOP("a C×H×W feature map")))
            break;
        y = view(x, shape2(sizeMul(s.d[1], s.d[2]), s.d[0])); // flatten(2).transpose(1, 2) is a view
        break;
    case LayerKind::SelectToken:
        if (!requireRank(2, QT_TR_NOOP("a sequence of vectors")))
            break;
        y = view(x, shape1(s.d[1])); // x[:, 0] views the whole sequence's storage
        break;
    case LayerKind::Dropout:
        if (node.value(DropoutP) > 0.0) {
            saveBytes(double(s.elements()) * kMaskBytes);
            y = newTensor(s, x.elementBytes);
        }
        break;
    case LayerKind::Flatten:
        y = view(x, shape1(s.elements()));
        break;
    case LayerKind::Softmax:
        y = newTensor(s, m_autocast ? 4 : x.elementBytes);
        save(y);
        flops = 5.0 * double(s.elements());
        break;
    case LayerKind::Attention:
        return runAttention(node, x);
    case LayerKind::MLP:
        if (s.rank == 3 || !requireFloat()) {
            fail(node, tr("expects vectors but gets %1.").arg(s.toString()));
            break;
        }
        return runMlp(node, x, rowsOf(s), (m_options->loraTargets & LoraMlp) != 0);
    case LayerKind::MoE:
        return runMoe(node, x);
    case LayerKind::LSTM:
    case LayerKind::GRU:
        return runRnn(node, x);
    case LayerKind::LatentAttention:
        return runLatentAttention(node, x);
    case LayerKind::Mamba:
        return runMamba(node, x);
    case LayerKind::Generic: {
        params = node.intValue(GenParams);
        const int rank = int(node.intValue(GenRank));
        Shape out{
            rank,
            {node.intValue(GenD0), rank > 1 ? node.intValue(GenD1) : 1, rank > 2 ? node.intValue(GenD2) : 1}};
        if (rank == 0)
            out = s; // shape-preserving op (an elementwise op, a bias table added to the scores)
        if (node.flag(GenSavesInput))
            save(x);
        y = newTensor(out, x.elementBytes == kIdBytes ? m_actBytes : x.elementBytes);
        flops = 2.0 * double(params) * double(std::max<qint64>(1, rowsOf(s)));
        break;
    }
    default:
        break;
    }

    if (!m_checkpointPass && m_out->ok()) {
        addParams(params);
        addScaled(m_out->quantisableParameters, matmulParams);
        addScaled(m_out->activeParameters, params);
        if (node.kind == LayerKind::Embedding)
            addScaled(m_out->embeddingParameters, params);
        if (m_autocast)
            addScaled(m_out->autocastWeightParameters, castParams >= 0 ? castParams : matmulParams);
        if (!m_options->frozenBase) {
            // Adafactor factors each weight matrix's second moment into rows + columns.
            const bool matrix = node.kind == LayerKind::Linear || node.kind == LayerKind::Conv2d ||
                                node.kind == LayerKind::ConvTranspose2d ||
                                node.kind == LayerKind::Embedding ||
                                node.kind == LayerKind::PositionEmbedding;
            double factored = double(params);
            if (matrix && params > 0 && y.shape.last() > 0) {
                const double cols = node.kind == LayerKind::Linear ? double(s.last())
                                    : node.kind == LayerKind::Embedding
                                        ? double(node.intValue(EmbDim))
                                        : double(params) / double(std::max<qint64>(1, y.shape.d[0]));
                const double rowsCount = double(params) / std::max(1.0, cols);
                factored = rowsCount + cols;
            }
            m_out->adafactorStateElements += factored * double(m_multiplicity);
        }
        m_out->forwardFlopsPerSample += flops * double(m_multiplicity);
        if (m_row >= 0)
            m_out->rows[std::size_t(m_row)].flops += flops * double(m_multiplicity);
    }
    return y;
}

} // namespace headroom
