"""What the command line prints never drives the terminal: names from outside (zip entries,
candidates, members, ballots) may hold control characters — an escape sequence that clears
the screen or rewrites the previous line, a bell, a bidirectional override that reverses what
follows. Contract: :func:`safe_text` writes every control character (C0 and C1, except line
feed and tab) and every invisible bidirectional or zero-width formatting character as a
visible escape (``\\x1b``, ``\\u202e``); :class:`SafeStream` applies it to everything written
to standard output and error. Line feeds and tabs are kept: the listings' layout is ours.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """``text`` with its control and invisible formatting characters written out."""
    return _UNSAFE.sub(_escape, text)


class SafeStream:
    """A text stream that writes :func:`safe_text` of what it is given to ``stream``; every
    other attribute is the wrapped stream's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(safe_text(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
