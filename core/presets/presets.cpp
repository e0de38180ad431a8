#include "core/presets/presets.h"

#include <functional>

namespace headroom {

namespace {

using presets::LlamaConfig;

// Hugging Face config.json values of each published checkpoint.
const LlamaConfig kLlama2_7b{QStringLiteral("llama-2-7b"),
                             QStringLiteral("Llama-2 7B"),
                             QStringLiteral("Touvron et al. 2023; meta-llama/Llama-2-7b-hf config.json"),
                             32000,
                             4096,
                             11008,
                             32,
                             32,
                             32,
                             4096,
                             0,
                             0,
                             6'738'415'616};
const LlamaConfig kLlama2_13b{QStringLiteral("llama-2-13b"),
                              QStringLiteral("Llama-2 13B"),
                              QStringLiteral("Touvron et al. 2023; meta-llama/Llama-2-13b-hf config.json"),
                              32000,
                              5120,
                              13824,
                              40,
                              40,
                              40,
                              4096,
                              0,
                              0,
                              13'015'864'320};
const LlamaConfig kLlama2_70b{QStringLiteral("llama-2-70b"),
                              QStringLiteral("Llama-2 70B"),
                              QStringLiteral("Touvron et al. 2023; meta-llama/Llama-2-70b-hf config.json"),
                              32000,
                              8192,
                              28672,
                              80,
                              64,
                              8,
                              4096,
                              0,
                              0,
                              68'976'648'192};
const LlamaConfig kLlama3_8b{QStringLiteral("llama-3-8b"),
                             QStringLiteral("Llama-3 8B"),
                             QStringLiteral("Meta 2024; meta-llama/Meta-Llama-3-8B config.json"),
                             128256,
                             4096,
                             14336,
                             32,
                             32,
                             8,
                             8192,
                             0,
                             0,
                             8'030'261'248};
const LlamaConfig kLlama3_70b{QStringLiteral("llama-3-70b"),
                              QStringLiteral("Llama-3 70B"),
                              QStringLiteral("Meta 2024; meta-llama/Meta-Llama-3-70B config.json"),
                              128256,
                              8192,
                              28672,
                              80,
                              64,
                              8,
                              8192,
                              0,
                              0,
                              70'553'706'496};
const LlamaConfig kMistral7b{QStringLiteral("mistral-7b"),
                             QStringLiteral("Mistral-7B"),
                             QStringLiteral("Jiang et al. 2023; mistralai/Mistral-7B-v0.1 config.json"),
                             32000,
                             4096,
                             14336,
                             32,
                             32,
                             8,
                             32768,
                             0,
                             0,
                             7'241'732'096};
const LlamaConfig kMixtral{QStringLiteral("mixtral-8x7b"),
                           QStringLiteral("Mixtral-8x7B"),
                           QStringLiteral("Jiang et al. 2024; mistralai/Mixtral-8x7B-v0.1 config.json"),
                           32000,
                           4096,
                           14336,
                           32,
                           32,
                           8,
                           32768,
                           8,
                           2,
                           46'702'792'704};

struct Entry
{
    PresetInfo info;
    std::function<Architecture()> make;
};

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> list = [] {
        std::vector<std::function<Architecture()>> makers = {
            [] { return presets::resnet(18); },
            [] { return presets::resnet(34); },
            [] { return presets::resnet(50); },
            [] { return presets::resnet(101); },
            [] { return presets::resnet(152); },
            [] { return presets::vgg(16); },
            [] { return presets::vgg(19); },
            [] { return presets::alexnet(); },
            [] { return presets::mobilenetV2(); },
            [] { return presets::efficientNetB0(); },
            [] { return presets::densenet121(); },
            [] { return presets::vit(false); },
            [] { return presets::vit(true); },
            [] { return presets::unet(); },
            [] { return presets::bert(false); },
            [] { return presets::bert(true); },
            [] {
                return presets::gpt2(768, 12, 12, QStringLiteral("gpt2"), QStringLiteral("GPT-2 small"),
                                     124'439'808);
            },
            [] {
                return presets::gpt2(1024, 24, 16, QStringLiteral("gpt2-medium"),
                                     QStringLiteral("GPT-2 medium"), 354'823'168);
            },
            [] {
                return presets::gpt2(1280, 36, 20, QStringLiteral("gpt2-large"),
                                     QStringLiteral("GPT-2 large"), 774'030'080);
            },
            [] {
                return presets::gpt2(1600, 48, 25, QStringLiteral("gpt2-xl"), QStringLiteral("GPT-2 XL"),
                                     1'557'611'200);
            },
            [] { return presets::gpt3(); },
            [] { return presets::llama(kLlama2_7b); },
            [] { return presets::llama(kLlama2_13b); },
            [] { return presets::llama(kLlama2_70b); },
            [] { return presets::llama(kLlama3_8b); },
            [] { return presets::llama(kLlama3_70b); },
            [] { return presets::llama(kMistral7b); },
            [] { return presets::llama(kMixtral); },
        };
        for (const Architecture &a : presets::hfPresets())
            makers.push_back([a] { return a; });
        std::vector<Entry> out;
        for (auto &make : makers) {
            const Architecture a = make();
            out.push_back({PresetInfo{a.id, a.name, a.family, a.publishedParameters}, make});
        }
        return out;
    }();
    return list;
}

} // namespace

const std::vector<PresetInfo> &Presets::list()
{
    static const std::vector<PresetInfo> infos = [] {
        std::vector<PresetInfo> v;
        for (const Entry &e : entries())
            v.push_back(e.info);
        return v;
    }();
    return infos;
}

std::optional<Architecture> Presets::create(const QString &id)
{
    for (const Entry &e : entries())
        if (e.info.id.compare(id, Qt::CaseInsensitive) == 0)
            return e.make();
    return std::nullopt;
}

} // namespace headroom
