#pragma once

#include "core/model/architecture.h"
#include "core/model/plan.h"
#include "core/presets/presets.h"
#include "core/simulate/compiledmodel.h"
#include "core/simulate/modelcompiler.h"

#include <QFile>
#include <QString>

namespace headroom::test {

// Hugging Face's GPT-2 writes gelu_new out in Python ops (the presets follow it); Megatron and the
// shared calibration's GPT-2 ran one fused GELU kernel. Turns the former into the latter.
inline void useFusedGelu(Node &node)
{
    if (node.kind == LayerKind::MLP &&
        static_cast<MlpActivation>(node.intValue(attr::MlpAct)) == MlpActivation::GELUTanhUnfused)
        node.set(attr::MlpAct, int(MlpActivation::GELUTanh));
    for (Node &child : node.children)
        useFusedGelu(child);
}

// A model over a sequence of vectors [seq, hidden] or an image [channels, size, size].
inline Architecture sequenceModel(int seq, int hidden, std::vector<Node> body)
{
    Architecture a;
    a.name = QStringLiteral("test");
    a.input = InputSpec{InputSpec::Type::Features, hidden, 0, seq, 0};
    a.root = build::sequence(QStringLiteral("model"), std::move(body));
    return a;
}

inline Architecture imageModel(int channels, int size, std::vector<Node> body)
{
    Architecture a;
    a.name = QStringLiteral("test");
    a.input = InputSpec{InputSpec::Type::Image, channels, size, 0, 0};
    a.root = build::sequence(QStringLiteral("model"), std::move(body));
    return a;
}

inline CompiledModel compileFp32(const Architecture &a, Precision p = Precision::FP32)
{
    CompileOptions o;
    o.precision = p;
    return ModelCompiler().compile(a, o);
}

// GPT-2 small, bf16 AMP, micro-batch 8 × 1024 tokens on `count` GPUs of type `gpu`: the plan the
// hardware, comparison and report tests share.
inline Plan gpt2Plan(const QString &gpu, int count)
{
    Plan plan;
    plan.name = QStringLiteral("GPT-2 on %1").arg(gpu);
    plan.architecture = *Presets::create(QStringLiteral("gpt2"));
    plan.workload.precision = Precision::BF16_AMP;
    plan.workload.microBatch = 8;
    plan.workload.sequenceLength = 1024;
    plan.hardware.gpuId = gpu;
    plan.hardware.gpuCount = count;
    return plan;
}

#ifdef HEADROOM_TEST_DATA // suites that read tests/data define it
inline QByteArray readTestFile(const QString &relative)
{
    QFile f(QStringLiteral(HEADROOM_TEST_DATA "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
#endif

} // namespace headroom::test
