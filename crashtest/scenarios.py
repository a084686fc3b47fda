"""What each operation of the crash test sets up, and what the parent checks after every kill.

A scenario owns a work folder. ``setup`` builds its vaults through the core API; ``state`` is the
JSON handed to the child (``crashtest.driver``); ``record`` adds a step the child reported as
committed to the ledger; ``check`` runs after each kill and says whether the vault opened, whether
its full check passed (``Session.check``: the database, every custody chain, every attachment
decrypted to its end), which committed steps were lost, and which output files passed
verification although they must not have.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humdoc.core.errors import HumdocError, WrongPassphrase
from humdoc.core.passphrases import require_strong, wordlist
from humdoc.core.session import Session
from humdoc.core.vault import keyslots, slotfile
from humdoc.core.vault.keyslots import KdfParams

ROOT = Path(__file__).resolve().parents[1]
JPEGS = sorted((ROOT / "tests" / "corpus" / "exif-samples" / "jpg").glob("*.jpg"))
PASSPHRASE = "correct horse battery staple"  # noqa: S105  # the throw-away vaults' passphrase


@dataclass
class Outcome:
    """The verdict on the state one kill left."""

    opened: bool = False
    check_passed: bool = False
    lost: list[str] = field(default_factory=list)
    #: Output files (bundles, backups) examined after this kill, and those that wrongly passed.
    files: int = 0
    bad_passed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.opened and self.check_passed and not self.lost and not self.bad_passed


def passphrases(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct passphrases of five EFF words, each above humdoc's strength floor."""
    words = wordlist()
    out: list[str] = []
    while len(out) < count:
        phrase = " ".join(rng.choice(words) for _ in range(5))
        require_strong(phrase.encode())
        if phrase not in out:
            out.append(phrase)
    return out


def new_vault(path: Path, role: str = "field") -> Session:
    return Session.create(path, PASSPHRASE.encode(), role, KdfParams.floor())


def open_and_check(root: Path, passphrase: str, outcome: Outcome) -> Session | None:
    """Unlock and run the full check; the open session, or None (and the outcome says why)."""
    try:
        session = Session.open(root, passphrase.encode())
    except HumdocError as err:
        outcome.problems.append(f"vault did not open: {err}")
        return None
    outcome.opened = True
    try:
        report = session.check()
    except HumdocError as err:
        outcome.problems.append(f"check raised: {err}")
        return session
    outcome.check_passed = report.ok
    if not report.ok:
        outcome.problems += [str(f) for f in report.damaged]
    return session


class Scenario:
    """One operation under test. Subclasses fill in the hooks."""

    name = ""
    #: Kills land in the first this-many step durations after the child is ready.
    window_steps = 2.5

    def __init__(self, work: Path, rng: random.Random) -> None:
        self.work = work
        self.rng = rng
        self.vault = work / "vault"
        self.passphrase = PASSPHRASE
        self.run = 0

    def setup(self) -> None:
        raise NotImplementedError

    def state(self) -> dict[str, Any]:
        return {"vault": str(self.vault), "passphrase": self.passphrase, "run": self.run}

    def before_run(self) -> None:
        """Called before each child starts."""
        self.run += 1

    def record(self, step: dict[str, Any]) -> None:
        raise NotImplementedError

    def check(self) -> Outcome:
        raise NotImplementedError

    def final_check(self) -> list[str]:
        """Problems found once every kill is done (empty when none)."""
        return []


class Intake(Scenario):
    name = "intake"

    def setup(self) -> None:
        with new_vault(self.vault) as s:
            self.case = s.cases.create("Crash intake").id
        (self.work / "scratch").mkdir()
        self.media: dict[str, str] = {}
        self.testimonies: dict[str, str] = {}

    def state(self) -> dict[str, Any]:
        return super().state() | {
            "case": self.case,
            "sources": [str(p) for p in JPEGS[:8]],
            "scratch": str(self.work / "scratch"),
        }

    def record(self, step: dict[str, Any]) -> None:
        target = self.media if step["kind"] == "media" else self.testimonies
        target[step["id"]] = step["sha256"]

    def check(self) -> Outcome:
        out = Outcome()
        session = open_and_check(self.vault, self.passphrase, out)
        if session is None:
            return out
        with session:
            for item_id, sha in self.media.items():
                try:
                    if session.media.get(item_id).sha256 != sha:
                        out.lost.append(f"media {item_id}: different content")
                except HumdocError:
                    out.lost.append(f"media {item_id}")
            for t_id, sha in self.testimonies.items():
                try:
                    text = session.testimonies.get(t_id).statement
                except HumdocError:
                    out.lost.append(f"testimony {t_id}")
                    continue
                if hashlib.sha256(text.encode()).hexdigest() != sha:
                    out.lost.append(f"testimony {t_id}: different statement")
        return out


class Export(Scenario):
    name = "export"

    def setup(self) -> None:
        self.centre = self.work / "centre"
        with new_vault(self.vault) as field_s, new_vault(self.centre, "centre") as centre_s:
            field_s.recipients.add("Centre", centre_s.device_keys.age_recipient())
            centre_s.devices.enrol("Laptop 1", field_s.device_keys.public_key().to_text())
            case = field_s.cases.create("Crash export")
            field_s.testimonies.add(
                case.id, "W-001", "Taken at dawn.", consent=["record", "share-centre"]
            )
            for jpeg in JPEGS[:2]:
                field_s.media.import_file(case.id, jpeg)
            self.case = case.id
        (self.work / "out").mkdir()
        self.committed: dict[str, int] = {}
        self.examined: dict[str, int | None] = {}  # file name -> sequence if it verified

    def state(self) -> dict[str, Any]:
        return super().state() | {"case": self.case, "out": str(self.work / "out")}

    def record(self, step: dict[str, Any]) -> None:
        self.committed[Path(step["path"]).name] = step["sequence"]

    def check(self) -> Outcome:
        out = Outcome()
        session = open_and_check(self.vault, self.passphrase, out)
        if session is not None:
            session.close()
        folder = self.work / "out"
        with Session.open(self.centre, PASSPHRASE.encode()) as centre:
            receiver = centre.receiver()
            for path in sorted(folder.iterdir()):
                if path.name in self.examined:
                    continue
                out.files += 1
                try:
                    self.examined[path.name] = receiver.verify(path)["sequence"]
                except HumdocError:
                    self.examined[path.name] = None
                seq = self.examined[path.name]
                if seq is not None and (path.name.startswith(".") or path.suffix != ".humdoc"):
                    out.bad_passed.append(f"{path.name} (an unfinished file) verified")
        for name, seq in self.committed.items():
            if self.examined.get(name) != seq:  # gone, or no longer verifies
                out.lost.append(f"bundle {name} (sequence {seq})")
        sequences = [s for s in self.examined.values() if s is not None]
        if len(sequences) != len(set(sequences)):
            out.bad_passed.append("two bundles that verify carry the same sequence number")
        return out


class Receive(Scenario):
    name = "receive"
    BUNDLES = 10
    # Bundle n carries the whole case so far (n photos): the two timed first receipts are the
    # shortest, so the window spans more of them.
    window_steps = 20.0

    def setup(self) -> None:
        field_root, self.template = self.work / "field", self.work / "centre-template"
        bundles = self.work / "bundles"
        bundles.mkdir()
        self.testimony_of: dict[str, str] = {}
        self.sequence_of: dict[str, int] = {}
        with new_vault(field_root) as field_s, new_vault(self.template, "centre") as centre_s:
            field_s.recipients.add("Centre", centre_s.device_keys.age_recipient())
            centre_s.devices.enrol("Laptop 1", field_s.device_keys.public_key().to_text())
            case = field_s.cases.create("Crash receive")
            for i in range(self.BUNDLES):
                t = field_s.testimonies.add(
                    case.id, f"W-{i:03d}", f"Statement {i}.", consent=["record", "share-centre"]
                )
                field_s.media.import_file(case.id, JPEGS[i % len(JPEGS)])
                path = bundles / f"b-{i:03d}.humdoc"
                res = field_s.exporter.export([case.id], ["Centre"], path, "strip")
                self.testimony_of[str(path)] = t.id
                self.sequence_of[str(path)] = res.sequence
        self.bundles = sorted(self.testimony_of)
        self.rounds = 0
        self.reset()

    def reset(self) -> None:
        if self.vault.exists():
            shutil.rmtree(self.vault)
        shutil.copytree(self.template, self.vault)
        self.received: set[str] = set()
        self.rounds += 1

    def before_run(self) -> None:
        super().before_run()
        if len(self.received) == len(self.bundles):
            self.reset()  # every bundle arrived: start again on a fresh centre

    def state(self) -> dict[str, Any]:
        return super().state() | {"bundles": [b for b in self.bundles if b not in self.received]}

    def record(self, step: dict[str, Any]) -> None:
        self.received.add(step["path"])

    def check(self) -> Outcome:
        out = Outcome()
        session = open_and_check(self.vault, self.passphrase, out)
        if session is None:
            return out
        with session:
            for path in sorted(self.received):
                try:
                    session.testimonies.get(self.testimony_of[path])
                except HumdocError:
                    out.lost.append(f"testimony of {Path(path).name}")
            held = {int(r[0]) for r in session.db.all("SELECT sequence FROM received_bundles")}
            # A bundle whose receipt finished but was not yet reported may be there too.
            self.received |= {p for p in self.bundles if self.sequence_of[p] in held}
        return out


class Passphrase(Scenario):
    name = "passphrase change"

    def setup(self) -> None:
        with new_vault(self.vault) as s:
            case = s.cases.create("Crash passphrase")
            s.media.import_file(case.id, JPEGS[0])
        self.phrases = [PASSPHRASE, *passphrases(self.rng, 400)]
        self.current = 0

    def state(self) -> dict[str, Any]:
        self.passphrase = self.phrases[self.current]
        return super().state() | {"passphrases": self.phrases, "current": self.current}

    def record(self, step: dict[str, Any]) -> None:
        self.current = step["index"]

    def check(self) -> Outcome:
        # The last committed passphrase opens it, or the next one if that change finished
        # unreported; any other (an older passphrase) means a committed change was lost.
        out = Outcome()
        for k in (self.current, self.current + 1):
            probe = Outcome()
            session = open_and_check(self.vault, self.phrases[k], probe)
            if session is not None:
                session.close()
                self.current = k
                return probe
            out.problems += probe.problems
        out.lost.append(f"passphrase change {self.current}")
        return out


class Identity(Scenario):
    name = "identity init"
    window_steps = 4.0  # two timed steps are the creation and one record: cover all four

    def setup(self) -> None:
        self.template = self.work / "template"
        with new_vault(self.template) as s:
            case = s.cases.create("Crash identity")
            self.persons = [s.persons.create(f"W-{i:03d}").id for i in range(4)]
            s.media.import_file(case.id, JPEGS[0])
        self.secret = passphrases(self.rng, 1)[0]

    def before_run(self) -> None:
        super().before_run()
        if self.vault.exists():
            shutil.rmtree(self.vault)
        shutil.copytree(self.template, self.vault)
        self.created = False
        self.names: dict[str, str] = {}

    def state(self) -> dict[str, Any]:
        return super().state() | {"identity_passphrase": self.secret, "persons": self.persons}

    def record(self, step: dict[str, Any]) -> None:
        if step["kind"] == "identity-init":
            self.created = True
        else:
            self.names[step["person"]] = step["name"]

    def check(self) -> Outcome:
        out = Outcome()
        session = open_and_check(self.vault, self.passphrase, out)
        if session is None:
            return out
        with session:
            if not session.identities.exists():
                if self.created:
                    out.lost.append("identity compartment")
                return out
            try:
                compartment = session.identities.open(self.secret.encode())
            except HumdocError as err:  # a half-made compartment is as bad as a lost one
                out.lost.append(f"identity compartment does not open: {err}")
                return out
            with compartment:
                for person, name in self.names.items():
                    got = compartment.get(person)
                    if got is None or got.name != name:
                        out.lost.append(f"identity of {person}")
        return out


class Duress(Scenario):
    name = "duress set"

    def setup(self) -> None:
        with new_vault(self.vault) as s:
            case = s.cases.create("Crash duress")
            s.media.import_file(case.id, JPEGS[0])
        self.phrases = passphrases(self.rng, 400)
        self.last: int | None = None

    def state(self) -> dict[str, Any]:
        nxt = 0 if self.last is None else self.last + 1
        return super().state() | {"duress": self.phrases, "next": nxt}

    def record(self, step: dict[str, Any]) -> None:
        self.last = step["index"]

    def duress_slot(self, phrase: str) -> bool:
        """Whether ``phrase`` opens a duress slot of the vault (read only: nothing destroyed)."""
        try:
            _i, kind, key = slotfile.load(self.vault / "vault.json").keyfile.unlock(phrase.encode())
        except WrongPassphrase:
            return False
        keyslots.wipe(key)
        return kind == keyslots.SLOT_DURESS

    def check(self) -> Outcome:
        out = Outcome()  # the vault passphrase must always open it: set_duress never loses it
        session = open_and_check(self.vault, self.passphrase, out)
        if session is None:
            return out
        session.close()
        nxt = 0 if self.last is None else self.last + 1
        if nxt < len(self.phrases) and self.duress_slot(self.phrases[nxt]):
            self.last = nxt  # that change finished but was not reported
        elif self.last is not None and not self.duress_slot(self.phrases[self.last]):
            out.lost.append(f"duress passphrase {self.last}")
        return out

    def final_check(self) -> list[str]:
        """On a copy, the last duress passphrase looks like a wrong one and destroys the keys."""
        if self.last is None:
            return ["no duress passphrase was ever set"]
        copy = self.work / "duress-copy"
        shutil.copytree(self.vault, copy)
        problems = []
        for phrase, what in ((self.phrases[self.last], "duress"), (self.passphrase, "vault")):
            try:
                Session.open(copy, phrase.encode()).close()
                problems.append(f"the {what} passphrase opened the copy after the duress unlock")
            except WrongPassphrase:
                pass
        return problems


class Backup(Scenario):
    """Every reported backup stays as the child wrote it (its SHA-256), and the newest restores.

    Restoring costs an unlock and a full check, and a child writes several backups per run, so
    each kill restores the newest reported backup and every file nobody reported (what a killed
    backup left, finished or not), and compares the older reported ones with their digests.
    """

    name = "backup"

    def setup(self) -> None:
        with new_vault(self.vault) as s:
            case = s.cases.create("Crash backup")
            for jpeg in JPEGS[:3]:
                s.media.import_file(case.id, jpeg)
            self.items = {i.id for i in s.media.list()}
        (self.work / "out").mkdir()
        self.committed: dict[str, str] = {}
        self.examined: dict[str, bool] = {}

    def state(self) -> dict[str, Any]:
        return super().state() | {"out": str(self.work / "out")}

    def record(self, step: dict[str, Any]) -> None:
        self.committed[Path(step["path"]).name] = step["sha256"]

    def restores(self, path: Path, out: Outcome) -> bool:
        """Whether ``path`` restores into a vault holding every item (a partial one must not)."""
        out.files += 1
        target = self.work / "restored"
        try:
            Session.restore(path, target, self.passphrase.encode())
        except HumdocError:
            return False
        with Session.open(target, self.passphrase.encode()) as restored:
            held = {i.id for i in restored.media.list()}
        shutil.rmtree(target)
        if held != self.items:
            out.bad_passed.append(f"{path.name} restored without {len(self.items - held)} item(s)")
        return True

    def check(self) -> Outcome:
        out = Outcome()
        session = open_and_check(self.vault, self.passphrase, out)
        if session is not None:
            session.close()
        folder = self.work / "out"
        for path in sorted(folder.iterdir()):
            if path.name not in self.examined and path.name not in self.committed:
                self.examined[path.name] = self.restores(path, out)
        newest = max(self.committed, default=None)
        if newest is not None and newest not in self.examined and (folder / newest).is_file():
            self.examined[newest] = self.restores(folder / newest, out)
        for name, sha in sorted(self.committed.items()):
            path = folder / name
            if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != sha:
                out.lost.append(f"backup {name}")
            elif self.examined.get(name) is False:
                out.lost.append(f"backup {name} does not restore")
        return out


SCENARIOS: dict[str, type[Scenario]] = {
    s.name.split()[0]: s for s in (Intake, Export, Receive, Passphrase, Identity, Duress, Backup)
}
