"""bench/bench_teams.py runs and prints its figures (no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_bench_teams_small_prints_every_figure():
    result = subprocess.run([sys.executable, str(BENCH / "bench_teams.py"), "--small"],
                            capture_output=True, text=True, timeout=300, cwd=BENCH.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    for figure in ("agreement", "curate (first run)", "curate (re-run)"):
        assert f"{figure:<20} median" in result.stdout
