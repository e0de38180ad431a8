#!/usr/bin/env python3
"""Print Headroom's estimate beside each measurement of measure_finetune.py.

    python3 tools/calibration/compare_finetune.py [tests/data/calibration/finetune_h200.json] [HEADROOM_CLI] [-v]

Each case's `headroom` flags are planned with `--gpu h200 --save`, its `workload` keys are set in
the saved plan file, and the plan is evaluated again: allocated (total − context − allocator
reserve) against peak_allocated, total against the process peak (context + peak_reserved)."""
import json, os, shlex, subprocess, sys, tempfile

args = [a for a in sys.argv[1:] if not a.startswith('-')]
data = args[0] if args else 'tests/data/calibration/finetune_h200.json'
cli = args[1] if len(args) > 1 else 'build/app/cli/headroom-cli'
G = 2**30


def estimate(case):
    flags = shlex.split(case['headroom']) + ['--gpu', 'h200']
    with tempfile.TemporaryDirectory() as d:
        plan = os.path.join(d, 'p.headroom')
        subprocess.run([cli, 'plan'] + flags + ['--save', plan], check=True, capture_output=True)
        doc = json.load(open(plan))
        doc['workload'].update(case.get('workload', {}))
        json.dump(doc, open(plan, 'w'))
        out = subprocess.run([cli, 'plan', plan, '--json'], check=True, capture_output=True).stdout
    return json.loads(out)


print(f"{'case':46s} {'alloc est':>9s} {'measured':>9s} {'err':>7s}   {'total est':>9s} {'measured':>9s} {'err':>7s}")
for case in json.load(open(data))['cases']:
    if 'error' in case:
        continue
    e = estimate(case)
    b = e['breakdown']
    alloc = b['total'] - b['context'] - b['fragmentation']
    m_alloc, m_total = case['peak_allocated'], case['process_peak']
    print(f"{case['name']:46s} {alloc/G:9.2f} {m_alloc/G:9.2f} {100*(alloc/m_alloc-1):+6.1f}%   "
          f"{b['total']/G:9.2f} {m_total/G:9.2f} {100*(b['total']/m_total-1):+6.1f}%")
    if '-v' in sys.argv:
        print('   ', {k: round(v / G, 3) for k, v in b.items()})
        print('    measured resident', round(case['resident_before_step'] / G, 3), 'after fwd',
              round(case.get('after_forward', 0) / G, 3), 'peak bwd', round(case.get('peak_through_backward', 0) / G, 3))
