"""One owner per table: every statement that writes a table lives in the module that owns it.

Other modules call the owner (``store_received_case``, ``store_items``, …) and never INSERT,
UPDATE or DELETE its rows themselves; every INSERT names its columns, so a new column cannot
shift values into the wrong place. The scan reads every string literal of every module under
``humdoc/`` (the SQL humdoc runs is all literal); ``core/vault/schema.py`` owns the migrations
and may touch any table. A table named at run time (an f-string) cannot be checked, so it is
refused too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "humdoc"
MIGRATIONS = {"core/vault/schema.py", "core/archive/schema.py"}
#: The shared archive (PostgreSQL) is its own database with its own tables.
ARCHIVE = "core/archive/"

#: table -> the module(s), relative to humdoc/, that may write it.
OWNERS: dict[str, set[str]] = {
    "cases": {"core/domain/cases.py"},
    "incidents": {"core/domain/cases.py"},
    "persons": {"core/domain/persons.py"},
    "testimonies": {"core/domain/testimonies.py"},
    "testimony_incidents": {"core/domain/testimonies.py"},
    "testimony_violations": {"core/domain/testimonies.py"},
    "consent_events": {"core/domain/testimonies.py"},
    # Tags of a case and of a testimony share a table; each module writes only its own kind.
    "tags": {"core/domain/cases.py", "core/domain/testimonies.py"},
    "search_index": {"core/domain/search.py"},
    "search_docs": {"core/domain/search.py"},
    "identity_compartment": {"core/domain/identities.py"},
    "identities": {"core/domain/identities.py"},
    "media_items": {"core/mediaitems.py"},
    "derivatives": {"core/mediaitems.py"},
    "custody_events": {"core/custody.py"},
    "device_keys": {"core/device_keys.py"},
    "devices": {"core/exchange/partners.py"},
    "recipients": {"core/exchange/partners.py"},
    "recordings": {"core/recording.py"},
    "receipts": {"core/exchange/receipt_book.py"},
    "safe_at_centre": {"core/exchange/receipt_book.py"},
    "tombstones": {"core/exchange/receipt_book.py"},
    "recording_chunks": {"core/recording.py"},
    "exports": {"core/exchange/export.py"},
    "received_bundles": {"core/exchange/importer.py"},
    "received_copies": {"core/exchange/importer.py"},
    "origins": {"core/exchange/importer.py"},
    "received_versions": {"core/exchange/versions.py"},
    "meta": {"core/vault/vault.py"},
}

#: The same for the shared archive's tables (modules under core/archive/ write only these).
ARCHIVE_OWNERS: dict[str, set[str]] = {
    "archive_secrets": {"core/archive/session.py", "core/archive/receive.py"},
    "keyslots": {"core/archive/session.py"},
    "identity_slots": {"core/archive/session.py"},
    "records": {"core/archive/store.py"},
    "record_versions": {"core/archive/store.py"},
    "custody_events": {"core/archive/store.py"},
    "media_files": {"core/archive/store.py"},
    "identities": {"core/archive/store.py"},
    "devices": {"core/archive/devices.py"},
    "bundles": {"core/archive/receive.py"},
    "bundle_copies": {"core/archive/receive.py"},
    "search_docs": {"core/archive/search_index.py"},
}

_WRITE = r"(?:INSERT(?:\s+OR\s+[A-Z]+)?\s+INTO|UPDATE|DELETE\s+FROM)"
_TABLE_WRITE = re.compile(rf"\b{_WRITE}\s+([a-z_][a-z0-9_]*)(\s*\()?")
_INSERT = re.compile(r"\bINSERT(?:\s+OR\s+[A-Z]+)?\s+INTO\s+([a-z_][a-z0-9_]*)(\s*\()?")
_DYNAMIC = re.compile(rf"\b{_WRITE}\s*$")
_CREATE = re.compile(
    r"CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?([a-z_][a-z0-9_]*)( USING fts5vocab)?"
)
_REBUILT = re.compile(r"_v[0-9]+$")  # a migration's copy, renamed to the table it replaces


def _literals(tree: ast.AST) -> list[tuple[int, str, bool]]:
    """(line, text, followed by a run-time value) for every string literal and f-string part."""
    found: list[tuple[int, str, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = node.values
            for i, part in enumerate(parts):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    dynamic = i + 1 < len(parts) and isinstance(parts[i + 1], ast.FormattedValue)
                    found.append((node.lineno, part.value, dynamic))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value, False))
    return found


def scan_source(source: str, rel: str) -> list[str]:
    """Each write to a table outside its owner, positional INSERT or run-time table, as
    ``file:line what``."""
    if rel in MIGRATIONS:
        return []
    owners = ARCHIVE_OWNERS if rel.startswith(ARCHIVE) else OWNERS
    problems: set[str] = set()
    for line, text, dynamic in _literals(ast.parse(source)):
        for match in _TABLE_WRITE.finditer(text):
            table = match.group(1)
            if rel not in owners.get(table, set()):
                problems.add(f"{rel}:{line} writes {table}, owned by {_owner(owners, table)}")
        for match in _INSERT.finditer(text):
            if not match.group(2):
                problems.add(f"{rel}:{line} INSERT INTO {match.group(1)} without column names")
        if dynamic and _DYNAMIC.search(text):
            problems.add(f"{rel}:{line} writes a table named at run time")
    return sorted(problems)


def _owner(owners: dict[str, set[str]], table: str) -> str:
    return " or ".join(sorted(owners[table])) if table in owners else "no module (add it)"


def scan_package(root: Path) -> list[str]:
    return [
        problem
        for path in sorted(root.rglob("*.py"))
        for problem in scan_source(
            path.read_text(encoding="utf-8"), path.relative_to(root).as_posix()
        )
    ]


def test_every_table_is_written_only_by_its_owner() -> None:
    assert len(list(PACKAGE.rglob("*.py"))) > 50, "the package was not found"
    assert scan_package(PACKAGE) == []


#: Archive tables written only by the schema itself (its version; the logging functions).
ARCHIVE_SCHEMA_ONLY = {"archive_meta", "access_log"}


@pytest.mark.parametrize(
    ("schema_file", "owners", "schema_only"),
    [
        ("core/vault/schema.py", OWNERS, set()),
        ("core/archive/schema.py", ARCHIVE_OWNERS, ARCHIVE_SCHEMA_ONLY),
    ],
)
def test_every_table_of_the_schema_has_an_owner(
    schema_file: str, owners: dict[str, set[str]], schema_only: set[str]
) -> None:
    schema = (PACKAGE / schema_file).read_text(encoding="utf-8")
    # fts5vocab tables are read-only views of the search index.
    tables = {t for t, vocab in _CREATE.findall(schema) if not vocab and not _REBUILT.search(t)}
    assert tables, "no tables found in the schema"
    assert sorted(tables - owners.keys() - schema_only) == []
    assert sorted(owners.keys() - tables) == []


def test_every_owner_writes_its_table() -> None:
    """An owner that no longer writes a table loses it: the map must not rot open."""
    writes: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for _, text, _ in _literals(ast.parse(path.read_text(encoding="utf-8"))):
            for match in _TABLE_WRITE.finditer(text):
                writes.setdefault(match.group(1), set()).add(rel)
    for owners in (OWNERS, ARCHIVE_OWNERS):
        stale = {t: sorted(mods - writes.get(t, set())) for t, mods in owners.items()}
        assert {t: m for t, m in stale.items() if m} == {}


# --- the scanner, on planted snippets ------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        (
            'db.execute("INSERT INTO cases(id) VALUES (?)", (x,))',
            "core/intake.py:1 writes cases, owned by core/domain/cases.py",
        ),
        (
            'db.execute(\n    "UPDATE media_items SET description = ? "\n    "WHERE id = ?", v)',
            "core/intake.py:2 writes media_items, owned by core/mediaitems.py",
        ),
        (
            "sql = 'DELETE FROM persons WHERE id = ?'",
            "core/intake.py:1 writes persons, owned by core/domain/persons.py",
        ),
        (
            "db.execute('INSERT OR REPLACE INTO origins(kind) VALUES (?)', v)",
            "core/intake.py:1 writes origins, owned by core/exchange/importer.py",
        ),
        (
            "db.execute('INSERT INTO brand_new(a) VALUES (?)', v)",
            "core/intake.py:1 writes brand_new, owned by no module (add it)",
        ),
        (
            "db.execute(f'DELETE FROM {table} WHERE id = ?', v)",
            "core/intake.py:1 writes a table named at run time",
        ),
    ],
)
def test_scanner_names_a_planted_write(snippet: str, expected: str) -> None:
    assert expected in scan_source(snippet + "\n", "core/intake.py")


def test_scanner_refuses_a_positional_insert_even_in_the_owner() -> None:
    snippet = 'db.execute("INSERT INTO testimonies VALUES (?, ?)", v)\n'
    assert scan_source(snippet, "core/domain/testimonies.py") == [
        "core/domain/testimonies.py:1 INSERT INTO testimonies without column names"
    ]


def test_scanner_lets_the_owner_write_and_anyone_read() -> None:
    owner = 'db.execute("INSERT INTO cases(id) VALUES (?) ON CONFLICT(id) DO UPDATE SET a = 1")\n'
    assert scan_source(owner, "core/domain/cases.py") == []
    reader = 'db.one("SELECT 1 FROM cases WHERE id = ?", (x,))\nprint("Update the case")\n'
    assert scan_source(reader, "core/intake.py") == []


def test_a_planted_file_in_the_package_is_named(tmp_path: Path) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "stray.py").write_text('X = 1\nSQL = "UPDATE testimonies SET a = 1"\n')
    assert scan_package(tmp_path) == [
        "core/stray.py:2 writes testimonies, owned by core/domain/testimonies.py"
    ]
