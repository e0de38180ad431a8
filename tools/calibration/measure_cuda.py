#!/usr/bin/env python3
"""Measure whole training steps and generation on a real CUDA GPU (Headroom calibration).

Usage (a machine with an NVIDIA GPU, PyTorch, torchvision and transformers):

    python3 tools/calibration/measure_cuda.py OUT.json [--only NAME[,NAME...]]

Each case runs in a fresh process so that its CUDA context, peak statistics and allocator
state are its own. What is recorded per case (bytes):

* ``context_bytes``: device memory in use (``torch.cuda.mem_get_info``) minus what the
  caching allocator holds (``memory_reserved``) minus what was in use before the process
  started (nvidia-smi), at the end of the case: the CUDA context plus loaded kernels and
  library handles.
* ``resident_before_step``: ``memory_allocated`` before the measured step: weights,
  optimizer states (gradients are freed with ``zero_grad(set_to_none=True)``).
* ``after_forward``: ``memory_allocated`` after the forward pass and loss of that step.
* ``peak_allocated``: ``max_memory_allocated`` over the measured (third) step, after
  ``reset_peak_memory_stats``: what Headroom's allocated components must cover.
* ``peak_reserved``: ``max_memory_reserved`` over that step: the caching allocator's
  segments, so ``peak_reserved / peak_allocated - 1`` is the allocator reserve.
* ``process_peak``: ``context_bytes + peak_reserved``: what nvidia-smi shows for the process
  at its peak, Headroom's "total".

Training: ``model.train()``, two warm-up steps, then one measured step (forward, loss,
backward, ``optimizer.step()``, ``zero_grad(set_to_none=True)``), torch.optim defaults
(foreach on CUDA). Generation: ``model.generate`` with greedy decoding and a dynamic cache.
``headroom`` gives the headroom-cli flags that describe the same workload;
tools/calibration/compare_cuda.py runs them and prints model against measurement.
"""

import argparse
import json
import os
import subprocess
import sys
import time

HF = "tests/data/hf"

# name -> dict(kind, spec..., headroom flags)
CASES = {
    "resnet50_fp32_adamw_b64": dict(
        kind="vision", model="resnet50", batch=64, image=224, amp=False, optimizer="adamw",
        headroom="--preset resnet50 --precision fp32 --optimizer adamw --batch 64 --image 224"),
    "resnet50_bf16amp_momentum_b128": dict(
        kind="vision", model="resnet50", batch=128, image=224, amp=True, optimizer="momentum",
        headroom="--preset resnet50 --precision bf16-amp --optimizer momentum --batch 128 --image 224"),
    "vit_b_16_bf16amp_adamw_b64": dict(
        kind="vision", model="vit_b_16", batch=64, image=224, amp=True, optimizer="adamw",
        headroom="--preset vit_b_16 --precision bf16-amp --optimizer adamw --batch 64 --image 224 "
                 "--flash-attention"),
    "bert_base_fp32_adamw_b32_s512_eager": dict(
        kind="bert", batch=32, seq=512, amp=False, attn="eager",
        headroom="--preset bert-base --precision fp32 --optimizer adamw --batch 32 --seq 512"),
    "gpt2_bf16amp_adamw_b8_s1024_eager": dict(
        kind="gpt2", config="gpt2", batch=8, seq=1024, amp=True, attn="eager",
        headroom="--preset gpt2 --precision bf16-amp --optimizer adamw --batch 8 --seq 1024"),
    "gpt2_bf16amp_adamw_b8_s1024_sdpa": dict(
        kind="gpt2", config="gpt2", batch=8, seq=1024, amp=True, attn="sdpa",
        headroom="--preset gpt2 --precision bf16-amp --optimizer adamw --batch 8 --seq 1024 "
                 "--flash-attention"),
    "gpt2_bf16amp_adamw_b16_s1024_sdpa_ckpt": dict(
        kind="gpt2", config="gpt2", batch=16, seq=1024, amp=True, attn="sdpa", checkpointing=True,
        headroom="--preset gpt2 --precision bf16-amp --optimizer adamw --batch 16 --seq 1024 "
                 "--flash-attention --checkpointing full"),
    "gpt2_medium_fp32_adamw_b4_s1024_eager": dict(
        kind="gpt2", config="gpt2-medium", batch=4, seq=1024, amp=False, attn="eager",
        headroom="--preset gpt2-medium --precision fp32 --optimizer adamw --batch 4 --seq 1024"),
    "llama32_1b_bf16_adamw_b4_s2048_sdpa": dict(
        kind="llama", config="llama-3.2-1b.json", batch=4, seq=2048, amp=False, pure_bf16=True,
        attn="sdpa",
        headroom="--hf-config tests/data/hf/llama-3.2-1b.json --precision bf16 --optimizer adamw "
                 "--batch 4 --seq 2048 --flash-attention", master_weights=False),
    "llama32_1b_bf16amp_adamw_b4_s2048_sdpa_ckpt": dict(
        kind="llama", config="llama-3.2-1b.json", batch=4, seq=2048, amp=True, attn="sdpa",
        checkpointing=True,
        headroom="--hf-config tests/data/hf/llama-3.2-1b.json --precision bf16-amp --optimizer adamw "
                 "--batch 4 --seq 2048 --flash-attention --checkpointing full"),
    "resnet50_fp32_adamw_b128": dict(
        kind="vision", model="resnet50", batch=128, image=224, amp=False, optimizer="adamw",
        headroom="--preset resnet50 --precision fp32 --optimizer adamw --batch 128 --image 224"),
    "gpt2_bf16amp_adamw_b4_s1024_sdpa": dict(
        kind="gpt2", config="gpt2", batch=4, seq=1024, amp=True, attn="sdpa",
        headroom="--preset gpt2 --precision bf16-amp --optimizer adamw --batch 4 --seq 1024 "
                 "--flash-attention"),
    "gpt2_bf16amp_adamw_b16_s1024_sdpa": dict(
        kind="gpt2", config="gpt2", batch=16, seq=1024, amp=True, attn="sdpa",
        headroom="--preset gpt2 --precision bf16-amp --optimizer adamw --batch 16 --seq 1024 "
                 "--flash-attention"),
    "llama32_1b_bf16_adamw_b2_s2048_sdpa": dict(
        kind="llama", config="llama-3.2-1b.json", batch=2, seq=2048, amp=False, pure_bf16=True,
        attn="sdpa",
        headroom="--hf-config tests/data/hf/llama-3.2-1b.json --precision bf16 --optimizer adamw "
                 "--batch 2 --seq 2048 --flash-attention", master_weights=False),
    "llama32_1b_generate_b32_prompt2048_ctx2304": dict(
        kind="generate", config="llama-3.2-1b.json", batch=32, seq=2048, context=2304, attn="sdpa",
        headroom="--hf-config tests/data/hf/llama-3.2-1b.json --mode inference --precision bf16 "
                 "--batch 32 --seq 2048 --context 2304 --flash-attention"),
    "llama32_1b_generate_b16_prompt1024_ctx2048": dict(
        kind="generate", config="llama-3.2-1b.json", batch=16, seq=1024, context=2048, attn="sdpa",
        headroom="--hf-config tests/data/hf/llama-3.2-1b.json --mode inference --precision bf16 "
                 "--batch 16 --seq 1024 --context 2048 --flash-attention"),
}


def smi_used_bytes():
    try:
        out = subprocess.run(["nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits"],
                             capture_output=True, text=True, timeout=30).stdout
        return int(out.split()[0]) * 1024 * 1024
    except Exception:
        return 0


def hf_config(name):
    import transformers
    if name.endswith(".json"):
        d = json.load(open(os.path.join(HF, name)))
        return transformers.AutoConfig.for_model(d.pop("model_type"), **d)
    if name == "gpt2":
        return transformers.GPT2Config()
    return transformers.GPT2Config(n_embd=1024, n_layer=24, n_head=16)  # gpt2-medium


def build(case):
    import torch
    kind = case["kind"]
    if kind == "vision":
        import torchvision
        model = getattr(torchvision.models, case["model"])()
        x = torch.randn(case["batch"], 3, case["image"], case["image"], device="cuda")
        y = torch.randint(0, 1000, (case["batch"],), device="cuda")
        model = model.cuda()

        def loss_fn():
            return torch.nn.functional.cross_entropy(model(x), y)
        return model, loss_fn
    import transformers
    if kind == "bert":
        cfg = transformers.BertConfig()
        model = transformers.AutoModel.from_config(cfg, attn_implementation=case["attn"])
        model = model.to(device="cuda", dtype=torch.float32)
        ids = torch.randint(0, cfg.vocab_size, (case["batch"], case["seq"]), device="cuda")

        def loss_fn():
            return model(input_ids=ids).pooler_output.float().square().mean()
        return model, loss_fn
    cfg = hf_config(case["config"])
    half = case.get("pure_bf16") or kind == "generate"
    with torch.device("cuda"):
        model = transformers.AutoModelForCausalLM.from_config(cfg, attn_implementation=case["attn"])
    model = model.to(dtype=torch.bfloat16 if half else torch.float32)
    ids = torch.randint(0, cfg.vocab_size, (case["batch"], case["seq"]), device="cuda")
    if kind == "generate":
        return model, ids
    if case.get("checkpointing"):
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})

    def loss_fn():
        return model(input_ids=ids, labels=ids).loss
    return model, loss_fn


def run_case(name):
    import torch
    case = CASES[name]
    torch.manual_seed(0)
    torch.cuda.init()
    torch.empty(1, device="cuda")
    torch.cuda.synchronize()
    free, total = torch.cuda.mem_get_info()
    result = dict(name=name, used_after_init=total - free)
    model, loss_fn = build(case)
    result["parameter_dtype"] = str(next(model.parameters()).dtype)
    result["attn_implementation"] = str(getattr(getattr(model, "config", None), "_attn_implementation", ""))
    torch.cuda.synchronize()
    torch.cuda.empty_cache()  # drop what building the model left in the cache
    if case["kind"] == "generate":
        model.eval()
        ids = loss_fn
        with torch.no_grad():
            model.generate(ids[:, :16], max_new_tokens=4, do_sample=False)  # warm-up
            torch.cuda.synchronize()
            torch.cuda.empty_cache()
            result["resident_before_step"] = torch.cuda.memory_allocated()
            torch.cuda.reset_peak_memory_stats()
            new = case["context"] - case["seq"]
            out = model.generate(ids, max_new_tokens=new, min_new_tokens=new, do_sample=False)
            torch.cuda.synchronize()
            result["generated_tokens"] = int(out.shape[1])
    else:
        model.train()
        if case.get("optimizer") == "momentum":
            opt = torch.optim.SGD(model.parameters(), lr=1e-3, momentum=0.9)
        else:
            opt = torch.optim.AdamW(model.parameters(), lr=1e-4)
        amp = case.get("amp")
        for step in range(3):
            if step == 2:
                torch.cuda.synchronize()
                result["resident_before_step"] = torch.cuda.memory_allocated()
                torch.cuda.reset_peak_memory_stats()
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=bool(amp)):
                loss = loss_fn()
            if step == 2:
                torch.cuda.synchronize()
                result["after_forward"] = torch.cuda.memory_allocated()
            loss.backward()
            if step == 2:
                torch.cuda.synchronize()
                result["after_backward"] = torch.cuda.memory_allocated()
                result["peak_through_backward"] = torch.cuda.max_memory_allocated()
            opt.step()
            opt.zero_grad(set_to_none=True)
            del loss
        torch.cuda.synchronize()
    result["peak_allocated"] = torch.cuda.max_memory_allocated()
    result["peak_reserved"] = torch.cuda.max_memory_reserved()
    free, total = torch.cuda.mem_get_info()
    result["reserved_end"] = torch.cuda.memory_reserved()
    result["used_end"] = total - free
    result["parameters"] = sum(p.numel() for p in model.parameters())
    return result


def saved_breakdown(name):
    """What autograd saves in one forward pass + loss of a training case, on CUDA: every distinct
    storage once, parameters and buffers skipped, attributed to the innermost running module's
    class (the loss, computed in the top-level forward, lands on the model's own class)."""
    import torch
    case = CASES[name]
    torch.manual_seed(0)
    model, loss_fn = build(case)
    model.train()
    skip = {p.untyped_storage().data_ptr() for p in model.parameters()}
    skip |= {b.untyped_storage().data_ptr() for b in model.buffers()}
    stack, seen, by_type = [], set(), {}
    by_dtype = {}

    def pre(m, *a):
        stack.append(type(m).__name__)

    def post(m, *a):
        stack.pop()
    handles = []
    for m in model.modules():
        handles.append(m.register_forward_pre_hook(pre))
        handles.append(m.register_forward_hook(post))

    def pack(t):
        st = t.untyped_storage()
        key = st.data_ptr()
        if key not in skip and key not in seen and st.nbytes() > 0:
            seen.add(key)
            owner = stack[-1] if stack else "<loss>"
            by_type[owner] = by_type.get(owner, 0) + st.nbytes()
            d = str(t.dtype)
            by_dtype[d] = by_dtype.get(d, 0) + st.nbytes()
        return t
    torch.cuda.synchronize()
    before = torch.cuda.memory_allocated()
    torch.cuda.reset_peak_memory_stats()
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        with torch.autocast("cuda", dtype=torch.bfloat16, enabled=bool(case.get("amp"))):
            loss = loss_fn()
    torch.cuda.synchronize()
    after = torch.cuda.memory_allocated()
    fwd_peak = torch.cuda.max_memory_allocated()
    torch.cuda.reset_peak_memory_stats()
    loss.backward()
    torch.cuda.synchronize()
    bwd_peak = torch.cuda.max_memory_allocated()
    for h in handles:
        h.remove()
    return dict(name=name, saved_total=sum(by_type.values()), saved_by_module_type=by_type,
                saved_by_dtype=by_dtype, allocated_before=before, allocated_after_forward=after,
                forward_peak=fwd_peak, backward_peak=bwd_peak)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--only")
    ap.add_argument("--case")
    ap.add_argument("--saved", action="store_true",
                    help="record what autograd saves per module type instead of whole steps")
    args = ap.parse_args()
    if args.case:  # child process
        r = saved_breakdown(args.case) if args.saved else run_case(args.case)
        print("RESULT " + json.dumps(r), flush=True)
        return
    import torch
    env = dict(torch=torch.__version__, gpu=torch.cuda.get_device_name(0),
               total_bytes=torch.cuda.mem_get_info()[1], cuda=torch.version.cuda)
    try:
        import transformers, torchvision
        env.update(transformers=transformers.__version__, torchvision=torchvision.__version__)
    except Exception as e:
        env["import_error"] = repr(e)
    del torch
    baseline = smi_used_bytes()
    env["smi_used_before"] = baseline
    names = args.only.split(",") if args.only else list(CASES)
    results = []
    for name in names:
        t0 = time.time()
        p = subprocess.run([sys.executable, __file__, "--case", name] + (["--saved"] if args.saved else []),
                           capture_output=True, text=True, timeout=300)
        line = [l for l in p.stdout.splitlines() if l.startswith("RESULT ")]
        if line and args.saved:
            r = json.loads(line[0][7:])
        elif line:
            r = json.loads(line[0][7:])
            r["context_bytes"] = r["used_end"] - r["reserved_end"] - baseline
            r["process_peak"] = r["context_bytes"] + r["peak_reserved"]
        else:
            r = dict(name=name, error=p.stderr[-3000:])
        r["headroom"] = CASES[name]["headroom"]
        if "master_weights" in CASES[name]:
            r["master_weights"] = CASES[name]["master_weights"]
        r["seconds"] = round(time.time() - t0, 1)
        results.append(r)
        print(json.dumps(r)[:400], flush=True)
    doc = dict(environment=env, cases=results)
    text = json.dumps(doc, indent=1)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
