"""`make bench`: throughput of eventwire against bare spaCy, printed as a table.

    .venv/bin/python benchmarks/run.py                     # 1x and 10x corpus (long: ~11,000 articles)
    .venv/bin/python benchmarks/run.py --repeat 1 --stages # 1x only, plus time per stage

Options are those of ``benchmarks/bench_throughput.py``. The development data in ../shared/eval is needed;
without it the benchmark is skipped with a message (exit 0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_throughput import main  # noqa: E402

if __name__ == "__main__":
    main(sys.argv[1:])
