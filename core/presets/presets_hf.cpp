// Current language-model presets, built by the Hugging Face importer from the fields of each
// model's published config.json (the keys that decide shapes), so that a preset and an import of
// the same config can never disagree. Published totals: the Hub's safetensors metadata.
#include "core/io/hf/hfconfigimporter.h"
#include "core/presets/presets.h"

namespace headroom::presets {

namespace {

struct HfPreset
{
    const char *id;
    const char *name;
    const char *source;
    qint64 published;
    const char *config; // config.json fields that decide the shapes
};

#define LLAMA(v, h, i, l, q, kv, tie)                                                                        \
    "{\"model_type\":\"llama\",\"vocab_size\":" #v ",\"hidden_size\":" #h ",\"intermediate_size\":" #i       \
    ",\"num_hidden_layers\":" #l ",\"num_attention_heads\":" #q ",\"num_key_value_heads\":" #kv              \
    ",\"max_position_embeddings\":131072,\"tie_word_embeddings\":" #tie ",\"torch_dtype\":\"bfloat16\"}"
#define QWEN(type, v, h, i, l, q, kv, tie, pos, extra)                                                       \
    "{\"model_type\":\"" type "\",\"vocab_size\":" #v ",\"hidden_size\":" #h ",\"intermediate_size\":" #i    \
    ",\"num_hidden_layers\":" #l ",\"num_attention_heads\":" #q ",\"num_key_value_heads\":" #kv              \
    ",\"max_position_embeddings\":" #pos ",\"tie_word_embeddings\":" #tie                                    \
    ",\"torch_dtype\":\"bfloat16\"" extra "}"
#define GEMMA3(h, i, l, q, kv, hd)                                                                           \
    "{\"model_type\":\"gemma3_text\",\"vocab_size\":262208,\"hidden_size\":" #h ",\"intermediate_size\":" #i \
    ",\"num_hidden_layers\":" #l ",\"num_attention_heads\":" #q ",\"num_key_value_heads\":" #kv              \
    ",\"head_dim\":" #hd                                                                                     \
    ",\"max_position_embeddings\":131072,\"sliding_window\":1024,\"torch_dtype\":\"bfloat16\"}"

const HfPreset kPresets[] = {
    {"llama-3.1-8b", "Llama-3.1-8B", "meta-llama/Llama-3.1-8B config.json", 8'030'261'248,
     LLAMA(128256, 4096, 14336, 32, 32, 8, false)},
    {"llama-3.1-70b", "Llama-3.1-70B", "meta-llama/Llama-3.1-70B config.json", 70'553'706'496,
     LLAMA(128256, 8192, 28672, 80, 64, 8, false)},
    {"llama-3.1-405b", "Llama-3.1-405B", "meta-llama/Llama-3.1-405B config.json", 405'853'388'800,
     LLAMA(128256, 16384, 53248, 126, 128, 8, false)},
    {"llama-3.2-1b", "Llama-3.2-1B", "meta-llama/Llama-3.2-1B config.json", 1'235'814'400,
     LLAMA(128256, 2048, 8192, 16, 32, 8, true)},
    {"llama-3.2-3b", "Llama-3.2-3B", "meta-llama/Llama-3.2-3B config.json", 3'212'749'824,
     LLAMA(128256, 3072, 8192, 28, 24, 8, true)},
    {"qwen2.5-7b", "Qwen2.5-7B", "Qwen/Qwen2.5-7B config.json", 7'615'616'512,
     QWEN("qwen2", 152064, 3584, 18944, 28, 28, 4, false, 131072, "")},
    {"qwen2.5-72b", "Qwen2.5-72B", "Qwen/Qwen2.5-72B config.json", 72'706'203'648,
     QWEN("qwen2", 152064, 8192, 29568, 80, 64, 8, false, 131072, "")},
    {"qwen3-8b", "Qwen3-8B", "Qwen/Qwen3-8B config.json", 8'190'735'360,
     QWEN("qwen3", 151936, 4096, 12288, 36, 32, 8, false, 40960, ",\"head_dim\":128")},
    {"qwen3-32b", "Qwen3-32B", "Qwen/Qwen3-32B config.json", 32'762'123'264,
     QWEN("qwen3", 151936, 5120, 25600, 64, 64, 8, false, 40960, ",\"head_dim\":128")},
    {"qwen3-30b-a3b", "Qwen3-30B-A3B", "Qwen/Qwen3-30B-A3B config.json", 30'532'122'624,
     QWEN("qwen3_moe", 151936, 2048, 6144, 48, 32, 4, false, 40960,
          ",\"head_dim\":128,\"num_experts\":128,\"num_experts_per_tok\":8,\"moe_intermediate_size\":768")},
    {"qwen3-235b-a22b", "Qwen3-235B-A22B", "Qwen/Qwen3-235B-A22B config.json", 235'093'634'560,
     QWEN("qwen3_moe", 151936, 4096, 12288, 94, 64, 4, false, 40960,
          ",\"head_dim\":128,\"num_experts\":128,\"num_experts_per_tok\":8,\"moe_intermediate_size\":1536")},
    // Gemma 3 language models (text_config); the Hub totals add the SigLIP tower and projector.
    {"gemma-3-4b-text", "Gemma-3-4B (text)", "google/gemma-3-4b-pt config.json text_config", 3'880'263'168,
     GEMMA3(2560, 10240, 34, 8, 4, 256)},
    {"gemma-3-12b-text", "Gemma-3-12B (text)", "google/gemma-3-12b-pt config.json text_config",
     11'766'034'176, GEMMA3(3840, 15360, 48, 16, 8, 256)},
    {"gemma-3-27b-text", "Gemma-3-27B (text)", "google/gemma-3-27b-pt config.json text_config",
     27'009'346'304, GEMMA3(5376, 21504, 62, 32, 16, 128)},
    {"phi-4", "Phi-4", "microsoft/phi-4 config.json", 14'659'507'200,
     "{\"model_type\":\"phi3\",\"vocab_size\":100352,\"hidden_size\":5120,\"intermediate_size\":17920,"
     "\"num_hidden_layers\":40,\"num_attention_heads\":40,\"num_key_value_heads\":10,"
     "\"max_position_embeddings\":16384,\"tie_word_embeddings\":false,\"torch_dtype\":\"bfloat16\"}"},
    // DeepSeek-V3: the 61 layers transformers builds ("671B"; the Hub total also holds the MTP
    // layer and FP8 scales, tests/data/hf/README.md).
    {"deepseek-v3", "DeepSeek-V3", "deepseek-ai/DeepSeek-V3 config.json", 671'026'404'352,
     "{\"model_type\":\"deepseek_v3\",\"vocab_size\":129280,\"hidden_size\":7168,\"intermediate_size\":18432,"
     "\"num_hidden_layers\":61,\"num_attention_heads\":128,\"num_key_value_heads\":128,"
     "\"max_position_embeddings\":163840,\"q_lora_rank\":1536,\"kv_lora_rank\":512,\"qk_nope_head_dim\":128,"
     "\"qk_rope_head_dim\":64,\"v_head_dim\":128,\"n_routed_experts\":256,\"n_shared_experts\":1,"
     "\"num_experts_per_tok\":8,\"moe_intermediate_size\":2048,\"first_k_dense_replace\":3,"
     "\"moe_layer_freq\":1,\"tie_word_embeddings\":false,\"torch_dtype\":\"bfloat16\"}"},
    // gpt-oss: counts from modeling_gpt_oss.py's shapes (model card: 21B and 117B).
    {"gpt-oss-20b", "gpt-oss-20b", "openai/gpt-oss-20b config.json", 20'914'757'184,
     "{\"model_type\":\"gpt_oss\",\"vocab_size\":201088,\"hidden_size\":2880,\"intermediate_size\":2880,"
     "\"num_hidden_layers\":24,\"num_attention_heads\":64,\"num_key_value_heads\":8,\"head_dim\":64,"
     "\"max_position_embeddings\":131072,\"num_local_experts\":32,\"num_experts_per_tok\":4,"
     "\"sliding_window\":128,\"attention_bias\":true,\"tie_word_embeddings\":false,\"torch_dtype\":"
     "\"bfloat16\"}"},
    {"gpt-oss-120b", "gpt-oss-120b", "openai/gpt-oss-120b config.json", 116'829'156'672,
     "{\"model_type\":\"gpt_oss\",\"vocab_size\":201088,\"hidden_size\":2880,\"intermediate_size\":2880,"
     "\"num_hidden_layers\":36,\"num_attention_heads\":64,\"num_key_value_heads\":8,\"head_dim\":64,"
     "\"max_position_embeddings\":131072,\"num_local_experts\":128,\"num_experts_per_tok\":4,"
     "\"sliding_window\":128,\"attention_bias\":true,\"tie_word_embeddings\":false,\"torch_dtype\":"
     "\"bfloat16\"}"},
};

} // namespace

std::vector<Architecture> hfPresets()
{
    std::vector<Architecture> out;
    for (const HfPreset &p : kPresets) {
        Architecture a;
        QString error;
        if (!HfConfigImporter::import(QByteArray(p.config), a, &error))
            qFatal("preset %s: %s", p.id, qPrintable(error)); // a programming error in the table above
        a.id = QLatin1String(p.id);
        a.name = QLatin1String(p.name);
        a.source = QLatin1String(p.source);
        a.publishedParameters = p.published;
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace headroom::presets
