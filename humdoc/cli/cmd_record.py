"""``humdoc record``: record a testimony from a synthetic source (the GUI records the microphone).

The command line has no microphone input; ``--source synthetic`` feeds the recorder a test voice
through the same path the GUI's microphone uses (chunks sealed in the vault as they come, a FLAC
media item at the end), to check a machine end to end without a microphone.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from humdoc.cli.context import Context
from humdoc.core.errors import UsageError
from humdoc.core.recording import synthetic_pcm

_STEP = 0.25  # seconds of sound fed at a time


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "record",
        parents=[common],
        help="record a testimony from a synthetic test source (the window records a microphone)",
    )
    p.add_argument("testimony_id", metavar="TESTIMONY")
    p.add_argument("--seconds", type=float, required=True, help="how long to record")
    p.add_argument(
        "--source", choices=["synthetic"], required=True, help="where the sound comes from"
    )
    p.add_argument("--rate", type=int, default=16000, help="sample rate in Hz (default 16000)")
    p.add_argument("--realtime", action="store_true", help="feed the sound at the pace it plays")
    p.add_argument("--policy", choices=["keep", "evidence", "strip"])
    p.set_defaults(handler=cmd_record)


def cmd_record(ctx: Context, args: argparse.Namespace) -> None:
    if not 0 < args.seconds <= 6 * 3600:
        raise UsageError("--seconds must be more than 0 and at most 6 hours.")
    s = ctx.session()
    rec = s.recordings.start(args.testimony_id, sample_rate=args.rate)
    try:
        fed = 0.0
        while fed < args.seconds:
            step = min(_STEP, args.seconds - fed)
            rec.feed(synthetic_pcm(args.rate, 1, step, start=fed))
            fed += step
            if args.realtime:
                time.sleep(step)
        item = rec.finish(args.policy)
    except BaseException:
        if not rec.closed:
            rec.discard()
        raise
    ctx.out.emit(
        {"item": item.to_json(), "seconds": round(rec.seconds, 3)},
        f"Recorded {rec.seconds:.1f} s into {item.id} ({item.original_name}), "
        f"linked to testimony {args.testimony_id}.",
    )
