#pragma once

#include "core/common/enumnames.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace headroom {

// What ZeRO-Offload / ZeRO-Infinity moves to host RAM.
enum class CpuOffload { None, Optimizer, Params };

template<> std::span<const EnumName<CpuOffload>> enumNames<CpuOffload>(); // labels: "Parallelism" context
QString cpuOffloadId(CpuOffload o);                                       // "none", "optimizer", "params"
std::optional<CpuOffload> cpuOffloadFromId(const QString &id);
QString cpuOffloadName(CpuOffload o); // translated

// How a training job spreads over its GPUs. The GPU count itself is HardwareChoice::gpuCount;
// data parallelism is what is left: dp = gpus / (tp · pp).
struct Parallelism
{
    int nodes = 1;     // machines; gpus / nodes GPUs in each
    int zeroStage = 0; // DeepSpeed ZeRO 0-3
    bool fsdp = false; // PyTorch FSDP FULL_SHARD: ZeRO-3 semantics
    CpuOffload offload = CpuOffload::None;
    int tensorParallel = 1;        // Megatron tensor parallelism t
    bool sequenceParallel = false; // Megatron sequence parallelism (needs t > 1 to matter)
    int pipelineParallel = 1;      // pipeline stages p
    int microBatchesInFlight = 0;  // 1F1B: micro-batches the first stage holds; 0 = p

    bool operator==(const Parallelism &o) const = default;
    bool isDefault() const { return *this == Parallelism{}; }
};

// A Parallelism resolved against a GPU count: the numbers the memory and throughput models use.
// The default is one GPU with nothing sharded, which leaves every single-GPU figure unchanged.
struct ParallelLayout
{
    int gpus = 1;
    int nodes = 1;
    int dp = 1;
    int tp = 1;
    int pp = 1;
    int zero = 0; // effective stage (FSDP counts as 3)
    CpuOffload offload = CpuOffload::None;
    bool sp = false;
    int inFlight = 1; // micro-batches the first pipeline stage keeps activations for

    static ParallelLayout of(const Parallelism &p, int gpus);
    int gpusPerNode() const { return nodes > 0 ? gpus / nodes : gpus; }
    bool single() const { return gpus == 1; }
};

class ParallelismText
{
    Q_DECLARE_TR_FUNCTIONS(Parallelism)
public:
    // Empty when the layout is possible, else one translated sentence naming the problem.
    static QString validate(const Parallelism &p, int gpus);
    // Empty unless the layout shards training state (ZeRO, FSDP, CPU offload), which an inference
    // plan refuses: serving engines shard weights with tensor or pipeline parallelism instead.
    static QString validateForInference(const Parallelism &p);
    // "8 GPUs on 1 node: DP 2 × TP 2 × PP 2, ZeRO-1"
    static QString describe(const ParallelLayout &l);
};

} // namespace headroom
