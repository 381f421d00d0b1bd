"""The visible stamp of a signature: name, role and date, drawn in the signatory's box.

pyHanko's own text stamp spaces the letters of a 2048-units-per-em TrueType font (Vera,
DejaVu) far apart, and its default Courier is not embedded (PDF/A forbids it). So we draw the
stamp with reportlab as a one-page PDF the size of the box, with our embedded font, and
pyHanko places that page as the signature's appearance (a static stamp, fully opaque, no
border of its own).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from tnl_jury.io.pdf import fonts

# The stamp's wording (French: it is part of the official document).
SIGNED_BY = "Signé électroniquement par"
ON = "le {date} à {time} (UTC{offset})"
PADES = "Signature électronique PAdES"

ACCENT = colors.HexColor("#1f4e79")


def stamp_pdf(width: float, height: float, name: str, role: str, when: dt.datetime) -> bytes:
    """A one-page PDF of ``width`` × ``height`` points: white background, a frame, and the
    lines "Signé électroniquement par", the name (bold), the role, the date and time.

    Text that is too wide is set smaller (down to 5 pt), then cut with an ellipsis.
    """
    fonts.register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), initialFontName=fonts.REGULAR, lang="fr-FR")
    # Opaque white: the stamp covers the placeholder text printed in the empty box.
    c.setFillColor(colors.white)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1)
    c.rect(0.5, 0.5, width - 1, height - 1, fill=1, stroke=1)
    local = when.astimezone()
    date, time = local.strftime("%d/%m/%Y"), local.strftime("%H:%M")
    lines = [
        (fonts.REGULAR, 6.5, colors.HexColor("#555555"), SIGNED_BY),
        (fonts.BOLD, 10, ACCENT, name),
        (fonts.REGULAR, 8, colors.black, role),
        (
            fonts.REGULAR,
            7.5,
            colors.black,
            ON.format(date=date, time=time, offset=_offset(local)),
        ),
        (fonts.REGULAR, 6, colors.HexColor("#555555"), PADES),
    ]
    lines = [line for line in lines if line[3]]
    pad = 5.0
    gaps = [size * 1.25 for _, size, _, _ in lines]
    scale = min(1.0, (height - 2 * pad) / sum(gaps))
    # Centre the block of lines vertically in the box.
    y = height - max(pad, (height - sum(gaps) * scale) / 2)
    for (font, size, colour, text), gap in zip(lines, gaps, strict=True):
        size *= scale
        y -= gap * scale
        drawn, size = _fit(c, fonts.printable(text), font, size, width - 2 * pad)
        c.setFont(font, size)
        c.setFillColor(colour)
        c.drawString(pad, y + 0.25 * size, drawn)
    c.showPage()
    c.save()
    return _tidy(buf.getvalue(), f"stamp {name} {when.isoformat()}")


def _tidy(pdf: bytes, salt: str) -> bytes:
    """``pdf`` with its font subsets retagged and lightened (:mod:`tnl_jury.io.pdf.font_programs`):
    each signature adds its stamp's subsets, under tags of their own."""
    import pikepdf

    from tnl_jury.io.pdf.font_programs import tidy_fonts

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        tidy_fonts(doc, salt)
        out = io.BytesIO()
        doc.save(out)
    return out.getvalue()


def _offset(when: dt.datetime) -> str:
    # Not %Z: on Windows it gives long names such as "Romance Standard Time".
    minutes = int((when.utcoffset() or dt.timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _fit(c: Canvas, text: str, font: str, size: float, width: float) -> tuple[str, float]:
    while size > 5 and c.stringWidth(text, font, size) > width:
        size -= 0.25
    while len(text) > 1 and c.stringWidth(text, font, size) > width:
        text = text[:-2] + "…"
    return text, size


def stamp_style(pdf: bytes) -> Any:
    """A pyHanko ``StaticStampStyle`` showing page 1 of ``pdf`` as is (no margin, no border,
    opaque). Imported lazily: pyHanko is slow to import."""
    from pyhanko.pdf_utils import layout
    from pyhanko.stamp import StaticStampStyle

    return StaticStampStyle(
        background=_imported_page(pdf),
        border_width=0,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),  # type: ignore[no-untyped-call]
        ),
    )


def _imported_page(pdf: bytes) -> Any:
    """pyHanko's ``ImportedPdfPage`` reads a file by name; this one reads bytes in memory."""
    import binascii
    import uuid

    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class _InMemoryPage(ImportedPdfPage):
        def render(self) -> bytes:
            writer = self._ensure_writer
            xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(pdf)), page_ix=0)
            resource_name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[resource_name.decode("ascii")] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return resource_name + b" Do"

    return _InMemoryPage("<memory>")  # type: ignore[no-untyped-call]
