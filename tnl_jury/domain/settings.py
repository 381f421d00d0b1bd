"""An edition's deliberation settings: one typed value, its defaults in one place.

The jury file stores them as a JSON object (``edition.settings``).
:meth:`EditionSettings.from_stored` reads that object once: missing keys take their default,
unknown keys and values of the wrong type are ignored, so a file edited by hand still opens.
:meth:`EditionSettings.changed` validates what a user asks to change: unknown keys and wrong
types are refused, in one sentence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError


@dataclass(frozen=True, slots=True)
class EditionSettings:
    """How this edition's jury scores and decides."""

    blind_scoring: bool = True
    """A member sees the others' scores on a dossier only after submitting their own."""
    normalisation: bool = False
    """The results add each member's normalised figures."""
    disagreement_threshold: float = 1.0
    """On the standard deviation of the members' figures; never negative."""
    president_casting_vote: bool = True
    """The president decides a tied vote."""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The settings' names, in the order they are shown."""
        return tuple(f.name for f in dataclasses.fields(cls))

    @classmethod
    def from_stored(cls, stored: Mapping[str, object] | None) -> EditionSettings:
        """The settings a stored JSON object describes, defaults for what it lacks or spoils."""
        values: dict[str, object] = {}
        for name in cls.names():
            if stored is not None and name in stored:
                try:
                    values[name] = _checked(name, stored[name])
                except RuleError:
                    continue  # a value written by hand: the default stands
        return cls(**values)  # type: ignore[arg-type]

    def changed(self, **changes: object) -> EditionSettings:
        """These settings with ``changes`` applied; an unknown name or a value of the wrong type
        is refused (:class:`RuleError`). An integer threshold is taken as a float."""
        checked = {name: _checked(name, value) for name, value in changes.items()}
        return dataclasses.replace(self, **checked)  # type: ignore[arg-type]

    def as_dict(self) -> dict[str, object]:
        """The settings as stored and as ``--json`` prints them."""
        return dataclasses.asdict(self)

    def differences(self, other: EditionSettings) -> dict[str, object]:
        """The settings of ``other`` that differ from these, by name."""
        mine = self.as_dict()
        return {k: v for k, v in other.as_dict().items() if mine[k] != v}


_KINDS: dict[str, type] = {f.name: type(f.default) for f in dataclasses.fields(EditionSettings)}


def _checked(name: str, value: object) -> object:
    kind = _KINDS.get(name)
    if kind is None:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "unknown edition setting {key!r}"), key=name)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (isinstance(value, float) and not value >= 0):
        raise RuleError(
            QT_TRANSLATE_NOOP("Errors", "the setting {key!r} needs a {kind} value"),
            key=name,
            kind=kind.__name__,
        )
    return value
