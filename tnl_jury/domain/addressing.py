"""How a French letter names a collectivité and addresses its official.

Pure functions, no I/O. Contracts:

* :func:`designation` turns a candidate's name and kind into the forms running text needs:
  ``Ville de La Tronche`` → ``la ville de La Tronche`` / ``de la ville de La Tronche``;
  ``Département de l’Ardèche`` → ``le département de l’Ardèche`` / ``du département de
  l’Ardèche``; ``Agglomération du Grand Dax`` → ``l’agglomération…`` / ``de l’agglomération…``.
  A name that starts with a known common noun (ville, commune, communauté de communes,
  département, région, syndicat…) keeps its proper part as typed, the noun in lower case
  (acronyms such as SIVOM kept). A bare name gets the kind's noun: a commune
  (``La Tronche`` → ``la commune de La Tronche``, ``Le Havre`` → ``la commune du Havre``), a
  département (``le département de …``), a région (``la région Occitanie``); an EPCI or other
  body with a bare name (``Grenoble-Alpes Métropole``, ``Est Ensemble``) is a proper name and
  takes no article (``de Grenoble-Alpes Métropole``, ``d’Est Ensemble``).
* :func:`address_title` gives the greeting from the official's civility and function:
  ``Monsieur le Maire``, ``Madame la Présidente``, ``Madame la Vice-présidente``,
  ``Monsieur le Premier adjoint``, ``Madame l’Adjointe``…; the title is put in the feminine
  for ``Mme`` (``Mme`` + ``Président`` → ``Madame la Présidente``). Without a known function
  it is ``Monsieur`` / ``Madame``; without a civility, a feminine function still gives
  ``Madame la …``, anything else ``Madame, Monsieur``.

Elision uses the typographic apostrophe (’), as the rest of our documents do. No elision is
made before ``h`` (aspirated or not cannot be told from the spelling).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tnl_jury.domain.enums import DossierKind

APOSTROPHE = "’"
_VOWELS = set("aeiouyàâäéèêëîïôöùûüÿœæ")


def _plain(text: str) -> str:
    """Lower case, accents and ligatures removed, apostrophes made ASCII: for matching only."""
    text = text.replace("’", "'").replace("‘", "'").replace("œ", "oe").replace("Œ", "OE")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def starts_with_vowel(text: str) -> bool:
    """Whether ``text`` elides a preceding ``le``/``la``/``de`` (``Œuilly``, ``Isère``)."""
    return bool(text) and text[0].lower() in _VOWELS


# (noun as matched, accents stripped; gender) — longest first so that "communauté de
# communes" wins over "communauté". Each is followed in the name by its complement.
_NOUNS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        (
            ("ville", "f"),
            ("commune nouvelle", "f"),
            ("commune", "f"),
            ("village", "m"),
            ("mairie", "f"),
            ("communaute de communes", "f"),
            ("communaute d'agglomeration", "f"),
            ("communaute urbaine", "f"),
            ("communaute", "f"),
            ("metropole", "f"),
            ("eurometropole", "f"),
            ("agglomeration", "f"),
            ("etablissement public territorial", "m"),
            ("etablissement public", "m"),
            ("departement", "m"),
            ("conseil departemental", "m"),
            ("conseil general", "m"),
            ("region", "f"),
            ("conseil regional", "m"),
            ("collectivite europeenne", "f"),
            ("collectivite territoriale", "f"),
            ("collectivite", "f"),
            ("syndicat mixte", "m"),
            ("syndicat intercommunal", "m"),
            ("syndicat", "m"),
            ("pays", "m"),
            ("pole d'equilibre territorial et rural", "m"),
            ("parc naturel regional", "m"),
            ("centre de gestion", "m"),
            ("centre communal d'action sociale", "m"),
            ("office", "m"),
            ("territoire", "m"),
        ),
        key=lambda item: -len(item[0]),
    )
)
# Acronyms that open a name, with the gender of what they stand for (la CC = la communauté
# de communes; le SIVOM = le syndicat…).
_ACRONYMS = {
    "cc": "f",
    "ca": "f",
    "cu": "f",
    "sivom": "m",
    "sivu": "m",
    "sdis": "m",
    "petr": "m",
    "ccas": "m",
    "sictom": "m",
    "smictom": "m",
    "epci": "m",
    "cdg": "m",
}
_OF = (" de ", " d'", " du ", " des ")
_LEADING_ARTICLE = re.compile(r"^(?:la |le |les |l['’])", re.IGNORECASE)


@dataclass(frozen=True)
class Designation:
    """A collectivité named in running text. ``subject``: ``la ville de La Tronche``;
    ``of``: ``de la ville de La Tronche`` (after a noun: "la candidature …")."""

    subject: str
    of: str


def _article(gender: str, word: str) -> str:
    if starts_with_vowel(word):
        return "l" + APOSTROPHE
    return "la " if gender == "f" else "le "


def _of_article(gender: str, word: str) -> str:
    if starts_with_vowel(word):
        return "de l" + APOSTROPHE
    return "de la " if gender == "f" else "du "


def of_place(name: str) -> str:
    """``de`` before a place name, contracted or elided: ``de La Tronche``, ``du Havre``
    (``Le Havre``), ``des Mureaux`` (``Les Mureaux``), ``d’Orléans``, ``de l’Ardèche``."""
    if name[:3].lower() == "le ":
        return "du " + name[3:]
    if name[:4].lower() == "les ":
        return "des " + name[4:]
    if starts_with_vowel(name):
        return "d" + APOSTROPHE + name
    return "de " + name


def designation(name: str, kind: str) -> Designation:
    """The forms of ``name`` (a candidate as typed) for running text; see the module."""
    name = " ".join(name.split())
    if not name:
        return Designation("", "")
    stripped = _LEADING_ARTICLE.sub("", name, count=1)
    plain = _plain(stripped)
    for noun, gender in _NOUNS:
        if plain == noun or plain.startswith((noun + " ", noun + "'")):
            typed_noun = stripped[: len(noun)]
            rest = stripped[len(noun) :]
            if noun == "departement" and rest and not _plain(rest).startswith(_OF):
                rest = " " + of_place(rest.strip())  # "Département Isère": du département d’Isère
            return _with_noun(typed_noun.lower(), rest, gender)
    first_word = plain.split(" ", 1)[0]
    if first_word in _ACRONYMS:
        head = stripped.split(" ", 1)[0]
        return _with_noun(head.upper(), stripped[len(head) :], _ACRONYMS[first_word])
    if kind == DossierKind.COMMUNE:
        return _with_noun("commune", " " + of_place(name), "f")
    if kind == DossierKind.DEPARTEMENT:
        return _with_noun("département", " " + of_place(name), "m")
    if kind == DossierKind.REGION:
        return _with_noun("région", " " + name, "f")
    return Designation(name, of_place(name))


def _with_noun(noun: str, rest: str, gender: str) -> Designation:
    text = noun + rest
    return Designation(_article(gender, noun) + text, _of_article(gender, noun) + text)


# Functions: (pattern on the plain function, masculine title, feminine title). The first that
# matches wins, so compound titles come before their parts.
_FUNCTIONS: tuple[tuple[str, str, str], ...] = (
    (r"^maire[- ]adjoint", "le Maire-adjoint", "la Maire-adjointe"),
    (r"^(?:1er|1re|1ere|premier|premiere) adjoint", "le Premier adjoint", "la Première adjointe"),
    (r"^(?:\d+(?:e|eme)\s+)?adjoint", "l’Adjoint", "l’Adjointe"),
    (
        r"^(?:1er|1re|1ere|premier|premiere) vice[- ]president",
        "le Premier vice-président",
        "la Première vice-présidente",
    ),
    (r"^(?:\d+(?:e|eme)\s+)?vice[- ]president", "le Vice-président", "la Vice-présidente"),
    (r"^president", "le Président", "la Présidente"),
    (r"^maire", "le Maire", "la Maire"),
    (r"^conseill", "le Conseiller", "la Conseillère"),
    (r"^(?:directeur|directrice) general", "le Directeur général", "la Directrice générale"),
    (r"^(?:directeur|directrice)", "le Directeur", "la Directrice"),
    (r"^delegue", "le Délégué", "la Déléguée"),
)
_FEMININE_FUNCTION = re.compile(
    r"^(?:\S+\s+)?(?:presidente|adjointe|conseillere|directrice|deleguee|premiere|1re|1ere)"
    r"|vice[- ]presidente|maire[- ]adjointe"
)


def civility(official_name: str) -> str:
    """``Monsieur`` for ``M. …``, ``Madame`` for ``Mme …``, else empty."""
    head = official_name.strip().split(" ", 1)[0].rstrip(".").lower()
    if head in ("m", "monsieur", "mr"):
        return "Monsieur"
    if head in ("mme", "madame", "mlle", "mademoiselle"):
        return "Madame"
    return ""


def address_title(official_name: str, function: str) -> str:
    """The greeting, without its comma (see the module)."""
    polite = civility(official_name)
    plain = _plain(" ".join(function.split()))
    if not polite and _FEMININE_FUNCTION.search(plain):
        polite = "Madame"
    if not polite:
        return "Madame, Monsieur"
    for pattern, masculine, feminine in _FUNCTIONS:
        if re.match(pattern, plain):
            return f"{polite} " + (feminine if polite == "Madame" else masculine)
    return polite
