"""Make the sample PDFs and their PNG previews in docs/samples/.

    .venv/bin/python tools/make_samples.py                  # from the hand-built test record
    .venv/bin/python tools/make_samples.py --jury-file demo.tnlj   # from a jury file

Writes minutes-sample.pdf (empty signature fields), minutes-signed-sample.pdf (signed by three
throwaway identities issued by a throwaway jury CA), letter-sample.pdf (the first decided
dossier), published-list-sample.pdf, and PNG pages of them at 60 dpi (needs pdftoppm from
poppler-utils).
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from tnl_jury.domain.records import ResultsRecord  # noqa: E402
from tnl_jury.io.pdf.letters import render_letter  # noqa: E402
from tnl_jury.io.pdf.minutes import render_minutes  # noqa: E402
from tnl_jury.io.pdf.published import render_published_list  # noqa: E402
from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity  # noqa: E402
from tnl_jury.io.signing.sign import sign_pdf  # noqa: E402

ROLES = {"president": "Président du jury", "secretary": "Secrétaire de séance"}


def load_record(jury_file: str | None) -> ResultsRecord:
    if jury_file is None:
        from records import sample_record

        return sample_record()
    from tnl_jury.services.records import build_results_record
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(jury_file, read_only_if_locked=True) as jf:
        return build_results_record(jf, with_scores=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jury-file", help="build the samples from this jury file")
    parser.add_argument("--out", default=str(REPO / "docs" / "samples"), help="output folder")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    record = load_record(args.jury_file)

    minutes = out / "minutes-sample.pdf"
    info = render_minutes(record, minutes)
    signed = out / "minutes-signed-sample.pdf"
    members = {m.id: m for m in record.members}
    with tempfile.TemporaryDirectory() as keys:
        ca = create_jury_ca(f"Jury {record.label_name} {record.year}", keys, "sample-passphrase")
        src = minutes
        for field in info.fields[:3]:
            member = members[field.member_id]
            role = ROLES.get(member.role, "Membre du jury")
            p12 = Path(keys) / f"{field.name}.p12"
            create_member_identity(member.name, role, p12, "sample-passphrase", ca, key_size=2048)
            sign_pdf(src, signed, p12, "sample-passphrase", field.name, role=role)
            src = signed

    decided = [d for d in record.dossiers if d.level is not None]
    letter = out / "letter-sample.pdf"
    if decided:
        # Dated a week after the meeting, so that the sample does not change every day.
        held_on = record.meeting.held_on if record.meeting else None
        dated = held_on + dt.timedelta(days=7) if held_on else dt.date(2026, 12, 1)
        render_letter(record, decided[0], letter, dated=dated)
    published = out / "published-list-sample.pdf"
    render_published_list(record, published)

    stems = ("minutes-sample", "minutes-signed-sample", "letter-sample", "published-list-sample")
    for stem in stems:  # only our previews: other engineers keep their samples here too
        for png in out.glob(f"{stem}-*.png"):
            png.unlink()
    previews = [(minutes, "minutes-sample"), (letter, "letter-sample"),
                (published, "published-list-sample")]  # fmt: skip
    last = str(info.pages)
    previews_signed = ["-f", last, "-l", last, str(signed), str(out / "minutes-signed-sample")]
    for pdf, stem in previews:
        if pdf.exists():
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / stem)], check=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", *previews_signed], check=True)
    for path in sorted(p for p in out.iterdir() if p.name.startswith(stems)):
        print(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
