#!/usr/bin/env python3
"""Measure fine-tuning steps (PEFT LoRA, pure-bf16 full fine-tuning), long-prompt generation and
a small MoE on a real CUDA GPU (Headroom calibration). Companion of measure_cuda.py.

Usage (NVIDIA GPU, PyTorch, transformers, peft; nothing is downloaded: every model is built with
random weights from a config JSON in tests/data/hf/):

    python3 tools/calibration/measure_finetune.py OUT.json [--only NAME[,NAME...]] [--deadline S]

Cases run in the order of CASES, then the SAVED breakdowns, each in a fresh process, so that its
CUDA context, peak statistics and allocator state are its own. No new case starts after
``--deadline`` seconds (default 400) from the start of the script; a case that runs past
``--case-timeout`` (default 150 s) or fails is recorded as an entry with ``error``. OUT.json is
rewritten after every case: ``environment``, ``cases`` (whole steps), ``saved`` (saved-tensor
breakdowns) and ``skipped`` (names not started because the deadline had passed). ``--only``
takes case names; a saved breakdown is named ``saved:CASE``.

Recorded per case (bytes unless said otherwise):

* ``used_after_init``: device memory in use (``mem_get_info``) once the process has a CUDA
  context and one tiny tensor, before the model is built.
* ``resident_before_step``: ``memory_allocated`` before the measured step: weights, adapters,
  optimizer states (gradients are freed with ``zero_grad(set_to_none=True)``). Generation:
  the weights before the measured ``generate``.
* ``after_forward``: ``memory_allocated`` after the forward pass and loss of the measured step
  (what autograd keeps for backward, plus the loss).
* ``after_backward``: ``memory_allocated`` after ``backward()``: resident plus gradients of the
  trainable parameters (with the optimizer in backward: the gradients are already gone).
* ``peak_through_backward``: ``max_memory_allocated`` from the start of the measured step to the
  end of backward.
* ``peak_allocated``: ``max_memory_allocated`` over the whole measured (third) step, after
  ``reset_peak_memory_stats``, optimizer step included: what Headroom's allocated components
  must cover. Generation: over the measured ``generate``.
* ``peak_reserved``: ``max_memory_reserved`` over that step (the caching allocator's segments;
  ``peak_reserved / peak_allocated - 1`` is the allocator reserve).
* ``reserved_end``, ``used_end``: ``memory_reserved`` and device memory in use at the end.
* ``context_bytes``: ``used_end - reserved_end`` minus what nvidia-smi showed in use before the
  cases started (``environment.smi_used_before``): CUDA context, kernels, library handles.
* ``process_peak``: ``context_bytes + peak_reserved``: what nvidia-smi shows at the peak.
* ``parameters``: all parameters (frozen base + adapters); ``trainable_parameters``: those with
  ``requires_grad`` (the adapters under LoRA). ``parameter_dtypes`` / ``trainable_dtypes``:
  parameter counts by dtype; ``lora_dtype``: dtype(s) of the ``lora_`` weights as PEFT made
  them (PEFT's ``autocast_adapter_dtype`` upcasts bf16 adapters to fp32 by default).
* Generation only: ``generated_tokens`` (prompt + new), ``cache_*``: the returned
  ``past_key_values`` (class, per-layer classes, bytes of distinct storages, key/value sequence
  lengths held), and ``cache_bytes_if_full`` / ``cache_bytes_if_window`` for comparison.

Training: ``model.train()``, two warm-up steps, then one measured step (forward, loss, backward,
``optimizer.step()``, ``zero_grad(set_to_none=True)``), torch.optim defaults (foreach on CUDA),
lr 1e-4, ``use_cache=False``, labels = input ids (Hugging Face shifts them inside the loss).
Saved breakdowns (``saved``): what autograd saves in one forward + loss, each distinct storage
once, parameters and buffers skipped, by innermost module class (PEFT classes prefixed ``peft.``)
and by dtype, as measure_cuda.py --saved does.

``headroom``: headroom-cli plan flags that exist today and come nearest; ``workload``: the
plan-file workload keys that must be set on top (as compare_cuda.py does for master_weights:
``plan ... --save p.headroom``, edit ``workload``, ``plan p.headroom``); ``notes``: the workload
in words. headroom-cli has no flags yet for the LoRA method, rank and targets (the plan file
has them and ``--mode finetune`` defaults to LoRA r16 on q,v), for the optimizer in backward,
for a chunked loss or for overriding the layer count.
"""

import argparse
import json
import os
import subprocess
import sys
import time

HF = "tests/data/hf"
L1B = "llama-3.2-1b.json"
L7B = "llama-2-7b.json"
QV = ["q_proj", "v_proj"]
ALL = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def _lora(cfg, b, seq, targets="qv", ckpt=False):
    path = f"{HF}/{cfg}"
    flags = (f"--hf-config {path} --mode finetune --precision bf16 --optimizer adamw "
             f"--batch {b} --seq {seq} --flash-attention" + (" --checkpointing full" if ckpt else ""))
    tnames = QV if targets == "qv" else ALL
    notes = (f"{cfg[:-5]} base frozen in bf16, PEFT LoRA r=16 alpha=32 dropout=0.05 on "
             f"{','.join(tnames)} (adapter dtype as PEFT chose, see lora_dtype), "
             f"torch.optim.AdamW (foreach) over the adapters only, SDPA attention, seq {seq}, "
             f"micro-batch {b}, HF loss on labels=input_ids"
             + (", non-reentrant gradient checkpointing per decoder layer + "
                "enable_input_require_grads" if ckpt else ", no checkpointing"))
    return dict(kind="lora", config=cfg, batch=b, seq=seq, targets=tnames, checkpointing=ckpt,
                headroom=flags, notes=notes,
                workload=dict(fine_tune_method="lora", lora_rank=16,
                              lora_targets="qv" if targets == "qv" else "qkvom"))


def _full(variant, b=4, seq=2048):
    what = dict(opt_in_bwd="torchtune-style optimizer in backward: one torch.optim.AdamW per "
                           "parameter stepped in register_post_accumulate_grad_hook, grad set "
                           "to None there, so all gradients never coexist",
                chunked_ce="plain torch.optim.AdamW (foreach); loss as torchtune's "
                           "CEWithChunkedOutputLoss: hidden states split in 8 sequence chunks, "
                           "lm_head per chunk (bf16), each chunk's logits upcast to fp32 and "
                           "cross-entropy summed, divided by the token count")[variant]
    return dict(kind="full", variant=variant, config=L1B, batch=b, seq=seq,
                headroom=f"--hf-config {HF}/{L1B} --precision bf16 --optimizer adamw "
                         f"--batch {b} --seq {seq} --flash-attention",
                workload=dict(master_weights=False),
                notes=f"Llama-3.2-1B full fine-tune, pure bf16 (weights, grads and AdamW states "
                      f"bf16, no fp32 master copy, torchtune's default), SDPA, seq {seq}, "
                      f"micro-batch {b}, no checkpointing; {what}")


CASES = {
    "llama32_1b_lora_qv_r16_b1_s2048": _lora(L1B, 1, 2048),
    "llama32_1b_lora_qv_r16_b2_s2048": _lora(L1B, 2, 2048),
    "llama32_1b_lora_qv_r16_b4_s2048": _lora(L1B, 4, 2048),
    "llama32_1b_lora_all_r16_b4_s2048": _lora(L1B, 4, 2048, targets="all"),
    "llama32_1b_lora_qv_r16_b8_s2048_ckpt": _lora(L1B, 8, 2048, ckpt=True),
    "llama2_7b_lora_qv_r16_b1_s1304": _lora(L7B, 1, 1304),
    "llama2_7b_lora_qv_r16_b2_s1304": _lora(L7B, 2, 1304),
    "llama32_1b_full_bf16_optinbwd_b4_s2048": _full("opt_in_bwd"),
    "llama32_1b_full_bf16_chunkedce_b4_s2048": _full("chunked_ce"),
    "mistral_7b_generate_b4_prompt8192_new64": dict(
        kind="generate", config="mistral-7b-v0.1.json", batch=4, seq=8192, new=64,
        headroom=f"--hf-config {HF}/mistral-7b-v0.1.json --mode inference --precision bf16 "
                 "--batch 4 --seq 8192 --context 8256 --flash-attention",
        workload={},
        notes="Mistral-7B-v0.1 (sliding_window 4096) bf16, SDPA, HF generate greedy, batch 4, "
              "prompt 8192 tokens, exactly 64 new tokens, default (dynamic) cache: does the "
              "cache keep only the window? see cache_*"),
    "mixtral_2layer_bf16_adamw_b2_s2048": dict(
        kind="full", variant="plain", config="mixtral-8x7b-v0.1.json", batch=2, seq=2048,
        overrides=dict(num_hidden_layers=2),
        headroom=f"--hf-config {HF}/mixtral-8x7b-v0.1.json --precision bf16 --optimizer adamw "
                 "--batch 2 --seq 2048 --flash-attention",
        workload=dict(master_weights=False),
        notes="Mixtral-8x7B config with num_hidden_layers overridden to 2 (no flag: use a copy "
              "of the config with 2 layers), full training pure bf16 (no master copy), "
              "torch.optim.AdamW (foreach), SDPA, seq 2048, micro-batch 2, HF MoE "
              "implementation as shipped, no router aux loss (output_router_logits default)"),
}
# Two techniques on the micro-batch-4 LoRA case: the allocator's expandable segments (what they do
# to the reserve) and activation offloading to pinned host memory (torch.autograd.graph.save_on_cpu,
# what torchtune's enable_activation_offloading builds on).
CASES["llama32_1b_lora_qv_r16_b4_s2048_expandable"] = dict(
    CASES["llama32_1b_lora_qv_r16_b4_s2048"], env=dict(PYTORCH_CUDA_ALLOC_CONF="expandable_segments:True"),
    notes=CASES["llama32_1b_lora_qv_r16_b4_s2048"]["notes"] + "; PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True")
CASES["llama32_1b_lora_qv_r16_b4_s2048_offload"] = dict(
    CASES["llama32_1b_lora_qv_r16_b4_s2048"], variant="offload_cpu",
    notes=CASES["llama32_1b_lora_qv_r16_b4_s2048"]["notes"] + "; forward and loss inside "
    "torch.autograd.graph.save_on_cpu(pin_memory=True): saved tensors go to pinned host RAM")
SAVED = ["llama32_1b_lora_qv_r16_b4_s2048", "llama32_1b_lora_all_r16_b4_s2048"]


def smi_used_bytes():
    try:
        out = subprocess.run(["nvidia-smi", "--query-gpu=memory.used", "--format=csv,noheader,nounits"],
                             capture_output=True, text=True, timeout=30).stdout
        return int(out.split()[0]) * 1024 * 1024
    except Exception:
        return 0


def hf_config(name, overrides=None):
    import transformers
    d = json.load(open(os.path.join(HF, name)))
    d.update(overrides or {})
    return transformers.AutoConfig.for_model(d.pop("model_type"), **d)


def dtype_counts(params):
    out = {}
    for p in params:
        out[str(p.dtype)] = out.get(str(p.dtype), 0) + p.numel()
    return out


def build(case):
    """Returns (model, loss_fn or input ids, info dict)."""
    import torch
    import transformers
    cfg = hf_config(case["config"], case.get("overrides"))
    with torch.device("cuda"):
        model = transformers.AutoModelForCausalLM.from_config(cfg, attn_implementation="sdpa")
    model = model.to(dtype=torch.bfloat16)  # base in bf16 whatever the JSON's torch_dtype says
    ids = torch.randint(0, cfg.vocab_size, (case["batch"], case["seq"]), device="cuda")
    info = {}
    if case["kind"] == "generate":
        model.requires_grad_(False)
        return model, ids, info
    if case["kind"] == "lora":
        import peft
        if case["checkpointing"]:  # as PEFT's docs / prepare_model_for_kbit_training do
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
            model.enable_input_require_grads()
        lcfg = peft.LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05,
                               target_modules=case["targets"], task_type="CAUSAL_LM")
        model = peft.get_peft_model(model, lcfg)
        info["lora_dtype"] = sorted({str(p.dtype) for n, p in model.named_parameters() if "lora_" in n})
        info["lora_modules"] = sum(1 for n, _ in model.named_modules() if n.endswith(".lora_A"))
    if case.get("variant") == "chunked_ce":
        # torchtune's CEWithChunkedOutputLoss (torchtune/modules/loss/ce_chunked_output_loss.py)
        # with the model's chunked output projection (TransformerDecoder.chunked_output):
        # the model returns a list of per-chunk bf16 logits; the loss upcasts each chunk to fp32,
        # sums token CE per chunk (reduction="sum") and divides by the non-ignored token count.
        import torch.nn.functional as F
        labels = torch.cat([ids[:, 1:], torch.full_like(ids[:, :1], -100)], dim=1)  # shifted

        def loss_fn():
            h = model.model(input_ids=ids, use_cache=False).last_hidden_state
            logits = [model.lm_head(c) for c in h.chunk(8, dim=1)]
            total = (labels != -100).sum()
            loss = 0.0
            for lg, lb in zip(logits, labels.chunk(8, dim=1)):
                loss = loss + F.cross_entropy(lg.float().reshape(-1, lg.size(-1)), lb.reshape(-1),
                                              ignore_index=-100, reduction="sum")
            return loss / total
        return model, loss_fn, info

    if case.get("variant") == "offload_cpu":
        def loss_fn():
            with torch.autograd.graph.save_on_cpu(pin_memory=True):
                return model(input_ids=ids, labels=ids, use_cache=False).loss
        return model, loss_fn, info

    def loss_fn():
        return model(input_ids=ids, labels=ids, use_cache=False).loss
    return model, loss_fn, info


def cache_info(pkv, torch):
    """Bytes and sequence lengths of a returned past_key_values (Cache API of transformers 5,
    older key_cache/value_cache lists, or legacy tuples)."""
    info = dict(cache_class=type(pkv).__name__)
    tensors = []
    layers = getattr(pkv, "layers", None)
    if layers is not None:
        info["cache_layer_classes"] = sorted({type(l).__name__ for l in layers})
        for l in layers:
            for a in ("keys", "values", "key_cache", "value_cache"):
                t = getattr(l, a, None)
                if torch.is_tensor(t):
                    tensors.append(t)
    elif hasattr(pkv, "key_cache"):
        tensors = [t for t in list(pkv.key_cache) + list(pkv.value_cache) if torch.is_tensor(t)]
    elif isinstance(pkv, (tuple, list)):
        tensors = [t for layer in pkv for t in layer if torch.is_tensor(t)]
    seen, total = set(), 0
    for t in tensors:
        st = t.untyped_storage()
        if st.data_ptr() not in seen:
            seen.add(st.data_ptr())
            total += st.nbytes()
    info["cache_tensors"] = len(tensors)
    info["cache_bytes"] = total
    info["cache_tensor_bytes"] = sum(t.numel() * t.element_size() for t in tensors)
    info["cache_seq_lengths"] = sorted({int(t.shape[-2]) for t in tensors if t.dim() >= 2})
    return info


def run_case(name):
    import torch
    case = CASES[name]
    torch.manual_seed(0)
    torch.cuda.init()
    torch.empty(1, device="cuda")
    torch.cuda.synchronize()
    free, total = torch.cuda.mem_get_info()
    result = dict(name=name, used_after_init=total - free)
    model, loss_fn, info = build(case)
    result.update(info)
    params = list(model.parameters())
    trainable = [p for p in params if p.requires_grad]
    result["parameter_dtypes"] = dtype_counts(params)
    result["trainable_dtypes"] = dtype_counts(trainable)
    cfg = getattr(model, "config", None)
    result["attn_implementation"] = str(getattr(cfg, "_attn_implementation", ""))
    torch.cuda.synchronize()
    torch.cuda.empty_cache()  # drop what building the model left in the cache
    if case["kind"] == "generate":
        model.eval()
        ids = loss_fn
        mask = torch.ones_like(ids)
        with torch.no_grad():
            model.generate(ids[:, :16], attention_mask=mask[:, :16], max_new_tokens=4,
                           do_sample=False, pad_token_id=0)  # warm-up
            torch.cuda.synchronize()
            torch.cuda.empty_cache()
            result["resident_before_step"] = torch.cuda.memory_allocated()
            torch.cuda.reset_peak_memory_stats()
            n = case["new"]
            out = model.generate(ids, attention_mask=mask, max_new_tokens=n, min_new_tokens=n,
                                 do_sample=False, pad_token_id=0, return_dict_in_generate=True)
            torch.cuda.synchronize()
        result["after_generate"] = torch.cuda.memory_allocated()
        result["generated_tokens"] = int(out.sequences.shape[1])
        try:
            result.update(cache_info(out.past_key_values, torch))
        except Exception as e:
            result["cache_error"] = repr(e)
        c = model.config
        hd = getattr(c, "head_dim", None) or c.hidden_size // c.num_attention_heads
        per_tok = c.num_hidden_layers * 2 * c.num_key_value_heads * hd * 2 * case["batch"]
        result["cache_bytes_if_full"] = per_tok * result["generated_tokens"]
        if getattr(c, "sliding_window", None):
            result["sliding_window"] = c.sliding_window
            result["cache_bytes_if_window"] = per_tok * min(c.sliding_window, result["generated_tokens"])
    else:
        model.train()
        opt = None
        if case.get("variant") == "opt_in_bwd":
            # torchtune's optimizer_in_bwd (recipes/full_finetune_single_device.py and
            # torchtune.training.register_optim_in_bwd_hooks): one optimizer per parameter,
            # stepped as soon as that parameter's gradient is complete.
            optims = {p: torch.optim.AdamW([p], lr=1e-4) for p in trainable}

            def hook(p):
                optims[p].step()
                optims[p].zero_grad(set_to_none=True)
                p.grad = None
            for p in trainable:
                p.register_post_accumulate_grad_hook(hook)
            result["optimizer"] = "AdamW per parameter in backward"
        else:
            opt = torch.optim.AdamW(trainable, lr=1e-4)
            result["optimizer"] = "AdamW foreach"
        for step in range(3):
            if step == 2:
                torch.cuda.synchronize()
                result["resident_before_step"] = torch.cuda.memory_allocated()
                torch.cuda.reset_peak_memory_stats()
            loss = loss_fn()
            if step == 2:
                torch.cuda.synchronize()
                result["after_forward"] = torch.cuda.memory_allocated()
            loss.backward()
            if step == 2:
                torch.cuda.synchronize()
                result["after_backward"] = torch.cuda.memory_allocated()
                result["peak_through_backward"] = torch.cuda.max_memory_allocated()
            if opt is not None:
                opt.step()
                opt.zero_grad(set_to_none=True)
            result["loss"] = float(loss.detach())
            del loss
        torch.cuda.synchronize()
    result["peak_allocated"] = torch.cuda.max_memory_allocated()
    result["peak_reserved"] = torch.cuda.max_memory_reserved()
    free, total = torch.cuda.mem_get_info()
    result["reserved_end"] = torch.cuda.memory_reserved()
    result["used_end"] = total - free
    result["parameters"] = sum(p.numel() for p in params)
    result["trainable_parameters"] = sum(p.numel() for p in trainable)
    return result


def saved_breakdown(name):
    """What autograd saves in one forward pass + loss of a training case, on CUDA: every distinct
    storage once, parameters (frozen ones too) and buffers skipped, attributed to the innermost
    running module's class (the loss, computed in the top-level forward, lands on the model's own
    class); PEFT's classes are prefixed "peft." (its lora Linear is also called Linear)."""
    import torch
    case = CASES[name]
    torch.manual_seed(0)
    model, loss_fn, info = build(case)
    model.train()
    skip = {p.untyped_storage().data_ptr() for p in model.parameters()}
    skip |= {b.untyped_storage().data_ptr() for b in model.buffers()}
    stack, seen, by_type, by_dtype = [], set(), {}, {}

    def pre(m, *a):
        cls = type(m)
        stack.append(("peft." if cls.__module__.startswith("peft") else "") + cls.__name__)

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
    torch.cuda.empty_cache()
    before = torch.cuda.memory_allocated()
    torch.cuda.reset_peak_memory_stats()
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
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
    r = dict(name="saved:" + name, saved_total=sum(by_type.values()), saved_by_module_type=by_type,
             saved_by_dtype=by_dtype, allocated_before=before, allocated_after_forward=after,
             forward_peak=fwd_peak, backward_peak=bwd_peak,
             trainable_parameters=sum(p.numel() for p in model.parameters() if p.requires_grad))
    r.update(info)
    return r


def run_child(name, saved, timeout):
    cmd = [sys.executable, os.path.abspath(__file__), "--case", name] + (["--saved"] if saved else [])
    env = dict(os.environ, **CASES[name].get("env", {}))
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        err = e.stderr.decode(errors="replace") if isinstance(e.stderr, bytes) else (e.stderr or "")
        return None, f"timeout after {timeout} s; stderr tail: {err[-2000:]}"
    except Exception as e:  # never crash the driver
        return None, repr(e)
    line = [l for l in p.stdout.splitlines() if l.startswith("RESULT ")]
    if not line:
        return None, f"rc {p.returncode}; stderr tail: {p.stderr[-3000:]}"
    return json.loads(line[-1][7:]), None


def mib(v):
    return f"{v / 2**20:10.0f}" if isinstance(v, (int, float)) else f"{'-':>10s}"


def main():
    start = time.time()
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--only", help="comma-separated case names; saved:NAME for a saved breakdown")
    ap.add_argument("--deadline", type=float, default=400,
                    help="seconds from start after which no new case is launched")
    ap.add_argument("--case-timeout", type=float, default=150)
    ap.add_argument("--case")
    ap.add_argument("--saved", action="store_true", help="child: saved-tensor breakdown of --case")
    args = ap.parse_args()
    if args.case:  # child process
        r = saved_breakdown(args.case) if args.saved else run_case(args.case)
        print("RESULT " + json.dumps(r), flush=True)
        return
    env = {}
    try:
        import torch
        env.update(torch=torch.__version__, gpu=torch.cuda.get_device_name(0),
                   total_bytes=torch.cuda.mem_get_info()[1], cuda=torch.version.cuda)
    except Exception as e:
        env["torch_error"] = repr(e)
    for mod in ("transformers", "peft", "accelerate"):
        try:
            env[mod] = __import__(mod).__version__
        except Exception as e:
            env[mod + "_error"] = repr(e)
    env["smi_used_before"] = baseline = smi_used_bytes()
    todo = [(n, False) for n in CASES] + [(n, True) for n in SAVED]
    if args.only:
        want = [w.strip() for w in args.only.split(",") if w.strip()]
        bad = [w for w in want if w.removeprefix("saved:") not in CASES]
        if bad:
            sys.exit(f"unknown case(s): {', '.join(bad)}; known: {', '.join(CASES)}")
        todo = [(w.removeprefix("saved:"), w.startswith("saved:")) for w in want]
    doc = dict(environment=env, cases=[], saved=[], skipped=[], deadline_s=args.deadline)

    def write():
        text = json.dumps(doc, indent=1)
        if args.out:
            tmp = args.out + ".tmp"
            with open(tmp, "w") as f:
                f.write(text + "\n")
            os.replace(tmp, args.out)
        return text
    print(f"environment: {json.dumps(env)}", flush=True)
    for name, saved in todo:
        label = ("saved:" if saved else "") + name
        if time.time() - start > args.deadline:
            doc["skipped"].append(label)
            print(f"{label:46s} skipped (deadline {args.deadline:.0f} s passed)", flush=True)
            write()
            continue
        t0 = time.time()
        r, err = run_child(name, saved, args.case_timeout)
        if r is None:
            r = dict(name=label, error=err)
        elif not saved:
            r["context_bytes"] = r["used_end"] - r["reserved_end"] - baseline
            r["process_peak"] = r["context_bytes"] + r["peak_reserved"]
        case = CASES[name]
        r["headroom"] = case["headroom"]
        r["workload"] = case["workload"]
        r["notes"] = case["notes"]
        if "master_weights" in case["workload"]:
            r["master_weights"] = case["workload"]["master_weights"]
        r["seconds"] = round(time.time() - t0, 1)
        doc["saved" if saved else "cases"].append(r)
        write()
        peak = r.get("forward_peak" if saved else "peak_allocated")
        status = f"ERROR {r['error'][-200:]!r}" if "error" in r else ""
        print(f"{label:46s} peak {mib(peak).strip():>7s} MiB {r['seconds']:6.1f} s {status}", flush=True)
    text = write()
    print(f"\n{'case':46s} {'resident':>10s} {'after_fwd':>10s} {'peak_alloc':>10s} "
          f"{'peak_resv':>10s} {'proc_peak':>10s} {'trainable':>12s} {'s':>6s}  (MiB)")
    for r in doc["cases"]:
        print(f"{r['name']:46s} {mib(r.get('resident_before_step'))} {mib(r.get('after_forward'))} "
              f"{mib(r.get('peak_allocated'))} {mib(r.get('peak_reserved'))} {mib(r.get('process_peak'))} "
              f"{r.get('trainable_parameters', '-'):>12} {r['seconds']:6.1f}"
              + ("  ERROR" if "error" in r else "")
              + (f"  lora {','.join(r['lora_dtype'])}" if r.get("lora_dtype") else "")
              + (f"  cache {r['cache_bytes'] / 2**20:.0f} MiB seq {r.get('cache_seq_lengths')}"
                 if "cache_bytes" in r else ""))
    for r in doc["saved"]:
        print(f"{r['name']:46s} saved {mib(r.get('saved_total'))} fwd_peak {mib(r.get('forward_peak'))} "
              f"{r['seconds']:6.1f}" + ("  ERROR" if "error" in r else ""))
    if doc["skipped"]:
        print("skipped:", ", ".join(doc["skipped"]))
    print(f"total {time.time() - start:.0f} s", flush=True)
    if not args.out:
        print(text)


if __name__ == "__main__":
    main()
