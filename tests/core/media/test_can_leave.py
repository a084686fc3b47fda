"""``can_leave``: which types can leave under a policy, decided on the type alone, and the
explanation every policy chooser shows."""

from __future__ import annotations

import importlib

import pytest

from humdoc.core.errors import PolicyRefused
from humdoc.core.media import (
    POLICY_EXPLANATIONS,
    POLICY_NAMES,
    Policy,
    can_leave,
    explain_policy,
    make_derivative,
    policy_help,
)
from humdoc.core.media.sniff import MediaType

# the module, not the function the package exports under the same name
sniff_mod = importlib.import_module("humdoc.core.media.sniff")
ALL_TYPES = [v for v in vars(sniff_mod).values() if isinstance(v, MediaType)]
CLEANABLE = {"jpeg", "png", "webp", "gif", "tiff", "heic", "heif"}
# audio is cleaned by type too (humdoc.core.media.audio)
CLEANABLE |= {"mp3", "wav", "ogg", "opus", "flac", "m4a", "amr"}
# and ISO base media video, streaming (humdoc.core.media.video)
CLEANABLE |= {"mp4", "mov", "m4v", "3gp"}


def test_every_type_can_leave_under_keep() -> None:
    assert all(can_leave(t, Policy.KEEP) is None for t in ALL_TYPES)


@pytest.mark.parametrize("policy", [Policy.EVIDENCE, Policy.STRIP])
@pytest.mark.parametrize("mtype", ALL_TYPES, ids=lambda t: t.format)
def test_can_leave_says_what_make_derivative_refuses_by_type(
    mtype: MediaType, policy: Policy
) -> None:
    reason = can_leave(mtype, policy)
    assert (reason is None) == (mtype.format in CLEANABLE)
    if reason is not None:
        # the same words make_derivative refuses with, before it reads a byte
        with pytest.raises(PolicyRefused) as refused:
            make_derivative(b"", mtype, policy)
        assert str(refused.value) == reason
        assert "\n" not in reason and "keep policy" in reason


def test_text_pdf_and_video_name_what_would_be_needed() -> None:
    text = can_leave(sniff_mod.TEXT, "evidence")
    assert text == (
        "Text files cannot be cleaned of metadata; export them only under the keep policy."
    )
    assert can_leave(sniff_mod.PDF, "strip") is not None
    assert "PDF files" in str(can_leave(sniff_mod.PDF, "strip"))
    assert can_leave(sniff_mod.MP4, "strip") is None
    webm = str(can_leave(sniff_mod.WEBM, "strip"))
    assert "WebM files cannot be cleaned" in webm and "EBML rewriter" in webm
    assert "keep policy" in webm


def test_every_policy_is_explained_once_and_in_the_help_line() -> None:
    assert set(POLICY_EXPLANATIONS) == set(Policy)
    assert POLICY_NAMES == ("keep", "evidence", "strip")
    line = policy_help()
    for name in POLICY_NAMES:
        assert f"{name}: {explain_policy(name)}" in line
    assert "location" in explain_policy("evidence") and "removed" in explain_policy("strip")
    with pytest.raises(ValueError):
        explain_policy("secret")
