#pragma once

#include "core/model/node.h"

#include <QString>

namespace headroom {

// The longest sequence (context) Headroom plans for, 16,777,216 tokens: plan files, importers
// and the editors share it, so whatever one accepts the others read back.
constexpr int kMaxSequenceLength = 1 << 24;

// What one sample fed to the model looks like.
struct InputSpec
{
    enum class Type { Image, Tokens, Features };
    Type type = Type::Image;
    int channels = 3;          // Image: channels; Features: feature count
    int imageSize = 224;       // Image: default height = width
    int sequenceLength = 0;    // Tokens (and Features as a sequence): default length; 0 for a plain vector
    int maxSequenceLength = 0; // Tokens: longest supported context (0: unbounded)

    bool operator==(const InputSpec &o) const = default;
};

// How the model's output is scored during training: cross-entropy over the class dimension
// (channels for images, the last dimension otherwise), as every preset here is trained.
struct Architecture
{
    QString id; // preset id or empty for a custom model
    QString name;
    QString family;                 // vision, language, llm, classical
    QString source;                 // where its structure and published parameter count come from
    qint64 publishedParameters = 0; // 0 when unknown
    InputSpec input;
    Node root = build::sequence(QStringLiteral("model"), {});

    bool operator==(const Architecture &o) const = default;
};

} // namespace headroom
