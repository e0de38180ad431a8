"""Tests of tools/probe/headroom_probe.py on the CPU (and on CUDA when there is one).

    python3 -m unittest discover -s tests/probe -v

Without PyTorch the whole module is skipped; run_tests.py turns that into exit code 77 for ctest.
"""

import json
import os
import sys
import tempfile
import unittest

try:
    import torch
except ImportError:  # pragma: no cover
    raise unittest.SkipTest("PyTorch is not installed")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "probe"))
import headroom_probe as hp  # noqa: E402

B, IN, HID, OUT = 3, 8, 16, 4
F32 = 4


def tiny():
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(IN, HID), torch.nn.LayerNorm(HID), torch.nn.GELU(),
                               torch.nn.Linear(HID, OUT))


class ProbeTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.tmp.name, "run.json")

    def tearDown(self):
        self.tmp.cleanup()

    def step(self, probe, model, x, opt):
        with probe.phase("forward"):
            loss = model(x).square().mean()
        with probe.phase("backward"):
            loss.backward()
        with probe.phase("optimizer_step"):
            opt.step()
            opt.zero_grad(set_to_none=True)

    def test_phases_file_written_and_reread(self):
        model, x = tiny(), torch.randn(B, IN)
        opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
        probe = hp.Probe(model=model, batch=x, optimizer=opt, device="cpu")
        self.step(probe, model, x, opt)
        probe.save(self.path)
        doc = hp.load(self.path)
        with open(self.path) as f:
            self.assertEqual(json.load(f), doc)
        self.assertEqual(doc["format"], "headroom-probe")
        self.assertEqual(doc["version"], 1)
        self.assertEqual(doc["device"]["type"], "cpu")
        self.assertEqual(doc["device"]["name"], "cpu")
        self.assertEqual([p["name"] for p in doc["phases"]], ["forward", "backward", "optimizer_step"])
        for p in doc["phases"]:
            self.assertTrue(p["completed"])
            self.assertEqual(p["occurrences"], 1)
            for k in ("peak_allocated_bytes", "peak_reserved_bytes", "allocated_start_bytes",
                      "allocated_end_bytes", "inactive_split_bytes", "context_bytes"):
                self.assertIn(k, p)
                self.assertIsNone(p[k])
            self.assertGreaterEqual(p["seconds"], 0)
        self.assertIsNone(doc["context_bytes"])
        self.assertEqual(doc["context_method"], "none")
        self.assertIsNone(doc["process_peak_bytes"])
        self.assertIsNone(doc["saved_by_module_type"])
        self.assertEqual(doc["versions"]["torch"], torch.__version__.split("+")[0])
        w = doc["workload"]
        params = IN * HID + HID + 2 * HID + HID * OUT + OUT
        self.assertEqual(w["parameters"], params)
        self.assertEqual(w["trainable_parameters"], params)
        self.assertEqual(w["parameter_dtypes"], {"float32": params})
        self.assertEqual(w["parameter_bytes"], params * F32)
        self.assertEqual(w["batch_shape"], [B, IN])
        self.assertEqual(w["model_class"], "Sequential")
        self.assertEqual(w["optimizer"]["type"], "AdamW")
        self.assertGreaterEqual(w["optimizer"]["state_bytes"], 2 * params * F32)  # exp_avg, exp_avg_sq

    def test_saved_bytes_by_module_type(self):
        model, x = tiny(), torch.randn(B, IN)
        model.train()
        probe = hp.Probe(model=model, saved_tensors=True, device="cpu")
        with probe.phase("forward"):
            loss = model(x).square().mean()
        with probe.phase("backward"):
            loss.backward()
        doc = probe.to_dict()
        fwd = doc["phases"][0]
        expected = {
            # each Linear saves its input (the weight is a parameter: skipped)
            "Linear": B * IN * F32 + B * HID * F32,
            # LayerNorm saves its input plus fp32 mean and rstd per row
            "LayerNorm": B * HID * F32 + 2 * B * F32,
            "GELU": B * HID * F32,  # its input
            hp.NO_MODULE: B * OUT * F32,  # square() in the script saves the model output
        }
        self.assertEqual(fwd["saved_by_module_type"], expected)
        self.assertEqual(fwd["saved_total_bytes"], sum(expected.values()))
        self.assertEqual(fwd["saved_by_dtype"], {"float32": sum(expected.values())})
        self.assertEqual(doc["phases"][1]["saved_by_module_type"], {})
        self.assertEqual(doc["saved_by_module_type"], expected)
        # gradients are still right with the hooks in place
        ref = tiny()
        ref(x).square().mean().backward()
        for a, b in zip(model.parameters(), ref.parameters()):
            self.assertTrue(torch.allclose(a.grad, b.grad))

    def test_frozen_parameters_and_bf16(self):
        model = tiny().to(torch.bfloat16)
        for p in model[0].parameters():
            p.requires_grad_(False)
        x = torch.randn(B, IN, dtype=torch.bfloat16)
        probe = hp.Probe(model=model, batch={"x": x, "mask": torch.ones(B, IN, dtype=torch.bool)},
                         saved_tensors=True, device="cpu")
        with probe.phase("forward"):
            model(x).float().sum().backward()
        w = probe.to_dict()["workload"]
        self.assertEqual(w["trainable_parameters"], w["parameters"] - (IN * HID + HID))
        self.assertEqual(w["parameter_dtypes"], {"bfloat16": w["parameters"]})
        self.assertEqual(w["batch_shape"], [B, IN])
        self.assertEqual([i["name"] for i in w["inputs"]], ["x", "mask"])
        self.assertEqual(w["inputs"][1]["dtype"], "bool")
        saved = probe.phases[0]["saved_by_module_type"]
        # the first Linear is frozen and its input needs no grad: it saves nothing
        self.assertEqual(saved["GELU"], B * HID * 2)
        self.assertEqual(saved["Linear"], B * HID * 2)

    def test_record_merges_into_one_file(self):
        model, x = tiny(), torch.randn(B, IN)
        with hp.record(self.path, phase="forward", model=model, batch=x, device="cpu"):
            loss = model(x).sum()
        with hp.record(self.path, phase="backward", model=model, device="cpu"):
            loss.backward()
        doc = hp.load(self.path)
        self.assertEqual([p["name"] for p in doc["phases"]], ["forward", "backward"])
        self.assertEqual(doc["workload"]["batch_shape"], [B, IN])  # kept from the first call
        # recording a phase again replaces it, keeping the others
        with hp.record(self.path, phase="forward", model=model, saved_tensors=True, device="cpu"):
            model(x)
        doc = hp.load(self.path)
        self.assertEqual([p["name"] for p in doc["phases"]], ["backward", "forward"])
        self.assertIn("Linear", doc["saved_by_module_type"])
        # merge=False overwrites
        with hp.record(self.path, phase="generate", device="cpu", merge=False):
            pass
        self.assertEqual([p["name"] for p in hp.load(self.path)["phases"]], ["generate"])

    def test_repeated_phase_keeps_last(self):
        probe = hp.Probe(device="cpu")
        for _ in range(3):
            with probe.phase("forward"):
                pass
        self.assertEqual(len(probe.phases), 1)
        self.assertEqual(probe.phases[0]["occurrences"], 3)

    def test_error_inside_phase_is_recorded(self):
        with self.assertRaises(ZeroDivisionError):
            with hp.record(self.path, phase="forward", device="cpu"):
                1 / 0
        p = hp.load(self.path)["phases"][0]
        self.assertFalse(p["completed"])
        self.assertIn("ZeroDivisionError", p["error"])

    def test_bad_usage(self):
        probe = hp.Probe(device="cpu")
        with self.assertRaisesRegex(ValueError, "cannot nest"):
            with probe.phase("forward"):
                with probe.phase("forward"):
                    pass
        with probe.phase("outer"):  # different names may nest
            with probe.phase("inner"):
                pass
        with self.assertRaisesRegex(ValueError, "phase name"):
            with probe.phase(""):
                pass
        with self.assertRaises(TypeError):
            hp.Probe(model=tiny(), saved_tensor=True)  # misspelt option
        with self.assertRaises(TypeError):
            with hp.record(self.path, phase="forward", sample=True):
                pass
        with self.assertRaises(TypeError):
            hp.Probe(model="llama")
        with self.assertRaises(TypeError):
            hp.Probe(saved_tensors="yes")
        with self.assertRaisesRegex(ValueError, "cuda or cpu"):
            hp.Probe(device="meta")
        if not torch.cuda.is_available():
            with self.assertRaisesRegex(ValueError, "CUDA is not available"):
                hp.Probe(device="cuda")
        with open(self.path, "w") as f:
            json.dump({"cases": []}, f)
        ran = []
        with self.assertRaisesRegex(ValueError, "not a headroom-probe file"):
            with hp.record(self.path, phase="forward", device="cpu"):
                ran.append(1)
        self.assertEqual(ran, [])  # refused before running the workload
        with self.assertRaisesRegex(ValueError, "phase name"):
            with hp.record(os.path.join(self.tmp.name, "x.json"), phase=None, device="cpu"):
                pass
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "x.json")))
        with self.assertRaisesRegex(RuntimeError, "inside phase"):
            with probe.phase("forward"):
                probe.save(self.path)

    def test_merge_refuses_other_device(self):
        a = dict(format="headroom-probe", version=1, phases=[], workload={},
                 device=dict(type="cuda", name="NVIDIA H200", total_bytes=1))
        b = dict(a, device=dict(type="cpu", name="cpu", total_bytes=None))
        with self.assertRaisesRegex(ValueError, "cannot merge"):
            hp.merge_docs(a, b)

    def test_snapshot_histogram(self):
        self.assertEqual(hp._pow2_histogram([1, 3, 4, 5, 2 << 20]), [[1, 1, 1], [4, 2, 7], [8, 1, 5],
                                                                     [2 << 20, 1, 2 << 20]])

    @unittest.skipUnless(torch.cuda.is_available(), "no CUDA device")
    def test_cuda_phases(self):
        model = tiny().cuda()
        x = torch.randn(1024, IN, device="cuda")
        opt = torch.optim.AdamW(model.parameters())
        probe = hp.Probe(model=model, batch=x, optimizer=opt, snapshot=True, saved_tensors=True)
        self.step(probe, model, x, opt)
        with probe.phase("outer"):
            big = torch.empty(64 << 20, dtype=torch.uint8, device="cuda")
            del big
            with probe.phase("inner"):
                pass
        doc = probe.save(self.path)
        self.assertEqual(doc["device"]["type"], "cuda")
        self.assertGreater(doc["device"]["total_bytes"], 0)
        for p in doc["phases"]:
            self.assertGreaterEqual(p["peak_allocated_bytes"], max(p["allocated_start_bytes"], p["allocated_end_bytes"]))
            self.assertGreaterEqual(p["peak_reserved_bytes"], p["peak_allocated_bytes"])
        outer = [p for p in doc["phases"] if p["name"] == "outer"][0]
        self.assertGreaterEqual(outer["peak_allocated_bytes"], 64 << 20)  # survived the inner reset
        self.assertIsInstance(doc["context_bytes"], int)
        self.assertEqual(doc["process_peak_bytes"], doc["context_bytes"] + doc["peak_reserved_bytes"])
        self.assertEqual(doc["saved_by_module_type"]["Linear"], 1024 * (IN + HID) * F32)


if __name__ == "__main__":
    unittest.main()
