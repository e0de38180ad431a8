"""ctest entry for the probe tests: run them with an interpreter that has PyTorch, or exit 77
(ctest SKIP_RETURN_CODE) when none has. The first interpreter on PATH may be a pyenv or venv one
without torch while Debian's python3-torch lives in /usr/bin/python3, so both are tried."""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77


def has_torch(python):
    try:
        return subprocess.run([python, "-c", "import torch"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=120).returncode == 0
    except Exception:
        return False


def main():
    candidates = [sys.executable, "/usr/bin/python3"]
    for python in dict.fromkeys(c for c in candidates if c and os.path.exists(c)):
        if has_torch(python):
            print("probe tests with %s" % python, flush=True)
            return subprocess.run([python, "-m", "unittest", "discover", "-s", HERE, "-v"]).returncode
    print("PyTorch is not installed (tried %s): probe tests skipped" % ", ".join(candidates))
    return SKIP


if __name__ == "__main__":
    sys.exit(main())
