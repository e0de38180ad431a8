#pragma once

// Shared by the memory model's files (memorymodel.cpp computes, memoryformulas.cpp explains).
// Internal to core/memory.

#include "core/memory/memorymodel.h"

namespace headroom::memory {

inline constexpr double kMiB = 1024.0 * 1024.0;
// QLoRA's NF4 with double quantisation: 4 bits plus 0.127 bits of scales per parameter
// (Dettmers et al. 2023, section 3).
inline constexpr double kNf4Bytes = 0.5 + 0.127 / 8.0;
inline constexpr double kAdapterBytes = 4.0; // PEFT keeps LoRA adapters in fp32
// bitsandbytes 8-bit Adam: two uint8 states plus one fp32 absmax per 2048-element block each.
inline constexpr double kAdam8bitBytes = 2.0 + 2.0 * 4.0 / 2048.0;

struct Setup
{
    PrecisionTraits traits;
    bool training;
    bool peft;
    bool qlora;
};

inline Setup setupOf(const Workload &w)
{
    Setup s;
    s.traits = precisionTraits(w.precision);
    s.training = w.mode != Mode::Inference;
    s.peft = w.mode == Mode::FineTuning && w.fineTuneMethod != FineTuneMethod::Full;
    s.qlora = s.peft && w.fineTuneMethod == FineTuneMethod::QLoRA;
    return s;
}

// One GPU's breakdown for `batch` (the GPU's capacity is filled in by MemoryModel::evaluate).
void compute(const CompiledModel &m, const Workload &w, const Assumptions &a, int batch, MemoryBreakdown &b,
             const ParallelLayout &L);

} // namespace headroom::memory
