#!/usr/bin/python3
"""Saved-tensor bytes of one DeepSeek-V3 attention layer and one Mamba mixer (Headroom check).

Usage (Debian's PyTorch 1.13, CPU, fp32): /usr/bin/python3 tools/calibration/measure_mla_mamba.py

The modules are transcribed from transformers' modeling_deepseek_v3.py (DeepseekV3Attention with
DeepseekV3RMSNorm, apply_rotary_pos_emb, eager_attention_forward) and modeling_mamba.py
(MambaMixer.slow_forward without a cache), at the small sizes of tests/core/tst_layers.cpp.
Counting as measure_activations.py: a saved_tensors_hooks pack hook, each storage once, parameters
skipped; cos/sin (built without grad, shared by the batch) are reported apart.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RMSNorm(nn.Module):
    def __init__(self, n, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(n))
        self.eps = eps

    def forward(self, x):
        dtype = x.dtype
        x = x.to(torch.float32)
        var = x.pow(2).mean(-1, keepdim=True)
        x = x * torch.rsqrt(var + self.eps)
        return self.weight * x.to(dtype)


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2:]
    return torch.cat((-x2, x1), dim=-1)


class MLA(nn.Module):
    def __init__(self, hidden=32, heads=2, q_rank=8, kv_rank=6, nope=4, rope=2, v=3):
        super().__init__()
        self.h, self.nope, self.rope, self.v, self.kv_rank = heads, nope, rope, v, kv_rank
        self.qk = nope + rope
        self.q_rank = q_rank
        if q_rank:
            self.q_a_proj = nn.Linear(hidden, q_rank, bias=False)
            self.q_a_layernorm = RMSNorm(q_rank)
            self.q_b_proj = nn.Linear(q_rank, heads * self.qk, bias=False)
        else:
            self.q_proj = nn.Linear(hidden, heads * self.qk, bias=False)
        self.kv_a_proj_with_mqa = nn.Linear(hidden, kv_rank + rope, bias=False)
        self.kv_a_layernorm = RMSNorm(kv_rank)
        self.kv_b_proj = nn.Linear(kv_rank, heads * (nope + v), bias=False)
        self.o_proj = nn.Linear(heads * v, hidden, bias=False)

    def forward(self, x, cos, sin, mask):
        b, s = x.shape[:2]
        q = self.q_b_proj(self.q_a_layernorm(self.q_a_proj(x))) if self.q_rank else self.q_proj(x)
        q = q.view(b, s, -1, self.qk).transpose(1, 2)
        q_pass, q_rot = torch.split(q, [self.nope, self.rope], dim=-1)
        ckv = self.kv_a_proj_with_mqa(x)
        k_pass, k_rot = torch.split(ckv, [self.kv_rank, self.rope], dim=-1)
        k_pass = self.kv_b_proj(self.kv_a_layernorm(k_pass)).view(b, s, -1, self.nope + self.v).transpose(1, 2)
        k_pass, value = torch.split(k_pass, [self.nope, self.v], dim=-1)
        k_rot = k_rot.view(b, 1, s, self.rope)
        c, sn = cos.unsqueeze(1), sin.unsqueeze(1)
        q_rot = (q_rot * c) + (rotate_half(q_rot) * sn)
        k_rot = (k_rot * c) + (rotate_half(k_rot) * sn)
        k_rot = k_rot.expand(*k_pass.shape[:-1], -1)
        query = torch.cat((q_pass, q_rot), dim=-1)
        key = torch.cat((k_pass, k_rot), dim=-1)
        w = torch.matmul(query, key.transpose(2, 3)) * self.qk ** -0.5
        w = w + mask
        w = F.softmax(w, dim=-1, dtype=torch.float32).to(query.dtype)
        out = torch.matmul(w, value).transpose(1, 2).contiguous().reshape(b, s, -1)
        return self.o_proj(out)


class Mamba(nn.Module):
    def __init__(self, hidden=8, inner=16, state=16, kernel=4, dt_rank=2):
        super().__init__()
        self.inner, self.state, self.dt_rank = inner, state, dt_rank
        self.in_proj = nn.Linear(hidden, 2 * inner, bias=False)
        self.conv1d = nn.Conv1d(inner, inner, kernel, groups=inner, padding=kernel - 1, bias=True)
        self.x_proj = nn.Linear(inner, dt_rank + 2 * state, bias=False)
        self.dt_proj = nn.Linear(dt_rank, inner, bias=True)
        self.A_log = nn.Parameter(torch.log(torch.arange(1, state + 1, dtype=torch.float32)).expand(inner, -1).contiguous())
        self.D = nn.Parameter(torch.ones(inner))
        self.out_proj = nn.Linear(inner, hidden, bias=False)

    def forward(self, x):  # MambaMixer.slow_forward, no cache
        b, s, _ = x.shape
        dtype = x.dtype
        proj = self.in_proj(x).transpose(1, 2)
        hs, gate = proj.chunk(2, dim=1)
        ssm_state = torch.zeros((b, self.inner, self.state), dtype=dtype)
        hs = F.silu(self.conv1d(hs)[..., :s])
        p = self.x_proj(hs.transpose(1, 2))
        ts, B, C = torch.split(p, [self.dt_rank, self.state, self.state], dim=-1)
        dt = F.softplus(self.dt_proj(ts)).transpose(1, 2)
        A = -torch.exp(self.A_log.float())
        dA = torch.exp(A[None, :, None, :] * dt[:, :, :, None])
        dB = dt[:, :, :, None] * B[:, None, :, :].float()
        dBu = dB * hs[:, :, :, None].float()
        outs = []
        for i in range(s):
            ssm_state = dA[:, :, i, :] * ssm_state + dBu[:, :, i, :]
            outs.append(torch.matmul(ssm_state.to(dtype), C[:, i, :].unsqueeze(-1))[:, :, 0])
        y = torch.stack(outs, dim=-1)
        y = y + (hs * self.D[None, :, None])
        y = y * F.silu(gate)
        return self.out_proj(y.transpose(1, 2))


def saved(module, *inputs, skip=()):
    params = {p.data_ptr() for p in module.parameters()} | {t.data_ptr() for t in skip}
    seen, skipped = {}, {}
    def pack(t):
        key = t.untyped_storage().data_ptr() if hasattr(t, "untyped_storage") else t.storage().data_ptr()
        size = t.untyped_storage().nbytes() if hasattr(t, "untyped_storage") else t.storage().nbytes()
        if key in params or t.data_ptr() in params:
            skipped[key] = size
        elif key not in seen:
            seen[key] = size
        return t
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        module(*inputs).sum()
    return sum(seen.values()), sum(skipped.values())


if __name__ == "__main__":
    torch.manual_seed(0)
    s = 10
    for q_rank in (8, 0):
        m = MLA(q_rank=q_rank)
        x = torch.randn(1, s, 32)
        cos, sin = torch.randn(1, s, 2), torch.randn(1, s, 2)
        mask = torch.triu(torch.full((s, s), float("-inf")), 1)[None, None]
        total, other = saved(m, x, cos, sin, mask, skip=(cos, sin, mask))
        print(f"mla q_lora_rank={q_rank}: {total} bytes per sample; cos/sin/mask {other}")
    for state in (4,):
        m = Mamba(state=state)
        total, other = saved(m, torch.randn(1, s, 8))
        print(f"mamba state={state}: {total} bytes (A_log's exp included); parameters {other}")
