#include "core/model/workload.h"

#include "core/model/techniques.h"
#include "core/model/workloadlimits.h"

#include <array>
#include <utility>

// Strings use QCoreApplication::translate("Workload", ...): the context WorkloadText declares with
// Q_DECLARE_TR_FUNCTIONS(Workload), spelled out so that lupdate files them under the same context.

namespace headroom {

namespace {

constexpr std::array<EnumName<Mode>, 3> kModes{{
    {Mode::Training, "train", QT_TRANSLATE_NOOP("Workload", "Training")},
    {Mode::FineTuning, "finetune", QT_TRANSLATE_NOOP("Workload", "Fine-tuning")},
    {Mode::Inference, "inference", QT_TRANSLATE_NOOP("Workload", "Inference")},
}};

constexpr std::array<EnumName<Precision>, 9> kPrecisions{{
    {Precision::FP32, "fp32", QT_TRANSLATE_NOOP("Workload", "FP32")},
    {Precision::TF32, "tf32", QT_TRANSLATE_NOOP("Workload", "TF32 (fp32 storage, tensor-core matmuls)")},
    {Precision::FP16_AMP, "fp16-amp", QT_TRANSLATE_NOOP("Workload", "FP16 mixed precision (AMP)")},
    {Precision::BF16_AMP, "bf16-amp", QT_TRANSLATE_NOOP("Workload", "BF16 mixed precision (AMP)")},
    {Precision::FP16, "fp16", QT_TRANSLATE_NOOP("Workload", "Pure FP16")},
    {Precision::BF16, "bf16", QT_TRANSLATE_NOOP("Workload", "Pure BF16")},
    {Precision::FP8, "fp8", QT_TRANSLATE_NOOP("Workload", "FP8 (Transformer Engine)")},
    {Precision::INT8, "int8", QT_TRANSLATE_NOOP("Workload", "INT8 weights (inference)")},
    {Precision::INT4, "int4", QT_TRANSLATE_NOOP("Workload", "4-bit weights (inference)")},
}};

constexpr std::array<EnumName<Optimizer>, 7> kOptimizers{{
    {Optimizer::SGD, "sgd", QT_TRANSLATE_NOOP("Workload", "SGD")},
    {Optimizer::Momentum, "momentum", QT_TRANSLATE_NOOP("Workload", "SGD with momentum")},
    {Optimizer::Adam, "adam", QT_TRANSLATE_NOOP("Workload", "Adam")},
    {Optimizer::AdamW, "adamw", QT_TRANSLATE_NOOP("Workload", "AdamW")},
    {Optimizer::Adam8bit, "adam8bit", QT_TRANSLATE_NOOP("Workload", "8-bit Adam (bitsandbytes)")},
    {Optimizer::Adafactor, "adafactor", QT_TRANSLATE_NOOP("Workload", "Adafactor")},
    {Optimizer::Lion, "lion", QT_TRANSLATE_NOOP("Workload", "Lion")},
}};

constexpr std::array<EnumName<Checkpointing>, 3> kCheckpointing{{
    {Checkpointing::None, "none", QT_TRANSLATE_NOOP("Workload", "Off")},
    {Checkpointing::Full, "full", QT_TRANSLATE_NOOP("Workload", "Full (every block)")},
    {Checkpointing::Selective, "selective", QT_TRANSLATE_NOOP("Workload", "Selective (attention only)")},
}};

constexpr std::array<EnumName<FineTuneMethod>, 3> kFineTune{{
    {FineTuneMethod::Full, "full", QT_TRANSLATE_NOOP("Workload", "Full fine-tuning")},
    {FineTuneMethod::LoRA, "lora", QT_TRANSLATE_NOOP("Workload", "LoRA")},
    {FineTuneMethod::QLoRA, "qlora", QT_TRANSLATE_NOOP("Workload", "QLoRA (4-bit base)")},
}};

// Each table lists every enumerator once, at its own index (so lookups can index it).
template<typename E, std::size_t N> constexpr bool inOrder(const std::array<EnumName<E>, N> &table)
{
    for (std::size_t i = 0; i < N; ++i)
        if (table[i].value != E(i))
            return false;
    return true;
}
static_assert(inOrder(kModes) && inOrder(kPrecisions) && inOrder(kOptimizers) && inOrder(kCheckpointing) &&
              inOrder(kFineTune));

template<typename E> const EnumName<E> *rowOf(E value)
{
    for (const EnumName<E> &n : enumNames<E>())
        if (n.value == value)
            return &n;
    return nullptr;
}

template<typename E> QString idOf(E value)
{
    const EnumName<E> *n = rowOf(value);
    return n ? QString::fromLatin1(n->id) : QString();
}

template<typename E> QString labelOf(E value)
{
    const EnumName<E> *n = rowOf(value);
    return n ? QCoreApplication::translate("Workload", n->label) : QString();
}

template<typename E> std::optional<E> fromId(const QString &id)
{
    for (const EnumName<E> &n : enumNames<E>())
        if (id.compare(QLatin1String(n.id), Qt::CaseInsensitive) == 0)
            return n.value;
    return std::nullopt;
}

} // namespace

template<> std::span<const EnumName<Mode>> enumNames<Mode>()
{
    return kModes;
}
template<> std::span<const EnumName<Precision>> enumNames<Precision>()
{
    return kPrecisions;
}
template<> std::span<const EnumName<Optimizer>> enumNames<Optimizer>()
{
    return kOptimizers;
}
template<> std::span<const EnumName<Checkpointing>> enumNames<Checkpointing>()
{
    return kCheckpointing;
}
template<> std::span<const EnumName<FineTuneMethod>> enumNames<FineTuneMethod>()
{
    return kFineTune;
}

QString modeId(Mode m)
{
    return idOf(m);
}
QString precisionId(Precision p)
{
    return idOf(p);
}
QString optimizerId(Optimizer o)
{
    return idOf(o);
}
QString checkpointingId(Checkpointing c)
{
    return idOf(c);
}
QString fineTuneMethodId(FineTuneMethod m)
{
    return idOf(m);
}
std::optional<Mode> modeFromId(const QString &id)
{
    if (id == QLatin1String("training"))
        return Mode::Training;
    return fromId<Mode>(id);
}
std::optional<Precision> precisionFromId(const QString &id)
{
    return fromId<Precision>(id);
}
std::optional<Optimizer> optimizerFromId(const QString &id)
{
    return fromId<Optimizer>(id);
}
std::optional<Checkpointing> checkpointingFromId(const QString &id)
{
    return fromId<Checkpointing>(id);
}
std::optional<FineTuneMethod> fineTuneMethodFromId(const QString &id)
{
    return fromId<FineTuneMethod>(id);
}

QString modeName(Mode m)
{
    return labelOf(m);
}
QString precisionName(Precision p)
{
    return labelOf(p);
}
QString optimizerName(Optimizer o)
{
    return labelOf(o);
}
QString checkpointingName(Checkpointing c)
{
    return labelOf(c);
}
QString fineTuneMethodName(FineTuneMethod m)
{
    return labelOf(m);
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
        return QCoreApplication::translate("Workload",
                                           "Memory techniques (%1) apply to training and fine-tuning, "
                                           "not to inference.")
            .arg(techniqueLabels(t));
    if ((t & TechniqueChunkedCrossEntropy) && (t & TechniqueFusedCrossEntropy))
        return QCoreApplication::translate("Workload",
                                           "Choose either chunked or fused linear cross-entropy: both "
                                           "replace the same loss.");
    if ((t & TechniqueOptimizerInBackward) && w.gradientAccumulation > 1)
        return QCoreApplication::translate("Workload",
                                           "The optimizer step in backward needs gradient accumulation 1 "
                                           "(torchtune refuses optimizer_in_bwd with accumulation %1).")
            .arg(w.gradientAccumulation);
    return {};
}
} // namespace

QString validateWorkload(const Workload &w)
{
    const QStringList outOfRange = workloadLimitProblems(w);
    if (!outOfRange.isEmpty())
        return outOfRange.first();
    if (!(w.loraDropout >= 0 && w.loraDropout < 1))
        return QCoreApplication::translate("Workload",
                                           "LoRA dropout must be at least 0 and below 1 (got %1).")
            .arg(w.loraDropout);
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
