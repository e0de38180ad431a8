#pragma once

#include "core/model/architecture.h"

#include <QString>
#include <optional>
#include <vector>

namespace headroom {

struct PresetInfo
{
    QString id;
    QString name;
    QString family; // vision, language, llm
    qint64 publishedParameters;
};

// The built-in architectures, each reproducing the reference implementation named in its
// `source` (torchvision 0.14, Hugging Face transformers) layer for layer.
class Presets
{
public:
    static const std::vector<PresetInfo> &list();
    static std::optional<Architecture> create(const QString &id);
};

namespace presets {
// Vision (presets_vision.cpp)
Architecture resnet(int depth);
Architecture vgg(int depth);
Architecture alexnet();
Architecture mobilenetV2();
Architecture efficientNetB0();
Architecture densenet121();
Architecture vit(bool large);
Architecture unet();
// Language (presets_language.cpp)
struct BertConfig
{
    QString id, name, source;
    int vocab = 30522, hidden = 768, layers = 12, heads = 12, intermediate = 3072, maxPositions = 512;
    bool pooler = true;
    qint64 published = 0;
};
Architecture bertEncoder(const BertConfig &c);
Architecture bert(bool large);
Architecture gpt2(int hidden, int layers, int heads, const QString &id, const QString &name,
                  qint64 published);
Architecture gpt3();
struct LlamaConfig
{
    QString id, name, source;
    int vocab, hidden, intermediate, layers, heads, kvHeads, maxPositions;
    int experts = 0, activeExperts = 0;
    qint64 published;
};
Architecture llama(const LlamaConfig &c);
// Llama 3.1/3.2, Qwen2.5, Qwen3 (dense and MoE), Gemma 3 (text), Phi-4: built by the HF importer.
std::vector<Architecture> hfPresets();
} // namespace presets

} // namespace headroom
