#!/usr/bin/python3
"""Measure what PyTorch autograd really saves for backward (Headroom calibration).

Usage (Debian's PyTorch 1.13 / torchvision 0.14, CPU only):

    /usr/bin/python3 tools/calibration/measure_activations.py OUT.json [--only NAME[,NAME...]]

Definition (identical to /work/shared/calibration/README.md, "activations.json"):

* ``model.train()``; parameters require grad, the input does not.
* A ``torch.autograd.graph.saved_tensors_hooks`` pack hook sees every tensor autograd
  saves during the forward pass.  Each distinct underlying storage (key: the storage's
  ``data_ptr``) is counted once, at its full storage size, so views, transposes and
  slices of one buffer count once.  Storages of parameters and buffers are skipped.
  The model input counts when an op saves it.
* ``loss_saved_bytes`` is what ``F.cross_entropy(output, targets)`` saves on top
  (new storages only, measured the same way, the int64 targets included).
* ``saved_by_module`` attributes each storage to the module that saved it FIRST (the
  innermost module whose forward was running at pack time, tracked with forward
  pre/post hooks).  Ops run directly in the top-level module's forward are attributed
  to ``"<root>"``.  ``saved_by_module_type`` is the same attribution by class name.

Every record uses the variant ``dropout_native`` (the GPU behaviour, see
``install_native_dropout``); the LLaMA records with every decoder layer wrapped in
``torch.utils.checkpoint.checkpoint(..., use_reentrant=False)`` use the variant
``checkpoint_nonreentrant``.

The byte counts depend only on shapes, dtypes and code paths, never on the random values;
``torch.manual_seed(0)`` is set before every model is built anyway.
"""

import argparse
import json
import math
import os
import sys
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.utils.checkpoint
import torchvision


# ---------------------------------------------------------------------------------------
# GPU dropout behaviour on CPU
# ---------------------------------------------------------------------------------------
_ORIGINAL_F_DROPOUT = F.dropout


def native_dropout(input, p=0.5, training=True, inplace=False):
    """F.dropout as ATen's at::dropout / at::dropout_ behave on a CUDA tensor.

    On CPU, F.dropout multiplies by a float noise tensor (saved for backward, in the
    activation dtype).  On CUDA, ``at::dropout`` takes the fused ``native_dropout`` kernel
    whenever ``train and 0 < p < 1 and numel > 0``; its backward saves a 1-byte bool mask.
    The other cases are reproduced exactly as ATen handles them on CUDA:
      * not training, p == 0 or an empty tensor: the input itself is returned (no save);
      * inplace=True (``at::dropout_``) never uses the fused kernel, not even on CUDA: it
        keeps the noise-tensor path, so we call the original implementation;
      * p == 1: the original implementation (multiplies by zero).
    """
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))
    if inplace:
        return _ORIGINAL_F_DROPOUT(input, p, training, inplace)
    if not training or p == 0.0 or input.numel() == 0:
        return input
    if p == 1.0:
        return _ORIGINAL_F_DROPOUT(input, p, training, inplace)
    output, _mask = torch.native_dropout(input, p, training)
    return output


def _dropout_module_forward(self, input):
    return native_dropout(input, self.p, self.training, self.inplace)


def install_native_dropout():
    """Patch every route to dropout used by the models measured here.

    * ``torch.nn.functional.dropout``: used by nn.Dropout and by user code through ``F.``.
    * ``nn.Dropout.forward``: explicit, so the module never reaches the CPU kernel.
    * ``F.multi_head_attention_forward`` (torch 1.13) calls the bare name ``dropout`` from
      the ``torch.nn.functional`` module namespace, which is the same module attribute, so
      the first patch covers nn.MultiheadAttention as well.
    """
    F.dropout = native_dropout
    nn.Dropout.forward = _dropout_module_forward
    assert sys.modules["torch.nn.functional"].dropout is native_dropout


# ---------------------------------------------------------------------------------------
# bfloat16 ConvTranspose2d on CPU
# ---------------------------------------------------------------------------------------
class _ConvTranspose2dBF16(torch.autograd.Function):
    """torch 1.13 has no CPU bfloat16 kernel for conv_transpose2d ("slow_conv_transpose2d_out_cpu
    not implemented for 'BFloat16'").  This stand-in computes the same result through
    float32 and saves exactly what ATen's ConvolutionBackward0 saves for a transposed
    convolution: the input and the weight (the weight is a parameter, so not counted).
    The fp32 variant of the same op is checked against the real kernel in
    ``check_conv_transpose_standin``."""

    @staticmethod
    def forward(ctx, input, weight, bias, stride, padding, output_padding, groups, dilation):
        ctx.save_for_backward(input, weight)
        out = F.conv_transpose2d(input.float(), weight.float(), None if bias is None else bias.float(),
                                 stride, padding, output_padding, groups, dilation)
        return out.to(input.dtype)

    @staticmethod
    def backward(ctx, grad_output):  # not needed for measuring the forward pass
        raise NotImplementedError


_ORIGINAL_CONV_T2D_FORWARD = nn.ConvTranspose2d.forward


def _conv_transpose2d_forward(self, input, output_size=None):
    if input.dtype == torch.bfloat16 and input.device.type == "cpu" and output_size is None:
        return _ConvTranspose2dBF16.apply(input, self.weight, self.bias, self.stride, self.padding,
                                          self.output_padding, self.groups, self.dilation)
    return _ORIGINAL_CONV_T2D_FORWARD(self, input, output_size)


def install_bf16_conv_transpose():
    nn.ConvTranspose2d.forward = _conv_transpose2d_forward


# ---------------------------------------------------------------------------------------
# Measurement machinery
# ---------------------------------------------------------------------------------------
def storage_key_and_bytes(t):
    """(data_ptr, full size in bytes) of the storage under tensor ``t``."""
    s = t.storage()
    return s.data_ptr(), s.nbytes()


class ModuleTracker:
    """Keeps a stack of the modules whose forward is currently running."""

    def __init__(self, model):
        self.stack = []
        self.handles = []
        for name, module in model.named_modules():
            qualname = name if name else "<root>"
            self.handles.append(module.register_forward_pre_hook(self._make_pre(qualname)))
            self.handles.append(module.register_forward_hook(self._make_post(qualname)))

    def _make_pre(self, qualname):
        def pre_hook(module, inputs):
            self.stack.append((qualname, type(module).__name__))
        return pre_hook

    def _make_post(self, qualname):
        def post_hook(module, inputs, output):
            popped = self.stack.pop()
            assert popped[0] == qualname, (popped, qualname)
        return post_hook

    def current(self):
        return self.stack[-1] if self.stack else ("<none>", "<none>")

    def remove(self):
        for h in self.handles:
            h.remove()


class SavedTensorMeter:
    """Pack hook that records each distinct saved storage once (first saver wins)."""

    def __init__(self, model, tracker):
        self.tracker = tracker
        self.excluded = set()
        for t in list(model.parameters()) + list(model.buffers()):
            self.excluded.add(storage_key_and_bytes(t)[0])
        self.phase = "model"
        # data_ptr -> dict(bytes, dtype, module, module_type, phase)
        self.seen = OrderedDict()

    def _record(self, t, module, module_type):
        if t.layout != torch.strided or t.device.type == "meta":
            return
        ptr, nbytes = storage_key_and_bytes(t)
        if nbytes == 0 or ptr in self.excluded or ptr in self.seen:
            return
        self.seen[ptr] = dict(bytes=nbytes, dtype=str(t.dtype).replace("torch.", ""),
                              module=module, module_type=module_type, phase=self.phase)

    def pack(self, t):
        module, module_type = self.tracker.current()
        if self.phase == "loss":
            module, module_type = "<loss>", "<loss>"
        self._record(t, module, module_type)
        # Keep the same storage alive, as autograd would without hooks.  Returning ``t``
        # itself would make a reference cycle when an op saves its own output
        # (tensor -> grad_fn -> SavedVariable -> tensor) that Python's GC cannot break,
        # leaking every graph; a detached alias shares the storage without the cycle.
        return t.detach()

    @staticmethod
    def unpack(t):
        return t

    def retained_by_checkpoint(self, tensors):
        """Non-reentrant checkpoint (torch 1.13) installs its own saved_tensors_hooks, so
        our pack hook never sees what runs inside it; what it keeps alive until backward
        is the positional/keyword arguments held by its unpack closure (and an empty
        Holder per saved tensor).  Those argument storages are recorded here, attributed
        to the checkpointed module."""
        module, module_type = self.tracker.current()
        for t in tensors:
            if isinstance(t, torch.Tensor):
                self._record(t, module, module_type)

    def total(self, phase):
        return sum(v["bytes"] for v in self.seen.values() if v["phase"] == phase)

    def breakdown(self, field, phase="model"):
        out = {}
        for v in self.seen.values():
            if v["phase"] == phase:
                out[v[field]] = out.get(v[field], 0) + v["bytes"]
        return out


def sorted_desc(d):
    """Largest first, ties by name: readable and deterministic."""
    return OrderedDict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))


# The checkpoint variant needs to tell the meter what the checkpoint retains.
_ACTIVE_METER = None


def measure(model, make_input, make_target, name, dtype, batch, seq, variant, token_logits=False):
    """One record.  ``token_logits``: the output is (B, S, V) and the loss is taken over all
    B*S positions (no shift), as in the calibration README."""
    global _ACTIVE_METER
    model.train()
    for p in model.parameters():
        p.requires_grad_(True)
    x = make_input()
    targets = make_target()
    assert not x.requires_grad

    tracker = ModuleTracker(model)
    meter = SavedTensorMeter(model, tracker)
    _ACTIVE_METER = meter
    try:
        with torch.autograd.graph.saved_tensors_hooks(meter.pack, meter.unpack):
            meter.phase = "model"
            output = model(x)
            assert not tracker.stack
            meter.phase = "loss"
            if token_logits:   # (B, S, V) logits, (B, S) int64 targets
                loss = F.cross_entropy(output.reshape(-1, output.size(-1)), targets.reshape(-1))
            else:              # (B, C) with (B,) targets, or (B, C, H, W) with (B, H, W) targets
                loss = F.cross_entropy(output, targets)
    finally:
        _ACTIVE_METER = None
        tracker.remove()
    assert loss.requires_grad

    input_ptr = storage_key_and_bytes(x)[0]
    saved_input = meter.seen.get(input_ptr)
    record = OrderedDict()
    record["model"] = name
    record["variant"] = variant
    record["dtype"] = str(dtype).replace("torch.", "")
    record["batch"] = batch
    record["seq"] = seq
    record["input_shape"] = list(x.shape)
    record["params"] = sum(p.numel() for p in model.parameters())
    record["buffers"] = sum(b.numel() for b in model.buffers())
    record["saved_activation_bytes"] = meter.total("model")
    record["saved_input_bytes"] = saved_input["bytes"] if saved_input and saved_input["phase"] == "model" else 0
    record["saved_by_module_type"] = sorted_desc(meter.breakdown("module_type"))
    record["saved_by_dtype"] = sorted_desc(meter.breakdown("dtype"))
    record["loss_saved_bytes"] = meter.total("loss")
    record["output_bytes"] = output.numel() * output.element_size()
    record["torch_version"] = torch.__version__
    record["saved_by_module"] = meter.breakdown("module")  # forward order of first save
    return record


# ---------------------------------------------------------------------------------------
# U-Net (Ronneberger et al. 2015, structured as milesial/Pytorch-UNet, bilinear=False)
# ---------------------------------------------------------------------------------------
class DoubleConv(nn.Module):
    """(convolution => [BN] => ReLU) * 2"""

    def __init__(self, in_channels, out_channels, mid_channels=None):
        super().__init__()
        if not mid_channels:
            mid_channels = out_channels
        self.double_conv = nn.Sequential(
            nn.Conv2d(in_channels, mid_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(mid_channels),
            nn.ReLU(inplace=True),
            nn.Conv2d(mid_channels, out_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(inplace=True),
        )

    def forward(self, x):
        return self.double_conv(x)


class Down(nn.Module):
    """Downscaling with maxpool then double conv"""

    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.maxpool_conv = nn.Sequential(nn.MaxPool2d(2), DoubleConv(in_channels, out_channels))

    def forward(self, x):
        return self.maxpool_conv(x)


class Up(nn.Module):
    """Upscaling then double conv"""

    def __init__(self, in_channels, out_channels, bilinear=False):
        super().__init__()
        if bilinear:
            self.up = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True)
            self.conv = DoubleConv(in_channels, out_channels, in_channels // 2)
        else:
            self.up = nn.ConvTranspose2d(in_channels, in_channels // 2, kernel_size=2, stride=2)
            self.conv = DoubleConv(in_channels, out_channels)

    def forward(self, x1, x2):
        x1 = self.up(x1)
        diffY = x2.size()[2] - x1.size()[2]
        diffX = x2.size()[3] - x1.size()[3]
        x1 = F.pad(x1, [diffX // 2, diffX - diffX // 2, diffY // 2, diffY - diffY // 2])
        x = torch.cat([x2, x1], dim=1)
        return self.conv(x)


class OutConv(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size=1)

    def forward(self, x):
        return self.conv(x)


class UNet(nn.Module):
    def __init__(self, n_channels=3, n_classes=2, bilinear=False):
        super().__init__()
        self.n_channels = n_channels
        self.n_classes = n_classes
        self.bilinear = bilinear
        factor = 2 if bilinear else 1
        self.inc = DoubleConv(n_channels, 64)
        self.down1 = Down(64, 128)
        self.down2 = Down(128, 256)
        self.down3 = Down(256, 512)
        self.down4 = Down(512, 1024 // factor)
        self.up1 = Up(1024, 512 // factor, bilinear)
        self.up2 = Up(512, 256 // factor, bilinear)
        self.up3 = Up(256, 128 // factor, bilinear)
        self.up4 = Up(128, 64, bilinear)
        self.outc = OutConv(64, n_classes)

    def forward(self, x):
        x1 = self.inc(x)
        x2 = self.down1(x1)
        x3 = self.down2(x2)
        x4 = self.down3(x3)
        x5 = self.down4(x4)
        x = self.up1(x5, x4)
        x = self.up2(x, x3)
        x = self.up3(x, x2)
        x = self.up4(x, x1)
        return self.outc(x)


# ---------------------------------------------------------------------------------------
# BERT (Hugging Face modeling_bert.py, transformers 4.3x, eager attention), tiny config
# ---------------------------------------------------------------------------------------
class BertConfig:
    vocab_size = 1000
    hidden_size = 256
    num_hidden_layers = 4
    num_attention_heads = 4
    intermediate_size = 1024
    hidden_dropout_prob = 0.1
    attention_probs_dropout_prob = 0.1
    max_position_embeddings = 512
    type_vocab_size = 2
    layer_norm_eps = 1e-12


class GELUActivation(nn.Module):
    """transformers.activations.GELUActivation: exact (erf) GELU."""

    def forward(self, input):
        return F.gelu(input)


class BertEmbeddings(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.word_embeddings = nn.Embedding(config.vocab_size, config.hidden_size, padding_idx=0)
        self.position_embeddings = nn.Embedding(config.max_position_embeddings, config.hidden_size)
        self.token_type_embeddings = nn.Embedding(config.type_vocab_size, config.hidden_size)
        self.LayerNorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        self.register_buffer("position_ids", torch.arange(config.max_position_embeddings).expand((1, -1)),
                             persistent=False)
        self.register_buffer("token_type_ids", torch.zeros(self.position_ids.size(), dtype=torch.long),
                             persistent=False)

    def forward(self, input_ids):
        input_shape = input_ids.size()
        seq_length = input_shape[1]
        position_ids = self.position_ids[:, :seq_length]
        # token_type_ids default: the registered all-zeros buffer, expanded (a buffer view).
        buffered_token_type_ids = self.token_type_ids[:, :seq_length]
        token_type_ids = buffered_token_type_ids.expand(input_shape[0], seq_length)
        inputs_embeds = self.word_embeddings(input_ids)
        token_type_embeddings = self.token_type_embeddings(token_type_ids)
        embeddings = inputs_embeds + token_type_embeddings
        position_embeddings = self.position_embeddings(position_ids)
        embeddings += position_embeddings
        embeddings = self.LayerNorm(embeddings)
        embeddings = self.dropout(embeddings)
        return embeddings


class BertSelfAttention(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.num_attention_heads = config.num_attention_heads
        self.attention_head_size = int(config.hidden_size / config.num_attention_heads)
        self.all_head_size = self.num_attention_heads * self.attention_head_size
        self.query = nn.Linear(config.hidden_size, self.all_head_size)
        self.key = nn.Linear(config.hidden_size, self.all_head_size)
        self.value = nn.Linear(config.hidden_size, self.all_head_size)
        self.dropout = nn.Dropout(config.attention_probs_dropout_prob)

    def transpose_for_scores(self, x):
        new_x_shape = x.size()[:-1] + (self.num_attention_heads, self.attention_head_size)
        x = x.view(new_x_shape)
        return x.permute(0, 2, 1, 3)

    def forward(self, hidden_states, attention_mask):
        mixed_query_layer = self.query(hidden_states)
        key_layer = self.transpose_for_scores(self.key(hidden_states))
        value_layer = self.transpose_for_scores(self.value(hidden_states))
        query_layer = self.transpose_for_scores(mixed_query_layer)
        attention_scores = torch.matmul(query_layer, key_layer.transpose(-1, -2))
        attention_scores = attention_scores / math.sqrt(self.attention_head_size)
        attention_scores = attention_scores + attention_mask
        attention_probs = nn.functional.softmax(attention_scores, dim=-1)
        attention_probs = self.dropout(attention_probs)
        context_layer = torch.matmul(attention_probs, value_layer)
        context_layer = context_layer.permute(0, 2, 1, 3).contiguous()
        new_context_layer_shape = context_layer.size()[:-2] + (self.all_head_size,)
        context_layer = context_layer.view(new_context_layer_shape)
        return context_layer


class BertSelfOutput(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.hidden_size)
        self.LayerNorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)

    def forward(self, hidden_states, input_tensor):
        hidden_states = self.dense(hidden_states)
        hidden_states = self.dropout(hidden_states)
        hidden_states = self.LayerNorm(hidden_states + input_tensor)
        return hidden_states


class BertAttention(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.self = BertSelfAttention(config)
        self.output = BertSelfOutput(config)

    def forward(self, hidden_states, attention_mask):
        self_outputs = self.self(hidden_states, attention_mask)
        return self.output(self_outputs, hidden_states)


class BertIntermediate(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.intermediate_size)
        self.intermediate_act_fn = GELUActivation()

    def forward(self, hidden_states):
        hidden_states = self.dense(hidden_states)
        hidden_states = self.intermediate_act_fn(hidden_states)
        return hidden_states


class BertOutput(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Linear(config.intermediate_size, config.hidden_size)
        self.LayerNorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)

    def forward(self, hidden_states, input_tensor):
        hidden_states = self.dense(hidden_states)
        hidden_states = self.dropout(hidden_states)
        hidden_states = self.LayerNorm(hidden_states + input_tensor)
        return hidden_states


class BertLayer(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.attention = BertAttention(config)
        self.intermediate = BertIntermediate(config)
        self.output = BertOutput(config)

    def forward(self, hidden_states, attention_mask):
        attention_output = self.attention(hidden_states, attention_mask)
        intermediate_output = self.intermediate(attention_output)
        layer_output = self.output(intermediate_output, attention_output)
        return layer_output


class BertEncoder(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.layer = nn.ModuleList([BertLayer(config) for _ in range(config.num_hidden_layers)])

    def forward(self, hidden_states, attention_mask):
        for layer_module in self.layer:
            hidden_states = layer_module(hidden_states, attention_mask)
        return hidden_states


class BertModel(nn.Module):
    """BertModel(add_pooling_layer=False): returns the last hidden state."""

    def __init__(self, config):
        super().__init__()
        self.config = config
        self.embeddings = BertEmbeddings(config)
        self.encoder = BertEncoder(config)

    def get_extended_attention_mask(self, attention_mask, dtype):
        extended_attention_mask = attention_mask[:, None, None, :]
        extended_attention_mask = extended_attention_mask.to(dtype=dtype)
        return (1.0 - extended_attention_mask) * torch.finfo(dtype).min

    def forward(self, input_ids):
        batch_size, seq_length = input_ids.size()
        attention_mask = torch.ones((batch_size, seq_length), device=input_ids.device)
        dtype = next(self.parameters()).dtype
        extended_attention_mask = self.get_extended_attention_mask(attention_mask, dtype)
        embedding_output = self.embeddings(input_ids)
        return self.encoder(embedding_output, extended_attention_mask)


class BertTinyWithHead(nn.Module):
    """BertModel plus an untied Linear(hidden, vocab) prediction head (for the loss).
    The head is part of the measured model: it saves its input (the last hidden state)."""

    def __init__(self, config):
        super().__init__()
        self.bert = BertModel(config)
        self.head = nn.Linear(config.hidden_size, config.vocab_size)

    def forward(self, input_ids):
        return self.head(self.bert(input_ids))


# ---------------------------------------------------------------------------------------
# LLaMA (Hugging Face modeling_llama.py, transformers 4.31-4.34 with GQA, eager attention)
# ---------------------------------------------------------------------------------------
class LlamaConfig:
    vocab_size = 1000
    hidden_size = 256
    intermediate_size = 688
    num_hidden_layers = 4
    num_attention_heads = 8
    num_key_value_heads = 2
    max_position_embeddings = 2048
    rms_norm_eps = 1e-6
    rope_theta = 10000.0


class LlamaRMSNorm(nn.Module):
    def __init__(self, hidden_size, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden_size))
        self.variance_epsilon = eps

    def forward(self, hidden_states):
        input_dtype = hidden_states.dtype
        hidden_states = hidden_states.to(torch.float32)
        variance = hidden_states.pow(2).mean(-1, keepdim=True)
        hidden_states = hidden_states * torch.rsqrt(variance + self.variance_epsilon)
        return self.weight * hidden_states.to(input_dtype)


class LlamaRotaryEmbedding(nn.Module):
    def __init__(self, dim, max_position_embeddings=2048, base=10000):
        super().__init__()
        self.dim = dim
        self.max_position_embeddings = max_position_embeddings
        self.base = base
        inv_freq = 1.0 / (self.base ** (torch.arange(0, self.dim, 2).float() / self.dim))
        self.register_buffer("inv_freq", inv_freq, persistent=False)
        self._set_cos_sin_cache(max_position_embeddings, torch.get_default_dtype())

    def _set_cos_sin_cache(self, seq_len, dtype):
        self.max_seq_len_cached = seq_len
        t = torch.arange(self.max_seq_len_cached, dtype=self.inv_freq.dtype)
        freqs = torch.einsum("i,j->ij", t, self.inv_freq)
        emb = torch.cat((freqs, freqs), dim=-1)
        self.register_buffer("cos_cached", emb.cos()[None, None, :, :].to(dtype), persistent=False)
        self.register_buffer("sin_cached", emb.sin()[None, None, :, :].to(dtype), persistent=False)

    def forward(self, x, seq_len=None):
        if seq_len > self.max_seq_len_cached:
            self._set_cos_sin_cache(seq_len, x.dtype)
        return (
            self.cos_cached[:, :, :seq_len, ...].to(dtype=x.dtype),
            self.sin_cached[:, :, :seq_len, ...].to(dtype=x.dtype),
        )


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2:]
    return torch.cat((-x2, x1), dim=-1)


def apply_rotary_pos_emb(q, k, cos, sin, position_ids):
    cos = cos.squeeze(1).squeeze(0)  # [seq_len, dim]
    sin = sin.squeeze(1).squeeze(0)  # [seq_len, dim]
    cos = cos[position_ids].unsqueeze(1)  # [bs(=1 here: position_ids is [1, seq]), 1, seq_len, dim]
    sin = sin[position_ids].unsqueeze(1)
    q_embed = (q * cos) + (rotate_half(q) * sin)
    k_embed = (k * cos) + (rotate_half(k) * sin)
    return q_embed, k_embed


def repeat_kv(hidden_states, n_rep):
    batch, num_key_value_heads, slen, head_dim = hidden_states.shape
    if n_rep == 1:
        return hidden_states
    hidden_states = hidden_states[:, :, None, :, :].expand(batch, num_key_value_heads, n_rep, slen, head_dim)
    return hidden_states.reshape(batch, num_key_value_heads * n_rep, slen, head_dim)


class LlamaMLP(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.gate_proj = nn.Linear(config.hidden_size, config.intermediate_size, bias=False)
        self.up_proj = nn.Linear(config.hidden_size, config.intermediate_size, bias=False)
        self.down_proj = nn.Linear(config.intermediate_size, config.hidden_size, bias=False)
        self.act_fn = nn.SiLU()

    def forward(self, x):
        return self.down_proj(self.act_fn(self.gate_proj(x)) * self.up_proj(x))


class LlamaAttention(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.hidden_size = config.hidden_size
        self.num_heads = config.num_attention_heads
        self.head_dim = self.hidden_size // self.num_heads
        self.num_key_value_heads = config.num_key_value_heads
        self.num_key_value_groups = self.num_heads // self.num_key_value_heads
        self.q_proj = nn.Linear(self.hidden_size, self.num_heads * self.head_dim, bias=False)
        self.k_proj = nn.Linear(self.hidden_size, self.num_key_value_heads * self.head_dim, bias=False)
        self.v_proj = nn.Linear(self.hidden_size, self.num_key_value_heads * self.head_dim, bias=False)
        self.o_proj = nn.Linear(self.num_heads * self.head_dim, self.hidden_size, bias=False)
        self.rotary_emb = LlamaRotaryEmbedding(self.head_dim, config.max_position_embeddings, config.rope_theta)

    def forward(self, hidden_states, attention_mask, position_ids):
        bsz, q_len, _ = hidden_states.size()
        query_states = self.q_proj(hidden_states)
        key_states = self.k_proj(hidden_states)
        value_states = self.v_proj(hidden_states)
        query_states = query_states.view(bsz, q_len, self.num_heads, self.head_dim).transpose(1, 2)
        key_states = key_states.view(bsz, q_len, self.num_key_value_heads, self.head_dim).transpose(1, 2)
        value_states = value_states.view(bsz, q_len, self.num_key_value_heads, self.head_dim).transpose(1, 2)
        kv_seq_len = key_states.shape[-2]
        cos, sin = self.rotary_emb(value_states, seq_len=kv_seq_len)
        query_states, key_states = apply_rotary_pos_emb(query_states, key_states, cos, sin, position_ids)
        # use_cache=False (training): no past_key_value kept.
        key_states = repeat_kv(key_states, self.num_key_value_groups)
        value_states = repeat_kv(value_states, self.num_key_value_groups)
        attn_weights = torch.matmul(query_states, key_states.transpose(2, 3)) / math.sqrt(self.head_dim)
        attn_weights = attn_weights + attention_mask
        # upcast attention to fp32
        attn_weights = nn.functional.softmax(attn_weights, dim=-1, dtype=torch.float32).to(query_states.dtype)
        attn_output = torch.matmul(attn_weights, value_states)
        attn_output = attn_output.transpose(1, 2).contiguous()
        attn_output = attn_output.reshape(bsz, q_len, self.hidden_size)
        return self.o_proj(attn_output)


class LlamaDecoderLayer(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.self_attn = LlamaAttention(config)
        self.mlp = LlamaMLP(config)
        self.input_layernorm = LlamaRMSNorm(config.hidden_size, eps=config.rms_norm_eps)
        self.post_attention_layernorm = LlamaRMSNorm(config.hidden_size, eps=config.rms_norm_eps)

    def forward(self, hidden_states, attention_mask, position_ids):
        residual = hidden_states
        hidden_states = self.input_layernorm(hidden_states)
        hidden_states = self.self_attn(hidden_states, attention_mask, position_ids)
        hidden_states = residual + hidden_states
        residual = hidden_states
        hidden_states = self.post_attention_layernorm(hidden_states)
        hidden_states = self.mlp(hidden_states)
        hidden_states = residual + hidden_states
        return hidden_states


def _make_causal_mask(input_ids_shape, dtype, device):
    bsz, tgt_len = input_ids_shape
    mask = torch.full((tgt_len, tgt_len), torch.finfo(dtype).min, device=device)
    mask_cond = torch.arange(mask.size(-1), device=device)
    mask.masked_fill_(mask_cond < (mask_cond + 1).view(mask.size(-1), 1), 0)
    mask = mask.to(dtype)
    return mask[None, None, :, :].expand(bsz, 1, tgt_len, tgt_len)


def _expand_mask(mask, dtype, tgt_len=None):
    bsz, src_len = mask.size()
    tgt_len = tgt_len if tgt_len is not None else src_len
    expanded_mask = mask[:, None, None, :].expand(bsz, 1, tgt_len, src_len).to(dtype)
    inverted_mask = 1.0 - expanded_mask
    return inverted_mask.masked_fill(inverted_mask.to(torch.bool), torch.finfo(dtype).min)


class LlamaModel(nn.Module):
    def __init__(self, config, checkpoint_layers=False):
        super().__init__()
        self.embed_tokens = nn.Embedding(config.vocab_size, config.hidden_size)
        self.layers = nn.ModuleList([LlamaDecoderLayer(config) for _ in range(config.num_hidden_layers)])
        self.norm = LlamaRMSNorm(config.hidden_size, eps=config.rms_norm_eps)
        self.gradient_checkpointing = checkpoint_layers

    def forward(self, input_ids):
        batch_size, seq_length = input_ids.shape
        position_ids = torch.arange(0, seq_length, dtype=torch.long, device=input_ids.device)
        position_ids = position_ids.unsqueeze(0).view(-1, seq_length)
        inputs_embeds = self.embed_tokens(input_ids)
        attention_mask = torch.ones((batch_size, seq_length), dtype=torch.bool, device=input_ids.device)
        # _prepare_decoder_attention_mask: causal mask + expanded padding mask (float).
        causal = _make_causal_mask((batch_size, seq_length), inputs_embeds.dtype, input_ids.device)
        expanded = _expand_mask(attention_mask, inputs_embeds.dtype, tgt_len=seq_length)
        attention_mask = expanded + causal
        hidden_states = inputs_embeds
        for decoder_layer in self.layers:
            if self.gradient_checkpointing and self.training:
                hidden_states = checkpoint_nonreentrant(decoder_layer, hidden_states, attention_mask, position_ids)
            else:
                hidden_states = decoder_layer(hidden_states, attention_mask, position_ids)
        return self.norm(hidden_states)


def checkpoint_nonreentrant(module, *args):
    """torch.utils.checkpoint.checkpoint(module, *args, use_reentrant=False), plus telling
    the meter which argument storages the checkpoint keeps alive until backward (its
    inner saved_tensors_hooks hide everything else from our pack hook).  A forward
    pre-hook records them while the checkpointed module is the innermost module."""
    meter = _ACTIVE_METER
    handle = None
    if meter is not None:
        handle = module.register_forward_pre_hook(lambda mod, inputs: meter.retained_by_checkpoint(args))
    try:
        return torch.utils.checkpoint.checkpoint(module, *args, use_reentrant=False)
    finally:
        if handle is not None:
            handle.remove()


class LlamaForCausalLM(nn.Module):
    def __init__(self, config, checkpoint_layers=False):
        super().__init__()
        self.model = LlamaModel(config, checkpoint_layers)
        self.lm_head = nn.Linear(config.hidden_size, config.vocab_size, bias=False)

    def forward(self, input_ids):
        hidden_states = self.model(input_ids)
        logits = self.lm_head(hidden_states)
        return logits.float()


# ---------------------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------------------
TORCHVISION_224 = ["alexnet", "vgg16", "vgg19", "resnet34", "resnet101", "resnet152",
                   "mobilenet_v2", "efficientnet_b0", "densenet121", "vit_b_16"]
DTYPES = [torch.float32, torch.bfloat16]
SEQ = 128


class Case:
    def __init__(self, name, variant, build, make_input, make_target, batches, seq=None, token_logits=False):
        self.name = name                  # model name in the records
        self.variant = variant            # "dropout_native" or "checkpoint_nonreentrant"
        self.build = build                # () -> nn.Module (float32, freshly initialised)
        self.make_input = make_input      # (batch, dtype) -> input tensor
        self.make_target = make_target    # (batch) -> int64 targets
        self.batches = batches
        self.seq = seq
        self.token_logits = token_logits


def image_classifier(name):
    return Case(name, "dropout_native",
                lambda: getattr(torchvision.models, name)(weights=None),
                lambda b, dt: torch.randn(b, 3, 224, 224).to(dt),
                lambda b: torch.randint(0, 1000, (b,)),
                [1, 4])


def token_model(name, variant, build, vocab):
    return Case(name, variant, build,
                lambda b, dt: torch.randint(0, vocab, (b, SEQ)),   # token ids stay int64
                lambda b: torch.randint(0, vocab, (b, SEQ)),
                [1, 4], seq=SEQ, token_logits=True)


def cases():
    out = [image_classifier(name) for name in TORCHVISION_224]
    out.append(Case("unet", "dropout_native",
                    lambda: UNet(n_channels=3, n_classes=2, bilinear=False),
                    lambda b, dt: torch.randn(b, 3, 256, 256).to(dt),
                    lambda b: torch.randint(0, 2, (b, 256, 256)),   # per-pixel class targets
                    [1, 2]))
    out.append(token_model("bert_tiny", "dropout_native",
                           lambda: BertTinyWithHead(BertConfig()), BertConfig.vocab_size))
    out.append(token_model("llama_tiny", "dropout_native",
                           lambda: LlamaForCausalLM(LlamaConfig()), LlamaConfig.vocab_size))
    out.append(token_model("llama_tiny", "checkpoint_nonreentrant",
                           lambda: LlamaForCausalLM(LlamaConfig(), checkpoint_layers=True),
                           LlamaConfig.vocab_size))
    return out


def check_conv_transpose_standin():
    """The bf16 ConvTranspose2d stand-in must save what the real kernel saves: compare both
    on float32 (where the real kernel exists), with the stand-in forced."""
    torch.manual_seed(0)
    module = nn.ConvTranspose2d(8, 4, kernel_size=2, stride=2)
    x = torch.randn(2, 8, 5, 5)
    results = []
    for standin in (False, True):
        saved = []
        with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
            if standin:
                y = _ConvTranspose2dBF16.apply(x, module.weight, module.bias, module.stride, module.padding,
                                               module.output_padding, module.groups, module.dilation)
            else:
                y = _ORIGINAL_CONV_T2D_FORWARD(module, x)
        results.append(sorted((t.data_ptr(), t.dtype, tuple(t.shape)) for t in saved))
        results.append(y)
    assert results[0] == results[2], results
    assert torch.allclose(results[1], results[3], atol=1e-5)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", help="output JSON file")
    parser.add_argument("--only", default="", help="comma-separated model names to run")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))

    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    install_native_dropout()
    install_bf16_conv_transpose()
    check_conv_transpose_standin()
    records = []
    start = time.time()
    for case in cases():
        if only and case.name not in only:
            continue
        for dtype in DTYPES:
            for batch in case.batches:
                t0 = time.time()
                torch.manual_seed(0)
                model = case.build().to(dtype)
                record = measure(model, lambda: case.make_input(batch, dtype), lambda: case.make_target(batch),
                                 case.name, dtype, batch, case.seq, case.variant, case.token_logits)
                records.append(record)
                del model
                print("{:<16} {:<24} {:<9} b={} params={:>11,} saved={:>14,} ({:.1f}s)".format(
                    case.name, case.variant, record["dtype"], batch, record["params"],
                    record["saved_activation_bytes"], time.time() - t0), file=sys.stderr, flush=True)
    with open(args.out, "w") as f:
        json.dump(records, f, indent=1)
        f.write("\n")
    print("wrote {} records to {} in {:.0f}s".format(len(records), args.out, time.time() - start),
          file=sys.stderr)


if __name__ == "__main__":
    main()
