"""headroom_probe: record what a PyTorch script really uses on the GPU, for Headroom.

One file, no dependency beyond PyTorch (>= 1.13); NVML through ``pynvml`` when installed.
Copy it next to your script (or put tools/probe on PYTHONPATH) and wrap the steps to measure::

    import headroom_probe

    probe = headroom_probe.Probe(model=model, batch=input_ids, optimizer=opt)
    with probe.phase("forward"):
        loss = model(input_ids, labels=input_ids).loss
    with probe.phase("backward"):
        loss.backward()
    with probe.phase("optimizer_step"):
        opt.step()
        opt.zero_grad(set_to_none=True)
    probe.save("run.json")

or, one phase at a time, merging into the same file (in one process or several)::

    with headroom_probe.record("run.json", phase="generate", model=model):
        model.generate(ids, max_new_tokens=256)

``headroom-cli calibrate PLAN run.json`` compares a plan with the file. tools/probe/FORMAT.md
defines every field of the file and its unit.

Notes
-----
* Each phase calls ``torch.cuda.reset_peak_memory_stats()`` at its start, which resets the
  *process-wide* peak counters (``max_memory_allocated`` & co.) that other code may read.
  Nested phases (with different names) are handled: the enclosing phase's peak is folded in
  before each reset.
* A phase name that repeats (a loop over steps) keeps the last occurrence, with a count.
* Create the Probe (or call :func:`baseline`) before the script first touches CUDA: without
  per-process NVML figures, the CUDA context is measured against the device memory in use
  before this process initialised CUDA (see ``context_method`` in FORMAT.md).
* ``saved_tensors=True`` counts what autograd saves for backward, per module type, with
  ``torch.autograd.graph.saved_tensors_hooks`` (works on CPU too). Non-reentrant activation
  checkpointing installs its own hooks, which hide what the checkpointed region saves.
"""

import contextlib
import datetime
import json
import os
import subprocess
import sys
import time

import torch

FORMAT = "headroom-probe"
VERSION = 1
PHASE_NAMES = ("forward", "backward", "optimizer_step", "generate")  # recommended, not enforced
NO_MODULE = "<no module>"

__all__ = ["Probe", "record", "baseline", "load", "FORMAT", "VERSION"]


# ----------------------------------------------------------------------------- NVML / smi

def _nvml():
    """pynvml initialised, or None."""
    try:
        import pynvml
        pynvml.nvmlInit()
        return pynvml
    except Exception:
        return None


def _smi(query, extra=()):
    try:
        out = subprocess.run(["nvidia-smi", "--query-" + query, "--format=csv,noheader,nounits"] + list(extra),
                             capture_output=True, text=True, timeout=20)
        if out.returncode != 0:
            return None
        return [line.strip() for line in out.stdout.splitlines() if line.strip()]
    except Exception:
        return None


def _visible_selector():
    """What CUDA device 0 is before CUDA is initialised: ('index', n), ('uuid', s) or None."""
    env = os.environ.get("CUDA_VISIBLE_DEVICES")
    if env is None:
        return ("index", 0)
    first = env.split(",")[0].strip()
    if not first:
        return None
    if first.isdigit():
        return ("index", int(first))
    return ("uuid", first)


def _nvml_handle(nv, device_index=None):
    """The NVML handle of a CUDA device. Once CUDA is up, by UUID or PCI bus id; before, from
    CUDA_VISIBLE_DEVICES (device 0 only)."""
    try:
        if device_index is not None and torch.cuda.is_initialized():
            props = torch.cuda.get_device_properties(device_index)
            uuid = getattr(props, "uuid", None)
            if uuid is not None:
                s = str(uuid)
                return nv.nvmlDeviceGetHandleByUUID(s if s.startswith(("GPU-", "MIG-")) else "GPU-" + s)
            bus = getattr(props, "pci_bus_id", None)
            if bus is not None and getattr(props, "pci_domain_id", None) is not None:
                return nv.nvmlDeviceGetHandleByPciBusId(
                    "%08x:%02x:%02x.0" % (props.pci_domain_id, props.pci_bus_id, props.pci_device_id))
            if os.environ.get("CUDA_VISIBLE_DEVICES") is None:
                return nv.nvmlDeviceGetHandleByIndex(device_index)
            return None
        sel = _visible_selector()
        if sel is None:
            return None
        if sel[0] == "index":
            return nv.nvmlDeviceGetHandleByIndex(sel[1])
        return nv.nvmlDeviceGetHandleByUUID(sel[1])
    except Exception:
        return None


def _device_used_before_init():
    """(bytes in use on the device that will be CUDA device 0, source) before this process
    initialises CUDA, or (None, None)."""
    nv = _nvml()
    if nv is not None:
        h = _nvml_handle(nv)
        if h is not None:
            try:
                return int(nv.nvmlDeviceGetMemoryInfo(h).used), "nvml"
            except Exception:
                pass
    sel = _visible_selector()
    if sel is not None:
        rows = _smi("gpu=index,uuid,memory.used")
        for row in rows or []:
            parts = [p.strip() for p in row.split(",")]
            if len(parts) == 3 and ((sel[0] == "index" and parts[0] == str(sel[1])) or
                                    (sel[0] == "uuid" and parts[1].startswith(sel[1]))):
                try:
                    return int(parts[2]) * 1024 * 1024, "nvidia-smi"
                except ValueError:
                    pass
    return None, None


def _process_used(device_index):
    """(bytes this process uses on the device according to the driver, method) or (None, None).
    Fails (None) inside containers whose PID namespace differs from the driver's."""
    pid = os.getpid()
    nv = _nvml()
    if nv is not None:
        h = _nvml_handle(nv, device_index)
        if h is not None:
            for fn in ("nvmlDeviceGetComputeRunningProcesses_v3", "nvmlDeviceGetComputeRunningProcesses"):
                try:
                    procs = getattr(nv, fn)(h)
                except Exception:
                    continue
                for p in procs:
                    used = getattr(p, "usedGpuMemory", None)
                    if p.pid == pid and isinstance(used, int) and used > 0:
                        return used, "nvml_process"
                break
    rows = _smi("compute-apps=pid,gpu_uuid,used_memory")
    if rows:
        uuid = None
        try:
            u = getattr(torch.cuda.get_device_properties(device_index), "uuid", None)
            uuid = str(u) if u is not None else None
        except Exception:
            pass
        for row in rows:
            parts = [p.strip() for p in row.split(",")]
            if len(parts) == 3 and parts[0] == str(pid) and (uuid is None or uuid in parts[1]):
                try:
                    return int(parts[2]) * 1024 * 1024, "nvidia_smi_process"
                except ValueError:
                    pass
    return None, None


def _driver_version():
    nv = _nvml()
    if nv is not None:
        try:
            v = nv.nvmlSystemGetDriverVersion()
            return v.decode() if isinstance(v, bytes) else str(v)
        except Exception:
            pass
    rows = _smi("gpu=driver_version")
    return rows[0] if rows else None


_BASELINE = None  # (bytes, source) once taken


def baseline():
    """Take (once per process) the device memory in use before this process initialises CUDA.
    Call it at the very start of a script when ``record`` is first used after CUDA is up and
    NVML cannot report per-process figures. Returns the bytes, or None when CUDA is already
    initialised or nothing can tell."""
    global _BASELINE
    if _BASELINE is None and torch.cuda.is_available() and not torch.cuda.is_initialized():
        b = _device_used_before_init()
        if b[0] is not None:
            _BASELINE = b
    return _BASELINE[0] if _BASELINE else None


# ----------------------------------------------------------------------------- helpers

def _storage(t):
    """(key, nbytes) of the storage under a tensor, torch 1.13 and 2.x."""
    st = t.untyped_storage() if hasattr(t, "untyped_storage") else t.storage()
    return (str(t.device), st.data_ptr()), int(st.nbytes())


def _shape_of(x):
    if isinstance(x, torch.Tensor):
        return [int(s) for s in x.shape]
    if isinstance(x, (torch.Size, tuple, list)) and all(isinstance(s, int) for s in x):
        return [int(s) for s in x]
    return None


def _describe_batch(batch):
    """batch_shape (first tensor's shape) and inputs [{name, shape, dtype}]."""
    if batch is None:
        return None, None
    items = []
    if isinstance(batch, dict):
        items = list(batch.items())
    elif isinstance(batch, (tuple, list)) and not _shape_of(batch):
        items = [(str(i), v) for i, v in enumerate(batch)]
    else:
        items = [("input", batch)]
    inputs = []
    for name, v in items:
        shape = _shape_of(v)
        if shape is None:
            continue
        inputs.append(dict(name=str(name), shape=shape,
                           dtype=str(v.dtype).replace("torch.", "") if isinstance(v, torch.Tensor) else None))
    if not inputs:
        raise TypeError("headroom_probe: batch must be a tensor, a shape, or a dict/list of tensors")
    return inputs[0]["shape"], inputs


def _dtype_name(dt):
    return str(dt).replace("torch.", "")


def _pow2_histogram(sizes):
    """[[upper_bound_bytes, count, total_bytes], ...] for power-of-two buckets, ascending."""
    buckets = {}
    for s in sizes:
        ub = 1
        while ub < s:
            ub <<= 1
        c = buckets.setdefault(ub, [0, 0])
        c[0] += 1
        c[1] += int(s)
    return [[ub, c[0], c[1]] for ub, c in sorted(buckets.items())]


def _snapshot_summary(device_index):
    snap_fn = getattr(getattr(torch.cuda, "memory", None), "_snapshot", None)
    if snap_fn is None:
        return None
    try:
        snap = snap_fn()
    except Exception:
        return None
    segments = snap.get("segments", []) if isinstance(snap, dict) else list(snap)
    segments = [s for s in segments if s.get("device", device_index) == device_index]
    seg_sizes, active_sizes, free_sizes, by_type = [], [], [], {}
    for s in segments:
        size = int(s.get("total_size", 0))
        seg_sizes.append(size)
        t = str(s.get("segment_type", "unknown"))
        bt = by_type.setdefault(t, dict(segments=0, bytes=0))
        bt["segments"] += 1
        bt["bytes"] += size
        for b in s.get("blocks", []):
            state = b.get("state", "")
            (active_sizes if state.startswith("active") else free_sizes).append(int(b.get("size", 0)))
    return dict(
        segments=len(segments),
        reserved_bytes=sum(seg_sizes),
        active_bytes=sum(active_sizes),
        inactive_bytes=sum(free_sizes),
        largest_inactive_block_bytes=max(free_sizes) if free_sizes else 0,
        segments_by_type=by_type,
        segment_sizes=_pow2_histogram(seg_sizes),
        active_block_sizes=_pow2_histogram(active_sizes),
        inactive_block_sizes=_pow2_histogram(free_sizes),
    )


def _check_phase_name(name):
    if not isinstance(name, str) or not name.strip() or len(name) > 64:
        raise ValueError("headroom_probe: a phase name is a non-empty string of at most 64 "
                         "characters (forward, backward, optimizer_step, generate, ...), got %r" % (name,))


class _SavedMeter:
    """Counts what autograd saves during one phase: distinct storages once, parameters and
    buffers skipped, attributed to the class of the innermost module whose forward runs."""

    def __init__(self, model):
        self.model = model
        self.skip = set()
        if model is not None:
            for t in list(model.parameters()) + list(model.buffers()):
                self.skip.add(_storage(t)[0])
        self.stack, self.seen = [], set()
        self.by_type, self.by_dtype = {}, {}
        self.handles = []
        self.hooks = None

    def __enter__(self):
        if self.model is not None:
            for m in self.model.modules():
                self.handles.append(m.register_forward_pre_hook(self._pre))
                self.handles.append(m.register_forward_hook(self._post))
        self.hooks = torch.autograd.graph.saved_tensors_hooks(self._pack, self._unpack)
        self.hooks.__enter__()
        return self

    def __exit__(self, *exc):
        self.hooks.__exit__(*exc)
        for h in self.handles:
            h.remove()
        self.handles = []
        return False

    def _pre(self, module, *args):
        self.stack.append(type(module).__name__)

    def _post(self, module, *args):
        if self.stack:
            self.stack.pop()

    def _pack(self, t):
        try:
            key, nbytes = _storage(t)
        except Exception:  # sparse, nested or otherwise storage-less tensors
            key, nbytes = ("id", id(t)), t.numel() * t.element_size()
        if key not in self.skip and key not in self.seen and nbytes > 0:
            self.seen.add(key)
            owner = self.stack[-1] if self.stack else NO_MODULE
            self.by_type[owner] = self.by_type.get(owner, 0) + nbytes
            d = _dtype_name(t.dtype)
            self.by_dtype[d] = self.by_dtype.get(d, 0) + nbytes
        # A detached alias shares the storage; returning t itself can make a reference cycle
        # (an op that saves its own output) that keeps every graph alive.
        return t.detach()

    @staticmethod
    def _unpack(t):
        return t


# ----------------------------------------------------------------------------- Probe

class Probe:
    """Records memory per phase of a PyTorch workload. See the module docstring."""

    def __init__(self, model=None, batch=None, optimizer=None, saved_tensors=False, snapshot=False,
                 device=None):
        if model is not None and not isinstance(model, torch.nn.Module):
            raise TypeError("headroom_probe: model must be a torch.nn.Module, got %s" % type(model).__name__)
        if optimizer is not None and not hasattr(optimizer, "state_dict"):
            raise TypeError("headroom_probe: optimizer must be a torch.optim.Optimizer")
        if not isinstance(saved_tensors, bool) or not isinstance(snapshot, bool):
            raise TypeError("headroom_probe: saved_tensors and snapshot are True or False")
        self.model, self.optimizer = model, optimizer
        self.batch_shape, self.inputs = _describe_batch(batch)
        self.saved_tensors, self.snapshot = saved_tensors, snapshot
        if device is None:
            device = "cuda" if torch.cuda.is_available() else "cpu"
        device = torch.device(device)
        if device.type not in ("cuda", "cpu"):
            raise ValueError("headroom_probe: device must be cuda or cpu, got %s" % device)
        if device.type == "cuda" and not torch.cuda.is_available():
            raise ValueError("headroom_probe: device %s asked for but CUDA is not available" % device)
        self.cuda = device.type == "cuda"
        if self.cuda:
            baseline()  # before anything below initialises CUDA
            self.device_index = device.index if device.index is not None else torch.cuda.current_device()
        else:
            self.device_index = None
        self.phases = []    # finished phase records, in order of first occurrence
        self._active = []   # stack of [name, running_peak_alloc, running_peak_reserved]

    # -- CUDA figures
    def _stats(self):
        return torch.cuda.memory_stats(self.device_index)

    def _fold_peaks(self):
        """Before a reset: fold the current global peaks into every enclosing phase."""
        pa = torch.cuda.max_memory_allocated(self.device_index)
        pr = torch.cuda.max_memory_reserved(self.device_index)
        for a in self._active:
            a[1], a[2] = max(a[1], pa), max(a[2], pr)

    def context(self):
        """(context_bytes, context_method) now: device memory this process uses outside
        PyTorch's caching allocator. (None, 'none') on CPU."""
        if not self.cuda:
            return None, "none"
        torch.cuda.synchronize(self.device_index)
        reserved = torch.cuda.memory_reserved(self.device_index)
        used, method = _process_used(self.device_index)
        if used is not None:
            return max(0, used - reserved), method
        free, total = torch.cuda.mem_get_info(self.device_index)
        if _BASELINE is not None and self.device_index == 0:
            return max(0, total - free - reserved - _BASELINE[0]), "device_used_minus_baseline"
        return max(0, total - free - reserved), "device_used"

    @contextlib.contextmanager
    def phase(self, name):
        """Measure the code in the ``with`` block as phase ``name``."""
        _check_phase_name(name)
        if any(a[0] == name for a in self._active):
            raise ValueError("headroom_probe: phase %r is already running: phases with the same "
                             "name cannot nest" % name)
        rec = dict(name=name, completed=False)
        meter = _SavedMeter(self.model) if self.saved_tensors else None
        if self.cuda:
            torch.cuda.synchronize(self.device_index)
            if self._active:
                self._fold_peaks()
            st = self._stats()
            rec["allocated_start_bytes"] = int(st.get("allocated_bytes.all.current", 0))
            rec["reserved_start_bytes"] = int(st.get("reserved_bytes.all.current", 0))
            retries0, ooms0 = int(st.get("num_alloc_retries", 0)), int(st.get("num_ooms", 0))
            torch.cuda.reset_peak_memory_stats(self.device_index)
        self._active.append([name, 0, 0])
        t0 = time.perf_counter()
        try:
            if meter is not None:
                with meter:
                    yield self
            else:
                yield self
            rec["completed"] = True
        except BaseException as e:
            rec["error"] = ("%s: %s" % (type(e).__name__, e))[:300]
            raise
        finally:
            active = self._active.pop()
            if self.cuda:
                try:
                    torch.cuda.synchronize(self.device_index)
                except Exception:
                    pass
                st = self._stats()
                rec["allocated_end_bytes"] = int(st.get("allocated_bytes.all.current", 0))
                rec["reserved_end_bytes"] = int(st.get("reserved_bytes.all.current", 0))
                rec["peak_allocated_bytes"] = max(active[1], torch.cuda.max_memory_allocated(self.device_index))
                rec["peak_reserved_bytes"] = max(active[2], torch.cuda.max_memory_reserved(self.device_index))
                rec["inactive_split_bytes"] = int(st.get("inactive_split_bytes.all.current", 0))
                rec["inactive_split_peak_bytes"] = int(st.get("inactive_split_bytes.all.peak", 0))
                rec["alloc_retries"] = int(st.get("num_alloc_retries", 0)) - retries0
                rec["ooms"] = int(st.get("num_ooms", 0)) - ooms0
                rec["context_bytes"], rec["context_method"] = self.context()
                if self.snapshot:
                    rec["snapshot"] = _snapshot_summary(self.device_index)
            else:
                for k in ("allocated_start_bytes", "allocated_end_bytes", "peak_allocated_bytes",
                          "peak_reserved_bytes", "inactive_split_bytes"):
                    rec[k] = None
                rec["context_bytes"], rec["context_method"] = None, "none"
            rec["seconds"] = round(time.perf_counter() - t0, 6)
            if meter is not None:
                rec["saved_by_module_type"] = dict(sorted(meter.by_type.items()))
                rec["saved_by_dtype"] = dict(sorted(meter.by_dtype.items()))
                rec["saved_total_bytes"] = sum(meter.by_type.values())
            self._store(rec)

    def _store(self, rec):
        for i, old in enumerate(self.phases):
            if old["name"] == rec["name"]:
                rec["occurrences"] = old.get("occurrences", 1) + 1
                self.phases[i] = rec
                return
        rec["occurrences"] = 1
        self.phases.append(rec)

    # -- the file
    def _device(self):
        if not self.cuda:
            return dict(type="cpu", name="cpu", index=None, total_bytes=None, capability=None)
        props = torch.cuda.get_device_properties(self.device_index)
        return dict(type="cuda", name=props.name, index=self.device_index,
                    total_bytes=int(torch.cuda.mem_get_info(self.device_index)[1]),
                    capability="%d.%d" % (props.major, props.minor),
                    multiprocessors=int(getattr(props, "multi_processor_count", 0)) or None)

    def _versions(self):
        v = dict(torch=torch.__version__.split("+")[0], torch_full=torch.__version__,
                 cuda=torch.version.cuda, driver=_driver_version() if self.cuda else None,
                 cudnn=None, python="%d.%d.%d" % sys.version_info[:3])
        try:
            c = torch.backends.cudnn.version() if self.cuda else None
            v["cudnn"] = c
        except Exception:
            pass
        for lib in ("transformers", "peft", "accelerate", "deepspeed", "bitsandbytes", "flash_attn"):
            mod = sys.modules.get(lib)
            if mod is not None and getattr(mod, "__version__", None):
                v[lib] = str(mod.__version__)
        return v

    def _workload(self):
        w = dict(model_class=None, parameters=None, trainable_parameters=None, parameter_bytes=None,
                 parameter_dtypes=None, trainable_parameter_dtypes=None, buffer_bytes=None,
                 training=None, gradient_checkpointing=None, batch_shape=self.batch_shape,
                 inputs=self.inputs, optimizer=None)
        m = self.model
        if m is not None:
            seen, dtypes, tdtypes = set(), {}, {}
            total = trainable = nbytes = 0
            for p in m.parameters():  # parameters() already skips shared (tied) ones
                if id(p) in seen:
                    continue
                seen.add(id(p))
                n = p.numel()
                total += n
                nbytes += n * p.element_size()
                d = _dtype_name(p.dtype)
                dtypes[d] = dtypes.get(d, 0) + n
                if p.requires_grad:
                    trainable += n
                    tdtypes[d] = tdtypes.get(d, 0) + n
            w.update(model_class=type(m).__name__, parameters=total, trainable_parameters=trainable,
                     parameter_bytes=nbytes, parameter_dtypes=dtypes, trainable_parameter_dtypes=tdtypes,
                     buffer_bytes=sum(b.numel() * b.element_size() for b in m.buffers()),
                     training=bool(m.training))
            gc = getattr(m, "is_gradient_checkpointing", None)
            if isinstance(gc, bool):
                w["gradient_checkpointing"] = gc
        o = self.optimizer
        if o is not None:
            state_bytes, seen = 0, set()
            for s in o.state.values():
                for t in s.values():
                    if isinstance(t, torch.Tensor) and id(t) not in seen:
                        seen.add(id(t))
                        state_bytes += t.numel() * t.element_size()
            w["optimizer"] = dict(type=type(o).__name__, param_groups=len(o.param_groups),
                                  parameters=sum(p.numel() for g in o.param_groups for p in g["params"]),
                                  state_bytes=state_bytes)
        return w

    def to_dict(self):
        """The file's content for this probe alone."""
        doc = dict(format=FORMAT, version=VERSION,
                   created=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                   script=os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else None,
                   device=self._device(), versions=self._versions(),
                   allocator_conf=os.environ.get("PYTORCH_CUDA_ALLOC_CONF") or os.environ.get("PYTORCH_ALLOC_CONF"),
                   phases=[dict(p) for p in self.phases], workload=self._workload())
        return _finish(doc)

    def save(self, path, merge=False):
        """Write the file (JSON). merge=True merges into an existing headroom-probe file at path:
        its phases are kept except those this probe recorded again (replaced)."""
        if self._active:
            raise RuntimeError("headroom_probe: save() inside phase %r" % self._active[-1][0])
        doc = self.to_dict()
        if merge and os.path.exists(path):
            doc = merge_docs(load(path), doc)
        tmp = "%s.tmp%d" % (path, os.getpid())
        with open(tmp, "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
        os.replace(tmp, path)
        return doc


def _finish(doc):
    """Whole-run figures derived from the phases."""
    phases = doc["phases"]

    def mx(key):
        vals = [p.get(key) for p in phases if isinstance(p.get(key), int)]
        return max(vals) if vals else None
    doc["peak_allocated_bytes"] = mx("peak_allocated_bytes")
    doc["peak_reserved_bytes"] = mx("peak_reserved_bytes")
    ctx = [p for p in phases if isinstance(p.get("context_bytes"), int)]
    if ctx:
        best = max(ctx, key=lambda p: p["context_bytes"])
        doc["context_bytes"], doc["context_method"] = best["context_bytes"], best["context_method"]
    else:
        doc["context_bytes"], doc["context_method"] = None, "none"
    doc["process_peak_bytes"] = (doc["context_bytes"] + doc["peak_reserved_bytes"]
                                 if doc["context_bytes"] is not None and doc["peak_reserved_bytes"] is not None
                                 else None)
    saved = [p for p in phases if "saved_by_module_type" in p]
    if saved:
        by_type, by_dtype = {}, {}
        for p in saved:
            for k, v in p["saved_by_module_type"].items():
                by_type[k] = by_type.get(k, 0) + v
            for k, v in p.get("saved_by_dtype", {}).items():
                by_dtype[k] = by_dtype.get(k, 0) + v
        doc["saved_by_module_type"] = dict(sorted(by_type.items()))
        doc["saved_by_dtype"] = dict(sorted(by_dtype.items()))
        doc["saved_total_bytes"] = sum(by_type.values())
    else:
        doc["saved_by_module_type"] = doc["saved_by_dtype"] = doc["saved_total_bytes"] = None
    return doc


def load(path):
    """Read and check a headroom-probe file."""
    with open(path) as f:
        try:
            doc = json.load(f)
        except ValueError as e:
            raise ValueError("headroom_probe: %s is not JSON (%s)" % (path, e))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError("headroom_probe: %s is not a %s file" % (path, FORMAT))
    if doc.get("version") != VERSION:
        raise ValueError("headroom_probe: %s has version %r, this probe writes version %d"
                         % (path, doc.get("version"), VERSION))
    if not isinstance(doc.get("phases"), list):
        raise ValueError("headroom_probe: %s has no phases list" % path)
    return doc


def merge_docs(old, new):
    """new's phases replace old's of the same name; the rest of old's are kept, in order."""
    od, nd = old.get("device") or {}, new.get("device") or {}
    if (od.get("type"), od.get("name"), od.get("total_bytes")) != (nd.get("type"), nd.get("name"), nd.get("total_bytes")):
        raise ValueError("headroom_probe: cannot merge a run on %s into a file recorded on %s; "
                         "write to another file" % (nd.get("name"), od.get("name")))
    names = {p["name"] for p in new["phases"]}
    phases = [p for p in old["phases"] if p.get("name") not in names] + new["phases"]
    doc = dict(new)
    doc["phases"] = phases
    wl = dict(old.get("workload") or {})
    wl.update({k: v for k, v in (new.get("workload") or {}).items() if v is not None})
    doc["workload"] = wl
    return _finish(doc)


@contextlib.contextmanager
def record(path, phase, model=None, batch=None, optimizer=None, saved_tensors=False, snapshot=False,
           device=None, merge=True):
    """Measure the ``with`` block as one phase and write it to ``path``, merged into what the
    file already holds (merge=False overwrites). The file is written even when the block
    raises (the phase then has completed: false and the error), and the exception goes on."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError("headroom_probe.record: path must be a file name, got %s" % type(path).__name__)
    path = os.fspath(path)
    if merge and os.path.exists(path):
        load(path)  # fail before running the workload, not after
    _check_phase_name(phase)
    probe = Probe(model=model, batch=batch, optimizer=optimizer, saved_tensors=saved_tensors,
                  snapshot=snapshot, device=device)
    try:
        with probe.phase(phase):
            yield probe
    finally:
        if probe.phases:
            probe.save(path, merge=merge)
