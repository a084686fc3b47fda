"""Run every benchmark in turn: ``python -m bench`` (strip, bundle, vault, intake, ..., archive).

Each ``bench/bench_*.py`` module's ``main()`` is called in turn; each writes its own section of
docs/benchmarks.md. ``python -m bench NAME...`` runs only the named ones (``vault intake``).
Arguments after ``--`` are passed to every benchmark that accepts arguments (``-- --quick``).
"""

from __future__ import annotations

import importlib
import inspect
import sys
import time
from pathlib import Path

ORDER = ["strip", "bundle", "vault", "intake", "video", "scaling", "archive", "archive_receive"]


def discover() -> list[str]:
    """Every bench_*.py module's short name: the known order first, then any others."""
    found = sorted(p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py"))
    return [n for n in ORDER if n in found] + [n for n in found if n not in ORDER]


def run(name: str, args: list[str]) -> int:
    """Import ``bench.bench_NAME`` and call its ``main`` (with ``args`` if it takes any)."""
    module = importlib.import_module(f"bench.bench_{name}")
    main = module.main
    takes_args = bool(inspect.signature(main).parameters)
    started = time.perf_counter()
    print(f"== bench {name} ==", flush=True)
    status = main(args) if takes_args else main()
    print(f"== bench {name}: {time.perf_counter() - started:.0f} s ==", flush=True)
    return int(status or 0)


def main(argv: list[str]) -> int:
    names, extra = (
        (argv[: argv.index("--")], argv[argv.index("--") + 1 :])
        if "--" in argv
        else (
            argv,
            [],
        )
    )
    known = discover()
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(known)}", file=sys.stderr)
        return 2
    failed = 0
    for name in names or known:
        failed |= run(name, extra) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
