#pragma once

#include "core/common/enumnames.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace headroom {

enum class Mode { Training, FineTuning, Inference };

// How the weights, gradients and activations are stored. The AMP modes keep fp32 weights and run
// matmuls and convolutions in half precision under torch.autocast; the pure modes convert the model.
enum class Precision { FP32, TF32, FP16_AMP, BF16_AMP, FP16, BF16, FP8, INT8, INT4 };

enum class Optimizer { SGD, Momentum, Adam, AdamW, Adam8bit, Adafactor, Lion };

enum class Checkpointing { None, Full, Selective };

// Parameter-efficient fine-tuning: which weights train.
enum class FineTuneMethod { Full, LoRA, QLoRA };

// The framework whose defaults the plan assumes (core/model/runtimeprofile.h has the table).
enum class RuntimeProfile { Custom, PyTorch1, PyTorch2, HfTrainer, Torchtune, LitGpt, Unsloth, DeepSpeed };

// LoRA target projections (bit flags).
enum LoraTarget : unsigned {
    LoraQuery = 1u << 0,
    LoraKey = 1u << 1,
    LoraValue = 1u << 2,
    LoraOutput = 1u << 3,
    LoraMlp = 1u << 4,
    LoraAllLinear = LoraQuery | LoraKey | LoraValue | LoraOutput | LoraMlp,
};

struct Workload
{
    Mode mode = Mode::Training;
    int microBatch = 8;
    int gradientAccumulation = 1;
    int sequenceLength = 0; // 0: the architecture's default
    int imageSize = 0;      // 0: the architecture's default
    Precision precision = Precision::BF16_AMP;
    Optimizer optimizer = Optimizer::AdamW;
    Checkpointing checkpointing = Checkpointing::None;
    bool flashAttention = false;
    // Pure fp16/bf16 and fp8: the optimizer keeps an fp32 master copy of the weights (DeepSpeed,
    // Megatron, Apex O2). Off = plain `model.to(bf16)` with optimizer states in the weights' dtype.
    bool masterWeights = true;

    FineTuneMethod fineTuneMethod = FineTuneMethod::LoRA;
    int loraRank = 16;
    unsigned loraTargets = LoraQuery | LoraValue;
    // PEFT's lora_dropout. Its LoraConfig default is 0.0; Hugging Face's PEFT examples, LitGPT and
    // the QLoRA paper use 0.05-0.1, torchtune and Unsloth 0.0. Above 0 each adapter keeps a
    // 1-byte mask per input element.
    double loraDropout = 0.05;
    // Memory techniques (core/model/techniques.h), bit flags; 0 = plain PyTorch.
    unsigned techniques = 0;
    // Whose defaults the plan assumes (core/model/runtimeprofile.h); PyTorch 2.x eager is what the
    // memory model's own defaults describe.
    RuntimeProfile runtimeProfile = RuntimeProfile::PyTorch2;

    // Inference: microBatch is the number of concurrent sequences; the KV cache holds
    // contextLength tokens for each, and sequenceLength is the prompt processed at once.
    int contextLength = 4096;
    Precision kvCachePrecision = Precision::BF16;

    bool operator==(const Workload &o) const = default;
};

// The id and label tables (core/common/enumnames.h).
template<> std::span<const EnumName<Mode>> enumNames<Mode>();
template<> std::span<const EnumName<Precision>> enumNames<Precision>();
template<> std::span<const EnumName<Optimizer>> enumNames<Optimizer>();
template<> std::span<const EnumName<Checkpointing>> enumNames<Checkpointing>();
template<> std::span<const EnumName<FineTuneMethod>> enumNames<FineTuneMethod>();

// Names used in files, on the command line and in JSON output.
QString modeId(Mode m);
QString precisionId(Precision p);
QString optimizerId(Optimizer o);
QString checkpointingId(Checkpointing c);
QString fineTuneMethodId(FineTuneMethod m);
std::optional<Mode> modeFromId(const QString &id);
std::optional<Precision> precisionFromId(const QString &id);
std::optional<Optimizer> optimizerFromId(const QString &id);
std::optional<Checkpointing> checkpointingFromId(const QString &id);
std::optional<FineTuneMethod> fineTuneMethodFromId(const QString &id);

// Human-readable, translated names for the UI.
QString modeName(Mode m);
QString precisionName(Precision p);
QString optimizerName(Optimizer o);
QString checkpointingName(Checkpointing c);
QString fineTuneMethodName(FineTuneMethod m);

QString loraTargetsId(unsigned targets);
std::optional<unsigned> loraTargetsFromId(const QString &id);

// Bytes per element of what each precision stores.
struct PrecisionTraits
{
    double weightBytes;  // bytes per stored parameter (quantised formats include their scales)
    int activationBytes; // dtype of activations saved for backward (pure modes, not AMP casts)
    bool autocast;       // torch.autocast: matmul/conv inputs are cast to half, norms run in fp32
    bool halfWeights;    // weights themselves are 16-bit or smaller
    bool trainable;      // can be used for training (int8/int4 are inference formats)
};
PrecisionTraits precisionTraits(Precision p);

// Bytes per element of a KV-cache precision.
double kvCacheBytes(Precision p);

// Checks ranges; returns an empty string when valid, else one translated sentence naming the field.
QString validateWorkload(const Workload &w);

class WorkloadText
{
    Q_DECLARE_TR_FUNCTIONS(Workload)
};

} // namespace headroom
