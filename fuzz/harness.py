"""Run one fuzz target under atheris: ``python -m fuzz.harness TARGET FINDINGS_DIR LIBRARIES [libFuzzer
args]``, where LIBRARIES names the modules besides humdoc to instrument (comma-separated, or ``-``).

A contract break (any exception escaping the target's ``run``) is recorded, not fatal: the input is
saved as ``FINDINGS_DIR/finding-<sha1>`` with its traceback beside it (``.txt``), once per distinct
failure (exception type and the line it was raised at), and fuzzing goes on, so one run reports
every distinct finding it meets. Hangs (``-timeout``) and memory beyond ``-rss_limit_mb`` stop the
process; libFuzzer saves those inputs itself as ``timeout-*`` and ``oom-*``.
"""

from __future__ import annotations

import hashlib
import sys
import traceback
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # no stubs shipped


def _signature(exc: BaseException) -> str:
    """Exception type and the innermost frame it was raised in: one line per distinct bug."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}"


def _known(findings: Path) -> set[str]:
    """Signatures recorded by earlier runs, so a restart does not count them again."""
    return {p.read_text().splitlines()[0] for p in findings.glob("finding-*.txt")}


def main(argv: list[str]) -> None:
    """Instrument humdoc and the libraries named, then fuzz until libFuzzer stops."""
    name, findings = argv[1], Path(argv[2])
    libraries = [m for m in argv[3].split(",") if m not in ("", "-")]
    findings.mkdir(parents=True, exist_ok=True)
    with atheris.instrument_imports(include=["humdoc", *libraries]):
        from fuzz import targets

        targets.warm_up()
    run = targets.TARGETS[name].run
    seen = _known(findings)

    def one_input(data: bytes) -> None:
        try:
            run(data)
        except Exception as exc:  # every escape is a finding; record it and go on
            signature = _signature(exc)
            if signature in seen:
                return
            seen.add(signature)
            path = findings / f"finding-{hashlib.sha1(data).hexdigest()}"  # noqa: S324
            path.write_bytes(data)
            text = "".join(traceback.format_exception(exc))
            path.with_suffix(".txt").write_text(f"{signature}\n\n{text}")
            print(f"FINDING {name}: {signature} -> {path}", file=sys.stderr, flush=True)

    atheris.Setup([argv[0], *argv[4:]], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
