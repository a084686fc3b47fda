"""BagIt tag files: encode/parse round trips, strict parsing, and the checks of validate_bag."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from humdoc.core.bundle import bagit
from humdoc.core.errors import BundleRejected

_component = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="/\\:\x00"),
    min_size=1,
    max_size=12,
).filter(lambda c: c not in (".", ".."))
_paths = (
    st.lists(_component, min_size=1, max_size=3).map("/".join).filter(lambda p: p[0] not in " \t")
)
_digests = st.binary(min_size=1, max_size=8).map(bagit.sha256_hex)


@given(st.text())
def test_path_encoding_round_trips(path: str) -> None:
    encoded = bagit.encode_path(path)
    assert "\n" not in encoded and "\r" not in encoded
    assert bagit.decode_path(encoded) == path


def test_path_encoding_is_exactly_rfc_8493() -> None:
    assert bagit.encode_path("a%b\nc\rd é") == "a%25b%0Ac%0Dd é"
    assert bagit.decode_path("%0a%0d%25") == "\n\r%"
    with pytest.raises(BundleRejected):
        bagit.decode_path("a%20b")


@given(st.dictionaries(_paths, _digests, max_size=8))
def test_manifest_round_trips(entries: dict[str, str]) -> None:
    assert bagit.parse_manifest(bagit.format_manifest(entries.items())) == entries


@given(
    st.lists(
        st.tuples(
            st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,15}", fullmatch=True),
            st.text(st.characters(exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp")), max_size=30),
        ),
        max_size=8,
    )
)
def test_bag_info_round_trips(labels: list[tuple[str, str]]) -> None:
    assert bagit.parse_bag_info(bagit.format_bag_info(labels)) == labels


@pytest.mark.parametrize(
    "text",
    [
        b"zz" * 32 + b"  data/a\n",
        b"AB" * 32 + b"  data/a\n",
        b"ab" * 32 + b"data/a\n",
        b"ab" * 32 + b"  data/a",
        b"ab" * 32 + b"  data/a\r\n",
        b"ab" * 32 + b"  ../a\n",
        b"ab" * 32 + b"  /etc/passwd\n",
        b"ab" * 32 + b"  data/a\n" + b"cd" * 32 + b"  data/a\n",
        b"\xef\xbb\xbf" + b"ab" * 32 + b"  data/a\n",
        b"\n",
    ],
)
def test_malformed_manifests_are_rejected(text: bytes) -> None:
    with pytest.raises(BundleRejected) as err:
        bagit.parse_manifest(text)
    assert err.value.reason == "bad-bag"


def _bag(payload: dict[str, bytes]) -> tuple[dict[str, bytes], dict[str, bagit.FileDigest]]:
    digests = {p: bagit.FileDigest(len(d), bagit.sha256_hex(d)) for p, d in payload.items()}
    tags = {
        bagit.BAGIT_TXT_NAME: bagit.BAGIT_TXT,
        bagit.BAG_INFO_NAME: bagit.format_bag_info(
            [("Payload-Oxum", bagit.payload_oxum(d.size for d in digests.values()))]
        ),
        bagit.MANIFEST_NAME: bagit.format_manifest((p, d.sha256) for p, d in digests.items()),
    }
    tags[bagit.TAGMANIFEST_NAME] = bagit.format_manifest(
        (n, bagit.sha256_hex(tags[n])) for n in bagit.TAG_FILES
    )
    return tags, digests


def test_validate_bag_accepts_a_consistent_bag_and_catches_each_inconsistency() -> None:
    tags, digests = _bag({"data/a": b"one", "data/b/c": b"two"})
    assert bagit.validate_bag(tags, digests) == [("Payload-Oxum", "6.2")]
    extra = {**digests, "data/z": bagit.FileDigest(1, bagit.sha256_hex(b"z"))}
    with pytest.raises(BundleRejected, match="does not list") as err:
        bagit.validate_bag(tags, extra)
    assert err.value.reason == "payload-mismatch"
    with pytest.raises(BundleRejected) as err:
        bagit.validate_bag(tags, {"data/a": digests["data/a"]})
    assert err.value.reason == "payload-mismatch"
    wrong = {**digests, "data/a": bagit.FileDigest(3, bagit.sha256_hex(b"One"))}
    with pytest.raises(BundleRejected) as err:
        bagit.validate_bag(tags, wrong)
    assert err.value.reason == "payload-mismatch"
    bad_oxum = dict(tags)
    bad_oxum[bagit.BAG_INFO_NAME] = b"Payload-Oxum: 7.2\n"
    bad_oxum[bagit.TAGMANIFEST_NAME] = bagit.format_manifest(
        (n, bagit.sha256_hex(bad_oxum[n])) for n in bagit.TAG_FILES
    )
    with pytest.raises(BundleRejected) as err:
        bagit.validate_bag(bad_oxum, digests)
    assert err.value.reason == "oxum-mismatch"
    stale = dict(tags)
    stale[bagit.BAG_INFO_NAME] = b"Payload-Oxum: 6.2\nNote: x\n"
    with pytest.raises(BundleRejected) as err:
        bagit.validate_bag(stale, digests)
    assert err.value.reason == "tag-mismatch"
    wrong_version = dict(tags)
    wrong_version[bagit.BAGIT_TXT_NAME] = (
        b"BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n"
    )
    with pytest.raises(BundleRejected) as err:
        bagit.validate_bag(wrong_version, digests)
    assert err.value.reason == "bad-bag"
