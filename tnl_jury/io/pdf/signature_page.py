"""The signature page of the minutes: one box per signatory, and the empty signature fields
(``sig-<member id>``) that pyHanko adds over the boxes in one incremental update.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from tnl_jury.domain.records import MemberRecord, ResultsRecord
from tnl_jury.io.pdf import fonts
from tnl_jury.io.pdf.layout import ACCENT, FRAME_WIDTH, RULE, Styles
from tnl_jury.io.pdf.pdfa import keep_metadata_in_step
from tnl_jury.io.pdf.tag_fields import tag_signature_fields

ROLES: dict[str, str] = {
    "president": "Présidence du jury",
    "vice_president": "Vice-présidence du jury",
    "secretary": "Secrétariat de séance",
    "member": "Membre du jury",
}
SIGN_HERE = "Signature électronique"
BOX_WIDTH, BOX_HEIGHT = 230.0, 62.0  # the signature field (points)

Boxes = dict[str, tuple[int, tuple[float, float, float, float]]]
"""Where each field's frame landed: name -> (1-based page, (x1, y1, x2, y2) in points)."""


@dataclass(frozen=True)
class SignatureField:
    """One pre-created signature field: ``page`` is 1-based, ``box`` is (x1, y1, x2, y2) in
    points from the page's lower-left corner."""

    name: str
    member_id: int
    member_name: str
    role: str
    page: int
    box: tuple[float, float, float, float]
    cert_sha256: str | None = None  # the owner's bound certificate (see io/signing/owners)


def signatories(record: ResultsRecord) -> list[MemberRecord]:
    """Who signs: the members present (all members if no presence was recorded), president
    first, then the vice-president, the secretary, then the others in the record's order. A
    member without a deliberative vote signs only as the secretary (who writes the minutes);
    an observer does not sign what the jury decided."""
    present = [m for m in record.members if m.present]
    if not any(m.present is not None for m in record.members):
        present = list(record.members)
    present = [m for m in present if m.voting or m.role == "secretary"]
    rank = {"president": 0, "vice_president": 1, "secretary": 2}
    return sorted(present, key=lambda m: rank.get(m.role, 3))


def field_name(member: MemberRecord) -> str:
    """The stable signature field name of a member: ``sig-<member id>``."""
    return f"sig-{member.id}"


def add_signature_fields(pdf: bytes, fields: Sequence[SignatureField]) -> bytes:
    """Append the empty signature fields in one incremental update (pyHanko), each carrying
    its owner (:mod:`tnl_jury.io.signing.owners`)."""
    if not fields:
        return pdf
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field, enumerate_sig_fields

    from tnl_jury.io.signing.owners import BoxOwner, owner_entries

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for f in fields:
        # Whole points, rounded outwards: the stamp then covers the dashed frame entirely.
        x1, y1 = math.floor(f.box[0]), math.floor(f.box[1])
        x2, y2 = math.ceil(f.box[2]), math.ceil(f.box[3])
        spec = SigFieldSpec(f.name, on_page=f.page - 1, box=(x1, y1, x2, y2))
        append_signature_field(writer, spec)
    owners = {f.name: BoxOwner(f.member_id, f.member_name, f.cert_sha256) for f in fields}
    for name, _value, ref in enumerate_sig_fields(writer):
        if name in owners:
            ref.get_object().update(owner_entries(owners[name]))
            writer.mark_update(ref)
    tag_signature_fields(writer)  # the widgets in the structure tree (#19)
    keep_metadata_in_step(writer)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


class _SignatureCell(Flowable):  # type: ignore[misc]
    """Name and role of a signatory above an empty frame; records where the frame lands."""

    tnl_tag = "P"  # read aloud: who signs here (io/pdf/tagging.py)

    def __init__(
        self,
        member: MemberRecord,
        st: Styles,
        boxes: Boxes,
    ) -> None:
        super().__init__()
        self.member = member
        self.st = st
        self.boxes = boxes
        self.width, self.height = BOX_WIDTH, BOX_HEIGHT + 30

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        m = self.member
        c.setFont(fonts.BOLD, 9.5)
        c.setFillColor(ACCENT)
        c.drawString(0, self.height - 10, fonts.printable(m.name))
        c.setFont(fonts.REGULAR, 8)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        role = ROLES.get(m.role, m.role)
        sub = role + (f" — {m.organisation}" if m.organisation else "")
        while sub and c.stringWidth(fonts.printable(sub), fonts.REGULAR, 8) > BOX_WIDTH:
            sub = sub[:-2] + "…"
        c.drawString(0, self.height - 22, fonts.printable(sub))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.rect(0, 0, BOX_WIDTH, BOX_HEIGHT)
        c.setDash()
        c.setFont(fonts.ITALIC, 7)
        c.setFillColor(RULE)
        c.drawCentredString(BOX_WIDTH / 2, BOX_HEIGHT / 2 - 3, SIGN_HERE)
        x1, y1 = c.absolutePosition(0, 0)
        x2, y2 = c.absolutePosition(BOX_WIDTH, BOX_HEIGHT)
        self.boxes[field_name(m)] = (c.getPageNumber(), (x1, y1, x2, y2))


def signature_grid(
    signers: Sequence[MemberRecord],
    st: Styles,
    boxes: Boxes,
) -> Flowable:
    cells: list[Flowable] = [_SignatureCell(m, st, boxes) for m in signers]
    if len(cells) % 2:
        cells.append(Spacer(BOX_WIDTH, 1))
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if not rows:
        return Spacer(1, 1)
    table = Table(rows, colWidths=[FRAME_WIDTH / 2] * 2)
    table.setStyle(
        TableStyle(
            [
                # A table sets its cells' font even around flowables: never the default
                # Helvetica, which is not embedded.
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    return KeepTogether([table]) if len(rows) <= 4 else table
