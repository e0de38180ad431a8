#!/usr/bin/env python3
"""Print Headroom's estimate beside each CUDA measurement of measure_cuda.py.

    python3 tools/calibration/compare_cuda.py [tests/data/calibration/cuda_h200.json] [HEADROOM_CLI]

For each case it runs `headroom-cli plan <the case's flags> --gpu h200 --json` and compares:
allocated (Headroom's total minus CUDA context and allocator reserve) with peak_allocated, and
Headroom's total with the process peak (context + peak_reserved)."""
import json, os, shlex, subprocess, sys, tempfile

data = sys.argv[1] if len(sys.argv) > 1 else 'tests/data/calibration/cuda_h200.json'
cli = sys.argv[2] if len(sys.argv) > 2 else 'build/app/cli/headroom-cli'
G = 2**30


def estimate(case):
    flags = shlex.split(case['headroom']) + ['--gpu', 'h200']
    if 'master_weights' in case:
        with tempfile.TemporaryDirectory() as d:
            plan = os.path.join(d, 'p.headroom')
            subprocess.run([cli, 'plan'] + flags + ['--save', plan], check=True, capture_output=True)
            doc = json.load(open(plan))
            doc['workload']['master_weights'] = case['master_weights']
            json.dump(doc, open(plan, 'w'))
            out = subprocess.run([cli, 'plan', plan, '--json'], check=True, capture_output=True).stdout
    else:
        out = subprocess.run([cli, 'plan'] + flags + ['--json'], check=True, capture_output=True).stdout
    return json.loads(out)


print(f"{'case':46s} {'alloc est':>9s} {'measured':>9s} {'err':>7s}   {'total est':>9s} {'measured':>9s} {'err':>7s}")
for case in json.load(open(data))['cases']:
    e = estimate(case)
    b = e['breakdown']
    alloc = b['total'] - b['context'] - b['fragmentation']
    m_alloc = case['peak_allocated']
    m_total = case['process_peak']
    print(f"{case['name']:46s} {alloc/G:9.2f} {m_alloc/G:9.2f} {100*(alloc/m_alloc-1):+6.1f}%   "
          f"{b['total']/G:9.2f} {m_total/G:9.2f} {100*(b['total']/m_total-1):+6.1f}%")
    if '-v' in sys.argv:
        print('   ', {k: round(v / G, 3) for k, v in b.items()})
        print('    measured resident', round(case['resident_before_step'] / G, 3), 'after fwd',
              round(case.get('after_forward', 0) / G, 3))
