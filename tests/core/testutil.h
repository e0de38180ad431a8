#pragma once

#include "architecture.h"
#include "compiledmodel.h"
#include "modelcompiler.h"

#include <QFile>
#include <QString>

namespace headroom::test {

// A model over a sequence of vectors [seq, hidden] or an image [channels, size, size].
inline Architecture sequenceModel(int seq, int hidden, std::vector<Node> body)
{
    Architecture a;
    a.name = QStringLiteral("test");
    a.input = InputSpec{InputSpec::Type::Features, hidden, 0, seq, 0};
    a.root = build::sequence(QStringLiteral("model"), std::move(body));
    return a;
}

inline Architecture imageModel(int channels, int size, std::vector<Node> body)
{
    Architecture a;
    a.name = QStringLiteral("test");
    a.input = InputSpec{InputSpec::Type::Image, channels, size, 0, 0};
    a.root = build::sequence(QStringLiteral("model"), std::move(body));
    return a;
}

inline CompiledModel compileFp32(const Architecture &a, Precision p = Precision::FP32)
{
    CompileOptions o;
    o.precision = p;
    return ModelCompiler().compile(a, o);
}

inline QByteArray readTestFile(const QString &relative)
{
    QFile f(QStringLiteral(HEADROOM_TEST_DATA "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace headroom::test
