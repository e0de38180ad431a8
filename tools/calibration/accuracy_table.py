#!/usr/bin/env python3
"""The README's accuracy tables, computed from the measurements in tests/data/calibration.

    python3 tools/calibration/accuracy_table.py [--cli build/app/cli/headroom-cli]          # print
    python3 tools/calibration/accuracy_table.py --write README.md                           # refresh
    python3 tools/calibration/accuracy_table.py --check README.md                           # ctest

Each case is planned as tst_cuda_calibration plans it (its `headroom` flags on an H200, then its
`workload` plan-file keys) and compared with the measurement: allocated (total - context -
allocator reserve) against torch.cuda.max_memory_allocated(), the total against the process peak
(context + max_memory_reserved()). The tables sit in the README between
<!-- accuracy:NAME:begin --> and <!-- accuracy:NAME:end --> so they cannot drift from the code."""
import argparse, json, os, shlex, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, 'tests', 'data', 'calibration')
G = 2 ** 30
TABLES = {'dense': 'cuda_h200.json', 'finetune': 'finetune_h200.json'}


def estimate(cli, case):
    flags = shlex.split(case['headroom'].replace('tests/data/', os.path.join(ROOT, 'tests', 'data') + '/'))
    flags += ['--gpu', 'h200']
    overrides = case.get('workload') or ({'master_weights': case['master_weights']} if 'master_weights' in case else {})
    env = dict(os.environ, LC_ALL='C', HEADROOM_LANG='en')
    with tempfile.TemporaryDirectory() as d:
        plan = os.path.join(d, 'p.headroom')
        subprocess.run([cli, 'plan'] + flags + ['--save', plan], check=True, capture_output=True, env=env)
        doc = json.load(open(plan))
        doc['workload'].update(overrides)
        json.dump(doc, open(plan, 'w'))
        out = subprocess.run([cli, 'plan', plan, '--json'], check=True, capture_output=True, env=env).stdout
    return json.loads(out)['breakdown']


def table(cli, name):
    cases = json.load(open(os.path.join(DATA, TABLES[name])))['cases']
    rows = ['| case (H200) | allocated: Headroom / measured | total: Headroom / measured |', '|---|---|---|']
    for c in cases:
        if 'error' in c:
            continue
        b = estimate(cli, c)
        alloc = b['total'] - b['context'] - b['fragmentation']
        ma, mt = c['peak_allocated'], c['process_peak']
        rows.append(f"| `{c['name']}` | {alloc / G:.2f} / {ma / G:.2f} GiB ({100 * (alloc / ma - 1):+.1f}%) | "
                    f"{b['total'] / G:.2f} / {mt / G:.2f} GiB ({100 * (b['total'] / mt - 1):+.1f}%) |")
    return '\n'.join(rows)


def replace_blocks(text, blocks):
    for name, body in blocks.items():
        begin, end = f'<!-- accuracy:{name}:begin -->', f'<!-- accuracy:{name}:end -->'
        i, j = text.find(begin), text.find(end)
        if i < 0 or j < i:
            sys.exit(f'README has no {begin} … {end} block')
        text = text[:i + len(begin)] + '\n' + body + '\n' + text[j:]
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', default=os.path.join(ROOT, 'build', 'app', 'cli', 'headroom-cli'))
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--write', metavar='README')
    g.add_argument('--check', metavar='README')
    args = ap.parse_args()
    blocks = {name: table(args.cli, name) for name in TABLES}
    if not (args.write or args.check):
        for name, body in blocks.items():
            print(f'## {name}\n{body}\n')
        return
    path = args.write or args.check
    text = open(path, encoding='utf-8').read()
    fresh = replace_blocks(text, blocks)
    if args.write:
        open(path, 'w', encoding='utf-8').write(fresh)
    elif fresh != text:
        sys.exit(f'{path}: the accuracy tables differ from what the model computes now; '
                 f'run tools/calibration/accuracy_table.py --write {path}')


if __name__ == '__main__':
    main()
