"""The content of the results spreadsheet, whatever the format (``io/export/sheets.py``)."""

from __future__ import annotations

from export_records import AT_CANDIDATE, HYPERLINK, tricky_record
from records import DOMAINS, LEVEL_NAMES

from tnl_jury.io.export.sheets import (
    MAX_TEXT,
    TRUNCATION_MARK,
    Kind,
    clean_text,
    collation_key,
    column_letters,
    is_formula_like,
    results_sheets,
)


def _by_name() -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    return {
        s.name: ([c.header for c in s.columns], list(s.rows()))
        for s in results_sheets(tricky_record())
    }


def test_four_sheets_in_order_with_row_counts_announced() -> None:
    sheets = results_sheets(tricky_record())
    assert [s.name for s in sheets] == ["Décisions", "Palmarès", "Notes détaillées", "Jury"]
    assert [s.slug for s in sheets] == ["decisions", "palmares", "notes-detaillees", "jury"]
    for sheet in sheets:
        rows = list(sheet.rows())
        assert len(rows) == sheet.row_count
        assert all(len(row) == len(sheet.columns) for row in rows)


def test_decisions_has_a_score_column_per_domain_named_by_the_domain() -> None:
    record = tricky_record()
    decisions = results_sheets(record)[0]
    headers = [c.header for c in decisions.columns]
    assert headers[:10] == [
        "N° de dossier",
        "Candidat",
        "Type",
        "Département",
        "Élu(e) porteur",
        "Fonction",
        "Niveau",
        "Libellé du niveau",
        "Motivation",
        "Recommandations",
    ]
    assert headers[10:15] == [name for _, name in DOMAINS]
    assert headers[15:] == ["Score global", "Pour", "Contre", "Abstentions", "Voix prépondérante"]
    kinds = {c.header: c.kind for c in decisions.columns}
    assert kinds["Niveau"] is Kind.INTEGER and kinds["Score global"] is Kind.SCORE
    assert all(kinds[name] is Kind.SCORE for _, name in DOMAINS)

    rows = {row[0]: row for row in decisions.rows()}
    d = next(d for d in record.dossiers if d.candidate_name == "Ville de La Tronche")
    assert d.vote is not None
    tronche = rows[d.ds_number]
    assert tronche[1:8] == (
        d.candidate_name,
        "Commune",
        d.departement_code,
        d.official_name,
        d.official_function,
        d.level,
        d.level_name,
    )
    assert tronche[16:] == (d.vote.votes_for, d.vote.votes_against, d.vote.abstentions, "")
    undecided = rows["1060001"]
    assert undecided[1] == HYPERLINK
    assert undecided[6] is None and undecided[7] == ""  # no decision: empty, not 0
    assert undecided[10:] == (*(None,) * 9, "")  # no scores, no vote
    labelless = rows["1060003"]
    assert labelless[6] == 0 and labelless[7] == LEVEL_NAMES[0]
    assert labelless[10:15] == (0.25, 0.5, 0.0, None, 0.0)  # a missing domain stays empty
    # Windows line ends become "\n"; the rest of the text is verbatim.
    assert (
        rows["1060002"][8] == "=1+1 n’est pas une formule ici.\nDeuxième ligne,  avec deux espaces."
    )


def test_palmares_lists_laureates_by_level_in_published_form() -> None:
    record = tricky_record()
    headers, rows = _by_name()["Palmarès"]
    assert headers == ["Niveau", "Libellé du niveau", "Lauréat", "N° de dossier"]
    # Level 0 (no label) and undecided dossiers are left out; highest level first.
    levels = sorted((d.level for d in record.dossiers if d.level), reverse=True)
    assert [row[0] for row in rows] == levels
    assert 0 not in levels
    tronche = next(d for d in record.dossiers if d.candidate_name == "Ville de La Tronche")
    assert (
        tronche.level,
        tronche.level_name,
        "Ville de La Tronche (38) – Dossier porté par M. Prénom NOM, 1er Adjoint",
        tronche.ds_number,
    ) in rows
    # Within a level, name order (a leading "@" sorts before the letters).
    for level in set(levels):
        names = [str(row[2]) for row in rows if row[0] == level]
        assert names == sorted(names, key=collation_key)
    level_one = [row[2] for row in rows if row[0] == 1]
    assert level_one[0] == (
        f"{AT_CANDIDATE} (2A) – Dossier porté par M. Ange-Marie COLONNA, Conseiller délégué"
    )


def test_detailed_scores_long_format() -> None:
    headers, rows = _by_name()["Notes détaillées"]
    assert headers == [
        "N° de dossier",
        "Membre",
        "Domaine",
        "Critère",
        "Libellé du critère",
        "Note",
        "Sans avis",
        "Commentaire",
    ]
    record = tricky_record()
    assert len(rows) == len(record.scores)
    first = record.scores[0]
    assert rows[0] == (
        first.ds_number,
        first.member_name,
        first.domain_name,
        first.criterion_code,
        first.criterion_label,
        first.value,
        "oui" if first.no_opinion else "",
        first.comment,
    )
    assert {row[6] for row in rows} == {"oui", ""}
    assert any(row[5] is None for row in rows)


def test_jury_roles_attendance_and_recusals_in_french() -> None:
    headers, rows = _by_name()["Jury"]
    assert headers == [
        "Membre",
        "Organisation",
        "Rôle",
        "Présence",
        "Date de la séance",
        "Récusations",
    ]
    by_member = {row[0]: row for row in rows}
    record = tricky_record()
    roles = {"president": "Président(e)", "member": "Membre", "secretary": "Secrétaire"}
    presence = {True: "Présent(e)", False: "Absent(e)", None: "Non renseignée"}
    assert {m.role for m in record.members} == set(roles)
    assert {m.present for m in record.members} == set(presence)
    assert record.meeting is not None
    for m in record.members:
        assert by_member[m.name][1:5] == (
            m.organisation,
            roles[m.role],
            presence[m.present],
            record.meeting.held_on,
        )
    for r in record.recusals:
        assert f"{r.ds_number} – {r.candidate_name} ({r.reason})" in str(
            by_member[r.member_name][5]
        )
    assert by_member["Jean-Noël Bœuf"][5] == f"1060002 – {AT_CANDIDATE} (Habite la commune)"


def test_formula_like_texts() -> None:
    for text in ("=1", "+33", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert is_formula_like(text)
    for text in ("", "1", "a=b", " =1", "«=»", "’-"):
        assert not is_formula_like(text)


def test_clean_text_keeps_everything_xml_can_hold() -> None:
    assert clean_text("a\x00b\x1fc\x0bd\ufffe") == "abcd"
    assert clean_text("\t=x\r\ny\rz  ") == "\t=x\ny\rz  "
    long = clean_text("é" * (MAX_TEXT + 10))
    assert len(long) == MAX_TEXT and long.endswith(TRUNCATION_MARK)


def test_collation_is_accent_and_case_insensitive() -> None:
    names = ["Zillisheim", "Œuilly", "Écully", "ecouen", "Oeting"]
    assert sorted(names, key=collation_key) == [
        "ecouen",
        "Écully",
        "Oeting",
        "Œuilly",
        "Zillisheim",
    ]


def test_column_letters() -> None:
    assert [column_letters(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]
