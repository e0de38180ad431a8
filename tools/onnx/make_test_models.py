#!/usr/bin/python3
"""Writes the ONNX files the importer tests read (tests/data/onnx).

Run with Debian's python3 and its torch and onnx packages:
    /usr/bin/python3 tools/onnx/make_test_models.py
Prints each model's parameter count (sum of p.numel() over model.parameters()), which the
tests compare with the importer's.
"""
import os
import sys

import onnx
import torch
from onnx import TensorProto, helper
from torch import nn

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data", "onnx")
BAD = os.path.join(ROOT, "bad")


class SmallCnn(nn.Module):
    """Conv, ReLU, BatchNorm, MaxPool, AveragePool, Sigmoid, GlobalAveragePool, Flatten, Gemm, Softmax."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(8)  # after the ReLU, so the exporter cannot fold it into the conv
        self.pool1 = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(8, 16, 3, stride=1, padding=1, bias=False)
        self.pool2 = nn.AvgPool2d(2)
        self.conv3 = nn.Conv2d(16, 32, 3, padding=1)
        self.fc = nn.Linear(32, 10)

    def forward(self, x):
        x = self.pool1(self.bn1(torch.relu(self.conv1(x))))
        x = self.pool2(torch.sigmoid(self.conv2(x)))
        x = torch.relu(self.conv3(x))
        x = torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1)
        return torch.softmax(self.fc(x), dim=1)


class SmallMlp(nn.Module):
    """Gemm, Relu, LayerNormalization, a residual Add and an unmapped op (Tanh's cousin, Erf via GELU)."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(64, 128)
        self.norm = nn.LayerNorm(128)
        self.fc2 = nn.Linear(128, 128)
        self.fc3 = nn.Linear(128, 10)

    def forward(self, x):
        h = self.norm(torch.relu(self.fc1(x)))
        h = h + nn.functional.gelu(self.fc2(h))
        return self.fc3(h)


def export(model, example, name):
    model.eval()
    path = os.path.join(ROOT, name)
    torch.onnx.export(model, example, path, input_names=["input"], output_names=["output"],
                      dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}}, opset_version=17)
    params = sum(p.numel() for p in model.parameters())
    print(f"{name}: {params} parameters, {os.path.getsize(path)} bytes")
    return path


def add_value_info(path):
    """torch.onnx.export writes no value_info; ONNX shape inference adds it."""
    onnx.save(onnx.shape_inference.infer_shapes(onnx.load(path)), path)


def strip_value_info(src, name):
    """The same model without value_info, so the importer has to propagate shapes itself."""
    m = onnx.load(src)
    del m.graph.value_info[:]
    onnx.save(m, os.path.join(ROOT, name))


def external_data_model():
    """A Gemm whose weight lives in an external file that is not shipped: counted from its dims."""
    w = TensorProto()
    w.name = "fc.weight"
    w.data_type = TensorProto.FLOAT
    w.dims.extend([1000, 4096])
    w.data_location = TensorProto.EXTERNAL
    entry = w.external_data.add()
    entry.key, entry.value = "location", "fc.weight.bin"
    b = helper.make_tensor("fc.bias", TensorProto.FLOAT, [1000], [0.0] * 1000)
    node = helper.make_node("Gemm", ["input", "fc.weight", "fc.bias"], ["output"], transB=1)
    graph = helper.make_graph([node], "external", [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 4096])],
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", 1000])], [w, b])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), os.path.join(ROOT, "external_gemm.onnx"))


def bad_files(cnn_path):
    os.makedirs(BAD, exist_ok=True)
    data = open(cnn_path, "rb").read()
    open(os.path.join(BAD, "truncated.onnx"), "wb").write(data[: len(data) // 2])
    open(os.path.join(BAD, "not_onnx.onnx"), "wb").write(b"This is a text file, not an ONNX model.\n" * 4)
    # An initializer of 2^40 x 2^40 elements (no bytes: external data).
    huge = TensorProto()
    huge.name = "huge"
    huge.data_type = TensorProto.FLOAT
    huge.dims.extend([1 << 40, 1 << 40])
    huge.data_location = TensorProto.EXTERNAL
    e = huge.external_data.add()
    e.key, e.value = "location", "huge.bin"
    node = helper.make_node("MatMul", ["input", "huge"], ["output"])
    graph = helper.make_graph([node], "huge", [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 1 << 40])],
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["batch", 1 << 40])], [huge])
    onnx.save(helper.make_model(graph), os.path.join(BAD, "huge_dims.onnx"))
    # If nodes nested 100 deep.
    leaf = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "leaf", [],
                             [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])])
    inner = leaf
    for depth in range(100):
        node = helper.make_node("If", ["cond"], ["y"], then_branch=inner, else_branch=leaf)
        inner = helper.make_graph([node], f"level{depth}", [], [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])])
    model = helper.make_model(helper.make_graph(inner.node, "deep", [helper.make_tensor_value_info("cond", TensorProto.BOOL, [1])],
                                                [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])]))
    open(os.path.join(BAD, "deep_nesting.onnx"), "wb").write(model.SerializeToString())
    # Two nodes feeding each other.
    a = helper.make_node("Relu", ["b_out"], ["a_out"], name="a")
    b = helper.make_node("Add", ["input", "a_out"], ["b_out"], name="b")
    graph = helper.make_graph([a, b], "cycle", [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 8])],
                              [helper.make_tensor_value_info("b_out", TensorProto.FLOAT, ["batch", 8])])
    open(os.path.join(BAD, "cycle.onnx"), "wb").write(helper.make_model(graph).SerializeToString())


def main():
    os.makedirs(ROOT, exist_ok=True)
    torch.manual_seed(0)
    model = SmallCnn()
    with torch.no_grad():
        # Fresh statistics equal the fresh affine parameters (ones and zeros); the exporter would
        # then share one initializer between them. Trained-looking values keep all four.
        model.bn1.running_mean.uniform_(-0.1, 0.1)
        model.bn1.running_var.uniform_(0.9, 1.1)
    cnn = export(model, torch.randn(1, 3, 32, 32), "small_cnn.onnx")
    mlp = export(SmallMlp(), torch.randn(1, 64), "small_mlp.onnx")
    strip_value_info(cnn, "small_cnn_no_value_info.onnx")
    add_value_info(cnn)
    add_value_info(mlp)
    external_data_model()
    bad_files(cnn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
