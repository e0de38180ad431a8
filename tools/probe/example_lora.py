#!/usr/bin/env python3
"""The sample plan's workload (resources/samples/sample.headroom) measured with headroom_probe.

Llama-2 7B (architecture from tests/data/hf/llama-2-7b.json, random weights built on the GPU, no
download), bf16 base, PEFT LoRA r16 alpha 32 dropout 0.05 on q_proj and v_proj (PEFT's default
fp32 adapters, i.e. master weights; --bf16-adapters keeps them bf16), full gradient checkpointing
(non-reentrant, enable_input_require_grads), micro-batch 4, sequence 2048, SDPA attention, AdamW
on the adapters (lr 1e-4, torch defaults). Two warm-up steps, then one probed step with phases
forward (forward + loss), backward and optimizer_step (step + zero_grad(set_to_none=True)).

    python3 tools/probe/example_lora.py OUT.json [--batch 4] [--seq 2048] [--saved-tensors]

Needs a CUDA GPU with about 40 GB free, PyTorch, transformers and peft. Then compare with the plan:
``headroom-cli calibrate resources/samples/sample.headroom OUT.json``.
"""

import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import headroom_probe  # noqa: E402

DEFAULT_CONFIG = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "data", "hf", "llama-2-7b.json"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="probe file to write (JSON, format headroom-probe)")
    ap.add_argument("--config", default=DEFAULT_CONFIG, help="Hugging Face config.json of the model")
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--seq", type=int, default=2048)
    ap.add_argument("--bf16-adapters", action="store_true",
                    help="keep the LoRA weights bf16 (PEFT autocast_adapter_dtype=False)")
    ap.add_argument("--saved-tensors", action="store_true",
                    help="also count what autograd saves per module type in the probed forward "
                         "(checkpointed regions are hidden by checkpoint's own hooks)")
    args = ap.parse_args()

    t_start = time.time()
    headroom_probe.baseline()  # device memory in use before this process touches CUDA
    import torch
    import transformers
    import peft
    if not torch.cuda.is_available():
        sys.exit("example_lora.py needs a CUDA GPU")

    with open(args.config) as f:
        d = json.load(f)
    cfg = transformers.AutoConfig.for_model(d.pop("model_type"), **d)
    cfg.use_cache = False
    torch.manual_seed(0)
    with torch.device("cuda"):
        model = transformers.AutoModelForCausalLM.from_config(cfg, attn_implementation="sdpa")
    model = model.to(dtype=torch.bfloat16)  # base in bf16 whatever the JSON's torch_dtype says
    model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    model.enable_input_require_grads()
    lcfg = peft.LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules=["q_proj", "v_proj"],
                           task_type="CAUSAL_LM")
    model = peft.get_peft_model(model, lcfg, autocast_adapter_dtype=not args.bf16_adapters)
    model.train()
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
    ids = torch.randint(0, cfg.vocab_size, (args.batch, args.seq), device="cuda")
    torch.cuda.synchronize()
    torch.cuda.empty_cache()  # drop what building the model left in the cache
    t_built = time.time()

    def forward():
        return model(input_ids=ids, labels=ids).loss

    for _ in range(2):  # warm-up: kernels loaded, optimizer state created
        loss = forward()
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        del loss
    torch.cuda.synchronize()
    t_warm = time.time()

    probe = headroom_probe.Probe(model=model, batch={"input_ids": ids, "labels": ids}, optimizer=opt,
                                 snapshot=True)
    if args.saved_tensors:
        meter = headroom_probe.Probe(model=model, saved_tensors=True)
    with (meter if args.saved_tensors else probe).phase("forward"):
        loss = forward()
    with probe.phase("backward"):
        loss.backward()
    with probe.phase("optimizer_step"):
        opt.step()
        opt.zero_grad(set_to_none=True)
    if args.saved_tensors:  # the forward measured with the hooks in place
        probe.phases.insert(0, meter.phases[0])
    doc = probe.save(args.out)

    gib = 1 << 30
    print("device %s, torch %s, transformers %s, peft %s" % (doc["device"]["name"], torch.__version__,
                                                           transformers.__version__, peft.__version__))
    print("parameters %d (trainable %d), dtypes %s" % (doc["workload"]["parameters"],
                                                       doc["workload"]["trainable_parameters"],
                                                       doc["workload"]["parameter_dtypes"]))
    for p in doc["phases"]:
        if p.get("peak_allocated_bytes") is not None:
            print("%-15s start %6.2f  end %6.2f  peak alloc %6.2f  peak reserved %6.2f GiB  %.2f s" % (
                p["name"], p["allocated_start_bytes"] / gib, p["allocated_end_bytes"] / gib,
                p["peak_allocated_bytes"] / gib, p["peak_reserved_bytes"] / gib, p["seconds"]))
    print("context %.2f GiB (%s), process peak %.2f GiB" % (doc["context_bytes"] / gib, doc["context_method"],
                                                           doc["process_peak_bytes"] / gib))
    print("build %.1f s, warm-up %.1f s, total %.1f s -> %s" % (t_built - t_start, t_warm - t_built,
                                                              time.time() - t_start, args.out))


if __name__ == "__main__":
    main()
