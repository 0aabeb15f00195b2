"""Run every ``bench/bench_*.py`` script, one after another, and print their output.

    .venv/bin/python bench/run_all.py              # full sizes (can take minutes)
    .venv/bin/python bench/run_all.py --small      # each script's quick size
    .venv/bin/python bench/run_all.py --docs 1000  # passed on to every script
    .venv/bin/python bench/run_all.py --only project view -- --seed 3

Convention for bench scripts: each accepts ``--small`` (a quick run) and
``--docs N``; arguments after ``--`` are passed to every script unchanged.
Each script runs in its own process (so its peak memory is its own) with
``QT_QPA_PLATFORM=offscreen`` unless set. The exit status is 1 when any
script failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def scripts(only: list[str] | None = None) -> list[Path]:
    """The benchmark scripts present, by name (``only``: keep names containing these)."""
    found = sorted(BENCH_DIR.glob("bench_*.py"))
    if only:
        found = [p for p in found if any(o in p.stem for o in only)]
    return found


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(description="Run every bench/bench_*.py script.")
    parser.add_argument("--small", action="store_true", help="pass --small to every script")
    parser.add_argument("--docs", type=int, help="pass --docs N to every script")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="run only scripts whose name contains one of these")
    args = parser.parse_args(argv)
    passthrough = (["--small"] if args.small else []) + \
        (["--docs", str(args.docs)] if args.docs else []) + extra
    found = scripts(args.only)
    if not found:
        print("run_all: no bench_*.py script found", file=sys.stderr)
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for script in found:
        print(f"=== {script.name} {' '.join(passthrough)}".rstrip(), flush=True)
        t0 = time.perf_counter()
        result = subprocess.run([sys.executable, str(script), *passthrough], env=env)
        took = time.perf_counter() - t0
        status = "ok" if result.returncode == 0 else f"FAILED (exit {result.returncode})"
        print(f"=== {script.name}: {status} in {took:.1f} s\n", flush=True)
        if result.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"run_all: {len(failed)} of {len(found)} failed: {', '.join(failed)}",
              file=sys.stderr)
        return 1
    print(f"run_all: {len(found)} script(s) ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
