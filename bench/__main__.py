"""``python -m bench [--json FILE] [--only NAME]``: run the benchmarks and print their figures.

Each entry reads ``{"value_ms": …, "reference_ms": …, "ratio": …, "target_ratio": …}`` plus the
absolute goal where the issue gives one (``target_ms``). Never run as part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bench import attach, card_qr, cli, receipt, register_import, search, startup, startup_login, viewer
from bench import report as report_bench

BENCHMARKS = {
    "import_10k": register_import.run_10k,
    "import": register_import.run_100k,
    "search": search.run,
    "receipt": receipt.run,
    "startup_login": startup_login.run,
    "startup": startup.run,
    "report": report_bench.run,
    "card_qr": card_qr.run,
    "attach": attach.run,
    "attach_storage": attach.run_storage,
    "cli_version": cli.run_version,
    "cli_help": cli.run_help,
    "cli_due": cli.run_due,
    "viewer": viewer.run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--only", choices=sorted(BENCHMARKS), action="append")
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory(prefix="motcua-bench-") as folder:
        for name in args.only or BENCHMARKS:
            results[name] = BENCHMARKS[name](Path(folder))
            print(f"{name}: {json.dumps(results[name], ensure_ascii=False)}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [name for name, r in results.items() if not r.get("ok", True)]
    if failed:
        print("Chưa đạt mục tiêu: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
