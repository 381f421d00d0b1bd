"""One limit per field of text typed by people: the same number where the text is typed (the
GUI's boxes stop there), where a service stores it (longer is refused with one sentence) and
where a file carrying it is read (a ballot over it is refused). So a ballot the app writes is
always one it accepts.

The figures are in characters (Python ``len``); :data:`BALLOT_BYTES` is a file size.
"""

from __future__ import annotations

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase, RuleError

NAME = 300  # a member's name or organisation, a meeting's place
COMMENT = 20_000  # a score's comment
NOTE = 20_000  # a member's general note on a dossier
REASON = 20_000  # a recusal's or a reopening's reason
MOTIVATION = 20_000  # a decision's motivation or recommendations
BALLOT_BYTES = 32 * 1024 * 1024  # a ballot file (.tnlb)

# What each field is called in a refusal.
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Errors", "a name"),
    "organisation": QT_TRANSLATE_NOOP("Errors", "an organisation"),
    "place": QT_TRANSLATE_NOOP("Errors", "a place"),
    "comment": QT_TRANSLATE_NOOP("Errors", "a comment"),
    "note": QT_TRANSLATE_NOOP("Errors", "a general note"),
    "reason": QT_TRANSLATE_NOOP("Errors", "a reason"),
    "motivation": QT_TRANSLATE_NOOP("Errors", "a motivation"),
    "recommendations": QT_TRANSLATE_NOOP("Errors", "recommendations"),
}


class TextTooLongError(RuleError):
    """A text is longer than its field's limit."""


def check_length(text: str, limit: int, field: str) -> str:
    """Return ``text`` when it has at most ``limit`` characters, else raise
    :class:`TextTooLongError` naming the field (a key of :data:`FIELD_NAMES`)."""
    if len(text) <= limit:
        return text
    raise TextTooLongError(
        QT_TRANSLATE_NOOP(
            "Errors", "{field} may have at most {limit} characters; this one has {length}"
        ),
        field=Phrase(FIELD_NAMES[field]),
        limit=limit,
        length=len(text),
    )
