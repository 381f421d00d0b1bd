<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About tnl-jury</source>
        <translation>À propos de tnl-jury</translation>
    </message>
    <message>
        <source>An offline application for a graded-label jury: import the candidates&apos; dossiers, score them, deliberate and export the results.</source>
        <translation>Une application hors ligne pour le jury d’un label à niveaux&#xa0;: importer les dossiers des candidats, les noter, délibérer et exporter les résultats.</translation>
    </message>
    <message>
        <source>Free software, under the licence {licence}.</source>
        <translation>Logiciel libre, sous licence {licence}.</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
</context>
<context>
    <name>DossierTable</name>
    <message>
        <source>The answers changed at the last import.</source>
        <translation>Les réponses ont changé lors du dernier import.</translation>
    </message>
    <message>
        <source>This dossier was missing from the last import.</source>
        <translation>Ce dossier manquait dans le dernier import.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Démarches Simplifiées dossier number</source>
        <translation>Numéro du dossier sur Démarches Simplifiées</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Lead official</source>
        <translation>Élu porteur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Answers in the dossier&apos;s form</source>
        <translation>Réponses dans le formulaire du dossier</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Ont noté</translation>
    </message>
    <message>
        <source>Jury members who have given scores</source>
        <translation>Membres du jury ayant donné des notes</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ont remis</translation>
    </message>
    <message>
        <source>Jury members who have submitted their scores</source>
        <translation>Membres du jury ayant remis leurs notes</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>The label level decided by the jury</source>
        <translation>Le niveau de label décidé par le jury</translation>
    </message>
</context>
<context>
    <name>DossiersPanel</name>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>The candidates&apos; dossiers. Click a column title to sort by it.</source>
        <translation>Les dossiers des candidats. Cliquez sur le titre d’une colonne pour trier selon celle-ci.</translation>
    </message>
</context>
<context>
    <name>EditionPanel</name>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label&#xa0;:</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Grille&#xa0;:</translation>
    </message>
    <message>
        <source>Application period:</source>
        <translation>Période de candidature&#xa0;:</translation>
    </message>
    <message>
        <source>Dossiers:</source>
        <translation>Dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>Jury members:</source>
        <translation>Membres du jury&#xa0;:</translation>
    </message>
    <message>
        <source>Scores given:</source>
        <translation>Notes données&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Décisions&#xa0;:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Réponses&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>dates not set</source>
        <translation>dates non fixées</translation>
    </message>
    <message>
        <source>from {opens} to {closes}</source>
        <translation>du {opens} au {closes}</translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message>
        <source>{domain} ({count})</source>
        <translation>{domain} ({count})</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} à {high}</translation>
    </message>
    <message>
        <source>In this jury file</source>
        <translation>Dans ce fichier de jury</translation>
    </message>
    <message>
        <source>&amp;Grid: domains and criteria</source>
        <translation>&amp;Grille&#xa0;: domaines et critères</translation>
    </message>
    <message>
        <source>Domain or criterion</source>
        <translation>Domaine ou critère</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>The grid&apos;s domains; open a domain to see its criteria, weights and scales.</source>
        <translation>Les domaines de la grille&#x202f;; ouvrez un domaine pour voir ses critères, leurs poids et leurs échelles.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do this</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>An internal error stopped this operation. Nothing you did caused it. The technical details were written to the log file:
{path}</source>
        <translation>Une erreur interne a interrompu cette opération. Vous n’y êtes pour rien. Les détails techniques ont été écrits dans le journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 sur %n ligne</numerusform>
            <numerusform>%1 sur %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltrer&#xa0;:</translation>
    </message>
    <message>
        <source>Type words to look for (Ctrl+F)</source>
        <translation>Tapez les mots à chercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Shows only the rows holding every word typed, whatever the case and the accents.</source>
        <translation>N’affiche que les lignes contenant tous les mots tapés, sans tenir compte des majuscules ni des accents.</translation>
    </message>
</context>
<context>
    <name>JuryPanel</name>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Jury &amp;members</source>
        <translation>&amp;Membres du jury</translation>
    </message>
    <message>
        <source>Jury members</source>
        <translation>Membres du jury</translation>
    </message>
    <message>
        <source>Name, organisation, role and whether the member is active.</source>
        <translation>Nom, organisation, rôle, et si le membre est actif.</translation>
    </message>
    <message>
        <source>&amp;Recusals (members stepping aside for a dossier)</source>
        <translation>&amp;Déports (membres se retirant pour un dossier)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation>Déports</translation>
    </message>
    <message>
        <source>The members who do not score a dossier, and why.</source>
        <translation>Les membres qui ne notent pas un dossier, et pourquoi.</translation>
    </message>
    <message>
        <source>No recusal recorded.</source>
        <translation>Aucun déport enregistré.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No recent file</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New jury file…</source>
        <translation>&amp;Nouveau fichier de jury…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Create a &amp;demo file…</source>
        <translation>Créer un fichier de &amp;démonstration…</translation>
    </message>
    <message>
        <source>A jury file with fictional data, to try the application</source>
        <translation>Un fichier de jury aux données fictives, pour essayer l’application</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <source>&amp;Reload the file</source>
        <translation>&amp;Recharger le fichier</translation>
    </message>
    <message>
        <source>Read the jury file again, to see changes made elsewhere</source>
        <translation>Relire le fichier de jury, pour voir les modifications faites ailleurs</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About tnl-jury</source>
        <translation>À &amp;propos de tnl-jury</translation>
    </message>
    <message>
        <source>This jury file is already open.</source>
        <translation>Ce fichier de jury est déjà ouvert.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Impossible d’ouvrir «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Création de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Cannot create {name}</source>
        <translation>Impossible de créer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Creating the demo file {name}…</source>
        <translation>Création du fichier de démonstration «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Open a jury file</source>
        <translation>Ouvrir un fichier de jury</translation>
    </message>
    <message>
        <source>Create a demo file</source>
        <translation>Créer un fichier de démonstration</translation>
    </message>
    <message>
        <source>This file was upgraded for this version; the old one was kept as {name}.</source>
        <translation>Ce fichier a été mis à niveau pour cette version&#x202f;; l’ancien a été conservé sous le nom «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>No jury file open</source>
        <translation>Aucun fichier de jury ouvert</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The {language} translation is not available.</source>
        <translation>La traduction en {language} n’est pas disponible.</translation>
    </message>
    <message>
        <source>Jury files (*.tnlj)</source>
        <translation>Fichiers de jury (*.tnlj)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Views of the jury file</source>
        <translation>Vues du fichier de jury</translation>
    </message>
    <message>
        <source>Read-only: this jury file is already open in another tnl-jury window, so nothing can be changed here. Close it there, then open it again here to make changes.</source>
        <translation>Lecture seule&#xa0;: ce fichier de jury est déjà ouvert dans une autre fenêtre de tnl-jury, rien ne peut donc être modifié ici. Fermez-le là-bas, puis rouvrez-le ici pour faire des modifications.</translation>
    </message>
    <message>
        <source>Open jury file</source>
        <translation>Fichier de jury ouvert</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <source>New jury file</source>
        <translation>Nouveau fichier de jury</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Empty: the default grid of the TNL label</source>
        <translation>Vide&#xa0;: la grille par défaut du label TNL</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Edition &amp;year:</source>
        <translation>&amp;Année de l’édition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grid file (optional):</source>
        <translation>Fichier de &amp;grille (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Jury file to create</source>
        <translation>Fichier de jury à créer</translation>
    </message>
    <message>
        <source>Choose where to save the jury file</source>
        <translation>Choisir où enregistrer le fichier de jury</translation>
    </message>
    <message>
        <source>Edition year</source>
        <translation>Année de l’édition</translation>
    </message>
    <message>
        <source>Grid file</source>
        <translation>Fichier de grille</translation>
    </message>
    <message>
        <source>Leave empty to use the default grid of the TNL label.</source>
        <translation>Laissez vide pour utiliser la grille par défaut du label TNL.</translation>
    </message>
    <message>
        <source>Choose a grid file</source>
        <translation>Choisir un fichier de grille</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Jury files (*.tnlj)</source>
        <translation>Fichiers de jury (*.tnlj)</translation>
    </message>
    <message>
        <source>Grid files (*.toml)</source>
        <translation>Fichiers de grille (*.toml)</translation>
    </message>
    <message>
        <source>Choose where to save the jury file.</source>
        <translation>Choisissez où enregistrer le fichier de jury.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>A file named {name} already exists there: choose another name.</source>
        <translation>Un fichier nommé «&#xa0;{name}&#xa0;» existe déjà à cet endroit&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The grid file {path} does not exist.</source>
        <translation>Le fichier de grille {path} n’existe pas.</translation>
    </message>
</context>
<context>
    <name>TaskWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Intermunicipality (EPCI)</source>
        <translation>Intercommunalité (EPCI)</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Niveau {level}</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to tnl-jury</source>
        <translation>Bienvenue dans tnl-jury</translation>
    </message>
    <message>
        <source>Open the jury file of your edition to start. To prepare a new edition, create a new jury file. To discover the application, create a demo file: it holds fictional candidates and jury members.</source>
        <translation>Pour commencer, ouvrez le fichier de jury de votre édition. Pour préparer une nouvelle édition, créez un nouveau fichier de jury. Pour découvrir l’application, créez un fichier de démonstration&#xa0;: il contient des candidats et des membres du jury fictifs.</translation>
    </message>
    <message>
        <source>&amp;Open a jury file…</source>
        <translation>&amp;Ouvrir un fichier de jury…</translation>
    </message>
    <message>
        <source>Open a jury file</source>
        <translation>Ouvrir un fichier de jury</translation>
    </message>
    <message>
        <source>&amp;New jury file…</source>
        <translation>&amp;Nouveau fichier de jury…</translation>
    </message>
    <message>
        <source>New jury file</source>
        <translation>Nouveau fichier de jury</translation>
    </message>
    <message>
        <source>Create a &amp;demo file…</source>
        <translation>Créer un fichier de &amp;démonstration…</translation>
    </message>
    <message>
        <source>Create a demo file</source>
        <translation>Créer un fichier de démonstration</translation>
    </message>
    <message>
        <source>Creates a jury file with fictional data, to try the application.</source>
        <translation>Crée un fichier de jury aux données fictives, pour essayer l’application.</translation>
    </message>
    <message>
        <source>&amp;Recent files (press Enter to open):</source>
        <translation>Fichiers &amp;récents (Entrée pour ouvrir)&#xa0;:</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>No recent file yet.</source>
        <translation>Aucun fichier récent pour l’instant.</translation>
    </message>
</context>
</TS>
