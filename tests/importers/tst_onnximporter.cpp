#include "core/io/onnx/onnximporter.h"
#include "core/presets/presets.h"
#include "core/simulate/modelcompiler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace headroom;

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(HEADROOM_TEST_DATA "/onnx/") + name;
}

CompiledModel compile(const Architecture &a)
{
    ModelCompiler compiler;
    return compiler.compile(a, CompileOptions{});
}
} // namespace

class TestOnnxImporter : public QObject
{
    Q_OBJECT
private slots:
    void parameterCounts_data();
    void parameterCounts();
    void cnnLayers();
    void shapesWithoutValueInfo();
    void mlpKeepsUnmappedOps();
    void externalData();
    void badFiles_data();
    void badFiles();
    void garbageNeverCrashes();
};

void TestOnnxImporter::parameterCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("parameters");
    QTest::addColumn<qint64>("initializers");
    // Counts printed by tools/onnx/make_test_models.py: sum(p.numel() for p in model.parameters()).
    // The CNN's initializers also hold BatchNorm running mean and variance (2 × 8).
    QTest::newRow("cnn") << "small_cnn.onnx" << qint64(6362) << qint64(6362 + 16);
    QTest::newRow("cnn without value_info")
        << "small_cnn_no_value_info.onnx" << qint64(6362) << qint64(6362 + 16);
    QTest::newRow("mlp") << "small_mlp.onnx" << qint64(26378) << qint64(26378);
    QTest::newRow("external data") << "external_gemm.onnx" << qint64(4096 * 1000 + 1000)
                                   << qint64(4096 * 1000 + 1000);
}

void TestOnnxImporter::parameterCounts()
{
    QFETCH(QString, file);
    QFETCH(qint64, parameters);
    QFETCH(qint64, initializers);
    Architecture a;
    QString error;
    OnnxImportInfo info;
    QVERIFY2(OnnxImporter::importFile(dataFile(file), a, &error, &info), qPrintable(error));
    QCOMPARE(info.initializerElements, initializers);
    const CompiledModel m = compile(a);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QCOMPARE(m.parameters, parameters);
}

void TestOnnxImporter::cnnLayers()
{
    Architecture a;
    OnnxImportInfo info;
    QVERIFY(OnnxImporter::importFile(dataFile(QStringLiteral("small_cnn.onnx")), a, nullptr, &info));
    QCOMPARE(a.input.type, InputSpec::Type::Image);
    QCOMPARE(a.input.channels, 3);
    QCOMPARE(a.input.imageSize, 32);
    QCOMPARE(info.inputShape, QStringLiteral("batch×3×32×32"));
    QCOMPARE(info.bufferElements, qint64(16));
    QCOMPARE(info.unmappedOps, QStringList{QStringLiteral("Pad")});
    std::vector<LayerKind> kinds;
    for (const Node &n : a.root.children)
        kinds.push_back(n.kind);
    const std::vector<LayerKind> expected = {
        LayerKind::Conv2d, LayerKind::ReLU,    LayerKind::BatchNorm2d,       LayerKind::MaxPool2d,
        LayerKind::Conv2d, LayerKind::Sigmoid, LayerKind::Generic,           LayerKind::AvgPool2d,
        LayerKind::Conv2d, LayerKind::ReLU,    LayerKind::AdaptiveAvgPool2d, LayerKind::Flatten,
        LayerKind::Linear, LayerKind::Softmax};
    QVERIFY(kinds == expected);
    const CompiledModel m = compile(a);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QCOMPARE(m.output.rank, 1);
    QCOMPARE(m.output.d[0], qint64(10));
}

void TestOnnxImporter::shapesWithoutValueInfo()
{
    Architecture with, without;
    QVERIFY(OnnxImporter::importFile(dataFile(QStringLiteral("small_cnn.onnx")), with, nullptr));
    QVERIFY(
        OnnxImporter::importFile(dataFile(QStringLiteral("small_cnn_no_value_info.onnx")), without, nullptr));
    QVERIFY(with.root == without.root);
}

void TestOnnxImporter::mlpKeepsUnmappedOps()
{
    Architecture a;
    OnnxImportInfo info;
    QVERIFY(OnnxImporter::importFile(dataFile(QStringLiteral("small_mlp.onnx")), a, nullptr, &info));
    QCOMPARE(a.input.type, InputSpec::Type::Features);
    QCOMPARE(a.input.channels, 64);
    // GELU is exported as Div, Erf, Add, Mul, Mul; the residual as Add.
    QVERIFY(info.unmappedOps.contains(QStringLiteral("Erf")));
    QVERIFY(info.unmappedOps.contains(QStringLiteral("Add")));
    QCOMPARE(a.root.children.front().kind, LayerKind::Linear);
    QCOMPARE(a.root.children.back().kind, LayerKind::Linear);
    const CompiledModel m = compile(a);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QCOMPARE(m.output.rank, 1);
    QCOMPARE(m.output.d[0], qint64(10));
}

void TestOnnxImporter::externalData()
{
    Architecture a;
    QVERIFY(OnnxImporter::importFile(dataFile(QStringLiteral("external_gemm.onnx")), a, nullptr));
    QCOMPARE(a.root.children.size(), std::size_t(1));
    QCOMPARE(a.root.children.front().kind, LayerKind::Linear);
}

void TestOnnxImporter::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << "bad/truncated.onnx"
                               << "past the end";
    QTest::newRow("not onnx") << "bad/not_onnx.onnx"
                              << "malformed protobuf";
    QTest::newRow("huge dims") << "bad/huge_dims.onnx"
                               << "absurd dimensions";
    QTest::newRow("deep nesting") << "bad/deep_nesting.onnx"
                                  << "nested more than";
    QTest::newRow("cycle") << "bad/cycle.onnx"
                           << "cycle";
    QTest::newRow("missing") << "bad/does-not-exist.onnx"
                             << "cannot read";
}

void TestOnnxImporter::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    Architecture a = *Presets::create(QStringLiteral("gpt2"));
    const Architecture before = a;
    QString error;
    QVERIFY(!OnnxImporter::importFile(dataFile(file), a, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(a == before);
}

// Every prefix and many corruptions of a valid file fail cleanly or import; none crash or hang.
void TestOnnxImporter::garbageNeverCrashes()
{
    QFile f(dataFile(QStringLiteral("small_cnn.onnx")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    QElapsedTimer timer;
    timer.start();
    Architecture a;
    for (int length = 0; length < good.size(); length += 97)
        OnnxImporter::import(good.left(length), a, nullptr);
    quint32 seed = 12345;
    for (int round = 0; round < 300; ++round) {
        QByteArray bad = good;
        for (int k = 0; k < 4; ++k) {
            seed = seed * 1664525u + 1013904223u;
            bad[int(seed % quint32(bad.size()))] = char(seed >> 24);
        }
        OnnxImporter::import(bad, a, nullptr);
    }
    QVERIFY(timer.elapsed() < 20000);
}

QTEST_GUILESS_MAIN(TestOnnxImporter)
#include "tst_onnximporter.moc"
