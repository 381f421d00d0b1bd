"""Small pools of fictional French data: places, people, phrases, file names.

Every name here is invented (the codes are plausible, not real). The texts carry the characters
that break naive code: « guillemets », œ, Ç, apostrophes ’ and ', en dashes, non-breaking spaces.
"""

from __future__ import annotations

from typing import NamedTuple


class Place(NamedTuple):
    """A fictional commune with its postal code, INSEE code, département and region."""

    name: str
    postal_code: str
    insee: str
    dep_code: str
    dep_name: str
    region: str


PLACES: tuple[Place, ...] = (
    Place("Montferrand-la-Clède", "34190", "34162", "34", "Hérault", "Occitanie"),
    Place("Kerlévénez", "29720", "29187", "29", "Finistère", "Bretagne"),
    Place("Saint-Œdmond-les-Vignes", "21700", "21450", "21", "Côte-d'Or", "Bourgogne"),
    Place("Çavaillac", "30120", "30211", "30", "Gard", "Occitanie"),
    Place("Val-de-Brenne", "37110", "37262", "37", "Indre-et-Loire", "Centre-Val de Loire"),
    Place("Roquebrune-des-Aiguiers", "13760", "13118", "13", "Bouches-du-Rhône", "PACA"),
    Place("Lanvellec-sur-Léguer", "22420", "22119", "22", "Côtes-d'Armor", "Bretagne"),
    Place("Haute-Combe", "38350", "38571", "38", "Isère", "Auvergne-Rhône-Alpes"),
    Place("Porto-Ferru", "20137", "2A247", "2A", "Corse-du-Sud", "Corse"),
    Place("Saint-Gilles-les-Hauts-Vents", "97435", "97415", "974", "La Réunion", "La Réunion"),
    Place("Belcastel-sur-Tarn", "81500", "81027", "81", "Tarn", "Occitanie"),
    Place("Maubourg-en-Argonne", "55120", "55312", "55", "Meuse", "Grand Est"),
)

FORMES_JURIDIQUES: dict[str, tuple[str, str]] = {
    "Commune": ("Commune et commune nouvelle", "7210"),
    "Communauté de communes": ("Communauté de communes", "7346"),
    "Communauté d'agglomération": ("Communauté d'agglomération", "7348"),
    "Métropole": ("Métropole", "7344"),
    "Département": ("Département", "7220"),
    "Syndicat mixte": ("Syndicat mixte fermé", "7354"),
}
"""Kind of collectivité → (forme juridique, its code)."""


def collectivite_name(kind: str, place: Place) -> str:
    """The name a collectivité of this kind would carry."""
    return {
        "Commune": f"Commune de {place.name}",
        "Communauté de communes": f"Communauté de communes du Pays de {place.name}",
        "Communauté d'agglomération": f"{place.name} Agglomération",
        "Métropole": f"{place.name} Métropole",
        "Département": f"Département de {place.dep_name}",
        "Syndicat mixte": f"Syndicat mixte numérique de {place.dep_name}",
    }[kind]


FIRST_NAMES = (
    "Hélène",
    "Éric",
    "Maëlle",
    "Noël",
    "Anaïs",
    "François",
    "Béatrice",
    "Joël",
    "Inès",
    "Loïc",
    "Solène",
    "Grégoire",
)
LAST_NAMES = (
    "Courtois",
    "Lemaire-Saïd",
    "Guérin",
    "Le Bihan",
    "Çelik",
    "N'Diaye",
    "Dupuis-Ferrand",
    "Marchetti",
    "Kervella",
    "Ravel",
    "Aït-Ali",
    "Lefèvre",
)
FUNCTIONS = (
    "Maire",
    "Adjoint au maire chargé du numérique",
    "Vice-présidente chargée de la transition numérique",
    "Président",
    "Conseillère déléguée au numérique et à l'open data",
)
INSTRUCTORS = (
    "claire.vasseur@jury-tnl.example",
    "hugo.brenner@jury-tnl.example",
    "samia.belkacem@jury-tnl.example",
)
EXPERTS = ("expert.rgaa@conseil-numerique.example", "opendata@region-exemple.example")

PHRASES = (
    "Notre collectivité s'est engagée dès 2019 dans une démarche « libre par défaut ».",
    "Le schéma directeur, voté en conseil, prévoit la migration progressive des postes.",
    "Ça n'a pas été simple : les habitudes des agents ont freiné le mouvement.",
    "Nous avons mis l'œuvre collective au cœur du projet, avec l'appui de l'ADULLACT.",
    "Les élus ont suivi une formation de deux demi-journées ; une seconde session est prévue.",
    "Un comité de pilotage réunit chaque trimestre la DSI, les services et l'élu référent.",
    "Nos données sont publiées sur data.gouv.fr et sur le portail régional.",
    "Les achats de matériel reconditionné représentent désormais 40\u00a0% du parc.",
    "Çà et là, des agents « ambassadeurs » accompagnent leurs collègues au quotidien.",
    "La médiathèque organise une install-party chaque printemps, ouverte à tous.",
    "L’équipe informatique (3 agents) a réécrit les procédures d’installation des postes.",
    "Objectifs 2026–2028 : 100 % des postes sous LibreOffice, 60 % sous GNU/Linux.",
    "Nous reversons nos correctifs à la communauté d'openCimetière et de webdelib.",
    "Le sujet reste délicat auprès de certains services : « on a toujours fait comme ça ».",
)
BULLETS = (
    "- migration de la messagerie vers Thunderbird",
    "- formation des secrétaires de mairie",
    "• ouverture des délibérations en open data",
    "• audit RGAA du site principal",
    "- mutualisation du SIG avec l'intercommunalité",
)
SOFTWARE = (
    ("openCimetière", "État civil"),
    ("QGIS", "Urbanisme"),
    ("iParapheur", "Finances"),
    ("webdelib", "RH"),
    ("GLPI", "Finances"),
    ("Nextcloud", "RH"),
)
MOTIVATIONS = {
    "Accepté": "Dossier complet ; niveau proposé au jury plénier.",
    "Refusé": "Les pièces justificatives n'établissent pas la stratégie annoncée.",
    "Classé sans suite": "Dossier déposé en double ; voir le dossier de l'intercommunalité.",
}
ATTACHMENT_NAMES = (
    "deliberation-conseil-municipal.pdf",
    "schema-directeur-numerique.pdf",
    "photo-atelier-install-party.png",
    "plan d'action 2026–2028.odt",
    "Délibération n°2025-114.pdf",
    "capture-portail-open-data.png",
)
SHARED_ATTACHMENT = "charte-adullact-signee.pdf"
"""A file two dossiers attach with identical bytes (the importer may deduplicate by sha256)."""
