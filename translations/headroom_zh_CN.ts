<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Assumption</name>
        <message>
            <source>CUDA context and kernels</source>
            <translation>CUDA 上下文与内核</translation>
        </message>
        <message>
            <source>Allocator reserve and fragmentation</source>
            <translation>分配器预留与碎片</translation>
        </message>
        <message>
            <source>cuBLAS workspace</source>
            <translation>cuBLAS 工作区</translation>
        </message>
        <message>
            <source>cuDNN convolution workspace</source>
            <translation>cuDNN 卷积工作区</translation>
        </message>
        <message>
            <source>Scratch space cuDNN's convolution algorithms may take (models with convolutions only). With torch.backends.cudnn.benchmark the fastest algorithm may use hundreds of MiB; cuDNN developer guide, cudnnGetConvolutionForwardWorkspaceSize.</source>
            <translation>cuDNN 卷积算法可能占用的临时空间（仅限含卷积的模型）。开启 torch.backends.cudnn.benchmark 时，最快的算法可能占用数百 MiB；见 cuDNN 开发者指南 cudnnGetConvolutionForwardWorkspaceSize。</translation>
        </message>
        <message>
            <source>Loss computed in fp32</source>
            <translation>以 fp32 计算损失</translation>
        </message>
        <message>
            <source>Logits are upcast to fp32 before the cross-entropy loss (Hugging Face Llama's logits.float(); autocast runs cross_entropy in fp32). Off: the loss runs in the activation dtype.</source>
            <translation>计算交叉熵损失前将 logits 提升为 fp32（Hugging Face Llama 中的 logits.float()；autocast 以 fp32 运行 cross_entropy）。关闭：损失以激活值的数据类型计算。</translation>
        </message>
        <message>
            <source>Safety margin for growth</source>
            <translation>增长安全余量</translation>
        </message>
        <message>
            <source>Model FLOPs utilisation</source>
            <translation>模型 FLOPs 利用率（MFU）</translation>
        </message>
        <message>
            <source>Share of the GPU's peak dense tensor throughput a training step achieves. PaLM reports 46.2% MFU on TPU v4 (Chowdhery et al. 2022, table 3); Megatron-LM reaches 41-52% of A100 peak at scale (Narayanan et al. 2021); small models and consumer cards often reach 20-35%.</source>
            <translation>训练步达到的 GPU 稠密张量峰值吞吐的比例。PaLM 在 TPU v4 上报告 46.2% 的 MFU（Chowdhery et al. 2022，表 3）；Megatron-LM 在大规模下达到 A100 峰值的 41–52%（Narayanan et al. 2021）；小模型和消费级显卡通常为 20–35%。</translation>
        </message>
        <message>
            <source>Network bandwidth between nodes</source>
            <translation>节点间网络带宽</translation>
        </message>
        <message>
            <source>Bandwidth per direction of each node's network link, used when the gradient all-reduce leaves a node: 12.5 GB/s is 100 Gb/s Ethernet or InfiniBand EDR; HDR is 25 GB/s, NDR 50 GB/s per port.</source>
            <translation>每个节点网络链路的单向带宽，用于跨节点的梯度 all-reduce：12.5 GB/s 相当于 100 Gb/s 以太网或 InfiniBand EDR；HDR 每端口 25 GB/s，NDR 每端口 50 GB/s。</translation>
        </message>
        <message>
            <source>Average GPU power as a share of TDP</source>
            <translation>GPU 平均功耗占 TDP 的比例</translation>
        </message>
        <message>
            <source>Mean board power during training relative to the rated TDP; dense training typically draws 70-100% of TDP (nvidia-smi power readings).</source>
            <translation>训练期间板卡平均功耗相对额定 TDP 的比例；稠密训练通常为 TDP 的 70–100%（nvidia-smi 功耗读数）。</translation>
        </message>
        <message>
            <source>Electricity price per kWh</source>
            <translation>每 kWh 电价</translation>
        </message>
        <message>
            <source>Price of one kWh in the catalog's currency; about £0.25 under the 2024 Ofgem price cap for UK households.</source>
            <translation>以目录货币计的每 kWh 电价；按 2024 年 Ofgem 英国家庭电价上限约为 £0.25。</translation>
        </message>
        <message>
            <source>Rental price per GPU-hour</source>
            <translation>每 GPU 小时租金</translation>
        </message>
        <message>
            <source>Cloud price of one GPU for one hour (on-demand A100 80GB was about $1.5-4 in 2024). 0 means owned hardware: the GPU's catalog price is spread over its amortisation period instead.</source>
            <translation>一块 GPU 一小时的云端价格（2024 年按需 A100 80GB 约 $1.5–4）。0 表示自有硬件：改为将 GPU 的目录价格分摊到折旧期内。</translation>
        </message>
        <message>
            <source>Amortisation period of owned GPUs</source>
            <translation>自有 GPU 折旧期</translation>
        </message>
        <message>
            <source>Years over which a purchased GPU's price is spread, running around the clock; three years is a common depreciation schedule for servers.</source>
            <translation>购买的 GPU 在全天候运行下分摊价格的年数；服务器常用三年折旧期。</translation>
        </message>
        <message>
            <source>Data-loader workers per GPU</source>
            <translation>每 GPU 的 DataLoader worker 数</translation>
        </message>
        <message>
            <source>torch.utils.data.DataLoader num_workers per training process; 4 per GPU is the usual starting point (PyTorch performance tuning guide).</source>
            <translation>每个训练进程的 torch.utils.data.DataLoader num_workers；通常从每 GPU 4 个开始（PyTorch 性能调优指南）。</translation>
        </message>
        <message>
            <source>Batches prefetched per worker</source>
            <translation>每个 worker 预取的 batch 数</translation>
        </message>
        <message>
            <source>DataLoader prefetch_factor: batches each worker loads ahead (PyTorch default 2).</source>
            <translation>DataLoader 的 prefetch_factor：每个 worker 提前加载的 batch 数（PyTorch 默认 2）。</translation>
        </message>
        <message>
            <source>Host memory per training process</source>
            <translation>每个训练进程的主机内存</translation>
        </message>
        <message>
            <source>Resident memory of one PyTorch training process before data: the Python interpreter, CUDA and cuDNN host libraries and the framework, typically 2-4 GiB.</source>
            <translation>一个 PyTorch 训练进程在加载数据前的常驻内存：Python 解释器、CUDA 与 cuDNN 主机库以及框架本身，通常 2–4 GiB。</translation>
        </message>
        <message>
            <source>Host memory per data-loader worker</source>
            <translation>每个 DataLoader worker 的主机内存</translation>
        </message>
        <message>
            <source>Resident memory of one DataLoader worker process (a forked Python process with its dataset object); copy-on-write reference counting makes it grow toward the dataset object's size (PyTorch issue #13246).</source>
            <translation>一个 DataLoader worker 进程（fork 出的 Python 进程及其 dataset 对象）的常驻内存；引用计数触发写时复制，使其逐渐增长到 dataset 对象的大小（PyTorch issue #13246）。</translation>
        </message>
        <message>
            <source>System RAM price per GB</source>
            <translation>系统内存每 GB 价格</translation>
        </message>
        <message>
            <source>Retail price of DDR5 desktop/workstation memory, about £2.5-4 per GB in 2024.</source>
            <translation>DDR5 台式机/工作站内存的零售价，2024 年约每 GB £2.5–4。</translation>
        </message>
        <message>
            <source>CPU and platform power</source>
            <translation>CPU 与平台功耗</translation>
        </message>
        <message>
            <source>Power of the CPU, board, RAM, drives and fans: a desktop CPU's 125-250 W package power plus about 50 W for the rest.</source>
            <translation>CPU、主板、内存、硬盘和风扇的功耗：台式机 CPU 封装功耗 125–250 W，其余约 50 W。</translation>
        </message>
        <message>
            <source>Power supply margin</source>
            <translation>电源余量</translation>
        </message>
        <message>
            <source>Extra PSU capacity over the summed rated power, for GPU transient spikes (up to 2x TDP for milliseconds on recent cards) and to run the PSU near its efficiency sweet spot; ATX 3.0 and GPU vendors' PSU recommendations imply 20-30%.</source>
            <translation>在额定功耗总和之上额外的电源容量，用于应对 GPU 瞬时峰值（新款显卡可在毫秒级达到 2 倍 TDP），并让电源工作在效率最佳区间；ATX 3.0 和 GPU 厂商的电源建议意味着 20–30%。</translation>
        </message>
        <message>
            <source>SSD price per GB</source>
            <translation>SSD 每 GB 价格</translation>
        </message>
        <message>
            <source>Retail price of NVMe SSD storage, about £0.05-0.10 per GB in 2024.</source>
            <translation>NVMe SSD 的零售价，2024 年约每 GB £0.05–0.10。</translation>
        </message>
        <message>
            <source>HDD price per GB</source>
            <translation>HDD 每 GB 价格</translation>
        </message>
        <message>
            <source>Retail price of 3.5" hard disks, about £0.015-0.025 per GB in 2024.</source>
            <translation>3.5 英寸机械硬盘的零售价，2024 年约每 GB £0.015–0.025。</translation>
        </message>
        <message>
            <source>HDD sequential read</source>
            <translation>HDD 顺序读取</translation>
        </message>
        <message>
            <source>Sustained sequential read of one 7200 rpm hard disk, 150-250 MB/s; random reads of small files are far slower (about 100-200 IOPS).</source>
            <translation>一块 7200 转机械硬盘的持续顺序读取速度为 150–250 MB/s；小文件随机读取要慢得多（约 100–200 IOPS）。</translation>
        </message>
        <message>
            <source>SATA SSD read</source>
            <translation>SATA SSD 读取</translation>
        </message>
        <message>
            <source>SATA III tops out at 600 MB/s of line rate, about 550 MB/s in practice.</source>
            <translation>SATA III 的线速上限为 600 MB/s，实际约 550 MB/s。</translation>
        </message>
        <message>
            <source>NVMe SSD read</source>
            <translation>NVMe SSD 读取</translation>
        </message>
        <message>
            <source>A PCIe 3.0 x4 NVMe drive reads about 3,000-3,500 MB/s; PCIe 4.0 drives up to about 7,000 MB/s.</source>
            <translation>PCIe 3.0 x4 的 NVMe 硬盘读取速度约 3,000–3,500 MB/s；PCIe 4.0 硬盘最高约 7,000 MB/s。</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3 (got %4).</source>
            <translation>%1 必须介于 %2 和 %3 之间（实际为 %4）。</translation>
        </message>
        <message>
            <source>Gradients freed after each step</source>
            <translation>每步之后释放梯度</translation>
        </message>
        <message>
            <source>Memory the CUDA context, library handles and loaded kernels take outside PyTorch's allocator: 715-781 MiB measured on an H200 across 16 workloads (PyTorch 2.11, CUDA 13, lazy module loading; Headroom's calibration runs); 1,343 MiB on a V100 with CUDA 11.2 (Hugging Face, "Efficient training on a single GPU").</source>
            <translation>CUDA 上下文、库句柄和已加载的内核在 PyTorch 分配器之外占用的显存：在 H200 上对 16 个工作负载测得 715–781 MiB（PyTorch 2.11，CUDA 13，延迟模块加载；Headroom 的校准运行）；在 V100、CUDA 11.2 上为 1,343 MiB（Hugging Face，“Efficient training on a single GPU”）。</translation>
        </message>
        <message>
            <source>Share of allocated memory the PyTorch caching allocator holds on top (block rounding to 512 B and 2 MiB/20 MiB segments, split blocks). Measured 2% to 28% on an H200 (median 8%, 16 workloads, Headroom's calibration runs); PyTorch docs, "CUDA semantics: memory management". A rule of thumb, not a law: set it from torch.cuda.memory_reserved()/memory_allocated().</source>
            <translation>PyTorch 缓存分配器在已分配显存之外额外占用的比例（块向 512 B 取整、2 MiB/20 MiB 段、拆分块）。在 H200 上测得 2% 至 28%（中位数 8%，16 个工作负载，Headroom 的校准运行）；PyTorch 文档“CUDA semantics: memory management”。这是经验法则而非定律：可根据 torch.cuda.memory_reserved()/memory_allocated() 设置。</translation>
        </message>
        <message>
            <source>cuBLAS workspace per handle: PyTorch's default CUBLAS_WORKSPACE_CONFIG is :4096:8 (32 MiB) on Hopper and about 8 MiB on older GPUs (PyTorch docs, reproducibility). A flat 5-10% for workspaces would overstate it; large temporaries are counted as tensors instead.</source>
            <translation>每个句柄的 cuBLAS 工作区：PyTorch 默认的 CUBLAS_WORKSPACE_CONFIG 为 :4096:8，在 Hopper 上为 32 MiB，在较旧的 GPU 上约 8 MiB（PyTorch 文档，可复现性）。笼统地按 5–10% 计算工作区会高估；大型临时张量改为按张量计算。</translation>
        </message>
        <message>
            <source>1: zero_grad(set_to_none=True) frees the gradients after each step (the default since PyTorch 2.0, used by the Hugging Face Trainer and Lightning); backward allocates them while it frees activations, so on one GPU without gradient accumulation they are not live at the activation peak (measured on an H200 in Headroom's calibration runs). 0: they stay allocated (set_to_none=False, the PyTorch 1.x default).</source>
            <translation>1：zero_grad(set_to_none=True) 在每步之后释放梯度（自 PyTorch 2.0 起的默认值，Hugging Face Trainer 和 Lightning 均采用）；反向传播在释放激活的同时分配梯度，因此在单 GPU、无梯度累积时它们不在激活峰值时驻留（在 H200 上由 Headroom 的校准运行测得）。0：梯度保持分配（set_to_none=False，PyTorch 1.x 的默认值）。</translation>
        </message>
        <message>
            <source>Share of GPU memory a recommended build keeps free for longer sequences, bigger batches and library changes. A planning choice, not a measurement: the allocator's own reserve varied from 2% to 28% across workloads on an H200 (Headroom's calibration runs), and a longer sequence or a bigger batch grows memory further.</source>
            <translation>推荐配置为更长的序列、更大的 batch 和库的变化预留的显存比例。这是规划选择而非测量值：在 H200 上，分配器自身的预留随工作负载在 2% 到 28% 之间变化（Headroom 的校准运行），而更长的序列或更大的 batch 还会使显存进一步增长。</translation>
        </message>
        <message>
            <source>Memory bandwidth utilisation (decoding)</source>
            <translation>显存带宽利用率（解码）</translation>
        </message>
        <message>
            <source>Share of the GPU's peak memory bandwidth a decode step achieves while it reads the weights and the KV cache. Decoding one sequence in llama.cpp reaches roughly 60-80% of the peak (an RTX 4090, 1,008 GB/s, decodes a 7B model at about 150 tokens/s in Q4_0, 3.8 GB, and about 60 in fp16, 13.5 GB, in llama.cpp's published CUDA benchmarks); the default takes the lower end, so speeds err on the slow side.</source>
            <translation>解码步读取权重和 KV 缓存时达到的 GPU 峰值显存带宽比例。在 llama.cpp 中解码单个序列约达峰值的 60–80%（根据 llama.cpp 公布的 CUDA 基准，1,008 GB/s 的 RTX 4090 以 Q4_0（3.8 GB）解码 7B 模型约 150 tokens/s，fp16（13.5 GB）约 60）；默认值取下限，因此速度估计偏慢。</translation>
        </message>
        <message>
            <source>Optimizer step builds a full-size temporary</source>
            <translation>优化器步骤会创建完整大小的临时张量</translation>
        </message>
        <message>
            <source>1: torch.optim's foreach Adam/AdamW/Lion (the default on CUDA when neither foreach nor fused is given, torch/optim/optimizer.py _default_to_fused_or_foreach) builds one temporary the size of the optimizer state during step(), e.g. _foreach_sqrt(exp_avg_sqs) in torch/optim/adamw.py. 0: fused=True (torch._fused_adamw_, the Hugging Face Trainer's adamw_torch_fused default from PyTorch 2.8), DeepSpeed's FusedAdam, or a per-parameter loop (transformers' old AdamW, PyTorch 1.x's for-loop Adam) updates in place.</source>
            <translation>1：torch.optim 的 foreach Adam/AdamW/Lion（在 CUDA 上未指定 foreach 或 fused 时的默认实现，torch/optim/optimizer.py 的 _default_to_fused_or_foreach）在 step() 期间创建一个与优化器状态同样大小的临时张量，例如 torch/optim/adamw.py 中的 _foreach_sqrt(exp_avg_sqs)。0：fused=True（torch._fused_adamw_，自 PyTorch 2.8 起 Hugging Face Trainer 默认的 adamw_torch_fused）、DeepSpeed 的 FusedAdam 或逐参数循环（transformers 旧版 AdamW、PyTorch 1.x 的循环版 Adam）均原地更新。</translation>
        </message>
        <message>
            <source>KV cache keeps the MLA latent</source>
            <translation>KV 缓存保存 MLA 潜在向量</translation>
        </message>
        <message>
            <source>Multi-head latent attention (DeepSeek-V2/V3). 0: the cache holds the decompressed keys and values, heads × (qk_nope + qk_rope + v_head_dim) per token and layer, as Hugging Face transformers stores key_states and value_states. 1: it holds the compressed latent and the shared rotary key, kv_lora_rank + qk_rope_head_dim per token and layer, as vLLM's and SGLang's MLA backends do (vllm/attention/backends/mla/common.py: "a single latent vector ... per-token entry of the KV cache").</source>
            <translation>多头潜在注意力（DeepSeek-V2/V3）。0：缓存保存解压后的 key 和 value，每个 token 每层 头数 × (qk_nope + qk_rope + v_head_dim)，与 Hugging Face transformers 保存 key_states 和 value_states 的方式相同。1：缓存保存压缩潜在向量和共享的旋转 key，每个 token 每层 kv_lora_rank + qk_rope_head_dim，与 vLLM 和 SGLang 的 MLA 后端相同（vllm/attention/backends/mla/common.py：“a single latent vector ... per-token entry of the KV cache”）。</translation>
        </message>
    </context>
    <context>
        <name>AttributeValidator</name>
        <message>
            <source>Enter a value.</source>
            <translation>请输入一个值。</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>“%1”不是数字。</translation>
        </message>
        <message>
            <source>Must be a whole number.</source>
            <translation>必须是整数。</translation>
        </message>
        <message>
            <source>Must be between %1 and %2.</source>
            <translation>必须介于 %1 和 %2 之间。</translation>
        </message>
    </context>
    <context>
        <name>AutosaveRecovery</name>
        <message>
            <source>an untitled plan</source>
            <translation>一个未命名的计划</translation>
        </message>
        <message>
            <source>The recovery file for %1 is damaged (%2). It was kept as %3.</source>
            <translation>%1 的恢复文件已损坏（%2）。已保留为 %3。</translation>
        </message>
        <message>
            <source>The recovery file %1 is damaged (%2).</source>
            <translation>恢复文件 %1 已损坏（%2）。</translation>
        </message>
    </context>
    <context>
        <name>BuildReport</name>
        <message>
            <source>The plan does not evaluate: %1</source>
            <translation>无法评估该计划：%1</translation>
        </message>
        <message>
            <source>Headroom build report: %1</source>
            <translation>Headroom 配置报告：%1</translation>
        </message>
        <message>
            <source>Headroom %1 build report</source>
            <translation>Headroom %1 配置报告</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>Storage and RAM costs</source>
            <translation>存储和内存费用</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>存放内容</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>dataset %1, %2 × checkpoint %3, logs %4</source>
            <translation>数据集 %1，%2 × 检查点 %3，日志 %4</translation>
        </message>
        <message>
            <source>All on NVMe SSD</source>
            <translation>全部放在 NVMe SSD 上</translation>
        </message>
        <message>
            <source>All on HDD</source>
            <translation>全部放在 HDD 上</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>混合</translation>
        </message>
        <message>
            <source>dataset and logs on SSD, checkpoints on HDD</source>
            <translation>数据集和日志放在 SSD 上，检查点放在 HDD 上</translation>
        </message>
        <message>
            <source>System RAM</source>
            <translation>系统内存</translation>
        </message>
        <message>
            <source>needs %1, rule of thumb %2, bought as %3 × %4 GB</source>
            <translation>需要 %1，经验值 %2，按 %3 × %4 GB 购买</translation>
        </message>
        <message>
            <source>%1 %2 MB/s%3</source>
            <translation>%1 %2 MB/s%3</translation>
        </message>
        <message>
            <source> (too slow)</source>
            <translation> （太慢）</translation>
        </message>
        <message>
            <source>The input pipeline reads %1 MB/s at the estimated throughput; media: %2.</source>
            <translation>按估算的吞吐量，输入流水线读取 %1 MB/s；存储介质：%2。</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>RAM</source>
            <translation>内存</translation>
        </message>
        <message>
            <source>RAM cost</source>
            <translation>内存费用</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>存储</translation>
        </message>
        <message>
            <source>SSD</source>
            <translation>SSD</translation>
        </message>
        <message>
            <source>HDD</source>
            <translation>HDD</translation>
        </message>
        <message>
            <source>Host RAM and storage by scenario</source>
            <translation>各方案的主机内存和存储</translation>
        </message>
        <message>
            <source>Assumptions and sources</source>
            <translation>假设与来源</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>取值</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source> (edited)</source>
            <translation> （已修改）</translation>
        </message>
        <message>
            <source>What this estimate does not cover</source>
            <translation>本估算未涵盖的内容</translation>
        </message>
        <message>
            <source>Headroom models what PyTorch holds on a GPU at the peak of a training or inference step, from the architecture and the settings above. It does not see framework versions, custom kernels, memory held by other processes, data-dependent shapes (variable sequence lengths, mixture-of-experts routing imbalance) or allocator behaviour beyond the fragmentation allowance. Speed and cost come from peak throughput at an assumed utilisation, not from measurement; prices are catalog values and change. Verify on the hardware with torch.cuda.max_memory_allocated() before buying.</source>
            <translation>Headroom 根据架构和上述设置，模拟 PyTorch 在训练或推理步骤峰值时在 GPU 上占用的显存。它不考虑框架版本、自定义内核、其他进程占用的显存、依赖数据的形状（可变序列长度、混合专家路由不均衡），也不考虑碎片余量之外的分配器行为。速度和费用基于假定利用率下的峰值吞吐量，而非实测；价格为目录值，会有变动。购买前请在硬件上用 torch.cuda.max_memory_allocated() 验证。</translation>
        </message>
        <message>
            <source>Scenario comparison</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <source>Per-GPU figures for each pinned scenario. The best value of each row is shaded green; the second line of a cell is the difference against the baseline, %1.</source>
            <translation>每个已固定方案的单 GPU 数值。每行的最佳值以绿色底纹标出；单元格第二行是相对基准 %1 的差值。</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Setup</source>
            <translation>配置</translation>
        </message>
        <message>
            <source>%1 × %2, %3</source>
            <translation>%1 × %2，%3</translation>
        </message>
        <message>
            <source>Memory per GPU by scenario</source>
            <translation>各方案的单 GPU 显存</translation>
        </message>
        <message>
            <source>Throughput against GPU count</source>
            <translation>吞吐量随 GPU 数量的变化</translation>
        </message>
        <message>
            <source>GPUs of the scenario's type</source>
            <translation>该方案型号的 GPU 数量</translation>
        </message>
        <message>
            <source>samples/s</source>
            <translation>样本/秒</translation>
        </message>
        <message>
            <source>Cost of the run against GPU count</source>
            <translation>运行费用随 GPU 数量的变化</translation>
        </message>
        <message>
            <source>%1: ~85% at 8 GPUs</source>
            <translation>%1：8 块 GPU 时约 85%</translation>
        </message>
        <message>
            <source>Throughput and cost against GPU count</source>
            <translation>吞吐量和费用随 GPU 数量的变化</translation>
        </message>
        <message>
            <source>Each scenario's workload on 1, 2, 4 and 8 of its GPUs. Dashed: the rule of thumb of about 85% scaling efficiency at 8 GPUs, for reference; it is not computed.</source>
            <translation>每个方案的工作负载在 1、2、4 和 8 块该型号 GPU 上的情况。虚线：8 块 GPU 时约 85% 扩展效率的经验值，仅供参考，并非计算所得。</translation>
        </message>
        <message>
            <source>Headroom build report</source>
            <translation>Headroom 配置报告</translation>
        </message>
        <message>
            <source>%1 — generated %2 by Headroom %3</source>
            <translation>%1 — 由 Headroom %3 于 %2 生成</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>自定义模型</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数量</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Trainable parameters</source>
            <translation>可训练参数</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>层数</translation>
        </message>
        <message>
            <source>%1 layers run per forward pass</source>
            <translation>每次前向传播运行 %1 层</translation>
        </message>
        <message>
            <source>Input per sample</source>
            <translation>每个样本的输入</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <source>Micro-batch</source>
            <translation>Micro-batch</translation>
        </message>
        <message>
            <source>%1 (gradient accumulation %2)</source>
            <translation>%1（梯度累积 %2）</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>精度</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Activation checkpointing</source>
            <translation>激活检查点</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>硬件</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Parallel layout</source>
            <translation>并行布局</translation>
        </message>
        <message>
            <source>Workload and architecture</source>
            <translation>工作负载与架构</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Estimated step time %1, %2 samples/s, scaling efficiency %3. A run of %4 samples takes %5 h and costs %6.</source>
            <translation>估计每步耗时 %1，%2 样本/秒，扩展效率 %3。运行 %4 个样本需 %5 小时，费用 %6。</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>%1, %2 each</source>
            <translation>%1，每块 %2</translation>
        </message>
        <message>
            <source>%1 × %2 GB DIMMs (%3 recommended per node)</source>
            <translation>%1 × %2 GB 内存条（每节点推荐 %3）</translation>
        </message>
        <message>
            <source>NVMe SSD for %1 (dataset, %2 checkpoints, logs)</source>
            <translation>用于 %1 的 NVMe SSD（数据集、%2 个检查点、日志）</translation>
        </message>
        <message>
            <source>HDD (alternative)</source>
            <translation>HDD（备选）</translation>
        </message>
        <message>
            <source>Hard disks for the same %1: %2 instead of the SSD (not in the total)</source>
            <translation>同样 %1 改用硬盘：%2，代替 SSD（不计入总计）</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>%1 cores, %2 platform, %3 PCIe lanes</source>
            <translation>%1 核，%2 平台，%3 条 PCIe 通道</translation>
        </message>
        <message>
            <source>not priced</source>
            <translation>未计价</translation>
        </message>
        <message>
            <source>PSU</source>
            <translation>电源</translation>
        </message>
        <message>
            <source>%1 W (needs %2 W with margin)</source>
            <translation>%1 W（含余量需要 %2 W）</translation>
        </message>
        <message>
            <source>%1 W needed: more than one supply</source>
            <translation>需要 %1 W：不止一个电源</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>priced items</source>
            <translation>已计价项目</translation>
        </message>
        <message>
            <source>Recommended build</source>
            <translation>推荐配置</translation>
        </message>
        <message>
            <source>Memory breakdown per GPU</source>
            <translation>单 GPU 显存构成</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>组成部分</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>字节</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>sum of the components above</source>
            <translation>以上各项之和</translation>
        </message>
        <message>
            <source>Total per GPU</source>
            <translation>单 GPU 总计</translation>
        </message>
        <message>
            <source>Memory per GPU against micro-batch size</source>
            <translation>单 GPU 显存随 micro-batch 大小的变化</translation>
        </message>
        <message>
            <source>micro-batch</source>
            <translation>micro-batch</translation>
        </message>
        <message>
            <source>GiB</source>
            <translation>GiB</translation>
        </message>
        <message>
            <source>Visible memory of %1</source>
            <translation>%1 的可见显存</translation>
        </message>
        <message>
            <source>Batch-size sweep</source>
            <translation>batch 大小扫描</translation>
        </message>
        <message>
            <source>Fits</source>
            <translation>放得下</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>Runtime profile</source>
            <translation>运行时配置</translation>
        </message>
    </context>
    <context>
        <name>ClassicalMl</name>
        <message>
            <source>Input X: %1 rows × %2 features × %3 bytes, plus y = %4</source>
            <translation>输入 X：%1 行 × %2 个特征 × %3 字节，加上 y = %4</translation>
        </message>
        <message>
            <source>float32 copy of X: %1</source>
            <translation>X 的 float32 副本：%1</translation>
        </message>
        <message>
            <source>%1 trees × %2 nodes × (64 + 8 × %3 classes) bytes = %4</source>
            <translation>%1 棵树 × %2 个节点 × (64 + 8 × %3 个类别) 字节 = %4</translation>
        </message>
        <message>
            <source>%1 job(s) × rows × 20 bytes of sample indices, weights and feature buffer = %2</source>
            <translation>%1 个作业 × 行数 × 20 字节（样本索引、权重和特征缓冲区）= %2</translation>
        </message>
        <message>
            <source>DMatrix CSR %1 + quantised bins %2 bytes per cell</source>
            <translation>DMatrix CSR %1 + 量化分箱每单元 %2 字节</translation>
        </message>
        <message>
            <source>gradients %1 + histograms %2 nodes × %3 features × %4 bins × 16 bytes × %5 thread(s)</source>
            <translation>梯度 %1 + 直方图 %2 个节点 × %3 个特征 × %4 个分箱 × 16 字节 × %5 个线程</translation>
        </message>
        <message>
            <source>model: %1 rounds × %2 trees per round × nodes × 40 bytes = %3</source>
            <translation>模型：%1 轮 × 每轮 %2 棵树 × 节点数 × 40 字节 = %3</translation>
        </message>
        <message>
            <source>fitted index: X as float64 + %1 indices + %2 tree nodes with bounds = %3</source>
            <translation>拟合后的索引：float64 格式的 X + %1 个索引 + %2 个带边界的树节点 = %3</translation>
        </message>
        <message>
            <source>query distance chunks, capped by working_memory (1 GiB) = %1</source>
            <translation>查询距离分块，受 working_memory（1 GiB）限制 = %1</translation>
        </message>
        <message>
            <source>precomputed kernel matrix %1 × %1 × 8 bytes = %2</source>
            <translation>预计算核矩阵 %1 × %1 × 8 字节 = %2</translation>
        </message>
        <message>
            <source>libsvm kernel cache (cache_size) 200 MB</source>
            <translation>libsvm 核缓存（cache_size）200 MB</translation>
        </message>
        <message>
            <source>support vectors (at most every row) and dual coefficients = %1</source>
            <translation>支持向量（最多为所有行）和对偶系数 = %1</translation>
        </message>
        <message>
            <source>float64 copy of X for centring: %1</source>
            <translation>用于中心化的 X 的 float64 副本：%1</translation>
        </message>
        <message>
            <source>predictions and gradients: 2 × rows × %1 × 8 bytes = %2</source>
            <translation>预测值和梯度：2 × 行数 × %1 × 8 字节 = %2</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Lists the built-in architectures with their published parameter counts.</source>
            <translation>列出内置架构及其公开的参数量。</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>输出 JSON。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>系列</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数量</translation>
        </message>
        <message>
            <source>Lists the GPU catalog.</source>
            <translation>列出 GPU 目录。</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>显存</translation>
        </message>
        <message>
            <source>BF16/FP16 TFLOPS</source>
            <translation>BF16/FP16 TFLOPS</translation>
        </message>
        <message>
            <source>Price (%1)</source>
            <translation>价格（%1）</translation>
        </message>
        <message>
            <source>Model:     %1 (%2 parameters, input %3)</source>
            <translation>模型:      %1（%2 参数，输入 %3）</translation>
        </message>
        <message>
            <source>Workload:  %1, %2 %3, %4, %5, checkpointing %6</source>
            <translation>工作负载:  %1，%2 %3，%4，%5，检查点 %6</translation>
        </message>
        <message>
            <source>sequences</source>
            <translation>序列数</translation>
        </message>
        <message>
            <source>micro-batch</source>
            <translation>micro-batch</translation>
        </message>
        <message>
            <source>context %1</source>
            <translation>上下文 %1</translation>
        </message>
        <message>
            <source>GPU:       %1 (%2 GiB)</source>
            <translation>GPU:       %1（%2 GiB）</translation>
        </message>
        <message>
            <source>GPU:       %1 is not in the catalog</source>
            <translation>GPU:       %1 不在目录中</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>组成部分</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>GPU memory %1, driver reserve %2, visible %3, usable after the CUDA context %4</source>
            <translation>显存 %1，驱动预留 %2，可见 %3，扣除 CUDA 上下文后可用 %4</translation>
        </message>
        <message>
            <source>Architecture preset (see 'presets').</source>
            <translation>架构预设（见 'presets'）。</translation>
        </message>
        <message>
            <source>GPU id (see 'gpus').</source>
            <translation>GPU ID（见 'gpus'）。</translation>
        </message>
        <message>
            <source>train, finetune or inference.</source>
            <translation>train、finetune 或 inference。</translation>
        </message>
        <message>
            <source>Micro-batch size (inference: sequences).</source>
            <translation>micro-batch 大小（推理：序列数）。</translation>
        </message>
        <message>
            <source>Gradient accumulation steps (pipeline micro-batches per step).</source>
            <translation>梯度累积步数（每步的流水线 micro-batch 数）。</translation>
        </message>
        <message>
            <source>Sequence length in tokens.</source>
            <translation>序列长度（token 数）。</translation>
        </message>
        <message>
            <source>Image height and width in pixels.</source>
            <translation>图像高度和宽度（像素）。</translation>
        </message>
        <message>
            <source>fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8 or int4.</source>
            <translation>fp32、tf32、fp16-amp、bf16-amp、fp16、bf16、fp8、int8 或 int4。</translation>
        </message>
        <message>
            <source>sgd, momentum, adam, adamw, adam8bit, adafactor or lion.</source>
            <translation>sgd、momentum、adam、adamw、adam8bit、adafactor 或 lion。</translation>
        </message>
        <message>
            <source>none, full or selective.</source>
            <translation>none、full 或 selective。</translation>
        </message>
        <message>
            <source>Use FlashAttention.</source>
            <translation>使用 FlashAttention。</translation>
        </message>
        <message>
            <source>Inference: KV-cache tokens per sequence.</source>
            <translation>推理：每个序列的 KV 缓存 token 数。</translation>
        </message>
        <message>
            <source>Number of GPUs, all nodes together.</source>
            <translation>GPU 数量（所有节点合计）。</translation>
        </message>
        <message>
            <source>Number of machines.</source>
            <translation>机器数量。</translation>
        </message>
        <message>
            <source>DeepSpeed ZeRO stage 0, 1, 2 or 3.</source>
            <translation>DeepSpeed ZeRO 阶段 0、1、2 或 3。</translation>
        </message>
        <message>
            <source>PyTorch FSDP full sharding (ZeRO-3 semantics).</source>
            <translation>PyTorch FSDP 完全分片（ZeRO-3 语义）。</translation>
        </message>
        <message>
            <source>CPU offload: optimizer or params.</source>
            <translation>CPU 卸载：optimizer 或 params。</translation>
        </message>
        <message>
            <source>Tensor-parallel size.</source>
            <translation>张量并行规模。</translation>
        </message>
        <message>
            <source>Sequence parallelism (with --tp).</source>
            <translation>序列并行（配合 --tp）。</translation>
        </message>
        <message>
            <source>Pipeline-parallel stages.</source>
            <translation>流水线并行阶段数。</translation>
        </message>
        <message>
            <source>Micro-batches the first pipeline stage holds (default: --pp).</source>
            <translation>第一个流水线阶段保留的 micro-batch 数（默认：--pp）。</translation>
        </message>
        <message>
            <source>Samples the run trains on (default 1,000,000).</source>
            <translation>本次训练的样本数（默认 1,000,000）。</translation>
        </message>
        <message>
            <source>Tokens the run trains on (instead of --samples).</source>
            <translation>本次训练的 token 数（代替 --samples）。</translation>
        </message>
        <message>
            <source>Dataset size on disk in GB (default: estimated from the run).</source>
            <translation>数据集在磁盘上的大小，单位 GB（默认：根据训练估算）。</translation>
        </message>
        <message>
            <source>Checkpoints kept on disk (default 3).</source>
            <translation>磁盘上保留的检查点数（默认 3）。</translation>
        </message>
        <message>
            <source>Architecture from a Hugging Face config.json (precision from its torch_dtype).</source>
            <translation>取自 Hugging Face config.json 的架构（精度取自其 torch_dtype）。</translation>
        </message>
        <message>
            <source>give at most one plan file</source>
            <translation>最多指定一个计划文件</translation>
        </message>
        <message>
            <source>give a plan file, --preset ID or --hf-config FILE</source>
            <translation>请指定计划文件、--preset ID 或 --hf-config FILE</translation>
        </message>
        <message>
            <source>unknown preset "%1"; 'headroom-cli presets' lists them</source>
            <translation>未知预设“%1”；可用 'headroom-cli presets' 查看列表</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3 (got "%4")</source>
            <translation>--%1 必须是 %2 到 %3 之间的整数（实际为“%4”）</translation>
        </message>
        <message>
            <source>--%1 must be a positive number (got "%2")</source>
            <translation>--%1 必须是正数（实际为“%2”）</translation>
        </message>
        <message>
            <source>--%1: "%2" is not one of %3</source>
            <translation>--%1：“%2”不在 %3 之中</translation>
        </message>
        <message>
            <source>unknown GPU "%1"; 'headroom-cli gpus' lists them</source>
            <translation>未知 GPU“%1”；可用 'headroom-cli gpus' 查看列表</translation>
        </message>
        <message>
            <source>Per GPU:   %1</source>
            <translation>每 GPU:    %1</translation>
        </message>
        <message>
            <source>Speed:     %1 samples/s%2 (step %3 s; %4 TFLOPS %5 peak × %6 MFU%7%8)</source>
            <translation>速度:      %1 样本/秒%2（每步 %3 秒；%4 TFLOPS %5 峰值 × %6 MFU%7%8）</translation>
        </message>
        <message>
            <source>, %1 tokens/s</source>
            <translation>，%1 token/秒</translation>
        </message>
        <message>
            <source>; all-reduce %1 s over %2</source>
            <translation>；all-reduce %1 秒，经由 %2</translation>
        </message>
        <message>
            <source>; pipeline bubble %1%</source>
            <translation>；流水线气泡 %1%</translation>
        </message>
        <message>
            <source>Scaling:   %1% efficiency vs one GPU (computed); rule of thumb from the article: ~85% at 8 GPUs</source>
            <translation>扩展性:    相对单 GPU 效率 %1%（计算值）；文章经验值：8 GPU 时约 85%</translation>
        </message>
        <message>
            <source>Run:       %1 samples in %2 h (%3 GPU-hours), %4 kWh; cost %5 %6 (%7), %8 per million samples; GPUs cost %9 to buy</source>
            <translation>训练:      %1 个样本用时 %2 小时（%3 GPU 小时），%4 kWh；费用 %5 %6（%7），每百万样本 %8；GPU 购置费用 %9</translation>
        </message>
        <message>
            <source>rented</source>
            <translation>租用</translation>
        </message>
        <message>
            <source>owned: amortised + energy</source>
            <translation>自有：折旧 + 电费</translation>
        </message>
        <message>
            <source>Host RAM:  %1 per node as %2 × %3 GB DIMMs (%4 %5); plan needs %6, rule of thumb %7</source>
            <translation>主机内存:  每节点 %1，配置为 %2 × %3 GB 内存条（%4 %5）；计划需要 %6，经验值 %7</translation>
        </message>
        <message>
            <source>Host:      %1 CPU cores, PSU %2 (%3 W needed), %4 PCIe lanes: %5</source>
            <translation>主机:      %1 个 CPU 核心，电源 %2（需要 %3 W），%4 条 PCIe 通道：%5</translation>
        </message>
        <message>
            <source>%1 W</source>
            <translation>%1 W</translation>
        </message>
        <message>
            <source>of several supplies</source>
            <translation>（多个电源）</translation>
        </message>
        <message>
            <source>Storage:   %1 (dataset %2 + %3 × checkpoint %4 + logs %5): SSD %6, HDD %7, hybrid %8 %9</source>
            <translation>存储:      %1（数据集 %2 + %3 × 检查点 %4 + 日志 %5）：SSD %6，HDD %7，混合 %8 %9</translation>
        </message>
        <message>
            <source>Input I/O: %1 MB/s needed; HDD %2, SATA SSD %3, NVMe %4</source>
            <translation>输入 I/O:  需要 %1 MB/s；HDD %2，SATA SSD %3，NVMe %4</translation>
        </message>
        <message>
            <source>I/O-bound</source>
            <translation>I/O 受限</translation>
        </message>
        <message>
            <source>keeps up</source>
            <translation>跟得上</translation>
        </message>
        <message>
            <source>Imports a model description (a Hugging Face config.json or an ONNX file) and prints its summary.</source>
            <translation>导入模型描述（Hugging Face config.json 或 ONNX 文件）并输出摘要。</translation>
        </message>
        <message>
            <source>config.json of a Hugging Face model, or a .onnx file.</source>
            <translation>Hugging Face 模型的 config.json，或 .onnx 文件。</translation>
        </message>
        <message>
            <source>give one file to import</source>
            <translation>请指定一个要导入的文件</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Model:       %1 (%2)</source>
            <translation>模型:        %1（%2）</translation>
        </message>
        <message>
            <source>Parameters:  %1 (active per token %2)</source>
            <translation>参数量:      %1（每 token 激活 %2）</translation>
        </message>
        <message>
            <source>Layers:      %1 (%2 attention)</source>
            <translation>层数:        %1（%2 个注意力层）</translation>
        </message>
        <message>
            <source>Precision:   %1</source>
            <translation>精度:        %1</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>未指定</translation>
        </message>
        <message>
            <source>ONNX:        %1 of %2 nodes mapped; kept as generic ops: %3</source>
            <translation>ONNX:        已映射 %1/%2 个节点；保留为通用算子：%3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Computes the per-GPU memory breakdown, speed, cost, host RAM and storage of a plan. Flags override the file.</source>
            <translation>计算计划的每 GPU 显存明细、速度、费用、主机内存和存储。命令行选项优先于文件。</translation>
        </message>
        <message>
            <source>A .headroom plan file (optional with --preset).</source>
            <translation>.headroom 计划文件（使用 --preset 时可省略）。</translation>
        </message>
        <message>
            <source>Also write the plan (with the flags applied) to FILE.</source>
            <translation>同时将计划（应用选项后）写入 FILE。</translation>
        </message>
        <message>
            <source>Name the plan.</source>
            <translation>为计划命名。</translation>
        </message>
        <message>
            <source>Ranks GPU type × count (1, 2, 4, 8) × data parallel, ZeRO-2 and ZeRO-3 configurations that fit the plan with the safety margin.</source>
            <translation>对 GPU 型号 × 数量（1、2、4、8）× 数据并行、ZeRO-2、ZeRO-3 中能在保留安全余量下容纳该计划的配置进行排序。</translation>
        </message>
        <message>
            <source>Most the GPUs may cost to buy.</source>
            <translation>GPU 购置费用上限。</translation>
        </message>
        <message>
            <source>cost (purchase), time or cost-per-sample.</source>
            <translation>cost（购置费用）、time 或 cost-per-sample。</translation>
        </message>
        <message>
            <source>Show the best N (default 10).</source>
            <translation>显示前 N 个（默认 10）。</translation>
        </message>
        <message>
            <source>--budget must be a positive number (got "%1")</source>
            <translation>--budget 必须是正数（实际为“%1”）</translation>
        </message>
        <message>
            <source>--rank: "%1" is not one of cost, time, cost-per-sample</source>
            <translation>--rank：“%1”不是 cost、time、cost-per-sample 之一</translation>
        </message>
        <message>
            <source>--top must be a whole number of at least 1</source>
            <translation>--top 必须是不小于 1 的整数</translation>
        </message>
        <message>
            <source>No configuration of up to 8 GPUs fits this plan with the safety margin.</source>
            <translation>在保留安全余量的情况下，最多 8 块 GPU 的配置都无法容纳该计划。</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>策略</translation>
        </message>
        <message>
            <source>Per GPU</source>
            <translation>每 GPU</translation>
        </message>
        <message>
            <source>Samples/s</source>
            <translation>样本/秒</translation>
        </message>
        <message>
            <source>Run (h)</source>
            <translation>时长 (h)</translation>
        </message>
        <message>
            <source>Buy (%1)</source>
            <translation>购置（%1）</translation>
        </message>
        <message>
            <source>Per 1M samples</source>
            <translation>每百万样本</translation>
        </message>
        <message>
            <source>Host RAM for a classical (CPU) learner.</source>
            <translation>传统（CPU）机器学习算法的主机内存。</translation>
        </message>
        <message>
            <source>random-forest, xgboost, knn, svm or linear.</source>
            <translation>random-forest、xgboost、knn、svm 或 linear。</translation>
        </message>
        <message>
            <source>Training rows.</source>
            <translation>训练数据行数。</translation>
        </message>
        <message>
            <source>Features per row.</source>
            <translation>每行特征数。</translation>
        </message>
        <message>
            <source>Classes (1 for regression).</source>
            <translation>类别数（回归为 1）。</translation>
        </message>
        <message>
            <source>Trees or boosting rounds.</source>
            <translation>树的数量或 boosting 轮数。</translation>
        </message>
        <message>
            <source>Maximum tree depth (0: unlimited).</source>
            <translation>最大树深（0：不限）。</translation>
        </message>
        <message>
            <source>Parallel jobs (n_jobs).</source>
            <translation>并行作业数（n_jobs）。</translation>
        </message>
        <message>
            <source>SVM with a precomputed kernel matrix.</source>
            <translation>使用预计算核矩阵的 SVM。</translation>
        </message>
        <message>
            <source>--algorithm: "%1" is not one of random-forest, xgboost, knn, svm, linear</source>
            <translation>--algorithm：“%1”不是 random-forest、xgboost、knn、svm、linear 之一</translation>
        </message>
        <message>
            <source>--%1 must be a whole number of at least %2</source>
            <translation>--%1 必须是不小于 %2 的整数</translation>
        </message>
        <message>
            <source>Host RAM: %1; buy %2 × %3 GB DIMMs</source>
            <translation>主机内存：%1；购买 %2 × %3 GB 内存条</translation>
        </message>
        <message>
            <source>no command given; try --help</source>
            <translation>未指定命令；请尝试 --help</translation>
        </message>
        <message>
            <source>unknown command "%1"; try --help</source>
            <translation>未知命令“%1”；请尝试 --help</translation>
        </message>
        <message>
            <source>this build has no PDF report (built without the GUI)</source>
            <translation>此版本不含 PDF 报告（构建时未包含 GUI）</translation>
        </message>
        <message>
            <source>Usage: headroom-cli COMMAND [options]</source>
            <translation>用法：headroom-cli 命令 [选项]</translation>
        </message>
        <message>
            <source>Plans GPU memory for deep-learning workloads.</source>
            <translation>为深度学习工作负载规划显存。</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <source>show this help (COMMAND --help for a command's options)</source>
            <translation>显示本帮助（“命令 --help”查看该命令的选项）</translation>
        </message>
        <message>
            <source>show the version</source>
            <translation>显示版本</translation>
        </message>
        <message>
            <source>language of the human-readable output: en, de or zh_CN</source>
            <translation>可读输出的语言：en、de 或 zh_CN</translation>
        </message>
        <message>
            <source>(default: HEADROOM_LANG, else the locale; JSON is never translated)</source>
            <translation>（默认：HEADROOM_LANG，否则取系统区域设置；JSON 从不翻译）</translation>
        </message>
        <message>
            <source>memory, speed, cost, host RAM and storage of a plan file or preset</source>
            <translation>计划文件或预设的显存、速度、费用、主机内存和存储</translation>
        </message>
        <message>
            <source>rank GPU types, counts and sharding strategies that fit a plan</source>
            <translation>对能容纳计划的 GPU 型号、数量和分片策略进行排序</translation>
        </message>
        <message>
            <source>host RAM for a classical learner (forests, boosting, k-NN, SVM, linear)</source>
            <translation>传统机器学习算法的主机内存（随机森林、boosting、k-NN、SVM、线性模型）</translation>
        </message>
        <message>
            <source>list built-in architectures</source>
            <translation>列出内置架构</translation>
        </message>
        <message>
            <source>list the GPU catalog</source>
            <translation>列出 GPU 目录</translation>
        </message>
        <message>
            <source>summary of a Hugging Face config.json or ONNX file</source>
            <translation>Hugging Face config.json 或 ONNX 文件的摘要</translation>
        </message>
        <message>
            <source>the scenarios of a plan file side by side</source>
            <translation>并排对比计划文件中的各方案</translation>
        </message>
        <message>
            <source>write a PDF build report of a plan file</source>
            <translation>为计划文件写出 PDF 配置报告</translation>
        </message>
        <message>
            <source>Verdict:   %1</source>
            <translation>结论:      %1</translation>
        </message>
        <message>
            <source>Set an assumption, repeatable: --set cuda_context_mib=512. Keys: %1.</source>
            <translation>设置一项假设，可重复：--set cuda_context_mib=512。键：%1。</translation>
        </message>
        <message>
            <source>A memory technique, repeatable: %1 (see docs/cli-json.md).</source>
            <translation>一种显存技术，可重复：%1（见 docs/cli-json.md）。</translation>
        </message>
        <message>
            <source>--fine-tune needs --mode finetune (got --mode %1)</source>
            <translation>--fine-tune 需要 --mode finetune（给出的是 --mode %1）</translation>
        </message>
        <message>
            <source>--lora-dropout must be a number from 0 to 0.99 (got "%1")</source>
            <translation>--lora-dropout 必须是 0 到 0.99 之间的数（实际为“%1”）</translation>
        </message>
        <message>
            <source>--technique: "%1" is not one of %2</source>
            <translation>--technique：“%1”不在 %2 之中</translation>
        </message>
        <message>
            <source>--set needs KEY=VALUE (got "%1")</source>
            <translation>--set 需要 键=值（给出的是“%1”）</translation>
        </message>
        <message>
            <source>--set %1: unknown assumption "%2"; 'plan --help' lists them</source>
            <translation>--set %1：未知假设“%2”；'plan --help' 会列出所有假设</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>必须是数字</translation>
        </message>
        <message>
            <source>--set %1: %2</source>
            <translation>--set %1：%2</translation>
        </message>
        <message>
            <source>Fine-tuning method: full, lora or qlora (4-bit base). Implies --mode finetune.</source>
            <translation>微调方法：full、lora 或 qlora（4 位基座）。隐含 --mode finetune。</translation>
        </message>
        <message>
            <source>LoRA rank r (1 to 65536).</source>
            <translation>LoRA 秩 r（1 到 65536）。</translation>
        </message>
        <message>
            <source>Projections with LoRA adapters: letters q, k, v, o (attention) and m (MLP), e.g. qv; or all.</source>
            <translation>带 LoRA 适配器的投影：字母 q、k、v、o（注意力）和 m（MLP），例如 qv；或 all。</translation>
        </message>
        <message>
            <source>PEFT lora_dropout, 0 to 0.99 (default 0.05; torchtune and Unsloth use 0).</source>
            <translation>PEFT 的 lora_dropout，0 到 0.99（默认 0.05；torchtune 和 Unsloth 使用 0）。</translation>
        </message>
        <message>
            <source>Pure fp16/bf16/fp8: no fp32 master copy of the weights (plain model.to(bf16)).</source>
            <translation>纯 fp16/bf16/fp8：不保留权重的 fp32 主副本（直接 model.to(bf16)）。</translation>
        </message>
        <message>
            <source>Inference: KV-cache precision (fp32, fp16, bf16, fp8, int8, int4...).</source>
            <translation>推理：KV 缓存精度（fp32、fp16、bf16、fp8、int8、int4……）。</translation>
        </message>
        <message>
            <source>The plan's notes.</source>
            <translation>计划的备注。</translation>
        </message>
        <message>
            <source>Decoding:  %1 tokens/s per sequence, %2 tokens/s for all %3 (%4-bound: %5 read per step at %6% of %7 GB/s); prefill %8 tokens/s, first token after %9 s</source>
            <translation>解码：     每序列 %1 tokens/s，全部 %3 个共 %2 tokens/s（受%4限制：每步读取 %5，带宽 %7 GB/s 的 %6%）；预填充 %8 tokens/s，首个 token 用时 %9 s</translation>
        </message>
        <message>
            <source>memory</source>
            <translation>显存</translation>
        </message>
        <message>
            <source>compute</source>
            <translation>计算</translation>
        </message>
        <message>
            <source>give --flash-attention or --eager-attention, not both</source>
            <translation>请指定 --flash-attention 或 --eager-attention，不能同时指定</translation>
        </message>
        <message>
            <source>Attention that materialises the scores (Hugging Face eager); --mode inference otherwise assumes a fused kernel (SDPA/FlashAttention).</source>
            <translation>显式计算注意力分数的实现（Hugging Face eager）；否则 --mode inference 假定使用融合内核（SDPA/FlashAttention）。</translation>
        </message>
        <message>
            <source>Warning:   %1</source>
            <translation>警告：     %1</translation>
        </message>
        <message>
            <source>Runtime:   %1</source>
            <translation>运行时：   %1</translation>
        </message>
        <message>
            <source>Runtime profile, the defaults of a framework: %1 (flags given with it still override them; see docs/cli-json.md).</source>
            <translation>运行时配置，即某个框架的默认设置：%1（同时给出的其他选项仍会覆盖它们；见 docs/cli-json.md）。</translation>
        </message>
        <message>
            <source>--profile: "%1" is not one of %2</source>
            <translation>--profile：“%1”不在 %2 之中</translation>
        </message>
        <message>
            <source>ds_config.json, torchrun, accelerate and torchtune lines for a plan</source>
            <translation>为计划生成 ds_config.json、torchrun、accelerate 和 torchtune 启动命令</translation>
        </message>
        <message>
            <source>Prints the launch configurations that run a training plan as planned: DeepSpeed's ds_config.json, torchrun and accelerate lines, Trainer arguments and torchtune overrides.</source>
            <translation>输出按计划运行训练的启动配置：DeepSpeed 的 ds_config.json、torchrun 与 accelerate 命令、Trainer 参数和 torchtune 覆盖项。</translation>
        </message>
        <message>
            <source>Only one of them: deepspeed (the ds_config.json itself), torchrun, accelerate, trainer or torchtune.</source>
            <translation>只输出其中一项：deepspeed（即 ds_config.json 本身）、torchrun、accelerate、trainer 或 torchtune。</translation>
        </message>
        <message>
            <source>--format: "%1" is not one of deepspeed, torchrun, accelerate, trainer, torchtune</source>
            <translation>--format：“%1”不是 deepspeed、torchrun、accelerate、trainer、torchtune 之一</translation>
        </message>
        <message>
            <source>ds_config.json (DeepSpeed):</source>
            <translation>ds_config.json（DeepSpeed）：</translation>
        </message>
        <message>
            <source>torchrun:   %1</source>
            <translation>torchrun：  %1</translation>
        </message>
        <message>
            <source>accelerate: %1</source>
            <translation>accelerate：%1</translation>
        </message>
        <message>
            <source>Trainer:    %1</source>
            <translation>Trainer：   %1</translation>
        </message>
        <message>
            <source>torchtune:  %1</source>
            <translation>torchtune： %1</translation>
        </message>
        <message>
            <source>Note:       %1</source>
            <translation>注意：      %1</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Compares the scenarios pinned in a plan file: per-GPU memory, fit, speed, power and cost. * marks the best value of a row.</source>
            <translation>对比计划文件中已固定的方案：单 GPU 显存、能否放下、速度、功耗和费用。* 标出每行的最佳值。</translation>
        </message>
        <message>
            <source>A .headroom plan file with 2 to 8 scenarios.</source>
            <translation>包含 2 到 8 个方案的 .headroom 计划文件。</translation>
        </message>
        <message>
            <source>Show differences against scenario N (default 1).</source>
            <translation>显示相对方案 N 的差值（默认 1）。</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>输出 JSON。</translation>
        </message>
        <message>
            <source>compare needs exactly one plan file</source>
            <translation>compare 需要且仅需要一个计划文件</translation>
        </message>
        <message>
            <source>--baseline must be a scenario number from 1 to %1</source>
            <translation>--baseline 必须是 1 到 %1 之间的方案编号</translation>
        </message>
        <message>
            <source>--baseline %1: the plan has %2 scenarios</source>
            <translation>--baseline %1：该计划只有 %2 个方案</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>基准</translation>
        </message>
        <message>
            <source>Setup</source>
            <translation>配置</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Differences against %1:</source>
            <translation>相对 %1 的差值：</translation>
        </message>
    </context>
    <context>
        <name>ComparisonBuilder</name>
        <message>
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1 /s</source>
            <translation>%1 /秒</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>%1 W</source>
            <translation>%1 W</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>FITS</source>
            <translation>放得下</translation>
        </message>
        <message>
            <source>DOES NOT FIT</source>
            <translation>放不下</translation>
        </message>
        <message>
            <source>same</source>
            <translation>相同</translation>
        </message>
        <message>
            <source>%1 pt</source>
            <translation>%1 个百分点</translation>
        </message>
        <message>
            <source>A comparison needs %1 to %2 scenarios; this plan has %3.</source>
            <translation>对比需要 %1 到 %2 个方案；此计划有 %3 个。</translation>
        </message>
        <message>
            <source>The baseline must be a scenario number from 1 to %1.</source>
            <translation>基准必须是 1 到 %1 之间的方案编号。</translation>
        </message>
        <message>
            <source>Total per GPU</source>
            <translation>单 GPU 总计</translation>
        </message>
        <message>
            <source>GPU memory (visible)</source>
            <translation>显存（可见）</translation>
        </message>
        <message>
            <source>Fits</source>
            <translation>放得下</translation>
        </message>
        <message>
            <source>Headroom</source>
            <translation>余量</translation>
        </message>
        <message>
            <source>Largest micro-batch</source>
            <translation>最大 micro-batch</translation>
        </message>
        <message>
            <source>Step time</source>
            <translation>每步耗时</translation>
        </message>
        <message>
            <source>Throughput (samples)</source>
            <translation>吞吐量（样本）</translation>
        </message>
        <message>
            <source>Scaling efficiency</source>
            <translation>扩展效率</translation>
        </message>
        <message>
            <source>GPU board power</source>
            <translation>GPU 板卡功耗</translation>
        </message>
        <message>
            <source>Hardware cost (GPUs)</source>
            <translation>硬件费用（GPU）</translation>
        </message>
        <message>
            <source>Cost per run</source>
            <translation>每次运行费用</translation>
        </message>
    </context>
    <context>
        <name>GpuCatalog</name>
        <message>
            <source>field "%1" is missing</source>
            <translation>缺少字段“%1”</translation>
        </message>
        <message>
            <source>field "%1" must be a number from %2 to %3</source>
            <translation>字段“%1”必须是 %2 到 %3 之间的数字</translation>
        </message>
        <message>
            <source>field "%1" must be a non-empty string</source>
            <translation>字段“%1”必须是非空字符串</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>不是有效的 JSON：%1</translation>
        </message>
        <message>
            <source>expected an object with a "gpus" array</source>
            <translation>应为包含“gpus”数组的对象</translation>
        </message>
        <message>
            <source>entry %1 is not an object</source>
            <translation>条目 %1 不是对象</translation>
        </message>
        <message>
            <source>field "nvidia_smi_total_mib" exceeds the card's memory</source>
            <translation>字段“nvidia_smi_total_mib”超出了显卡的显存</translation>
        </message>
        <message>
            <source>entry "%1": %2; skipped</source>
            <translation>条目“%1”：%2；已跳过</translation>
        </message>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1：无法读取：%2</translation>
        </message>
    </context>
    <context>
        <name>HfConfigImporter</name>
        <message>
            <source>the %1 config lacks "%2", which is required</source>
            <translation>%1 配置缺少必需的“%2”</translation>
        </message>
        <message>
            <source>"%1" must be true or false</source>
            <translation>“%1”必须是 true 或 false</translation>
        </message>
        <message>
            <source>"%1" must be a number from %2 to %3</source>
            <translation>“%1”必须是 %2 到 %3 之间的数字</translation>
        </message>
        <message>
            <source>"%1" must be a string</source>
            <translation>“%1”必须是字符串</translation>
        </message>
        <message>
            <source>"%1" is "%2"; supported activations are silu, gelu, gelu_new, gelu_pytorch_tanh and relu</source>
            <translation>“%1”为“%2”；支持的激活函数有 silu、gelu、gelu_new、gelu_pytorch_tanh 和 relu</translation>
        </message>
        <message>
            <source>"%1" must be a whole number from %2 to %3 (got %4)</source>
            <translation>“%1”必须是 %2 到 %3 之间的整数（实际为 %4）</translation>
        </message>
        <message>
            <source>"hidden_size" %1 is not divisible by "num_attention_heads" %2; set "head_dim"</source>
            <translation>“hidden_size” %1 不能被“num_attention_heads” %2 整除；请设置“head_dim”</translation>
        </message>
        <message>
            <source>%1 attention heads cannot be grouped over "%2" %3</source>
            <translation>%1 个注意力头无法按“%2” %3 分组</translation>
        </message>
        <message>
            <source>"n_embd" %1 is not divisible by "n_head" %2</source>
            <translation>“n_embd” %1 不能被“n_head” %2 整除</translation>
        </message>
        <message>
            <source>"hidden_size" %1 is not divisible by "num_attention_heads" %2</source>
            <translation>“hidden_size” %1 不能被“num_attention_heads” %2 整除</translation>
        </message>
        <message>
            <source>"max_position_embeddings" %1 leaves no positions after the padding offset %2</source>
            <translation>“max_position_embeddings” %1 在填充偏移 %2 之后没有剩余位置</translation>
        </message>
        <message>
            <source>"layer_norm_elementwise_affine": false is not supported</source>
            <translation>不支持“layer_norm_elementwise_affine”: false</translation>
        </message>
        <message>
            <source>"qk_layernorm": true is not supported</source>
            <translation>不支持“qk_layernorm”: true</translation>
        </message>
        <message>
            <source>"feed_forward_proj" is "%1"; supported are relu, gated-gelu, gated-silu</source>
            <translation>“feed_forward_proj”为“%1”；支持 relu、gated-gelu、gated-silu</translation>
        </message>
        <message>
            <source>not a JSON file: %1 at byte %2</source>
            <translation>不是 JSON 文件：第 %2 字节处 %1</translation>
        </message>
        <message>
            <source>a config.json holds one JSON object</source>
            <translation>config.json 应包含一个 JSON 对象</translation>
        </message>
        <message>
            <source>"model_type" is missing; it names the model family (supported: %1)</source>
            <translation>缺少“model_type”；它指明模型系列（支持：%1）</translation>
        </message>
        <message>
            <source>"%1" is "%2"; expected float32, float16 or bfloat16</source>
            <translation>“%1”为“%2”；应为 float32、float16 或 bfloat16</translation>
        </message>
        <message>
            <source>%1 config: %2</source>
            <translation>%1 配置：%2</translation>
        </message>
        <message>
            <source>Imported %1 model</source>
            <translation>导入的 %1 模型</translation>
        </message>
        <message>
            <source>Hugging Face config.json (model_type %1)</source>
            <translation>Hugging Face config.json（model_type %1）</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1：无法读取文件：%2</translation>
        </message>
        <message>
            <source>%1: %2 bytes is too large for a config.json</source>
            <translation>%1：%2 字节对于 config.json 来说过大</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>"hidden_size" %1 is not divisible by "n_head" %2</source>
            <translation>"hidden_size" %1 不能被 "n_head" %2 整除</translation>
        </message>
        <message>
            <source>gemma3 config: "text_config" is missing; it holds the language model</source>
            <translation>gemma3 配置：缺少 "text_config"；它包含语言模型</translation>
        </message>
        <message>
            <source>text model only: the SigLIP vision tower and its projector are not counted</source>
            <translation>仅文本模型：未计入 SigLIP 视觉塔及其投影层</translation>
        </message>
        <message>
            <source>model_type "%1" is not supported%2. Supported families: %3. Other ways in: build the model in the Architecture tab, or export it to ONNX and import the .onnx file.</source>
            <translation>不支持 model_type "%1"%2。支持的系列：%3。其他途径：在“架构”标签页中搭建模型，或导出为 ONNX 后导入 .onnx 文件。</translation>
        </message>
        <message>
            <source>; did you mean "%1"?</source>
            <translation>；您是指 "%1" 吗？</translation>
        </message>
        <message>
            <source>"num_nextn_predict_layers": the multi-token-prediction layers in the checkpoint are not counted (transformers does not build them)</source>
            <translation>"num_nextn_predict_layers"：检查点中的多 token 预测层未计入（transformers 不构建它们）</translation>
        </message>
        <message>
            <source>"%1" changes the model's weights and the %2 importer does not model it</source>
            <translation>"%1" 会改变模型的权重，而 %2 导入器不支持它</translation>
        </message>
        <message>
            <source>"mlp_only_layers" must be a list of layer indices</source>
            <translation>"mlp_only_layers" 必须是层索引列表</translation>
        </message>
        <message>
            <source>"mlp_only_layers" holds %1, which is not a layer index below %2</source>
            <translation>"mlp_only_layers" 含有 %1，它不是小于 %2 的层索引</translation>
        </message>
        <message>
            <source>"num_experts_per_tok" %1 exceeds "%2" %3</source>
            <translation>"num_experts_per_tok" %1 超过 "%2" %3</translation>
        </message>
        <message>
            <source>"layer_types" must list one type for each of the %1 layers</source>
            <translation>“layer_types”必须为 %1 层中的每一层列出一个类型</translation>
        </message>
        <message>
            <source>"layer_types" holds "%1"; expected sliding_attention or full_attention</source>
            <translation>“layer_types”包含“%1”；应为 sliding_attention 或 full_attention</translation>
        </message>
        <message>
            <source>llama4 config: "text_config" is missing; it holds the language model</source>
            <translation>llama4 配置：缺少“text_config”；它包含语言模型</translation>
        </message>
        <message>
            <source>text model only: the vision encoder and its projector are not counted</source>
            <translation>仅文本模型：未计入视觉编码器及其投影层</translation>
        </message>
        <message>
            <source>"qk_nope_head_dim" and "qk_rope_head_dim" are both 0</source>
            <translation>“qk_nope_head_dim”和“qk_rope_head_dim”都为 0</translation>
        </message>
        <message>
            <source>"num_experts_per_tok" %1 exceeds "n_routed_experts" %2</source>
            <translation>“num_experts_per_tok” %1 超过 “n_routed_experts” %2</translation>
        </message>
        <message>
            <source>"num_experts_per_tok" %1 exceeds "num_local_experts" %2</source>
            <translation>“num_experts_per_tok” %1 超过 “num_local_experts” %2</translation>
        </message>
        <message>
            <source>sliding_attention layers need "sliding_window"</source>
            <translation>sliding_attention 层需要“sliding_window”</translation>
        </message>
        <message>
            <source>"moe_layers" must be a list of layer indices</source>
            <translation>“moe_layers”必须是层索引的列表</translation>
        </message>
        <message>
            <source>"moe_layers" holds %1, which is not a layer index below %2</source>
            <translation>“moe_layers”包含 %1，它不是小于 %2 的层索引</translation>
        </message>
    </context>
    <context>
        <name>Interconnect</name>
        <message>
            <source>NVLink, %1 GB/s per direction</source>
            <translation>NVLink，单向 %1 GB/s</translation>
        </message>
        <message>
            <source>PCIe %1.0 x%2, %3 GB/s per direction</source>
            <translation>PCIe %1.0 x%2，单向 %3 GB/s</translation>
        </message>
        <message>
            <source>network between nodes, %1 GB/s per direction</source>
            <translation>节点间网络，单向 %1 GB/s</translation>
        </message>
    </context>
    <context>
        <name>LaunchConfigs</name>
        <message>
            <source>Inference plans are started by their engine, not a training launcher.</source>
            <translation>推理计划由其推理引擎启动，而不是训练启动器。</translation>
        </message>
        <message>
            <source>DeepSpeed's bf16/fp16 modes convert the model to 16 bits and keep fp32 master weights in its optimizer; the plan's mixed precision keeps fp32 weights. Plan Pure BF16 with master weights to match ds_config.json.</source>
            <translation>DeepSpeed 的 bf16/fp16 模式将模型转为 16 位，并在其优化器中保留 fp32 主权重；计划中的混合精度保留的是 fp32 权重。若要与 ds_config.json 一致，请按带主权重的纯 BF16 规划。</translation>
        </message>
        <message>
            <source>Load the model in 16 bits in the script (from_pretrained(..., torch_dtype=torch.bfloat16); torchtune's dtype=bf16): the Trainer's --bf16/--fp16 alone is autocast over fp32 weights.</source>
            <translation>请在脚本中以 16 位加载模型（from_pretrained(..., torch_dtype=torch.bfloat16)；torchtune 中为 dtype=bf16）：仅用 Trainer 的 --bf16/--fp16 只是在 fp32 权重上做 autocast。</translation>
        </message>
        <message>
            <source>Only DeepSpeed keeps the fp32 master copy this plan counts: add --deepspeed ds_config.json, or plan without master weights (what a bf16 model under the Trainer, torchtune or LitGPT allocates).</source>
            <translation>只有 DeepSpeed 会保留本计划计入的 fp32 主副本：请加上 --deepspeed ds_config.json，或按无主权重规划（即 Trainer、torchtune 或 LitGPT 下 bf16 模型的实际分配）。</translation>
        </message>
        <message>
            <source>FP8 training needs NVIDIA Transformer Engine in the script; ds_config.json has no FP8 switch.</source>
            <translation>FP8 训练需要在脚本中使用 NVIDIA Transformer Engine；ds_config.json 没有 FP8 开关。</translation>
        </message>
        <message>
            <source>Tensor and pipeline parallelism (TP %1, PP %2) need Megatron-LM, DeepSpeed's pipeline engine or torchtitan; the launch lines start data-parallel processes only.</source>
            <translation>张量并行和流水线并行（TP %1，PP %2）需要 Megatron-LM、DeepSpeed 的流水线引擎或 torchtitan；这些启动命令只启动数据并行进程。</translation>
        </message>
        <message>
            <source>Fused linear cross-entropy comes from Liger (liger_kernel) or Unsloth in the script.</source>
            <translation>融合线性交叉熵需在脚本中使用 Liger（liger_kernel）或 Unsloth。</translation>
        </message>
        <message>
            <source>torchtune's distributed recipes always shard with FSDP; the plan is plain data parallelism, so its memory is the DDP figure.</source>
            <translation>torchtune 的分布式配方总是使用 FSDP 分片；本计划是普通数据并行，因此其内存是 DDP 的数值。</translation>
        </message>
        <message>
            <source>QLoRA: choose a qlora_* model builder in the torchtune config (4-bit NF4 base).</source>
            <translation>QLoRA：请在 torchtune 配置中选择 qlora_* 模型构建器（4 位 NF4 基座）。</translation>
        </message>
        <message>
            <source>CONFIG is the torchtune recipe config of your model, e.g. llama3_2/1B_%1%2.</source>
            <translation>CONFIG 是你的模型对应的 torchtune 配方配置，例如 llama3_2/1B_%1%2。</translation>
        </message>
    </context>
    <context>
        <name>Layer</name>
        <message>
            <source>In place</source>
            <translation>原地操作</translation>
        </message>
        <message>
            <source>Overwrites its input; autograd then saves the output.</source>
            <translation>覆盖其输入；autograd 随后保存输出。</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>块</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>重复次数</translation>
        </message>
        <message>
            <source>How many times the block runs in a row.</source>
            <translation>该块连续运行的次数。</translation>
        </message>
        <message>
            <source>Checkpoint unit</source>
            <translation>检查点单元</translation>
        </message>
        <message>
            <source>With gradient checkpointing each repetition keeps only its input.</source>
            <translation>启用梯度检查点时，每次重复只保留其输入。</translation>
        </message>
        <message>
            <source>Residual</source>
            <translation>残差</translation>
        </message>
        <message>
            <source>Concatenate</source>
            <translation>拼接</translation>
        </message>
        <message>
            <source>Gate (x · f(x))</source>
            <translation>门控（x · f(x)）</translation>
        </message>
        <message>
            <source>Conv2d</source>
            <translation>Conv2d</translation>
        </message>
        <message>
            <source>Output channels</source>
            <translation>输出通道数</translation>
        </message>
        <message>
            <source>Number of filters.</source>
            <translation>卷积核（滤波器）数量。</translation>
        </message>
        <message>
            <source>Kernel</source>
            <translation>卷积核</translation>
        </message>
        <message>
            <source>Square kernel size.</source>
            <translation>正方形卷积核的大小。</translation>
        </message>
        <message>
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <source>Step between kernel positions.</source>
            <translation>卷积核位置之间的步长。</translation>
        </message>
        <message>
            <source>Padding</source>
            <translation>填充</translation>
        </message>
        <message>
            <source>Zero padding on each side.</source>
            <translation>每侧的零填充。</translation>
        </message>
        <message>
            <source>Dilation</source>
            <translation>膨胀</translation>
        </message>
        <message>
            <source>Spacing between kernel taps.</source>
            <translation>卷积核采样点之间的间距。</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>分组数</translation>
        </message>
        <message>
            <source>Channel groups; equal to the input channels for depthwise.</source>
            <translation>通道分组数；深度可分离卷积时等于输入通道数。</translation>
        </message>
        <message>
            <source>Bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <source>Adds one learned bias per output channel.</source>
            <translation>为每个输出通道添加一个可学习的偏置。</translation>
        </message>
        <message>
            <source>ConvTranspose2d</source>
            <translation>ConvTranspose2d</translation>
        </message>
        <message>
            <source>Upsampling factor.</source>
            <translation>上采样倍数。</translation>
        </message>
        <message>
            <source>Implicit padding removed from the output.</source>
            <translation>从输出中去除的隐式填充。</translation>
        </message>
        <message>
            <source>Output padding</source>
            <translation>输出填充</translation>
        </message>
        <message>
            <source>Extra size added to one side of the output.</source>
            <translation>在输出一侧额外增加的尺寸。</translation>
        </message>
        <message>
            <source>BatchNorm2d</source>
            <translation>BatchNorm2d</translation>
        </message>
        <message>
            <source>Affine</source>
            <translation>仿射</translation>
        </message>
        <message>
            <source>Learned scale and shift per channel.</source>
            <translation>每个通道可学习的缩放和平移。</translation>
        </message>
        <message>
            <source>LayerNorm</source>
            <translation>LayerNorm</translation>
        </message>
        <message>
            <source>Learned shift as well as scale.</source>
            <translation>除缩放外还有可学习的平移。</translation>
        </message>
        <message>
            <source>RMSNorm</source>
            <translation>RMSNorm</translation>
        </message>
        <message>
            <source>Eager fp32 upcast</source>
            <translation>Eager 模式 fp32 提升</translation>
        </message>
        <message>
            <source>Hugging Face's eager RMSNorm: computes in fp32 and keeps those copies; off for a fused kernel.</source>
            <translation>Hugging Face 的 eager RMSNorm：以 fp32 计算并保留这些副本；使用融合内核时关闭。</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>ReLU6</source>
            <translation>ReLU6</translation>
        </message>
        <message>
            <source>GELU</source>
            <translation>GELU</translation>
        </message>
        <message>
            <source>Tanh approximation</source>
            <translation>Tanh 近似</translation>
        </message>
        <message>
            <source>The tanh approximation (GPT-2); memory is the same.</source>
            <translation>tanh 近似（GPT-2）；显存占用相同。</translation>
        </message>
        <message>
            <source>SiLU</source>
            <translation>SiLU</translation>
        </message>
        <message>
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <source>Tanh</source>
            <translation>Tanh</translation>
        </message>
        <message>
            <source>MaxPool2d</source>
            <translation>MaxPool2d</translation>
        </message>
        <message>
            <source>Window size.</source>
            <translation>窗口大小。</translation>
        </message>
        <message>
            <source>Step between windows; 0 means the kernel size.</source>
            <translation>窗口之间的步长；0 表示等于卷积核大小。</translation>
        </message>
        <message>
            <source>Padding on each side.</source>
            <translation>每侧的填充。</translation>
        </message>
        <message>
            <source>Ceil mode</source>
            <translation>向上取整模式</translation>
        </message>
        <message>
            <source>Rounds the output size up instead of down.</source>
            <translation>输出尺寸向上取整而不是向下取整。</translation>
        </message>
        <message>
            <source>AvgPool2d</source>
            <translation>AvgPool2d</translation>
        </message>
        <message>
            <source>AdaptiveAvgPool2d</source>
            <translation>AdaptiveAvgPool2d</translation>
        </message>
        <message>
            <source>Output height</source>
            <translation>输出高度</translation>
        </message>
        <message>
            <source>Output height.</source>
            <translation>输出高度。</translation>
        </message>
        <message>
            <source>Output width</source>
            <translation>输出宽度</translation>
        </message>
        <message>
            <source>Output width.</source>
            <translation>输出宽度。</translation>
        </message>
        <message>
            <source>Linear</source>
            <translation>Linear</translation>
        </message>
        <message>
            <source>Output features</source>
            <translation>输出特征数</translation>
        </message>
        <message>
            <source>Size of each output vector.</source>
            <translation>每个输出向量的大小。</translation>
        </message>
        <message>
            <source>Adds a learned bias vector.</source>
            <translation>添加一个可学习的偏置向量。</translation>
        </message>
        <message>
            <source>Tied to embedding</source>
            <translation>与嵌入层共享权重</translation>
        </message>
        <message>
            <source>Shares its weight with the input embedding, so it adds no parameters (GPT-2's LM head).</source>
            <translation>与输入嵌入层共享权重，因此不增加参数（GPT-2 的 LM head）。</translation>
        </message>
        <message>
            <source>Embedding</source>
            <translation>Embedding</translation>
        </message>
        <message>
            <source>Vocabulary</source>
            <translation>词表</translation>
        </message>
        <message>
            <source>Number of rows (tokens in the vocabulary).</source>
            <translation>行数（词表中的 token 数）。</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>维度</translation>
        </message>
        <message>
            <source>Size of each embedding vector.</source>
            <translation>每个嵌入向量的大小。</translation>
        </message>
        <message>
            <source>Position embedding</source>
            <translation>位置嵌入</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>位置数</translation>
        </message>
        <message>
            <source>Number of learned positions.</source>
            <translation>可学习位置的数量。</translation>
        </message>
        <message>
            <source>Lookup by ids</source>
            <translation>按 ID 查表</translation>
        </message>
        <message>
            <source>Looked up by position ids (GPT-2, BERT) rather than a learned tensor added (ViT).</source>
            <translation>按位置 ID 查表（GPT-2、BERT），而不是加上一个可学习张量（ViT）。</translation>
        </message>
        <message>
            <source>Class token</source>
            <translation>类别 token</translation>
        </message>
        <message>
            <source>Patches to tokens</source>
            <translation>图像块转 token</translation>
        </message>
        <message>
            <source>Select first token</source>
            <translation>选取第一个 token</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>概率</translation>
        </message>
        <message>
            <source>Probability of zeroing an element; on a GPU it saves a 1-byte mask when above 0.</source>
            <translation>将元素置零的概率；大于 0 时在 GPU 上会保存 1 字节的掩码。</translation>
        </message>
        <message>
            <source>Flatten</source>
            <translation>Flatten</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>Multi-head attention</source>
            <translation>多头注意力</translation>
        </message>
        <message>
            <source>Heads</source>
            <translation>头数</translation>
        </message>
        <message>
            <source>Number of query heads.</source>
            <translation>query 头的数量。</translation>
        </message>
        <message>
            <source>KV heads</source>
            <translation>KV 头数</translation>
        </message>
        <message>
            <source>Key/value heads (grouped-query or multi-query); 0 means as many as query heads.</source>
            <translation>key/value 头数（分组查询或多查询注意力）；0 表示与 query 头数相同。</translation>
        </message>
        <message>
            <source>Head dimension</source>
            <translation>头维度</translation>
        </message>
        <message>
            <source>Size of each head; 0 means hidden size / heads.</source>
            <translation>每个头的大小；0 表示隐藏层大小 / 头数。</translation>
        </message>
        <message>
            <source>Causal</source>
            <translation>因果</translation>
        </message>
        <message>
            <source>Each token attends only to earlier tokens.</source>
            <translation>每个 token 只关注之前的 token。</translation>
        </message>
        <message>
            <source>QKV bias</source>
            <translation>QKV 偏置</translation>
        </message>
        <message>
            <source>The query, key and value projections have biases.</source>
            <translation>query、key 和 value 投影带有偏置。</translation>
        </message>
        <message>
            <source>Output bias</source>
            <translation>输出偏置</translation>
        </message>
        <message>
            <source>The output projection has a bias.</source>
            <translation>输出投影带有偏置。</translation>
        </message>
        <message>
            <source>Fused QKV</source>
            <translation>融合 QKV</translation>
        </message>
        <message>
            <source>One projection produces Q, K and V (GPT-2's c_attn).</source>
            <translation>由一个投影同时产生 Q、K 和 V（GPT-2 的 c_attn）。</translation>
        </message>
        <message>
            <source>Rotary positions</source>
            <translation>旋转位置编码</translation>
        </message>
        <message>
            <source>Rotary position embedding applied to Q and K.</source>
            <translation>对 Q 和 K 应用旋转位置编码（RoPE）。</translation>
        </message>
        <message>
            <source>Softmax in fp32</source>
            <translation>fp32 Softmax</translation>
        </message>
        <message>
            <source>Scores are upcast to fp32 for the softmax (Llama-style eager attention).</source>
            <translation>计算 softmax 时将注意力分数提升为 fp32（Llama 风格的 eager 注意力）。</translation>
        </message>
        <message>
            <source>Attention dropout</source>
            <translation>注意力 Dropout</translation>
        </message>
        <message>
            <source>Dropout on the attention probabilities.</source>
            <translation>对注意力概率做 Dropout。</translation>
        </message>
        <message>
            <source>MLP</source>
            <translation>MLP</translation>
        </message>
        <message>
            <source>Intermediate size</source>
            <translation>中间层大小</translation>
        </message>
        <message>
            <source>Width of the hidden layer.</source>
            <translation>隐藏层宽度。</translation>
        </message>
        <message>
            <source>Gated (SwiGLU/GeGLU)</source>
            <translation>门控（SwiGLU/GeGLU）</translation>
        </message>
        <message>
            <source>A gate and an up projection multiplied together.</source>
            <translation>门控投影与上投影相乘。</translation>
        </message>
        <message>
            <source>The projections have biases.</source>
            <translation>投影带有偏置。</translation>
        </message>
        <message>
            <source>Mixture of experts</source>
            <translation>混合专家（MoE）</translation>
        </message>
        <message>
            <source>Experts</source>
            <translation>专家数</translation>
        </message>
        <message>
            <source>Number of expert MLPs.</source>
            <translation>专家 MLP 的数量。</translation>
        </message>
        <message>
            <source>Active experts</source>
            <translation>激活专家数</translation>
        </message>
        <message>
            <source>Experts each token is routed to (top-k).</source>
            <translation>每个 token 被路由到的专家数（top-k）。</translation>
        </message>
        <message>
            <source>Width of each expert's hidden layer.</source>
            <translation>每个专家隐藏层的宽度。</translation>
        </message>
        <message>
            <source>LSTM</source>
            <translation>LSTM</translation>
        </message>
        <message>
            <source>Hidden size</source>
            <translation>隐藏层大小</translation>
        </message>
        <message>
            <source>Size of the hidden state.</source>
            <translation>隐藏状态的大小。</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>层数</translation>
        </message>
        <message>
            <source>Stacked recurrent layers.</source>
            <translation>堆叠的循环层数。</translation>
        </message>
        <message>
            <source>Bidirectional</source>
            <translation>双向</translation>
        </message>
        <message>
            <source>Runs forwards and backwards; output size doubles.</source>
            <translation>正向和反向各运行一次；输出大小加倍。</translation>
        </message>
        <message>
            <source>Input and hidden biases (PyTorch keeps both).</source>
            <translation>输入偏置和隐藏偏置（PyTorch 两者都保留）。</translation>
        </message>
        <message>
            <source>GRU</source>
            <translation>GRU</translation>
        </message>
        <message>
            <source>Generic op</source>
            <translation>通用算子</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数量</translation>
        </message>
        <message>
            <source>Learned parameters of the op.</source>
            <translation>该算子的可学习参数。</translation>
        </message>
        <message>
            <source>Output dim 1</source>
            <translation>输出维度 1</translation>
        </message>
        <message>
            <source>First output dimension per sample.</source>
            <translation>每个样本的第一个输出维度。</translation>
        </message>
        <message>
            <source>Output dim 2</source>
            <translation>输出维度 2</translation>
        </message>
        <message>
            <source>Second output dimension per sample.</source>
            <translation>每个样本的第二个输出维度。</translation>
        </message>
        <message>
            <source>Output dim 3</source>
            <translation>输出维度 3</translation>
        </message>
        <message>
            <source>Third output dimension per sample.</source>
            <translation>每个样本的第三个输出维度。</translation>
        </message>
        <message>
            <source>Output rank</source>
            <translation>输出阶数</translation>
        </message>
        <message>
            <source>Number of output dimensions per sample (0: the input's shape).</source>
            <translation>每个样本的输出维数（0：与输入形状相同）。</translation>
        </message>
        <message>
            <source>Saves input</source>
            <translation>保存输入</translation>
        </message>
        <message>
            <source>Whether backward needs the op's input.</source>
            <translation>反向传播是否需要该算子的输入。</translation>
        </message>
        <message>
            <source>Float mask input</source>
            <translation>浮点掩码输入</translation>
        </message>
        <message>
            <source>Every layer receives a float causal mask tensor (Hugging Face Llama/Mistral eager); checkpointing keeps it.</source>
            <translation>每一层都接收一个浮点因果掩码张量（Hugging Face Llama/Mistral eager 模式）；检查点会保留它。</translation>
        </message>
        <message>
            <source>0 ReLU, 1 GELU, 2 GELU (tanh), 3 SiLU, 4 GELU (tanh) written out in Python ops (Hugging Face gelu_new).</source>
            <translation>0 ReLU，1 GELU，2 GELU（tanh），3 SiLU，4 以 Python 逐个运算写出的 GELU（tanh）（Hugging Face gelu_new）。</translation>
        </message>
        <message>
            <source>Q/K norm</source>
            <translation>Q/K 归一化</translation>
        </message>
        <message>
            <source>RMSNorm on the queries and keys: 0 none, 1 per head (one head-size weight each, Qwen3, Gemma 3), 2 full width (OLMo 2, Cohere).</source>
            <translation>对 query 和 key 做 RMSNorm：0 无，1 按头（各一个 head 大小的权重，Qwen3、Gemma 3），2 全宽（OLMo 2、Cohere）。</translation>
        </message>
        <message>
            <source>Shared expert size</source>
            <translation>共享专家大小</translation>
        </message>
        <message>
            <source>Intermediate size of the always-active shared expert MLP (Qwen2-MoE, DeepSeek); 0 for none.</source>
            <translation>始终激活的共享专家 MLP 的中间层大小（Qwen2-MoE、DeepSeek）；0 表示没有。</translation>
        </message>
        <message>
            <source>Shared expert gate</source>
            <translation>共享专家门控</translation>
        </message>
        <message>
            <source>A sigmoid gate, one weight per hidden unit, scales the shared expert (Qwen2-MoE).</source>
            <translation>一个 sigmoid 门控（每个隐藏单元一个权重）缩放共享专家（Qwen2-MoE）。</translation>
        </message>
        <message>
            <source>Router bias</source>
            <translation>路由器偏置</translation>
        </message>
        <message>
            <source>The router projection has a bias (gpt-oss).</source>
            <translation>路由投影带偏置（gpt-oss）。</translation>
        </message>
        <message>
            <source>Attention sinks</source>
            <translation>注意力汇聚（sinks）</translation>
        </message>
        <message>
            <source>One learned logit per head joins the softmax (gpt-oss's GptOssAttention.sinks).</source>
            <translation>每个头一个可学习的 logit 参与 softmax（gpt-oss 的 GptOssAttention.sinks）。</translation>
        </message>
        <message>
            <source>Sliding window</source>
            <translation>滑动窗口</translation>
        </message>
        <message>
            <source>Each token attends to this many recent tokens, and the KV cache keeps only them; 0 for full attention.</source>
            <translation>每个 token 只关注这么多个最近的 token，KV 缓存也只保留它们；0 表示完整注意力。</translation>
        </message>
        <message>
            <source>Multi-head latent attention</source>
            <translation>多头潜在注意力</translation>
        </message>
        <message>
            <source>Number of attention heads.</source>
            <translation>注意力头数。</translation>
        </message>
        <message>
            <source>Query rank</source>
            <translation>Query 秩</translation>
        </message>
        <message>
            <source>Width of the compressed query (q_a_proj, q_a_layernorm, q_b_proj); 0 for one full q_proj (DeepSeek-V2-Lite).</source>
            <translation>压缩 query 的宽度（q_a_proj、q_a_layernorm、q_b_proj）；0 表示一个完整的 q_proj（DeepSeek-V2-Lite）。</translation>
        </message>
        <message>
            <source>Latent rank</source>
            <translation>潜在向量秩</translation>
        </message>
        <message>
            <source>Width of the compressed key/value latent that serving engines cache.</source>
            <translation>推理服务引擎缓存的压缩 key/value 潜在向量的宽度。</translation>
        </message>
        <message>
            <source>Q/K head dimension without RoPE</source>
            <translation>不含 RoPE 的 Q/K 头维度</translation>
        </message>
        <message>
            <source>Per-head query/key part decompressed from the latent.</source>
            <translation>从潜在向量解压出的每头 query/key 部分。</translation>
        </message>
        <message>
            <source>RoPE head dimension</source>
            <translation>RoPE 头维度</translation>
        </message>
        <message>
            <source>Per-head rotary part; the key's is shared by all heads.</source>
            <translation>每头的旋转部分；key 的旋转部分由所有头共享。</translation>
        </message>
        <message>
            <source>Value head dimension</source>
            <translation>Value 头维度</translation>
        </message>
        <message>
            <source>Per-head value size.</source>
            <translation>每头的 value 大小。</translation>
        </message>
        <message>
            <source>attention_bias: q_a_proj, kv_a_proj_with_mqa and o_proj have biases.</source>
            <translation>attention_bias：q_a_proj、kv_a_proj_with_mqa 和 o_proj 带偏置。</translation>
        </message>
        <message>
            <source>Scores are upcast to fp32 for the softmax (eager attention).</source>
            <translation>softmax 前将分数提升为 fp32（eager 注意力）。</translation>
        </message>
        <message>
            <source>Every layer receives a float causal mask tensor (Hugging Face eager); checkpointing keeps it.</source>
            <translation>每层都接收一个浮点因果掩码张量（Hugging Face eager）；检查点会保留它。</translation>
        </message>
        <message>
            <source>Mamba mixer</source>
            <translation>Mamba 混合器</translation>
        </message>
        <message>
            <source>Inner size</source>
            <translation>内部大小</translation>
        </message>
        <message>
            <source>Width of the expanded stream (expand × hidden size).</source>
            <translation>扩展后数据流的宽度（expand × 隐藏大小）。</translation>
        </message>
        <message>
            <source>State size</source>
            <translation>状态大小</translation>
        </message>
        <message>
            <source>SSM state per channel (state_size).</source>
            <translation>每个通道的 SSM 状态（state_size）。</translation>
        </message>
        <message>
            <source>Convolution kernel</source>
            <translation>卷积核</translation>
        </message>
        <message>
            <source>Taps of the causal depthwise convolution.</source>
            <translation>因果逐通道卷积的抽头数。</translation>
        </message>
        <message>
            <source>Time-step rank</source>
            <translation>时间步秩</translation>
        </message>
        <message>
            <source>Rank of the time-step projection (time_step_rank).</source>
            <translation>时间步投影的秩（time_step_rank）。</translation>
        </message>
        <message>
            <source>Convolution bias</source>
            <translation>卷积偏置</translation>
        </message>
        <message>
            <source>The depthwise convolution has a bias (use_conv_bias).</source>
            <translation>逐通道卷积带偏置（use_conv_bias）。</translation>
        </message>
        <message>
            <source>Projection bias</source>
            <translation>投影偏置</translation>
        </message>
        <message>
            <source>in_proj and out_proj have biases (use_bias).</source>
            <translation>in_proj 和 out_proj 带偏置（use_bias）。</translation>
        </message>
    </context>
    <context>
        <name>MemoryModel</name>
        <message>
            <source>Weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>Optimizer states</source>
            <translation>优化器状态</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>激活值</translation>
        </message>
        <message>
            <source>Temporaries</source>
            <translation>临时张量</translation>
        </message>
        <message>
            <source>KV cache</source>
            <translation>KV 缓存</translation>
        </message>
        <message>
            <source>CUDA context</source>
            <translation>CUDA 上下文</translation>
        </message>
        <message>
            <source>Allocator reserve</source>
            <translation>分配器预留</translation>
        </message>
        <message>
            <source>%1; this GPU keeps %2 (%3)</source>
            <translation>%1；此 GPU 保留 %2（%3）</translation>
        </message>
        <message>
            <source>%1 linear weights × %2 bytes (NF4 + double-quantised scales) + other weights × 2 bytes + %3 LoRA adapter parameters × 4 bytes = %4</source>
            <translation>%1 个线性层权重 × %2 字节（NF4 + 双重量化缩放因子）+ 其他权重 × 2 字节 + %3 个 LoRA 适配器参数 × 4 字节 = %4</translation>
        </message>
        <message>
            <source>%1 frozen base parameters × %2 bytes (%3) + %4 LoRA adapter parameters × 4 bytes = %5</source>
            <translation>%1 个冻结的基座参数 × %2 字节（%3）+ %4 个 LoRA 适配器参数 × 4 字节 = %5</translation>
        </message>
        <message>
            <source>%1 linear weights × %2 bytes (%3 with a 16-bit scale per 128 weights) + other weights × 2 bytes = %4</source>
            <translation>%1 个线性层权重 × %2 字节（%3，每 128 个权重一个 16 位缩放因子）+ 其他权重 × 2 字节 = %4</translation>
        </message>
        <message>
            <source>%1 parameters × %2 bytes (%3) = %4</source>
            <translation>%1 个参数 × %2 字节（%3）= %4</translation>
        </message>
        <message>
            <source>No gradients in inference.</source>
            <translation>推理时没有梯度。</translation>
        </message>
        <message>
            <source>%1 trainable parameters × %2 bytes = %3</source>
            <translation>%1 个可训练参数 × %2 字节 = %3</translation>
        </message>
        <message>
            <source>No optimizer in inference.</source>
            <translation>推理时没有优化器。</translation>
        </message>
        <message>
            <source>%1 trainable parameters × state bytes of %2%3 = %4</source>
            <translation>%1 个可训练参数 × %2 的状态字节数%3 = %4</translation>
        </message>
        <message>
            <source> + 4-byte fp32 master copy</source>
            <translation> + 4 字节 fp32 主副本</translation>
        </message>
        <message>
            <source>Largest layer's live inputs, outputs and scores, %1 per sequence × %2 sequences = %3</source>
            <translation>最大层的存活输入、输出和分数，每序列 %1 × %2 个序列 = %3</translation>
        </message>
        <message>
            <source>Full checkpointing: %1 kept per sample (block inputs and layers outside blocks) + one block recomputed, %2 per sample, × batch %3 = %4</source>
            <translation>完全检查点：每样本保留 %1（块输入及块外各层）+ 重算一个块，每样本 %2，× batch %3 = %4</translation>
        </message>
        <message>
            <source>(%1 − %2 attention scores recomputed) per sample × batch %3 = %4</source>
            <translation>每样本（%1 − 重算的注意力分数 %2）× batch %3 = %4</translation>
        </message>
        <message>
            <source>%1 saved for backward per sample × batch %2 + %3 shared = %4 (linear in batch)</source>
            <translation>每样本为反向传播保存 %1 × batch %2 + 共享 %3 = %4（随 batch 线性增长）</translation>
        </message>
        <message>
            <source>Next-token logits %1 + workspace %2 = %3</source>
            <translation>下一个 token 的 logits %1 + 工作区 %2 = %3</translation>
        </message>
        <message>
            <source>No KV cache in training.</source>
            <translation>训练时没有 KV 缓存。</translation>
        </message>
        <message>
            <source>2 (K and V) × %1 layers × KV heads × head dim = %2 elements per token × %3 tokens × %4 sequences × %5 bytes = %6</source>
            <translation>2（K 和 V）× %1 层 × KV 头数 × 头维度 = 每 token %2 个元素 × %3 个 token × %4 个序列 × %5 字节 = %6</translation>
        </message>
        <message>
            <source>%1 MiB (assumption) = %2</source>
            <translation>%1 MiB（假设值）= %2</translation>
        </message>
        <message>
            <source>%1% of the %2 allocated = %3</source>
            <translation>已分配 %2 的 %1% = %3</translation>
        </message>
        <message>
            <source>%1. Model states: %2% of the parameters on this GPU after TP/PP</source>
            <translation>%1。模型状态：经 TP/PP 切分后此 GPU 上有 %2% 的参数</translation>
        </message>
        <message>
            <source>; ZeRO-%1 shards %2 over %3 data-parallel ranks</source>
            <translation>；ZeRO-%1 将%2切分到 %3 个数据并行 rank 上</translation>
        </message>
        <message>
            <source>optimizer states</source>
            <translation>优化器状态</translation>
        </message>
        <message>
            <source>optimizer states and gradients</source>
            <translation>优化器状态和梯度</translation>
        </message>
        <message>
            <source>optimizer states, gradients and weights</source>
            <translation>优化器状态、梯度和权重</translation>
        </message>
        <message>
            <source>; gathered-block buffer 2 × %1 parameters = %2</source>
            <translation>；聚合块缓冲区 2 × %1 个参数 = %2</translation>
        </message>
        <message>
            <source>; %1 of host RAM per node holds the offloaded states</source>
            <translation>；每节点主机内存中 %1 用于存放卸载的状态</translation>
        </message>
        <message>
            <source>; activations sbh(34/t + 5as/(ht)) with sequence parallelism</source>
            <translation>；使用序列并行时激活值为 sbh(34/t + 5as/(ht))</translation>
        </message>
        <message>
            <source>; activations sbh(10 + 24/t + 5as/(ht))</source>
            <translation>；激活值 sbh(10 + 24/t + 5as/(ht))</translation>
        </message>
        <message>
            <source>Parameter counts from the architecture; bytes per dtype. Quantised formats: GPTQ/AWQ group size 128; QLoRA NF4 (Dettmers et al. 2023).</source>
            <translation>参数量取自架构；字节数取决于数据类型。量化格式：GPTQ/AWQ 分组大小 128；QLoRA NF4（Dettmers et al. 2023）。</translation>
        </message>
        <message>
            <source>One gradient per trainable parameter in the parameter's dtype (fp32 under AMP).</source>
            <translation>每个可训练参数一个梯度，数据类型与参数相同（AMP 下为 fp32）。</translation>
        </message>
        <message>
            <source>torch.optim state per parameter: momentum 1, Adam/AdamW 2 (exp_avg, exp_avg_sq), Lion 1; bitsandbytes 8-bit Adam 2 bytes; Adafactor factored rows + columns (Shazeer &amp; Stern 2018); fp32 master weights in DeepSpeed/Megatron mixed precision (ZeRO paper: 16 bytes/param for mixed-precision Adam).</source>
            <translation>每个参数的 torch.optim 状态：momentum 1 个，Adam/AdamW 2 个（exp_avg、exp_avg_sq），Lion 1 个；bitsandbytes 8 位 Adam 2 字节；Adafactor 按行 + 列分解（Shazeer &amp; Stern 2018）；DeepSpeed/Megatron 混合精度中的 fp32 主权重（ZeRO 论文：混合精度 Adam 每参数 16 字节）。</translation>
        </message>
        <message>
            <source>Tensors autograd saves for backward, layer by layer from shapes and PyTorch's derivative formulas, deduplicated by storage; matches sbh(34 + 5as/h) of Korthikanti et al. 2022 for transformer layers and is within 5% of saved_tensors_hooks measurements.</source>
            <translation>autograd 为反向传播保存的张量，根据形状和 PyTorch 求导公式逐层计算，并按存储去重；对 Transformer 层与 Korthikanti et al. 2022 的 sbh(34 + 5as/h) 一致，与 saved_tensors_hooks 实测相差不到 5%。</translation>
        </message>
        <message>
            <source>Largest short-lived tensors at the start of backward: logits, log-softmax and their gradient; the largest layer's input and output gradients; cuBLAS/cuDNN workspace; autocast's cached half-precision weight copies.</source>
            <translation>反向传播开始时最大的短期张量：logits、log-softmax 及其梯度；最大层的输入和输出梯度；cuBLAS/cuDNN 工作区；autocast 缓存的半精度权重副本。</translation>
        </message>
        <message>
            <source>2 · layers · kv_heads · head_dim · tokens · sequences · bytes (vLLM, Hugging Face cache).</source>
            <translation>2 · 层数 · kv_heads · head_dim · token 数 · 序列数 · 字节数（vLLM、Hugging Face 缓存）。</translation>
        </message>
        <message>
            <source>%1 saved for backward per sample × batch %2 + %3 shared, freed before the optimizer step, which is the larger peak = %4</source>
            <translation>每个样本为反向传播保存 %1 × 批量 %2 + 共享 %3，在优化器步骤之前释放，而优化器步骤是更高的峰值 = %4</translation>
        </message>
        <message>
            <source>The optimizer step is the peak: its scratch, one full-size temporary per parameter group (torch.optim foreach) = %1</source>
            <translation>优化器步骤是峰值：其临时缓冲，每个参数组一个完整大小的临时张量（torch.optim foreach）= %1</translation>
        </message>
        <message>
            <source>Workspaces %1 + autocast weight copies %2 + the larger of the logits and loss %3 and the backward working set %4 + one recomputed block %5 (they follow each other), less that block, which activations count = %6</source>
            <translation>工作区 %1 + autocast 权重副本 %2 + logits 与损失 %3 和“反向传播工作集 %4 + 一个重新计算的块 %5”中较大者（二者先后出现），再减去该块（已计入激活值）= %6</translation>
        </message>
        <message>
            <source>Workspaces %1 + autocast weight copies %2 + the larger of the logits and loss %3 and the backward working set %4, which follow each other = %5</source>
            <translation>工作区 %1 + autocast 权重副本 %2 + logits 与损失 %3 和反向传播工作集 %4 中较大者（二者先后出现）= %5</translation>
        </message>
        <message>
            <source>%1 trainable parameters × %2 bytes = %3, allocated during backward while the activations are freed: none are live at the peak, the start of backward (with gradient accumulation, data parallelism or zero_grad(set_to_none=False) they stay resident) = %4</source>
            <translation>%1 个可训练参数 × %2 字节 = %3，在反向传播中随激活值释放而分配：峰值时刻（反向传播开始时）尚无梯度存在（使用梯度累积、数据并行或 zero_grad(set_to_none=False) 时梯度常驻）= %4</translation>
        </message>
        <message>
            <source>; the loss is %1: %2 chunks of the output head, one upcast at a time</source>
            <translation>；损失为%1：输出头分 %2 块，每次只转换一块</translation>
        </message>
        <message>
            <source>; the loss is %1: about %2 chunks of the logits, the input gradient computed in the forward</source>
            <translation>；损失为%1：logits 约分 %2 块，输入梯度在前向传播中计算</translation>
        </message>
        <message>
            <source>; %1: each parameter is stepped and its gradient freed as soon as it is complete, so they never all exist</source>
            <translation>；%1：每个参数的梯度一完成就更新并释放，因此梯度从不同时全部存在</translation>
        </message>
        <message>
            <source>; %1: the GPU keeps two blocks' saved tensors, %2 per node wait in pinned host RAM</source>
            <translation>；%1：GPU 保留两个块的保存张量，每个节点 %2 在锁页主机内存中等待</translation>
        </message>
        <message>
            <source>; %1 needs repeated blocks to stream, this model has none: nothing offloaded</source>
            <translation>；%1 需要可流式传输的重复块，此模型没有：未卸载任何内容</translation>
        </message>
        <message>
            <source>; the first stage keeps its 1/%1 of the layers' activations for %2 micro-batch(es) in flight (1F1B: no more than the %3 the schedule allows, nor than the micro-batches per step)</source>
            <translation>；第一个流水线阶段为同时在途的 %2 个微批次保留其 1/%1 层的激活（1F1B：不超过调度允许的 %3 个，也不超过每步的微批次数）</translation>
        </message>
        <message>
            <source>%1 per token × %2 tokens</source>
            <translation>每个 token %1 × %2 个 token</translation>
        </message>
        <message>
            <source>%1 per token (MLA latent, kv_lora_rank + qk_rope_head_dim per layer, as vLLM and SGLang cache it) × %2 tokens</source>
            <translation>每个 token %1（MLA 潜在向量，每层 kv_lora_rank + qk_rope_head_dim，与 vLLM 和 SGLang 的缓存方式相同）× %2 个 token</translation>
        </message>
        <message>
            <source>%1 per token (MLA decompressed into K and V, as Hugging Face caches it; the "KV cache keeps the MLA latent" assumption switches to the latent) × %2 tokens</source>
            <translation>每个 token %1（MLA 解压为 K 和 V，与 Hugging Face 的缓存方式相同；“KV 缓存保存 MLA 潜在向量”假设可切换为潜在向量）× %2 个 token</translation>
        </message>
        <message>
            <source>%1 per token of sliding-window layers × %2 tokens (window − 1, as Hugging Face's and vLLM's caches keep)</source>
            <translation>滑动窗口层每个 token %1 × %2 个 token（窗口 − 1，与 Hugging Face 和 vLLM 的缓存保留的相同）</translation>
        </message>
        <message>
            <source>%1 of Mamba state (convolution + SSM) per sequence</source>
            <translation>每个序列 %1 的 Mamba 状态（卷积 + SSM）</translation>
        </message>
        <message>
            <source>%1 = %2 elements per sequence × %3 sequences × %4 bytes = %5</source>
            <translation>%1 = 每个序列 %2 个元素 × %3 个序列 × %4 字节 = %5</translation>
        </message>
    </context>
    <context>
        <name>ModelCompiler</name>
        <message>
            <source>The input image needs at least one channel and one pixel.</source>
            <translation>输入图像至少需要一个通道和一个像素。</translation>
        </message>
        <message>
            <source>The sequence length must be at least 1.</source>
            <translation>序列长度至少为 1。</translation>
        </message>
        <message>
            <source>The sequence length %1 exceeds the model's context of %2 tokens.</source>
            <translation>序列长度 %1 超过了模型 %2 个 token 的上下文长度。</translation>
        </message>
        <message>
            <source>The input needs at least one feature.</source>
            <translation>输入至少需要一个特征。</translation>
        </message>
        <message>
            <source>Layer "%1" (%2): %3</source>
            <translation>层“%1”（%2）：%3</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3 (got %4).</source>
            <translation>%1 必须介于 %2 和 %3 之间（实际为 %4）。</translation>
        </message>
        <message>
            <source>%1 must be a whole number (got %2).</source>
            <translation>%1 必须是整数（实际为 %2）。</translation>
        </message>
        <message>
            <source>the branch gives %1 but the shortcut gives %2; they must match to be added.</source>
            <translation>分支输出 %1，但捷径输出 %2；两者必须一致才能相加。</translation>
        </message>
        <message>
            <source>cannot concatenate %1 with %2: all but the channel dimension must match.</source>
            <translation>无法拼接 %1 与 %2：除通道维度外其余维度必须一致。</translation>
        </message>
        <message>
            <source>the gate's shape %1 does not broadcast over %2.</source>
            <translation>门控的形状 %1 无法广播到 %2。</translation>
        </message>
        <message>
            <source>expects %1 input but gets %2.</source>
            <translation>期望输入为 %1，实际为 %2。</translation>
        </message>
        <message>
            <source>gets token ids; start the model with an Embedding.</source>
            <translation>输入是 token ID；请以 Embedding 层开始模型。</translation>
        </message>
        <message>
            <source>a C×H×W image</source>
            <translation>C×H×W 图像</translation>
        </message>
        <message>
            <source>%1 input and %2 output channels are not divisible by %3 groups.</source>
            <translation>%1 个输入通道和 %2 个输出通道不能被 %3 个分组整除。</translation>
        </message>
        <message>
            <source>a %1 kernel does not fit the %2 input.</source>
            <translation>%1 的卷积核放不进 %2 的输入。</translation>
        </message>
        <message>
            <source>a %1 window does not fit the %2 input.</source>
            <translation>%1 的窗口放不进 %2 的输入。</translation>
        </message>
        <message>
            <source>expects token ids but gets %1 activations.</source>
            <translation>期望输入为 token ID，实际为 %1 激活值。</translation>
        </message>
        <message>
            <source>a sequence of vectors</source>
            <translation>向量序列</translation>
        </message>
        <message>
            <source>%1 tokens exceed its %2 learned positions.</source>
            <translation>%1 个 token 超过了其 %2 个可学习位置。</translation>
        </message>
        <message>
            <source>a C×H×W feature map</source>
            <translation>C×H×W 特征图</translation>
        </message>
        <message>
            <source>expects vectors but gets %1.</source>
            <translation>期望输入为向量，实际为 %1。</translation>
        </message>
        <message>
            <source>expects a sequence of vectors but gets %1.</source>
            <translation>期望输入为向量序列，实际为 %1。</translation>
        </message>
        <message>
            <source>the hidden size %1 is not divisible by %2 heads; set the head dimension.</source>
            <translation>隐藏层大小 %1 不能被 %2 个头整除；请设置头维度。</translation>
        </message>
        <message>
            <source>%1 query heads cannot be grouped over %2 key/value heads.</source>
            <translation>%1 个 query 头无法按 %2 个 key/value 头分组。</translation>
        </message>
        <message>
            <source>routes to %1 experts but has only %2.</source>
            <translation>路由到 %1 个专家，但只有 %2 个。</translation>
        </message>
        <message>
            <source>a %1-bit tensor (%2 per sample) exceeds the 2^53-byte limit.</source>
            <translation>一个 %1 位张量（每个样本 %2）超出 2^53 字节的上限。</translation>
        </message>
        <message>
            <source>the model's parameter count exceeds the 2^53 limit.</source>
            <translation>模型的参数量超出 2^53 的上限。</translation>
        </message>
        <message>
            <source>simulating the architecture takes more than %1 layer steps; nest fewer repeated blocks.</source>
            <translation>模拟该架构需要超过 %1 个层步骤；请减少嵌套的重复块。</translation>
        </message>
        <message>
            <source>the attention scores (%1 heads × %2 × %3 tokens) exceed the 2^53-byte limit; use FlashAttention or a shorter sequence.</source>
            <translation>注意力分数（%1 个头 × %2 × %3 个 token）超出 2^53 字节的上限；请使用 FlashAttention 或更短的序列。</translation>
        </message>
        <message>
            <source>the query/key head dimension (with and without RoPE) is 0.</source>
            <translation>query/key 头维度（含与不含 RoPE）为 0。</translation>
        </message>
    </context>
    <context>
        <name>OnnxImporter</name>
        <message>
            <source>an invalid field tag</source>
            <translation>无效的字段标签</translation>
        </message>
        <message>
            <source>a truncated number</source>
            <translation>被截断的数字</translation>
        </message>
        <message>
            <source>an overlong number</source>
            <translation>过长的数字</translation>
        </message>
        <message>
            <source>a field running past the end of the file</source>
            <translation>超出文件末尾的字段</translation>
        </message>
        <message>
            <source>the graph has no operations on its input</source>
            <translation>计算图中没有作用于输入的操作</translation>
        </message>
        <message>
            <source>graph input "%1" has no shape with a batch dimension</source>
            <translation>计算图输入“%1”没有带 batch 维度的形状</translation>
        </message>
        <message>
            <source>graph input "%1" has a symbolic or absurd dimension besides the batch; export it with fixed sizes</source>
            <translation>计算图输入“%1”除 batch 外还有符号维度或不合理的维度；请以固定尺寸导出</translation>
        </message>
        <message>
            <source>graph input "%1" (%2) is not an image (C×H×W with H = W), token ids or feature vectors</source>
            <translation>计算图输入“%1”（%2）既不是图像（C×H×W 且 H = W），也不是 token ID 或特征向量</translation>
        </message>
        <message>
            <source>the graph has no input besides its initializers</source>
            <translation>计算图除初始化器外没有输入</translation>
        </message>
        <message>
            <source>the graph has a cycle through node "%1" (%2); ONNX graphs must be acyclic</source>
            <translation>计算图中存在经过节点“%1”（%2）的环；ONNX 计算图必须无环</translation>
        </message>
        <message>
            <source>Imported ONNX model</source>
            <translation>导入的 ONNX 模型</translation>
        </message>
        <message>
            <source>ONNX file (opset %1, produced by %2)</source>
            <translation>ONNX 文件（opset %1，由 %2 生成）</translation>
        </message>
        <message>
            <source>an unnamed tool</source>
            <translation>未命名工具</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1：无法读取文件：%2</translation>
        </message>
        <message>
            <source>%1: larger than 2 GiB; ONNX keeps big weights in external data files</source>
            <translation>%1：大于 2 GiB；ONNX 将大权重存放在外部数据文件中</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>malformed protobuf at byte %1: %2</source>
            <translation>第 %1 字节处的 protobuf 格式错误：%2</translation>
        </message>
        <message>
            <source>subgraphs are nested more than %1 levels deep</source>
            <translation>子图嵌套超过 %1 层</translation>
        </message>
        <message>
            <source>the graph has more than %1 nodes</source>
            <translation>计算图的节点超过 %1 个</translation>
        </message>
        <message>
            <source>initializer "%1" has more than 64 dimensions</source>
            <translation>初始化器“%1”超过 64 个维度</translation>
        </message>
        <message>
            <source>initializer "%1" has absurd dimensions (over %2 elements)</source>
            <translation>初始化器“%1”的维度不合理（超过 %2 个元素）</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <source>no graph found: this is not an ONNX model</source>
            <translation>未找到计算图：这不是 ONNX 模型</translation>
        </message>
    </context>
    <context>
        <name>Parallelism</name>
        <message>
            <source>The GPU count must be at least 1 (got %1).</source>
            <translation>GPU 数量至少为 1（实际为 %1）。</translation>
        </message>
        <message>
            <source>%1 GPUs cannot be spread evenly over %2 nodes.</source>
            <translation>%1 块 GPU 无法平均分配到 %2 个节点。</translation>
        </message>
        <message>
            <source>The ZeRO stage must be 0, 1, 2 or 3 (got %1).</source>
            <translation>ZeRO 阶段必须是 0、1、2 或 3（实际为 %1）。</translation>
        </message>
        <message>
            <source>FSDP shards like ZeRO-3; it cannot be combined with ZeRO-%1.</source>
            <translation>FSDP 的分片方式与 ZeRO-3 相同，不能与 ZeRO-%1 组合使用。</translation>
        </message>
        <message>
            <source>Tensor and pipeline parallel sizes must be at least 1.</source>
            <translation>张量并行和流水线并行规模至少为 1。</translation>
        </message>
        <message>
            <source>Tensor parallel %1 × pipeline parallel %2 must divide the %3 GPUs.</source>
            <translation>张量并行 %1 × 流水线并行 %2 必须能整除 %3 块 GPU。</translation>
        </message>
        <message>
            <source>Tensor parallelism (%1) should stay inside one node (%2 GPUs per node).</source>
            <translation>张量并行（%1）应限制在单个节点内（每节点 %2 块 GPU）。</translation>
        </message>
        <message>
            <source>Offloading parameters needs ZeRO-3 or FSDP.</source>
            <translation>卸载参数需要 ZeRO-3 或 FSDP。</translation>
        </message>
        <message>
            <source>Offloading the optimizer needs ZeRO-1, 2 or 3 (ZeRO-Offload) or FSDP.</source>
            <translation>卸载优化器需要 ZeRO-1、2 或 3（ZeRO-Offload）或 FSDP。</translation>
        </message>
        <message>
            <source>Micro-batches in flight cannot be negative.</source>
            <translation>进行中的 micro-batch 数不能为负。</translation>
        </message>
        <message>
            <source>%1 on %2: DP %3 × TP %4 × PP %5</source>
            <translation>%2 上的 %1：DP %3 × TP %4 × PP %5</translation>
        </message>
        <message numerus="yes">
            <source>%n GPU(s)</source>
            <translation>
                <numerusform>%n 块 GPU</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n 个节点</numerusform>
            </translation>
        </message>
        <message>
            <source>, sequence parallel</source>
            <translation>，序列并行</translation>
        </message>
        <message>
            <source>, %1 offloaded to CPU</source>
            <translation>，%1 卸载到 CPU</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Optimizer states to CPU</source>
            <translation>优化器状态卸载到 CPU</translation>
        </message>
        <message>
            <source>Optimizer states and weights to CPU</source>
            <translation>优化器状态和权重卸载到 CPU</translation>
        </message>
        <message>
            <source>ZeRO, FSDP and CPU offload shard gradients and optimizer states, which inference does not have: set ZeRO to 0, FSDP and offload off, and serve a model too large for one GPU with tensor or pipeline parallelism (vLLM's --tensor-parallel-size, llama.cpp's layer split). DeepSpeed's ZeRO-Inference weight streaming is not modelled.</source>
            <translation>ZeRO、FSDP 和 CPU 卸载用于切分梯度和优化器状态，而推理没有这些状态：请将 ZeRO 设为 0，关闭 FSDP 和卸载；单张 GPU 放不下的模型请用张量并行或流水线并行部署（vLLM 的 --tensor-parallel-size、llama.cpp 的层切分）。DeepSpeed ZeRO-Inference 的权重流式加载未建模。</translation>
        </message>
    </context>
    <context>
        <name>PlanFile</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>必须是字符串</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>必须是数字</translation>
        </message>
        <message>
            <source>must be between %1 and %2 (got %3)</source>
            <translation>必须介于 %1 和 %2 之间（实际为 %3）</translation>
        </message>
        <message>
            <source>must be a whole number (got %1)</source>
            <translation>必须是整数（实际为 %1）</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必须是 true 或 false</translation>
        </message>
        <message>
            <source>"%1" is not one of %2</source>
            <translation>“%1”不在 %2 之中</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>未知字段</translation>
        </message>
        <message>
            <source>%1: blocks are nested more than %2 deep</source>
            <translation>%1：块嵌套超过 %2 层</translation>
        </message>
        <message>
            <source>%1: the architecture has more than %2 layers</source>
            <translation>%1：架构超过 %2 层</translation>
        </message>
        <message>
            <source>unknown layer kind "%1"</source>
            <translation>未知层类型“%1”</translation>
        </message>
        <message>
            <source>must be a list of layers</source>
            <translation>必须是层的列表</translation>
        </message>
        <message>
            <source>only %1 layers have this</source>
            <translation>只有 %1 层具有此项</translation>
        </message>
        <message>
            <source>%1: must be an object</source>
            <translation>%1：必须是对象</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>必须是对象</translation>
        </message>
        <message>
            <source>"%1" is not one of image, tokens, features</source>
            <translation>“%1”不是 image、tokens、features 之一</translation>
        </message>
        <message>
            <source>must be a block (kind "sequence")</source>
            <translation>必须是块（kind 为“sequence”）</translation>
        </message>
        <message>
            <source>not valid JSON at line %1: %2</source>
            <translation>第 %1 行不是有效的 JSON：%2</translation>
        </message>
        <message>
            <source>a plan file must hold a JSON object</source>
            <translation>计划文件必须包含一个 JSON 对象</translation>
        </message>
        <message>
            <source>is not "headroom-plan": this is not a Headroom plan</source>
            <translation>不是“headroom-plan”：这不是 Headroom 计划</translation>
        </message>
        <message>
            <source>the file was written by a newer Headroom (format %1; this version reads up to %2). Update Headroom to open it.</source>
            <translation>该文件由较新版本的 Headroom 写入（格式 %1；本版本最高只能读取 %2）。请更新 Headroom 后再打开。</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>至少为 1</translation>
        </message>
        <message>
            <source>workload: %1</source>
            <translation>工作负载：%1</translation>
        </message>
        <message>
            <source>hardware: %1</source>
            <translation>硬件：%1</translation>
        </message>
        <message>
            <source>assumptions.%1: unknown assumption</source>
            <translation>assumptions.%1：未知假设项</translation>
        </message>
        <message>
            <source>assumptions.%1: must be a number</source>
            <translation>assumptions.%1：必须是数字</translation>
        </message>
        <message>
            <source>assumptions.%1: %2</source>
            <translation>assumptions.%1：%2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>%1 is larger than 64 MiB; it is not a plan file.</source>
            <translation>%1 大于 64 MiB，不是计划文件。</translation>
        </message>
        <message>
            <source>letters from q, k, v, o, m, or all</source>
            <translation>q、k、v、o、m 中的字母，或 all</translation>
        </message>
        <message>
            <source>%1.%2: unknown field</source>
            <translation>%1.%2：未知字段</translation>
        </message>
        <message>
            <source>%1.name: %2</source>
            <translation>%1.name：%2</translation>
        </message>
        <message>
            <source>must be an array</source>
            <translation>必须是数组</translation>
        </message>
        <message>
            <source>holds more than %1 scenarios</source>
            <translation>包含超过 %1 个方案</translation>
        </message>
        <message>
            <source>must be a list of names from %1</source>
            <translation>必须是取自 %1 的名称列表</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Writes the PDF build report of a plan file.</source>
            <translation>写出计划文件的 PDF 配置报告。</translation>
        </message>
        <message>
            <source>A .headroom plan file.</source>
            <translation>一个 .headroom 计划文件。</translation>
        </message>
        <message>
            <source>The PDF to write.</source>
            <translation>要写入的 PDF 文件。</translation>
        </message>
        <message>
            <source>Page size: a4 (default) or letter.</source>
            <translation>页面尺寸：a4（默认）或 letter。</translation>
        </message>
        <message>
            <source>report needs exactly one plan file</source>
            <translation>report 需要且仅需要一个计划文件</translation>
        </message>
        <message>
            <source>report needs -o FILE.pdf</source>
            <translation>report 需要 -o 文件.pdf</translation>
        </message>
        <message>
            <source>--page must be a4 or letter</source>
            <translation>--page 必须是 a4 或 letter</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n page(s))</source>
            <translation>
                <numerusform>已写入 %1（%n 页）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <source>GiB per GPU (marker: visible GPU memory)</source>
            <translation>每块 GPU 的 GiB（标记：可见显存）</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>第 %1 页</translation>
        </message>
    </context>
    <context>
        <name>RuntimeProfile</name>
        <message>
            <source>Custom (no profile)</source>
            <translation>自定义（无配置）</translation>
        </message>
        <message>
            <source>PyTorch 1.x</source>
            <translation>PyTorch 1.x</translation>
        </message>
        <message>
            <source>PyTorch 2.x eager</source>
            <translation>PyTorch 2.x（eager）</translation>
        </message>
        <message>
            <source>Hugging Face Trainer</source>
            <translation>Hugging Face Trainer</translation>
        </message>
        <message>
            <source>torchtune</source>
            <translation>torchtune</translation>
        </message>
        <message>
            <source>LitGPT</source>
            <translation>LitGPT</translation>
        </message>
        <message>
            <source>Unsloth</source>
            <translation>Unsloth</translation>
        </message>
        <message>
            <source>DeepSpeed</source>
            <translation>DeepSpeed</translation>
        </message>
        <message>
            <source>No framework's defaults: every setting is the plan's own.</source>
            <translation>不采用任何框架的默认设置：每项设置都由计划自身决定。</translation>
        </message>
        <message>
            <source>PyTorch 1.x with the Hugging Face stack of its time: zero_grad() kept gradients allocated (set_to_none=False until PyTorch 2.0), transformers' AdamW (adamw_hf) stepped one parameter at a time with no full-size temporary, attention was eager (SDPA arrived in 2.0), and CUDA before 11.7 loaded every kernel at start-up: 1,343 MiB of context on a V100 with CUDA 11.2 (Hugging Face, "Efficient training on a single GPU").</source>
            <translation>PyTorch 1.x 及同期的 Hugging Face 工具链：zero_grad() 会保留梯度内存（PyTorch 2.0 之前 set_to_none=False），transformers 的 AdamW（adamw_hf）逐个参数更新，没有完整大小的临时张量，注意力为 eager（SDPA 在 2.0 才出现），CUDA 11.7 之前在启动时加载全部内核：在 CUDA 11.2 的 V100 上上下文为 1,343 MiB（Hugging Face，“Efficient training on a single GPU”）。</translation>
        </message>
        <message>
            <source>A plain PyTorch 2.x training loop: zero_grad(set_to_none=True) frees gradients, torch.optim picks the foreach Adam/AdamW on CUDA (one state-sized temporary in step()), lazy kernel loading: 715-781 MiB of context measured on an H200 (Headroom's calibration runs). Attention is whatever the model's code calls.</source>
            <translation>普通的 PyTorch 2.x 训练循环：zero_grad(set_to_none=True) 释放梯度，torch.optim 在 CUDA 上选择 foreach Adam/AdamW（step() 中有一个与状态同样大小的临时张量），内核按需加载：在 H200 上测得上下文 715–781 MiB（Headroom 的校准运行）。注意力取决于模型代码的调用。</translation>
        </message>
        <message>
            <source>transformers' Trainer on PyTorch &gt;= 2.8: optim defaults to adamw_torch_fused (training_args.py), so the step needs no full-size temporary; models load with attn_implementation="sdpa" (the default since transformers 4.36); logits are upcast to fp32 for the loss; gradients are freed with set_to_none. bf16=True is autocast (BF16 mixed precision), so the weights stay fp32.</source>
            <translation>PyTorch 2.8 及以上的 transformers Trainer：optim 默认为 adamw_torch_fused（training_args.py），因此优化步骤不需要完整大小的临时张量；模型以 attn_implementation="sdpa" 加载（自 transformers 4.36 起的默认值）；计算损失时 logits 转为 fp32；梯度以 set_to_none 释放。bf16=True 是 autocast（BF16 混合精度），因此权重保持 fp32。</translation>
        </message>
        <message>
            <source>torchtune's recipes: dtype bf16 converts the model (pure BF16) with no fp32 master copy and optimizer states in bf16; the configs use torch.optim.AdamW with fused=True; the loss is CEWithChunkedOutputLoss (8 chunks); attention is F.scaled_dot_product_attention; LoRA configs set lora_dropout: 0.0.</source>
            <translation>torchtune 的训练配方：dtype bf16 转换整个模型（纯 BF16），没有 fp32 主副本，优化器状态为 bf16；配置使用 fused=True 的 torch.optim.AdamW；损失为 CEWithChunkedOutputLoss（8 块）；注意力为 F.scaled_dot_product_attention；LoRA 配置设置 lora_dropout: 0.0。</translation>
        </message>
        <message>
            <source>LitGPT's finetune scripts: precision bf16-true (pure BF16, no master copy), torch.optim.AdamW built by instantiate_torch_optimizer without a fused flag (foreach), the LM head and loss in chunks (lm_head_chunk_size=128 and chunked_cross_entropy, modelled as chunked cross-entropy), SDPA attention, lora_dropout 0.05.</source>
            <translation>LitGPT 的微调脚本：precision bf16-true（纯 BF16，无主副本），由 instantiate_torch_optimizer 创建、未指定 fused 的 torch.optim.AdamW（foreach），输出头和损失分块计算（lm_head_chunk_size=128 与 chunked_cross_entropy，按分块交叉熵建模），SDPA 注意力，lora_dropout 0.05。</translation>
        </message>
        <message>
            <source>Unsloth's fine-tuning: its fused linear cross-entropy (the logits never exist in full), flash/SDPA attention, lora_dropout 0 (the value its fast LoRA path needs), the Trainer's fused AdamW step. Its offloaded gradient checkpointing is not modelled separately: choose full checkpointing.</source>
            <translation>Unsloth 的微调：其融合线性交叉熵（完整的 logits 从不存在）、flash/SDPA 注意力、lora_dropout 0（其快速 LoRA 路径所需的值）、Trainer 的融合 AdamW 步骤。其卸载式梯度检查点未单独建模：请选择完整检查点。</translation>
        </message>
        <message>
            <source>DeepSpeed's engine: bf16/fp16 training keeps fp32 master weights and fp32 Adam states (runtime/bf16_optimizer.py, fp16/fused_optimizer.py); FusedAdam updates in place with multi_tensor_apply (ops/adam/fused_adam.py), so no full-size temporary.</source>
            <translation>DeepSpeed 引擎：bf16/fp16 训练保留 fp32 主权重和 fp32 Adam 状态（runtime/bf16_optimizer.py、fp16/fused_optimizer.py）；FusedAdam 用 multi_tensor_apply 原地更新（ops/adam/fused_adam.py），因此没有完整大小的临时张量。</translation>
        </message>
        <message>
            <source>master weights</source>
            <translation>主权重</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>精度</translation>
        </message>
        <message>
            <source>attention kernel</source>
            <translation>注意力内核</translation>
        </message>
        <message>
            <source>memory techniques</source>
            <translation>内存技术</translation>
        </message>
        <message>
            <source>LoRA dropout</source>
            <translation>LoRA dropout</translation>
        </message>
        <message>
            <source>%1 (edited: %2)</source>
            <translation>%1（已修改：%2）</translation>
        </message>
    </context>
    <context>
        <name>ScenarioActions</name>
        <message>
            <source>%1× %2, %3</source>
            <translation>%1× %2，%3</translation>
        </message>
        <message>
            <source>Pin as scenario</source>
            <translation>固定为方案</translation>
        </message>
        <message>
            <source>No GPU configuration in the catalog fits this plan.</source>
            <translation>目录中没有能容纳此计划的 GPU 配置。</translation>
        </message>
        <message>
            <source>Create scenarios from recommendations</source>
            <translation>根据推荐创建方案</translation>
        </message>
    </context>
    <context>
        <name>SystemPlanner</name>
        <message>
            <source>Rule of thumb: 1.25 × the largest single GPU's memory = %1 (not the sum over GPUs).</source>
            <translation>经验法则：1.25 × 单块最大 GPU 的显存 = %1（不是所有 GPU 之和）。</translation>
        </message>
        <message>
            <source>Checkpoint loading: %1 parameters × %2 bytes × %3 loading process(es) = %4.</source>
            <translation>加载检查点：%1 个参数 × %2 字节 × %3 个加载进程 = %4。</translation>
        </message>
        <message>
            <source>Data loading: %1 GPU(s) × %2 workers × (%3 batches × %4 + %5 GiB per worker) = %6.</source>
            <translation>数据加载：%1 块 GPU × %2 个 worker × （%3 个 batch × %4 + 每个 worker %5 GiB）= %6。</translation>
        </message>
        <message>
            <source>Pinned staging buffers %1; %2 training process(es) × %3 GiB = %4.</source>
            <translation>锁页中转缓冲区 %1；%2 个训练进程 × %3 GiB = %4。</translation>
        </message>
        <message>
            <source>ZeRO-Offload keeps optimizer states and fp32 gradients (about 16 bytes per parameter with Adam; 18 with parameters) on the host: %1.</source>
            <translation>ZeRO-Offload 将优化器状态和 fp32 梯度放在主机内存中（使用 Adam 时每参数约 16 字节；连同参数为 18 字节）：%1。</translation>
        </message>
        <message>
            <source>Plan needs %1; recommended %2, bought as %3 × %4 GB DIMMs.</source>
            <translation>计划需要 %1；推荐 %2，按 %3 × %4 GB 内存条购买。</translation>
        </message>
        <message>
            <source>desktop (20-24 CPU lanes)</source>
            <translation>台式机（20–24 条 CPU 通道）</translation>
        </message>
        <message>
            <source>HEDT/workstation (64-128 lanes); on a desktop the GPUs share lanes at x8</source>
            <translation>HEDT/工作站（64–128 条通道）；在台式机上各 GPU 以 x8 共享通道</translation>
        </message>
        <message>
            <source>server (128+ lanes or PCIe switches)</source>
            <translation>服务器（128 条以上通道或 PCIe 交换芯片）</translation>
        </message>
        <message>
            <source>Activation offloading keeps the saved tensors in pinned host RAM: %1.</source>
            <translation>激活卸载将保存的张量放在锁页主机内存中：%1。</translation>
        </message>
        <message>
            <source>Checkpoint loading: %1 parameters ÷ %2 model-parallel shards (TP %3 × PP %4) × %5 bytes × %6 loading process(es) = %7.</source>
            <translation>加载检查点：%1 个参数 ÷ %2 个模型并行分片（TP %3 × PP %4）× %5 字节 × %6 个加载进程 = %7。</translation>
        </message>
    </context>
    <context>
        <name>Technique</name>
        <message>
            <source>Chunked cross-entropy</source>
            <translation>分块交叉熵</translation>
        </message>
        <message>
            <source>torchtune's CEWithChunkedOutputLoss: the output head returns 8 chunks of bf16 logits and each is upcast to fp32 for the loss alone, so only one chunk's fp32 copy and gradients exist at a time (torchtune/modules/loss).</source>
            <translation>torchtune 的 CEWithChunkedOutputLoss：输出头返回 8 块 bf16 logits，每块仅在计算损失时转为 fp32，因此同一时刻只存在一块的 fp32 副本和梯度（torchtune/modules/loss）。</translation>
        </message>
        <message>
            <source>Fused linear cross-entropy</source>
            <translation>融合线性交叉熵</translation>
        </message>
        <message>
            <source>Liger's LigerFusedLinearCrossEntropyLoss (also in Unsloth): the output head and the loss run chunk by chunk, about vocabulary ÷ hidden chunks, and the input gradient is computed in the forward pass; the full logits never exist (liger_kernel/ops/fused_linear_cross_entropy.py).</source>
            <translation>Liger 的 LigerFusedLinearCrossEntropyLoss（Unsloth 也使用）：输出头和损失逐块计算，约为词表大小 ÷ 隐藏维度块，输入梯度在前向传播中计算；完整的 logits 从不存在（liger_kernel/ops/fused_linear_cross_entropy.py）。</translation>
        </message>
        <message>
            <source>Optimizer step in backward</source>
            <translation>在反向传播中执行优化器步</translation>
        </message>
        <message>
            <source>torchtune's optimizer_in_bwd: one optimizer per parameter, stepped from a post-accumulate-grad hook, which frees the gradient at once: the gradients of a step never all exist. Needs gradient accumulation 1.</source>
            <translation>torchtune 的 optimizer_in_bwd：每个参数一个优化器，由梯度累积后钩子执行并立即释放梯度：一步中的梯度从不同时全部存在。需要梯度累积为 1。</translation>
        </message>
        <message>
            <source>Activation offloading</source>
            <translation>激活卸载</translation>
        </message>
        <message>
            <source>torchtune's enable_activation_offloading (saved_tensors_hooks that copy saved tensors to pinned host memory on a side stream): the GPU keeps about one layer's saved tensors, the host keeps the rest in pinned RAM.</source>
            <translation>torchtune 的 enable_activation_offloading（saved_tensors_hooks 在旁路流上将保存的张量复制到锁页主机内存）：GPU 约保留一层的保存张量，其余由主机保存在锁页内存中。</translation>
        </message>
    </context>
    <context>
        <name>ThroughputModel</name>
        <message>
            <source>Rule of thumb from the article: about 85% scaling efficiency at 8 GPUs; measured 84-97% for ResNet-50 depending on interconnect and precision. Not computed.</source>
            <translation>文章中的经验值：8 块 GPU 时扩展效率约 85%；ResNet-50 视互连和精度实测为 84–97%。非计算值。</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>T</source>
            <comment>trillion (10^12), as in 1.2 T parameters</comment>
            <translation>T</translation>
        </message>
        <message>
            <source>B</source>
            <comment>billion (10^9), as in 7 B parameters</comment>
            <translation>B</translation>
        </message>
        <message>
            <source>M</source>
            <comment>million (10^6), as in 25 M parameters</comment>
            <translation>M</translation>
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <source>The model</source>
            <translation>该模型</translation>
        </message>
        <message>
            <source>Cannot evaluate %1: %2</source>
            <translation>无法计算 %1：%2</translation>
        </message>
        <message>
            <source>%1 needs %2 per GPU; the GPU "%3" is not in the catalog, so the fit is not checked.</source>
            <translation>%1 每块 GPU 需要 %2；GPU“%3”不在目录中，因此未检查能否容纳。</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Fits: %1 needs %2 of the %3 visible per GPU on %4, %5 headroom (%6%).</source>
            <translation>放得下：%1 在 %4 上每块 GPU 需要 %2 / 可见 %3，余量 %5（%6%）。</translation>
        </message>
        <message>
            <source>Does not fit: %1 needs %2 of the %3 visible per GPU on %4, %5 over.</source>
            <translation>放不下：%1 在 %4 上每块 GPU 需要 %2 / 可见 %3，超出 %5。</translation>
        </message>
        <message>
            <source>Largest micro-batch that fits: %1.</source>
            <translation>可容纳的最大 micro-batch：%1。</translation>
        </message>
        <message>
            <source>Most concurrent sequences that fit: %1.</source>
            <translation>可容纳的最多并发序列数：%1。</translation>
        </message>
        <message>
            <source>Largest batch that fits: %1.</source>
            <translation>可容纳的最大 batch：%1。</translation>
        </message>
        <message>
            <source>The model has no parameters: add layers in the Architecture tab, or choose a preset or an import.</source>
            <translation>模型没有参数：请在“架构”选项卡中添加层，或选择预设或导入模型。</translation>
        </message>
        <message>
            <source>%1 finds no attention or MLP projection to adapt in this model, so nothing would train (0 trainable parameters): choose full fine-tuning, or a model with attention or MLP blocks.</source>
            <translation>%1 在此模型中找不到可适配的注意力或 MLP 投影，因此不会训练任何内容（0 个可训练参数）：请选择全量微调，或选择带注意力或 MLP 块的模型。</translation>
        </message>
        <message>
            <source>Nothing in this model trains (0 trainable parameters).</source>
            <translation>此模型中没有任何可训练的内容（0 个可训练参数）。</translation>
        </message>
        <message>
            <source>Sequence length: the model's default, %1 tokens.</source>
            <translation>序列长度：模型默认值，%1 个 token。</translation>
        </message>
        <message>
            <source>Only %1% of the GPU is left, under the %2% safety margin: a longer sequence, a bigger batch or a library update can push it over.</source>
            <translation>GPU 仅剩 %1%，低于 %2% 的安全余量：更长的序列、更大的批次或库的更新都可能导致超出。</translation>
        </message>
    </context>
    <context>
        <name>Workload</name>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Fine-tuning</source>
            <translation>微调</translation>
        </message>
        <message>
            <source>Inference</source>
            <translation>推理</translation>
        </message>
        <message>
            <source>FP32</source>
            <translation>FP32</translation>
        </message>
        <message>
            <source>TF32 (fp32 storage, tensor-core matmuls)</source>
            <translation>TF32（fp32 存储，Tensor Core 矩阵乘）</translation>
        </message>
        <message>
            <source>FP16 mixed precision (AMP)</source>
            <translation>FP16 混合精度（AMP）</translation>
        </message>
        <message>
            <source>BF16 mixed precision (AMP)</source>
            <translation>BF16 混合精度（AMP）</translation>
        </message>
        <message>
            <source>Pure FP16</source>
            <translation>纯 FP16</translation>
        </message>
        <message>
            <source>Pure BF16</source>
            <translation>纯 BF16</translation>
        </message>
        <message>
            <source>FP8 (Transformer Engine)</source>
            <translation>FP8（Transformer Engine）</translation>
        </message>
        <message>
            <source>INT8 weights (inference)</source>
            <translation>INT8 权重（推理）</translation>
        </message>
        <message>
            <source>4-bit weights (inference)</source>
            <translation>4 位权重（推理）</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>SGD with momentum</source>
            <translation>带动量的 SGD</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <source>8-bit Adam (bitsandbytes)</source>
            <translation>8 位 Adam（bitsandbytes）</translation>
        </message>
        <message>
            <source>Adafactor</source>
            <translation>Adafactor</translation>
        </message>
        <message>
            <source>Lion</source>
            <translation>Lion</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Full (every block)</source>
            <translation>完全（每个块）</translation>
        </message>
        <message>
            <source>Selective (attention only)</source>
            <translation>选择性（仅注意力）</translation>
        </message>
        <message>
            <source>Full fine-tuning</source>
            <translation>全参数微调</translation>
        </message>
        <message>
            <source>LoRA</source>
            <translation>LoRA</translation>
        </message>
        <message>
            <source>QLoRA (4-bit base)</source>
            <translation>QLoRA（4 位基座）</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3 (got %4).</source>
            <translation>%1 必须介于 %2 和 %3 之间（实际为 %4）。</translation>
        </message>
        <message>
            <source>Micro-batch size</source>
            <translation>micro-batch 大小</translation>
        </message>
        <message>
            <source>Gradient accumulation</source>
            <translation>梯度累积</translation>
        </message>
        <message>
            <source>Sequence length</source>
            <translation>序列长度</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>图像尺寸</translation>
        </message>
        <message>
            <source>LoRA rank</source>
            <translation>LoRA 秩</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>上下文长度</translation>
        </message>
        <message>
            <source>Precision %1 is an inference format; choose fp32, tf32, AMP, pure fp16/bf16 or fp8 for training, or QLoRA for 4-bit fine-tuning.</source>
            <translation>精度 %1 是推理格式；训练请选择 fp32、tf32、AMP、纯 fp16/bf16 或 fp8，4 位微调请选择 QLoRA。</translation>
        </message>
        <message>
            <source>Memory techniques (%1) apply to training and fine-tuning, not to inference.</source>
            <translation>显存技术（%1）适用于训练和微调，不适用于推理。</translation>
        </message>
        <message>
            <source>Choose either chunked or fused linear cross-entropy: both replace the same loss.</source>
            <translation>请在分块交叉熵和融合线性交叉熵之间选择一个：两者替换的是同一个损失。</translation>
        </message>
        <message>
            <source>The optimizer step in backward needs gradient accumulation 1 (torchtune refuses optimizer_in_bwd with accumulation %1).</source>
            <translation>在反向传播中执行优化器步需要梯度累积为 1（torchtune 在累积为 %1 时拒绝 optimizer_in_bwd）。</translation>
        </message>
        <message>
            <source>LoRA dropout must be at least 0 and below 1 (got %1).</source>
            <translation>LoRA dropout 必须不小于 0 且小于 1（实际为 %1）。</translation>
        </message>
        <message>
            <source>GPU count</source>
            <translation>GPU 数量</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>ZeRO stage</source>
            <translation>ZeRO 阶段</translation>
        </message>
        <message>
            <source>Tensor parallel</source>
            <translation>张量并行</translation>
        </message>
        <message>
            <source>Pipeline stages</source>
            <translation>流水线阶段</translation>
        </message>
        <message>
            <source>Micro-batches in flight</source>
            <translation>进行中的 micro-batch 数</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ActivationPlot</name>
        <message>
            <source>Layer (forward order)</source>
            <translation>层（前向顺序）</translation>
        </message>
        <message>
            <source>Inference keeps no activations for a backward pass.
Its working set and KV cache are in the Breakdown tab.</source>
            <translation>推理不为反向传播保留激活值。
其工作集和 KV 缓存见“明细”标签页。</translation>
        </message>
        <message>
            <source>%1 (%2)
Output %3
Saved for backward: %4</source>
            <translation>%1（%2）
输出 %3
为反向传播保存：%4</translation>
        </message>
        <message>
            <source>
Runs %1 times per forward pass</source>
            <translation>
每次前向传播运行 %1 次</translation>
        </message>
        <message>
            <source>Saved activations (%1)</source>
            <translation>保存的激活值（%1）</translation>
        </message>
        <message>
            <source>Saved activations without checkpointing (%1)</source>
            <translation>不使用检查点时保存的激活值（%1）</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ArchitecturePanel</name>
        <message>
            <source>Vision</source>
            <translation>视觉</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Large language models</source>
            <translation>大语言模型</translation>
        </message>
        <message>
            <source>Search presets…</source>
            <translation>搜索预设…</translation>
        </message>
        <message>
            <source>Type part of a model name to narrow the preset list.</source>
            <translation>输入模型名称的一部分以筛选预设列表。</translation>
        </message>
        <message>
            <source>Replaces the architecture with a built-in model.</source>
            <translation>用内置模型替换当前架构。</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Adds a layer after the selected one, or inside a selected block.</source>
            <translation>在所选层之后或所选块内部添加一层。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Removes the selected layer (Delete).</source>
            <translation>删除所选层（Delete）。</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Moves the selected layer before its previous sibling (Alt+Up).</source>
            <translation>将所选层移到前一个同级层之前（Alt+Up）。</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Moves the selected layer after its next sibling (Alt+Down).</source>
            <translation>将所选层移到后一个同级层之后（Alt+Down）。</translation>
        </message>
        <message>
            <source>The model's layers; drag a layer to reorder it or move it into a block.</source>
            <translation>模型的各层；拖动某层可调整顺序或将其移入块中。</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1 parameters published</source>
            <translation>公开参数量 %1</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::AssumptionsPanel</name>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Restores the documented default.</source>
            <translation>恢复为文档中的默认值。</translation>
        </message>
        <message>
            <source> years</source>
            <translation> 年</translation>
        </message>
        <message>
            <source> workers</source>
            <translation> 个工作进程</translation>
        </message>
        <message>
            <source> batches</source>
            <translation> 个批次</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::Autosaver</name>
        <message>
            <source>cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <source>cannot create the lock file %1</source>
            <translation>无法创建锁文件 %1</translation>
        </message>
        <message>
            <source>Autosave failed: %1. Your changes are still open; save them to keep them.</source>
            <translation>自动保存失败：%1。您的更改仍处于打开状态；请保存以保留它们。</translation>
        </message>
        <message>
            <source>Not backed up while the plan cannot be saved: %1</source>
            <translation>计划无法保存期间不进行备份：%1</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::BreakdownChart</name>
        <message>
            <source>GPU memory visible</source>
            <translation>可见显存</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>峰值</translation>
        </message>
        <message>
            <source>Peak memory of one GPU by component; the dashed line is the memory CUDA can see.</source>
            <translation>单块 GPU 按组成部分划分的峰值显存；虚线为 CUDA 可见的显存。</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::BreakdownTable</name>
        <message>
            <source>Component</source>
            <translation>组成部分</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>显存</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Hover a row to see where its formula comes from.</source>
            <translation>将鼠标悬停在某行上可查看其公式来源。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Peak memory of one GPU.</source>
            <translation>单块 GPU 的峰值显存。</translation>
        </message>
        <message>
            <source>GPU %1: %2 visible, %3 usable after the CUDA context</source>
            <translation>GPU %1：可见 %2，扣除 CUDA 上下文后可用 %3</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ComparisonModel</name>
        <message>
            <source>Lower is better</source>
            <translation>越低越好</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>越高越好</translation>
        </message>
        <message>
            <source>%1 (baseline)</source>
            <translation>%1（基准）</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ComparisonView</name>
        <message>
            <source>GPUs of the scenario's type</source>
            <translation>该方案型号的 GPU 数量</translation>
        </message>
        <message>
            <source>Pin 2 to 8 scenarios to compare them: Scenarios → Pin as Scenario, or Scenarios → Create Scenarios from Recommendations.</source>
            <translation>固定 2 到 8 个方案即可对比：方案 → 固定为方案，或 方案 → 根据推荐创建方案。</translation>
        </message>
        <message>
            <source>Baseline:</source>
            <translation>基准：</translation>
        </message>
        <message>
            <source>Differences in the table are against this scenario.</source>
            <translation>表中的差值均相对于此方案。</translation>
        </message>
        <message>
            <source>&amp;Rename Scenario…</source>
            <translation>重命名方案(&amp;R)…</translation>
        </message>
        <message>
            <source>Remo&amp;ve Scenario</source>
            <translation>移除方案(&amp;V)</translation>
        </message>
        <message>
            <source>samples/s</source>
            <translation>样本/秒</translation>
        </message>
        <message>
            <source>Dashed: the rule of thumb of about 85% scaling efficiency at 8 GPUs.</source>
            <translation>虚线：8 块 GPU 时约 85% 扩展效率的经验值。</translation>
        </message>
        <message>
            <source>Cost of the run</source>
            <translation>运行费用</translation>
        </message>
        <message>
            <source>Rename Scenario</source>
            <translation>重命名方案</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Remove scenario</source>
            <translation>移除方案</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>重命名方案</translation>
        </message>
        <message>
            <source>%1 scenarios are pinned; the comparison shows 2 to 8. Remove some.</source>
            <translation>已固定 %1 个方案；对比只显示 2 到 8 个。请移除一些。</translation>
        </message>
        <message>
            <source>Pin 2 to 8 scenarios to compare them: Scenarios → Pin as Scenario, or Scenarios → Create Scenarios from Recommendations. Pinned: %1.</source>
            <translation>固定 2 到 8 个方案即可对比：方案 → 固定为方案，或 方案 → 根据推荐创建方案。已固定：%1。</translation>
        </message>
        <message>
            <source>Cost of the run (%1)</source>
            <translation>运行费用（%1）</translation>
        </message>
        <message>
            <source>Bottom to top: weights, gradients, optimizer states, activations, temporaries, KV cache, CUDA context, allocator reserve.</source>
            <translation>自下而上：权重、梯度、优化器状态、激活值、临时张量、KV 缓存、CUDA 上下文、分配器预留。</translation>
        </message>
        <message>
            <source>dashed: 85% rule of thumb</source>
            <translation>虚线：85% 经验值</translation>
        </message>
        <message>
            <source>Memory per GPU</source>
            <translation>每 GPU 显存</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::DocumentView</name>
        <message>
            <source>GiB</source>
            <translation>GiB</translation>
        </message>
        <message>
            <source>GB</source>
            <translation>GB</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::HardwarePanel</name>
        <message>
            <source>Consumer</source>
            <translation>消费级</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>工作站</translation>
        </message>
        <message>
            <source>Data centre</source>
            <translation>数据中心</translation>
        </message>
        <message>
            <source>%1 GiB · %2 GB/s · %3 TFLOPS</source>
            <translation>%1 GiB · %2 GB/s · %3 TFLOPS</translation>
        </message>
        <message>
            <source>Search GPUs…</source>
            <translation>搜索 GPU…</translation>
        </message>
        <message>
            <source>Type part of a GPU name, vendor or memory size to narrow the list.</source>
            <translation>输入 GPU 名称、厂商或显存大小的一部分以筛选列表。</translation>
        </message>
        <message>
            <source>The GPU each replica runs on.</source>
            <translation>每个副本运行所在的 GPU。</translation>
        </message>
        <message>
            <source>%1 (%2 GiB)</source>
            <translation>%1（%2 GiB）</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Choose GPU</source>
            <translation>选择 GPU</translation>
        </message>
        <message>
            <source>GPU count</source>
            <translation>GPU 数量</translation>
        </message>
        <message>
            <source>Change GPU count</source>
            <translation>更改 GPU 数量</translation>
        </message>
        <message>
            <source>"%1" is not in the GPU catalog.</source>
            <translation>“%1”不在 GPU 目录中。</translation>
        </message>
        <message>
            <source>GPUs in the job, all machines together; memory is checked per GPU.</source>
            <translation>作业中的 GPU 总数（所有机器合计）；显存按每块 GPU 检查。</translation>
        </message>
        <message>
            <source>Machines the GPUs are spread over; gradients then cross the network.</source>
            <translation>GPU 分布的机器数；此时梯度需经网络传输。</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Change nodes</source>
            <translation>更改节点数</translation>
        </message>
        <message>
            <source>Data parallel (replicas)</source>
            <translation>数据并行（副本）</translation>
        </message>
        <message>
            <source>ZeRO-1: shard optimizer states</source>
            <translation>ZeRO-1：分片优化器状态</translation>
        </message>
        <message>
            <source>ZeRO-2: + gradients</source>
            <translation>ZeRO-2：+ 梯度</translation>
        </message>
        <message>
            <source>ZeRO-3: + weights</source>
            <translation>ZeRO-3：+ 权重</translation>
        </message>
        <message>
            <source>FSDP full sharding</source>
            <translation>FSDP 完全分片</translation>
        </message>
        <message>
            <source>How data-parallel GPUs share the model states (DeepSpeed ZeRO, PyTorch FSDP).</source>
            <translation>数据并行 GPU 如何分担模型状态（DeepSpeed ZeRO、PyTorch FSDP）。</translation>
        </message>
        <message>
            <source>Sharding</source>
            <translation>分片</translation>
        </message>
        <message>
            <source>Change sharding</source>
            <translation>更改分片</translation>
        </message>
        <message>
            <source>ZeRO-Offload moves states to host RAM: less GPU memory, more PCIe traffic.</source>
            <translation>ZeRO-Offload 将状态移到主机内存：显存占用更少，PCIe 流量更多。</translation>
        </message>
        <message>
            <source>CPU offload</source>
            <translation>CPU 卸载</translation>
        </message>
        <message>
            <source>Change offload</source>
            <translation>更改卸载</translation>
        </message>
        <message>
            <source>Megatron tensor parallelism: each layer's weights split over this many GPUs.</source>
            <translation>Megatron 张量并行：每层的权重拆分到这么多块 GPU 上。</translation>
        </message>
        <message>
            <source>Sequence parallel</source>
            <translation>序列并行</translation>
        </message>
        <message>
            <source>Also splits layer norms and dropout along the sequence (with tensor parallelism).</source>
            <translation>同时沿序列维度拆分 LayerNorm 和 Dropout（配合张量并行）。</translation>
        </message>
        <message>
            <source>Tensor parallel</source>
            <translation>张量并行</translation>
        </message>
        <message>
            <source>Change tensor parallelism</source>
            <translation>更改张量并行</translation>
        </message>
        <message>
            <source>Toggle sequence parallelism</source>
            <translation>切换序列并行</translation>
        </message>
        <message>
            <source>Pipeline stages: layers split over this many GPUs (1F1B schedule).</source>
            <translation>流水线阶段：各层拆分到这么多块 GPU 上（1F1B 调度）。</translation>
        </message>
        <message>
            <source>Pipeline stages</source>
            <translation>流水线阶段</translation>
        </message>
        <message>
            <source>Change pipeline stages</source>
            <translation>更改流水线阶段</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::InputEditor</name>
        <message>
            <source>Image (C×H×W)</source>
            <translation>图像（C×H×W）</translation>
        </message>
        <message>
            <source>Token sequence</source>
            <translation>token 序列</translation>
        </message>
        <message>
            <source>Tabular vector</source>
            <translation>表格向量</translation>
        </message>
        <message>
            <source>What one sample fed to the model looks like.</source>
            <translation>输入模型的单个样本的形式。</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Image channels C (3 for RGB).</source>
            <translation>图像通道数 C（RGB 为 3）。</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>通道数</translation>
        </message>
        <message>
            <source>Image height = width in pixels; the Workload tab can override it.</source>
            <translation>图像高度 = 宽度（像素）；可在“工作负载”选项卡中覆盖。</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>图像尺寸</translation>
        </message>
        <message>
            <source>Tokens per sample; the Workload tab can override it.</source>
            <translation>每个样本的 token 数；可在“工作负载”选项卡中覆盖。</translation>
        </message>
        <message>
            <source>Sequence length</source>
            <translation>序列长度</translation>
        </message>
        <message>
            <source>Longest context the model supports (its position table); 0: unbounded.</source>
            <translation>模型支持的最长上下文（其位置表）；0：无限制。</translation>
        </message>
        <message>
            <source>unbounded</source>
            <translation>无限制</translation>
        </message>
        <message>
            <source>Longest context</source>
            <translation>最长上下文</translation>
        </message>
        <message>
            <source>Numbers per sample.</source>
            <translation>每个样本的数值个数。</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>特征数</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::LayerEditor</name>
        <message>
            <source>Select a layer to edit its attributes.</source>
            <translation>选择一层以编辑其属性。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The layer's name, as in the PyTorch module.</source>
            <translation>层的名称，与 PyTorch 模块中一致。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::LayerTreeModel</name>
        <message>
            <source> ×%1</source>
            <translation> ×%1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source> (shortcut branch)</source>
            <translation> （捷径分支）</translation>
        </message>
        <message>
            <source>; runs %1 times per forward pass</source>
            <translation>；每次前向传播运行 %1 次</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>Params</source>
            <translation>参数量</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>激活值</translation>
        </message>
        <message>
            <source>Output shape per sample, without the batch dimension.</source>
            <translation>每个样本的输出形状，不含 batch 维度。</translation>
        </message>
        <message>
            <source>Parameters of this node, over every repetition.</source>
            <translation>此节点在所有重复中的参数量。</translation>
        </message>
        <message>
            <source>Bytes autograd keeps for backward at the current batch, without checkpointing.</source>
            <translation>在当前 batch 下、不使用检查点时，autograd 为反向传播保留的字节数。</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::MainWindow</name>
        <message>
            <source>Headroom plans (*.headroom)</source>
            <translation>Headroom 计划 (*.headroom)</translation>
        </message>
        <message>
            <source>Every change updates the results at once; Ctrl+Z undoes it.</source>
            <translation>每次修改都会立即更新结果；按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>工作负载</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>硬件</translation>
        </message>
        <message>
            <source>&amp;Workload</source>
            <translation>工作负载(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Architecture</source>
            <translation>架构(&amp;A)</translation>
        </message>
        <message>
            <source>Assu&amp;mptions</source>
            <translation>假设(&amp;M)</translation>
        </message>
        <message>
            <source>What to run and on which GPU.</source>
            <translation>运行什么，在哪种 GPU 上运行。</translation>
        </message>
        <message>
            <source>The model's layers.</source>
            <translation>模型的各层。</translation>
        </message>
        <message>
            <source>Overheads the estimate assumes, with their sources.</source>
            <translation>估算所假设的各项开销及其出处。</translation>
        </message>
        <message>
            <source>&amp;Breakdown</source>
            <translation>明细(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Layers</source>
            <translation>逐层(&amp;L)</translation>
        </message>
        <message>
            <source>Batch &amp;sweep</source>
            <translation>Batch 扫描(&amp;S)</translation>
        </message>
        <message>
            <source>Peak GPU memory by component, with formulas.</source>
            <translation>按组成部分划分的峰值显存及公式。</translation>
        </message>
        <message>
            <source>Activation memory each layer keeps for backward.</source>
            <translation>每层为反向传播保留的激活值显存。</translation>
        </message>
        <message>
            <source>Memory against batch size, with GPU capacities.</source>
            <translation>显存随 batch 大小的变化，并标出各 GPU 容量。</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Opens a .headroom plan.</source>
            <translation>打开 .headroom 计划。</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Saves the plan.</source>
            <translation>保存计划。</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>Saves the plan under a new name.</source>
            <translation>以新名称保存计划。</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Headroom</source>
            <translation>关于 Headroom(&amp;A)</translation>
        </message>
        <message>
            <source>About Headroom</source>
            <translation>关于 Headroom</translation>
        </message>
        <message>
            <source>&lt;b&gt;Headroom %1&lt;/b&gt;&lt;p&gt;Plans the GPU memory of deep-learning training and inference before you rent the hardware.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Headroom %1&lt;/b&gt;&lt;p&gt;在租用硬件之前，为深度学习训练和推理规划显存。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>%1[*] — Headroom</source>
            <translation>%1[*] — Headroom</translation>
        </message>
        <message>
            <source>Cannot open plan</source>
            <translation>无法打开计划</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <source>Cannot save plan</source>
            <translation>无法保存计划</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Open plan</source>
            <translation>打开计划</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>保存计划</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>The plan has unsaved changes. Save them?</source>
            <translation>计划有未保存的更改。是否保存？</translation>
        </message>
        <message>
            <source>S&amp;ystem</source>
            <translation>系统(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Comparison</source>
            <translation>对比(&amp;C)</translation>
        </message>
        <message>
            <source>Pinned scenarios side by side: memory, speed, power and cost.</source>
            <translation>并排显示已固定的方案：显存、速度、功耗和费用。</translation>
        </message>
        <message>
            <source>Export PDF &amp;Report…</source>
            <translation>导出 PDF 报告(&amp;R)…</translation>
        </message>
        <message>
            <source>Export PDF report</source>
            <translation>导出 PDF 报告</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Writes the build report: verdict, bill of materials, charts and comparison.</source>
            <translation>写出配置报告：结论、物料清单、图表和对比。</translation>
        </message>
        <message>
            <source>&amp;Scenarios</source>
            <translation>方案(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Pin as Scenario…</source>
            <translation>固定为方案(&amp;P)…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>Keeps a copy of the current plan for the Comparison tab.</source>
            <translation>保留当前计划的副本，供“对比”标签页使用。</translation>
        </message>
        <message>
            <source>Create Scenarios from &amp;Recommendations</source>
            <translation>根据推荐创建方案(&amp;R)</translation>
        </message>
        <message>
            <source>Pins the three cheapest GPU configurations that fit this plan.</source>
            <translation>固定能容纳此计划的三种最便宜的 GPU 配置。</translation>
        </message>
        <message>
            <source>Pin as Scenario</source>
            <translation>固定为方案</translation>
        </message>
        <message>
            <source>Scenario name:</source>
            <translation>方案名称：</translation>
        </message>
        <message>
            <source>No recommendations</source>
            <translation>没有推荐</translation>
        </message>
        <message numerus="yes">
            <source>Pinned %n recommended configuration(s).</source>
            <translation>
                <numerusform>已固定 %n 个推荐配置。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot export report</source>
            <translation>无法导出报告</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>已导出 %1</translation>
        </message>
        <message>
            <source>GPU catalog: %1</source>
            <translation>GPU 目录：%1</translation>
        </message>
        <message>
            <source>Recovered the unsaved changes to %1. Save to keep them.</source>
            <translation>已恢复对 %1 的未保存更改。请保存以保留它们。</translation>
        </message>
        <message>
            <source>Recover Unsaved Changes</source>
            <translation>恢复未保存的更改</translation>
        </message>
        <message>
            <source>Headroom quit unexpectedly. Recover the unsaved changes to %1 from %2?</source>
            <translation>Headroom 意外退出。是否恢复 %2 时对 %1 的未保存更改？</translation>
        </message>
        <message>
            <source>Keep for Later leaves the recovery file and asks again at the next start. Discard deletes it.</source>
            <translation>“稍后保留”会保留恢复文件，并在下次启动时再次询问。“丢弃”会将其删除。</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>丢弃(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Keep for Later</source>
            <translation>稍后保留(&amp;K)</translation>
        </message>
        <message>
            <source>Cannot recover plan</source>
            <translation>无法恢复计划</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <source>Starts a new plan: a blank model for an input you choose, or a preset.</source>
            <translation>新建计划：为所选输入创建空白模型，或使用预设。</translation>
        </message>
        <message>
            <source>Re&amp;name Plan…</source>
            <translation>重命名计划(&amp;N)…</translation>
        </message>
        <message>
            <source>Gives the plan a name of its own (undoable).</source>
            <translation>为计划指定自己的名称（可撤销）。</translation>
        </message>
        <message>
            <source>%1 · model: %2</source>
            <translation>%1 · 模型：%2</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>自定义模型</translation>
        </message>
        <message>
            <source>report</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Rename Plan</source>
            <translation>重命名计划</translation>
        </message>
        <message>
            <source>Plan name:</source>
            <translation>计划名称：</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::NewPlanDialog</name>
        <message>
            <source>New Plan</source>
            <translation>新建计划</translation>
        </message>
        <message>
            <source>&amp;Blank model: build it layer by layer</source>
            <translation>空白模型：逐层构建(&amp;B)</translation>
        </message>
        <message>
            <source>Tokens in the vocabulary: the rows of the model's first embedding.</source>
            <translation>词表中的 token 数：模型第一个嵌入层的行数。</translation>
        </message>
        <message>
            <source>Vocabulary</source>
            <translation>词表</translation>
        </message>
        <message>
            <source>From a &amp;preset</source>
            <translation>来自预设(&amp;P)</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>自定义模型</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::PlanDocument</name>
        <message>
            <source>Change batch size</source>
            <translation>更改 batch 大小</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>更改%1</translation>
        </message>
        <message>
            <source>Reset %1</source>
            <translation>重置%1</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>选择%1</translation>
        </message>
        <message>
            <source>Rename layer</source>
            <translation>重命名层</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>添加%1</translation>
        </message>
        <message>
            <source>Remove layer</source>
            <translation>删除层</translation>
        </message>
        <message>
            <source>Move layer</source>
            <translation>移动层</translation>
        </message>
        <message>
            <source>Custom (%1)</source>
            <translation>自定义（%1）</translation>
        </message>
        <message>
            <source>The plan cannot be saved as it is, because it would not open again: %1 Change that setting, then save.</source>
            <translation>该计划无法按当前状态保存，因为保存后将无法再次打开：%1 请先修改该设置，然后保存。</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>自定义模型</translation>
        </message>
        <message>
            <source>%1, %2 on %3</source>
            <translation>%1，%2，使用 %3</translation>
        </message>
        <message>
            <source>%1, %2 on %3× %4</source>
            <translation>%1，%2，使用 %3× %4</translation>
        </message>
        <message>
            <source>Rename plan</source>
            <translation>重命名计划</translation>
        </message>
        <message>
            <source>Change input</source>
            <translation>更改输入</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Binary (GiB = 2³⁰ bytes)</source>
            <translation>二进制（GiB = 2³⁰ 字节）</translation>
        </message>
        <message>
            <source>Decimal (GB = 10⁹ bytes)</source>
            <translation>十进制（GB = 10⁹ 字节）</translation>
        </message>
        <message>
            <source>How memory sizes are shown; GPU vendors' "GB" are binary GiB.</source>
            <translation>显存大小的显示方式；GPU 厂商所说的“GB”实为二进制 GiB。</translation>
        </message>
        <message>
            <source>Memory units</source>
            <translation>显存单位</translation>
        </message>
        <message>
            <source>%1 (%2 GiB)</source>
            <translation>%1（%2 GiB）</translation>
        </message>
        <message>
            <source>The GPU a new plan starts with.</source>
            <translation>新计划默认使用的 GPU。</translation>
        </message>
        <message>
            <source>Default GPU</source>
            <translation>默认 GPU</translation>
        </message>
        <message>
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>The language of menus, labels and reports; System follows the desktop's locale.</source>
            <translation>菜单、标签和报告的语言；“跟随系统”使用桌面的区域设置。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>A new language takes effect when Headroom is restarted.</source>
            <translation>新语言在重启 Headroom 后生效。</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::RecentFiles</name>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent plans</source>
            <translation>没有最近的计划</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>清除列表</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::SweepPlot</name>
        <message>
            <source>Drag to pan, scroll to zoom, double-click to reset the view.</source>
            <translation>拖动以平移，滚动以缩放，双击重置视图。</translation>
        </message>
        <message>
            <source>Micro-batch</source>
            <translation>Micro-batch</translation>
        </message>
        <message>
            <source>Concurrent sequences</source>
            <translation>并发序列数</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Peak memory per GPU (%1)</source>
            <translation>每 GPU 峰值显存（%1）</translation>
        </message>
        <message>
            <source>%1, this plan</source>
            <translation>%1（本计划）</translation>
        </message>
        <message>
            <source>%1: %2, max batch %3</source>
            <translation>%1：%2，最大 batch %3</translation>
        </message>
        <message>
            <source>Current batch %1</source>
            <translation>当前 batch %1</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::SystemPanel</name>
        <message>
            <source>HDD</source>
            <translation>HDD</translation>
        </message>
        <message>
            <source>SATA SSD</source>
            <translation>SATA SSD</translation>
        </message>
        <message>
            <source>NVMe SSD</source>
            <translation>NVMe SSD</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <source>Speed and cost</source>
            <translation>速度与费用</translation>
        </message>
        <message>
            <source>System RAM, CPU and power</source>
            <translation>系统内存、CPU 和电源</translation>
        </message>
        <message>
            <source>Storage cost</source>
            <translation>存储费用</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>SSD only</source>
            <translation>仅 SSD</translation>
        </message>
        <message>
            <source>HDD only</source>
            <translation>仅 HDD</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>混合</translation>
        </message>
        <message>
            <source>What the data, checkpoints and logs cost on each kind of storage; the hybrid keeps the dataset and logs on SSD and the checkpoints on HDD.</source>
            <translation>数据、检查点和日志在各类存储上的费用；混合方案将数据集和日志放在 SSD 上，检查点放在 HDD 上。</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>存储</translation>
        </message>
        <message>
            <source>Choose a GPU from the catalog.</source>
            <translation>请从目录中选择一款 GPU。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 samples/s&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1 样本/秒&lt;/b&gt;</translation>
        </message>
        <message>
            <source> · %1 tokens/s</source>
            <translation> · %1 token/秒</translation>
        </message>
        <message>
            <source>&lt;br&gt;Step %1 s: compute %2 s at %3 TFLOPS (%4) × %5% utilisation</source>
            <translation>&lt;br&gt;每步 %1 秒：计算 %2 秒，%3 TFLOPS（%4）× %5% 利用率</translation>
        </message>
        <message>
            <source>; gradient all-reduce %1 s over %2</source>
            <translation>；梯度 all-reduce %1 秒，经 %2</translation>
        </message>
        <message>
            <source>; pipeline bubble %1%</source>
            <translation>；流水线气泡 %1%</translation>
        </message>
        <message>
            <source>&lt;br&gt;Scaling efficiency vs one GPU: &lt;b&gt;%1%&lt;/b&gt; (rule of thumb from the article: about %2% at 8 GPUs)</source>
            <translation>&lt;br&gt;相对单块 GPU 的扩展效率：&lt;b&gt;%1%&lt;/b&gt;（文章中的经验值：8 块 GPU 时约 %2%）</translation>
        </message>
        <message>
            <source>&lt;br&gt;A run of %1 samples: %2, %3 GPU-hours, %4 kWh, %5</source>
            <translation>&lt;br&gt;运行 %1 个样本：%2，%3 GPU 小时，%4 kWh，%5</translation>
        </message>
        <message>
            <source>&lt;br&gt;GPUs to buy: %1</source>
            <translation>&lt;br&gt;需购买的 GPU：%1</translation>
        </message>
        <message>
            <source>No throughput estimate for this GPU and precision.</source>
            <translation>此 GPU 和精度没有吞吐量估算。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended system RAM: %1&lt;/b&gt; (%2 × %3 GB DIMMs, %4)</source>
            <translation>&lt;b&gt;推荐系统内存：%1&lt;/b&gt;（%2 × %3 GB 内存条，%4）</translation>
        </message>
        <message>
            <source>CPU cores: at least %1 · Power supply: %2 W needed, buy %3 · PCIe lanes: %4 (%5)</source>
            <translation>CPU 核数：至少 %1 · 电源：需要 %2 W，购买 %3 · PCIe 通道：%4（%5）</translation>
        </message>
        <message>
            <source>%1 W</source>
            <translation>%1 W</translation>
        </message>
        <message>
            <source>more than one supply</source>
            <translation>不止一个电源</translation>
        </message>
        <message>
            <source>Dataset %1 · checkpoints %2 × %3 · logs %4 · total %5</source>
            <translation>数据集 %1 · 检查点 %2 × %3 · 日志 %4 · 总计 %5</translation>
        </message>
        <message>
            <source>&lt;br&gt;The input pipeline reads %1 MB/s:</source>
            <translation>&lt;br&gt;输入流水线读取 %1 MB/s：</translation>
        </message>
        <message>
            <source> %1 %2 (%3 MB/s);</source>
            <translation> %1 %2（%3 MB/s）；</translation>
        </message>
        <message>
            <source>too slow</source>
            <translation>太慢</translation>
        </message>
        <message>
            <source>keeps up</source>
            <translation>跟得上</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::WorkloadPanel</name>
        <message>
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <source>Training from scratch, fine-tuning a pretrained model, or serving it.</source>
            <translation>从头训练、微调预训练模型，或部署推理服务。</translation>
        </message>
        <message>
            <source>Change mode</source>
            <translation>更改模式</translation>
        </message>
        <message>
            <source>Drag to see how memory grows with the batch; one drag is one undo step.</source>
            <translation>拖动以查看显存如何随 batch 增长；每次拖动为一个撤销步骤。</translation>
        </message>
        <message>
            <source>Samples per forward pass on one GPU (inference: concurrent sequences).</source>
            <translation>单块 GPU 每次前向传播的样本数（推理：并发序列数）。</translation>
        </message>
        <message>
            <source>Micro-batch</source>
            <translation>Micro-batch</translation>
        </message>
        <message>
            <source>Grad. accumulation</source>
            <translation>梯度累积</translation>
        </message>
        <message>
            <source>Micro-batches per optimizer step; raises the effective batch, not memory.</source>
            <translation>每个优化器步骤的 micro-batch 数；增大有效 batch，但不增加显存。</translation>
        </message>
        <message>
            <source>Change gradient accumulation</source>
            <translation>更改梯度累积</translation>
        </message>
        <message>
            <source>Sequence length</source>
            <translation>序列长度</translation>
        </message>
        <message>
            <source>Tokens per sample; 0 uses the model's default.</source>
            <translation>每个样本的 token 数；0 表示使用模型默认值。</translation>
        </message>
        <message>
            <source>Model default</source>
            <translation>模型默认值</translation>
        </message>
        <message>
            <source>Change sequence length</source>
            <translation>更改序列长度</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>图像尺寸</translation>
        </message>
        <message>
            <source>Input height and width in pixels; 0 uses the model's default.</source>
            <translation>输入的高度和宽度（像素）；0 表示使用模型默认值。</translation>
        </message>
        <message>
            <source>Change image size</source>
            <translation>更改图像尺寸</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>精度</translation>
        </message>
        <message>
            <source>How weights and activations are stored and computed.</source>
            <translation>权重和激活值的存储与计算方式。</translation>
        </message>
        <message>
            <source>Change precision</source>
            <translation>更改精度</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>The optimizer decides how many state tensors each weight carries.</source>
            <translation>优化器决定每个权重附带多少个状态张量。</translation>
        </message>
        <message>
            <source>Change optimizer</source>
            <translation>更改优化器</translation>
        </message>
        <message>
            <source>Checkpointing</source>
            <translation>激活检查点</translation>
        </message>
        <message>
            <source>Recomputes activations in backward to save memory.</source>
            <translation>在反向传播中重算激活值以节省显存。</translation>
        </message>
        <message>
            <source>Change checkpointing</source>
            <translation>更改激活检查点</translation>
        </message>
        <message>
            <source>FlashAttention</source>
            <translation>FlashAttention</translation>
        </message>
        <message>
            <source>Fused attention that never stores the attention score matrix.</source>
            <translation>融合注意力，从不存储注意力分数矩阵。</translation>
        </message>
        <message>
            <source>Toggle FlashAttention</source>
            <translation>切换 FlashAttention</translation>
        </message>
        <message>
            <source>FP32 master weights</source>
            <translation>FP32 主权重</translation>
        </message>
        <message>
            <source>With pure half precision, the optimizer keeps an fp32 copy of the weights.</source>
            <translation>使用纯半精度时，优化器保留一份 fp32 权重副本。</translation>
        </message>
        <message>
            <source>Toggle master weights</source>
            <translation>切换主权重</translation>
        </message>
        <message>
            <source>Fine-tuning</source>
            <translation>微调</translation>
        </message>
        <message>
            <source>Which weights train: all of them, or low-rank adapters.</source>
            <translation>训练哪些权重：全部权重，或低秩适配器。</translation>
        </message>
        <message>
            <source>Change fine-tuning method</source>
            <translation>更改微调方法</translation>
        </message>
        <message>
            <source>LoRA rank</source>
            <translation>LoRA 秩</translation>
        </message>
        <message>
            <source>Inner dimension of each adapter pair.</source>
            <translation>每对适配器矩阵的内部维度。</translation>
        </message>
        <message>
            <source>Change LoRA rank</source>
            <translation>更改 LoRA 秩</translation>
        </message>
        <message>
            <source>Q</source>
            <translation>Q</translation>
        </message>
        <message>
            <source>K</source>
            <translation>K</translation>
        </message>
        <message>
            <source>V</source>
            <translation>V</translation>
        </message>
        <message>
            <source>O</source>
            <translation>O</translation>
        </message>
        <message>
            <source>MLP</source>
            <translation>MLP</translation>
        </message>
        <message>
            <source>Adds adapters to this projection.</source>
            <translation>为此投影添加适配器。</translation>
        </message>
        <message>
            <source>Change LoRA targets</source>
            <translation>更改 LoRA 目标</translation>
        </message>
        <message>
            <source>LoRA targets</source>
            <translation>LoRA 目标</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>上下文长度</translation>
        </message>
        <message>
            <source>Tokens the KV cache holds for each sequence.</source>
            <translation>KV 缓存为每个序列保存的 token 数。</translation>
        </message>
        <message>
            <source>Change context length</source>
            <translation>更改上下文长度</translation>
        </message>
        <message>
            <source>KV-cache precision</source>
            <translation>KV 缓存精度</translation>
        </message>
        <message>
            <source>Storage type of cached keys and values.</source>
            <translation>缓存的 key 和 value 的存储类型。</translation>
        </message>
        <message>
            <source>Change KV-cache precision</source>
            <translation>更改 KV 缓存精度</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Sequences</source>
            <translation>序列数</translation>
        </message>
        <message>
            <source>Runtime profile</source>
            <translation>运行时配置</translation>
        </message>
        <message>
            <source>Whose defaults the estimate assumes: gradient freeing, optimizer kernel, master weights, loss and attention kernels, CUDA context.</source>
            <translation>估算所采用的默认设置来自哪个框架：梯度释放、优化器内核、主权重、损失与注意力内核、CUDA 上下文。</translation>
        </message>
        <message>
            <source>Choose runtime profile %1</source>
            <translation>选择运行时配置 %1</translation>
        </message>
        <message>
            <source>Toggle %1</source>
            <translation>切换 %1</translation>
        </message>
        <message>
            <source>Memory techniques</source>
            <translation>内存技术</translation>
        </message>
        <message>
            <source>%1

Edited since: %2</source>
            <translation>%1

此后修改：%2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Plans the GPU memory of deep-learning training and inference.</source>
            <translation>为深度学习训练和推理规划显存。</translation>
        </message>
        <message>
            <source>Builds the window offscreen with the sample plan, checks it and exits.</source>
            <translation>以示例计划在离屏模式下构建窗口，检查后退出。</translation>
        </message>
        <message>
            <source>A .headroom plan to open.</source>
            <translation>要打开的 .headroom 计划。</translation>
        </message>
        <message>
            <source>Recovers unsaved changes left by a crash without asking.</source>
            <translation>不经询问即恢复崩溃后遗留的未保存更改。</translation>
        </message>
        <message>
            <source>Does not offer to recover unsaved changes; keeps them for later.</source>
            <translation>不提示恢复未保存的更改；将其保留以备以后使用。</translation>
        </message>
        <message>
            <source>--recover and --no-recover exclude each other.</source>
            <translation>--recover 与 --no-recover 不能同时使用。</translation>
        </message>
    </context>
</TS>
