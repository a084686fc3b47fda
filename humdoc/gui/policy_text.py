"""Metadata policy names with what they do, for every chooser in the interface.

The explanations come from core (``humdoc.core.media.policy.POLICY_EXPLANATIONS``), the one
source the command line's help uses too; here they are translated in the ``policy`` context from
those same English sentences. The policy names themselves stay as they are: they are the words
of the command line and of the bundle format.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from humdoc.core.media import POLICY_NAMES, explain_policy

_CONTEXT = "policy"

#: The sentences of ``POLICY_EXPLANATIONS`` written out for pyside6-lupdate, which reads source
#: text only; tests/gui/test_policy_text.py fails if they ever differ from core's.
LUPDATE_SOURCES = (
    QT_TRANSLATE_NOOP(
        "policy", "the original, untouched (location, serial numbers and names stay in it)"
    ),
    QT_TRANSLATE_NOOP(
        "policy",
        "capture time, camera and orientation kept; location, serial numbers, names and "
        "free text removed",
    ),
    QT_TRANSLATE_NOOP("policy", "nothing identifying left (every metadata field removed)"),
)


def policy_explanation(policy: str) -> str:
    """What ``policy`` does, in the interface's language."""
    return QCoreApplication.translate(_CONTEXT, explain_policy(policy))


def policy_label(policy: str) -> str:
    """``policy``'s name with what it does (``evidence — capture time … removed``)."""
    return QCoreApplication.translate("policy", "{policy} — {explanation}").format(
        policy=policy, explanation=policy_explanation(policy)
    )


def add_policy_items(combo: QComboBox, names: tuple[str, ...] = POLICY_NAMES) -> None:
    """Append one item per policy in ``names`` to ``combo``: its label as text (and tooltip),
    its name as data."""
    for name in names:
        combo.addItem(policy_label(name), name)
        combo.setItemData(combo.count() - 1, policy_explanation(name), Qt.ItemDataRole.ToolTipRole)
