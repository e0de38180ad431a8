#include "core/model/workload.h"

#include "core/model/techniques.h"

#include <array>
#include <utility>

// Strings use QCoreApplication::translate("Workload", ...): the context WorkloadText declares with
// Q_DECLARE_TR_FUNCTIONS(Workload), spelled out so that lupdate files them under the same context.

namespace headroom {

namespace {

template<typename E, std::size_t N>
QString idOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, id] : table)
        if (e == value)
            return QString::fromLatin1(id);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromId(const std::array<std::pair<E, const char *>, N> &table, const QString &id)
{
    for (const auto &[e, name] : table)
        if (id.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Mode, const char *>, 3> kModes{
    {{Mode::Training, "train"}, {Mode::FineTuning, "finetune"}, {Mode::Inference, "inference"}}};

constexpr std::array<std::pair<Precision, const char *>, 9> kPrecisions{{{Precision::FP32, "fp32"},
                                                                         {Precision::TF32, "tf32"},
                                                                         {Precision::FP16_AMP, "fp16-amp"},
                                                                         {Precision::BF16_AMP, "bf16-amp"},
                                                                         {Precision::FP16, "fp16"},
                                                                         {Precision::BF16, "bf16"},
                                                                         {Precision::FP8, "fp8"},
                                                                         {Precision::INT8, "int8"},
                                                                         {Precision::INT4, "int4"}}};

constexpr std::array<std::pair<Optimizer, const char *>, 7> kOptimizers{{{Optimizer::SGD, "sgd"},
                                                                         {Optimizer::Momentum, "momentum"},
                                                                         {Optimizer::Adam, "adam"},
                                                                         {Optimizer::AdamW, "adamw"},
                                                                         {Optimizer::Adam8bit, "adam8bit"},
                                                                         {Optimizer::Adafactor, "adafactor"},
                                                                         {Optimizer::Lion, "lion"}}};

constexpr std::array<std::pair<Checkpointing, const char *>, 3> kCheckpointing{
    {{Checkpointing::None, "none"}, {Checkpointing::Full, "full"}, {Checkpointing::Selective, "selective"}}};

constexpr std::array<std::pair<FineTuneMethod, const char *>, 3> kFineTune{
    {{FineTuneMethod::Full, "full"}, {FineTuneMethod::LoRA, "lora"}, {FineTuneMethod::QLoRA, "qlora"}}};

} // namespace

bool Workload::operator==(const Workload &o) const
{
    return mode == o.mode && microBatch == o.microBatch && gradientAccumulation == o.gradientAccumulation &&
           sequenceLength == o.sequenceLength && imageSize == o.imageSize && precision == o.precision &&
           optimizer == o.optimizer && checkpointing == o.checkpointing &&
           flashAttention == o.flashAttention && masterWeights == o.masterWeights &&
           fineTuneMethod == o.fineTuneMethod && loraRank == o.loraRank && loraTargets == o.loraTargets &&
           loraDropout == o.loraDropout && techniques == o.techniques &&
           contextLength == o.contextLength && kvCachePrecision == o.kvCachePrecision;
}

QString modeId(Mode m)
{
    return idOf(kModes, m);
}
QString precisionId(Precision p)
{
    return idOf(kPrecisions, p);
}
QString optimizerId(Optimizer o)
{
    return idOf(kOptimizers, o);
}
QString checkpointingId(Checkpointing c)
{
    return idOf(kCheckpointing, c);
}
QString fineTuneMethodId(FineTuneMethod m)
{
    return idOf(kFineTune, m);
}
std::optional<Mode> modeFromId(const QString &id)
{
    if (id == QLatin1String("training"))
        return Mode::Training;
    return fromId(kModes, id);
}
std::optional<Precision> precisionFromId(const QString &id)
{
    return fromId(kPrecisions, id);
}
std::optional<Optimizer> optimizerFromId(const QString &id)
{
    return fromId(kOptimizers, id);
}
std::optional<Checkpointing> checkpointingFromId(const QString &id)
{
    return fromId(kCheckpointing, id);
}
std::optional<FineTuneMethod> fineTuneMethodFromId(const QString &id)
{
    return fromId(kFineTune, id);
}

QString modeName(Mode m)
{
    switch (m) {
    case Mode::Training:
        return QCoreApplication::translate("Workload", "Training");
    case Mode::FineTuning:
        return QCoreApplication::translate("Workload", "Fine-tuning");
    case Mode::Inference:
        return QCoreApplication::translate("Workload", "Inference");
    }
    return {};
}

QString precisionName(Precision p)
{
    switch (p) {
    case Precision::FP32:
        return QCoreApplication::translate("Workload", "FP32");
    case Precision::TF32:
        return QCoreApplication::translate("Workload", "TF32 (fp32 storage, tensor-core matmuls)");
    case Precision::FP16_AMP:
        return QCoreApplication::translate("Workload", "FP16 mixed precision (AMP)");
    case Precision::BF16_AMP:
        return QCoreApplication::translate("Workload", "BF16 mixed precision (AMP)");
    case Precision::FP16:
        return QCoreApplication::translate("Workload", "Pure FP16");
    case Precision::BF16:
        return QCoreApplication::translate("Workload", "Pure BF16");
    case Precision::FP8:
        return QCoreApplication::translate("Workload", "FP8 (Transformer Engine)");
    case Precision::INT8:
        return QCoreApplication::translate("Workload", "INT8 weights (inference)");
    case Precision::INT4:
        return QCoreApplication::translate("Workload", "4-bit weights (inference)");
    }
    return {};
}

QString optimizerName(Optimizer o)
{
    switch (o) {
    case Optimizer::SGD:
        return QCoreApplication::translate("Workload", "SGD");
    case Optimizer::Momentum:
        return QCoreApplication::translate("Workload", "SGD with momentum");
    case Optimizer::Adam:
        return QCoreApplication::translate("Workload", "Adam");
    case Optimizer::AdamW:
        return QCoreApplication::translate("Workload", "AdamW");
    case Optimizer::Adam8bit:
        return QCoreApplication::translate("Workload", "8-bit Adam (bitsandbytes)");
    case Optimizer::Adafactor:
        return QCoreApplication::translate("Workload", "Adafactor");
    case Optimizer::Lion:
        return QCoreApplication::translate("Workload", "Lion");
    }
    return {};
}

QString checkpointingName(Checkpointing c)
{
    switch (c) {
    case Checkpointing::None:
        return QCoreApplication::translate("Workload", "Off");
    case Checkpointing::Full:
        return QCoreApplication::translate("Workload", "Full (every block)");
    case Checkpointing::Selective:
        return QCoreApplication::translate("Workload", "Selective (attention only)");
    }
    return {};
}

QString fineTuneMethodName(FineTuneMethod m)
{
    switch (m) {
    case FineTuneMethod::Full:
        return QCoreApplication::translate("Workload", "Full fine-tuning");
    case FineTuneMethod::LoRA:
        return QCoreApplication::translate("Workload", "LoRA");
    case FineTuneMethod::QLoRA:
        return QCoreApplication::translate("Workload", "QLoRA (4-bit base)");
    }
    return {};
}

QString loraTargetsId(unsigned targets)
{
    QString s;
    const std::pair<unsigned, char> letters[] = {
        {LoraQuery, 'q'}, {LoraKey, 'k'}, {LoraValue, 'v'}, {LoraOutput, 'o'}, {LoraMlp, 'm'}};
    for (const auto &[bit, c] : letters)
        if (targets & bit)
            s += QLatin1Char(c);
    return s;
}

std::optional<unsigned> loraTargetsFromId(const QString &id)
{
    if (id == QLatin1String("all"))
        return LoraAllLinear;
    unsigned t = 0;
    for (QChar c : id) {
        switch (c.toLatin1()) {
        case 'q':
            t |= LoraQuery;
            break;
        case 'k':
            t |= LoraKey;
            break;
        case 'v':
            t |= LoraValue;
            break;
        case 'o':
            t |= LoraOutput;
            break;
        case 'm':
            t |= LoraMlp;
            break;
        default:
            return std::nullopt;
        }
    }
    if (t == 0)
        return std::nullopt;
    return t;
}

PrecisionTraits precisionTraits(Precision p)
{
    // Quantised inference formats store a 16-bit scale per group of 128 weights (GPTQ/AWQ
    // group size 128); 4-bit formats also a 4-bit zero point per group.
    constexpr double group = 128.0;
    switch (p) {
    case Precision::FP32:
    case Precision::TF32:
        return {4.0, 4, false, false, true};
    case Precision::FP16_AMP:
    case Precision::BF16_AMP:
        return {4.0, 2, true, false, true};
    case Precision::FP16:
    case Precision::BF16:
        return {2.0, 2, false, true, true};
    case Precision::FP8:
        return {2.0, 2, false, true, true};
    case Precision::INT8:
        return {1.0 + 2.0 / group, 2, false, true, false};
    case Precision::INT4:
        return {0.5 + 2.5 / group, 2, false, true, false};
    }
    return {4.0, 4, false, false, true};
}

double kvCacheBytes(Precision p)
{
    switch (p) {
    case Precision::FP32:
    case Precision::TF32:
        return 4.0;
    case Precision::FP8:
    case Precision::INT8:
        return 1.0;
    case Precision::INT4:
        return 0.5;
    default:
        return 2.0;
    }
}

namespace {
// Combinations the frameworks refuse, said as they would.
QString validateTechniques(const Workload &w)
{
    const unsigned t = w.techniques;
    if (t == 0)
        return {};
    if (w.mode == Mode::Inference)
        return QCoreApplication::translate("Workload", "Memory techniques (%1) apply to training and fine-tuning, "
                                                       "not to inference.")
            .arg(techniqueLabels(t));
    if ((t & TechniqueChunkedCrossEntropy) && (t & TechniqueFusedCrossEntropy))
        return QCoreApplication::translate("Workload", "Choose either chunked or fused linear cross-entropy: both "
                                                       "replace the same loss.");
    if ((t & TechniqueOptimizerInBackward) && w.gradientAccumulation > 1)
        return QCoreApplication::translate("Workload", "The optimizer step in backward needs gradient accumulation 1 "
                                                       "(torchtune refuses optimizer_in_bwd with accumulation %1).")
            .arg(w.gradientAccumulation);
    return {};
}
} // namespace

QString validateWorkload(const Workload &w)
{
    auto outOfRange = [](const QString &field, qint64 value, qint64 lo, qint64 hi) {
        return QCoreApplication::translate("Workload", "%1 must be between %2 and %3 (got %4).")
            .arg(field)
            .arg(lo)
            .arg(hi)
            .arg(value);
    };
    if (w.microBatch < 1 || w.microBatch > 1'000'000)
        return outOfRange(QCoreApplication::translate("Workload", "Micro-batch size"), w.microBatch, 1,
                          1'000'000);
    if (w.gradientAccumulation < 1 || w.gradientAccumulation > 1'000'000)
        return outOfRange(QCoreApplication::translate("Workload", "Gradient accumulation"),
                          w.gradientAccumulation, 1, 1'000'000);
    if (w.sequenceLength < 0 || w.sequenceLength > (1 << 24))
        return outOfRange(QCoreApplication::translate("Workload", "Sequence length"), w.sequenceLength, 0,
                          1 << 24);
    if (w.imageSize < 0 || w.imageSize > 16384)
        return outOfRange(QCoreApplication::translate("Workload", "Image size"), w.imageSize, 0, 16384);
    if (w.loraRank < 1 || w.loraRank > 65536)
        return outOfRange(QCoreApplication::translate("Workload", "LoRA rank"), w.loraRank, 1, 65536);
    if (!(w.loraDropout >= 0 && w.loraDropout < 1))
        return QCoreApplication::translate("Workload", "LoRA dropout must be at least 0 and below 1 (got %1).")
            .arg(w.loraDropout);
    if (w.contextLength < 1 || w.contextLength > (1 << 24))
        return outOfRange(QCoreApplication::translate("Workload", "Context length"), w.contextLength, 1,
                          1 << 24);
    if (const QString problem = validateTechniques(w); !problem.isEmpty())
        return problem;
    if (w.mode != Mode::Inference && !precisionTraits(w.precision).trainable)
        return QCoreApplication::translate(
                   "Workload", "Precision %1 is an inference format; choose fp32, tf32, AMP, pure fp16/bf16 "
                               "or fp8 for training, or QLoRA for 4-bit fine-tuning.")
            .arg(precisionId(w.precision));
    return {};
}

} // namespace headroom
