"""Turning reportlab's output into PDF/A-2b, and checking PDF/A-2b after signatures.

reportlab has no PDF/A switch. What makes its output conforming: fonts are embedded TrueType
(:mod:`tnl_jury.io.pdf.fonts`, and ``initialFontName`` so that the standard Helvetica is not
even referenced), the empty ``/Trans`` reportlab puts on each page is deleted, and
``pikepdf.pdfa.save`` adds the sRGB output intent and the XMP metadata with the PDF/A
identification (synchronised with the Info dictionary), then validates what it wrote.

Checking a signed file (:func:`check_pdfa`): pikepdf's validator (an allowlist one: it approves
only what it knows) reports ``/AcroForm`` and ``/Perms`` as "not supported" — constructs it does
not check, not violations. Those two are exactly what signature fields and a certification add,
so we check them ourselves against ISO 19005-2 (no NeedAppearances, no XFA, widgets printable
and visible with a normal appearance only, ``/Perms`` limited to DocMDP/UR3), plus Info/XMP
agreement, which pikepdf only enforces for PDF/A-1 but pyHanko is known to break. Any other
finding fails the check.

pikepdf is imported inside the functions: it is slow to import and the app must start fast.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tnl_jury.io.pdf.font_programs import tidy_fonts

FLAVOUR = "2b"

# Findings of pikepdf's validator that we check ourselves in _check_forms.
_OURS = ("/AcroForm", "/Perms")

# Annotation flags (ISO 32000-1, 12.5.3).
_INVISIBLE, _HIDDEN, _PRINT, _NOVIEW = 1, 2, 4, 32


@dataclass(frozen=True)
class PdfaCheck:
    """The outcome of :func:`check_pdfa`: ``passed`` with no ``problems``, or the problems."""

    passed: bool
    problems: tuple[str, ...]


def to_pdfa(raw: bytes) -> bytes:
    """Return ``raw`` (a reportlab PDF with embedded TTF fonts only) as PDF/A-2b bytes.

    The Info dictionary written by reportlab (title, author, subject, keywords, creator) is
    carried into the XMP packet. Raises ``RuntimeError`` if the result does not validate —
    that is a bug in our renderers, not a user error.
    """
    import pikepdf
    import pikepdf.pdfa

    with pikepdf.open(io.BytesIO(raw)) as pdf:
        for page in pdf.pages:
            # reportlab writes an empty /Trans (page transition) on every page; PDF/A-2
            # forbids transitions.
            if "/Trans" in page.obj:
                del page.obj["/Trans"]
        tidy_fonts(pdf, salt="document")  # distinct subset tags, light programs
        out = io.BytesIO()
        try:
            pikepdf.pdfa.save(pdf, out, FLAVOUR)
        except pikepdf.pdfa.PdfaError as exc:
            raise RuntimeError(f"our PDF is not PDF/A-{FLAVOUR}: {exc}") from exc
    return out.getvalue()


def keep_metadata_in_step(writer: Any) -> None:
    """Make pyHanko's next ``write`` of ``writer`` leave Info and XMP in agreement, and the
    XMP well-formed for strict validators.

    pyHanko (0.38) appends ``; pyHanko x.y`` to the Info ``/Producer`` but writes only
    ``pyHanko x.y`` into the XMP, reads the clock twice for ``/ModDate`` and
    ``xmp:ModifyDate`` (which can then differ by a second), and rewrites the XMP declaring the
    ``dc`` namespace per element (PDFBox Preflight: "7.3 Schema is not set"). So its metadata
    step (``_update_meta``, writer internals) is replaced by ours: the Info producer and
    modification date, and the packet already in the file refreshed by
    :func:`tnl_jury.io.pdf.xmp.refresh_xmp`, from one instant. If pyHanko's internals change,
    :func:`check_pdfa` reports the disagreement and the tests fail.
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.metadata.model import VENDOR

    from tnl_jury.io.pdf.xmp import refresh_xmp

    def update_meta() -> None:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        try:
            info_ref = writer.trailer.raw_get("/Info")
        except KeyError:
            info_ref = None
        if info_ref is not None:
            info = info_ref.get_object()
            info["/Producer"] = generic.TextStringObject(VENDOR)
            info["/ModDate"] = generic.pdf_date(now)
            writer.mark_update(info_ref)
        if "/Metadata" not in writer.root:
            return  # not one of our PDF/A files: nothing to keep in step
        try:
            packet = refresh_xmp(writer.root["/Metadata"].get_object().data, VENDOR, now)
        except ValueError:
            return  # not XMP we can read (another producer's file): left as it is
        stream = generic.StreamObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Metadata"),
                generic.NameObject("/Subtype"): generic.NameObject("/XML"),
            },
            stream_data=packet,
        )
        writer.root[generic.NameObject("/Metadata")] = writer.add_object(stream)
        writer.update_root()

    writer._update_meta = update_meta


def check_pdfa(source: str | Path | bytes) -> PdfaCheck:
    """Check a file (path or bytes) against PDF/A-2b, signed files included (see module doc).

    Never raises for a bad file: an unreadable file is a failed check.
    """
    import pikepdf
    import pikepdf.pdfa

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    problems: list[str] = []
    report = pikepdf.pdfa.validate_written(io.BytesIO(data), FLAVOUR)
    for finding in report.findings:
        if finding.kind == "unsupported" and finding.where.endswith(_OURS):
            continue
        if finding.kind == "unsupported" and _only_dss(str(finding.message)):
            continue  # the signatures' validation material: checked in _check_dss
        problems.append(str(finding))
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            problems += _check_identification(pdf)
            problems += _check_forms(pdf)
            problems += _check_info_xmp(pdf)
            problems += _check_dss(pdf)
    except pikepdf.PdfError as exc:
        problems.append(f"unreadable PDF: {exc}")
    return PdfaCheck(passed=not problems, problems=tuple(problems))


def _only_dss(message: str) -> bool:
    """Whether pikepdf's "unrecognized key(s) … are not checked" names the catalog's /DSS
    alone (a PAdES Document Security Store, which pikepdf's schema does not know)."""
    keys = message.split("unrecognized key(s)", 1)[-1].split("are not checked", 1)[0].split()
    return "unrecognized key(s)" in message and keys == ["/DSS"]


_DSS_KEYS = {"/Type", "/Certs", "/CRLs", "/OCSPs", "/VRI"}


def _check_dss(pdf: Any) -> list[str]:
    """A Document Security Store (PAdES long-term validation material) holds only
    certificates, revocation lists and OCSP responses, as plain streams: nothing a PDF/A
    reader would have to render or run."""
    import pikepdf

    dss = pdf.Root.get("/DSS")
    if dss is None:
        return []
    problems = [f"/DSS holds {key}" for key in dss if key not in _DSS_KEYS]
    for key in ("/Certs", "/CRLs", "/OCSPs"):
        for item in dss.get(key, []):
            plain = isinstance(item, pikepdf.Stream) and str(
                item.get("/Filter", "/FlateDecode")
            ) in ("/FlateDecode",)
            if not plain:
                problems.append(f"/DSS {key} holds something other than a plain stream")
    return problems


def _check_identification(pdf: Any) -> list[str]:
    problems = []
    meta = pdf.open_metadata(set_pikepdf_as_editor=False)
    part = meta.get("{http://www.aiim.org/pdfa/ns/id/}part")
    conformance = meta.get("{http://www.aiim.org/pdfa/ns/id/}conformance")
    if (part, conformance) != ("2", "B"):
        problems.append(f"XMP identifies PDF/A part {part!r} conformance {conformance!r}, not 2B")
    intents = pdf.Root.get("/OutputIntents", [])
    if not any(str(oi.get("/S")) == "/GTS_PDFA1" for oi in intents):
        problems.append("no PDF/A output intent (/GTS_PDFA1)")
    return problems


def _check_forms(pdf: Any) -> list[str]:
    """ISO 19005-2 rules on the constructs pikepdf does not check: forms and /Perms."""
    problems = []
    form = pdf.Root.get("/AcroForm")
    if form is not None:
        if bool(form.get("/NeedAppearances", False)):
            problems.append("/AcroForm /NeedAppearances is true (6.4.1)")
        if "/XFA" in form:
            problems.append("/AcroForm holds /XFA (6.4.2)")
    perms = pdf.Root.get("/Perms")
    if perms is not None:
        extra = set(perms.keys()) - {"/DocMDP", "/UR3"}
        if extra:
            problems.append(f"/Perms holds {sorted(extra)} (6.4.3: DocMDP and UR3 only)")
    for number, page in enumerate(pdf.pages, start=1):
        for annot in page.obj.get("/Annots", []):
            if annot.get("/Subtype") != "/Widget":
                continue  # other annotations are checked by pikepdf
            name = str(annot.get("/T", "?"))
            flags = int(annot.get("/F", 0))
            if not flags & _PRINT or flags & (_INVISIBLE | _HIDDEN | _NOVIEW):
                problems.append(f"page {number}, field {name}: flags {flags} (6.3.2)")
            appearance = annot.get("/AP")
            if appearance is None or set(appearance.keys()) != {"/N"}:
                keys = sorted(appearance.keys()) if appearance is not None else []
                problems.append(f"page {number}, field {name}: appearance keys {keys} (6.3.3)")
    return problems


# (Info key, XMP property, kind) that must agree (ISO 19005-1 6.7.3, kept in PDF/A-2 practice).
_EQUIVALENTS = (
    ("/Title", "{http://purl.org/dc/elements/1.1/}title", "text"),
    ("/Author", "{http://purl.org/dc/elements/1.1/}creator", "list"),
    ("/Subject", "{http://purl.org/dc/elements/1.1/}description", "text"),
    ("/Keywords", "{http://ns.adobe.com/pdf/1.3/}Keywords", "text"),
    ("/Creator", "{http://ns.adobe.com/xap/1.0/}CreatorTool", "text"),
    ("/Producer", "{http://ns.adobe.com/pdf/1.3/}Producer", "text"),
    ("/CreationDate", "{http://ns.adobe.com/xap/1.0/}CreateDate", "date"),
    ("/ModDate", "{http://ns.adobe.com/xap/1.0/}ModifyDate", "date"),
)


def _check_info_xmp(pdf: Any) -> list[str]:
    from pikepdf.models.metadata import decode_pdf_date

    problems: list[str] = []
    info = pdf.trailer.get("/Info")
    if info is None:
        return problems
    meta = pdf.open_metadata(set_pikepdf_as_editor=False)
    for key, prop, kind in _EQUIVALENTS:
        if key not in info:
            continue
        raw_info = str(info[key])
        xmp_value = meta.get(prop)
        if xmp_value is None:
            problems.append(f"Info {key} has no XMP counterpart {prop}")
            continue
        if kind == "date":
            try:
                same = _same_instant(decode_pdf_date(raw_info), _parse_iso(str(xmp_value)))
            except ValueError:
                same = False
        elif kind == "list":
            values = xmp_value if isinstance(xmp_value, list) else [xmp_value]
            same = raw_info == ", ".join(str(v) for v in values)
        else:
            same = raw_info == str(xmp_value)
        if not same:
            problems.append(f"Info {key} {raw_info!r} differs from XMP {xmp_value!r}")
    return problems


def _parse_iso(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _same_instant(a: dt.datetime, b: dt.datetime) -> bool:
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a.replace(microsecond=0) == b.replace(microsecond=0)
