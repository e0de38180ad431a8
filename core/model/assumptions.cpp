#include "core/model/assumptions.h"

#include <cmath>

namespace headroom {

namespace {
// Order matches AssumptionId.
const AssumptionInfo kInfos[] = {
    {AssumptionId::CudaContextMiB, "cuda_context_mib",
     QT_TRANSLATE_NOOP("Assumption", "CUDA context and kernels"), "MiB", 768, 0, 16384,
     QT_TRANSLATE_NOOP(
         "Assumption",
         "Memory the CUDA context, library handles and loaded kernels take outside PyTorch's "
         "allocator: 715-781 MiB measured on an H200 across 16 workloads (PyTorch 2.11, CUDA 13, "
         "lazy module loading; Headroom's calibration runs); 1,343 MiB on a V100 with "
         "CUDA 11.2 (Hugging Face, \"Efficient training on a single GPU\").")},
    {AssumptionId::AllocatorFragmentation, "allocator_fragmentation",
     QT_TRANSLATE_NOOP("Assumption", "Allocator reserve and fragmentation"), "fraction", 0.10, 0, 2,
     QT_TRANSLATE_NOOP(
         "Assumption",
         "Share of allocated memory the PyTorch caching allocator holds on top (block rounding "
         "to 512 B and 2 MiB/20 MiB segments, split blocks). Measured 2% to 28% on an H200 (median 8%, "
         "16 workloads, Headroom's calibration runs); PyTorch docs, \"CUDA semantics: memory "
         "management\". A rule "
         "of thumb, not a law: set it from torch.cuda.memory_reserved()/memory_allocated().")},
    {AssumptionId::CublasWorkspaceMiB, "cublas_workspace_mib",
     QT_TRANSLATE_NOOP("Assumption", "cuBLAS workspace"), "MiB", 32, 0, 4096,
     QT_TRANSLATE_NOOP("Assumption",
                       "cuBLAS workspace per handle: PyTorch's default CUBLAS_WORKSPACE_CONFIG is :4096:8 "
                       "(32 MiB) on Hopper and about 8 MiB on older GPUs (PyTorch docs, reproducibility). "
                       "A flat 5-10% for workspaces would overstate it; large temporaries are counted "
                       "as tensors instead.")},
    {AssumptionId::ConvWorkspaceMiB, "conv_workspace_mib",
     QT_TRANSLATE_NOOP("Assumption", "cuDNN convolution workspace"), "MiB", 256, 0, 65536,
     QT_TRANSLATE_NOOP(
         "Assumption",
         "Scratch space cuDNN's convolution algorithms may take (models with convolutions only). "
         "With torch.backends.cudnn.benchmark the fastest algorithm may use hundreds of MiB; "
         "cuDNN developer guide, cudnnGetConvolutionForwardWorkspaceSize.")},
    {AssumptionId::LossInFp32, "loss_in_fp32", QT_TRANSLATE_NOOP("Assumption", "Loss computed in fp32"),
     "0/1", 1, 0, 1,
     QT_TRANSLATE_NOOP("Assumption",
                       "Logits are upcast to fp32 before the cross-entropy loss (Hugging Face Llama's "
                       "logits.float(); autocast runs cross_entropy in fp32). Off: the loss runs in the "
                       "activation dtype.")},
    {AssumptionId::GradientsFreedAfterStep, "gradients_freed_after_step",
     QT_TRANSLATE_NOOP("Assumption", "Gradients freed after each step"), "0/1", 1, 0, 1,
     QT_TRANSLATE_NOOP(
         "Assumption",
         "1: zero_grad(set_to_none=True) frees the gradients after each step (the default since "
         "PyTorch 2.0, used by the Hugging Face Trainer and Lightning); backward allocates them "
         "while it frees activations, so on one GPU without gradient accumulation they are not "
         "live at the activation peak (measured on an H200 in Headroom's calibration runs). "
         "0: they stay allocated (set_to_none=False, the PyTorch 1.x default).")},
    {AssumptionId::OptimizerStepTemporary, "optimizer_step_temporary",
     QT_TRANSLATE_NOOP("Assumption", "Optimizer step builds a full-size temporary"), "0/1", 1, 0, 1,
     QT_TRANSLATE_NOOP(
         "Assumption",
         "1: torch.optim's foreach Adam/AdamW/Lion (the default on CUDA when neither foreach nor fused "
         "is given, torch/optim/optimizer.py _default_to_fused_or_foreach) builds one temporary the "
         "size of the optimizer state during step(), e.g. _foreach_sqrt(exp_avg_sqs) in "
         "torch/optim/adamw.py. 0: fused=True (torch._fused_adamw_, the Hugging Face Trainer's "
         "adamw_torch_fused default from PyTorch 2.8), DeepSpeed's FusedAdam, or a per-parameter loop "
         "(transformers' old AdamW, PyTorch 1.x's for-loop Adam) updates in place.")},
    {AssumptionId::SafetyMargin, "safety_margin", QT_TRANSLATE_NOOP("Assumption", "Safety margin for growth"),
     "fraction", 0.15, 0, 0.9,
     QT_TRANSLATE_NOOP("Assumption",
                       "Share of GPU memory a recommended build keeps free for longer sequences, bigger "
                       "batches and library changes. A planning choice, not a measurement: the allocator's "
                       "own reserve varied from 2% to 28% across workloads on an H200 (Headroom's "
                       "calibration runs), and a longer sequence or a bigger batch grows memory further.")},
    {AssumptionId::MlaLatentKvCache, "mla_latent_kv_cache",
     QT_TRANSLATE_NOOP("Assumption", "KV cache keeps the MLA latent"), "0/1", 0, 0, 1,
     QT_TRANSLATE_NOOP(
         "Assumption",
         "Multi-head latent attention (DeepSeek-V2/V3). 0: the cache holds the decompressed keys and "
         "values, heads × (qk_nope + qk_rope + v_head_dim) per token and layer, as Hugging Face "
         "transformers stores key_states and value_states. 1: it holds the compressed latent and the "
         "shared rotary key, kv_lora_rank + qk_rope_head_dim per token and layer, as vLLM's and "
         "SGLang's MLA backends do (vllm/attention/backends/mla/common.py: \"a single latent vector "
         "... per-token entry of the KV cache\").")},
    {AssumptionId::ModelFlopsUtilisation, "model_flops_utilisation",
     QT_TRANSLATE_NOOP("Assumption", "Model FLOPs utilisation"), "fraction", 0.40, 0.01, 1,
     QT_TRANSLATE_NOOP(
         "Assumption",
         "Share of the GPU's peak dense tensor throughput a training step achieves. PaLM reports "
         "46.2% MFU on TPU v4 (Chowdhery et al. 2022, table 3); Megatron-LM reaches 41-52% of "
         "A100 peak at scale (Narayanan et al. 2021); small models and consumer cards often "
         "reach 20-35%.")},
    {AssumptionId::MemoryBandwidthUtilisation, "memory_bandwidth_utilisation",
     QT_TRANSLATE_NOOP("Assumption", "Memory bandwidth utilisation (decoding)"), "fraction", 0.6, 0.01, 1,
     QT_TRANSLATE_NOOP(
         "Assumption",
         "Share of the GPU's peak memory bandwidth a decode step achieves while it reads the weights "
         "and the KV cache. Decoding one sequence in llama.cpp reaches roughly 60-80% of the peak (an "
         "RTX 4090, 1,008 GB/s, decodes a 7B model at about 150 tokens/s in Q4_0, 3.8 GB, and about "
         "60 in fp16, 13.5 GB, in llama.cpp's published CUDA benchmarks); the default takes the lower "
         "end, so speeds err on the slow side.")},
    {AssumptionId::InterNodeBandwidthGBs, "inter_node_bandwidth_gbs",
     QT_TRANSLATE_NOOP("Assumption", "Network bandwidth between nodes"), "GB/s", 12.5, 0.01, 10000,
     QT_TRANSLATE_NOOP("Assumption",
                       "Bandwidth per direction of each node's network link, used when the gradient "
                       "all-reduce leaves a node: 12.5 GB/s is 100 Gb/s Ethernet or InfiniBand EDR; HDR "
                       "is 25 GB/s, NDR 50 GB/s per port.")},
    {AssumptionId::PowerUtilisation, "power_utilisation",
     QT_TRANSLATE_NOOP("Assumption", "Average GPU power as a share of TDP"), "fraction", 0.80, 0.05, 1.5,
     QT_TRANSLATE_NOOP("Assumption",
                       "Mean board power during training relative to the rated TDP; dense training "
                       "typically draws 70-100% of TDP (nvidia-smi power readings).")},
    {AssumptionId::ElectricityPricePerKWh, "electricity_price_per_kwh",
     QT_TRANSLATE_NOOP("Assumption", "Electricity price per kWh"), "currency/kWh", 0.25, 0, 100,
     QT_TRANSLATE_NOOP("Assumption",
                       "Price of one kWh in the catalog's currency; about £0.25 under the 2024 Ofgem "
                       "price cap for UK households.")},
    {AssumptionId::RentalPricePerGpuHour, "rental_price_per_gpu_hour",
     QT_TRANSLATE_NOOP("Assumption", "Rental price per GPU-hour"), "currency/GPU-h", 0, 0, 1000,
     QT_TRANSLATE_NOOP("Assumption",
                       "Cloud price of one GPU for one hour (on-demand A100 80GB was about $1.5-4 in 2024). "
                       "0 means owned hardware: the GPU's catalog price is spread over its amortisation "
                       "period instead.")},
    {AssumptionId::AmortisationYears, "amortisation_years",
     QT_TRANSLATE_NOOP("Assumption", "Amortisation period of owned GPUs"), "years", 3, 0.1, 20,
     QT_TRANSLATE_NOOP("Assumption",
                       "Years over which a purchased GPU's price is spread, running around the clock; "
                       "three years is a common depreciation schedule for servers.")},
    {AssumptionId::DataLoaderWorkersPerGpu, "data_loader_workers_per_gpu",
     QT_TRANSLATE_NOOP("Assumption", "Data-loader workers per GPU"), "workers", 4, 0, 64,
     QT_TRANSLATE_NOOP("Assumption",
                       "torch.utils.data.DataLoader num_workers per training process; 4 per GPU is the usual "
                       "starting point (PyTorch performance tuning guide).")},
    {AssumptionId::PrefetchFactor, "prefetch_factor",
     QT_TRANSLATE_NOOP("Assumption", "Batches prefetched per worker"), "batches", 2, 1, 64,
     QT_TRANSLATE_NOOP("Assumption",
                       "DataLoader prefetch_factor: batches each worker loads ahead (PyTorch default 2).")},
    {AssumptionId::HostProcessGiB, "host_process_gib",
     QT_TRANSLATE_NOOP("Assumption", "Host memory per training process"), "GiB", 3, 0, 256,
     QT_TRANSLATE_NOOP("Assumption",
                       "Resident memory of one PyTorch training process before data: the Python "
                       "interpreter, CUDA and cuDNN host libraries and the framework, typically 2-4 GiB.")},
    {AssumptionId::DataLoaderWorkerGiB, "data_loader_worker_gib",
     QT_TRANSLATE_NOOP("Assumption", "Host memory per data-loader worker"), "GiB", 0.5, 0, 64,
     QT_TRANSLATE_NOOP("Assumption",
                       "Resident memory of one DataLoader worker process (a forked Python process with its "
                       "dataset object); copy-on-write reference counting makes it grow toward the dataset "
                       "object's size (PyTorch issue #13246).")},
    {AssumptionId::RamPricePerGB, "ram_price_per_gb",
     QT_TRANSLATE_NOOP("Assumption", "System RAM price per GB"), "currency/GB", 3.0, 0, 1000,
     QT_TRANSLATE_NOOP("Assumption",
                       "Retail price of DDR5 desktop/workstation memory, about £2.5-4 per GB in 2024.")},
    {AssumptionId::CpuPowerW, "cpu_power_w", QT_TRANSLATE_NOOP("Assumption", "CPU and platform power"), "W",
     250, 0, 5000,
     QT_TRANSLATE_NOOP("Assumption",
                       "Power of the CPU, board, RAM, drives and fans: a desktop CPU's 125-250 W package "
                       "power plus about 50 W for the rest.")},
    {AssumptionId::PsuMargin, "psu_margin", QT_TRANSLATE_NOOP("Assumption", "Power supply margin"),
     "fraction", 0.25, 0, 2,
     QT_TRANSLATE_NOOP("Assumption",
                       "Extra PSU capacity over the summed rated power, for GPU transient spikes (up to 2x "
                       "TDP for milliseconds on recent cards) and to run the PSU near its efficiency sweet "
                       "spot; ATX 3.0 and GPU vendors' PSU recommendations imply 20-30%.")},
    {AssumptionId::SsdPricePerGB, "ssd_price_per_gb", QT_TRANSLATE_NOOP("Assumption", "SSD price per GB"),
     "currency/GB", 0.08, 0, 100,
     QT_TRANSLATE_NOOP("Assumption", "Retail price of NVMe SSD storage, about £0.05-0.10 per GB in 2024.")},
    {AssumptionId::HddPricePerGB, "hdd_price_per_gb", QT_TRANSLATE_NOOP("Assumption", "HDD price per GB"),
     "currency/GB", 0.02, 0, 100,
     QT_TRANSLATE_NOOP("Assumption", "Retail price of 3.5\" hard disks, about £0.015-0.025 per GB in 2024.")},
    {AssumptionId::HddMBs, "hdd_mbs", QT_TRANSLATE_NOOP("Assumption", "HDD sequential read"), "MB/s", 150, 1,
     100000,
     QT_TRANSLATE_NOOP("Assumption",
                       "Sustained sequential read of one 7200 rpm hard disk, 150-250 MB/s; random reads of "
                       "small files are far slower (about 100-200 IOPS).")},
    {AssumptionId::SataSsdMBs, "sata_ssd_mbs", QT_TRANSLATE_NOOP("Assumption", "SATA SSD read"), "MB/s", 500,
     1, 100000,
     QT_TRANSLATE_NOOP("Assumption",
                       "SATA III tops out at 600 MB/s of line rate, about 550 MB/s in practice.")},
    {AssumptionId::NvmeMBs, "nvme_mbs", QT_TRANSLATE_NOOP("Assumption", "NVMe SSD read"), "MB/s", 3000, 1,
     100000,
     QT_TRANSLATE_NOOP("Assumption",
                       "A PCIe 3.0 x4 NVMe drive reads about 3,000-3,500 MB/s; PCIe 4.0 drives up to about "
                       "7,000 MB/s.")},
};
static_assert(sizeof(kInfos) / sizeof(kInfos[0]) == kAssumptionCount, "one entry per AssumptionId");
} // namespace

const AssumptionInfo &assumptionInfo(AssumptionId id)
{
    return kInfos[static_cast<std::size_t>(id)];
}

std::optional<AssumptionId> assumptionFromKey(const QString &key)
{
    for (const auto &info : kInfos)
        if (key == QLatin1String(info.key))
            return info.id;
    return std::nullopt;
}

Assumptions::Assumptions()
{
    for (const auto &info : kInfos)
        m_values[static_cast<std::size_t>(info.id)] = info.defaultValue;
}

bool Assumptions::isDefault(AssumptionId id) const
{
    return value(id) == assumptionInfo(id).defaultValue;
}

void Assumptions::reset(AssumptionId id)
{
    set(id, assumptionInfo(id).defaultValue);
}

QString Assumptions::label(AssumptionId id)
{
    return tr(assumptionInfo(id).label);
}

QString Assumptions::source(AssumptionId id)
{
    return tr(assumptionInfo(id).source);
}

QString Assumptions::validate(AssumptionId id, double v)
{
    const AssumptionInfo &info = assumptionInfo(id);
    if (!std::isfinite(v) || v < info.minimum || v > info.maximum)
        return tr("%1 must be between %2 and %3 (got %4).")
            .arg(label(id))
            .arg(info.minimum)
            .arg(info.maximum)
            .arg(v, 0, 'g', 10);
    return {};
}

} // namespace headroom
