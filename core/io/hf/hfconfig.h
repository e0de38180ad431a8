#pragma once

// Internal to core/io/hf: the config reader and the helpers the family builders share. Each
// family's builder lives in its own file (hfllama.cpp, hfclassic.cpp, hft5.cpp, ...) and follows
// its transformers modeling file.

#include "core/io/hf/hfconfigimporter.h"
#include "core/model/node.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <cmath>
#include <functional>
#include <vector>

namespace headroom::hf {

using namespace build;

inline constexpr qint64 kMaxDim = qint64(1) << 22;          // hidden sizes, intermediate sizes, vocabularies
inline constexpr qint64 kMaxPositions = kMaxSequenceLength; // context lengths a plan file can hold
inline constexpr qint64 kMaxCount = 100'000;                // layers, heads, experts

inline QString n(const char *s)
{
    return QString::fromLatin1(s);
}

// Reads config fields; the first problem is kept and later reads return their fallbacks.
class Config
{
public:
    Config(const QJsonObject &o, const QString &type) : m_o(o), m_type(type) {}

    QJsonValue value(const char *key) const
    {
        m_read.insert(QLatin1String(key));
        return m_o.value(QLatin1String(key));
    }
    bool wasRead(const char *key) const { return m_read.contains(QLatin1String(key)); }
    bool has(const char *key) const
    {
        m_read.insert(QLatin1String(key));
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    // Required whole number (the first key present of `keys` counts: configs use aliases).
    qint64 integer(std::initializer_list<const char *> keys, qint64 minimum = 1, qint64 maximum = kMaxDim)
    {
        for (const char *key : keys)
            if (has(key)) // a bad value reads as `minimum`, so that later arithmetic stays defined
                return read(key, minimum, minimum, maximum);
        fail(HfConfigImporter::tr("the %1 config lacks \"%2\", which is required")
                 .arg(m_type, QLatin1String(*keys.begin())));
        return minimum;
    }
    qint64 integer(const char *key, qint64 minimum = 1, qint64 maximum = kMaxDim)
    {
        return integer({key}, minimum, maximum);
    }
    qint64 optionalInteger(const char *key, qint64 fallback, qint64 minimum = 1, qint64 maximum = kMaxDim)
    {
        return has(key) ? read(key, fallback, minimum, maximum) : fallback;
    }
    bool boolean(const char *key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool()) {
            fail(HfConfigImporter::tr("\"%1\" must be true or false").arg(QLatin1String(key)));
            return fallback;
        }
        return v.toBool();
    }
    double number(const char *key, double fallback, double minimum, double maximum)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < minimum || v.toDouble() > maximum) {
            fail(HfConfigImporter::tr("\"%1\" must be a number from %2 to %3")
                     .arg(QLatin1String(key))
                     .arg(minimum)
                     .arg(maximum));
            return fallback;
        }
        return v.toDouble();
    }
    QString string(const char *key, const QString &fallback = {})
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString()) {
            fail(HfConfigImporter::tr("\"%1\" must be a string").arg(QLatin1String(key)));
            return fallback;
        }
        return v.toString();
    }
    // Hugging Face activation names (transformers.activations.ACT2FN).
    MlpActivation activation(const char *key, MlpActivation fallback)
    {
        const QString a = string(key);
        if (a.isEmpty())
            return fallback;
        if (a == QLatin1String("silu") || a == QLatin1String("swish"))
            return MlpActivation::SiLU;
        if (a == QLatin1String("gelu"))
            return MlpActivation::GELU;
        // gelu_new and gelu_fast are Python formulas (unfused: more saved tensors);
        // gelu_pytorch_tanh is F.gelu(approximate="tanh"), one kernel.
        if (a == QLatin1String("gelu_new") || a == QLatin1String("gelu_fast"))
            return MlpActivation::GELUTanhUnfused;
        if (a == QLatin1String("gelu_pytorch_tanh"))
            return MlpActivation::GELUTanh;
        if (a == QLatin1String("gelu_python"))
            return MlpActivation::GELU;
        if (a == QLatin1String("relu"))
            return MlpActivation::ReLU;
        fail(HfConfigImporter::tr("\"%1\" is \"%2\"; supported activations are silu, gelu, gelu_new, "
                                  "gelu_pytorch_tanh and relu")
                 .arg(QLatin1String(key), a));
        return fallback;
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    void require(bool condition, const QString &message)
    {
        if (!condition)
            fail(message);
    }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &type() const { return m_type; }

private:
    qint64 read(const char *key, qint64 fallback, qint64 minimum, qint64 maximum)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        // Range first: converting an out-of-range double to qint64 is undefined behaviour (the
        // fuzzer found 3e94). The negated test also rejects NaN.
        if (!v.isDouble() || !(d >= double(minimum) && d <= double(maximum)) || d != std::trunc(d)) {
            fail(HfConfigImporter::tr("\"%1\" must be a whole number from %2 to %3 (got %4)")
                     .arg(QLatin1String(key))
                     .arg(minimum)
                     .arg(maximum)
                     .arg(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1)));
            return fallback;
        }
        return qint64(d);
    }

    const QJsonObject &m_o;
    QString m_type;
    QString m_error;
    mutable QSet<QString> m_read; // keys a builder looked at, for the unread-shape-field check
};

Architecture tokenModel(std::vector<Node> body, qint64 maxPositions, bool llm);
// Head dimension: an explicit head_dim wins; the compiler derives hidden / heads when it is 0.
int headDim(Config &c, qint64 hidden, qint64 heads);
qint64 kvHeads(Config &c, const char *key, qint64 heads);
// Consecutive layers alike become one repeated block: [dense × k, sparse × m, ...].
std::vector<Node> layerRuns(const std::vector<bool> &sparse, const std::function<Node(bool)> &makeLayer);
// Which layers use sliding-window attention: "layer_types" (sliding_attention / full_attention)
// when the config lists them, else `defaults` (the family's config class default).
std::vector<bool> slidingLayers(Config &c, qint64 layers, std::vector<bool> defaults);
// Layers of a few kinds (0, 1, 2, ...) as compact repeated blocks: a pattern of up to 8 layers that
// repeats (Gemma 3's 5 local + 1 global, gpt-oss's sliding/full) becomes one block repeated, the
// rest runs of consecutive layers alike.
std::vector<Node> layerPattern(const std::vector<int> &kinds, const std::function<Node(int)> &makeLayer);

// Family builders (one per transformers model class family).
Architecture llamaLike(Config &c);
Architecture gpt2(Config &c);
Architecture bert(Config &c);
Architecture gptNeox(Config &c);
Architecture opt(Config &c);
Architecture falcon(Config &c);
Architecture phi(Config &c);
Architecture t5(Config &c);
Architecture starcoder2(Config &c);
Architecture bloom(Config &c);
Architecture deepseek(Config &c);
Architecture mambaLm(Config &c);
Architecture gptOss(Config &c);
Architecture llama4Text(Config &c);

} // namespace headroom::hf
