"""Commands for cases, incidents, testimonies and pseudonymous persons."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from humdoc.cli.context import Context
from humdoc.cli.output import table
from humdoc.core.errors import InvalidInput
from humdoc.core.media import POLICY_NAMES, policy_help
from humdoc.core.safefs import open_regular

MAX_STATEMENT_BYTES = 8 * 1024 * 1024


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    case = sub.add_parser("case", parents=[common], help="cases (investigations)")
    cs = case.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = cs.add_parser("new", parents=[common], help="create a case")
    p.add_argument("title")
    p.add_argument("--description", default="")
    p.add_argument(
        "--policy",
        choices=POLICY_NAMES,
        default=None,
        help=f"the case's own metadata policy (default: the vault's): {policy_help()}",
    )
    p.set_defaults(handler=cmd_case_new)
    cs.add_parser("list", parents=[common], help="list cases").set_defaults(handler=cmd_case_list)
    p = cs.add_parser("show", parents=[common], help="show a case with its testimonies")
    p.add_argument("case_id", metavar="ID")
    p.set_defaults(handler=cmd_case_show)
    p = cs.add_parser(
        "edit", parents=[common], help="change a case's title, description, status or policy"
    )
    p.add_argument("case_id", metavar="ID")
    p.add_argument("--title")
    p.add_argument("--description")
    p.add_argument("--status", choices=["open", "closed"])
    pol = p.add_mutually_exclusive_group()
    pol.add_argument(
        "--policy", choices=POLICY_NAMES, help=f"the case's own metadata policy: {policy_help()}"
    )
    pol.add_argument("--vault-policy", action="store_true", help="drop the case's own policy")
    p.set_defaults(handler=cmd_case_edit)
    p = cs.add_parser("delete", parents=[common], help="delete a case and everything in it")
    p.add_argument("case_id", metavar="ID")
    p.set_defaults(handler=cmd_case_delete)

    inc = sub.add_parser("incident", parents=[common], help="incidents within a case")
    isub = inc.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = isub.add_parser("add", parents=[common], help="record an incident")
    p.add_argument("case_id", metavar="CASE")
    p.add_argument("title")
    p.add_argument("--description", default="")
    p.add_argument("--from", dest="occurred_from", metavar="DATE")
    p.add_argument("--to", dest="occurred_to", metavar="DATE")
    p.add_argument("--location", default="", help="coarse location (town, district)")
    p.set_defaults(handler=cmd_incident_add)

    p = isub.add_parser("edit", parents=[common], help="change an incident")
    p.add_argument("incident_id", metavar="ID")
    p.add_argument("--title")
    p.add_argument("--description")
    p.add_argument("--from", dest="occurred_from", metavar="DATE")
    p.add_argument("--to", dest="occurred_to", metavar="DATE")
    p.add_argument("--location")
    p.set_defaults(handler=cmd_incident_edit)
    p = isub.add_parser("delete", parents=[common], help="delete an incident")
    p.add_argument("incident_id", metavar="ID")
    p.set_defaults(handler=cmd_incident_delete)

    tes = sub.add_parser("testimony", parents=[common], help="testimonies")
    ts = tes.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = ts.add_parser("add", parents=[common], help="record a testimony")
    p.add_argument("case_id", metavar="CASE")
    p.add_argument("--witness", required=True, metavar="CODE", help="the witness's pseudonym code")
    p.add_argument(
        "--statement-file", required=True, metavar="FILE", help="UTF-8 text file, or - for stdin"
    )
    p.add_argument("--language", default="")
    p.add_argument("--interview-date", metavar="DATE")
    p.add_argument("--interviewer", default="")
    p.add_argument("--consent", default="", metavar="SCOPE,...")
    p.add_argument("--violation", action="append", default=[], metavar="CODE")
    p.add_argument("--incident", action="append", default=[], metavar="ID")
    p.add_argument("--tag", action="append", default=[])
    p.set_defaults(handler=cmd_testimony_add)
    p = ts.add_parser(
        "edit", parents=[common], help="change a testimony (lists given replace the old)"
    )
    p.add_argument("testimony_id", metavar="ID")
    p.add_argument("--statement-file", metavar="FILE", help="UTF-8 text file, or - for stdin")
    p.add_argument("--language")
    p.add_argument("--interview-date", metavar="DATE")
    p.add_argument("--interviewer")
    p.add_argument("--violation", action="append", metavar="CODE")
    p.add_argument("--incident", action="append", metavar="ID")
    p.add_argument("--tag", action="append")
    p.set_defaults(handler=cmd_testimony_edit)
    p = ts.add_parser("show", parents=[common], help="show a testimony")
    p.add_argument("testimony_id", metavar="ID")
    p.set_defaults(handler=cmd_testimony_show)
    p = ts.add_parser("consent", parents=[common], help="record the witness's current consent")
    p.add_argument("testimony_id", metavar="ID")
    p.add_argument(
        "scopes", metavar="SCOPE,...", help="the full set of scopes now given (may be empty)"
    )
    p.add_argument("--recorded-by", required=True)
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_testimony_consent)
    p = ts.add_parser("delete", parents=[common], help="delete a testimony")
    p.add_argument("testimony_id", metavar="ID")
    p.set_defaults(handler=cmd_testimony_delete)

    per = sub.add_parser("person", parents=[common], help="pseudonymous persons")
    ps = per.add_subparsers(dest="action", metavar="ACTION", required=True)
    ps.add_parser("list", parents=[common], help="list pseudonyms").set_defaults(
        handler=cmd_person_list
    )


def read_statement(source: str) -> str:
    """The statement text from a file or ``-`` (stdin), which must be UTF-8."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_STATEMENT_BYTES + 1)
        name = "standard input"
    else:
        with open_regular(Path(source)) as fh:
            data = fh.read(MAX_STATEMENT_BYTES + 1)
        name = Path(source).name
    if len(data) > MAX_STATEMENT_BYTES:
        raise InvalidInput(f"The statement in {name} is larger than 8 MiB.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"The statement in {name} is not UTF-8 text; save it as UTF-8."
        ) from None
    if not text.strip():
        raise InvalidInput(f"The statement in {name} is empty.")
    return text


def cmd_case_new(ctx: Context, args: argparse.Namespace) -> None:
    case = ctx.session().cases.create(args.title, args.description, args.policy)
    ctx.out.emit(case.to_json(), f"Created case {case.id}: {case.title}")


def cmd_case_list(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    cases = s.cases.list()
    counts = {c.id: s.testimonies.count(c.id) for c in cases}
    ctx.out.emit(
        {"cases": [{**c.to_json(), "testimonies": counts[c.id]} for c in cases]},
        table(
            [[c.id, c.status, str(counts[c.id]), c.created[:10], c.title] for c in cases],
            ["ID", "STATUS", "TESTIMONIES", "CREATED", "TITLE"],
        ),
    )


def cmd_case_show(ctx: Context, args: argparse.Namespace) -> None:
    s = ctx.session()
    case = s.cases.get(args.case_id)
    incidents = s.cases.incidents(case.id)
    testimonies = s.testimonies.list(case.id)
    lines = [
        f"Case {case.id}: {case.title}",
        f"Status: {case.status}   Created: {case.created}   Policy: {case.policy or '(vault default)'}",
    ]
    if case.description:
        lines.append(f"Description: {case.description}")
    lines.append(f"Incidents ({len(incidents)}):")
    lines += [f"  {i.id}  {i.occurred_from or '?'}  {i.title}  {i.location}" for i in incidents]
    lines.append(f"Testimonies ({len(testimonies)}):")
    lines += [
        f"  {t.id}  witness {t.witness_code}  consent: {','.join(t.consent.scopes) or 'none'}"
        for t in testimonies
    ]
    ctx.out.emit(
        {
            **case.to_json(),
            "incidents": [i.to_json() for i in incidents],
            "testimonies": [t.to_json() for t in testimonies],
        },
        lines,
    )


def cmd_case_edit(ctx: Context, args: argparse.Namespace) -> None:
    policy = None if args.vault_policy else (args.policy or "")
    case = ctx.session().cases.update(
        args.case_id,
        title=args.title,
        description=args.description,
        status=args.status,
        policy=policy,
    )
    ctx.out.emit(case.to_json(), f"Updated case {case.id}: {case.title}")


def cmd_case_delete(ctx: Context, args: argparse.Namespace) -> None:
    ctx.session().cases.delete(args.case_id)
    ctx.out.emit({"deleted": args.case_id}, f"Deleted case {args.case_id}.")


def cmd_incident_add(ctx: Context, args: argparse.Namespace) -> None:
    inc = ctx.session().cases.add_incident(
        args.case_id,
        args.title,
        args.description,
        args.occurred_from,
        args.occurred_to,
        args.location,
    )
    ctx.out.emit(inc.to_json(), f"Recorded incident {inc.id}: {inc.title}")


def cmd_incident_edit(ctx: Context, args: argparse.Namespace) -> None:
    inc = ctx.session().cases.update_incident(
        args.incident_id,
        title=args.title,
        description=args.description,
        occurred_from=args.occurred_from,
        occurred_to=args.occurred_to,
        location=args.location,
    )
    ctx.out.emit(inc.to_json(), f"Updated incident {inc.id}: {inc.title}")


def cmd_incident_delete(ctx: Context, args: argparse.Namespace) -> None:
    ctx.session().cases.delete_incident(args.incident_id)
    ctx.out.emit({"deleted": args.incident_id}, f"Deleted incident {args.incident_id}.")


def cmd_testimony_edit(ctx: Context, args: argparse.Namespace) -> None:
    statement = read_statement(args.statement_file) if args.statement_file else None
    t = ctx.session().testimonies.update(
        args.testimony_id,
        statement=statement,
        language=args.language,
        interview_date=args.interview_date,
        interviewer=args.interviewer,
        violations=args.violation,
        incidents=args.incident,
        tags=args.tag,
    )
    ctx.out.emit(t.to_json(), f"Updated testimony {t.id}.")


def cmd_testimony_add(ctx: Context, args: argparse.Namespace) -> None:
    statement = read_statement(args.statement_file)
    t = ctx.session().testimonies.add(
        args.case_id,
        args.witness,
        statement,
        language=args.language,
        interview_date=args.interview_date,
        interviewer=args.interviewer,
        consent=args.consent,
        violations=args.violation,
        incidents=args.incident,
        tags=args.tag,
    )
    ctx.out.emit(
        t.to_json(),
        f"Recorded testimony {t.id} from witness {t.witness_code} "
        f"(consent: {','.join(t.consent.scopes) or 'none'}).",
    )


def cmd_testimony_show(ctx: Context, args: argparse.Namespace) -> None:
    t = ctx.session().testimonies.get(args.testimony_id)
    lines = [
        f"Testimony {t.id} in case {t.case_id}",
        f"Witness: {t.witness_code}   Language: {t.language or '-'}   Interviewed: {t.interview_date or '-'}",
        f"Consent: {','.join(t.consent.scopes) or 'none'} (recorded by {t.consent.recorded_by or '-'})",
        f"Violations: {', '.join(t.violations) or '-'}   Tags: {', '.join(t.tags) or '-'}",
        "",
        t.statement,
    ]
    ctx.out.emit(t.to_json(), lines)


def cmd_testimony_consent(ctx: Context, args: argparse.Namespace) -> None:
    c = ctx.session().testimonies.record_consent(
        args.testimony_id, args.scopes, args.recorded_by, args.note
    )
    ctx.out.emit(c.to_json(), f"Consent now: {','.join(c.scopes) or 'none'}.")


def cmd_testimony_delete(ctx: Context, args: argparse.Namespace) -> None:
    ctx.session().testimonies.delete(args.testimony_id)
    ctx.out.emit({"deleted": args.testimony_id}, f"Deleted testimony {args.testimony_id}.")


def cmd_person_list(ctx: Context, args: argparse.Namespace) -> None:
    persons = ctx.session().persons.list()
    ctx.out.emit(
        {"persons": [p.to_json() for p in persons]},
        table([[p.id, p.code, p.role] for p in persons], ["ID", "CODE", "ROLE"]),
    )
