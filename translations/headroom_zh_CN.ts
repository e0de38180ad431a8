<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Assumption</name>
    <message>
        <source>CUDA context and kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the CUDA context and loaded kernels take before any tensor: about 250-600 MiB with lazy module loading (CUDA 11.7+, recent PyTorch); 1,343 MiB measured on a V100 with CUDA 11.2 (Hugging Face, &quot;Efficient training on a single GPU&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocator reserve and fragmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of allocated memory the PyTorch caching allocator holds on top (block rounding to 512 B and 2 MiB/20 MiB segments, split blocks). Measured from about 4% to 35% depending on workload; PyTorch docs, &quot;CUDA semantics: memory management&quot;. A rule of thumb, not a law: set it from torch.cuda.memory_reserved()/memory_allocated().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuBLAS workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuBLAS workspace per handle: PyTorch&apos;s default CUBLAS_WORKSPACE_CONFIG is :4096:8 (32 MiB) on Hopper and about 8 MiB on older GPUs (PyTorch docs, reproducibility). The article&apos;s &quot;5-10% for workspaces&quot; overstates it; large temporaries are counted as tensors instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuDNN convolution workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch space cuDNN&apos;s convolution algorithms may take (models with convolutions only). With torch.backends.cudnn.benchmark the fastest algorithm may use hundreds of MiB; cuDNN developer guide, cudnnGetConvolutionForwardWorkspaceSize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss computed in fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logits are upcast to fp32 before the cross-entropy loss (Hugging Face Llama&apos;s logits.float(); autocast runs cross_entropy in fp32). Off: the loss runs in the activation dtype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety margin for growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of GPU memory a recommended build keeps free for longer sequences, bigger batches and library changes; the article suggests 15-20%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model FLOPs utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the GPU&apos;s peak dense tensor throughput a training step achieves. PaLM reports 46.2% MFU on TPU v4 (Chowdhery et al. 2022, table 3); Megatron-LM reaches 41-52% of A100 peak at scale (Narayanan et al. 2021); small models and consumer cards often reach 20-35%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network bandwidth between nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth per direction of each node&apos;s network link, used when the gradient all-reduce leaves a node: 12.5 GB/s is 100 Gb/s Ethernet or InfiniBand EDR; HDR is 25 GB/s, NDR 50 GB/s per port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average GPU power as a share of TDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean board power during training relative to the rated TDP; dense training typically draws 70-100% of TDP (nvidia-smi power readings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity price per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of one kWh in the catalog&apos;s currency; about £0.25 under the 2024 Ofgem price cap for UK households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental price per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud price of one GPU for one hour (on-demand A100 80GB was about $1.5-4 in 2024). 0 means owned hardware: the GPU&apos;s catalog price is spread over its amortisation period instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amortisation period of owned GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years over which a purchased GPU&apos;s price is spread, running around the clock; three years is a common depreciation schedule for servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-loader workers per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.utils.data.DataLoader num_workers per training process; 4 per GPU is the usual starting point (PyTorch performance tuning guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches prefetched per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DataLoader prefetch_factor: batches each worker loads ahead (PyTorch default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host memory per training process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident memory of one PyTorch training process before data: the Python interpreter, CUDA and cuDNN host libraries and the framework, typically 2-4 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host memory per data-loader worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident memory of one DataLoader worker process (a forked Python process with its dataset object); copy-on-write reference counting makes it grow toward the dataset object&apos;s size (PyTorch issue #13246).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System RAM price per GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail price of DDR5 desktop/workstation memory, about £2.5-4 per GB in 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU and platform power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of the CPU, board, RAM, drives and fans: a desktop CPU&apos;s 125-250 W package power plus about 50 W for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power supply margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra PSU capacity over the summed rated power, for GPU transient spikes (up to 2x TDP for milliseconds on recent cards) and to run the PSU near its efficiency sweet spot; ATX 3.0 and GPU vendors&apos; PSU recommendations imply 20-30%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD price per GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail price of NVMe SSD storage, about £0.05-0.10 per GB in 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDD price per GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail price of 3.5&quot; hard disks, about £0.015-0.025 per GB in 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDD sequential read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained sequential read of one 7200 rpm hard disk, 150-250 MB/s; random reads of small files are far slower (about 100-200 IOPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SATA SSD read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SATA III tops out at 600 MB/s of line rate, about 550 MB/s in practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVMe SSD read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PCIe 3.0 x4 NVMe drive reads about 3,000-3,500 MB/s; PCIe 4.0 drives up to about 7,000 MB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributeValidator</name>
    <message>
        <source>Enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassicalMl</name>
    <message>
        <source>Input X: %1 rows × %2 features × %3 bytes, plus y = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float32 copy of X: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trees × %2 nodes × (64 + 8 × %3 classes) bytes = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 job(s) × rows × 20 bytes of sample indices, weights and feature buffer = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMatrix CSR %1 + quantised bins %2 bytes per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradients %1 + histograms %2 nodes × %3 features × %4 bins × 16 bytes × %5 thread(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model: %1 rounds × %2 trees per round × nodes × 40 bytes = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted index: X as float64 + %1 indices + %2 tree nodes with bounds = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query distance chunks, capped by working_memory (1 GiB) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precomputed kernel matrix %1 × %1 × 8 bytes = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsvm kernel cache (cache_size) 200 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support vectors (at most every row) and dual coefficients = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float64 copy of X for centring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predictions and gradients: 2 × rows × %1 × 8 bytes = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Lists the built-in architectures with their published parameter counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the GPU catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16/FP16 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:     %1 (%2 parameters, input %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload:  %1, %2 %3, %4, %5, checkpointing %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU:       %1 (%2 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU:       %1 is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory %1, driver reserve %2, visible %3, usable after the CUDA context %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:   FITS with %1 headroom (%2%); largest micro-batch that fits: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:   DOES NOT FIT: %1 over; largest micro-batch that fits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture preset (see &apos;presets&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU id (see &apos;gpus&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train, finetune or inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batch size (inference: sequences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient accumulation steps (pipeline micro-batches per step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence length in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image height and width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8 or int4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sgd, momentum, adam, adamw, adam8bit, adafactor or lion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, full or selective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use FlashAttention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference: KV-cache tokens per sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of GPUs, all nodes together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepSpeed ZeRO stage 0, 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch FSDP full sharding (ZeRO-3 semantics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU offload: optimizer or params.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor-parallel size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence parallelism (with --tp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline-parallel stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batches the first pipeline stage holds (default: --pp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples the run trains on (default 1,000,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens the run trains on (instead of --samples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset size on disk in GB (default: estimated from the run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints kept on disk (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture from a Hugging Face config.json (precision from its torch_dtype).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a plan file, --preset ID or --hf-config FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; &apos;headroom-cli presets&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a positive number (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown GPU &quot;%1&quot;; &apos;headroom-cli gpus&apos; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per GPU:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:     %1 samples/s%2 (step %3 s; %4 TFLOPS %5 peak × %6 MFU%7%8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; all-reduce %1 s over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; pipeline bubble %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling:   %1% efficiency vs one GPU (computed); rule of thumb from the article: ~85% at 8 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:       %1 samples in %2 h (%3 GPU-hours), %4 kWh; cost %5 %6 (%7), %8 per million samples; GPUs cost %9 to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned: amortised + energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host RAM:  %1 per node as %2 × %3 GB DIMMs (%4 %5); plan needs %6, rule of thumb %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:      %1 CPU cores, PSU %2 (%3 W needed), %4 PCIe lanes: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of several supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage:   %1 (dataset %2 + %3 × checkpoint %4 + logs %5): SSD %6, HDD %7, hybrid %8 %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input I/O: %1 MB/s needed; HDD %2, SATA SSD %3, NVMe %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O-bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a model description (a Hugging Face config.json or an ONNX file) and prints its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json of a Hugging Face model, or a .onnx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:       %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:  %1 (active per token %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:      %1 (%2 attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX:        %1 of %2 nodes mapped; kept as generic ops: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes the per-GPU memory breakdown, speed, cost, host RAM and storage of a plan. Flags override the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .headroom plan file (optional with --preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the plan (with the flags applied) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks GPU type × count (1, 2, 4, 8) × data parallel, ZeRO-2 and ZeRO-3 configurations that fit the plan with the safety margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most the GPUs may cost to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost (purchase), time or cost-per-sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the best N (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget must be a positive number (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rank: &quot;%1&quot; is not one of cost, time, cost-per-sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration of up to 8 GPUs fits this plan with the safety margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1M samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host RAM for a classical (CPU) learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random-forest, xgboost, knn, svm or linear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes (1 for regression).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trees or boosting rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum tree depth (0: unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel jobs (n_jobs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVM with a precomputed kernel matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--algorithm: &quot;%1&quot; is not one of random-forest, xgboost, knn, svm, linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host RAM: %1; buy %2 × %3 GB DIMMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: headroom-cli COMMAND [options]

Plans GPU memory for deep-learning workloads.

Commands:
  plan      memory, speed, cost, host RAM and storage of a plan file or preset
  recommend rank GPU types, counts and sharding strategies that fit a plan
  classical host RAM for a classical learner (forests, boosting, k-NN, SVM, linear)
  presets   list built-in architectures
  gpus      list the GPU catalog
  import    summary of a Hugging Face config.json or ONNX file

Options:
  -h, --help     show this help (COMMAND --help for a command&apos;s options)
  -v, --version  show the version
  --lang LANG    language of the human-readable output: en, de or zh_CN
                 (default: HEADROOM_LANG, else the locale; JSON is never translated)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuCatalog</name>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a &quot;gpus&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;nvidia_smi_total_mib&quot; exceeds the card&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HfConfigImporter</name>
    <message>
        <source>the %1 config lacks &quot;%2&quot;, which is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; supported activations are silu, gelu, gelu_new, gelu_pytorch_tanh and relu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3 (got %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hidden_size&quot; %1 is not divisible by &quot;num_attention_heads&quot; %2; set &quot;head_dim&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attention heads cannot be grouped over &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;num_experts_per_tok&quot; %1 exceeds &quot;num_local_experts&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;n_embd&quot; %1 is not divisible by &quot;n_head&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hidden_size&quot; %1 is not divisible by &quot;num_attention_heads&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;max_position_embeddings&quot; %1 leaves no positions after the padding offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;layer_norm_elementwise_affine&quot;: false is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;qk_layernorm&quot;: true is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;feed_forward_proj&quot; is &quot;%1&quot;; supported are relu, gated-gelu, gated-silu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON file: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a config.json holds one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;model_type&quot; is missing; it names the model family (supported: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model_type &quot;%1&quot; is not supported; did you mean &quot;%2&quot;? (supported: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected float32, float16 or bfloat16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 config: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face config.json (model_type %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interconnect</name>
    <message>
        <source>NVLink, %1 GB/s per direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe %1.0 x%2, %3 GB/s per direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network between nodes, %1 GB/s per direction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layer</name>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrites its input; autograd then saves the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 ReLU, 1 GELU, 2 GELU (tanh), 3 SiLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the block runs in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With gradient checkpointing each repetition keeps only its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concatenate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate (x · f(x))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square kernel size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step between kernel positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero padding on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing between kernel taps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel groups; equal to the input channels for depthwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds one learned bias per output channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvTranspose2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsampling factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit padding removed from the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra size added to one side of the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchNorm2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned scale and shift per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LayerNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned shift as well as scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eager fp32 upcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face&apos;s eager RMSNorm: computes in fp32 and keeps those copies; off for a fused kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tanh approximation (GPT-2); memory is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxPool2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step between windows; 0 means the kernel size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds the output size up instead of down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AvgPool2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdaptiveAvgPool2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each output vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a learned bias vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied to embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares its weight with the input embedding, so it adds no parameters (GPT-2&apos;s LM head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of rows (tokens in the vocabulary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each embedding vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of learned positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup by ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up by position ids (GPT-2, BERT) rather than a learned tensor added (ViT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches to tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of zeroing an element; on a GPU it saves a 1-byte mask when above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-head attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of query heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key/value heads (grouped-query or multi-query); 0 means as many as query heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of each head; 0 means hidden size / heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each token attends only to earlier tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QKV bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query, key and value projections have biases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output projection has a bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fused QKV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One projection produces Q, K and V (GPT-2&apos;s c_attn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotary positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotary position embedding applied to Q and K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax in fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores are upcast to fp32 for the softmax (Llama-style eager attention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout on the attention probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated (SwiGLU/GeGLU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gate and an up projection multiplied together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projections have biases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of expert MLPs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts each token is routed to (top-k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of each expert&apos;s hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the hidden state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked recurrent layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs forwards and backwards; output size doubles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input and hidden biases (PyTorch keeps both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned parameters of the op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output dim 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First output dimension per sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output dim 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second output dimension per sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output dim 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third output dimension per sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of output dimensions per sample (0: the input&apos;s shape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether backward needs the op&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryModel</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocator reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; this GPU keeps %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linear weights × %2 bytes (NF4 + double-quantised scales) + other weights × 2 bytes + %3 LoRA adapter parameters × 4 bytes = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frozen base parameters × %2 bytes (%3) + %4 LoRA adapter parameters × 4 bytes = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linear weights × %2 bytes (%3 with a 16-bit scale per 128 weights) + other weights × 2 bytes = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters × %2 bytes (%3) = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gradients in inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trainable parameters × %2 bytes = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No optimizer in inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trainable parameters × state bytes of %2%3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + 4-byte fp32 master copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest layer&apos;s live inputs, outputs and scores, %1 per sequence × %2 sequences = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full checkpointing: %1 kept per sample (block inputs and layers outside blocks) + one block recomputed, %2 per sample, × batch %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 − %2 attention scores recomputed) per sample × batch %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved for backward per sample × batch %2 + %3 shared = %4 (linear in batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-token logits %1 + workspace %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logits and loss %1 + backward working set %2 + workspaces %3 + autocast weight copies %4 = %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the optimizer step&apos;s %1 scratch is the larger peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KV cache in training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (K and V) × %1 layers × KV heads × head dim = %2 elements per token × %3 tokens × %4 sequences × %5 bytes = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB (assumption) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the %2 allocated = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Model states: %2% of the parameters on this GPU after TP/PP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; ZeRO-%1 shards %2 over %3 data-parallel ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer states and gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer states, gradients and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; gathered-block buffer 2 × %1 parameters = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of host RAM per node holds the offloaded states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; activations sbh(34/t + 5as/(ht)) with sequence parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; activations sbh(10 + 24/t + 5as/(ht))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the first stage keeps %1 of %2 layers&apos; activations for %3 micro-batches in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter counts from the architecture; bytes per dtype. Quantised formats: GPTQ/AWQ group size 128; QLoRA NF4 (Dettmers et al. 2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One gradient per trainable parameter in the parameter&apos;s dtype (fp32 under AMP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.optim state per parameter: momentum 1, Adam/AdamW 2 (exp_avg, exp_avg_sq), Lion 1; bitsandbytes 8-bit Adam 2 bytes; Adafactor factored rows + columns (Shazeer &amp; Stern 2018); fp32 master weights in DeepSpeed/Megatron mixed precision (ZeRO paper: 16 bytes/param for mixed-precision Adam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensors autograd saves for backward, layer by layer from shapes and PyTorch&apos;s derivative formulas, deduplicated by storage; matches sbh(34 + 5as/h) of Korthikanti et al. 2022 for transformer layers and is within 5% of saved_tensors_hooks measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest short-lived tensors at the start of backward: logits, log-softmax and their gradient; the largest layer&apos;s input and output gradients; cuBLAS/cuDNN workspace; autocast&apos;s cached half-precision weight copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · layers · kv_heads · head_dim · tokens · sequences · bytes (vLLM, Hugging Face cache).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCompiler</name>
    <message>
        <source>The input image needs at least one channel and one pixel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence length must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence length %1 exceeds the model&apos;s context of %2 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input needs at least one feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch gives %1 but the shortcut gives %2; they must match to be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot concatenate %1 with %2: all but the channel dimension must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gate&apos;s shape %1 does not broadcast over %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects %1 input but gets %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gets token ids; start the model with an Embedding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a C×H×W image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 input and %2 output channels are not divisible by %3 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 kernel does not fit the %2 input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 window does not fit the %2 input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects token ids but gets %1 activations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence of vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens exceed its %2 learned positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a C×H×W feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects vectors but gets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expects a sequence of vectors but gets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hidden size %1 is not divisible by %2 heads; set the head dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 query heads cannot be grouped over %2 key/value heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routes to %1 experts but has only %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnnxImporter</name>
    <message>
        <source>an invalid field tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a truncated number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an overlong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field running past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph has no operations on its input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph input &quot;%1&quot; has no shape with a batch dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph input &quot;%1&quot; has a symbolic or absurd dimension besides the batch; export it with fixed sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph input &quot;%1&quot; (%2) is not an image (C×H×W with H = W), token ids or feature vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph has no input besides its initializers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph has a cycle through node &quot;%1&quot; (%2); ONNX graphs must be acyclic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX file (opset %1, produced by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than 2 GiB; ONNX keeps big weights in external data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed protobuf at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subgraphs are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph has more than %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initializer &quot;%1&quot; has more than 64 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initializer &quot;%1&quot; has absurd dimensions (over %2 elements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no graph found: this is not an ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallelism</name>
    <message>
        <source>The GPU count must be at least 1 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs cannot be spread evenly over %2 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZeRO stage must be 0, 1, 2 or 3 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSDP shards like ZeRO-3; it cannot be combined with ZeRO-%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor and pipeline parallel sizes must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel %1 × pipeline parallel %2 must divide the %3 GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallelism (%1) should stay inside one node (%2 GPUs per node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offloading parameters needs ZeRO-3 or FSDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offloading the optimizer needs ZeRO-1, 2 or 3 (ZeRO-Offload) or FSDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batches in flight cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: DP %3 × TP %4 × PP %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, sequence parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 offloaded to CPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: blocks are nested more than %2 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the architecture has more than %2 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 layers have this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of image, tokens, features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a block (kind &quot;sequence&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not &quot;headroom-plan&quot;: this is not a Headroom plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer Headroom (format %1; this version reads up to %2). Update Headroom to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumptions.%1: unknown assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumptions.%1: must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumptions.%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; it is not a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters from q, k, v, o, m, or all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemPlanner</name>
    <message>
        <source>Rule of thumb: 1.25 × the largest single GPU&apos;s memory = %1 (not the sum over GPUs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint loading: %1 parameters × %2 bytes × %3 loading process(es) = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data loading: %1 GPU(s) × %2 workers × (%3 batches × %4 + %5 GiB per worker) = %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned staging buffers %1; %2 training process(es) × %3 GiB = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZeRO-Offload keeps optimizer states and fp32 gradients (about 16 bytes per parameter with Adam; 18 with parameters) on the host: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan needs %1; recommended %2, bought as %3 × %4 GB DIMMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop (20-24 CPU lanes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEDT/workstation (64-128 lanes); on a desktop the GPUs share lanes at x8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server (128+ lanes or PCIe switches)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughputModel</name>
    <message>
        <source>Rule of thumb from the article: about 85% scaling efficiency at 8 GPUs; measured 84-97% for ResNet-50 depending on interconnect and precision. Not computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>T</source>
        <comment>trillion (10^12), as in 1.2 T parameters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <comment>billion (10^9), as in 7 B parameters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>million (10^6), as in 25 M parameters</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkloadText</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF32 (fp32 storage, tensor-core matmuls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 mixed precision (AMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16 mixed precision (AMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pure FP16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pure BF16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 (Transformer Engine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8 weights (inference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit weights (inference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-bit Adam (bitsandbytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adafactor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full (every block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selective (attention only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLoRA (4-bit base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision %1 is an inference format; choose fp32, tf32, AMP, pure fp16/bf16 or fp8 for training, or QLoRA for 4-bit fine-tuning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::ActivationPlot</name>
    <message>
        <source>Layer (forward order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference keeps no activations for a backward pass.
Its working set and KV cache are in the Breakdown tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Output %3
Saved for backward: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Runs %1 times per forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved activations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved activations without checkpointing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::ArchitecturePanel</name>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large language models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a model name to narrow the preset list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the architecture with a built-in model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a layer after the selected one, or inside a selected block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected layer (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected layer before its previous sibling (Alt+Up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected layer after its next sibling (Alt+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s layers; drag a layer to reorder it or move it into a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::AssumptionsPanel</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores the documented default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownChart</name>
    <message>
        <source>GPU memory visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory of one GPU by component; the dashed line is the memory CUDA can see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::BreakdownTable</name>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a row to see where its formula comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory of one GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1: %2 visible, %3 usable after the CUDA context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::DocumentView</name>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::HardwarePanel</name>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB · %2 GB/s · %3 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search GPUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a GPU name, vendor or memory size to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU each replica runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs in the job; memory is checked per GPU, each holding a full replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPU count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the GPU catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::LayerEditor</name>
    <message>
        <source>Select a layer to edit its attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer&apos;s name, as in the PyTorch module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::LayerTreeModel</name>
    <message>
        <source> ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shortcut branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; runs %1 times per forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape per sample, without the batch dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of this node, over every repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes autograd keeps for backward at the current batch, without checkpointing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::MainWindow</name>
    <message>
        <source>Headroom plans (*.headroom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change updates the results at once; Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assu&amp;mptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to run and on which GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overheads the estimate assumes, with their sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &amp;sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak GPU memory by component, with formulas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation memory each layer keeps for backward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory against batch size, with GPU capacities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new plan from the sample model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a .headroom plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the plan under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Headroom %1&lt;/b&gt;&lt;p&gt;Plans the GPU memory of deep-learning training and inference before you rent the hardware.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::PlanDocument</name>
    <message>
        <source>Change batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary (GiB = 2³⁰ bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal (GB = 10⁹ bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How memory sizes are shown; GPU vendors&apos; &quot;GB&quot; are binary GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU a new plan starts with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, labels and reports; System follows the desktop&apos;s locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Headroom is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::SweepPlot</name>
    <message>
        <source>Drag to pan, scroll to zoom, double-click to reset the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory per GPU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, max batch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current batch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::VerdictBanner</name>
    <message>
        <source>&lt;b&gt;Cannot evaluate:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs %1.&lt;/b&gt; The GPU &quot;%2&quot; is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fits&lt;/b&gt; on %1: %2 of %3 visible, %4 headroom (%5%). Largest batch that fits: &lt;b&gt;%6&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Does not fit&lt;/b&gt; on %1: needs %2 of %3 visible, %4 over. Largest batch that fits: &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headroom::ui::WorkloadPanel</name>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training from scratch, fine-tuning a pretrained model, or serving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to see how memory grows with the batch; one drag is one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per forward pass on one GPU (inference: concurrent sequences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad. accumulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batches per optimizer step; raises the effective batch, not memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change gradient accumulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per sample; 0 uses the model&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input height and width in pixels; 0 uses the model&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How weights and activations are stored and computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimizer decides how many state tensors each weight carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes activations in backward to save memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlashAttention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fused attention that never stores the attention score matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle FlashAttention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32 master weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With pure half precision, the optimizer keeps an fp32 copy of the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle master weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which weights train: all of them, or low-rank adapters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fine-tuning method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner dimension of each adapter pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change LoRA rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds adapters to this projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change LoRA targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens the KV cache holds for each sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV-cache precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage type of cached keys and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change KV-cache precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans the GPU memory of deep-learning training and inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the window offscreen with the sample plan, checks it and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .headroom plan to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
