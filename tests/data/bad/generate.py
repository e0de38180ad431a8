#!/usr/bin/env python3
"""Writes the bad-input corpus and expected.json. Each case: a file, the reader that gets it and a
substring its error message must contain. Rerun after changing a case; the files are committed."""
import copy, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..', '..')
sample = json.load(open(os.path.join(ROOT, 'resources/samples/sample.headroom')))
catalog = json.load(open(os.path.join(ROOT, 'resources/catalog/gpus.json')))
cases = []

def write(name, data, reader, error, **extra):
    path = os.path.join(HERE, name)
    mode = 'wb' if isinstance(data, bytes) else 'w'
    with open(path, mode) as f:
        f.write(data)
    cases.append(dict(file=name, reader=reader, error=error, **extra))

def plan(name, change, error):
    d = copy.deepcopy(sample)
    change(d)
    write('plan/' + name + '.headroom', json.dumps(d, indent=1), 'plan', error)

def setp(path, value):
    def f(d):
        o = d
        for k in path[:-1]:
            o = o[k]
        o[path[-1]] = value
    return f

def delp(path):
    def f(d):
        o = d
        for k in path[:-1]:
            o = o[k]
        del o[path[-1]]
    return f

ROOTN = ['architecture', 'root']
EMB = ROOTN + ['children', 0]
BLOCK = ROOTN + ['children', 1]
ATTN = BLOCK + ['children', 0, 'children', 1]
good = json.dumps(sample, indent=1)

# Not JSON, or not a plan.
write('plan/empty.headroom', b'', 'plan', 'not valid JSON at line 1')
write('plan/truncated.headroom', good[:len(good) // 2], 'plan', 'not valid JSON')
write('plan/trailing-comma.headroom', '{"format": "headroom-plan", "version": 1,}', 'plan', 'not valid JSON at line 1')
write('plan/binary.headroom', bytes(range(256)), 'plan', 'not valid JSON')
write('plan/array.headroom', '[1, 2, 3]', 'plan', 'a plan file must hold a JSON object')
write('plan/string.headroom', '"headroom-plan"', 'plan', 'not valid JSON')
write('plan/utf16.headroom', good.encode('utf-16'), 'plan', 'not valid JSON')
plan('wrong-format', setp(['format'], 'headroom-catalog'), 'format: is not "headroom-plan"')
plan('format-number', setp(['format'], 7), 'format: must be a string')
plan('newer-version', setp(['version'], 2), 'written by a newer Headroom (format 2; this version reads up to 1)')
plan('far-future-version', setp(['version'], 999999), 'written by a newer Headroom')
plan('negative-version', setp(['version'], -1), 'version: must be between 0 and 1000000 (got -1)')
plan('fractional-version', setp(['version'], 0.5), 'version: must be a whole number (got 0.5)')
plan('version-string', setp(['version'], "1"), 'version: must be a number')
plan('missing-version', delp(['version']), 'version: is missing')
# Wrong types and unknown fields.
plan('unknown-top-field', setp(['colour'], 'red'), 'colour: unknown field')
plan('architecture-array', setp(['architecture'], []), 'architecture: must be an object')
plan('missing-architecture', delp(['architecture']), 'architecture: is missing')
plan('missing-workload', delp(['workload']), 'workload: is missing')
plan('workload-string', setp(['workload'], 'train'), 'workload: must be an object')
plan('name-number', setp(['name'], 42), 'name: must be a string')
plan('unknown-kind', setp(EMB + ['kind'], 'transformer_xl'), 'architecture.root.children[0].kind: unknown layer kind "transformer_xl"')
plan('kind-missing', delp(EMB + ['kind']), 'architecture.root.children[0].kind: is missing')
plan('unknown-layer-field', setp(EMB + ['padding_idx'], 0), 'architecture.root.children[0].padding_idx: unknown field')
plan('child-not-object', setp(ROOTN + ['children'], [1]), 'architecture.root.children[0]: must be an object')
plan('children-object', setp(ROOTN + ['children'], {}), 'architecture.root.children: must be a list of layers')
plan('children-on-leaf', setp(EMB + ['children'], []), 'architecture.root.children[0].children: only block layers have this')
plan('shortcut-on-block', setp(BLOCK + ['shortcut'], []), 'shortcut: only residual layers have this')
plan('root-not-block', setp(ROOTN, {"kind": "relu"}), 'architecture.root: must be a block (kind "sequence")')
plan('input-type-unknown', setp(['architecture', 'input', 'type'], 'audio'), 'architecture.input.type: "audio" is not one of image, tokens, features')
plan('input-missing', delp(['architecture', 'input']), 'architecture.input: is missing')
plan('heads-string', setp(ATTN + ['heads'], '32'), 'heads: must be a number')
plan('bool-number', setp(ATTN + ['causal'], 'yes'), 'causal: must be a number')
plan('mode-unknown', setp(['workload', 'mode'], 'pretrain'), 'workload.mode: "pretrain" is not one of train, finetune, inference')
plan('precision-number', setp(['workload', 'precision'], 16), 'workload.precision: "16" is not one of')
plan('flash-string', setp(['workload', 'flash_attention'], 'true'), 'workload.flash_attention: must be true or false')
plan('assumption-unknown', setp(['assumptions'], {"cosmic_rays": 1}), 'assumptions.cosmic_rays: unknown assumption')
plan('assumption-string', setp(['assumptions'], {"cuda_context_mib": "512"}), 'assumptions.cuda_context_mib: must be a number')
plan('hardware-count-zero', setp(['hardware', 'count'], 0), 'hardware.count: must be between 1 and 100000 (got 0)')
# Absurd sizes.
plan('batch-zero', setp(['workload', 'micro_batch'], 0), 'workload.micro_batch: must be between 1 and 1000000 (got 0)')
plan('batch-negative', setp(['workload', 'micro_batch'], -8), 'workload.micro_batch: must be between 1 and 1000000 (got -8)')
plan('batch-1e30', setp(['workload', 'micro_batch'], 1e30), 'workload.micro_batch: must be between 1 and 1000000 (got 1e+30)')
plan('batch-fraction', setp(['workload', 'micro_batch'], 2.5), 'workload.micro_batch: must be a whole number (got 2.5)')
plan('batch-nan-string', setp(['workload', 'micro_batch'], 'NaN'), 'workload.micro_batch: must be a number')
plan('batch-null', setp(['workload', 'micro_batch'], None), 'workload.micro_batch: must be a number')
plan('seq-huge', setp(['workload', 'sequence_length'], 1e30), 'workload.sequence_length: must be between 0 and 16777216 (got 1e+30)')
plan('dim-1e30', setp(EMB + ['dim'], 1e30), 'architecture.root.children[0].dim: must be between 1 and 1000000000 (got 1e+30)')
plan('dim-zero', setp(EMB + ['dim'], 0), 'architecture.root.children[0].dim: must be between 1 and 1000000000 (got 0)')
plan('dim-negative', setp(EMB + ['dim'], -4096), 'architecture.root.children[0].dim: must be between 1 and 1000000000 (got -4096)')
plan('repeat-huge', setp(BLOCK + ['repeat'], 1e12), 'architecture.root.children[1].repeat: must be between 1 and 1048576 (got 1e+12)')
plan('published-parameters-1e30', setp(['architecture', 'published_parameters'], 1e30), 'architecture.published_parameters: must be between 0 and 1e+16 (got 1e+30)')
import re
write('plan/number-overflow.headroom', re.sub(r'"micro_batch": \d+', '"micro_batch": 1e999', good), 'plan', 'illegal number')

# Deep nesting and huge arrays.
deep = copy.deepcopy(sample)
node = {"kind": "relu"}
for i in range(80):
    node = {"kind": "sequence", "children": [node]}
deep['architecture']['root']['children'].append(node)
write('plan/deep-nesting.headroom', json.dumps(deep), 'plan', 'blocks are nested more than 64 deep')
write('plan/deep-json.headroom', '[' * 5000 + ']' * 5000, 'plan', 'not valid JSON')
big = copy.deepcopy(sample)
big['architecture']['root']['children'] = [{"kind": "relu"}] * 100001
write('plan/huge-array.headroom', json.dumps(big, separators=(',', ':')), 'plan', 'the architecture has more than 100000 layers')
# Accepted by the reader, refused by the compiler (the CLI shows this message).
plan('scores-beyond-limit', lambda d: (setp(ATTN + ['heads'], 1048576)(d), setp(ATTN + ['head_dim'], 1)(d),
                                        setp(ATTN + ['kv_heads'], 0)(d), setp(['architecture', 'input', 'max_sequence_length'], 0)(d),
                                        setp(['workload', 'sequence_length'], 1 << 24)(d), setp(['workload', 'flash_attention'], False)(d)),
     'exceed the 2^53-byte limit')
cases[-1]['reader'] = 'plan-evaluate'

# GPU catalogs (built-in file format; a user's override file is the same).
def cat(name, change, error, accepted=None):
    d = copy.deepcopy(catalog)
    d['gpus'] = d['gpus'][:3]
    change(d)
    extra = {} if accepted is None else {'accepted': accepted}
    write('catalog/' + name + '.json', json.dumps(d, indent=1), 'catalog', error, **extra)

def gpu(i, key, value):
    def f(d):
        if value is KeyError:
            del d['gpus'][i][key]
        else:
            d['gpus'][i][key] = value
    return f

write('catalog/not-json.json', 'id,name,memory\nh100,H100,80\n', 'catalog', 'not valid JSON')
write('catalog/truncated.json', json.dumps(catalog)[:5000], 'catalog', 'not valid JSON', accepted=0)
write('catalog/array.json', '[]', 'catalog', 'expected an object with a "gpus" array', accepted=0)
write('catalog/gpus-object.json', '{"gpus": {}}', 'catalog', 'expected an object with a "gpus" array', accepted=0)
cat('missing-memory', gpu(1, 'memory_gib', KeyError), 'field "memory_gib" is missing', accepted=2)
cat('missing-id', gpu(0, 'id', KeyError), 'entry "1": field "id" must be a non-empty string', accepted=2)
cat('negative-memory', gpu(2, 'memory_gib', -24), 'field "memory_gib" must be a number from 0.5 to 65536', accepted=2)
cat('zero-memory', gpu(2, 'memory_gib', 0), 'field "memory_gib" must be a number from 0.5 to 65536', accepted=2)
cat('memory-1e30', gpu(0, 'memory_gib', 1e30), 'field "memory_gib" must be a number from 0.5 to 65536', accepted=2)
cat('memory-string', gpu(1, 'memory_gib', '24 GB'), 'field "memory_gib" must be a number', accepted=2)
cat('name-number', gpu(1, 'name', 4090), 'field "name" must be a non-empty string', accepted=2)
cat('bandwidth-negative', gpu(0, 'bandwidth_gbs', -1), 'field "bandwidth_gbs" must be a number from 1 to', accepted=2)
cat('smi-above-memory', gpu(0, 'nvidia_smi_total_mib', 1e6), 'field "nvidia_smi_total_mib" exceeds the card\'s memory', accepted=2)
cat('entry-not-object', lambda d: d['gpus'].insert(1, "rtx-5090"), 'entry 2 is not an object', accepted=3)
cat('pcie-gen-huge', gpu(2, 'pcie_gen', 1e30), 'field "pcie_gen" must be a number from 0 to 10', accepted=2)
# A user's override file: one bad entry among good ones; the good ones still load.
override = {"gpus": [dict(catalog['gpus'][0], id='my-card-a', price=100),
                     dict(catalog['gpus'][1], id='my-card-b', memory_gib=-8),
                     dict(catalog['gpus'][2], id='my-card-c', price=300)]}
write('catalog/user-override-one-bad.json', json.dumps(override, indent=1), 'catalog',
      'entry "my-card-b": field "memory_gib" must be a number from 0.5 to 65536; skipped', accepted=2)

# Hugging Face config.json files (HfConfigImporter), from Mistral-7B's config.
mistral = json.load(open(os.path.join(ROOT, 'tests/data/hf/mistral-7b-v0.1.json')))
os.makedirs(os.path.join(HERE, 'hf'), exist_ok=True)

def hf(name, change, error):
    d = copy.deepcopy(mistral)
    change(d)
    write('hf/' + name + '.json', json.dumps(d, indent=1), 'hf', error)

write('hf/not-json.json', 'model_type: llama\n', 'hf', 'not a JSON file')
write('hf/array.json', '[]', 'hf', 'a config.json holds one JSON object')
hf('unknown-type', setp(['model_type'], 'mistrall'), 'did you mean "mistral"')
hf('no-type', delp(['model_type']), '"model_type" is missing')
hf('missing-hidden', delp(['hidden_size']), '"hidden_size", which is required')
hf('negative-layers', setp(['num_hidden_layers'], -32), '"num_hidden_layers" must be a whole number')
hf('fractional-hidden', setp(['hidden_size'], 4096.5), '"hidden_size" must be a whole number')
hf('vocab-1e30', setp(['vocab_size'], 1e30), '"vocab_size" must be a whole number')
hf('layers-string', setp(['num_hidden_layers'], '32'), '"num_hidden_layers" must be a whole number')
hf('heads-not-dividing', setp(['num_attention_heads'], 24), 'is not divisible by "num_attention_heads" 24')
hf('kv-groups', setp(['num_key_value_heads'], 5), 'cannot be grouped over "num_key_value_heads" 5')
hf('activation', setp(['hidden_act'], 'mish'), '"hidden_act" is "mish"')
hf('dtype', setp(['torch_dtype'], 'int3'), '"torch_dtype" is "int3"')
hf('positions-beyond-plan-files', setp(['max_position_embeddings'], 48576145),
   '"max_position_embeddings" must be a whole number from 1 to 16777216')

# One broken config per family added for issue #12, each from that family's real config.
def hff(source, name, change, error):
    d = json.load(open(os.path.join(ROOT, 'tests/data/hf', source)))
    change(d)
    write('hf/' + name + '.json', json.dumps(d, indent=1), 'hf', error)

hff('qwen3-8b.json', 'qwen3-shared-expert-on-dense', setp(['shared_expert_intermediate_size'], 5632),
    '"shared_expert_intermediate_size" changes the model\'s weights and the qwen3 importer does not model it')
hff('qwen3-30b-a3b.json', 'qwen3-moe-topk-above-experts', setp(['num_experts_per_tok'], 200),
    '"num_experts_per_tok" 200 exceeds "num_experts" 128')
hff('qwen3-30b-a3b.json', 'qwen3-moe-mlp-only-layer-out-of-range', setp(['mlp_only_layers'], [99]),
    '"mlp_only_layers" holds 99, which is not a layer index below 48')
hff('qwen1.5-moe-a2.7b.json', 'qwen2-moe-no-shared-expert', delp(['shared_expert_intermediate_size']),
    '"shared_expert_intermediate_size", which is required')
hff('gemma-2-9b.json', 'gemma2-no-head-dim', delp(['head_dim']), '"head_dim", which is required')
hff('gemma-3-4b-it.json', 'gemma3-text-config-string', setp(['text_config'], 'gemma3_text'),
    '"text_config" is missing; it holds the language model')
hff('phi-3.5-mini-instruct.json', 'phi3-kv-groups', setp(['num_key_value_heads'], 5),
    'cannot be grouped over "num_key_value_heads" 5')
hff('granite-3.3-8b-instruct.json', 'granite-activation', setp(['hidden_act'], 'mish'), '"hidden_act" is "mish"')
hff('olmo-2-1124-7b.json', 'olmo2-mla-rank', setp(['kv_lora_rank'], 512),
    '"kv_lora_rank" changes the model\'s weights and the olmo2 importer does not model it')
hff('olmo-3-1025-7b.json', 'olmo3-negative-vocab', setp(['vocab_size'], -1), '"vocab_size" must be a whole number')
hff('c4ai-command-r-v01.json', 'cohere-qk-norm-string', setp(['use_qk_norm'], 'yes'),
    '"use_qk_norm" must be true or false')
hff('starcoder2-3b.json', 'starcoder2-bias-string', setp(['use_bias'], 'true'), '"use_bias" must be true or false')
hff('gpt_bigcode-santacoder.json', 'gpt-bigcode-multi-query-number', setp(['multi_query'], 1),
    '"multi_query" must be true or false')
hff('bloom-560m.json', 'bloom-heads-not-dividing', setp(['n_head'], 7), 'is not divisible by "n_head" 7')
hff('mt5-small.json', 'mt5-feed-forward', setp(['feed_forward_proj'], 'gated-mish'),
    '"feed_forward_proj" is "gated-mish"')
hf('other-architecture', setp(['model_type'], 'gpt_neo'),
   'model_type "gpt_neo" is not supported. Supported families:')

# ONNX files (OnnxImporter): the importer tests' broken models, and two more.
os.makedirs(os.path.join(HERE, 'onnx'), exist_ok=True)
onnx_bad = os.path.join(ROOT, 'tests/data/onnx/bad')
for name, error in (('cycle', 'the graph has a cycle'), ('deep_nesting', 'nested more than 16 levels deep'), ('huge_dims', 'absurd dimensions'),
                    ('not_onnx', 'malformed protobuf'), ('truncated', 'running past the end of the file')):
    write('onnx/' + name + '.onnx', open(os.path.join(onnx_bad, name + '.onnx'), 'rb').read(), 'onnx', error)
write('onnx/empty.onnx', b'', 'onnx', 'no graph found: this is not an ONNX model')
write('onnx/text.onnx', b'graph { node { op_type: "Relu" } }\n', 'onnx', 'malformed protobuf at byte 1')

with open(os.path.join(HERE, 'expected.json'), 'w') as f:
    json.dump({"cases": cases}, f, indent=1)
    f.write('\n')
print(len(cases), 'cases')
