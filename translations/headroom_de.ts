<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Assumption</name>
        <message>
            <source>CUDA context and kernels</source>
            <translation>CUDA-Kontext und Kernels</translation>
        </message>
        <message>
            <source>Allocator reserve and fragmentation</source>
            <translation>Allocator-Reserve und Fragmentierung</translation>
        </message>
        <message>
            <source>cuBLAS workspace</source>
            <translation>cuBLAS-Workspace</translation>
        </message>
        <message>
            <source>cuDNN convolution workspace</source>
            <translation>cuDNN-Faltungs-Workspace</translation>
        </message>
        <message>
            <source>Scratch space cuDNN's convolution algorithms may take (models with convolutions only). With torch.backends.cudnn.benchmark the fastest algorithm may use hundreds of MiB; cuDNN developer guide, cudnnGetConvolutionForwardWorkspaceSize.</source>
            <translation>Arbeitsspeicher, den die Faltungsalgorithmen von cuDNN belegen dürfen (nur bei Modellen mit Faltungen). Mit torch.backends.cudnn.benchmark kann der schnellste Algorithmus Hunderte MiB belegen; cuDNN Developer Guide, cudnnGetConvolutionForwardWorkspaceSize.</translation>
        </message>
        <message>
            <source>Loss computed in fp32</source>
            <translation>Loss in fp32 berechnet</translation>
        </message>
        <message>
            <source>Logits are upcast to fp32 before the cross-entropy loss (Hugging Face Llama's logits.float(); autocast runs cross_entropy in fp32). Off: the loss runs in the activation dtype.</source>
            <translation>Die Logits werden vor dem Cross-Entropy-Loss nach fp32 hochgewandelt (logits.float() in Hugging Face Llama; autocast rechnet cross_entropy in fp32). Aus: Der Loss läuft im Datentyp der Aktivierungen.</translation>
        </message>
        <message>
            <source>Safety margin for growth</source>
            <translation>Sicherheitsreserve für Wachstum</translation>
        </message>
        <message>
            <source>Model FLOPs utilisation</source>
            <translation>Model FLOPs Utilization (MFU)</translation>
        </message>
        <message>
            <source>Share of the GPU's peak dense tensor throughput a training step achieves. PaLM reports 46.2% MFU on TPU v4 (Chowdhery et al. 2022, table 3); Megatron-LM reaches 41-52% of A100 peak at scale (Narayanan et al. 2021); small models and consumer cards often reach 20-35%.</source>
            <translation>Anteil des dichten Tensor-Spitzendurchsatzes der GPU, den ein Trainingsschritt erreicht. PaLM meldet 46,2 % MFU auf TPU v4 (Chowdhery et al. 2022, Tabelle 3); Megatron-LM erreicht im großen Maßstab 41–52 % der A100-Spitzenleistung (Narayanan et al. 2021); kleine Modelle und Consumer-Karten erreichen oft 20–35 %.</translation>
        </message>
        <message>
            <source>Network bandwidth between nodes</source>
            <translation>Netzwerkbandbreite zwischen Knoten</translation>
        </message>
        <message>
            <source>Bandwidth per direction of each node's network link, used when the gradient all-reduce leaves a node: 12.5 GB/s is 100 Gb/s Ethernet or InfiniBand EDR; HDR is 25 GB/s, NDR 50 GB/s per port.</source>
            <translation>Bandbreite pro Richtung der Netzwerkanbindung jedes Knotens, genutzt, wenn der Gradienten-All-Reduce einen Knoten verlässt: 12,5 GB/s entsprechen 100-Gb/s-Ethernet oder InfiniBand EDR; HDR sind 25 GB/s, NDR 50 GB/s pro Port.</translation>
        </message>
        <message>
            <source>Average GPU power as a share of TDP</source>
            <translation>Mittlere GPU-Leistung als Anteil der TDP</translation>
        </message>
        <message>
            <source>Mean board power during training relative to the rated TDP; dense training typically draws 70-100% of TDP (nvidia-smi power readings).</source>
            <translation>Mittlere Board-Leistung während des Trainings relativ zur Nenn-TDP; dichtes Training zieht typischerweise 70–100 % der TDP (Leistungswerte von nvidia-smi).</translation>
        </message>
        <message>
            <source>Electricity price per kWh</source>
            <translation>Strompreis pro kWh</translation>
        </message>
        <message>
            <source>Price of one kWh in the catalog's currency; about £0.25 under the 2024 Ofgem price cap for UK households.</source>
            <translation>Preis einer kWh in der Währung des Katalogs; etwa 0,25 £ unter der Ofgem-Preisobergrenze 2024 für britische Haushalte.</translation>
        </message>
        <message>
            <source>Rental price per GPU-hour</source>
            <translation>Mietpreis pro GPU-Stunde</translation>
        </message>
        <message>
            <source>Cloud price of one GPU for one hour (on-demand A100 80GB was about $1.5-4 in 2024). 0 means owned hardware: the GPU's catalog price is spread over its amortisation period instead.</source>
            <translation>Cloud-Preis einer GPU für eine Stunde (eine On-Demand-A100 80GB kostete 2024 etwa 1,5–4 $). 0 bedeutet eigene Hardware: Dann wird der Katalogpreis der GPU über ihre Abschreibungsdauer verteilt.</translation>
        </message>
        <message>
            <source>Amortisation period of owned GPUs</source>
            <translation>Abschreibungsdauer eigener GPUs</translation>
        </message>
        <message>
            <source>Years over which a purchased GPU's price is spread, running around the clock; three years is a common depreciation schedule for servers.</source>
            <translation>Jahre, über die der Preis einer gekauften GPU bei Betrieb rund um die Uhr verteilt wird; drei Jahre sind ein üblicher Abschreibungszeitraum für Server.</translation>
        </message>
        <message>
            <source>Data-loader workers per GPU</source>
            <translation>DataLoader-Worker pro GPU</translation>
        </message>
        <message>
            <source>torch.utils.data.DataLoader num_workers per training process; 4 per GPU is the usual starting point (PyTorch performance tuning guide).</source>
            <translation>num_workers von torch.utils.data.DataLoader pro Trainingsprozess; 4 pro GPU sind der übliche Ausgangswert (PyTorch Performance Tuning Guide).</translation>
        </message>
        <message>
            <source>Batches prefetched per worker</source>
            <translation>Vorab geladene Batches pro Worker</translation>
        </message>
        <message>
            <source>DataLoader prefetch_factor: batches each worker loads ahead (PyTorch default 2).</source>
            <translation>prefetch_factor des DataLoaders: Batches, die jeder Worker im Voraus lädt (PyTorch-Standard 2).</translation>
        </message>
        <message>
            <source>Host memory per training process</source>
            <translation>Hostspeicher pro Trainingsprozess</translation>
        </message>
        <message>
            <source>Resident memory of one PyTorch training process before data: the Python interpreter, CUDA and cuDNN host libraries and the framework, typically 2-4 GiB.</source>
            <translation>Residenter Speicher eines PyTorch-Trainingsprozesses ohne Daten: Python-Interpreter, Host-Bibliotheken von CUDA und cuDNN sowie das Framework, typischerweise 2–4 GiB.</translation>
        </message>
        <message>
            <source>Host memory per data-loader worker</source>
            <translation>Hostspeicher pro DataLoader-Worker</translation>
        </message>
        <message>
            <source>Resident memory of one DataLoader worker process (a forked Python process with its dataset object); copy-on-write reference counting makes it grow toward the dataset object's size (PyTorch issue #13246).</source>
            <translation>Residenter Speicher eines DataLoader-Worker-Prozesses (ein geforkter Python-Prozess mit seinem Dataset-Objekt); durch Copy-on-Write beim Referenzzählen wächst er bis zur Größe des Dataset-Objekts (PyTorch-Issue #13246).</translation>
        </message>
        <message>
            <source>System RAM price per GB</source>
            <translation>Preis für Arbeitsspeicher pro GB</translation>
        </message>
        <message>
            <source>Retail price of DDR5 desktop/workstation memory, about £2.5-4 per GB in 2024.</source>
            <translation>Einzelhandelspreis für DDR5-Desktop-/Workstation-Speicher, 2024 etwa 2,5–4 £ pro GB.</translation>
        </message>
        <message>
            <source>CPU and platform power</source>
            <translation>Leistung von CPU und Plattform</translation>
        </message>
        <message>
            <source>Power of the CPU, board, RAM, drives and fans: a desktop CPU's 125-250 W package power plus about 50 W for the rest.</source>
            <translation>Leistung von CPU, Mainboard, RAM, Laufwerken und Lüftern: 125–250 W Package-Leistung einer Desktop-CPU plus etwa 50 W für den Rest.</translation>
        </message>
        <message>
            <source>Power supply margin</source>
            <translation>Netzteilreserve</translation>
        </message>
        <message>
            <source>Extra PSU capacity over the summed rated power, for GPU transient spikes (up to 2x TDP for milliseconds on recent cards) and to run the PSU near its efficiency sweet spot; ATX 3.0 and GPU vendors' PSU recommendations imply 20-30%.</source>
            <translation>Zusätzliche Netzteilkapazität über der summierten Nennleistung, für kurze GPU-Lastspitzen (bei aktuellen Karten bis zu 2× TDP für Millisekunden) und damit das Netzteil nahe seinem besten Wirkungsgrad läuft; ATX 3.0 und die Netzteilempfehlungen der GPU-Hersteller legen 20–30 % nahe.</translation>
        </message>
        <message>
            <source>SSD price per GB</source>
            <translation>SSD-Preis pro GB</translation>
        </message>
        <message>
            <source>Retail price of NVMe SSD storage, about £0.05-0.10 per GB in 2024.</source>
            <translation>Einzelhandelspreis für NVMe-SSD-Speicher, 2024 etwa 0,05–0,10 £ pro GB.</translation>
        </message>
        <message>
            <source>HDD price per GB</source>
            <translation>HDD-Preis pro GB</translation>
        </message>
        <message>
            <source>Retail price of 3.5" hard disks, about £0.015-0.025 per GB in 2024.</source>
            <translation>Einzelhandelspreis für 3,5"-Festplatten, 2024 etwa 0,015–0,025 £ pro GB.</translation>
        </message>
        <message>
            <source>HDD sequential read</source>
            <translation>HDD sequenzielles Lesen</translation>
        </message>
        <message>
            <source>Sustained sequential read of one 7200 rpm hard disk, 150-250 MB/s; random reads of small files are far slower (about 100-200 IOPS).</source>
            <translation>Dauerhafte sequenzielle Leserate einer Festplatte mit 7200 U/min, 150–250 MB/s; zufällige Lesezugriffe auf kleine Dateien sind weit langsamer (etwa 100–200 IOPS).</translation>
        </message>
        <message>
            <source>SATA SSD read</source>
            <translation>SATA-SSD Lesen</translation>
        </message>
        <message>
            <source>SATA III tops out at 600 MB/s of line rate, about 550 MB/s in practice.</source>
            <translation>SATA III endet bei 600 MB/s Leitungsrate, in der Praxis etwa 550 MB/s.</translation>
        </message>
        <message>
            <source>NVMe SSD read</source>
            <translation>NVMe-SSD Lesen</translation>
        </message>
        <message>
            <source>A PCIe 3.0 x4 NVMe drive reads about 3,000-3,500 MB/s; PCIe 4.0 drives up to about 7,000 MB/s.</source>
            <translation>Eine NVMe-SSD mit PCIe 3.0 x4 liest etwa 3.000–3.500 MB/s; PCIe-4.0-Laufwerke bis zu etwa 7.000 MB/s.</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3 (got %4).</source>
            <translation>%1 muss zwischen %2 und %3 liegen (erhalten: %4).</translation>
        </message>
        <message>
            <source>Gradients freed after each step</source>
            <translation>Gradienten nach jedem Schritt freigegeben</translation>
        </message>
        <message>
            <source>Memory the CUDA context, library handles and loaded kernels take outside PyTorch's allocator: 715-781 MiB measured on an H200 across 16 workloads (PyTorch 2.11, CUDA 13, lazy module loading; Headroom's calibration runs); 1,343 MiB on a V100 with CUDA 11.2 (Hugging Face, "Efficient training on a single GPU").</source>
            <translation>Speicher, den CUDA-Kontext, Bibliotheks-Handles und geladene Kernels außerhalb des PyTorch-Allocators belegen: 715–781 MiB gemessen auf einer H200 über 16 Workloads (PyTorch 2.11, CUDA 13, Lazy Module Loading; Kalibrierungsläufe von Headroom); 1.343 MiB auf einer V100 mit CUDA 11.2 (Hugging Face, „Efficient training on a single GPU“).</translation>
        </message>
        <message>
            <source>Share of allocated memory the PyTorch caching allocator holds on top (block rounding to 512 B and 2 MiB/20 MiB segments, split blocks). Measured 2% to 28% on an H200 (median 8%, 16 workloads, Headroom's calibration runs); PyTorch docs, "CUDA semantics: memory management". A rule of thumb, not a law: set it from torch.cuda.memory_reserved()/memory_allocated().</source>
            <translation>Anteil des belegten Speichers, den der Caching-Allocator von PyTorch zusätzlich hält (Blockrundung auf 512 B und Segmente von 2 MiB/20 MiB, geteilte Blöcke). Gemessen 2 % bis 28 % auf einer H200 (Median 8 %, 16 Workloads, Kalibrierungsläufe von Headroom); PyTorch-Dokumentation, „CUDA semantics: memory management“. Eine Faustregel, kein Gesetz: Setzen Sie den Wert aus torch.cuda.memory_reserved()/memory_allocated().</translation>
        </message>
        <message>
            <source>cuBLAS workspace per handle: PyTorch's default CUBLAS_WORKSPACE_CONFIG is :4096:8 (32 MiB) on Hopper and about 8 MiB on older GPUs (PyTorch docs, reproducibility). A flat 5-10% for workspaces would overstate it; large temporaries are counted as tensors instead.</source>
            <translation>cuBLAS-Workspace pro Handle: Die PyTorch-Voreinstellung CUBLAS_WORKSPACE_CONFIG ist :4096:8 (32 MiB) auf Hopper und etwa 8 MiB auf älteren GPUs (PyTorch-Dokumentation, Reproduzierbarkeit). Pauschal 5–10 % für Workspaces wären zu hoch gegriffen; große temporäre Tensoren werden stattdessen als Tensoren gezählt.</translation>
        </message>
        <message>
            <source>1: zero_grad(set_to_none=True) frees the gradients after each step (the default since PyTorch 2.0, used by the Hugging Face Trainer and Lightning); backward allocates them while it frees activations, so on one GPU without gradient accumulation they are not live at the activation peak (measured on an H200 in Headroom's calibration runs). 0: they stay allocated (set_to_none=False, the PyTorch 1.x default).</source>
            <translation>1: zero_grad(set_to_none=True) gibt die Gradienten nach jedem Schritt frei (Voreinstellung seit PyTorch 2.0, genutzt vom Hugging Face Trainer und von Lightning); Backward legt sie an, während es Aktivierungen freigibt, daher sind sie auf einer GPU ohne Gradientenakkumulation zur Aktivierungsspitze nicht belegt (gemessen auf einer H200 in den Kalibrierungsläufen von Headroom). 0: Sie bleiben belegt (set_to_none=False, Voreinstellung von PyTorch 1.x).</translation>
        </message>
        <message>
            <source>Share of GPU memory a recommended build keeps free for longer sequences, bigger batches and library changes. A planning choice, not a measurement: the allocator's own reserve varied from 2% to 28% across workloads on an H200 (Headroom's calibration runs), and a longer sequence or a bigger batch grows memory further.</source>
            <translation>Anteil des GPU-Speichers, den ein empfohlener Aufbau für längere Sequenzen, größere Batches und Bibliotheksänderungen frei lässt. Eine Planungsentscheidung, keine Messung: Die eigene Reserve des Allocators lag auf einer H200 je nach Workload zwischen 2 % und 28 % (Kalibrierungsläufe von Headroom), und eine längere Sequenz oder ein größerer Batch lässt den Speicher weiter wachsen.</translation>
        </message>
        <message>
            <source>Memory bandwidth utilisation (decoding)</source>
            <translation>Speicherbandbreiten-Auslastung (Decodierung)</translation>
        </message>
        <message>
            <source>Share of the GPU's peak memory bandwidth a decode step achieves while it reads the weights and the KV cache. Decoding one sequence in llama.cpp reaches roughly 60-80% of the peak (an RTX 4090, 1,008 GB/s, decodes a 7B model at about 150 tokens/s in Q4_0, 3.8 GB, and about 60 in fp16, 13.5 GB, in llama.cpp's published CUDA benchmarks); the default takes the lower end, so speeds err on the slow side.</source>
            <translation>Anteil der Spitzen-Speicherbandbreite der GPU, den ein Decodierschritt beim Lesen der Gewichte und des KV-Cache erreicht. Das Decodieren einer Sequenz erreicht in llama.cpp etwa 60–80 % der Spitze (eine RTX 4090 mit 1.008 GB/s decodiert ein 7B-Modell mit etwa 150 Tokens/s in Q4_0, 3,8 GB, und etwa 60 in fp16, 13,5 GB, laut den veröffentlichten CUDA-Benchmarks von llama.cpp); die Voreinstellung nimmt das untere Ende, Geschwindigkeiten fallen also eher zu langsam aus.</translation>
        </message>
        <message>
            <source>Optimizer step builds a full-size temporary</source>
            <translation>Optimizer-Schritt legt einen Zwischenspeicher voller Größe an</translation>
        </message>
        <message>
            <source>1: torch.optim's foreach Adam/AdamW/Lion (the default on CUDA when neither foreach nor fused is given, torch/optim/optimizer.py _default_to_fused_or_foreach) builds one temporary the size of the optimizer state during step(), e.g. _foreach_sqrt(exp_avg_sqs) in torch/optim/adamw.py. 0: fused=True (torch._fused_adamw_, the Hugging Face Trainer's adamw_torch_fused default from PyTorch 2.8), DeepSpeed's FusedAdam, or a per-parameter loop (transformers' old AdamW, PyTorch 1.x's for-loop Adam) updates in place.</source>
            <translation>1: Das foreach-Adam/AdamW/Lion von torch.optim (Voreinstellung auf CUDA, wenn weder foreach noch fused angegeben ist, torch/optim/optimizer.py _default_to_fused_or_foreach) legt während step() einen temporären Tensor in der Größe des Optimiererzustands an, z. B. _foreach_sqrt(exp_avg_sqs) in torch/optim/adamw.py. 0: fused=True (torch._fused_adamw_, ab PyTorch 2.8 die Voreinstellung adamw_torch_fused des Hugging-Face-Trainers), FusedAdam von DeepSpeed oder eine Schleife pro Parameter (das alte AdamW von transformers, das Schleifen-Adam von PyTorch 1.x) aktualisieren an Ort und Stelle.</translation>
        </message>
        <message>
            <source>KV cache keeps the MLA latent</source>
            <translation>KV-Cache behält das MLA-Latent</translation>
        </message>
        <message>
            <source>Multi-head latent attention (DeepSeek-V2/V3). 0: the cache holds the decompressed keys and values, heads × (qk_nope + qk_rope + v_head_dim) per token and layer, as Hugging Face transformers stores key_states and value_states. 1: it holds the compressed latent and the shared rotary key, kv_lora_rank + qk_rope_head_dim per token and layer, as vLLM's and SGLang's MLA backends do (vllm/attention/backends/mla/common.py: "a single latent vector ... per-token entry of the KV cache").</source>
            <translation>Multi-Head Latent Attention (DeepSeek-V2/V3). 0: Der Cache hält die dekomprimierten Keys und Values, Heads × (qk_nope + qk_rope + v_head_dim) pro Token und Schicht, wie Hugging Face transformers key_states und value_states speichert. 1: Er hält das komprimierte Latent und den geteilten rotierenden Key, kv_lora_rank + qk_rope_head_dim pro Token und Schicht, wie es die MLA-Backends von vLLM und SGLang tun (vllm/attention/backends/mla/common.py: „a single latent vector ... per-token entry of the KV cache“).</translation>
        </message>
    </context>
    <context>
        <name>AttributeValidator</name>
        <message>
            <source>Enter a value.</source>
            <translation>Bitte einen Wert eingeben.</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>„%1“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>Must be a whole number.</source>
            <translation>Muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>Must be between %1 and %2.</source>
            <translation>Muss zwischen %1 und %2 liegen.</translation>
        </message>
    </context>
    <context>
        <name>AutosaveRecovery</name>
        <message>
            <source>an untitled plan</source>
            <translation>einen unbenannten Plan</translation>
        </message>
        <message>
            <source>The recovery file for %1 is damaged (%2). It was kept as %3.</source>
            <translation>Die Wiederherstellungsdatei für %1 ist beschädigt (%2). Sie wurde als %3 aufbewahrt.</translation>
        </message>
        <message>
            <source>The recovery file %1 is damaged (%2).</source>
            <translation>Die Wiederherstellungsdatei %1 ist beschädigt (%2).</translation>
        </message>
    </context>
    <context>
        <name>BuildReport</name>
        <message>
            <source>The plan does not evaluate: %1</source>
            <translation>Der Plan lässt sich nicht auswerten: %1</translation>
        </message>
        <message>
            <source>Headroom build report: %1</source>
            <translation>Headroom-Konfigurationsbericht: %1</translation>
        </message>
        <message>
            <source>Headroom %1 build report</source>
            <translation>Headroom-%1-Konfigurationsbericht</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Storage and RAM costs</source>
            <translation>Speicher- und RAM-Kosten</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Enthält</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>dataset %1, %2 × checkpoint %3, logs %4</source>
            <translation>Datensatz %1, %2 × Checkpoint %3, Logs %4</translation>
        </message>
        <message>
            <source>All on NVMe SSD</source>
            <translation>Alles auf NVMe-SSD</translation>
        </message>
        <message>
            <source>All on HDD</source>
            <translation>Alles auf HDD</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybrid</translation>
        </message>
        <message>
            <source>dataset and logs on SSD, checkpoints on HDD</source>
            <translation>Datensatz und Logs auf SSD, Checkpoints auf HDD</translation>
        </message>
        <message>
            <source>System RAM</source>
            <translation>Arbeitsspeicher</translation>
        </message>
        <message>
            <source>needs %1, rule of thumb %2, bought as %3 × %4 GB</source>
            <translation>benötigt %1, Faustregel %2, gekauft als %3 × %4 GB</translation>
        </message>
        <message>
            <source>%1 %2 MB/s%3</source>
            <translation>%1 %2 MB/s%3</translation>
        </message>
        <message>
            <source> (too slow)</source>
            <translation> (zu langsam)</translation>
        </message>
        <message>
            <source>The input pipeline reads %1 MB/s at the estimated throughput; media: %2.</source>
            <translation>Die Eingabe-Pipeline liest beim geschätzten Durchsatz %1 MB/s; Datenträger: %2.</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>RAM</source>
            <translation>RAM</translation>
        </message>
        <message>
            <source>RAM cost</source>
            <translation>RAM-Kosten</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Speicherplatz</translation>
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
            <translation>Host-RAM und Speicherplatz nach Szenario</translation>
        </message>
        <message>
            <source>Assumptions and sources</source>
            <translation>Annahmen und Quellen</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source> (edited)</source>
            <translation> (bearbeitet)</translation>
        </message>
        <message>
            <source>What this estimate does not cover</source>
            <translation>Was diese Schätzung nicht abdeckt</translation>
        </message>
        <message>
            <source>Headroom models what PyTorch holds on a GPU at the peak of a training or inference step, from the architecture and the settings above. It does not see framework versions, custom kernels, memory held by other processes, data-dependent shapes (variable sequence lengths, mixture-of-experts routing imbalance) or allocator behaviour beyond the fragmentation allowance. Speed and cost come from peak throughput at an assumed utilisation, not from measurement; prices are catalog values and change. Verify on the hardware with torch.cuda.max_memory_allocated() before buying.</source>
            <translation>Headroom modelliert aus der Architektur und den obigen Einstellungen, was PyTorch auf einer GPU zum Spitzenzeitpunkt eines Trainings- oder Inferenzschritts belegt. Nicht berücksichtigt werden Framework-Versionen, eigene Kernels, Speicher anderer Prozesse, datenabhängige Formen (variable Sequenzlängen, ungleiches Routing bei Mixture-of-Experts) und Allocator-Verhalten über den Fragmentierungszuschlag hinaus. Tempo und Kosten beruhen auf dem Spitzendurchsatz bei einer angenommenen Auslastung, nicht auf Messungen; Preise sind Katalogwerte und ändern sich. Prüfen Sie das Ergebnis vor dem Kauf auf der Hardware mit torch.cuda.max_memory_allocated().</translation>
        </message>
        <message>
            <source>Scenario comparison</source>
            <translation>Szenariovergleich</translation>
        </message>
        <message>
            <source>Per-GPU figures for each pinned scenario. The best value of each row is shaded green; the second line of a cell is the difference against the baseline, %1.</source>
            <translation>Werte pro GPU für jedes angeheftete Szenario. Der beste Wert jeder Zeile ist grün hinterlegt; die zweite Zeile einer Zelle ist die Differenz zur Basis, %1.</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Setup</source>
            <translation>Aufbau</translation>
        </message>
        <message>
            <source>%1 × %2, %3</source>
            <translation>%1 × %2, %3</translation>
        </message>
        <message>
            <source>Memory per GPU by scenario</source>
            <translation>Speicher pro GPU nach Szenario</translation>
        </message>
        <message>
            <source>Throughput against GPU count</source>
            <translation>Durchsatz über der GPU-Anzahl</translation>
        </message>
        <message>
            <source>GPUs of the scenario's type</source>
            <translation>GPUs vom Typ des Szenarios</translation>
        </message>
        <message>
            <source>samples/s</source>
            <translation>Samples/s</translation>
        </message>
        <message>
            <source>Cost of the run against GPU count</source>
            <translation>Kosten des Laufs über der GPU-Anzahl</translation>
        </message>
        <message>
            <source>%1: ~85% at 8 GPUs</source>
            <translation>%1: ~85 % bei 8 GPUs</translation>
        </message>
        <message>
            <source>Throughput and cost against GPU count</source>
            <translation>Durchsatz und Kosten über der GPU-Anzahl</translation>
        </message>
        <message>
            <source>Each scenario's workload on 1, 2, 4 and 8 of its GPUs. Dashed: the rule of thumb of about 85% scaling efficiency at 8 GPUs, for reference; it is not computed.</source>
            <translation>Der Workload jedes Szenarios auf 1, 2, 4 und 8 seiner GPUs. Gestrichelt: die Faustregel von etwa 85 % Skalierungseffizienz bei 8 GPUs, zum Vergleich; sie wird nicht berechnet.</translation>
        </message>
        <message>
            <source>Headroom build report</source>
            <translation>Headroom-Konfigurationsbericht</translation>
        </message>
        <message>
            <source>%1 — generated %2 by Headroom %3</source>
            <translation>%1 — erstellt am %2 von Headroom %3</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>Eigenes Modell</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Trainable parameters</source>
            <translation>Trainierbare Parameter</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Schichten</translation>
        </message>
        <message>
            <source>%1 layers run per forward pass</source>
            <translation>%1 Schichten pro Forward-Pass ausgeführt</translation>
        </message>
        <message>
            <source>Input per sample</source>
            <translation>Eingabe pro Sample</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Micro-batch</source>
            <translation>Micro-Batch</translation>
        </message>
        <message>
            <source>%1 (gradient accumulation %2)</source>
            <translation>%1 (Gradientenakkumulation %2)</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Präzision</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizer</translation>
        </message>
        <message>
            <source>Activation checkpointing</source>
            <translation>Activation Checkpointing</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Parallel layout</source>
            <translation>Parallelisierung</translation>
        </message>
        <message>
            <source>Workload and architecture</source>
            <translation>Workload und Architektur</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Estimated step time %1, %2 samples/s, scaling efficiency %3. A run of %4 samples takes %5 h and costs %6.</source>
            <translation>Geschätzte Schrittzeit %1, %2 Samples/s, Skalierungseffizienz %3. Ein Lauf über %4 Samples dauert %5 h und kostet %6.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Posten</translation>
        </message>
        <message>
            <source>Specification</source>
            <translation>Spezifikation</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPUs</translation>
        </message>
        <message>
            <source>%1, %2 each</source>
            <translation>%1, je %2</translation>
        </message>
        <message>
            <source>%1 × %2 GB DIMMs (%3 recommended per node)</source>
            <translation>%1 × %2-GB-DIMMs (%3 empfohlen pro Knoten)</translation>
        </message>
        <message>
            <source>NVMe SSD for %1 (dataset, %2 checkpoints, logs)</source>
            <translation>NVMe-SSD für %1 (Datensatz, %2 Checkpoints, Logs)</translation>
        </message>
        <message>
            <source>HDD (alternative)</source>
            <translation>HDD (Alternative)</translation>
        </message>
        <message>
            <source>Hard disks for the same %1: %2 instead of the SSD (not in the total)</source>
            <translation>Festplatten für dieselben %1: %2 statt der SSD (nicht in der Summe)</translation>
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
            <translation>%1 Kerne, Plattform %2, %3 PCIe-Lanes</translation>
        </message>
        <message>
            <source>not priced</source>
            <translation>ohne Preis</translation>
        </message>
        <message>
            <source>PSU</source>
            <translation>Netzteil</translation>
        </message>
        <message>
            <source>%1 W (needs %2 W with margin)</source>
            <translation>%1 W (benötigt %2 W mit Reserve)</translation>
        </message>
        <message>
            <source>%1 W needed: more than one supply</source>
            <translation>%1 W benötigt: mehr als ein Netzteil</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>priced items</source>
            <translation>Posten mit Preis</translation>
        </message>
        <message>
            <source>Recommended build</source>
            <translation>Empfohlene Konfiguration</translation>
        </message>
        <message>
            <source>Memory breakdown per GPU</source>
            <translation>Speicheraufteilung pro GPU</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>Formel</translation>
        </message>
        <message>
            <source>sum of the components above</source>
            <translation>Summe der obigen Komponenten</translation>
        </message>
        <message>
            <source>Total per GPU</source>
            <translation>Summe pro GPU</translation>
        </message>
        <message>
            <source>Memory per GPU against micro-batch size</source>
            <translation>Speicher pro GPU über der Micro-Batch-Größe</translation>
        </message>
        <message>
            <source>micro-batch</source>
            <translation>Micro-Batch</translation>
        </message>
        <message>
            <source>GiB</source>
            <translation>GiB</translation>
        </message>
        <message>
            <source>Visible memory of %1</source>
            <translation>Sichtbarer Speicher von %1</translation>
        </message>
        <message>
            <source>Batch-size sweep</source>
            <translation>Batch-Größen-Durchlauf</translation>
        </message>
        <message>
            <source>Fits</source>
            <translation>Passt</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Runtime profile</source>
            <translation>Laufzeitprofil</translation>
        </message>
    </context>
    <context>
        <name>ClassicalMl</name>
        <message>
            <source>Input X: %1 rows × %2 features × %3 bytes, plus y = %4</source>
            <translation>Eingabe X: %1 Zeilen × %2 Merkmale × %3 Bytes, plus y = %4</translation>
        </message>
        <message>
            <source>float32 copy of X: %1</source>
            <translation>float32-Kopie von X: %1</translation>
        </message>
        <message>
            <source>%1 trees × %2 nodes × (64 + 8 × %3 classes) bytes = %4</source>
            <translation>%1 Bäume × %2 Knoten × (64 + 8 × %3 Klassen) Bytes = %4</translation>
        </message>
        <message>
            <source>%1 job(s) × rows × 20 bytes of sample indices, weights and feature buffer = %2</source>
            <translation>%1 Job(s) × Zeilen × 20 Bytes für Stichprobenindizes, Gewichte und Merkmalspuffer = %2</translation>
        </message>
        <message>
            <source>DMatrix CSR %1 + quantised bins %2 bytes per cell</source>
            <translation>DMatrix-CSR %1 + quantisierte Bins %2 Bytes pro Zelle</translation>
        </message>
        <message>
            <source>gradients %1 + histograms %2 nodes × %3 features × %4 bins × 16 bytes × %5 thread(s)</source>
            <translation>Gradienten %1 + Histogramme %2 Knoten × %3 Merkmale × %4 Bins × 16 Bytes × %5 Thread(s)</translation>
        </message>
        <message>
            <source>model: %1 rounds × %2 trees per round × nodes × 40 bytes = %3</source>
            <translation>Modell: %1 Runden × %2 Bäume pro Runde × Knoten × 40 Bytes = %3</translation>
        </message>
        <message>
            <source>fitted index: X as float64 + %1 indices + %2 tree nodes with bounds = %3</source>
            <translation>angepasster Index: X als float64 + %1 Indizes + %2 Baumknoten mit Grenzen = %3</translation>
        </message>
        <message>
            <source>query distance chunks, capped by working_memory (1 GiB) = %1</source>
            <translation>Abstandsblöcke der Abfrage, begrenzt durch working_memory (1 GiB) = %1</translation>
        </message>
        <message>
            <source>precomputed kernel matrix %1 × %1 × 8 bytes = %2</source>
            <translation>vorberechnete Kernelmatrix %1 × %1 × 8 Bytes = %2</translation>
        </message>
        <message>
            <source>libsvm kernel cache (cache_size) 200 MB</source>
            <translation>libsvm-Kernel-Cache (cache_size) 200 MB</translation>
        </message>
        <message>
            <source>support vectors (at most every row) and dual coefficients = %1</source>
            <translation>Stützvektoren (höchstens jede Zeile) und duale Koeffizienten = %1</translation>
        </message>
        <message>
            <source>float64 copy of X for centring: %1</source>
            <translation>float64-Kopie von X zum Zentrieren: %1</translation>
        </message>
        <message>
            <source>predictions and gradients: 2 × rows × %1 × 8 bytes = %2</source>
            <translation>Vorhersagen und Gradienten: 2 × Zeilen × %1 × 8 Bytes = %2</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Lists the built-in architectures with their published parameter counts.</source>
            <translation>Listet die eingebauten Architekturen mit ihren veröffentlichten Parameterzahlen auf.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>JSON ausgeben.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Lists the GPU catalog.</source>
            <translation>Listet den GPU-Katalog auf.</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Speicher</translation>
        </message>
        <message>
            <source>BF16/FP16 TFLOPS</source>
            <translation>BF16/FP16-TFLOPS</translation>
        </message>
        <message>
            <source>Price (%1)</source>
            <translation>Preis (%1)</translation>
        </message>
        <message>
            <source>Model:     %1 (%2 parameters, input %3)</source>
            <translation>Modell:    %1 (%2 Parameter, Eingabe %3)</translation>
        </message>
        <message>
            <source>Workload:  %1, %2 %3, %4, %5, checkpointing %6</source>
            <translation>Workload:  %1, %2 %3, %4, %5, Checkpointing %6</translation>
        </message>
        <message>
            <source>sequences</source>
            <translation>Sequenzen</translation>
        </message>
        <message>
            <source>micro-batch</source>
            <translation>Micro-Batch</translation>
        </message>
        <message>
            <source>context %1</source>
            <translation>Kontext %1</translation>
        </message>
        <message>
            <source>GPU:       %1 (%2 GiB)</source>
            <translation>GPU:       %1 (%2 GiB)</translation>
        </message>
        <message>
            <source>GPU:       %1 is not in the catalog</source>
            <translation>GPU:       %1 ist nicht im Katalog</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>Formel</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>GPU memory %1, driver reserve %2, visible %3, usable after the CUDA context %4</source>
            <translation>GPU-Speicher %1, Treiberreserve %2, sichtbar %3, nutzbar nach dem CUDA-Kontext %4</translation>
        </message>
        <message>
            <source>Architecture preset (see 'presets').</source>
            <translation>Architektur-Vorlage (siehe „presets“).</translation>
        </message>
        <message>
            <source>GPU id (see 'gpus').</source>
            <translation>GPU-ID (siehe „gpus“).</translation>
        </message>
        <message>
            <source>train, finetune or inference.</source>
            <translation>train, finetune oder inference.</translation>
        </message>
        <message>
            <source>Micro-batch size (inference: sequences).</source>
            <translation>Micro-Batch-Größe (Inferenz: Sequenzen).</translation>
        </message>
        <message>
            <source>Gradient accumulation steps (pipeline micro-batches per step).</source>
            <translation>Schritte der Gradientenakkumulation (Pipeline-Micro-Batches pro Schritt).</translation>
        </message>
        <message>
            <source>Sequence length in tokens.</source>
            <translation>Sequenzlänge in Tokens.</translation>
        </message>
        <message>
            <source>Image height and width in pixels.</source>
            <translation>Bildhöhe und -breite in Pixeln.</translation>
        </message>
        <message>
            <source>fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8 or int4.</source>
            <translation>fp32, tf32, fp16-amp, bf16-amp, fp16, bf16, fp8, int8 oder int4.</translation>
        </message>
        <message>
            <source>sgd, momentum, adam, adamw, adam8bit, adafactor or lion.</source>
            <translation>sgd, momentum, adam, adamw, adam8bit, adafactor oder lion.</translation>
        </message>
        <message>
            <source>none, full or selective.</source>
            <translation>none, full oder selective.</translation>
        </message>
        <message>
            <source>Use FlashAttention.</source>
            <translation>FlashAttention verwenden.</translation>
        </message>
        <message>
            <source>Inference: KV-cache tokens per sequence.</source>
            <translation>Inferenz: Tokens im KV-Cache pro Sequenz.</translation>
        </message>
        <message>
            <source>Number of GPUs, all nodes together.</source>
            <translation>Anzahl der GPUs über alle Knoten zusammen.</translation>
        </message>
        <message>
            <source>Number of machines.</source>
            <translation>Anzahl der Rechner.</translation>
        </message>
        <message>
            <source>DeepSpeed ZeRO stage 0, 1, 2 or 3.</source>
            <translation>DeepSpeed-ZeRO-Stufe 0, 1, 2 oder 3.</translation>
        </message>
        <message>
            <source>PyTorch FSDP full sharding (ZeRO-3 semantics).</source>
            <translation>PyTorch FSDP mit vollem Sharding (Semantik wie ZeRO-3).</translation>
        </message>
        <message>
            <source>CPU offload: optimizer or params.</source>
            <translation>CPU-Offload: optimizer oder params.</translation>
        </message>
        <message>
            <source>Tensor-parallel size.</source>
            <translation>Tensor-Parallel-Größe.</translation>
        </message>
        <message>
            <source>Sequence parallelism (with --tp).</source>
            <translation>Sequenzparallelität (mit --tp).</translation>
        </message>
        <message>
            <source>Pipeline-parallel stages.</source>
            <translation>Pipeline-Parallel-Stufen.</translation>
        </message>
        <message>
            <source>Micro-batches the first pipeline stage holds (default: --pp).</source>
            <translation>Micro-Batches, die die erste Pipeline-Stufe hält (Standard: --pp).</translation>
        </message>
        <message>
            <source>Samples the run trains on (default 1,000,000).</source>
            <translation>Samples, auf denen der Lauf trainiert (Standard 1.000.000).</translation>
        </message>
        <message>
            <source>Tokens the run trains on (instead of --samples).</source>
            <translation>Tokens, auf denen der Lauf trainiert (statt --samples).</translation>
        </message>
        <message>
            <source>Dataset size on disk in GB (default: estimated from the run).</source>
            <translation>Größe des Datensatzes auf der Platte in GB (Standard: aus dem Lauf geschätzt).</translation>
        </message>
        <message>
            <source>Checkpoints kept on disk (default 3).</source>
            <translation>Auf der Platte behaltene Checkpoints (Standard 3).</translation>
        </message>
        <message>
            <source>Architecture from a Hugging Face config.json (precision from its torch_dtype).</source>
            <translation>Architektur aus einer Hugging-Face-config.json (Präzision aus deren torch_dtype).</translation>
        </message>
        <message>
            <source>give at most one plan file</source>
            <translation>höchstens eine Plandatei angeben</translation>
        </message>
        <message>
            <source>give a plan file, --preset ID or --hf-config FILE</source>
            <translation>eine Plandatei, --preset ID oder --hf-config DATEI angeben</translation>
        </message>
        <message>
            <source>unknown preset "%1"; 'headroom-cli presets' lists them</source>
            <translation>unbekannte Vorlage „%1“; „headroom-cli presets“ listet sie auf</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3 (got "%4")</source>
            <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein (erhalten: „%4“)</translation>
        </message>
        <message>
            <source>--%1 must be a positive number (got "%2")</source>
            <translation>--%1 muss eine positive Zahl sein (erhalten: „%2“)</translation>
        </message>
        <message>
            <source>--%1: "%2" is not one of %3</source>
            <translation>--%1: „%2“ ist keiner der Werte %3</translation>
        </message>
        <message>
            <source>unknown GPU "%1"; 'headroom-cli gpus' lists them</source>
            <translation>unbekannte GPU „%1“; „headroom-cli gpus“ listet sie auf</translation>
        </message>
        <message>
            <source>Per GPU:   %1</source>
            <translation>Pro GPU:   %1</translation>
        </message>
        <message>
            <source>Speed:     %1 samples/s%2 (step %3 s; %4 TFLOPS %5 peak × %6 MFU%7%8)</source>
            <translation>Tempo:     %1 Samples/s%2 (Schritt %3 s; %4 TFLOPS %5 Spitze × %6 MFU%7%8)</translation>
        </message>
        <message>
            <source>, %1 tokens/s</source>
            <translation>, %1 Tokens/s</translation>
        </message>
        <message>
            <source>; all-reduce %1 s over %2</source>
            <translation>; All-Reduce %1 s über %2</translation>
        </message>
        <message>
            <source>; pipeline bubble %1%</source>
            <translation>; Pipeline-Bubble %1 %</translation>
        </message>
        <message>
            <source>Scaling:   %1% efficiency vs one GPU (computed); rule of thumb from the article: ~85% at 8 GPUs</source>
            <translation>Skalierung: %1 % Effizienz gegenüber einer GPU (berechnet); Faustregel des Artikels: ~85 % bei 8 GPUs</translation>
        </message>
        <message>
            <source>Run:       %1 samples in %2 h (%3 GPU-hours), %4 kWh; cost %5 %6 (%7), %8 per million samples; GPUs cost %9 to buy</source>
            <translation>Lauf:      %1 Samples in %2 h (%3 GPU-Stunden), %4 kWh; Kosten %5 %6 (%7), %8 pro Million Samples; Kaufpreis der GPUs %9</translation>
        </message>
        <message>
            <source>rented</source>
            <translation>gemietet</translation>
        </message>
        <message>
            <source>owned: amortised + energy</source>
            <translation>eigene: Abschreibung + Energie</translation>
        </message>
        <message>
            <source>Host RAM:  %1 per node as %2 × %3 GB DIMMs (%4 %5); plan needs %6, rule of thumb %7</source>
            <translation>Host-RAM:  %1 pro Knoten als %2 × %3-GB-DIMMs (%4 %5); der Plan braucht %6, Faustregel %7</translation>
        </message>
        <message>
            <source>Host:      %1 CPU cores, PSU %2 (%3 W needed), %4 PCIe lanes: %5</source>
            <translation>Host:      %1 CPU-Kerne, Netzteil %2 (%3 W benötigt), %4 PCIe-Lanes: %5</translation>
        </message>
        <message>
            <source>%1 W</source>
            <translation>%1 W</translation>
        </message>
        <message>
            <source>of several supplies</source>
            <translation>aus mehreren Netzteilen</translation>
        </message>
        <message>
            <source>Storage:   %1 (dataset %2 + %3 × checkpoint %4 + logs %5): SSD %6, HDD %7, hybrid %8 %9</source>
            <translation>Speicher:  %1 (Datensatz %2 + %3 × Checkpoint %4 + Logs %5): SSD %6, HDD %7, hybrid %8 %9</translation>
        </message>
        <message>
            <source>Input I/O: %1 MB/s needed; HDD %2, SATA SSD %3, NVMe %4</source>
            <translation>Eingabe-I/O: %1 MB/s benötigt; HDD %2, SATA-SSD %3, NVMe %4</translation>
        </message>
        <message>
            <source>I/O-bound</source>
            <translation>I/O-begrenzt</translation>
        </message>
        <message>
            <source>keeps up</source>
            <translation>hält mit</translation>
        </message>
        <message>
            <source>Imports a model description (a Hugging Face config.json or an ONNX file) and prints its summary.</source>
            <translation>Importiert eine Modellbeschreibung (eine Hugging-Face-config.json oder eine ONNX-Datei) und gibt ihre Zusammenfassung aus.</translation>
        </message>
        <message>
            <source>config.json of a Hugging Face model, or a .onnx file.</source>
            <translation>config.json eines Hugging-Face-Modells oder eine .onnx-Datei.</translation>
        </message>
        <message>
            <source>give one file to import</source>
            <translation>eine Datei zum Importieren angeben</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Model:       %1 (%2)</source>
            <translation>Modell:      %1 (%2)</translation>
        </message>
        <message>
            <source>Parameters:  %1 (active per token %2)</source>
            <translation>Parameter:   %1 (aktiv pro Token %2)</translation>
        </message>
        <message>
            <source>Layers:      %1 (%2 attention)</source>
            <translation>Schichten:   %1 (%2 Attention)</translation>
        </message>
        <message>
            <source>Precision:   %1</source>
            <translation>Präzision:   %1</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>ONNX:        %1 of %2 nodes mapped; kept as generic ops: %3</source>
            <translation>ONNX:        %1 von %2 Knoten zugeordnet; als generische Ops behalten: %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Computes the per-GPU memory breakdown, speed, cost, host RAM and storage of a plan. Flags override the file.</source>
            <translation>Berechnet die Speicheraufteilung pro GPU, Tempo, Kosten, Host-RAM und Speicherplatz eines Plans. Optionen überschreiben die Datei.</translation>
        </message>
        <message>
            <source>A .headroom plan file (optional with --preset).</source>
            <translation>Eine .headroom-Plandatei (optional mit --preset).</translation>
        </message>
        <message>
            <source>Also write the plan (with the flags applied) to FILE.</source>
            <translation>Den Plan (mit angewandten Optionen) zusätzlich in DATEI schreiben.</translation>
        </message>
        <message>
            <source>Name the plan.</source>
            <translation>Den Plan benennen.</translation>
        </message>
        <message>
            <source>Ranks GPU type × count (1, 2, 4, 8) × data parallel, ZeRO-2 and ZeRO-3 configurations that fit the plan with the safety margin.</source>
            <translation>Bewertet Kombinationen aus GPU-Typ × Anzahl (1, 2, 4, 8) × Datenparallelität, ZeRO-2 und ZeRO-3, in die der Plan mit Sicherheitsreserve passt.</translation>
        </message>
        <message>
            <source>Most the GPUs may cost to buy.</source>
            <translation>Höchster Kaufpreis der GPUs.</translation>
        </message>
        <message>
            <source>cost (purchase), time or cost-per-sample.</source>
            <translation>cost (Kaufpreis), time oder cost-per-sample.</translation>
        </message>
        <message>
            <source>Show the best N (default 10).</source>
            <translation>Die besten N zeigen (Standard 10).</translation>
        </message>
        <message>
            <source>--budget must be a positive number (got "%1")</source>
            <translation>--budget muss eine positive Zahl sein (erhalten: „%1“)</translation>
        </message>
        <message>
            <source>--rank: "%1" is not one of cost, time, cost-per-sample</source>
            <translation>--rank: „%1“ ist keiner der Werte cost, time, cost-per-sample</translation>
        </message>
        <message>
            <source>--top must be a whole number of at least 1</source>
            <translation>--top muss eine ganze Zahl von mindestens 1 sein</translation>
        </message>
        <message>
            <source>No configuration of up to 8 GPUs fits this plan with the safety margin.</source>
            <translation>Keine Konfiguration mit bis zu 8 GPUs fasst diesen Plan mit Sicherheitsreserve.</translation>
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
            <translation>Strategie</translation>
        </message>
        <message>
            <source>Per GPU</source>
            <translation>Pro GPU</translation>
        </message>
        <message>
            <source>Samples/s</source>
            <translation>Samples/s</translation>
        </message>
        <message>
            <source>Run (h)</source>
            <translation>Lauf (h)</translation>
        </message>
        <message>
            <source>Buy (%1)</source>
            <translation>Kauf (%1)</translation>
        </message>
        <message>
            <source>Per 1M samples</source>
            <translation>Pro 1 Mio. Samples</translation>
        </message>
        <message>
            <source>Host RAM for a classical (CPU) learner.</source>
            <translation>Host-RAM für ein klassisches (CPU-)Lernverfahren.</translation>
        </message>
        <message>
            <source>random-forest, xgboost, knn, svm or linear.</source>
            <translation>random-forest, xgboost, knn, svm oder linear.</translation>
        </message>
        <message>
            <source>Training rows.</source>
            <translation>Trainingszeilen.</translation>
        </message>
        <message>
            <source>Features per row.</source>
            <translation>Merkmale pro Zeile.</translation>
        </message>
        <message>
            <source>Classes (1 for regression).</source>
            <translation>Klassen (1 für Regression).</translation>
        </message>
        <message>
            <source>Trees or boosting rounds.</source>
            <translation>Bäume oder Boosting-Runden.</translation>
        </message>
        <message>
            <source>Maximum tree depth (0: unlimited).</source>
            <translation>Maximale Baumtiefe (0: unbegrenzt).</translation>
        </message>
        <message>
            <source>Parallel jobs (n_jobs).</source>
            <translation>Parallele Jobs (n_jobs).</translation>
        </message>
        <message>
            <source>SVM with a precomputed kernel matrix.</source>
            <translation>SVM mit vorberechneter Kernelmatrix.</translation>
        </message>
        <message>
            <source>--algorithm: "%1" is not one of random-forest, xgboost, knn, svm, linear</source>
            <translation>--algorithm: „%1“ ist keiner der Werte random-forest, xgboost, knn, svm, linear</translation>
        </message>
        <message>
            <source>--%1 must be a whole number of at least %2</source>
            <translation>--%1 muss eine ganze Zahl von mindestens %2 sein</translation>
        </message>
        <message>
            <source>Host RAM: %1; buy %2 × %3 GB DIMMs</source>
            <translation>Host-RAM: %1; %2 × %3-GB-DIMMs kaufen</translation>
        </message>
        <message>
            <source>no command given; try --help</source>
            <translation>kein Befehl angegeben; siehe --help</translation>
        </message>
        <message>
            <source>unknown command "%1"; try --help</source>
            <translation>unbekannter Befehl „%1“; siehe --help</translation>
        </message>
        <message>
            <source>this build has no PDF report (built without the GUI)</source>
            <translation>dieser Build hat keinen PDF-Bericht (ohne GUI gebaut)</translation>
        </message>
        <message>
            <source>Usage: headroom-cli COMMAND [options]</source>
            <translation>Aufruf: headroom-cli BEFEHL [Optionen]</translation>
        </message>
        <message>
            <source>Plans GPU memory for deep-learning workloads.</source>
            <translation>Plant GPU-Speicher für Deep-Learning-Workloads.</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Befehle:</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Optionen:</translation>
        </message>
        <message>
            <source>show this help (COMMAND --help for a command's options)</source>
            <translation>diese Hilfe anzeigen (BEFEHL --help für die Optionen eines Befehls)</translation>
        </message>
        <message>
            <source>show the version</source>
            <translation>die Version anzeigen</translation>
        </message>
        <message>
            <source>language of the human-readable output: en, de or zh_CN</source>
            <translation>Sprache der lesbaren Ausgabe: en, de oder zh_CN</translation>
        </message>
        <message>
            <source>(default: HEADROOM_LANG, else the locale; JSON is never translated)</source>
            <translation>(Standard: HEADROOM_LANG, sonst die Locale; JSON wird nie übersetzt)</translation>
        </message>
        <message>
            <source>memory, speed, cost, host RAM and storage of a plan file or preset</source>
            <translation>Speicher, Geschwindigkeit, Kosten, Host-RAM und Speicherplatz einer Plandatei oder Vorlage</translation>
        </message>
        <message>
            <source>rank GPU types, counts and sharding strategies that fit a plan</source>
            <translation>GPU-Typen, -Anzahlen und Sharding-Strategien, in die ein Plan passt, nach Rang ordnen</translation>
        </message>
        <message>
            <source>host RAM for a classical learner (forests, boosting, k-NN, SVM, linear)</source>
            <translation>Host-RAM für klassische Lernverfahren (Wälder, Boosting, k-NN, SVM, linear)</translation>
        </message>
        <message>
            <source>list built-in architectures</source>
            <translation>eingebaute Architekturen auflisten</translation>
        </message>
        <message>
            <source>list the GPU catalog</source>
            <translation>den GPU-Katalog auflisten</translation>
        </message>
        <message>
            <source>summary of a Hugging Face config.json or ONNX file</source>
            <translation>Zusammenfassung einer Hugging-Face-config.json oder ONNX-Datei</translation>
        </message>
        <message>
            <source>the scenarios of a plan file side by side</source>
            <translation>die Szenarien einer Plandatei nebeneinander</translation>
        </message>
        <message>
            <source>write a PDF build report of a plan file</source>
            <translation>einen PDF-Aufbaubericht einer Plandatei schreiben</translation>
        </message>
        <message>
            <source>Verdict:   %1</source>
            <translation>Ergebnis:  %1</translation>
        </message>
        <message>
            <source>Set an assumption, repeatable: --set cuda_context_mib=512. Keys: %1.</source>
            <translation>Eine Annahme setzen, wiederholbar: --set cuda_context_mib=512. Schlüssel: %1.</translation>
        </message>
        <message>
            <source>A memory technique, repeatable: %1 (see docs/cli-json.md).</source>
            <translation>Eine Speichertechnik, wiederholbar: %1 (siehe docs/cli-json.md).</translation>
        </message>
        <message>
            <source>--fine-tune needs --mode finetune (got --mode %1)</source>
            <translation>--fine-tune braucht --mode finetune (angegeben: --mode %1)</translation>
        </message>
        <message>
            <source>--lora-dropout must be a number from 0 to 0.99 (got "%1")</source>
            <translation>--lora-dropout muss eine Zahl von 0 bis 0,99 sein (erhalten: „%1“)</translation>
        </message>
        <message>
            <source>--technique: "%1" is not one of %2</source>
            <translation>--technique: „%1“ ist keiner von %2</translation>
        </message>
        <message>
            <source>--set needs KEY=VALUE (got "%1")</source>
            <translation>--set braucht SCHLÜSSEL=WERT (angegeben: „%1“)</translation>
        </message>
        <message>
            <source>--set %1: unknown assumption "%2"; 'plan --help' lists them</source>
            <translation>--set %1: unbekannte Annahme „%2“; 'plan --help' listet sie auf</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>muss eine Zahl sein</translation>
        </message>
        <message>
            <source>--set %1: %2</source>
            <translation>--set %1: %2</translation>
        </message>
        <message>
            <source>Fine-tuning method: full, lora or qlora (4-bit base). Implies --mode finetune.</source>
            <translation>Fine-Tuning-Methode: full, lora oder qlora (4-Bit-Basis). Setzt --mode finetune.</translation>
        </message>
        <message>
            <source>LoRA rank r (1 to 65536).</source>
            <translation>LoRA-Rang r (1 bis 65536).</translation>
        </message>
        <message>
            <source>Projections with LoRA adapters: letters q, k, v, o (attention) and m (MLP), e.g. qv; or all.</source>
            <translation>Projektionen mit LoRA-Adaptern: Buchstaben q, k, v, o (Attention) und m (MLP), z. B. qv; oder all.</translation>
        </message>
        <message>
            <source>PEFT lora_dropout, 0 to 0.99 (default 0.05; torchtune and Unsloth use 0).</source>
            <translation>PEFT-lora_dropout, 0 bis 0,99 (Voreinstellung 0,05; torchtune und Unsloth verwenden 0).</translation>
        </message>
        <message>
            <source>Pure fp16/bf16/fp8: no fp32 master copy of the weights (plain model.to(bf16)).</source>
            <translation>Reines fp16/bf16/fp8: keine fp32-Masterkopie der Gewichte (einfach model.to(bf16)).</translation>
        </message>
        <message>
            <source>Inference: KV-cache precision (fp32, fp16, bf16, fp8, int8, int4...).</source>
            <translation>Inferenz: Präzision des KV-Cache (fp32, fp16, bf16, fp8, int8, int4 …).</translation>
        </message>
        <message>
            <source>The plan's notes.</source>
            <translation>Die Notizen des Plans.</translation>
        </message>
        <message>
            <source>Decoding:  %1 tokens/s per sequence, %2 tokens/s for all %3 (%4-bound: %5 read per step at %6% of %7 GB/s); prefill %8 tokens/s, first token after %9 s</source>
            <translation>Decodieren: %1 Tokens/s pro Sequenz, %2 Tokens/s für alle %3 (%4-gebunden: %5 pro Schritt gelesen bei %6 % von %7 GB/s); Prefill %8 Tokens/s, erstes Token nach %9 s</translation>
        </message>
        <message>
            <source>memory</source>
            <translation>speicher</translation>
        </message>
        <message>
            <source>compute</source>
            <translation>rechen</translation>
        </message>
        <message>
            <source>give --flash-attention or --eager-attention, not both</source>
            <translation>geben Sie --flash-attention oder --eager-attention an, nicht beides</translation>
        </message>
        <message>
            <source>Attention that materialises the scores (Hugging Face eager); --mode inference otherwise assumes a fused kernel (SDPA/FlashAttention).</source>
            <translation>Attention, die die Scores materialisiert (Hugging Face eager); --mode inference nimmt sonst einen fusionierten Kernel an (SDPA/FlashAttention).</translation>
        </message>
        <message>
            <source>Warning:   %1</source>
            <translation>Warnung:   %1</translation>
        </message>
        <message>
            <source>Runtime:   %1</source>
            <translation>Laufzeit:  %1</translation>
        </message>
        <message>
            <source>Runtime profile, the defaults of a framework: %1 (flags given with it still override them; see docs/cli-json.md).</source>
            <translation>Laufzeitprofil, die Voreinstellungen eines Frameworks: %1 (zusätzlich angegebene Optionen haben Vorrang; siehe docs/cli-json.md).</translation>
        </message>
        <message>
            <source>--profile: "%1" is not one of %2</source>
            <translation>--profile: „%1“ ist keines von %2</translation>
        </message>
        <message>
            <source>ds_config.json, torchrun, accelerate and torchtune lines for a plan</source>
            <translation>ds_config.json, torchrun-, accelerate- und torchtune-Zeilen für einen Plan</translation>
        </message>
        <message>
            <source>Prints the launch configurations that run a training plan as planned: DeepSpeed's ds_config.json, torchrun and accelerate lines, Trainer arguments and torchtune overrides.</source>
            <translation>Gibt die Startkonfigurationen aus, die einen Trainingsplan wie geplant ausführen: DeepSpeeds ds_config.json, torchrun- und accelerate-Zeilen, Trainer-Argumente und torchtune-Overrides.</translation>
        </message>
        <message>
            <source>Only one of them: deepspeed (the ds_config.json itself), torchrun, accelerate, trainer or torchtune.</source>
            <translation>Nur eine davon: deepspeed (die ds_config.json selbst), torchrun, accelerate, trainer oder torchtune.</translation>
        </message>
        <message>
            <source>--format: "%1" is not one of deepspeed, torchrun, accelerate, trainer, torchtune</source>
            <translation>--format: „%1“ ist keines von deepspeed, torchrun, accelerate, trainer, torchtune</translation>
        </message>
        <message>
            <source>ds_config.json (DeepSpeed):</source>
            <translation>ds_config.json (DeepSpeed):</translation>
        </message>
        <message>
            <source>torchrun:   %1</source>
            <translation>torchrun:   %1</translation>
        </message>
        <message>
            <source>accelerate: %1</source>
            <translation>accelerate: %1</translation>
        </message>
        <message>
            <source>Trainer:    %1</source>
            <translation>Trainer:    %1</translation>
        </message>
        <message>
            <source>torchtune:  %1</source>
            <translation>torchtune:  %1</translation>
        </message>
        <message>
            <source>Note:       %1</source>
            <translation>Hinweis:    %1</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <source>Compares the scenarios pinned in a plan file: per-GPU memory, fit, speed, power and cost. * marks the best value of a row.</source>
            <translation>Vergleicht die in einer Plandatei angehefteten Szenarien: Speicher pro GPU, Passung, Tempo, Leistung und Kosten. * markiert den besten Wert einer Zeile.</translation>
        </message>
        <message>
            <source>A .headroom plan file with 2 to 8 scenarios.</source>
            <translation>Eine .headroom-Plandatei mit 2 bis 8 Szenarien.</translation>
        </message>
        <message>
            <source>Show differences against scenario N (default 1).</source>
            <translation>Differenzen zu Szenario N zeigen (Standard 1).</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>JSON ausgeben.</translation>
        </message>
        <message>
            <source>compare needs exactly one plan file</source>
            <translation>compare benötigt genau eine Plandatei</translation>
        </message>
        <message>
            <source>--baseline must be a scenario number from 1 to %1</source>
            <translation>--baseline muss eine Szenarionummer von 1 bis %1 sein</translation>
        </message>
        <message>
            <source>--baseline %1: the plan has %2 scenarios</source>
            <translation>--baseline %1: Der Plan hat %2 Szenarien</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Setup</source>
            <translation>Aufbau</translation>
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
            <translation>Differenzen zu %1:</translation>
        </message>
    </context>
    <context>
        <name>ComparisonBuilder</name>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 /s</source>
            <translation>%1 /s</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1 %</translation>
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
            <translation>PASST</translation>
        </message>
        <message>
            <source>DOES NOT FIT</source>
            <translation>PASST NICHT</translation>
        </message>
        <message>
            <source>same</source>
            <translation>gleich</translation>
        </message>
        <message>
            <source>%1 pt</source>
            <translation>%1 Pkt.</translation>
        </message>
        <message>
            <source>A comparison needs %1 to %2 scenarios; this plan has %3.</source>
            <translation>Ein Vergleich braucht %1 bis %2 Szenarien; dieser Plan hat %3.</translation>
        </message>
        <message>
            <source>The baseline must be a scenario number from 1 to %1.</source>
            <translation>Die Basis muss eine Szenarionummer von 1 bis %1 sein.</translation>
        </message>
        <message>
            <source>Total per GPU</source>
            <translation>Summe pro GPU</translation>
        </message>
        <message>
            <source>GPU memory (visible)</source>
            <translation>GPU-Speicher (sichtbar)</translation>
        </message>
        <message>
            <source>Fits</source>
            <translation>Passt</translation>
        </message>
        <message>
            <source>Headroom</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <source>Largest micro-batch</source>
            <translation>Größter Micro-Batch</translation>
        </message>
        <message>
            <source>Step time</source>
            <translation>Schrittzeit</translation>
        </message>
        <message>
            <source>Throughput (samples)</source>
            <translation>Durchsatz (Samples)</translation>
        </message>
        <message>
            <source>Scaling efficiency</source>
            <translation>Skalierungseffizienz</translation>
        </message>
        <message>
            <source>GPU board power</source>
            <translation>GPU-Boardleistung</translation>
        </message>
        <message>
            <source>Hardware cost (GPUs)</source>
            <translation>Hardwarekosten (GPUs)</translation>
        </message>
        <message>
            <source>Cost per run</source>
            <translation>Kosten pro Lauf</translation>
        </message>
    </context>
    <context>
        <name>GpuCatalog</name>
        <message>
            <source>field "%1" is missing</source>
            <translation>Feld „%1“ fehlt</translation>
        </message>
        <message>
            <source>field "%1" must be a number from %2 to %3</source>
            <translation>Feld „%1“ muss eine Zahl von %2 bis %3 sein</translation>
        </message>
        <message>
            <source>field "%1" must be a non-empty string</source>
            <translation>Feld „%1“ muss eine nicht leere Zeichenkette sein</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>expected an object with a "gpus" array</source>
            <translation>Objekt mit einem „gpus“-Array erwartet</translation>
        </message>
        <message>
            <source>entry %1 is not an object</source>
            <translation>Eintrag %1 ist kein Objekt</translation>
        </message>
        <message>
            <source>field "nvidia_smi_total_mib" exceeds the card's memory</source>
            <translation>Feld „nvidia_smi_total_mib“ übersteigt den Speicher der Karte</translation>
        </message>
        <message>
            <source>entry "%1": %2; skipped</source>
            <translation>Eintrag „%1“: %2; übersprungen</translation>
        </message>
        <message>
            <source>%1: cannot be read: %2</source>
            <translation>%1: kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>HfConfigImporter</name>
        <message>
            <source>the %1 config lacks "%2", which is required</source>
            <translation>der %1-Konfiguration fehlt das erforderliche „%2“</translation>
        </message>
        <message>
            <source>"%1" must be true or false</source>
            <translation>„%1“ muss true oder false sein</translation>
        </message>
        <message>
            <source>"%1" must be a number from %2 to %3</source>
            <translation>„%1“ muss eine Zahl von %2 bis %3 sein</translation>
        </message>
        <message>
            <source>"%1" must be a string</source>
            <translation>„%1“ muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>"%1" is "%2"; supported activations are silu, gelu, gelu_new, gelu_pytorch_tanh and relu</source>
            <translation>„%1“ ist „%2“; unterstützte Aktivierungen sind silu, gelu, gelu_new, gelu_pytorch_tanh und relu</translation>
        </message>
        <message>
            <source>"%1" must be a whole number from %2 to %3 (got %4)</source>
            <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein (erhalten: %4)</translation>
        </message>
        <message>
            <source>"hidden_size" %1 is not divisible by "num_attention_heads" %2; set "head_dim"</source>
            <translation>„hidden_size“ %1 ist nicht durch „num_attention_heads“ %2 teilbar; „head_dim“ setzen</translation>
        </message>
        <message>
            <source>%1 attention heads cannot be grouped over "%2" %3</source>
            <translation>%1 Attention-Heads lassen sich nicht auf „%2“ %3 gruppieren</translation>
        </message>
        <message>
            <source>"n_embd" %1 is not divisible by "n_head" %2</source>
            <translation>„n_embd“ %1 ist nicht durch „n_head“ %2 teilbar</translation>
        </message>
        <message>
            <source>"hidden_size" %1 is not divisible by "num_attention_heads" %2</source>
            <translation>„hidden_size“ %1 ist nicht durch „num_attention_heads“ %2 teilbar</translation>
        </message>
        <message>
            <source>"max_position_embeddings" %1 leaves no positions after the padding offset %2</source>
            <translation>„max_position_embeddings“ %1 lässt nach dem Padding-Offset %2 keine Positionen übrig</translation>
        </message>
        <message>
            <source>"layer_norm_elementwise_affine": false is not supported</source>
            <translation>„layer_norm_elementwise_affine“: false wird nicht unterstützt</translation>
        </message>
        <message>
            <source>"qk_layernorm": true is not supported</source>
            <translation>„qk_layernorm“: true wird nicht unterstützt</translation>
        </message>
        <message>
            <source>"feed_forward_proj" is "%1"; supported are relu, gated-gelu, gated-silu</source>
            <translation>„feed_forward_proj“ ist „%1“; unterstützt werden relu, gated-gelu, gated-silu</translation>
        </message>
        <message>
            <source>not a JSON file: %1 at byte %2</source>
            <translation>keine JSON-Datei: %1 bei Byte %2</translation>
        </message>
        <message>
            <source>a config.json holds one JSON object</source>
            <translation>eine config.json enthält ein JSON-Objekt</translation>
        </message>
        <message>
            <source>"model_type" is missing; it names the model family (supported: %1)</source>
            <translation>„model_type“ fehlt; es benennt die Modellfamilie (unterstützt: %1)</translation>
        </message>
        <message>
            <source>"%1" is "%2"; expected float32, float16 or bfloat16</source>
            <translation>„%1“ ist „%2“; erwartet float32, float16 oder bfloat16</translation>
        </message>
        <message>
            <source>%1 config: %2</source>
            <translation>%1-Konfiguration: %2</translation>
        </message>
        <message>
            <source>Imported %1 model</source>
            <translation>Importiertes %1-Modell</translation>
        </message>
        <message>
            <source>Hugging Face config.json (model_type %1)</source>
            <translation>Hugging-Face-config.json (model_type %1)</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1: %2 bytes is too large for a config.json</source>
            <translation>%1: %2 Bytes sind zu groß für eine config.json</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>"hidden_size" %1 is not divisible by "n_head" %2</source>
            <translation>„hidden_size“ %1 ist nicht durch „n_head“ %2 teilbar</translation>
        </message>
        <message>
            <source>gemma3 config: "text_config" is missing; it holds the language model</source>
            <translation>gemma3-Konfiguration: „text_config“ fehlt; es enthält das Sprachmodell</translation>
        </message>
        <message>
            <source>text model only: the SigLIP vision tower and its projector are not counted</source>
            <translation>nur das Textmodell: der SigLIP-Vision-Tower und sein Projektor werden nicht gezählt</translation>
        </message>
        <message>
            <source>model_type "%1" is not supported%2. Supported families: %3. Other ways in: build the model in the Architecture tab, or export it to ONNX and import the .onnx file.</source>
            <translation>model_type „%1“ wird nicht unterstützt%2. Unterstützte Familien: %3. Andere Wege: das Modell im Tab „Architektur“ aufbauen oder nach ONNX exportieren und die .onnx-Datei importieren.</translation>
        </message>
        <message>
            <source>; did you mean "%1"?</source>
            <translation>; meinten Sie „%1“?</translation>
        </message>
        <message>
            <source>"num_nextn_predict_layers": the multi-token-prediction layers in the checkpoint are not counted (transformers does not build them)</source>
            <translation>„num_nextn_predict_layers“: die Multi-Token-Prediction-Layer im Checkpoint werden nicht gezählt (transformers baut sie nicht)</translation>
        </message>
        <message>
            <source>"%1" changes the model's weights and the %2 importer does not model it</source>
            <translation>„%1“ ändert die Gewichte des Modells, und der %2-Importer bildet es nicht ab</translation>
        </message>
        <message>
            <source>"mlp_only_layers" must be a list of layer indices</source>
            <translation>„mlp_only_layers“ muss eine Liste von Layer-Indizes sein</translation>
        </message>
        <message>
            <source>"mlp_only_layers" holds %1, which is not a layer index below %2</source>
            <translation>„mlp_only_layers“ enthält %1, keinen Layer-Index unter %2</translation>
        </message>
        <message>
            <source>"num_experts_per_tok" %1 exceeds "%2" %3</source>
            <translation>„num_experts_per_tok“ %1 übersteigt „%2“ %3</translation>
        </message>
        <message>
            <source>"layer_types" must list one type for each of the %1 layers</source>
            <translation>„layer_types“ muss für jede der %1 Schichten einen Typ angeben</translation>
        </message>
        <message>
            <source>"layer_types" holds "%1"; expected sliding_attention or full_attention</source>
            <translation>„layer_types“ enthält „%1“; erwartet wird sliding_attention oder full_attention</translation>
        </message>
        <message>
            <source>llama4 config: "text_config" is missing; it holds the language model</source>
            <translation>llama4-Konfiguration: „text_config“ fehlt; es enthält das Sprachmodell</translation>
        </message>
        <message>
            <source>text model only: the vision encoder and its projector are not counted</source>
            <translation>nur das Textmodell: Der Vision-Encoder und sein Projektor werden nicht gezählt</translation>
        </message>
        <message>
            <source>"qk_nope_head_dim" and "qk_rope_head_dim" are both 0</source>
            <translation>„qk_nope_head_dim“ und „qk_rope_head_dim“ sind beide 0</translation>
        </message>
        <message>
            <source>"num_experts_per_tok" %1 exceeds "n_routed_experts" %2</source>
            <translation>„num_experts_per_tok“ %1 übersteigt „n_routed_experts“ %2</translation>
        </message>
        <message>
            <source>"num_experts_per_tok" %1 exceeds "num_local_experts" %2</source>
            <translation>„num_experts_per_tok“ %1 übersteigt „num_local_experts“ %2</translation>
        </message>
        <message>
            <source>sliding_attention layers need "sliding_window"</source>
            <translation>sliding_attention-Schichten brauchen „sliding_window“</translation>
        </message>
        <message>
            <source>"moe_layers" must be a list of layer indices</source>
            <translation>„moe_layers“ muss eine Liste von Schichtindizes sein</translation>
        </message>
        <message>
            <source>"moe_layers" holds %1, which is not a layer index below %2</source>
            <translation>„moe_layers“ enthält %1, keinen Schichtindex unter %2</translation>
        </message>
    </context>
    <context>
        <name>Interconnect</name>
        <message>
            <source>NVLink, %1 GB/s per direction</source>
            <translation>NVLink, %1 GB/s pro Richtung</translation>
        </message>
        <message>
            <source>PCIe %1.0 x%2, %3 GB/s per direction</source>
            <translation>PCIe %1.0 x%2, %3 GB/s pro Richtung</translation>
        </message>
        <message>
            <source>network between nodes, %1 GB/s per direction</source>
            <translation>Netzwerk zwischen Knoten, %1 GB/s pro Richtung</translation>
        </message>
    </context>
    <context>
        <name>LaunchConfigs</name>
        <message>
            <source>Inference plans are started by their engine, not a training launcher.</source>
            <translation>Inferenzpläne startet ihre Engine, nicht ein Trainings-Launcher.</translation>
        </message>
        <message>
            <source>DeepSpeed's bf16/fp16 modes convert the model to 16 bits and keep fp32 master weights in its optimizer; the plan's mixed precision keeps fp32 weights. Plan Pure BF16 with master weights to match ds_config.json.</source>
            <translation>Die bf16/fp16-Modi von DeepSpeed wandeln das Modell in 16 Bit um und halten fp32-Mastergewichte in seinem Optimierer; die Mixed Precision des Plans hält fp32-Gewichte. Planen Sie reines BF16 mit Mastergewichten, damit es zu ds_config.json passt.</translation>
        </message>
        <message>
            <source>Load the model in 16 bits in the script (from_pretrained(..., torch_dtype=torch.bfloat16); torchtune's dtype=bf16): the Trainer's --bf16/--fp16 alone is autocast over fp32 weights.</source>
            <translation>Laden Sie das Modell im Skript in 16 Bit (from_pretrained(..., torch_dtype=torch.bfloat16); bei torchtune dtype=bf16): --bf16/--fp16 des Trainers allein ist Autocast über fp32-Gewichten.</translation>
        </message>
        <message>
            <source>Only DeepSpeed keeps the fp32 master copy this plan counts: add --deepspeed ds_config.json, or plan without master weights (what a bf16 model under the Trainer, torchtune or LitGPT allocates).</source>
            <translation>Nur DeepSpeed hält die fp32-Masterkopie, die dieser Plan zählt: Fügen Sie --deepspeed ds_config.json hinzu oder planen Sie ohne Mastergewichte (was ein bf16-Modell unter dem Trainer, torchtune oder LitGPT belegt).</translation>
        </message>
        <message>
            <source>FP8 training needs NVIDIA Transformer Engine in the script; ds_config.json has no FP8 switch.</source>
            <translation>FP8-Training braucht NVIDIA Transformer Engine im Skript; ds_config.json hat keinen FP8-Schalter.</translation>
        </message>
        <message>
            <source>Tensor and pipeline parallelism (TP %1, PP %2) need Megatron-LM, DeepSpeed's pipeline engine or torchtitan; the launch lines start data-parallel processes only.</source>
            <translation>Tensor- und Pipeline-Parallelität (TP %1, PP %2) brauchen Megatron-LM, die Pipeline-Engine von DeepSpeed oder torchtitan; die Startzeilen starten nur datenparallele Prozesse.</translation>
        </message>
        <message>
            <source>Fused linear cross-entropy comes from Liger (liger_kernel) or Unsloth in the script.</source>
            <translation>Die fusionierte lineare Kreuzentropie kommt im Skript von Liger (liger_kernel) oder Unsloth.</translation>
        </message>
        <message>
            <source>torchtune's distributed recipes always shard with FSDP; the plan is plain data parallelism, so its memory is the DDP figure.</source>
            <translation>Die verteilten Rezepte von torchtune sharden immer mit FSDP; der Plan ist reine Datenparallelität, sein Speicher ist also der DDP-Wert.</translation>
        </message>
        <message>
            <source>QLoRA: choose a qlora_* model builder in the torchtune config (4-bit NF4 base).</source>
            <translation>QLoRA: Wählen Sie in der torchtune-Konfiguration einen qlora_*-Modell-Builder (4-Bit-NF4-Basis).</translation>
        </message>
        <message>
            <source>CONFIG is the torchtune recipe config of your model, e.g. llama3_2/1B_%1%2.</source>
            <translation>CONFIG ist die torchtune-Rezeptkonfiguration Ihres Modells, z. B. llama3_2/1B_%1%2.</translation>
        </message>
    </context>
    <context>
        <name>Layer</name>
        <message>
            <source>In place</source>
            <translation>In-place</translation>
        </message>
        <message>
            <source>Overwrites its input; autograd then saves the output.</source>
            <translation>Überschreibt seine Eingabe; Autograd speichert dann die Ausgabe.</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Aktivierung</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>How many times the block runs in a row.</source>
            <translation>Wie oft der Block nacheinander läuft.</translation>
        </message>
        <message>
            <source>Checkpoint unit</source>
            <translation>Checkpoint-Einheit</translation>
        </message>
        <message>
            <source>With gradient checkpointing each repetition keeps only its input.</source>
            <translation>Mit Gradient Checkpointing behält jede Wiederholung nur ihre Eingabe.</translation>
        </message>
        <message>
            <source>Residual</source>
            <translation>Residual</translation>
        </message>
        <message>
            <source>Concatenate</source>
            <translation>Verketten</translation>
        </message>
        <message>
            <source>Gate (x · f(x))</source>
            <translation>Gate (x · f(x))</translation>
        </message>
        <message>
            <source>Conv2d</source>
            <translation>Conv2d</translation>
        </message>
        <message>
            <source>Output channels</source>
            <translation>Ausgabekanäle</translation>
        </message>
        <message>
            <source>Number of filters.</source>
            <translation>Anzahl der Filter.</translation>
        </message>
        <message>
            <source>Kernel</source>
            <translation>Kernel</translation>
        </message>
        <message>
            <source>Square kernel size.</source>
            <translation>Größe des quadratischen Kernels.</translation>
        </message>
        <message>
            <source>Stride</source>
            <translation>Schrittweite</translation>
        </message>
        <message>
            <source>Step between kernel positions.</source>
            <translation>Abstand zwischen Kernel-Positionen.</translation>
        </message>
        <message>
            <source>Padding</source>
            <translation>Padding</translation>
        </message>
        <message>
            <source>Zero padding on each side.</source>
            <translation>Null-Padding auf jeder Seite.</translation>
        </message>
        <message>
            <source>Dilation</source>
            <translation>Dilatation</translation>
        </message>
        <message>
            <source>Spacing between kernel taps.</source>
            <translation>Abstand zwischen den Kernel-Abgriffen.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Gruppen</translation>
        </message>
        <message>
            <source>Channel groups; equal to the input channels for depthwise.</source>
            <translation>Kanalgruppen; bei Depthwise gleich der Zahl der Eingabekanäle.</translation>
        </message>
        <message>
            <source>Bias</source>
            <translation>Bias</translation>
        </message>
        <message>
            <source>Adds one learned bias per output channel.</source>
            <translation>Fügt einen gelernten Bias pro Ausgabekanal hinzu.</translation>
        </message>
        <message>
            <source>ConvTranspose2d</source>
            <translation>ConvTranspose2d</translation>
        </message>
        <message>
            <source>Upsampling factor.</source>
            <translation>Upsampling-Faktor.</translation>
        </message>
        <message>
            <source>Implicit padding removed from the output.</source>
            <translation>Implizites Padding, das von der Ausgabe entfernt wird.</translation>
        </message>
        <message>
            <source>Output padding</source>
            <translation>Ausgabe-Padding</translation>
        </message>
        <message>
            <source>Extra size added to one side of the output.</source>
            <translation>Zusätzliche Größe an einer Seite der Ausgabe.</translation>
        </message>
        <message>
            <source>BatchNorm2d</source>
            <translation>BatchNorm2d</translation>
        </message>
        <message>
            <source>Affine</source>
            <translation>Affin</translation>
        </message>
        <message>
            <source>Learned scale and shift per channel.</source>
            <translation>Gelernte Skalierung und Verschiebung pro Kanal.</translation>
        </message>
        <message>
            <source>LayerNorm</source>
            <translation>LayerNorm</translation>
        </message>
        <message>
            <source>Learned shift as well as scale.</source>
            <translation>Gelernte Verschiebung zusätzlich zur Skalierung.</translation>
        </message>
        <message>
            <source>RMSNorm</source>
            <translation>RMSNorm</translation>
        </message>
        <message>
            <source>Eager fp32 upcast</source>
            <translation>Eager-fp32-Upcast</translation>
        </message>
        <message>
            <source>Hugging Face's eager RMSNorm: computes in fp32 and keeps those copies; off for a fused kernel.</source>
            <translation>Eager-RMSNorm von Hugging Face: rechnet in fp32 und behält diese Kopien; aus bei einem fusionierten Kernel.</translation>
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
            <translation>Tanh-Näherung</translation>
        </message>
        <message>
            <source>The tanh approximation (GPT-2); memory is the same.</source>
            <translation>Die Tanh-Näherung (GPT-2); der Speicher ist derselbe.</translation>
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
            <translation>Fenstergröße.</translation>
        </message>
        <message>
            <source>Step between windows; 0 means the kernel size.</source>
            <translation>Abstand zwischen Fenstern; 0 bedeutet die Kernel-Größe.</translation>
        </message>
        <message>
            <source>Padding on each side.</source>
            <translation>Padding auf jeder Seite.</translation>
        </message>
        <message>
            <source>Ceil mode</source>
            <translation>Aufrunden (ceil_mode)</translation>
        </message>
        <message>
            <source>Rounds the output size up instead of down.</source>
            <translation>Rundet die Ausgabegröße auf statt ab.</translation>
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
            <translation>Ausgabehöhe</translation>
        </message>
        <message>
            <source>Output height.</source>
            <translation>Ausgabehöhe.</translation>
        </message>
        <message>
            <source>Output width</source>
            <translation>Ausgabebreite</translation>
        </message>
        <message>
            <source>Output width.</source>
            <translation>Ausgabebreite.</translation>
        </message>
        <message>
            <source>Linear</source>
            <translation>Linear</translation>
        </message>
        <message>
            <source>Output features</source>
            <translation>Ausgabemerkmale</translation>
        </message>
        <message>
            <source>Size of each output vector.</source>
            <translation>Größe jedes Ausgabevektors.</translation>
        </message>
        <message>
            <source>Adds a learned bias vector.</source>
            <translation>Fügt einen gelernten Bias-Vektor hinzu.</translation>
        </message>
        <message>
            <source>Tied to embedding</source>
            <translation>An Embedding gekoppelt</translation>
        </message>
        <message>
            <source>Shares its weight with the input embedding, so it adds no parameters (GPT-2's LM head).</source>
            <translation>Teilt sein Gewicht mit dem Eingabe-Embedding und fügt daher keine Parameter hinzu (LM-Head von GPT-2).</translation>
        </message>
        <message>
            <source>Embedding</source>
            <translation>Embedding</translation>
        </message>
        <message>
            <source>Vocabulary</source>
            <translation>Vokabular</translation>
        </message>
        <message>
            <source>Number of rows (tokens in the vocabulary).</source>
            <translation>Anzahl der Zeilen (Tokens im Vokabular).</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimension</translation>
        </message>
        <message>
            <source>Size of each embedding vector.</source>
            <translation>Größe jedes Embedding-Vektors.</translation>
        </message>
        <message>
            <source>Position embedding</source>
            <translation>Positions-Embedding</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>Number of learned positions.</source>
            <translation>Anzahl der gelernten Positionen.</translation>
        </message>
        <message>
            <source>Lookup by ids</source>
            <translation>Nachschlagen per ID</translation>
        </message>
        <message>
            <source>Looked up by position ids (GPT-2, BERT) rather than a learned tensor added (ViT).</source>
            <translation>Per Positions-IDs nachgeschlagen (GPT-2, BERT) statt als gelernter Tensor addiert (ViT).</translation>
        </message>
        <message>
            <source>Class token</source>
            <translation>Klassen-Token</translation>
        </message>
        <message>
            <source>Patches to tokens</source>
            <translation>Patches zu Tokens</translation>
        </message>
        <message>
            <source>Select first token</source>
            <translation>Erstes Token auswählen</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <source>Probability of zeroing an element; on a GPU it saves a 1-byte mask when above 0.</source>
            <translation>Wahrscheinlichkeit, ein Element auf null zu setzen; auf einer GPU speichert es bei Werten über 0 eine 1-Byte-Maske.</translation>
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
            <translation>Multi-Head-Attention</translation>
        </message>
        <message>
            <source>Heads</source>
            <translation>Heads</translation>
        </message>
        <message>
            <source>Number of query heads.</source>
            <translation>Anzahl der Query-Heads.</translation>
        </message>
        <message>
            <source>KV heads</source>
            <translation>KV-Heads</translation>
        </message>
        <message>
            <source>Key/value heads (grouped-query or multi-query); 0 means as many as query heads.</source>
            <translation>Key/Value-Heads (Grouped-Query oder Multi-Query); 0 bedeutet so viele wie Query-Heads.</translation>
        </message>
        <message>
            <source>Head dimension</source>
            <translation>Head-Dimension</translation>
        </message>
        <message>
            <source>Size of each head; 0 means hidden size / heads.</source>
            <translation>Größe jedes Heads; 0 bedeutet Hidden Size / Heads.</translation>
        </message>
        <message>
            <source>Causal</source>
            <translation>Kausal</translation>
        </message>
        <message>
            <source>Each token attends only to earlier tokens.</source>
            <translation>Jedes Token beachtet nur frühere Tokens.</translation>
        </message>
        <message>
            <source>QKV bias</source>
            <translation>QKV-Bias</translation>
        </message>
        <message>
            <source>The query, key and value projections have biases.</source>
            <translation>Die Query-, Key- und Value-Projektionen haben Biases.</translation>
        </message>
        <message>
            <source>Output bias</source>
            <translation>Ausgabe-Bias</translation>
        </message>
        <message>
            <source>The output projection has a bias.</source>
            <translation>Die Ausgabeprojektion hat einen Bias.</translation>
        </message>
        <message>
            <source>Fused QKV</source>
            <translation>Fusioniertes QKV</translation>
        </message>
        <message>
            <source>One projection produces Q, K and V (GPT-2's c_attn).</source>
            <translation>Eine Projektion erzeugt Q, K und V (c_attn bei GPT-2).</translation>
        </message>
        <message>
            <source>Rotary positions</source>
            <translation>Rotary-Positionen</translation>
        </message>
        <message>
            <source>Rotary position embedding applied to Q and K.</source>
            <translation>Rotary Position Embedding auf Q und K angewandt.</translation>
        </message>
        <message>
            <source>Softmax in fp32</source>
            <translation>Softmax in fp32</translation>
        </message>
        <message>
            <source>Scores are upcast to fp32 for the softmax (Llama-style eager attention).</source>
            <translation>Scores werden für die Softmax nach fp32 hochgewandelt (Eager-Attention im Llama-Stil).</translation>
        </message>
        <message>
            <source>Attention dropout</source>
            <translation>Attention-Dropout</translation>
        </message>
        <message>
            <source>Dropout on the attention probabilities.</source>
            <translation>Dropout auf die Attention-Wahrscheinlichkeiten.</translation>
        </message>
        <message>
            <source>MLP</source>
            <translation>MLP</translation>
        </message>
        <message>
            <source>Intermediate size</source>
            <translation>Intermediate Size</translation>
        </message>
        <message>
            <source>Width of the hidden layer.</source>
            <translation>Breite der verborgenen Schicht.</translation>
        </message>
        <message>
            <source>Gated (SwiGLU/GeGLU)</source>
            <translation>Gated (SwiGLU/GeGLU)</translation>
        </message>
        <message>
            <source>A gate and an up projection multiplied together.</source>
            <translation>Eine Gate- und eine Up-Projektion, miteinander multipliziert.</translation>
        </message>
        <message>
            <source>The projections have biases.</source>
            <translation>Die Projektionen haben Biases.</translation>
        </message>
        <message>
            <source>Mixture of experts</source>
            <translation>Mixture of Experts</translation>
        </message>
        <message>
            <source>Experts</source>
            <translation>Experten</translation>
        </message>
        <message>
            <source>Number of expert MLPs.</source>
            <translation>Anzahl der Experten-MLPs.</translation>
        </message>
        <message>
            <source>Active experts</source>
            <translation>Aktive Experten</translation>
        </message>
        <message>
            <source>Experts each token is routed to (top-k).</source>
            <translation>Experten, an die jedes Token geleitet wird (Top-k).</translation>
        </message>
        <message>
            <source>Width of each expert's hidden layer.</source>
            <translation>Breite der verborgenen Schicht jedes Experten.</translation>
        </message>
        <message>
            <source>LSTM</source>
            <translation>LSTM</translation>
        </message>
        <message>
            <source>Hidden size</source>
            <translation>Hidden Size</translation>
        </message>
        <message>
            <source>Size of the hidden state.</source>
            <translation>Größe des verborgenen Zustands.</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Schichten</translation>
        </message>
        <message>
            <source>Stacked recurrent layers.</source>
            <translation>Gestapelte rekurrente Schichten.</translation>
        </message>
        <message>
            <source>Bidirectional</source>
            <translation>Bidirektional</translation>
        </message>
        <message>
            <source>Runs forwards and backwards; output size doubles.</source>
            <translation>Läuft vorwärts und rückwärts; die Ausgabegröße verdoppelt sich.</translation>
        </message>
        <message>
            <source>Input and hidden biases (PyTorch keeps both).</source>
            <translation>Eingabe- und Hidden-Biases (PyTorch hält beide).</translation>
        </message>
        <message>
            <source>GRU</source>
            <translation>GRU</translation>
        </message>
        <message>
            <source>Generic op</source>
            <translation>Generische Op</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Learned parameters of the op.</source>
            <translation>Gelernte Parameter der Op.</translation>
        </message>
        <message>
            <source>Output dim 1</source>
            <translation>Ausgabedim. 1</translation>
        </message>
        <message>
            <source>First output dimension per sample.</source>
            <translation>Erste Ausgabedimension pro Sample.</translation>
        </message>
        <message>
            <source>Output dim 2</source>
            <translation>Ausgabedim. 2</translation>
        </message>
        <message>
            <source>Second output dimension per sample.</source>
            <translation>Zweite Ausgabedimension pro Sample.</translation>
        </message>
        <message>
            <source>Output dim 3</source>
            <translation>Ausgabedim. 3</translation>
        </message>
        <message>
            <source>Third output dimension per sample.</source>
            <translation>Dritte Ausgabedimension pro Sample.</translation>
        </message>
        <message>
            <source>Output rank</source>
            <translation>Ausgaberang</translation>
        </message>
        <message>
            <source>Number of output dimensions per sample (0: the input's shape).</source>
            <translation>Anzahl der Ausgabedimensionen pro Sample (0: die Form der Eingabe).</translation>
        </message>
        <message>
            <source>Saves input</source>
            <translation>Speichert Eingabe</translation>
        </message>
        <message>
            <source>Whether backward needs the op's input.</source>
            <translation>Ob der Backward-Pass die Eingabe der Op braucht.</translation>
        </message>
        <message>
            <source>Float mask input</source>
            <translation>Float-Maskeneingabe</translation>
        </message>
        <message>
            <source>Every layer receives a float causal mask tensor (Hugging Face Llama/Mistral eager); checkpointing keeps it.</source>
            <translation>Jede Schicht erhält einen kausalen Float-Maskentensor (Hugging Face Llama/Mistral eager); Checkpointing behält ihn.</translation>
        </message>
        <message>
            <source>0 ReLU, 1 GELU, 2 GELU (tanh), 3 SiLU, 4 GELU (tanh) written out in Python ops (Hugging Face gelu_new).</source>
            <translation>0 ReLU, 1 GELU, 2 GELU (tanh), 3 SiLU, 4 GELU (tanh) als einzelne Python-Operationen ausgeschrieben (Hugging Face gelu_new).</translation>
        </message>
        <message>
            <source>Q/K norm</source>
            <translation>Q/K-Norm</translation>
        </message>
        <message>
            <source>RMSNorm on the queries and keys: 0 none, 1 per head (one head-size weight each, Qwen3, Gemma 3), 2 full width (OLMo 2, Cohere).</source>
            <translation>RMSNorm auf Queries und Keys: 0 keine, 1 pro Head (je ein Gewicht in Head-Größe, Qwen3, Gemma 3), 2 volle Breite (OLMo 2, Cohere).</translation>
        </message>
        <message>
            <source>Shared expert size</source>
            <translation>Größe des Shared Experts</translation>
        </message>
        <message>
            <source>Intermediate size of the always-active shared expert MLP (Qwen2-MoE, DeepSeek); 0 for none.</source>
            <translation>Zwischengröße des stets aktiven Shared-Expert-MLP (Qwen2-MoE, DeepSeek); 0 für keinen.</translation>
        </message>
        <message>
            <source>Shared expert gate</source>
            <translation>Gate des Shared Experts</translation>
        </message>
        <message>
            <source>A sigmoid gate, one weight per hidden unit, scales the shared expert (Qwen2-MoE).</source>
            <translation>Ein Sigmoid-Gate mit einem Gewicht pro Hidden-Einheit skaliert den Shared Expert (Qwen2-MoE).</translation>
        </message>
        <message>
            <source>Router bias</source>
            <translation>Router-Bias</translation>
        </message>
        <message>
            <source>The router projection has a bias (gpt-oss).</source>
            <translation>Die Router-Projektion hat einen Bias (gpt-oss).</translation>
        </message>
        <message>
            <source>Attention sinks</source>
            <translation>Attention-Sinks</translation>
        </message>
        <message>
            <source>One learned logit per head joins the softmax (gpt-oss's GptOssAttention.sinks).</source>
            <translation>Ein gelernter Logit pro Head geht in den Softmax ein (GptOssAttention.sinks von gpt-oss).</translation>
        </message>
        <message>
            <source>Sliding window</source>
            <translation>Gleitendes Fenster</translation>
        </message>
        <message>
            <source>Each token attends to this many recent tokens, and the KV cache keeps only them; 0 for full attention.</source>
            <translation>Jedes Token beachtet so viele vorangehende Tokens, und der KV-Cache behält nur diese; 0 für volle Attention.</translation>
        </message>
        <message>
            <source>Multi-head latent attention</source>
            <translation>Multi-Head Latent Attention</translation>
        </message>
        <message>
            <source>Number of attention heads.</source>
            <translation>Anzahl der Attention-Heads.</translation>
        </message>
        <message>
            <source>Query rank</source>
            <translation>Query-Rang</translation>
        </message>
        <message>
            <source>Width of the compressed query (q_a_proj, q_a_layernorm, q_b_proj); 0 for one full q_proj (DeepSeek-V2-Lite).</source>
            <translation>Breite der komprimierten Query (q_a_proj, q_a_layernorm, q_b_proj); 0 für eine volle q_proj (DeepSeek-V2-Lite).</translation>
        </message>
        <message>
            <source>Latent rank</source>
            <translation>Latent-Rang</translation>
        </message>
        <message>
            <source>Width of the compressed key/value latent that serving engines cache.</source>
            <translation>Breite des komprimierten Key/Value-Latents, das Serving-Engines cachen.</translation>
        </message>
        <message>
            <source>Q/K head dimension without RoPE</source>
            <translation>Q/K-Head-Dimension ohne RoPE</translation>
        </message>
        <message>
            <source>Per-head query/key part decompressed from the latent.</source>
            <translation>Query/Key-Anteil pro Head, aus dem Latent dekomprimiert.</translation>
        </message>
        <message>
            <source>RoPE head dimension</source>
            <translation>RoPE-Head-Dimension</translation>
        </message>
        <message>
            <source>Per-head rotary part; the key's is shared by all heads.</source>
            <translation>Rotierender Anteil pro Head; der des Keys wird von allen Heads geteilt.</translation>
        </message>
        <message>
            <source>Value head dimension</source>
            <translation>Value-Head-Dimension</translation>
        </message>
        <message>
            <source>Per-head value size.</source>
            <translation>Value-Größe pro Head.</translation>
        </message>
        <message>
            <source>attention_bias: q_a_proj, kv_a_proj_with_mqa and o_proj have biases.</source>
            <translation>attention_bias: q_a_proj, kv_a_proj_with_mqa und o_proj haben Biases.</translation>
        </message>
        <message>
            <source>Scores are upcast to fp32 for the softmax (eager attention).</source>
            <translation>Die Scores werden für den Softmax nach fp32 hochgestuft (Eager-Attention).</translation>
        </message>
        <message>
            <source>Every layer receives a float causal mask tensor (Hugging Face eager); checkpointing keeps it.</source>
            <translation>Jede Schicht erhält einen Float-Kausalmasken-Tensor (Hugging Face eager); Checkpointing behält ihn.</translation>
        </message>
        <message>
            <source>Mamba mixer</source>
            <translation>Mamba-Mixer</translation>
        </message>
        <message>
            <source>Inner size</source>
            <translation>Innere Größe</translation>
        </message>
        <message>
            <source>Width of the expanded stream (expand × hidden size).</source>
            <translation>Breite des erweiterten Stroms (expand × Hidden-Größe).</translation>
        </message>
        <message>
            <source>State size</source>
            <translation>Zustandsgröße</translation>
        </message>
        <message>
            <source>SSM state per channel (state_size).</source>
            <translation>SSM-Zustand pro Kanal (state_size).</translation>
        </message>
        <message>
            <source>Convolution kernel</source>
            <translation>Faltungskern</translation>
        </message>
        <message>
            <source>Taps of the causal depthwise convolution.</source>
            <translation>Abgriffe der kausalen Depthwise-Faltung.</translation>
        </message>
        <message>
            <source>Time-step rank</source>
            <translation>Zeitschritt-Rang</translation>
        </message>
        <message>
            <source>Rank of the time-step projection (time_step_rank).</source>
            <translation>Rang der Zeitschritt-Projektion (time_step_rank).</translation>
        </message>
        <message>
            <source>Convolution bias</source>
            <translation>Faltungs-Bias</translation>
        </message>
        <message>
            <source>The depthwise convolution has a bias (use_conv_bias).</source>
            <translation>Die Depthwise-Faltung hat einen Bias (use_conv_bias).</translation>
        </message>
        <message>
            <source>Projection bias</source>
            <translation>Projektions-Bias</translation>
        </message>
        <message>
            <source>in_proj and out_proj have biases (use_bias).</source>
            <translation>in_proj und out_proj haben Biases (use_bias).</translation>
        </message>
    </context>
    <context>
        <name>MemoryModel</name>
        <message>
            <source>Weights</source>
            <translation>Gewichte</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>Gradienten</translation>
        </message>
        <message>
            <source>Optimizer states</source>
            <translation>Optimizer-Zustände</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Aktivierungen</translation>
        </message>
        <message>
            <source>Temporaries</source>
            <translation>Temporäre Tensoren</translation>
        </message>
        <message>
            <source>KV cache</source>
            <translation>KV-Cache</translation>
        </message>
        <message>
            <source>CUDA context</source>
            <translation>CUDA-Kontext</translation>
        </message>
        <message>
            <source>Allocator reserve</source>
            <translation>Allocator-Reserve</translation>
        </message>
        <message>
            <source>%1; this GPU keeps %2 (%3)</source>
            <translation>%1; diese GPU hält %2 (%3)</translation>
        </message>
        <message>
            <source>%1 linear weights × %2 bytes (NF4 + double-quantised scales) + other weights × 2 bytes + %3 LoRA adapter parameters × 4 bytes = %4</source>
            <translation>%1 lineare Gewichte × %2 Bytes (NF4 + doppelt quantisierte Skalen) + übrige Gewichte × 2 Bytes + %3 LoRA-Adapterparameter × 4 Bytes = %4</translation>
        </message>
        <message>
            <source>%1 frozen base parameters × %2 bytes (%3) + %4 LoRA adapter parameters × 4 bytes = %5</source>
            <translation>%1 eingefrorene Basisparameter × %2 Bytes (%3) + %4 LoRA-Adapterparameter × 4 Bytes = %5</translation>
        </message>
        <message>
            <source>%1 linear weights × %2 bytes (%3 with a 16-bit scale per 128 weights) + other weights × 2 bytes = %4</source>
            <translation>%1 lineare Gewichte × %2 Bytes (%3 mit einer 16-Bit-Skala pro 128 Gewichte) + übrige Gewichte × 2 Bytes = %4</translation>
        </message>
        <message>
            <source>%1 parameters × %2 bytes (%3) = %4</source>
            <translation>%1 Parameter × %2 Bytes (%3) = %4</translation>
        </message>
        <message>
            <source>No gradients in inference.</source>
            <translation>Keine Gradienten bei Inferenz.</translation>
        </message>
        <message>
            <source>%1 trainable parameters × %2 bytes = %3</source>
            <translation>%1 trainierbare Parameter × %2 Bytes = %3</translation>
        </message>
        <message>
            <source>No optimizer in inference.</source>
            <translation>Kein Optimizer bei Inferenz.</translation>
        </message>
        <message>
            <source>%1 trainable parameters × state bytes of %2%3 = %4</source>
            <translation>%1 trainierbare Parameter × Zustandsbytes von %2%3 = %4</translation>
        </message>
        <message>
            <source> + 4-byte fp32 master copy</source>
            <translation> + 4-Byte-fp32-Masterkopie</translation>
        </message>
        <message>
            <source>Largest layer's live inputs, outputs and scores, %1 per sequence × %2 sequences = %3</source>
            <translation>Lebende Eingaben, Ausgaben und Scores der größten Schicht, %1 pro Sequenz × %2 Sequenzen = %3</translation>
        </message>
        <message>
            <source>Full checkpointing: %1 kept per sample (block inputs and layers outside blocks) + one block recomputed, %2 per sample, × batch %3 = %4</source>
            <translation>Volles Checkpointing: %1 pro Sample behalten (Block-Eingaben und Schichten außerhalb von Blöcken) + ein neu berechneter Block, %2 pro Sample, × Batch %3 = %4</translation>
        </message>
        <message>
            <source>(%1 − %2 attention scores recomputed) per sample × batch %3 = %4</source>
            <translation>(%1 − %2 neu berechnete Attention-Scores) pro Sample × Batch %3 = %4</translation>
        </message>
        <message>
            <source>%1 saved for backward per sample × batch %2 + %3 shared = %4 (linear in batch)</source>
            <translation>%1 für den Backward-Pass gespeichert pro Sample × Batch %2 + %3 gemeinsam = %4 (linear im Batch)</translation>
        </message>
        <message>
            <source>Next-token logits %1 + workspace %2 = %3</source>
            <translation>Next-Token-Logits %1 + Workspace %2 = %3</translation>
        </message>
        <message>
            <source>No KV cache in training.</source>
            <translation>Kein KV-Cache im Training.</translation>
        </message>
        <message>
            <source>2 (K and V) × %1 layers × KV heads × head dim = %2 elements per token × %3 tokens × %4 sequences × %5 bytes = %6</source>
            <translation>2 (K und V) × %1 Schichten × KV-Heads × Head-Dim. = %2 Elemente pro Token × %3 Tokens × %4 Sequenzen × %5 Bytes = %6</translation>
        </message>
        <message>
            <source>%1 MiB (assumption) = %2</source>
            <translation>%1 MiB (Annahme) = %2</translation>
        </message>
        <message>
            <source>%1% of the %2 allocated = %3</source>
            <translation>%1 % der belegten %2 = %3</translation>
        </message>
        <message>
            <source>%1. Model states: %2% of the parameters on this GPU after TP/PP</source>
            <translation>%1. Modellzustände: %2 % der Parameter liegen nach TP/PP auf dieser GPU</translation>
        </message>
        <message>
            <source>; ZeRO-%1 shards %2 over %3 data-parallel ranks</source>
            <translation>; ZeRO-%1 verteilt %2 auf %3 datenparallele Ranks</translation>
        </message>
        <message>
            <source>optimizer states</source>
            <translation>Optimizer-Zustände</translation>
        </message>
        <message>
            <source>optimizer states and gradients</source>
            <translation>Optimizer-Zustände und Gradienten</translation>
        </message>
        <message>
            <source>optimizer states, gradients and weights</source>
            <translation>Optimizer-Zustände, Gradienten und Gewichte</translation>
        </message>
        <message>
            <source>; gathered-block buffer 2 × %1 parameters = %2</source>
            <translation>; Puffer für gesammelte Blöcke 2 × %1 Parameter = %2</translation>
        </message>
        <message>
            <source>; %1 of host RAM per node holds the offloaded states</source>
            <translation>; %1 Host-RAM pro Knoten halten die ausgelagerten Zustände</translation>
        </message>
        <message>
            <source>; activations sbh(34/t + 5as/(ht)) with sequence parallelism</source>
            <translation>; Aktivierungen sbh(34/t + 5as/(ht)) mit Sequenzparallelität</translation>
        </message>
        <message>
            <source>; activations sbh(10 + 24/t + 5as/(ht))</source>
            <translation>; Aktivierungen sbh(10 + 24/t + 5as/(ht))</translation>
        </message>
        <message>
            <source>Parameter counts from the architecture; bytes per dtype. Quantised formats: GPTQ/AWQ group size 128; QLoRA NF4 (Dettmers et al. 2023).</source>
            <translation>Parameterzahlen aus der Architektur; Bytes pro Datentyp. Quantisierte Formate: GPTQ/AWQ mit Gruppengröße 128; QLoRA NF4 (Dettmers et al. 2023).</translation>
        </message>
        <message>
            <source>One gradient per trainable parameter in the parameter's dtype (fp32 under AMP).</source>
            <translation>Ein Gradient pro trainierbarem Parameter im Datentyp des Parameters (fp32 unter AMP).</translation>
        </message>
        <message>
            <source>torch.optim state per parameter: momentum 1, Adam/AdamW 2 (exp_avg, exp_avg_sq), Lion 1; bitsandbytes 8-bit Adam 2 bytes; Adafactor factored rows + columns (Shazeer &amp; Stern 2018); fp32 master weights in DeepSpeed/Megatron mixed precision (ZeRO paper: 16 bytes/param for mixed-precision Adam).</source>
            <translation>torch.optim-Zustand pro Parameter: Momentum 1, Adam/AdamW 2 (exp_avg, exp_avg_sq), Lion 1; bitsandbytes 8-Bit-Adam 2 Bytes; Adafactor faktorisiert Zeilen + Spalten (Shazeer &amp; Stern 2018); fp32-Master-Gewichte bei Mixed Precision in DeepSpeed/Megatron (ZeRO-Paper: 16 Bytes/Parameter für Adam mit Mixed Precision).</translation>
        </message>
        <message>
            <source>Tensors autograd saves for backward, layer by layer from shapes and PyTorch's derivative formulas, deduplicated by storage; matches sbh(34 + 5as/h) of Korthikanti et al. 2022 for transformer layers and is within 5% of saved_tensors_hooks measurements.</source>
            <translation>Tensoren, die Autograd für den Backward-Pass speichert, Schicht für Schicht aus Formen und den Ableitungsformeln von PyTorch, nach Storage dedupliziert; entspricht für Transformer-Schichten sbh(34 + 5as/h) von Korthikanti et al. 2022 und liegt innerhalb von 5 % der Messungen mit saved_tensors_hooks.</translation>
        </message>
        <message>
            <source>Largest short-lived tensors at the start of backward: logits, log-softmax and their gradient; the largest layer's input and output gradients; cuBLAS/cuDNN workspace; autocast's cached half-precision weight copies.</source>
            <translation>Größte kurzlebige Tensoren zu Beginn des Backward-Pass: Logits, Log-Softmax und deren Gradient; Eingabe- und Ausgabegradienten der größten Schicht; cuBLAS-/cuDNN-Workspace; die zwischengespeicherten Halbpräzisions-Gewichtskopien von Autocast.</translation>
        </message>
        <message>
            <source>2 · layers · kv_heads · head_dim · tokens · sequences · bytes (vLLM, Hugging Face cache).</source>
            <translation>2 · Schichten · kv_heads · head_dim · Tokens · Sequenzen · Bytes (vLLM, Hugging-Face-Cache).</translation>
        </message>
        <message>
            <source>%1 saved for backward per sample × batch %2 + %3 shared, freed before the optimizer step, which is the larger peak = %4</source>
            <translation>%1 für den Backward-Pass gespeichert pro Beispiel × Batch %2 + %3 gemeinsam, vor dem Optimiererschritt freigegeben, der die höhere Spitze ist = %4</translation>
        </message>
        <message>
            <source>The optimizer step is the peak: its scratch, one full-size temporary per parameter group (torch.optim foreach) = %1</source>
            <translation>Der Optimiererschritt ist die Spitze: sein Zwischenspeicher, ein Temporärtensor in voller Größe je Parametergruppe (torch.optim foreach) = %1</translation>
        </message>
        <message>
            <source>Workspaces %1 + autocast weight copies %2 + the larger of the logits and loss %3 and the backward working set %4 + one recomputed block %5 (they follow each other), less that block, which activations count = %6</source>
            <translation>Arbeitsspeicher %1 + Autocast-Gewichtskopien %2 + das Größere von Logits und Loss %3 und Arbeitssatz des Backward-Passes %4 + einem neu berechneten Block %5 (sie folgen aufeinander), abzüglich dieses Blocks, den die Aktivierungen zählen = %6</translation>
        </message>
        <message>
            <source>Workspaces %1 + autocast weight copies %2 + the larger of the logits and loss %3 and the backward working set %4, which follow each other = %5</source>
            <translation>Arbeitsspeicher %1 + Autocast-Gewichtskopien %2 + das Größere von Logits und Loss %3 und dem Arbeitssatz des Backward-Passes %4, die nacheinander auftreten = %5</translation>
        </message>
        <message>
            <source>%1 trainable parameters × %2 bytes = %3, allocated during backward while the activations are freed: none are live at the peak, the start of backward (with gradient accumulation, data parallelism or zero_grad(set_to_none=False) they stay resident) = %4</source>
            <translation>%1 trainierbare Parameter × %2 Bytes = %3, im Backward-Pass angelegt, während die Aktivierungen freigegeben werden: zum Spitzenzeitpunkt, dem Beginn des Backward-Passes, existiert noch keiner (mit Gradientenakkumulation, Datenparallelität oder zero_grad(set_to_none=False) bleiben sie belegt) = %4</translation>
        </message>
        <message>
            <source>; the loss is %1: %2 chunks of the output head, one upcast at a time</source>
            <translation>; der Loss ist %1: %2 Blöcke des Ausgabekopfs, jeweils einer hochgestuft</translation>
        </message>
        <message>
            <source>; the loss is %1: about %2 chunks of the logits, the input gradient computed in the forward</source>
            <translation>; der Loss ist %1: etwa %2 Blöcke der Logits, der Eingabegradient wird im Forward-Pass berechnet</translation>
        </message>
        <message>
            <source>; %1: each parameter is stepped and its gradient freed as soon as it is complete, so they never all exist</source>
            <translation>; %1: Jeder Parameter wird aktualisiert und sein Gradient freigegeben, sobald er vollständig ist, sodass nie alle existieren</translation>
        </message>
        <message>
            <source>; %1: the GPU keeps two blocks' saved tensors, %2 per node wait in pinned host RAM</source>
            <translation>; %1: Die GPU behält die gespeicherten Tensoren zweier Blöcke, %2 pro Knoten warten im gepinnten Host-RAM</translation>
        </message>
        <message>
            <source>; %1 needs repeated blocks to stream, this model has none: nothing offloaded</source>
            <translation>; %1 braucht wiederholte Blöcke zum Streamen, dieses Modell hat keine: nichts ausgelagert</translation>
        </message>
        <message>
            <source>; the first stage keeps its 1/%1 of the layers' activations for %2 micro-batch(es) in flight (1F1B: no more than the %3 the schedule allows, nor than the micro-batches per step)</source>
            <translation>; die erste Stufe hält ihr 1/%1 der Aktivierungen der Schichten für %2 Micro-Batch(es) gleichzeitig (1F1B: nicht mehr als die %3, die der Zeitplan erlaubt, und nicht mehr als die Micro-Batches pro Schritt)</translation>
        </message>
        <message>
            <source>%1 per token × %2 tokens</source>
            <translation>%1 pro Token × %2 Tokens</translation>
        </message>
        <message>
            <source>%1 per token (MLA latent, kv_lora_rank + qk_rope_head_dim per layer, as vLLM and SGLang cache it) × %2 tokens</source>
            <translation>%1 pro Token (MLA-Latent, kv_lora_rank + qk_rope_head_dim pro Schicht, wie vLLM und SGLang es cachen) × %2 Tokens</translation>
        </message>
        <message>
            <source>%1 per token (MLA decompressed into K and V, as Hugging Face caches it; the "KV cache keeps the MLA latent" assumption switches to the latent) × %2 tokens</source>
            <translation>%1 pro Token (MLA dekomprimiert in K und V, wie Hugging Face es cacht; die Annahme „KV-Cache behält das MLA-Latent“ schaltet auf das Latent um) × %2 Tokens</translation>
        </message>
        <message>
            <source>%1 per token of sliding-window layers × %2 tokens (window − 1, as Hugging Face's and vLLM's caches keep)</source>
            <translation>%1 pro Token der Sliding-Window-Schichten × %2 Tokens (Fenster − 1, wie die Caches von Hugging Face und vLLM sie behalten)</translation>
        </message>
        <message>
            <source>%1 of Mamba state (convolution + SSM) per sequence</source>
            <translation>%1 Mamba-Zustand (Faltung + SSM) pro Sequenz</translation>
        </message>
        <message>
            <source>%1 = %2 elements per sequence × %3 sequences × %4 bytes = %5</source>
            <translation>%1 = %2 Elemente pro Sequenz × %3 Sequenzen × %4 Bytes = %5</translation>
        </message>
    </context>
    <context>
        <name>ModelCompiler</name>
        <message>
            <source>The input image needs at least one channel and one pixel.</source>
            <translation>Das Eingabebild braucht mindestens einen Kanal und ein Pixel.</translation>
        </message>
        <message>
            <source>The sequence length must be at least 1.</source>
            <translation>Die Sequenzlänge muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>The sequence length %1 exceeds the model's context of %2 tokens.</source>
            <translation>Die Sequenzlänge %1 übersteigt den Kontext des Modells von %2 Tokens.</translation>
        </message>
        <message>
            <source>The input needs at least one feature.</source>
            <translation>Die Eingabe braucht mindestens ein Merkmal.</translation>
        </message>
        <message>
            <source>Layer "%1" (%2): %3</source>
            <translation>Schicht „%1“ (%2): %3</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3 (got %4).</source>
            <translation>%1 muss zwischen %2 und %3 liegen (erhalten: %4).</translation>
        </message>
        <message>
            <source>%1 must be a whole number (got %2).</source>
            <translation>%1 muss eine ganze Zahl sein (erhalten: %2).</translation>
        </message>
        <message>
            <source>the branch gives %1 but the shortcut gives %2; they must match to be added.</source>
            <translation>der Zweig liefert %1, der Shortcut aber %2; zum Addieren müssen sie übereinstimmen.</translation>
        </message>
        <message>
            <source>cannot concatenate %1 with %2: all but the channel dimension must match.</source>
            <translation>%1 und %2 lassen sich nicht verketten: Alle Dimensionen außer der Kanaldimension müssen übereinstimmen.</translation>
        </message>
        <message>
            <source>the gate's shape %1 does not broadcast over %2.</source>
            <translation>die Form %1 des Gates lässt sich nicht auf %2 broadcasten.</translation>
        </message>
        <message>
            <source>expects %1 input but gets %2.</source>
            <translation>erwartet %1 als Eingabe, erhält aber %2.</translation>
        </message>
        <message>
            <source>gets token ids; start the model with an Embedding.</source>
            <translation>erhält Token-IDs; das Modell mit einem Embedding beginnen.</translation>
        </message>
        <message>
            <source>a C×H×W image</source>
            <translation>ein C×H×W-Bild</translation>
        </message>
        <message>
            <source>%1 input and %2 output channels are not divisible by %3 groups.</source>
            <translation>%1 Eingabe- und %2 Ausgabekanäle sind nicht durch %3 Gruppen teilbar.</translation>
        </message>
        <message>
            <source>a %1 kernel does not fit the %2 input.</source>
            <translation>ein %1-Kernel passt nicht in die Eingabe %2.</translation>
        </message>
        <message>
            <source>a %1 window does not fit the %2 input.</source>
            <translation>ein %1-Fenster passt nicht in die Eingabe %2.</translation>
        </message>
        <message>
            <source>expects token ids but gets %1 activations.</source>
            <translation>erwartet Token-IDs, erhält aber %1-Aktivierungen.</translation>
        </message>
        <message>
            <source>a sequence of vectors</source>
            <translation>eine Folge von Vektoren</translation>
        </message>
        <message>
            <source>%1 tokens exceed its %2 learned positions.</source>
            <translation>%1 Tokens übersteigen seine %2 gelernten Positionen.</translation>
        </message>
        <message>
            <source>a C×H×W feature map</source>
            <translation>eine C×H×W-Feature-Map</translation>
        </message>
        <message>
            <source>expects vectors but gets %1.</source>
            <translation>erwartet Vektoren, erhält aber %1.</translation>
        </message>
        <message>
            <source>expects a sequence of vectors but gets %1.</source>
            <translation>erwartet eine Folge von Vektoren, erhält aber %1.</translation>
        </message>
        <message>
            <source>the hidden size %1 is not divisible by %2 heads; set the head dimension.</source>
            <translation>die Hidden Size %1 ist nicht durch %2 Heads teilbar; die Head-Dimension setzen.</translation>
        </message>
        <message>
            <source>%1 query heads cannot be grouped over %2 key/value heads.</source>
            <translation>%1 Query-Heads lassen sich nicht auf %2 Key/Value-Heads gruppieren.</translation>
        </message>
        <message>
            <source>routes to %1 experts but has only %2.</source>
            <translation>leitet an %1 Experten, hat aber nur %2.</translation>
        </message>
        <message>
            <source>a %1-bit tensor (%2 per sample) exceeds the 2^53-byte limit.</source>
            <translation>ein %1-Bit-Tensor (%2 pro Sample) übersteigt die Grenze von 2^53 Bytes.</translation>
        </message>
        <message>
            <source>the model's parameter count exceeds the 2^53 limit.</source>
            <translation>die Parameterzahl des Modells übersteigt die Grenze von 2^53.</translation>
        </message>
        <message>
            <source>simulating the architecture takes more than %1 layer steps; nest fewer repeated blocks.</source>
            <translation>die Simulation der Architektur braucht mehr als %1 Schichtschritte; verschachteln Sie weniger wiederholte Blöcke.</translation>
        </message>
        <message>
            <source>the attention scores (%1 heads × %2 × %3 tokens) exceed the 2^53-byte limit; use FlashAttention or a shorter sequence.</source>
            <translation>die Attention-Scores (%1 Heads × %2 × %3 Tokens) übersteigen die Grenze von 2^53 Bytes; verwenden Sie FlashAttention oder eine kürzere Sequenz.</translation>
        </message>
        <message>
            <source>the query/key head dimension (with and without RoPE) is 0.</source>
            <translation>die Query/Key-Head-Dimension (mit und ohne RoPE) ist 0.</translation>
        </message>
    </context>
    <context>
        <name>OnnxImporter</name>
        <message>
            <source>an invalid field tag</source>
            <translation>ein ungültiges Feld-Tag</translation>
        </message>
        <message>
            <source>a truncated number</source>
            <translation>eine abgeschnittene Zahl</translation>
        </message>
        <message>
            <source>an overlong number</source>
            <translation>eine überlange Zahl</translation>
        </message>
        <message>
            <source>a field running past the end of the file</source>
            <translation>ein Feld, das über das Dateiende hinausreicht</translation>
        </message>
        <message>
            <source>the graph has no operations on its input</source>
            <translation>der Graph hat keine Operationen auf seiner Eingabe</translation>
        </message>
        <message>
            <source>graph input "%1" has no shape with a batch dimension</source>
            <translation>Graph-Eingabe „%1“ hat keine Form mit Batch-Dimension</translation>
        </message>
        <message>
            <source>graph input "%1" has a symbolic or absurd dimension besides the batch; export it with fixed sizes</source>
            <translation>Graph-Eingabe „%1“ hat außer dem Batch eine symbolische oder unsinnige Dimension; mit festen Größen exportieren</translation>
        </message>
        <message>
            <source>graph input "%1" (%2) is not an image (C×H×W with H = W), token ids or feature vectors</source>
            <translation>Graph-Eingabe „%1“ (%2) ist weder ein Bild (C×H×W mit H = W) noch Token-IDs oder Merkmalsvektoren</translation>
        </message>
        <message>
            <source>the graph has no input besides its initializers</source>
            <translation>der Graph hat außer seinen Initializern keine Eingabe</translation>
        </message>
        <message>
            <source>the graph has a cycle through node "%1" (%2); ONNX graphs must be acyclic</source>
            <translation>der Graph hat einen Zyklus über Knoten „%1“ (%2); ONNX-Graphen müssen azyklisch sein</translation>
        </message>
        <message>
            <source>Imported ONNX model</source>
            <translation>Importiertes ONNX-Modell</translation>
        </message>
        <message>
            <source>ONNX file (opset %1, produced by %2)</source>
            <translation>ONNX-Datei (Opset %1, erzeugt von %2)</translation>
        </message>
        <message>
            <source>an unnamed tool</source>
            <translation>einem unbenannten Werkzeug</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1: larger than 2 GiB; ONNX keeps big weights in external data files</source>
            <translation>%1: größer als 2 GiB; ONNX legt große Gewichte in externen Datendateien ab</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>malformed protobuf at byte %1: %2</source>
            <translation>fehlerhaftes Protobuf bei Byte %1: %2</translation>
        </message>
        <message>
            <source>subgraphs are nested more than %1 levels deep</source>
            <translation>Subgraphen sind mehr als %1 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>the graph has more than %1 nodes</source>
            <translation>der Graph hat mehr als %1 Knoten</translation>
        </message>
        <message>
            <source>initializer "%1" has more than 64 dimensions</source>
            <translation>Initializer „%1“ hat mehr als 64 Dimensionen</translation>
        </message>
        <message>
            <source>initializer "%1" has absurd dimensions (over %2 elements)</source>
            <translation>Initializer „%1“ hat unsinnige Dimensionen (über %2 Elemente)</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(unbenannt)</translation>
        </message>
        <message>
            <source>no graph found: this is not an ONNX model</source>
            <translation>kein Graph gefunden: Dies ist kein ONNX-Modell</translation>
        </message>
    </context>
    <context>
        <name>Parallelism</name>
        <message>
            <source>The GPU count must be at least 1 (got %1).</source>
            <translation>Die GPU-Anzahl muss mindestens 1 sein (erhalten: %1).</translation>
        </message>
        <message>
            <source>%1 GPUs cannot be spread evenly over %2 nodes.</source>
            <translation>%1 GPUs lassen sich nicht gleichmäßig auf %2 Knoten verteilen.</translation>
        </message>
        <message>
            <source>The ZeRO stage must be 0, 1, 2 or 3 (got %1).</source>
            <translation>Die ZeRO-Stufe muss 0, 1, 2 oder 3 sein (erhalten: %1).</translation>
        </message>
        <message>
            <source>FSDP shards like ZeRO-3; it cannot be combined with ZeRO-%1.</source>
            <translation>FSDP shardet wie ZeRO-3 und lässt sich nicht mit ZeRO-%1 kombinieren.</translation>
        </message>
        <message>
            <source>Tensor and pipeline parallel sizes must be at least 1.</source>
            <translation>Tensor- und Pipeline-Parallel-Größen müssen mindestens 1 sein.</translation>
        </message>
        <message>
            <source>Tensor parallel %1 × pipeline parallel %2 must divide the %3 GPUs.</source>
            <translation>Tensor-Parallel %1 × Pipeline-Parallel %2 muss die %3 GPUs teilen.</translation>
        </message>
        <message>
            <source>Tensor parallelism (%1) should stay inside one node (%2 GPUs per node).</source>
            <translation>Tensor-Parallelität (%1) sollte innerhalb eines Knotens bleiben (%2 GPUs pro Knoten).</translation>
        </message>
        <message>
            <source>Offloading parameters needs ZeRO-3 or FSDP.</source>
            <translation>Das Auslagern von Parametern braucht ZeRO-3 oder FSDP.</translation>
        </message>
        <message>
            <source>Offloading the optimizer needs ZeRO-1, 2 or 3 (ZeRO-Offload) or FSDP.</source>
            <translation>Das Auslagern des Optimizers braucht ZeRO-1, 2 oder 3 (ZeRO-Offload) oder FSDP.</translation>
        </message>
        <message>
            <source>Micro-batches in flight cannot be negative.</source>
            <translation>Laufende Micro-Batches können nicht negativ sein.</translation>
        </message>
        <message>
            <source>%1 on %2: DP %3 × TP %4 × PP %5</source>
            <translation>%1 auf %2: DP %3 × TP %4 × PP %5</translation>
        </message>
        <message numerus="yes">
            <source>%n GPU(s)</source>
            <translation>
                <numerusform>%n GPU</numerusform>
                <numerusform>%n GPUs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n Knoten</numerusform>
                <numerusform>%n Knoten</numerusform>
            </translation>
        </message>
        <message>
            <source>, sequence parallel</source>
            <translation>, sequenzparallel</translation>
        </message>
        <message>
            <source>, %1 offloaded to CPU</source>
            <translation>, %1 auf die CPU ausgelagert</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Optimizer states to CPU</source>
            <translation>Optimizer-Zustände auf die CPU</translation>
        </message>
        <message>
            <source>Optimizer states and weights to CPU</source>
            <translation>Optimizer-Zustände und Gewichte auf die CPU</translation>
        </message>
        <message>
            <source>ZeRO, FSDP and CPU offload shard gradients and optimizer states, which inference does not have: set ZeRO to 0, FSDP and offload off, and serve a model too large for one GPU with tensor or pipeline parallelism (vLLM's --tensor-parallel-size, llama.cpp's layer split). DeepSpeed's ZeRO-Inference weight streaming is not modelled.</source>
            <translation>ZeRO, FSDP und CPU-Offload verteilen Gradienten und Optimiererzustände, die es bei Inferenz nicht gibt: Setzen Sie ZeRO auf 0, schalten Sie FSDP und Offload aus und verteilen Sie ein Modell, das nicht auf eine GPU passt, mit Tensor- oder Pipeline-Parallelität (--tensor-parallel-size in vLLM, Layer-Split in llama.cpp). Das Weight-Streaming von DeepSpeed ZeRO-Inference wird nicht modelliert.</translation>
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
            <translation>fehlt</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>muss eine Zahl sein</translation>
        </message>
        <message>
            <source>must be between %1 and %2 (got %3)</source>
            <translation>muss zwischen %1 und %2 liegen (erhalten: %3)</translation>
        </message>
        <message>
            <source>must be a whole number (got %1)</source>
            <translation>muss eine ganze Zahl sein (erhalten: %1)</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>"%1" is not one of %2</source>
            <translation>„%1“ ist keiner der Werte %2</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>unbekanntes Feld</translation>
        </message>
        <message>
            <source>%1: blocks are nested more than %2 deep</source>
            <translation>%1: Blöcke sind mehr als %2 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>%1: the architecture has more than %2 layers</source>
            <translation>%1: Die Architektur hat mehr als %2 Schichten</translation>
        </message>
        <message>
            <source>unknown layer kind "%1"</source>
            <translation>unbekannte Schichtart „%1“</translation>
        </message>
        <message>
            <source>must be a list of layers</source>
            <translation>muss eine Liste von Schichten sein</translation>
        </message>
        <message>
            <source>only %1 layers have this</source>
            <translation>nur %1-Schichten haben dies</translation>
        </message>
        <message>
            <source>%1: must be an object</source>
            <translation>%1: muss ein Objekt sein</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>muss ein Objekt sein</translation>
        </message>
        <message>
            <source>"%1" is not one of image, tokens, features</source>
            <translation>„%1“ ist keiner der Werte image, tokens, features</translation>
        </message>
        <message>
            <source>must be a block (kind "sequence")</source>
            <translation>muss ein Block sein (kind „sequence“)</translation>
        </message>
        <message>
            <source>not valid JSON at line %1: %2</source>
            <translation>kein gültiges JSON in Zeile %1: %2</translation>
        </message>
        <message>
            <source>a plan file must hold a JSON object</source>
            <translation>eine Plandatei muss ein JSON-Objekt enthalten</translation>
        </message>
        <message>
            <source>is not "headroom-plan": this is not a Headroom plan</source>
            <translation>ist nicht „headroom-plan“: Dies ist kein Headroom-Plan</translation>
        </message>
        <message>
            <source>the file was written by a newer Headroom (format %1; this version reads up to %2). Update Headroom to open it.</source>
            <translation>die Datei wurde von einer neueren Headroom-Version geschrieben (Format %1; diese Version liest bis %2). Aktualisieren Sie Headroom, um sie zu öffnen.</translation>
        </message>
        <message>
            <source>must be at least 1</source>
            <translation>muss mindestens 1 sein</translation>
        </message>
        <message>
            <source>workload: %1</source>
            <translation>Workload: %1</translation>
        </message>
        <message>
            <source>hardware: %1</source>
            <translation>Hardware: %1</translation>
        </message>
        <message>
            <source>assumptions.%1: unknown assumption</source>
            <translation>assumptions.%1: unbekannte Annahme</translation>
        </message>
        <message>
            <source>assumptions.%1: must be a number</source>
            <translation>assumptions.%1: muss eine Zahl sein</translation>
        </message>
        <message>
            <source>assumptions.%1: %2</source>
            <translation>assumptions.%1: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>%1 kann nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is larger than 64 MiB; it is not a plan file.</source>
            <translation>%1 ist größer als 64 MiB und damit keine Plandatei.</translation>
        </message>
        <message>
            <source>letters from q, k, v, o, m, or all</source>
            <translation>Buchstaben aus q, k, v, o, m oder all</translation>
        </message>
        <message>
            <source>%1.%2: unknown field</source>
            <translation>%1.%2: unbekanntes Feld</translation>
        </message>
        <message>
            <source>%1.name: %2</source>
            <translation>%1.name: %2</translation>
        </message>
        <message>
            <source>must be an array</source>
            <translation>muss ein Array sein</translation>
        </message>
        <message>
            <source>holds more than %1 scenarios</source>
            <translation>enthält mehr als %1 Szenarien</translation>
        </message>
        <message>
            <source>must be a list of names from %1</source>
            <translation>muss eine Liste von Namen aus %1 sein</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Writes the PDF build report of a plan file.</source>
            <translation>Schreibt den PDF-Konfigurationsbericht einer Plandatei.</translation>
        </message>
        <message>
            <source>A .headroom plan file.</source>
            <translation>Eine .headroom-Plandatei.</translation>
        </message>
        <message>
            <source>The PDF to write.</source>
            <translation>Die zu schreibende PDF-Datei.</translation>
        </message>
        <message>
            <source>Page size: a4 (default) or letter.</source>
            <translation>Seitenformat: a4 (Standard) oder letter.</translation>
        </message>
        <message>
            <source>report needs exactly one plan file</source>
            <translation>report benötigt genau eine Plandatei</translation>
        </message>
        <message>
            <source>report needs -o FILE.pdf</source>
            <translation>report benötigt -o DATEI.pdf</translation>
        </message>
        <message>
            <source>--page must be a4 or letter</source>
            <translation>--page muss a4 oder letter sein</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n page(s))</source>
            <translation>
                <numerusform>%1 geschrieben (%n Seite)</numerusform>
                <numerusform>%1 geschrieben (%n Seiten)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <source>GiB per GPU (marker: visible GPU memory)</source>
            <translation>GiB pro GPU (Markierung: sichtbarer GPU-Speicher)</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>Page %1</source>
            <translation>Seite %1</translation>
        </message>
    </context>
    <context>
        <name>RuntimeProfile</name>
        <message>
            <source>Custom (no profile)</source>
            <translation>Eigene Einstellungen (kein Profil)</translation>
        </message>
        <message>
            <source>PyTorch 1.x</source>
            <translation>PyTorch 1.x</translation>
        </message>
        <message>
            <source>PyTorch 2.x eager</source>
            <translation>PyTorch 2.x (eager)</translation>
        </message>
        <message>
            <source>Hugging Face Trainer</source>
            <translation>Hugging-Face-Trainer</translation>
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
            <translation>Keine Voreinstellungen eines Frameworks: Jede Einstellung gehört dem Plan.</translation>
        </message>
        <message>
            <source>PyTorch 1.x with the Hugging Face stack of its time: zero_grad() kept gradients allocated (set_to_none=False until PyTorch 2.0), transformers' AdamW (adamw_hf) stepped one parameter at a time with no full-size temporary, attention was eager (SDPA arrived in 2.0), and CUDA before 11.7 loaded every kernel at start-up: 1,343 MiB of context on a V100 with CUDA 11.2 (Hugging Face, "Efficient training on a single GPU").</source>
            <translation>PyTorch 1.x mit dem Hugging-Face-Stack jener Zeit: zero_grad() ließ die Gradienten belegt (set_to_none=False bis PyTorch 2.0), das AdamW von transformers (adamw_hf) aktualisierte einen Parameter nach dem anderen ohne Zwischenspeicher voller Größe, Attention lief eager (SDPA kam mit 2.0), und CUDA vor 11.7 lud beim Start jeden Kernel: 1.343 MiB Kontext auf einer V100 mit CUDA 11.2 (Hugging Face, „Efficient training on a single GPU“).</translation>
        </message>
        <message>
            <source>A plain PyTorch 2.x training loop: zero_grad(set_to_none=True) frees gradients, torch.optim picks the foreach Adam/AdamW on CUDA (one state-sized temporary in step()), lazy kernel loading: 715-781 MiB of context measured on an H200 (Headroom's calibration runs). Attention is whatever the model's code calls.</source>
            <translation>Eine schlichte PyTorch-2.x-Trainingsschleife: zero_grad(set_to_none=True) gibt die Gradienten frei, torch.optim wählt auf CUDA das foreach-Adam/AdamW (ein Zwischenspeicher in Zustandsgröße in step()), Kernel werden bei Bedarf geladen: 715–781 MiB Kontext, gemessen auf einer H200 (Headrooms Kalibrierläufe). Attention ist, was der Code des Modells aufruft.</translation>
        </message>
        <message>
            <source>transformers' Trainer on PyTorch &gt;= 2.8: optim defaults to adamw_torch_fused (training_args.py), so the step needs no full-size temporary; models load with attn_implementation="sdpa" (the default since transformers 4.36); logits are upcast to fp32 for the loss; gradients are freed with set_to_none. bf16=True is autocast (BF16 mixed precision), so the weights stay fp32.</source>
            <translation>Der Trainer von transformers ab PyTorch 2.8: optim ist standardmäßig adamw_torch_fused (training_args.py), der Schritt braucht also keinen Zwischenspeicher voller Größe; Modelle laden mit attn_implementation="sdpa" (Voreinstellung seit transformers 4.36); Logits werden für den Loss nach fp32 umgewandelt; Gradienten werden mit set_to_none freigegeben. bf16=True ist Autocast (BF16 Mixed Precision), die Gewichte bleiben also fp32.</translation>
        </message>
        <message>
            <source>torchtune's recipes: dtype bf16 converts the model (pure BF16) with no fp32 master copy and optimizer states in bf16; the configs use torch.optim.AdamW with fused=True; the loss is CEWithChunkedOutputLoss (8 chunks); attention is F.scaled_dot_product_attention; LoRA configs set lora_dropout: 0.0.</source>
            <translation>Die Rezepte von torchtune: dtype bf16 wandelt das Modell um (reines BF16), ohne fp32-Masterkopie und mit Optimiererzuständen in bf16; die Konfigurationen nutzen torch.optim.AdamW mit fused=True; der Loss ist CEWithChunkedOutputLoss (8 Blöcke); Attention ist F.scaled_dot_product_attention; LoRA-Konfigurationen setzen lora_dropout: 0.0.</translation>
        </message>
        <message>
            <source>LitGPT's finetune scripts: precision bf16-true (pure BF16, no master copy), torch.optim.AdamW built by instantiate_torch_optimizer without a fused flag (foreach), the LM head and loss in chunks (lm_head_chunk_size=128 and chunked_cross_entropy, modelled as chunked cross-entropy), SDPA attention, lora_dropout 0.05.</source>
            <translation>Die Finetune-Skripte von LitGPT: precision bf16-true (reines BF16, keine Masterkopie), torch.optim.AdamW, von instantiate_torch_optimizer ohne fused-Option erzeugt (foreach), LM-Kopf und Loss in Blöcken (lm_head_chunk_size=128 und chunked_cross_entropy, als blockweise Kreuzentropie modelliert), SDPA-Attention, lora_dropout 0.05.</translation>
        </message>
        <message>
            <source>Unsloth's fine-tuning: its fused linear cross-entropy (the logits never exist in full), flash/SDPA attention, lora_dropout 0 (the value its fast LoRA path needs), the Trainer's fused AdamW step. Its offloaded gradient checkpointing is not modelled separately: choose full checkpointing.</source>
            <translation>Das Fine-Tuning von Unsloth: seine fusionierte lineare Kreuzentropie (die Logits existieren nie vollständig), Flash-/SDPA-Attention, lora_dropout 0 (der Wert, den sein schneller LoRA-Pfad braucht), der fusionierte AdamW-Schritt des Trainers. Sein ausgelagertes Gradient Checkpointing wird nicht gesondert modelliert: Wählen Sie vollständiges Checkpointing.</translation>
        </message>
        <message>
            <source>DeepSpeed's engine: bf16/fp16 training keeps fp32 master weights and fp32 Adam states (runtime/bf16_optimizer.py, fp16/fused_optimizer.py); FusedAdam updates in place with multi_tensor_apply (ops/adam/fused_adam.py), so no full-size temporary.</source>
            <translation>Die Engine von DeepSpeed: Training in bf16/fp16 hält fp32-Mastergewichte und fp32-Adam-Zustände (runtime/bf16_optimizer.py, fp16/fused_optimizer.py); FusedAdam aktualisiert an Ort und Stelle mit multi_tensor_apply (ops/adam/fused_adam.py), also ohne Zwischenspeicher voller Größe.</translation>
        </message>
        <message>
            <source>master weights</source>
            <translation>Mastergewichte</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>attention kernel</source>
            <translation>Attention-Kernel</translation>
        </message>
        <message>
            <source>memory techniques</source>
            <translation>Speichertechniken</translation>
        </message>
        <message>
            <source>LoRA dropout</source>
            <translation>LoRA-Dropout</translation>
        </message>
        <message>
            <source>%1 (edited: %2)</source>
            <translation>%1 (geändert: %2)</translation>
        </message>
    </context>
    <context>
        <name>ScenarioActions</name>
        <message>
            <source>%1× %2, %3</source>
            <translation>%1× %2, %3</translation>
        </message>
        <message>
            <source>Pin as scenario</source>
            <translation>Als Szenario anheften</translation>
        </message>
        <message>
            <source>No GPU configuration in the catalog fits this plan.</source>
            <translation>Keine GPU-Konfiguration im Katalog passt zu diesem Plan.</translation>
        </message>
        <message>
            <source>Create scenarios from recommendations</source>
            <translation>Szenarien aus Empfehlungen erstellen</translation>
        </message>
    </context>
    <context>
        <name>SystemPlanner</name>
        <message>
            <source>Rule of thumb: 1.25 × the largest single GPU's memory = %1 (not the sum over GPUs).</source>
            <translation>Faustregel: 1,25 × Speicher der größten einzelnen GPU = %1 (nicht die Summe über alle GPUs).</translation>
        </message>
        <message>
            <source>Checkpoint loading: %1 parameters × %2 bytes × %3 loading process(es) = %4.</source>
            <translation>Checkpoint-Laden: %1 Parameter × %2 Bytes × %3 ladende(r) Prozess(e) = %4.</translation>
        </message>
        <message>
            <source>Data loading: %1 GPU(s) × %2 workers × (%3 batches × %4 + %5 GiB per worker) = %6.</source>
            <translation>Datenladen: %1 GPU(s) × %2 Worker × (%3 Batches × %4 + %5 GiB pro Worker) = %6.</translation>
        </message>
        <message>
            <source>Pinned staging buffers %1; %2 training process(es) × %3 GiB = %4.</source>
            <translation>Gepinnte Staging-Puffer %1; %2 Trainingsprozess(e) × %3 GiB = %4.</translation>
        </message>
        <message>
            <source>ZeRO-Offload keeps optimizer states and fp32 gradients (about 16 bytes per parameter with Adam; 18 with parameters) on the host: %1.</source>
            <translation>ZeRO-Offload hält Optimizer-Zustände und fp32-Gradienten auf dem Host (etwa 16 Bytes pro Parameter mit Adam; 18 mit Parametern): %1.</translation>
        </message>
        <message>
            <source>Plan needs %1; recommended %2, bought as %3 × %4 GB DIMMs.</source>
            <translation>Der Plan braucht %1; empfohlen %2, gekauft als %3 × %4-GB-DIMMs.</translation>
        </message>
        <message>
            <source>desktop (20-24 CPU lanes)</source>
            <translation>Desktop (20–24 CPU-Lanes)</translation>
        </message>
        <message>
            <source>HEDT/workstation (64-128 lanes); on a desktop the GPUs share lanes at x8</source>
            <translation>HEDT/Workstation (64–128 Lanes); auf einem Desktop teilen sich die GPUs die Lanes mit x8</translation>
        </message>
        <message>
            <source>server (128+ lanes or PCIe switches)</source>
            <translation>Server (128+ Lanes oder PCIe-Switches)</translation>
        </message>
        <message>
            <source>Activation offloading keeps the saved tensors in pinned host RAM: %1.</source>
            <translation>Das Auslagern der Aktivierungen hält die gespeicherten Tensoren im gepinnten Host-RAM: %1.</translation>
        </message>
        <message>
            <source>Checkpoint loading: %1 parameters ÷ %2 model-parallel shards (TP %3 × PP %4) × %5 bytes × %6 loading process(es) = %7.</source>
            <translation>Laden des Checkpoints: %1 Parameter ÷ %2 Modellparallel-Shards (TP %3 × PP %4) × %5 Bytes × %6 Ladeprozess(e) = %7.</translation>
        </message>
    </context>
    <context>
        <name>Technique</name>
        <message>
            <source>Chunked cross-entropy</source>
            <translation>Chunked Cross-Entropy</translation>
        </message>
        <message>
            <source>torchtune's CEWithChunkedOutputLoss: the output head returns 8 chunks of bf16 logits and each is upcast to fp32 for the loss alone, so only one chunk's fp32 copy and gradients exist at a time (torchtune/modules/loss).</source>
            <translation>CEWithChunkedOutputLoss von torchtune: Der Ausgabekopf liefert 8 Blöcke von bf16-Logits, und jeder wird nur für den Loss nach fp32 hochgestuft, sodass immer nur die fp32-Kopie und die Gradienten eines Blocks existieren (torchtune/modules/loss).</translation>
        </message>
        <message>
            <source>Fused linear cross-entropy</source>
            <translation>Fusionierte lineare Cross-Entropy</translation>
        </message>
        <message>
            <source>Liger's LigerFusedLinearCrossEntropyLoss (also in Unsloth): the output head and the loss run chunk by chunk, about vocabulary ÷ hidden chunks, and the input gradient is computed in the forward pass; the full logits never exist (liger_kernel/ops/fused_linear_cross_entropy.py).</source>
            <translation>LigerFusedLinearCrossEntropyLoss von Liger (auch in Unsloth): Ausgabekopf und Loss laufen blockweise, etwa Vokabular ÷ Hidden-Größe Blöcke, und der Eingabegradient wird im Forward-Pass berechnet; die vollständigen Logits existieren nie (liger_kernel/ops/fused_linear_cross_entropy.py).</translation>
        </message>
        <message>
            <source>Optimizer step in backward</source>
            <translation>Optimizer-Schritt im Backward-Pass</translation>
        </message>
        <message>
            <source>torchtune's optimizer_in_bwd: one optimizer per parameter, stepped from a post-accumulate-grad hook, which frees the gradient at once: the gradients of a step never all exist. Needs gradient accumulation 1.</source>
            <translation>optimizer_in_bwd von torchtune: ein Optimizer pro Parameter, ausgeführt aus einem Post-Accumulate-Grad-Hook, der den Gradienten sofort freigibt: Die Gradienten eines Schritts existieren nie alle gleichzeitig. Erfordert Gradientenakkumulation 1.</translation>
        </message>
        <message>
            <source>Activation offloading</source>
            <translation>Auslagern der Aktivierungen</translation>
        </message>
        <message>
            <source>torchtune's enable_activation_offloading (saved_tensors_hooks that copy saved tensors to pinned host memory on a side stream): the GPU keeps about one layer's saved tensors, the host keeps the rest in pinned RAM.</source>
            <translation>enable_activation_offloading von torchtune (saved_tensors_hooks, die gespeicherte Tensoren auf einem Nebenstream in gepinnten Hostspeicher kopieren): Die GPU behält etwa die gespeicherten Tensoren einer Schicht, der Host den Rest im gepinnten RAM.</translation>
        </message>
    </context>
    <context>
        <name>ThroughputModel</name>
        <message>
            <source>Rule of thumb from the article: about 85% scaling efficiency at 8 GPUs; measured 84-97% for ResNet-50 depending on interconnect and precision. Not computed.</source>
            <translation>Faustregel des Artikels: etwa 85 % Skalierungseffizienz bei 8 GPUs; für ResNet-50 je nach Interconnect und Präzision 84–97 % gemessen. Nicht berechnet.</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>T</source>
            <comment>trillion (10^12), as in 1.2 T parameters</comment>
            <translation>Bio.</translation>
        </message>
        <message>
            <source>B</source>
            <comment>billion (10^9), as in 7 B parameters</comment>
            <translation>Mrd.</translation>
        </message>
        <message>
            <source>M</source>
            <comment>million (10^6), as in 25 M parameters</comment>
            <translation>Mio.</translation>
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <source>The model</source>
            <translation>Das Modell</translation>
        </message>
        <message>
            <source>Cannot evaluate %1: %2</source>
            <translation>%1 kann nicht berechnet werden: %2</translation>
        </message>
        <message>
            <source>%1 needs %2 per GPU; the GPU "%3" is not in the catalog, so the fit is not checked.</source>
            <translation>%1 braucht %2 pro GPU; die GPU „%3“ ist nicht im Katalog, daher wird nicht geprüft, ob es passt.</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>Fits: %1 needs %2 of the %3 visible per GPU on %4, %5 headroom (%6%).</source>
            <translation>Passt: %1 braucht %2 von %3 sichtbarem Speicher pro GPU auf %4, %5 Reserve (%6 %).</translation>
        </message>
        <message>
            <source>Does not fit: %1 needs %2 of the %3 visible per GPU on %4, %5 over.</source>
            <translation>Passt nicht: %1 braucht %2 von %3 sichtbarem Speicher pro GPU auf %4, %5 zu viel.</translation>
        </message>
        <message>
            <source>Largest micro-batch that fits: %1.</source>
            <translation>Größter passender Micro-Batch: %1.</translation>
        </message>
        <message>
            <source>Most concurrent sequences that fit: %1.</source>
            <translation>Höchstzahl gleichzeitiger Sequenzen, die passen: %1.</translation>
        </message>
        <message>
            <source>Largest batch that fits: %1.</source>
            <translation>Größter passender Batch: %1.</translation>
        </message>
        <message>
            <source>The model has no parameters: add layers in the Architecture tab, or choose a preset or an import.</source>
            <translation>Das Modell hat keine Parameter: Fügen Sie im Tab Architektur Schichten hinzu, oder wählen Sie eine Vorlage oder einen Import.</translation>
        </message>
        <message>
            <source>%1 finds no attention or MLP projection to adapt in this model, so nothing would train (0 trainable parameters): choose full fine-tuning, or a model with attention or MLP blocks.</source>
            <translation>%1 findet in diesem Modell keine Attention- oder MLP-Projektion zum Anpassen, es würde also nichts trainiert (0 trainierbare Parameter): Wählen Sie volles Fine-Tuning oder ein Modell mit Attention- oder MLP-Blöcken.</translation>
        </message>
        <message>
            <source>Nothing in this model trains (0 trainable parameters).</source>
            <translation>In diesem Modell wird nichts trainiert (0 trainierbare Parameter).</translation>
        </message>
        <message>
            <source>Sequence length: the model's default, %1 tokens.</source>
            <translation>Sequenzlänge: die Voreinstellung des Modells, %1 Tokens.</translation>
        </message>
        <message>
            <source>Only %1% of the GPU is left, under the %2% safety margin: a longer sequence, a bigger batch or a library update can push it over.</source>
            <translation>Nur %1 % der GPU bleiben frei, weniger als die Sicherheitsreserve von %2 %: Eine längere Sequenz, ein größerer Batch oder ein Bibliotheks-Update kann das Limit überschreiten.</translation>
        </message>
    </context>
    <context>
        <name>Workload</name>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Fine-tuning</source>
            <translation>Fine-Tuning</translation>
        </message>
        <message>
            <source>Inference</source>
            <translation>Inferenz</translation>
        </message>
        <message>
            <source>FP32</source>
            <translation>FP32</translation>
        </message>
        <message>
            <source>TF32 (fp32 storage, tensor-core matmuls)</source>
            <translation>TF32 (fp32-Speicherung, Matmuls auf Tensor Cores)</translation>
        </message>
        <message>
            <source>FP16 mixed precision (AMP)</source>
            <translation>FP16 Mixed Precision (AMP)</translation>
        </message>
        <message>
            <source>BF16 mixed precision (AMP)</source>
            <translation>BF16 Mixed Precision (AMP)</translation>
        </message>
        <message>
            <source>Pure FP16</source>
            <translation>Reines FP16</translation>
        </message>
        <message>
            <source>Pure BF16</source>
            <translation>Reines BF16</translation>
        </message>
        <message>
            <source>FP8 (Transformer Engine)</source>
            <translation>FP8 (Transformer Engine)</translation>
        </message>
        <message>
            <source>INT8 weights (inference)</source>
            <translation>INT8-Gewichte (Inferenz)</translation>
        </message>
        <message>
            <source>4-bit weights (inference)</source>
            <translation>4-Bit-Gewichte (Inferenz)</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>SGD with momentum</source>
            <translation>SGD mit Momentum</translation>
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
            <translation>8-Bit-Adam (bitsandbytes)</translation>
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
            <translation>Aus</translation>
        </message>
        <message>
            <source>Full (every block)</source>
            <translation>Voll (jeder Block)</translation>
        </message>
        <message>
            <source>Selective (attention only)</source>
            <translation>Selektiv (nur Attention)</translation>
        </message>
        <message>
            <source>Full fine-tuning</source>
            <translation>Volles Fine-Tuning</translation>
        </message>
        <message>
            <source>LoRA</source>
            <translation>LoRA</translation>
        </message>
        <message>
            <source>QLoRA (4-bit base)</source>
            <translation>QLoRA (4-Bit-Basis)</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3 (got %4).</source>
            <translation>%1 muss zwischen %2 und %3 liegen (erhalten: %4).</translation>
        </message>
        <message>
            <source>Micro-batch size</source>
            <translation>Micro-Batch-Größe</translation>
        </message>
        <message>
            <source>Gradient accumulation</source>
            <translation>Gradientenakkumulation</translation>
        </message>
        <message>
            <source>Sequence length</source>
            <translation>Sequenzlänge</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>Bildgröße</translation>
        </message>
        <message>
            <source>LoRA rank</source>
            <translation>LoRA-Rang</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>Kontextlänge</translation>
        </message>
        <message>
            <source>Precision %1 is an inference format; choose fp32, tf32, AMP, pure fp16/bf16 or fp8 for training, or QLoRA for 4-bit fine-tuning.</source>
            <translation>Präzision %1 ist ein Inferenzformat; für Training fp32, tf32, AMP, reines fp16/bf16 oder fp8 wählen, oder QLoRA für 4-Bit-Fine-Tuning.</translation>
        </message>
        <message>
            <source>Memory techniques (%1) apply to training and fine-tuning, not to inference.</source>
            <translation>Speichertechniken (%1) gelten für Training und Fine-Tuning, nicht für Inferenz.</translation>
        </message>
        <message>
            <source>Choose either chunked or fused linear cross-entropy: both replace the same loss.</source>
            <translation>Wählen Sie entweder Chunked oder fusionierte lineare Cross-Entropy: Beide ersetzen denselben Loss.</translation>
        </message>
        <message>
            <source>The optimizer step in backward needs gradient accumulation 1 (torchtune refuses optimizer_in_bwd with accumulation %1).</source>
            <translation>Der Optimizer-Schritt im Backward-Pass erfordert Gradientenakkumulation 1 (torchtune lehnt optimizer_in_bwd mit Akkumulation %1 ab).</translation>
        </message>
        <message>
            <source>LoRA dropout must be at least 0 and below 1 (got %1).</source>
            <translation>LoRA-Dropout muss mindestens 0 und kleiner als 1 sein (erhalten: %1).</translation>
        </message>
        <message>
            <source>GPU count</source>
            <translation>GPU-Anzahl</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>ZeRO stage</source>
            <translation>ZeRO-Stufe</translation>
        </message>
        <message>
            <source>Tensor parallel</source>
            <translation>Tensorparallel</translation>
        </message>
        <message>
            <source>Pipeline stages</source>
            <translation>Pipeline-Stufen</translation>
        </message>
        <message>
            <source>Micro-batches in flight</source>
            <translation>Laufende Micro-Batches</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ActivationPlot</name>
        <message>
            <source>Layer (forward order)</source>
            <translation>Schicht (Forward-Reihenfolge)</translation>
        </message>
        <message>
            <source>Inference keeps no activations for a backward pass.
Its working set and KV cache are in the Breakdown tab.</source>
            <translation>Inferenz behält keine Aktivierungen für einen Backward-Pass.
Ihr Working Set und der KV-Cache stehen im Tab „Aufschlüsselung“.</translation>
        </message>
        <message>
            <source>%1 (%2)
Output %3
Saved for backward: %4</source>
            <translation>%1 (%2)
Ausgabe %3
Für Backward gespeichert: %4</translation>
        </message>
        <message>
            <source>
Runs %1 times per forward pass</source>
            <translation>
Läuft %1-mal pro Forward-Pass</translation>
        </message>
        <message>
            <source>Saved activations (%1)</source>
            <translation>Gespeicherte Aktivierungen (%1)</translation>
        </message>
        <message>
            <source>Saved activations without checkpointing (%1)</source>
            <translation>Gespeicherte Aktivierungen ohne Checkpointing (%1)</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ArchitecturePanel</name>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Large language models</source>
            <translation>Große Sprachmodelle</translation>
        </message>
        <message>
            <source>Search presets…</source>
            <translation>Vorlagen suchen…</translation>
        </message>
        <message>
            <source>Type part of a model name to narrow the preset list.</source>
            <translation>Einen Teil eines Modellnamens eingeben, um die Vorlagenliste einzugrenzen.</translation>
        </message>
        <message>
            <source>Replaces the architecture with a built-in model.</source>
            <translation>Ersetzt die Architektur durch ein eingebautes Modell.</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Adds a layer after the selected one, or inside a selected block.</source>
            <translation>Fügt eine Schicht nach der ausgewählten oder in einen ausgewählten Block ein.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Removes the selected layer (Delete).</source>
            <translation>Entfernt die ausgewählte Schicht (Entf).</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Moves the selected layer before its previous sibling (Alt+Up).</source>
            <translation>Verschiebt die ausgewählte Schicht vor ihre vorige Nachbarschicht (Alt+Hoch).</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Moves the selected layer after its next sibling (Alt+Down).</source>
            <translation>Verschiebt die ausgewählte Schicht hinter ihre nächste Nachbarschicht (Alt+Runter).</translation>
        </message>
        <message>
            <source>The model's layers; drag a layer to reorder it or move it into a block.</source>
            <translation>Die Schichten des Modells; eine Schicht ziehen, um sie umzuordnen oder in einen Block zu verschieben.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 parameters published</source>
            <translation>%1 Parameter veröffentlicht</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Eigenes</translation>
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
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Restores the documented default.</source>
            <translation>Stellt den dokumentierten Standardwert wieder her.</translation>
        </message>
        <message>
            <source> years</source>
            <translation> Jahre</translation>
        </message>
        <message>
            <source> workers</source>
            <translation> Worker</translation>
        </message>
        <message>
            <source> batches</source>
            <translation> Batches</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::Autosaver</name>
        <message>
            <source>cannot create the folder %1</source>
            <translation>der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot create the lock file %1</source>
            <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Autosave failed: %1. Your changes are still open; save them to keep them.</source>
            <translation>Automatisches Sichern fehlgeschlagen: %1. Ihre Änderungen sind weiterhin geöffnet; speichern Sie sie, um sie zu behalten.</translation>
        </message>
        <message>
            <source>Not backed up while the plan cannot be saved: %1</source>
            <translation>Keine Sicherung, solange der Plan nicht gespeichert werden kann: %1</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::BreakdownChart</name>
        <message>
            <source>GPU memory visible</source>
            <translation>Sichtbarer GPU-Speicher</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>Spitze</translation>
        </message>
        <message>
            <source>Peak memory of one GPU by component; the dashed line is the memory CUDA can see.</source>
            <translation>Spitzenspeicher einer GPU nach Komponente; die gestrichelte Linie ist der für CUDA sichtbare Speicher.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::BreakdownTable</name>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Speicher</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>Formel</translation>
        </message>
        <message>
            <source>Hover a row to see where its formula comes from.</source>
            <translation>Mit der Maus über eine Zeile fahren, um die Herkunft ihrer Formel zu sehen.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Peak memory of one GPU.</source>
            <translation>Spitzenspeicher einer GPU.</translation>
        </message>
        <message>
            <source>GPU %1: %2 visible, %3 usable after the CUDA context</source>
            <translation>GPU %1: %2 sichtbar, %3 nutzbar nach dem CUDA-Kontext</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ComparisonModel</name>
        <message>
            <source>Lower is better</source>
            <translation>Niedriger ist besser</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Höher ist besser</translation>
        </message>
        <message>
            <source>%1 (baseline)</source>
            <translation>%1 (Basis)</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::ComparisonView</name>
        <message>
            <source>GPUs of the scenario's type</source>
            <translation>GPUs vom Typ des Szenarios</translation>
        </message>
        <message>
            <source>Pin 2 to 8 scenarios to compare them: Scenarios → Pin as Scenario, or Scenarios → Create Scenarios from Recommendations.</source>
            <translation>Heften Sie 2 bis 8 Szenarien an, um sie zu vergleichen: Szenarien → Als Szenario anheften oder Szenarien → Szenarien aus Empfehlungen erstellen.</translation>
        </message>
        <message>
            <source>Baseline:</source>
            <translation>Basis:</translation>
        </message>
        <message>
            <source>Differences in the table are against this scenario.</source>
            <translation>Die Differenzen in der Tabelle beziehen sich auf dieses Szenario.</translation>
        </message>
        <message>
            <source>&amp;Rename Scenario…</source>
            <translation>Szenario &amp;umbenennen…</translation>
        </message>
        <message>
            <source>Remo&amp;ve Scenario</source>
            <translation>Szenario &amp;entfernen</translation>
        </message>
        <message>
            <source>samples/s</source>
            <translation>Samples/s</translation>
        </message>
        <message>
            <source>Dashed: the rule of thumb of about 85% scaling efficiency at 8 GPUs.</source>
            <translation>Gestrichelt: die Faustregel von etwa 85 % Skalierungseffizienz bei 8 GPUs.</translation>
        </message>
        <message>
            <source>Cost of the run</source>
            <translation>Kosten des Laufs</translation>
        </message>
        <message>
            <source>Rename Scenario</source>
            <translation>Szenario umbenennen</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Remove scenario</source>
            <translation>Szenario entfernen</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>Szenario umbenennen</translation>
        </message>
        <message>
            <source>%1 scenarios are pinned; the comparison shows 2 to 8. Remove some.</source>
            <translation>%1 Szenarien sind angeheftet; der Vergleich zeigt 2 bis 8. Entfernen Sie einige.</translation>
        </message>
        <message>
            <source>Pin 2 to 8 scenarios to compare them: Scenarios → Pin as Scenario, or Scenarios → Create Scenarios from Recommendations. Pinned: %1.</source>
            <translation>Heften Sie 2 bis 8 Szenarien an, um sie zu vergleichen: Szenarien → Als Szenario anheften oder Szenarien → Szenarien aus Empfehlungen erstellen. Angeheftet: %1.</translation>
        </message>
        <message>
            <source>Cost of the run (%1)</source>
            <translation>Kosten des Laufs (%1)</translation>
        </message>
        <message>
            <source>Bottom to top: weights, gradients, optimizer states, activations, temporaries, KV cache, CUDA context, allocator reserve.</source>
            <translation>Von unten nach oben: Gewichte, Gradienten, Optimizer-Zustände, Aktivierungen, temporäre Tensoren, KV-Cache, CUDA-Kontext, Allocator-Reserve.</translation>
        </message>
        <message>
            <source>dashed: 85% rule of thumb</source>
            <translation>gestrichelt: Faustregel 85 %</translation>
        </message>
        <message>
            <source>Memory per GPU</source>
            <translation>Speicher pro GPU</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Szenario</translation>
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
            <translation>Consumer</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Workstation</translation>
        </message>
        <message>
            <source>Data centre</source>
            <translation>Rechenzentrum</translation>
        </message>
        <message>
            <source>%1 GiB · %2 GB/s · %3 TFLOPS</source>
            <translation>%1 GiB · %2 GB/s · %3 TFLOPS</translation>
        </message>
        <message>
            <source>Search GPUs…</source>
            <translation>GPUs suchen…</translation>
        </message>
        <message>
            <source>Type part of a GPU name, vendor or memory size to narrow the list.</source>
            <translation>Einen Teil eines GPU-Namens, Herstellers oder einer Speichergröße eingeben, um die Liste einzugrenzen.</translation>
        </message>
        <message>
            <source>The GPU each replica runs on.</source>
            <translation>Die GPU, auf der jede Replika läuft.</translation>
        </message>
        <message>
            <source>%1 (%2 GiB)</source>
            <translation>%1 (%2 GiB)</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Choose GPU</source>
            <translation>GPU wählen</translation>
        </message>
        <message>
            <source>GPU count</source>
            <translation>GPU-Anzahl</translation>
        </message>
        <message>
            <source>Change GPU count</source>
            <translation>GPU-Anzahl ändern</translation>
        </message>
        <message>
            <source>"%1" is not in the GPU catalog.</source>
            <translation>„%1“ ist nicht im GPU-Katalog.</translation>
        </message>
        <message>
            <source>GPUs in the job, all machines together; memory is checked per GPU.</source>
            <translation>GPUs im Job, alle Maschinen zusammen; der Speicher wird pro GPU geprüft.</translation>
        </message>
        <message>
            <source>Machines the GPUs are spread over; gradients then cross the network.</source>
            <translation>Maschinen, auf die sich die GPUs verteilen; Gradienten laufen dann über das Netzwerk.</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>Change nodes</source>
            <translation>Knoten ändern</translation>
        </message>
        <message>
            <source>Data parallel (replicas)</source>
            <translation>Datenparallel (Replikate)</translation>
        </message>
        <message>
            <source>ZeRO-1: shard optimizer states</source>
            <translation>ZeRO-1: Optimizer-Zustände sharden</translation>
        </message>
        <message>
            <source>ZeRO-2: + gradients</source>
            <translation>ZeRO-2: + Gradienten</translation>
        </message>
        <message>
            <source>ZeRO-3: + weights</source>
            <translation>ZeRO-3: + Gewichte</translation>
        </message>
        <message>
            <source>FSDP full sharding</source>
            <translation>FSDP mit vollem Sharding</translation>
        </message>
        <message>
            <source>How data-parallel GPUs share the model states (DeepSpeed ZeRO, PyTorch FSDP).</source>
            <translation>Wie datenparallele GPUs die Modellzustände teilen (DeepSpeed ZeRO, PyTorch FSDP).</translation>
        </message>
        <message>
            <source>Sharding</source>
            <translation>Sharding</translation>
        </message>
        <message>
            <source>Change sharding</source>
            <translation>Sharding ändern</translation>
        </message>
        <message>
            <source>ZeRO-Offload moves states to host RAM: less GPU memory, more PCIe traffic.</source>
            <translation>ZeRO-Offload verlagert Zustände in den Host-RAM: weniger GPU-Speicher, mehr PCIe-Verkehr.</translation>
        </message>
        <message>
            <source>CPU offload</source>
            <translation>CPU-Offload</translation>
        </message>
        <message>
            <source>Change offload</source>
            <translation>Offload ändern</translation>
        </message>
        <message>
            <source>Megatron tensor parallelism: each layer's weights split over this many GPUs.</source>
            <translation>Megatron-Tensorparallelität: Die Gewichte jeder Schicht werden auf so viele GPUs aufgeteilt.</translation>
        </message>
        <message>
            <source>Sequence parallel</source>
            <translation>Sequenzparallel</translation>
        </message>
        <message>
            <source>Also splits layer norms and dropout along the sequence (with tensor parallelism).</source>
            <translation>Teilt zusätzlich LayerNorms und Dropout entlang der Sequenz auf (mit Tensorparallelität).</translation>
        </message>
        <message>
            <source>Tensor parallel</source>
            <translation>Tensorparallel</translation>
        </message>
        <message>
            <source>Change tensor parallelism</source>
            <translation>Tensorparallelität ändern</translation>
        </message>
        <message>
            <source>Toggle sequence parallelism</source>
            <translation>Sequenzparallelität umschalten</translation>
        </message>
        <message>
            <source>Pipeline stages: layers split over this many GPUs (1F1B schedule).</source>
            <translation>Pipeline-Stufen: Schichten werden auf so viele GPUs aufgeteilt (1F1B-Zeitplan).</translation>
        </message>
        <message>
            <source>Pipeline stages</source>
            <translation>Pipeline-Stufen</translation>
        </message>
        <message>
            <source>Change pipeline stages</source>
            <translation>Pipeline-Stufen ändern</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::InputEditor</name>
        <message>
            <source>Image (C×H×W)</source>
            <translation>Bild (C×H×W)</translation>
        </message>
        <message>
            <source>Token sequence</source>
            <translation>Token-Sequenz</translation>
        </message>
        <message>
            <source>Tabular vector</source>
            <translation>Tabellarischer Vektor</translation>
        </message>
        <message>
            <source>What one sample fed to the model looks like.</source>
            <translation>Wie eine Stichprobe aussieht, die das Modell erhält.</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>Image channels C (3 for RGB).</source>
            <translation>Bildkanäle C (3 für RGB).</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Image height = width in pixels; the Workload tab can override it.</source>
            <translation>Bildhöhe = Bildbreite in Pixeln; der Tab „Workload“ kann sie überschreiben.</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>Bildgröße</translation>
        </message>
        <message>
            <source>Tokens per sample; the Workload tab can override it.</source>
            <translation>Token pro Stichprobe; der Tab „Workload“ kann sie überschreiben.</translation>
        </message>
        <message>
            <source>Sequence length</source>
            <translation>Sequenzlänge</translation>
        </message>
        <message>
            <source>Longest context the model supports (its position table); 0: unbounded.</source>
            <translation>Längster Kontext, den das Modell unterstützt (seine Positionstabelle); 0: unbegrenzt.</translation>
        </message>
        <message>
            <source>unbounded</source>
            <translation>unbegrenzt</translation>
        </message>
        <message>
            <source>Longest context</source>
            <translation>Längster Kontext</translation>
        </message>
        <message>
            <source>Numbers per sample.</source>
            <translation>Zahlen pro Stichprobe.</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Merkmale</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::LayerEditor</name>
        <message>
            <source>Select a layer to edit its attributes.</source>
            <translation>Eine Schicht auswählen, um ihre Attribute zu bearbeiten.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The layer's name, as in the PyTorch module.</source>
            <translation>Der Name der Schicht wie im PyTorch-Modul.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
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
            <translation> (Shortcut-Zweig)</translation>
        </message>
        <message>
            <source>; runs %1 times per forward pass</source>
            <translation>; läuft %1-mal pro Forward-Pass</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>Params</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Aktivierungen</translation>
        </message>
        <message>
            <source>Output shape per sample, without the batch dimension.</source>
            <translation>Ausgabeform pro Sample, ohne Batch-Dimension.</translation>
        </message>
        <message>
            <source>Parameters of this node, over every repetition.</source>
            <translation>Parameter dieses Knotens über alle Wiederholungen.</translation>
        </message>
        <message>
            <source>Bytes autograd keeps for backward at the current batch, without checkpointing.</source>
            <translation>Bytes, die Autograd beim aktuellen Batch für den Backward-Pass behält, ohne Checkpointing.</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::MainWindow</name>
        <message>
            <source>Headroom plans (*.headroom)</source>
            <translation>Headroom-Pläne (*.headroom)</translation>
        </message>
        <message>
            <source>Every change updates the results at once; Ctrl+Z undoes it.</source>
            <translation>Jede Änderung aktualisiert die Ergebnisse sofort; Strg+Z macht sie rückgängig.</translation>
        </message>
        <message>
            <source>Workload</source>
            <translation>Workload</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>&amp;Workload</source>
            <translation>&amp;Workload</translation>
        </message>
        <message>
            <source>&amp;Architecture</source>
            <translation>&amp;Architektur</translation>
        </message>
        <message>
            <source>Assu&amp;mptions</source>
            <translation>A&amp;nnahmen</translation>
        </message>
        <message>
            <source>What to run and on which GPU.</source>
            <translation>Was auf welcher GPU laufen soll.</translation>
        </message>
        <message>
            <source>The model's layers.</source>
            <translation>Die Schichten des Modells.</translation>
        </message>
        <message>
            <source>Overheads the estimate assumes, with their sources.</source>
            <translation>Overheads, die die Schätzung annimmt, mit ihren Quellen.</translation>
        </message>
        <message>
            <source>&amp;Breakdown</source>
            <translation>Au&amp;fschlüsselung</translation>
        </message>
        <message>
            <source>&amp;Layers</source>
            <translation>Sc&amp;hichten</translation>
        </message>
        <message>
            <source>Batch &amp;sweep</source>
            <translation>Batch-&amp;Sweep</translation>
        </message>
        <message>
            <source>Peak GPU memory by component, with formulas.</source>
            <translation>GPU-Spitzenspeicher nach Komponente, mit Formeln.</translation>
        </message>
        <message>
            <source>Activation memory each layer keeps for backward.</source>
            <translation>Aktivierungsspeicher, den jede Schicht für den Backward-Pass behält.</translation>
        </message>
        <message>
            <source>Memory against batch size, with GPU capacities.</source>
            <translation>Speicher über der Batch-Größe, mit GPU-Kapazitäten.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Opens a .headroom plan.</source>
            <translation>Öffnet einen .headroom-Plan.</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Saves the plan.</source>
            <translation>Speichert den Plan.</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter…</translation>
        </message>
        <message>
            <source>Saves the plan under a new name.</source>
            <translation>Speichert den Plan unter einem neuen Namen.</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Headroom</source>
            <translation>&amp;Über Headroom</translation>
        </message>
        <message>
            <source>About Headroom</source>
            <translation>Über Headroom</translation>
        </message>
        <message>
            <source>&lt;b&gt;Headroom %1&lt;/b&gt;&lt;p&gt;Plans the GPU memory of deep-learning training and inference before you rent the hardware.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Headroom %1&lt;/b&gt;&lt;p&gt;Plant den GPU-Speicher für Deep-Learning-Training und -Inferenz, bevor Sie die Hardware mieten.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>%1[*] — Headroom</source>
            <translation>%1[*] — Headroom</translation>
        </message>
        <message>
            <source>Cannot open plan</source>
            <translation>Plan kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 geöffnet</translation>
        </message>
        <message>
            <source>Cannot save plan</source>
            <translation>Plan kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Open plan</source>
            <translation>Plan öffnen</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>Plan speichern</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The plan has unsaved changes. Save them?</source>
            <translation>Der Plan hat ungespeicherte Änderungen. Speichern?</translation>
        </message>
        <message>
            <source>S&amp;ystem</source>
            <translation>S&amp;ystem</translation>
        </message>
        <message>
            <source>&amp;Comparison</source>
            <translation>&amp;Vergleich</translation>
        </message>
        <message>
            <source>Pinned scenarios side by side: memory, speed, power and cost.</source>
            <translation>Angeheftete Szenarien nebeneinander: Speicher, Tempo, Leistung und Kosten.</translation>
        </message>
        <message>
            <source>Export PDF &amp;Report…</source>
            <translation>PDF-&amp;Bericht exportieren…</translation>
        </message>
        <message>
            <source>Export PDF report</source>
            <translation>PDF-Bericht exportieren</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Writes the build report: verdict, bill of materials, charts and comparison.</source>
            <translation>Schreibt den Konfigurationsbericht: Ergebnis, Stückliste, Diagramme und Vergleich.</translation>
        </message>
        <message>
            <source>&amp;Scenarios</source>
            <translation>S&amp;zenarien</translation>
        </message>
        <message>
            <source>&amp;Pin as Scenario…</source>
            <translation>Als Szenario an&amp;heften…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P</source>
            <translation>Ctrl+Shift+P</translation>
        </message>
        <message>
            <source>Keeps a copy of the current plan for the Comparison tab.</source>
            <translation>Behält eine Kopie des aktuellen Plans für den Reiter „Vergleich“.</translation>
        </message>
        <message>
            <source>Create Scenarios from &amp;Recommendations</source>
            <translation>Szenarien aus &amp;Empfehlungen erstellen</translation>
        </message>
        <message>
            <source>Pins the three cheapest GPU configurations that fit this plan.</source>
            <translation>Heftet die drei günstigsten GPU-Konfigurationen an, in die dieser Plan passt.</translation>
        </message>
        <message>
            <source>Pin as Scenario</source>
            <translation>Als Szenario anheften</translation>
        </message>
        <message>
            <source>Scenario name:</source>
            <translation>Name des Szenarios:</translation>
        </message>
        <message>
            <source>No recommendations</source>
            <translation>Keine Empfehlungen</translation>
        </message>
        <message numerus="yes">
            <source>Pinned %n recommended configuration(s).</source>
            <translation>
                <numerusform>%n empfohlene Konfiguration angeheftet.</numerusform>
                <numerusform>%n empfohlene Konfigurationen angeheftet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot export report</source>
            <translation>Bericht kann nicht exportiert werden</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exportiert</translation>
        </message>
        <message>
            <source>GPU catalog: %1</source>
            <translation>GPU-Katalog: %1</translation>
        </message>
        <message>
            <source>Recovered the unsaved changes to %1. Save to keep them.</source>
            <translation>Die ungespeicherten Änderungen an %1 wurden wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
        </message>
        <message>
            <source>Recover Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message>
            <source>Headroom quit unexpectedly. Recover the unsaved changes to %1 from %2?</source>
            <translation>Headroom wurde unerwartet beendet. Die ungespeicherten Änderungen an %1 vom %2 wiederherstellen?</translation>
        </message>
        <message>
            <source>Keep for Later leaves the recovery file and asks again at the next start. Discard deletes it.</source>
            <translation>„Für später behalten“ lässt die Wiederherstellungsdatei liegen und fragt beim nächsten Start erneut. „Verwerfen“ löscht sie.</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>&amp;Keep for Later</source>
            <translation>&amp;Für später behalten</translation>
        </message>
        <message>
            <source>Cannot recover plan</source>
            <translation>Plan kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>Starts a new plan: a blank model for an input you choose, or a preset.</source>
            <translation>Beginnt einen neuen Plan: ein leeres Modell für eine Eingabe Ihrer Wahl oder eine Vorlage.</translation>
        </message>
        <message>
            <source>Re&amp;name Plan…</source>
            <translation>Plan &amp;umbenennen…</translation>
        </message>
        <message>
            <source>Gives the plan a name of its own (undoable).</source>
            <translation>Gibt dem Plan einen eigenen Namen (rückgängig machbar).</translation>
        </message>
        <message>
            <source>%1 · model: %2</source>
            <translation>%1 · Modell: %2</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>Eigenes Modell</translation>
        </message>
        <message>
            <source>report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Rename Plan</source>
            <translation>Plan umbenennen</translation>
        </message>
        <message>
            <source>Plan name:</source>
            <translation>Planname:</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::NewPlanDialog</name>
        <message>
            <source>New Plan</source>
            <translation>Neuer Plan</translation>
        </message>
        <message>
            <source>&amp;Blank model: build it layer by layer</source>
            <translation>&amp;Leeres Modell: Schicht für Schicht aufbauen</translation>
        </message>
        <message>
            <source>Tokens in the vocabulary: the rows of the model's first embedding.</source>
            <translation>Token im Vokabular: die Zeilen des ersten Embeddings des Modells.</translation>
        </message>
        <message>
            <source>Vocabulary</source>
            <translation>Vokabular</translation>
        </message>
        <message>
            <source>From a &amp;preset</source>
            <translation>Aus einer &amp;Vorlage</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>Eigenes Modell</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::PlanDocument</name>
        <message>
            <source>Change batch size</source>
            <translation>Batch-Größe ändern</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>%1 ändern</translation>
        </message>
        <message>
            <source>Reset %1</source>
            <translation>%1 zurücksetzen</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>%1 wählen</translation>
        </message>
        <message>
            <source>Rename layer</source>
            <translation>Schicht umbenennen</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>%1 hinzufügen</translation>
        </message>
        <message>
            <source>Remove layer</source>
            <translation>Schicht entfernen</translation>
        </message>
        <message>
            <source>Move layer</source>
            <translation>Schicht verschieben</translation>
        </message>
        <message>
            <source>Custom (%1)</source>
            <translation>Angepasst (%1)</translation>
        </message>
        <message>
            <source>The plan cannot be saved as it is, because it would not open again: %1 Change that setting, then save.</source>
            <translation>Der Plan kann so nicht gespeichert werden, weil er sich nicht wieder öffnen ließe: %1 Ändern Sie diese Einstellung und speichern Sie dann.</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>Eigenes Modell</translation>
        </message>
        <message>
            <source>%1, %2 on %3</source>
            <translation>%1, %2 auf %3</translation>
        </message>
        <message>
            <source>%1, %2 on %3× %4</source>
            <translation>%1, %2 auf %3× %4</translation>
        </message>
        <message>
            <source>Rename plan</source>
            <translation>Plan umbenennen</translation>
        </message>
        <message>
            <source>Change input</source>
            <translation>Eingabe ändern</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Binary (GiB = 2³⁰ bytes)</source>
            <translation>Binär (GiB = 2³⁰ Bytes)</translation>
        </message>
        <message>
            <source>Decimal (GB = 10⁹ bytes)</source>
            <translation>Dezimal (GB = 10⁹ Bytes)</translation>
        </message>
        <message>
            <source>How memory sizes are shown; GPU vendors' "GB" are binary GiB.</source>
            <translation>Wie Speichergrößen angezeigt werden; die „GB“ der GPU-Hersteller sind binäre GiB.</translation>
        </message>
        <message>
            <source>Memory units</source>
            <translation>Speichereinheiten</translation>
        </message>
        <message>
            <source>%1 (%2 GiB)</source>
            <translation>%1 (%2 GiB)</translation>
        </message>
        <message>
            <source>The GPU a new plan starts with.</source>
            <translation>Die GPU, mit der ein neuer Plan beginnt.</translation>
        </message>
        <message>
            <source>Default GPU</source>
            <translation>Standard-GPU</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>The language of menus, labels and reports; System follows the desktop's locale.</source>
            <translation>Die Sprache von Menüs, Beschriftungen und Berichten; „System“ folgt der Locale des Desktops.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>A new language takes effect when Headroom is restarted.</source>
            <translation>Eine neue Sprache wird nach einem Neustart von Headroom wirksam.</translation>
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
            <translation>Keine zuletzt geöffneten Pläne</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Liste leeren</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::SweepPlot</name>
        <message>
            <source>Drag to pan, scroll to zoom, double-click to reset the view.</source>
            <translation>Ziehen zum Verschieben, Scrollen zum Zoomen, Doppelklick setzt die Ansicht zurück.</translation>
        </message>
        <message>
            <source>Micro-batch</source>
            <translation>Micro-Batch</translation>
        </message>
        <message>
            <source>Concurrent sequences</source>
            <translation>Gleichzeitige Sequenzen</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Peak memory per GPU (%1)</source>
            <translation>Spitzenspeicher pro GPU (%1)</translation>
        </message>
        <message>
            <source>%1, this plan</source>
            <translation>%1, dieser Plan</translation>
        </message>
        <message>
            <source>%1: %2, max batch %3</source>
            <translation>%1: %2, max. Batch %3</translation>
        </message>
        <message>
            <source>Current batch %1</source>
            <translation>Aktueller Batch %1</translation>
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
            <translation>SATA-SSD</translation>
        </message>
        <message>
            <source>NVMe SSD</source>
            <translation>NVMe-SSD</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 Tage</translation>
        </message>
        <message>
            <source>Speed and cost</source>
            <translation>Tempo und Kosten</translation>
        </message>
        <message>
            <source>System RAM, CPU and power</source>
            <translation>Arbeitsspeicher, CPU und Stromversorgung</translation>
        </message>
        <message>
            <source>Storage cost</source>
            <translation>Speicherkosten</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>SSD only</source>
            <translation>Nur SSD</translation>
        </message>
        <message>
            <source>HDD only</source>
            <translation>Nur HDD</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybrid</translation>
        </message>
        <message>
            <source>What the data, checkpoints and logs cost on each kind of storage; the hybrid keeps the dataset and logs on SSD and the checkpoints on HDD.</source>
            <translation>Was Daten, Checkpoints und Logs auf jeder Speicherart kosten; die Hybridvariante hält Datensatz und Logs auf SSD und die Checkpoints auf HDD.</translation>
        </message>
        <message>
            <source>Storage</source>
            <translation>Speicherplatz</translation>
        </message>
        <message>
            <source>Choose a GPU from the catalog.</source>
            <translation>Wählen Sie eine GPU aus dem Katalog.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 samples/s&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1 Samples/s&lt;/b&gt;</translation>
        </message>
        <message>
            <source> · %1 tokens/s</source>
            <translation> · %1 Token/s</translation>
        </message>
        <message>
            <source>&lt;br&gt;Step %1 s: compute %2 s at %3 TFLOPS (%4) × %5% utilisation</source>
            <translation>&lt;br&gt;Schritt %1 s: Rechnen %2 s bei %3 TFLOPS (%4) × %5 % Auslastung</translation>
        </message>
        <message>
            <source>; gradient all-reduce %1 s over %2</source>
            <translation>; Gradienten-All-Reduce %1 s über %2</translation>
        </message>
        <message>
            <source>; pipeline bubble %1%</source>
            <translation>; Pipeline-Bubble %1 %</translation>
        </message>
        <message>
            <source>&lt;br&gt;Scaling efficiency vs one GPU: &lt;b&gt;%1%&lt;/b&gt; (rule of thumb from the article: about %2% at 8 GPUs)</source>
            <translation>&lt;br&gt;Skalierungseffizienz gegenüber einer GPU: &lt;b&gt;%1 %&lt;/b&gt; (Faustregel aus dem Artikel: etwa %2 % bei 8 GPUs)</translation>
        </message>
        <message>
            <source>&lt;br&gt;A run of %1 samples: %2, %3 GPU-hours, %4 kWh, %5</source>
            <translation>&lt;br&gt;Ein Lauf über %1 Samples: %2, %3 GPU-Stunden, %4 kWh, %5</translation>
        </message>
        <message>
            <source>&lt;br&gt;GPUs to buy: %1</source>
            <translation>&lt;br&gt;Zu kaufende GPUs: %1</translation>
        </message>
        <message>
            <source>No throughput estimate for this GPU and precision.</source>
            <translation>Keine Durchsatzschätzung für diese GPU und Genauigkeit.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommended system RAM: %1&lt;/b&gt; (%2 × %3 GB DIMMs, %4)</source>
            <translation>&lt;b&gt;Empfohlener Arbeitsspeicher: %1&lt;/b&gt; (%2 × %3-GB-DIMMs, %4)</translation>
        </message>
        <message>
            <source>CPU cores: at least %1 · Power supply: %2 W needed, buy %3 · PCIe lanes: %4 (%5)</source>
            <translation>CPU-Kerne: mindestens %1 · Netzteil: %2 W benötigt, %3 kaufen · PCIe-Lanes: %4 (%5)</translation>
        </message>
        <message>
            <source>%1 W</source>
            <translation>%1 W</translation>
        </message>
        <message>
            <source>more than one supply</source>
            <translation>mehr als ein Netzteil</translation>
        </message>
        <message>
            <source>Dataset %1 · checkpoints %2 × %3 · logs %4 · total %5</source>
            <translation>Datensatz %1 · Checkpoints %2 × %3 · Logs %4 · gesamt %5</translation>
        </message>
        <message>
            <source>&lt;br&gt;The input pipeline reads %1 MB/s:</source>
            <translation>&lt;br&gt;Die Eingabe-Pipeline liest %1 MB/s:</translation>
        </message>
        <message>
            <source> %1 %2 (%3 MB/s);</source>
            <translation> %1 %2 (%3 MB/s);</translation>
        </message>
        <message>
            <source>too slow</source>
            <translation>zu langsam</translation>
        </message>
        <message>
            <source>keeps up</source>
            <translation>hält mit</translation>
        </message>
    </context>
    <context>
        <name>headroom::ui::WorkloadPanel</name>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Training from scratch, fine-tuning a pretrained model, or serving it.</source>
            <translation>Training von Grund auf, Fine-Tuning eines vortrainierten Modells oder dessen Bereitstellung.</translation>
        </message>
        <message>
            <source>Change mode</source>
            <translation>Modus ändern</translation>
        </message>
        <message>
            <source>Drag to see how memory grows with the batch; one drag is one undo step.</source>
            <translation>Ziehen, um zu sehen, wie der Speicher mit dem Batch wächst; ein Ziehen ist ein Rückgängig-Schritt.</translation>
        </message>
        <message>
            <source>Samples per forward pass on one GPU (inference: concurrent sequences).</source>
            <translation>Samples pro Forward-Pass auf einer GPU (Inferenz: gleichzeitige Sequenzen).</translation>
        </message>
        <message>
            <source>Micro-batch</source>
            <translation>Micro-Batch</translation>
        </message>
        <message>
            <source>Grad. accumulation</source>
            <translation>Grad.-Akkumulation</translation>
        </message>
        <message>
            <source>Micro-batches per optimizer step; raises the effective batch, not memory.</source>
            <translation>Micro-Batches pro Optimizer-Schritt; erhöht den effektiven Batch, nicht den Speicher.</translation>
        </message>
        <message>
            <source>Change gradient accumulation</source>
            <translation>Gradientenakkumulation ändern</translation>
        </message>
        <message>
            <source>Sequence length</source>
            <translation>Sequenzlänge</translation>
        </message>
        <message>
            <source>Tokens per sample; 0 uses the model's default.</source>
            <translation>Tokens pro Sample; 0 nimmt den Standardwert des Modells.</translation>
        </message>
        <message>
            <source>Model default</source>
            <translation>Modellstandard</translation>
        </message>
        <message>
            <source>Change sequence length</source>
            <translation>Sequenzlänge ändern</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>Bildgröße</translation>
        </message>
        <message>
            <source>Input height and width in pixels; 0 uses the model's default.</source>
            <translation>Eingabehöhe und -breite in Pixeln; 0 nimmt den Standardwert des Modells.</translation>
        </message>
        <message>
            <source>Change image size</source>
            <translation>Bildgröße ändern</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Präzision</translation>
        </message>
        <message>
            <source>How weights and activations are stored and computed.</source>
            <translation>Wie Gewichte und Aktivierungen gespeichert und berechnet werden.</translation>
        </message>
        <message>
            <source>Change precision</source>
            <translation>Präzision ändern</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizer</translation>
        </message>
        <message>
            <source>The optimizer decides how many state tensors each weight carries.</source>
            <translation>Der Optimizer bestimmt, wie viele Zustandstensoren jedes Gewicht mitführt.</translation>
        </message>
        <message>
            <source>Change optimizer</source>
            <translation>Optimizer ändern</translation>
        </message>
        <message>
            <source>Checkpointing</source>
            <translation>Checkpointing</translation>
        </message>
        <message>
            <source>Recomputes activations in backward to save memory.</source>
            <translation>Berechnet Aktivierungen im Backward-Pass neu, um Speicher zu sparen.</translation>
        </message>
        <message>
            <source>Change checkpointing</source>
            <translation>Checkpointing ändern</translation>
        </message>
        <message>
            <source>FlashAttention</source>
            <translation>FlashAttention</translation>
        </message>
        <message>
            <source>Fused attention that never stores the attention score matrix.</source>
            <translation>Fusionierte Attention, die die Matrix der Attention-Scores nie speichert.</translation>
        </message>
        <message>
            <source>Toggle FlashAttention</source>
            <translation>FlashAttention umschalten</translation>
        </message>
        <message>
            <source>FP32 master weights</source>
            <translation>FP32-Master-Gewichte</translation>
        </message>
        <message>
            <source>With pure half precision, the optimizer keeps an fp32 copy of the weights.</source>
            <translation>Bei reiner Halbpräzision hält der Optimizer eine fp32-Kopie der Gewichte.</translation>
        </message>
        <message>
            <source>Toggle master weights</source>
            <translation>Master-Gewichte umschalten</translation>
        </message>
        <message>
            <source>Fine-tuning</source>
            <translation>Fine-Tuning</translation>
        </message>
        <message>
            <source>Which weights train: all of them, or low-rank adapters.</source>
            <translation>Welche Gewichte trainiert werden: alle oder Low-Rank-Adapter.</translation>
        </message>
        <message>
            <source>Change fine-tuning method</source>
            <translation>Fine-Tuning-Methode ändern</translation>
        </message>
        <message>
            <source>LoRA rank</source>
            <translation>LoRA-Rang</translation>
        </message>
        <message>
            <source>Inner dimension of each adapter pair.</source>
            <translation>Innere Dimension jedes Adapterpaars.</translation>
        </message>
        <message>
            <source>Change LoRA rank</source>
            <translation>LoRA-Rang ändern</translation>
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
            <translation>Fügt dieser Projektion Adapter hinzu.</translation>
        </message>
        <message>
            <source>Change LoRA targets</source>
            <translation>LoRA-Ziele ändern</translation>
        </message>
        <message>
            <source>LoRA targets</source>
            <translation>LoRA-Ziele</translation>
        </message>
        <message>
            <source>Context length</source>
            <translation>Kontextlänge</translation>
        </message>
        <message>
            <source>Tokens the KV cache holds for each sequence.</source>
            <translation>Tokens, die der KV-Cache für jede Sequenz hält.</translation>
        </message>
        <message>
            <source>Change context length</source>
            <translation>Kontextlänge ändern</translation>
        </message>
        <message>
            <source>KV-cache precision</source>
            <translation>KV-Cache-Präzision</translation>
        </message>
        <message>
            <source>Storage type of cached keys and values.</source>
            <translation>Speichertyp der zwischengespeicherten Keys und Values.</translation>
        </message>
        <message>
            <source>Change KV-cache precision</source>
            <translation>KV-Cache-Präzision ändern</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Sequences</source>
            <translation>Sequenzen</translation>
        </message>
        <message>
            <source>Runtime profile</source>
            <translation>Laufzeitprofil</translation>
        </message>
        <message>
            <source>Whose defaults the estimate assumes: gradient freeing, optimizer kernel, master weights, loss and attention kernels, CUDA context.</source>
            <translation>Wessen Voreinstellungen die Schätzung annimmt: Freigabe der Gradienten, Optimierer-Kernel, Mastergewichte, Loss- und Attention-Kernel, CUDA-Kontext.</translation>
        </message>
        <message>
            <source>Choose runtime profile %1</source>
            <translation>Laufzeitprofil %1 wählen</translation>
        </message>
        <message>
            <source>Toggle %1</source>
            <translation>%1 umschalten</translation>
        </message>
        <message>
            <source>Memory techniques</source>
            <translation>Speichertechniken</translation>
        </message>
        <message>
            <source>%1

Edited since: %2</source>
            <translation>%1

Seitdem geändert: %2</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Plans the GPU memory of deep-learning training and inference.</source>
            <translation>Plant den GPU-Speicher für Deep-Learning-Training und -Inferenz.</translation>
        </message>
        <message>
            <source>Builds the window offscreen with the sample plan, checks it and exits.</source>
            <translation>Baut das Fenster offscreen mit dem Beispielplan auf, prüft es und beendet sich.</translation>
        </message>
        <message>
            <source>A .headroom plan to open.</source>
            <translation>Ein zu öffnender .headroom-Plan.</translation>
        </message>
        <message>
            <source>Recovers unsaved changes left by a crash without asking.</source>
            <translation>Stellt ungespeicherte Änderungen nach einem Absturz ohne Rückfrage wieder her.</translation>
        </message>
        <message>
            <source>Does not offer to recover unsaved changes; keeps them for later.</source>
            <translation>Bietet keine Wiederherstellung ungespeicherter Änderungen an; sie bleiben für später erhalten.</translation>
        </message>
        <message>
            <source>--recover and --no-recover exclude each other.</source>
            <translation>--recover und --no-recover schließen einander aus.</translation>
        </message>
    </context>
</TS>
