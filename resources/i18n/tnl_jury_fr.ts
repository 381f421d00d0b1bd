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
    <name>AnswersDialog</name>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>[changed at the last import]</source>
        <translation>[modifiée lors du dernier import]</translation>
    </message>
    <message>
        <source>Candidate&apos;s answers — {dossier}</source>
        <translation>Réponses du candidat — {dossier}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Candidate&apos;s answers</source>
        <translation>Réponses du candidat</translation>
    </message>
    <message>
        <source>Grouped by domain and criterion. Use the arrows to move, Right to open a group.</source>
        <translation>Regroupées par domaine et par critère. Les flèches déplacent, la flèche droite ouvre un groupe.</translation>
    </message>
    <message>
        <source>(not in this dossier)</source>
        <translation>(absente de ce dossier)</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Autres réponses</translation>
    </message>
    <message>
        <source>Repeated blocks</source>
        <translation>Blocs répétés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This dossier holds no answer.</source>
        <translation>Ce dossier ne contient aucune réponse.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment {name}</source>
        <translation>Pièce jointe {name}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <source>Text of the attachment</source>
        <translation>Texte de la pièce jointe</translation>
    </message>
    <message>
        <source>Views of the attachment</source>
        <translation>Vues de la pièce jointe</translation>
    </message>
    <message>
        <source>Only the first {shown} of {total} pages are shown here; open the file with the system’s viewer to see them all.</source>
        <translation>Seules les {shown} premières pages sur {total} sont affichées ici&#x202f;; ouvrez le fichier avec la visionneuse du système pour les voir toutes.</translation>
    </message>
    <message>
        <source>This image cannot be shown; open it with the system’s viewer.</source>
        <translation>Cette image ne peut pas être affichée&#x202f;; ouvrez-la avec la visionneuse du système.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
</context>
<context>
    <name>BallotActions</name>
    <message>
        <source>Import ballots</source>
        <translation>Importer des bulletins</translation>
    </message>
    <message>
        <source>Ballots (*.tnlb)</source>
        <translation>Bulletins (*.tnlb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Hand in a ballot</source>
        <translation>Remettre un bulletin</translation>
    </message>
    <message>
        <source>Choose the folder for the juror packages</source>
        <translation>Choisir le dossier où écrire les paquets des jurés</translation>
    </message>
    <message>
        <source>{count} juror packages were written to {folder}:

{lines}

Copy each one onto its member&apos;s USB key or laptop; the member opens it with tnl-jury, scores, and hands in ballots.</source>
        <translation>{count} paquets de juré ont été écrits dans {folder}&#xa0;:

{lines}

Copiez chacun sur la clé USB ou l’ordinateur de son membre&#x202f;; le membre l’ouvre avec tnl-jury, note, puis remet ses bulletins.</translation>
    </message>
    <message>
        <source>Juror packages made</source>
        <translation>Paquets de juré prêts</translation>
    </message>
    <message>
        <source>Making the juror packages…</source>
        <translation>Préparation des paquets de juré…</translation>
    </message>
    <message>
        <source>Cannot make the juror packages</source>
        <translation>Impossible de préparer les paquets de juré</translation>
    </message>
    <message>
        <source>Your ballot no. {number} was written to:
{file}</source>
        <translation>Votre bulletin n°&#xa0;{number} a été enregistré dans&#xa0;:
{file}</translation>
    </message>
    <message>
        <source>Give this file to the secretariat (on the USB key). You can hand in another ballot later: it will hold everything you have scored by then.</source>
        <translation>Remettez ce fichier au secrétariat (sur la clé USB). Vous pourrez remettre un autre bulletin plus tard&#xa0;: il contiendra tout ce que vous aurez noté d’ici là.</translation>
    </message>
    <message>
        <source>Ballot handed in</source>
        <translation>Bulletin remis</translation>
    </message>
    <message>
        <source>Writing your ballot…</source>
        <translation>Enregistrement de votre bulletin…</translation>
    </message>
    <message>
        <source>Cannot write the ballot</source>
        <translation>Impossible d’enregistrer le bulletin</translation>
    </message>
    <message>
        <source>Importing the ballots…</source>
        <translation>Import des bulletins…</translation>
    </message>
    <message>
        <source>Cannot import the ballots</source>
        <translation>Impossible d’importer les bulletins</translation>
    </message>
</context>
<context>
    <name>BallotConflictsDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Typed in the file</source>
        <translation>Saisi dans le fichier</translation>
    </message>
    <message>
        <source>Typed in the file: {value}</source>
        <translation>Saisi dans le fichier&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Member&apos;s ballot</source>
        <translation>Bulletin du membre</translation>
    </message>
    <message>
        <source>Member&apos;s ballot: {value}</source>
        <translation>Bulletin du membre&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Changed by the member on {time}</source>
        <translation>Modifié par le membre le {time}</translation>
    </message>
</context>
<context>
    <name>BallotImportDialog</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciennes</translation>
    </message>
    <message>
        <source>Values older than those already in the file: the newer values were kept</source>
        <translation>Valeurs plus anciennes que celles déjà dans le fichier&#xa0;: les plus récentes ont été gardées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Values that differ from values typed in the file: you choose which to keep</source>
        <translation>Valeurs qui diffèrent de valeurs saisies dans le fichier&#xa0;: vous choisissez laquelle garder</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillées</translation>
    </message>
    <message>
        <source>Values on dossiers whose decision is locked: not taken into the file</source>
        <translation>Valeurs de dossiers dont la décision est verrouillée&#xa0;: non reprises dans le fichier</translation>
    </message>
    <message>
        <source>Merged; {count} values refused: the member stepped aside for dossier {dossiers}</source>
        <translation>Fusionné&#x202f;; {count} valeurs refusées&#xa0;: le membre s’est déporté pour le dossier {dossiers}</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Already imported: nothing changed</source>
        <translation>Déjà importé&#xa0;: rien n’a changé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>The ballot&apos;s number (1, 2, 3… per package)</source>
        <translation>Le numéro du bulletin (1, 2, 3… par paquet)</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Ballots imported</source>
        <translation>Bulletins importés</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) read:</source>
        <translation>
            <numerusform>%n bulletin lu&#xa0;:</numerusform>
            <numerusform>%n bulletins lus&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionné</numerusform>
            <numerusform>%n fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n déjà importé</numerusform>
            <numerusform>%n déjà importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ from values typed in the file: choose which to keep with “Settle the conflicts…”.</source>
        <translation>
            <numerusform>%n valeur diffère d’une valeur saisie dans le fichier&#xa0;: choisissez laquelle garder avec «&#xa0;Trancher les conflits…&#xa0;».</numerusform>
            <numerusform>%n valeurs diffèrent de valeurs saisies dans le fichier&#xa0;: choisissez lesquelles garder avec «&#xa0;Trancher les conflits…&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Per &amp;member</source>
        <translation>Par &amp;membre</translation>
    </message>
    <message>
        <source>What the ballots did, per member</source>
        <translation>Ce que les bulletins ont apporté, par membre</translation>
    </message>
    <message>
        <source>Values added, changed, unchanged, older than the file&apos;s (the newer kept), in conflict with the file, and on locked decisions.</source>
        <translation>Valeurs ajoutées, modifiées, inchangées, plus anciennes que celles du fichier (la plus récente est gardée), en conflit avec le fichier, et sur des décisions verrouillées.</translation>
    </message>
    <message>
        <source>&amp;Per ballot file</source>
        <translation>&amp;Par fichier de bulletin</translation>
    </message>
    <message>
        <source>The ballot files read</source>
        <translation>Les fichiers de bulletin lus</translation>
    </message>
    <message>
        <source>&amp;Refused ballots (nothing was taken from them)</source>
        <translation>Bulletins &amp;refusés (rien n’en a été repris)</translation>
    </message>
    <message>
        <source>Why ballots were refused</source>
        <translation>Pourquoi des bulletins ont été refusés</translation>
    </message>
    <message>
        <source>Settle the &amp;conflicts…</source>
        <translation>Trancher les &amp;conflits…</translation>
    </message>
    <message>
        <source>Settle the conflicts</source>
        <translation>Trancher les conflits</translation>
    </message>
</context>
<context>
    <name>BallotTexts</name>
    <message>
        <source>Does not step aside</source>
        <translation>Ne se déporte pas</translation>
    </message>
    <message>
        <source>Steps aside: {reason}</source>
        <translation>Se déporte&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>(no level)</source>
        <translation>(pas de niveau)</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Niveau {level}</translation>
    </message>
    <message>
        <source>No opinion</source>
        <translation>Sans avis</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>{value} — “{note}”</source>
        <translation>{value} — «&#xa0;{note}&#xa0;»</translation>
    </message>
    <message>
        <source>Proposed level and general note</source>
        <translation>Niveau proposé et remarque générale</translation>
    </message>
    <message>
        <source>Stepping aside</source>
        <translation>Déport</translation>
    </message>
</context>
<context>
    <name>BallotsMenu</name>
    <message>
        <source>&amp;Ballots</source>
        <translation>&amp;Bulletins</translation>
    </message>
    <message>
        <source>Make &amp;juror packages…</source>
        <translation>Préparer les &amp;paquets de juré…</translation>
    </message>
    <message>
        <source>One package per member, to score offline on their own laptop</source>
        <translation>Un paquet par membre, pour noter hors ligne sur son propre ordinateur</translation>
    </message>
    <message>
        <source>&amp;Import ballots…</source>
        <translation>&amp;Importer des bulletins…</translation>
    </message>
    <message>
        <source>Merge the members&apos; signed ballots into this jury file</source>
        <translation>Fusionner dans ce fichier de jury les bulletins signés des membres</translation>
    </message>
    <message>
        <source>Settle the &amp;conflicts…</source>
        <translation>Trancher les &amp;conflits…</translation>
    </message>
    <message>
        <source>Ballot values that differ from values typed in the file</source>
        <translation>Les valeurs des bulletins qui diffèrent de valeurs saisies dans le fichier</translation>
    </message>
    <message>
        <source>&amp;Hand in a ballot…</source>
        <translation>&amp;Remettre un bulletin…</translation>
    </message>
    <message>
        <source>Save your signed ballot, to give to the secretariat</source>
        <translation>Enregistrer votre bulletin signé, à remettre au secrétariat</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>The members&apos; proposed levels</source>
        <translation>Niveaux proposés par les membres</translation>
    </message>
    <message>
        <source>Majority grade: {level}</source>
        <translation>Mention majoritaire&#xa0;: {level}</translation>
    </message>
    <message>
        <source>No member has proposed a level yet.</source>
        <translation>Aucun membre n’a encore proposé de niveau.</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>Scores against the level thresholds</source>
        <translation>Scores face aux seuils des niveaux</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>ticks: the score each level requires (red: not reached)</source>
        <translation>traits&#xa0;: le score que demande chaque niveau (en rouge&#xa0;: non atteint)</translation>
    </message>
    <message>
        <source>Each member&apos;s value, criterion by criterion</source>
        <translation>La note de chaque membre, critère par critère</translation>
    </message>
    <message>
        <source>one dot per member · bar: the mean</source>
        <translation>un point par membre · trait&#xa0;: la moyenne</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>L{level}</source>
        <translation>N{level}</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Aucun label</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Edition and grid</source>
        <translation>Édition et grille</translation>
    </message>
    <message>
        <source>Import the dossiers, map the questions</source>
        <translation>Importer les dossiers, associer les questions</translation>
    </message>
    <message>
        <source>Jury: members and recusals</source>
        <translation>Jury&#xa0;: membres et déports</translation>
    </message>
    <message>
        <source>Scoring (on this laptop or by ballots)</source>
        <translation>Notation (sur ce poste ou par bulletins)</translation>
    </message>
    <message>
        <source>Meeting: date, place, attendance</source>
        <translation>Séance&#xa0;: date, lieu, présences</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Signatures of the minutes</source>
        <translation>Signatures du procès-verbal</translation>
    </message>
    <message>
        <source>Letters and published list</source>
        <translation>Courriers et liste publiée</translation>
    </message>
    <message>
        <source>{count} criteria</source>
        <translation>{count} critères</translation>
    </message>
    <message>
        <source>{count} dossiers</source>
        <translation>{count} dossiers</translation>
    </message>
    <message>
        <source>no dossier yet</source>
        <translation>aucun dossier pour l’instant</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} membres</translation>
    </message>
    <message>
        <source>no member yet</source>
        <translation>aucun membre pour l’instant</translation>
    </message>
    <message>
        <source>{done} of {total} scoring sheets submitted (a member, a dossier)</source>
        <translation>{done} fiches de notation transmises sur {total} (un membre, un dossier)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} présents</translation>
    </message>
    <message>
        <source>date or attendance missing</source>
        <translation>date ou présences manquantes</translation>
    </message>
    <message>
        <source>{done} of {total} dossiers decided</source>
        <translation>{done} dossiers décidés sur {total}</translation>
    </message>
    <message>
        <source>written</source>
        <translation>rédigé</translation>
    </message>
    <message>
        <source>to write again: a decision or the attendance changed since</source>
        <translation>à refaire&#xa0;: une décision ou les présences ont changé depuis</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non rédigé</translation>
    </message>
    <message>
        <source>signed, decisions locked</source>
        <translation>signé, décisions verrouillées</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>{done} of {total} written</source>
        <translation>{done} sur {total} rédigés</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Every step is done: the edition is published.</source>
        <translation>Toutes les étapes sont faites&#xa0;: l’édition est publiée.</translation>
    </message>
    <message>
        <source>From the edition to publication. Click a step to open its screen.</source>
        <translation>De l’édition à la publication. Cliquez sur une étape pour ouvrir son écran.</translation>
    </message>
    <message>
        <source>Where the edition stands</source>
        <translation>Où en est l’édition</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>submit your own scores for this dossier to see the other members&apos;</source>
        <translation>validez d’abord votre propre notation de ce dossier pour voir celle des autres membres</translation>
    </message>
    <message>
        <source>Cannot compare the scores</source>
        <translation>Impossible de comparer les notes</translation>
    </message>
    <message>
        <source>Reading the scores…</source>
        <translation>Lecture des notes…</translation>
    </message>
    <message>
        <source>Dossier {number} — {candidate}</source>
        <translation>Dossier {number} — {candidate}</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Compare scores — {title}</source>
        <translation>Comparer les notes — {title}</translation>
    </message>
    <message>
        <source>Some scores are hidden: {reason}.</source>
        <translation>Certaines notes sont masquées&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{warning} marks a criterion whose scores are far apart (standard deviation of {threshold} or more). {comment} marks a comment: point at the cell, or select it, to read it.</source>
        <translation>{warning} signale un critère dont les notes sont très écartées (écart-type de {threshold} ou plus). {comment} signale un commentaire&#xa0;: pointez la case, ou sélectionnez-la, pour le lire.</translation>
    </message>
    <message>
        <source>&amp;Scores by criterion ({count} far apart)</source>
        <translation>&amp;Notes par critère (écarts marqués&#xa0;: {count})</translation>
    </message>
    <message>
        <source>Scores by criterion and jury member</source>
        <translation>Notes par critère et par membre du jury</translation>
    </message>
    <message>
        <source>One row per criterion, one column per jury member, and the spread last. Move with the arrow keys; the comments of the selected cell are shown beside.</source>
        <translation>Une ligne par critère, une colonne par membre du jury, et l’écart en dernier. Déplacez-vous avec les flèches&#x202f;; les commentaires de la case choisie s’affichent à côté.</translation>
    </message>
    <message>
        <source>C&amp;omments</source>
        <translation>C&amp;ommentaires</translation>
    </message>
    <message>
        <source>Comments of the selected cell</source>
        <translation>Commentaires de la case choisie</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the scores again</source>
        <translation>Relire les notes</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <source>Seen by the secretariat: every score is shown.</source>
        <translation>Vue du secrétariat&#xa0;: toutes les notes sont affichées.</translation>
    </message>
    <message>
        <source>Seen by member {id}.</source>
        <translation>Vue du membre {id}.</translation>
    </message>
    <message>
        <source>Seen by {name} ({role}).</source>
        <translation>Vue de {name} ({role}).</translation>
    </message>
    <message>
        <source>Select a cell to read its comments.</source>
        <translation>Choisissez une case pour lire ses commentaires.</translation>
    </message>
    <message>
        <source>Score: {value}</source>
        <translation>Note&#xa0;: {value}</translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation>Aucun commentaire.</translation>
    </message>
    <message>
        <source>No comment on this criterion.</source>
        <translation>Aucun commentaire sur ce critère.</translation>
    </message>
</context>
<context>
    <name>ComparisonFeature</name>
    <message>
        <source>&amp;Compare scores…</source>
        <translation>&amp;Comparer les notes…</translation>
    </message>
    <message>
        <source>The scores of the dossier selected in the Dossiers tab, side by side for every member</source>
        <translation>Les notes du dossier choisi dans l’onglet Dossiers, côte à côte pour chaque membre</translation>
    </message>
    <message>
        <source>&amp;Print scoring sheets…</source>
        <translation>&amp;Imprimer des fiches de notation…</translation>
    </message>
    <message>
        <source>A PDF of paper scoring sheets, for jurors who prefer paper</source>
        <translation>Un PDF de fiches de notation, pour les jurés qui préfèrent le papier</translation>
    </message>
    <message>
        <source>Edition &amp;settings…</source>
        <translation>Ré&amp;glages de l’édition…</translation>
    </message>
    <message>
        <source>Blind scoring, disagreement threshold, the president&apos;s casting vote</source>
        <translation>Notation à l’aveugle, seuil de désaccord, voix prépondérante de la présidence</translation>
    </message>
    <message>
        <source>Compare scores</source>
        <translation>Comparer les notes</translation>
    </message>
    <message>
        <source>First select a dossier in the Dossiers tab.</source>
        <translation>Choisissez d’abord un dossier dans l’onglet Dossiers.</translation>
    </message>
    <message>
        <source>Reading the edition settings…</source>
        <translation>Lecture des réglages de l’édition…</translation>
    </message>
    <message>
        <source>Cannot read the edition settings</source>
        <translation>Impossible de lire les réglages de l’édition</translation>
    </message>
    <message>
        <source>The edition settings were saved.</source>
        <translation>Les réglages de l’édition sont enregistrés.</translation>
    </message>
    <message>
        <source>Saving the edition settings…</source>
        <translation>Enregistrement des réglages de l’édition…</translation>
    </message>
    <message>
        <source>Cannot save the edition settings</source>
        <translation>Impossible d’enregistrer les réglages de l’édition</translation>
    </message>
    <message>
        <source>scoring-sheets</source>
        <translation>fiches-de-notation</translation>
    </message>
    <message>
        <source>Scoring sheets written: {path}</source>
        <translation>Fiches de notation écrites&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Print scoring sheets</source>
        <translation>Imprimer des fiches de notation</translation>
    </message>
    <message>
        <source>The scoring sheets were written to {path}. Open it to print it.</source>
        <translation>Les fiches de notation ont été écrites dans {path}. Ouvrez ce fichier pour l’imprimer.</translation>
    </message>
    <message>
        <source>Writing the scoring sheets…</source>
        <translation>Écriture des fiches de notation…</translation>
    </message>
    <message>
        <source>Cannot write the scoring sheets</source>
        <translation>Impossible d’écrire les fiches de notation</translation>
    </message>
</context>
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>no opinion</source>
        <translation>sans avis</translation>
    </message>
    <message>
        <source>hidden until you submit your own scores</source>
        <translation>masqué tant que vous n’avez pas validé votre notation</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>pas noté</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Commentaire&#xa0;: {comment}</translation>
    </message>
    <message>
        <source>spread {range}</source>
        <translation>écart {range}</translation>
    </message>
    <message>
        <source>Hidden until you submit your own scores for this dossier.</source>
        <translation>Masquée tant que vous n’avez pas validé votre propre notation de ce dossier.</translation>
    </message>
    <message>
        <source>No score to compare yet.</source>
        <translation>Aucune note à comparer pour l’instant.</translation>
    </message>
    <message>
        <source>Highest minus lowest score: {range}; standard deviation: {stdev}.</source>
        <translation>Note la plus haute moins la plus basse&#xa0;: {range}&#x202f;; écart-type&#xa0;: {stdev}.</translation>
    </message>
    <message>
        <source>The scores are far apart (the edition&apos;s threshold is {threshold}): worth discussing.</source>
        <translation>Les notes sont très écartées (le seuil de l’édition est {threshold})&#xa0;: à discuter.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>How far apart the scores are (highest minus lowest)</source>
        <translation>L’écart entre les notes (la plus haute moins la plus basse)</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <source>scores far apart</source>
        <translation>notes très écartées</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts between ballots and the file</source>
        <translation>Conflits entre les bulletins et le fichier</translation>
    </message>
    <message>
        <source>These values of members&apos; ballots differ from values someone typed in the file (from a paper sheet, say). For each one, take the member&apos;s value from the ballot or keep the value typed in the file. Nothing changes until you choose.</source>
        <translation>Ces valeurs des bulletins des membres diffèrent de valeurs saisies dans le fichier (depuis une feuille papier, par exemple). Pour chacune, prenez la valeur du membre, venue de son bulletin, ou gardez la valeur saisie dans le fichier. Rien ne change tant que vous n’avez pas choisi.</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflits à trancher</translation>
    </message>
    <message>
        <source>Dossier, member, criterion, the value in the file and the one in the ballot.</source>
        <translation>Dossier, membre, critère, la valeur du fichier et celle du bulletin.</translation>
    </message>
    <message>
        <source>&amp;Conflicts:</source>
        <translation>&amp;Conflits&#xa0;:</translation>
    </message>
    <message>
        <source>No conflict is waiting for a choice.</source>
        <translation>Aucun conflit n’attend de choix.</translation>
    </message>
    <message>
        <source>Take the &amp;member&apos;s value</source>
        <translation>Prendre la valeur du &amp;membre</translation>
    </message>
    <message>
        <source>The member&apos;s value from the ballot replaces the file&apos;s.</source>
        <translation>La valeur du membre, venue de son bulletin, remplace celle du fichier.</translation>
    </message>
    <message>
        <source>Keep the &amp;typed value</source>
        <translation>Garder la valeur &amp;saisie</translation>
    </message>
    <message>
        <source>The file&apos;s value stays; the ballot&apos;s is set aside.</source>
        <translation>La valeur du fichier reste&#x202f;; celle du bulletin est écartée.</translation>
    </message>
    <message>
        <source>Recording your choice…</source>
        <translation>Enregistrement de votre choix…</translation>
    </message>
    <message>
        <source>Cannot settle this conflict</source>
        <translation>Impossible de trancher ce conflit</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Create the jury authority</source>
        <translation>Créer l’autorité du jury</translation>
    </message>
    <message>
        <source>Once per edition, the secretariat creates the jury authority: it vouches for the members&apos; signature keys, so that whoever checks the signed minutes needs to trust it alone. Its folder and its passphrase stay with the secretariat.</source>
        <translation>Une fois par édition, le secrétariat crée l’autorité du jury : elle garantit les clés de signature des membres, de sorte que quiconque vérifie le procès-verbal signé n’a besoin de faire confiance qu’à elle. Son dossier et sa phrase de passe restent au secrétariat.</translation>
    </message>
    <message>
        <source>Technically, a certification authority (CA): its certificate, ca-cert.pem, is public; its private key, ca-key.pem, is protected by the passphrase.</source>
        <translation>Techniquement, une autorité de certification (AC) : son certificat, ca-cert.pem, est public ; sa clé privée, ca-key.pem, est protégée par la phrase de passe.</translation>
    </message>
    <message>
        <source>Name of the authority</source>
        <translation>Nom de l’autorité</translation>
    </message>
    <message>
        <source>Printed in every certificate the authority issues (its common name).</source>
        <translation>Inscrit dans chaque certificat que l’autorité délivre (son nom commun).</translation>
    </message>
    <message>
        <source>Folder of the jury authority</source>
        <translation>Dossier de l’autorité du jury</translation>
    </message>
    <message>
        <source>Choose the folder of the jury authority</source>
        <translation>Choisir le dossier de l’autorité du jury</translation>
    </message>
    <message>
        <source>The authority&apos;s two files are written there, its certificate (ca-cert.pem) and its private key (ca-key.pem); the folder is created if missing.</source>
        <translation>Les deux fichiers de l’autorité y sont écrits, son certificat (ca-cert.pem) et sa clé privée (ca-key.pem) ; le dossier est créé s’il n’existe pas.</translation>
    </message>
    <message>
        <source>Passphrase of the authority</source>
        <translation>Phrase de passe de l’autorité</translation>
    </message>
    <message>
        <source>Passphrase of the authority again</source>
        <translation>Phrase de passe de l’autorité, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;epeat the passphrase:</source>
        <translation>&amp;Répétez la phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Give the authority a name.</source>
        <translation>Donnez un nom à l’autorité.</translation>
    </message>
    <message>
        <source>Choose the folder of the jury authority.</source>
        <translation>Choisissez le dossier de l’autorité du jury.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a jury authority ({name}): choose another one.</source>
        <translation>Le dossier {folder} contient déjà une autorité du jury ({name}) : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Jury authority created</source>
        <translation>Autorité du jury créée</translation>
    </message>
    <message>
        <source>The jury authority was created in:
{folder}

Give its certificate, the file ca-cert.pem, to whoever checks the signatures; keep its private key, ca-key.pem, and its passphrase with the secretariat.</source>
        <translation>L’autorité du jury a été créée dans :
{folder}

Donnez son certificat, le fichier ca-cert.pem, à qui vérifie les signatures ; gardez sa clé privée, ca-key.pem, et sa phrase de passe au secrétariat.</translation>
    </message>
    <message>
        <source>Creating the jury authority…</source>
        <translation>Création de l’autorité du jury…</translation>
    </message>
    <message>
        <source>Cannot create the jury authority</source>
        <translation>Impossible de créer l’autorité du jury</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>La phrase de passe doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation>Les deux phrases de passe diffèrent&#xa0;: saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>Jury {label} {year}</source>
        <translation>Jury {label} {year}</translation>
    </message>
    <message>
        <source>jury-ca-{year}</source>
        <translation>ac-jury-{year}</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>— not proposed —</source>
        <translation>— aucun niveau proposé —</translation>
    </message>
    <message>
        <source>0 — not labelled</source>
        <translation>0 — non labellisé</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} criteria done</source>
        <translation>{name}&#xa0;: {done} critères sur {total} notés</translation>
    </message>
    <message>
        <source>Proposed &amp;level:</source>
        <translation>&amp;Niveau proposé&#xa0;:</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Niveau proposé</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>The label level you propose for this dossier, from 0 to 5.</source>
        <translation>Le niveau de label que vous proposez pour ce dossier, de 0 à 5.</translation>
    </message>
    <message>
        <source>General &amp;note:</source>
        <translation>Remarque &amp;générale&#xa0;:</translation>
    </message>
    <message>
        <source>General note</source>
        <translation>Remarque générale</translation>
    </message>
    <message>
        <source>Your overall remarks on the dossier; saved as you type.</source>
        <translation>Vos remarques d’ensemble sur le dossier&#x202f;; enregistrées au fil de la frappe.</translation>
    </message>
    <message>
        <source>Domains of the grid</source>
        <translation>Domaines de la grille</translation>
    </message>
    <message>
        <source>Each domain with how many of its criteria have a score.</source>
        <translation>Chaque domaine, avec le nombre de ses critères déjà notés.</translation>
    </message>
    <message>
        <source>Current domain</source>
        <translation>Domaine affiché</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Score: {state}</source>
        <translation>Note&#xa0;: {state}</translation>
    </message>
    <message>
        <source>No opinion: this criterion is left out of your average.</source>
        <translation>Sans avis&#xa0;: ce critère n’entre pas dans votre moyenne.</translation>
    </message>
    <message>
        <source>⚠ Answers changed</source>
        <translation>⚠ Réponses modifiées</translation>
    </message>
    <message>
        <source>A re-import changed answers of this criterion after scoring had started.</source>
        <translation>Une nouvelle importation a modifié des réponses de ce critère après le début de la notation.</translation>
    </message>
    <message>
        <source>Help for {code}</source>
        <translation>Aide pour {code}</translation>
    </message>
    <message>
        <source>Comment on {code}:</source>
        <translation>Commentaire sur {code}&#xa0;:</translation>
    </message>
    <message>
        <source>Comment on {code}: {label}</source>
        <translation>Commentaire sur {code}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Your remarks on this criterion; saved as you type. Tab goes on.</source>
        <translation>Vos remarques sur ce critère&#x202f;; enregistrées au fil de la frappe. Tab passe à la suite.</translation>
    </message>
    <message>
        <source>Your remarks (optional)</source>
        <translation>Vos remarques (facultatif)</translation>
    </message>
    <message>
        <source>Current criterion</source>
        <translation>Critère en cours</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision — {number}</source>
        <translation>Décision — {number}</translation>
    </message>
    <message>
        <source>Proposed by the rules: {reason}</source>
        <translation>Proposé par les règles&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Majority judgment of the members: {gauge}</source>
        <translation>Jugement majoritaire des membres&#xa0;: {gauge}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) entitled to vote (present with a deliberative vote, not recused).</source>
        <translation>
            <numerusform>%n membre ayant droit de vote (présent avec voix délibérative, non déporté).</numerusform>
            <numerusform>%n membres ayant droit de vote (présents avec voix délibérative, non déportés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Recused, cannot vote on this dossier: {names}</source>
        <translation>Déportés, ne votent pas sur ce dossier&#xa0;: {names}</translation>
    </message>
    <message>
        <source>— (no casting vote)</source>
        <translation>— (pas de voix prépondérante)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstains</source>
        <translation>S’abstient</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Level decided</source>
        <translation>Niveau décidé</translation>
    </message>
    <message>
        <source>Votes &amp;for:</source>
        <translation>Voix &amp;pour&#xa0;:</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Voix pour</translation>
    </message>
    <message>
        <source>Votes a&amp;gainst:</source>
        <translation>Voix &amp;contre&#xa0;:</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Voix contre</translation>
    </message>
    <message>
        <source>A&amp;bstentions:</source>
        <translation>A&amp;bstentions&#xa0;:</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>&amp;President&apos;s ballot (decides a tie):</source>
        <translation>Vote du pr&amp;ésident (départage une égalité)&#xa0;:</translation>
    </message>
    <message>
        <source>The president&apos;s ballot, which decides a tie</source>
        <translation>Le vote du président, qui départage une égalité</translation>
    </message>
    <message>
        <source>&amp;Motivation (required):</source>
        <translation>&amp;Motivation (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>&amp;Recommendations to the candidate:</source>
        <translation>Pistes de p&amp;rogression pour le candidat&#xa0;:</translation>
    </message>
    <message>
        <source>Recommendations to the candidate</source>
        <translation>Pistes de progression pour le candidat</translation>
    </message>
    <message>
        <source>A draft built from the domain scores and the members&apos; notes; edit it.</source>
        <translation>Un brouillon tiré des scores par domaine et des notes des membres&#x202f;; modifiez-le.</translation>
    </message>
    <message>
        <source>The avenues for progress sent to the candidate; a draft to edit.</source>
        <translation>Les pistes de progression adressées au candidat&#x202f;; un brouillon à modifier.</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Enregistrer la &amp;décision</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>{votes_for} for, {against} against, {abstentions} abstentions</source>
        <translation>{votes_for} pour, {against} contre, {abstentions} abstentions</translation>
    </message>
    <message>
        <source>no casting vote</source>
        <translation>sans voix prépondérante</translation>
    </message>
    <message>
        <source>the president&apos;s casting vote for</source>
        <translation>voix prépondérante du président pour</translation>
    </message>
    <message>
        <source>the president&apos;s casting vote against</source>
        <translation>voix prépondérante du président contre</translation>
    </message>
    <message>
        <source>the president abstains</source>
        <translation>le président s’abstient</translation>
    </message>
    <message>
        <source>{level} — {votes}; {ballot}</source>
        <translation>{level} — {votes}&#x202f;; {ballot}</translation>
    </message>
    <message>
        <source>Will be recorded: {recap}.</source>
        <translation>Sera enregistré&#xa0;: {recap}.</translation>
    </message>
    <message>
        <source>No vote entered yet.</source>
        <translation>Aucune voix saisie pour l’instant.</translation>
    </message>
    <message>
        <source>⚠ {total} votes for {eligible} members entitled to vote.</source>
        <translation>⚠ {total} voix pour {eligible} membres ayant droit de vote.</translation>
    </message>
    <message>
        <source>Adopted by the president&apos;s casting vote.</source>
        <translation>Adopté grâce à la voix prépondérante du président.</translation>
    </message>
    <message>
        <source>Adopted: a majority of the votes cast.</source>
        <translation>Adopté&#xa0;: majorité des suffrages exprimés.</translation>
    </message>
    <message>
        <source>Tie: the president&apos;s ballot decides.</source>
        <translation>Égalité&#xa0;: le vote du président départage.</translation>
    </message>
    <message>
        <source>Not adopted: it needs a majority of the votes cast.</source>
        <translation>Non adopté&#xa0;: il faut la majorité des suffrages exprimés.</translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>DeliberationFeature</name>
    <message>
        <source>De&amp;liberation</source>
        <translation>Dé&amp;libération</translation>
    </message>
    <message>
        <source>&amp;Show the results</source>
        <translation>&amp;Afficher les résultats</translation>
    </message>
    <message>
        <source>&amp;Meeting…</source>
        <translation>&amp;Séance…</translation>
    </message>
    <message>
        <source>&amp;Decide on the dossier…</source>
        <translation>&amp;Décider sur le dossier…</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>&amp;Clore la séance…</translation>
    </message>
    <message>
        <source>&amp;Reopen the decision…</source>
        <translation>&amp;Rouvrir la décision…</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Pro&amp;jector view</source>
        <translation>Vue pro&amp;jecteur</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>The meeting is recorded.</source>
        <translation>La séance est enregistrée.</translation>
    </message>
    <message>
        <source>Choose a dossier in the list first (arrows), then decide on it.</source>
        <translation>Choisissez d’abord un dossier dans la liste (flèches), puis décidez.</translation>
    </message>
    <message>
        <source>Decision recorded for dossier {number}: {recap}.</source>
        <translation>Décision enregistrée pour le dossier {number}&#xa0;: {recap}.</translation>
    </message>
    <message>
        <source>Close the meeting? Its {decided} decision(s) will be locked: changing one will need a reason, recorded in the audit log. {pending} dossier(s) have no decision.</source>
        <translation>Clore la séance&#x202f;? Ses décisions ({decided}) seront verrouillées&#xa0;: en modifier une demandera un motif, inscrit au journal d’audit. Dossiers sans décision&#xa0;: {pending}.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Clore la séance</translation>
    </message>
    <message>
        <source>The meeting is closed; {count} decision(s) locked.</source>
        <translation>La séance est close&#x202f;; décisions verrouillées&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Reopen the decision</source>
        <translation>Rouvrir la décision</translation>
    </message>
    <message>
        <source>Why reopen the decision on dossier {number}? (recorded in the audit log)</source>
        <translation>Pourquoi rouvrir la décision sur le dossier {number}&#x202f;? (inscrit au journal d’audit)</translation>
    </message>
</context>
<context>
    <name>DeliberationPanel</name>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Computing the results…</source>
        <translation>Calcul des résultats…</translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation>Séance du {date}</translation>
    </message>
    <message>
        <source>Meeting: date not recorded yet</source>
        <translation>Séance&#xa0;: date pas encore saisie</translation>
    </message>
    <message>
        <source>, {place}</source>
        <translation>, {place}</translation>
    </message>
    <message>
        <source>The meeting is closed: its decisions are locked.</source>
        <translation>La séance est close&#xa0;: ses décisions sont verrouillées.</translation>
    </message>
    <message numerus="yes">
        <source>To disc&amp;uss, most disputed first (%n):</source>
        <translation>
            <numerusform>À disc&amp;uter, du plus disputé au moins disputé (%n)&#xa0;:</numerusform>
            <numerusform>À disc&amp;uter, du plus disputé au moins disputé (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Show the dossiers of this status</source>
        <translation>Afficher les dossiers dans cet état</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Results of the dossiers</source>
        <translation>Résultats des dossiers</translation>
    </message>
    <message>
        <source>One line per dossier: score, proposed level, majority judgment, disagreement, previous level, decision and status. Enter opens the decision form.</source>
        <translation>Une ligne par dossier&#xa0;: score, niveau proposé, jugement majoritaire, désaccord, niveau précédent, décision et état. Entrée ouvre le formulaire de décision.</translation>
    </message>
    <message>
        <source>Dossiers to discuss</source>
        <translation>Dossiers à discuter</translation>
    </message>
    <message>
        <source>Undecided dossiers on which the members disagree, most disputed first.</source>
        <translation>Les dossiers non décidés sur lesquels les membres divergent, du plus disputé au moins disputé.</translation>
    </message>
    <message>
        <source>&amp;Meeting…</source>
        <translation>&amp;Séance…</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>La séance</translation>
    </message>
    <message>
        <source>D&amp;ecide…</source>
        <translation>D&amp;écider…</translation>
    </message>
    <message>
        <source>Decide on the selected dossier</source>
        <translation>Décider sur le dossier choisi</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>&amp;Clore la séance…</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Clore la séance</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <source>Reopen the decision</source>
        <translation>Rouvrir la décision</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Presentation mode, large type for a projector</source>
        <translation>Mode présentation, en grands caractères pour un vidéoprojecteur</translation>
    </message>
    <message>
        <source>Pro&amp;jector view</source>
        <translation>Vue pro&amp;jecteur</translation>
    </message>
    <message>
        <source>Projector view: the selected dossier and its charts, for the room</source>
        <translation>Vue projecteur&#xa0;: le dossier choisi et ses graphiques, pour la salle</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s record…</source>
        <translation>Lecture du compte rendu de la séance…</translation>
    </message>
    <message>
        <source>Cannot read the meeting&apos;s record</source>
        <translation>Impossible de lire le compte rendu de la séance</translation>
    </message>
    <message>
        <source>minutes-{year}.pdf</source>
        <translation>proces-verbal-{year}.pdf</translation>
    </message>
    <message>
        <source>Write the minutes</source>
        <translation>Écrire le procès-verbal</translation>
    </message>
    <message>
        <source>Minutes written</source>
        <translation>Procès-verbal écrit</translation>
    </message>
    <message>
        <source>The minutes were written to:
{file}

Each member present signs them in turn with Documents &gt; Sign the minutes.</source>
        <translation>Le procès-verbal a été écrit dans&#xa0;:
{file}

Chaque membre présent le signe à son tour avec Documents &gt; Signer le procès-verbal.</translation>
    </message>
    <message>
        <source>Writing the minutes {name}…</source>
        <translation>Écriture du procès-verbal {name}…</translation>
    </message>
    <message>
        <source>Cannot write the minutes</source>
        <translation>Impossible d’écrire le procès-verbal</translation>
    </message>
    <message>
        <source>Reading the letterhead…</source>
        <translation>Lecture de l’en-tête des lettres…</translation>
    </message>
    <message>
        <source>Cannot read the letterhead</source>
        <translation>Impossible de lire l’en-tête des lettres</translation>
    </message>
    <message>
        <source>Folder for the letters to candidates</source>
        <translation>Dossier des lettres aux candidats</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Lettres écrites</translation>
    </message>
    <message>
        <source>Letters written: {count}, into the folder:
{folder}</source>
        <translation>Lettres écrites&#xa0;: {count}, dans le dossier&#xa0;:
{folder}</translation>
    </message>
    <message>
        <source>No letter was written: the jury has not decided on any dossier yet.</source>
        <translation>Aucune lettre n’a été écrite&#xa0;: le jury n’a encore statué sur aucun dossier.</translation>
    </message>
    <message>
        <source>Writing the letters to candidates…</source>
        <translation>Écriture des lettres aux candidats…</translation>
    </message>
    <message>
        <source>Cannot write the letters</source>
        <translation>Impossible d’écrire les lettres</translation>
    </message>
    <message>
        <source>published-list-{year}.pdf</source>
        <translation>liste-publiee-{year}.pdf</translation>
    </message>
    <message>
        <source>Write the published list</source>
        <translation>Écrire la liste publiée</translation>
    </message>
    <message>
        <source>Published list written</source>
        <translation>Liste publiée écrite</translation>
    </message>
    <message>
        <source>The results list by level was written to:
{file}</source>
        <translation>La liste des résultats par niveau a été écrite dans&#xa0;:
{file}</translation>
    </message>
    <message>
        <source>Writing the published list {name}…</source>
        <translation>Écriture de la liste publiée {name}…</translation>
    </message>
    <message>
        <source>Cannot write the published list</source>
        <translation>Impossible d’écrire la liste publiée</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Export the results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>The results spreadsheet: Excel, OpenDocument or CSV</source>
        <translation>Le tableau des résultats&#xa0;: Excel, OpenDocument ou CSV</translation>
    </message>
    <message>
        <source>&amp;Minutes (PDF)…</source>
        <translation>Procès-&amp;verbal (PDF)…</translation>
    </message>
    <message>
        <source>The minutes of the deliberation, with a signature box per member</source>
        <translation>Le procès-verbal de la délibération, avec un cadre de signature par membre</translation>
    </message>
    <message>
        <source>&amp;Letters to candidates…</source>
        <translation>&amp;Lettres aux candidats…</translation>
    </message>
    <message>
        <source>One PDF letter per decided dossier, into a folder</source>
        <translation>Une lettre PDF par dossier tranché, dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Published list (PDF)…</source>
        <translation>Liste &amp;publiée (PDF)…</translation>
    </message>
    <message>
        <source>The results list by level, ready to print</source>
        <translation>La liste des résultats par niveau, prête à imprimer</translation>
    </message>
    <message>
        <source>&amp;Sign the minutes…</source>
        <translation>&amp;Signer le procès-verbal…</translation>
    </message>
    <message>
        <source>The members present sign in turn; then the decisions are locked</source>
        <translation>Les membres présents signent à tour de rôle&#x202f;; les décisions sont ensuite verrouillées</translation>
    </message>
    <message>
        <source>&amp;Verify a signed PDF…</source>
        <translation>Vérifier un PDF si&amp;gné…</translation>
    </message>
    <message>
        <source>Check every signature of a PDF: intact, trusted, unchanged</source>
        <translation>Contrôler chaque signature d’un PDF&#xa0;: intacte, de confiance, sans modification ultérieure</translation>
    </message>
    <message>
        <source>Create the jury &amp;authority…</source>
        <translation>Créer l’&amp;autorité du jury…</translation>
    </message>
    <message>
        <source>Once per edition: the authority that issues the members&apos; certificates</source>
        <translation>Une fois par édition&#xa0;: l’autorité qui délivre les certificats des membres</translation>
    </message>
</context>
<context>
    <name>DossierDetail</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>The jury&apos;s figure after per-member normalisation</source>
        <translation>Le chiffre du jury après normalisation par membre</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisé</translation>
    </message>
    <message>
        <source>{name} (has not submitted yet)</source>
        <translation>{name} (n’a pas encore validé)</translation>
    </message>
    <message>
        <source>normalised: {score}</source>
        <translation>normalisé&#xa0;: {score}</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Niveau proposé</translation>
    </message>
    <message>
        <source>No dossier selected</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>Score&#xa0;: {score}</translation>
    </message>
    <message>
        <source>Normalised score: {score}</source>
        <translation>Score normalisé&#xa0;: {score}</translation>
    </message>
    <message>
        <source>Proposed: {level}</source>
        <translation>Proposé&#xa0;: {level}</translation>
    </message>
    <message>
        <source>Majority judgment: {gauge}</source>
        <translation>Jugement majoritaire&#xa0;: {gauge}</translation>
    </message>
    <message>
        <source>Disagreement between the members: {value} (0: they all agree; the larger, the further apart their scores)</source>
        <translation>Désaccord entre les membres&#xa0;: {value} (0&#xa0;: tous d’accord&#x202f;; plus le chiffre est grand, plus leurs notes s’écartent)</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>État&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Previous level: {level}</source>
        <translation>Niveau précédent&#xa0;: {level}</translation>
    </message>
    <message>
        <source>Recused (cannot vote): {names}</source>
        <translation>Déportés (ne votent pas)&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Why this level: {reason}</source>
        <translation>Pourquoi ce niveau&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>General notes:</source>
        <translation>Notes générales&#xa0;:</translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation>Aucun commentaire.</translation>
    </message>
    <message>
        <source>Candidate&apos;s &amp;answers…</source>
        <translation>&amp;Réponses du candidat…</translation>
    </message>
    <message>
        <source>The candidate&apos;s answers, criterion by criterion ({shortcut})</source>
        <translation>Les réponses du candidat, critère par critère ({shortcut})</translation>
    </message>
    <message>
        <source>Candidate&apos;s answers</source>
        <translation>Réponses du candidat</translation>
    </message>
    <message>
        <source>Domains and members</source>
        <translation>Domaines et membres</translation>
    </message>
    <message>
        <source>One line per domain: the jury&apos;s score, then each member&apos;s own score; the last line gives the level each member proposes.</source>
        <translation>Une ligne par domaine&#xa0;: le score du jury, puis le score propre à chaque membre&#x202f;; la dernière ligne donne le niveau que propose chaque membre.</translation>
    </message>
    <message>
        <source>The dossier&apos;s figures: table or charts</source>
        <translation>Les chiffres du dossier&#xa0;: tableau ou graphiques</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>The members&apos; proposed levels, the scores against the level thresholds, each member&apos;s value per criterion</source>
        <translation>Les niveaux proposés par les membres, les scores face aux seuils des niveaux, la note de chaque membre par critère</translation>
    </message>
    <message>
        <source>Members&apos; comme&amp;nts:</source>
        <translation>Co&amp;mmentaires des membres&#xa0;:</translation>
    </message>
    <message>
        <source>Members&apos; comments</source>
        <translation>Commentaires des membres</translation>
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
    <message>
        <source>{name}
Registry name: {registry}</source>
        <translation>{name}
Nom au répertoire des entreprises&#xa0;: {registry}</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>⚠ Changed at the last import</source>
        <translation>⚠ Modifiée lors de la dernière importation</translation>
    </message>
    <message>
        <source>No question of the form.</source>
        <translation>Aucune question du formulaire.</translation>
    </message>
    <message>
        <source>Not in this dossier: {question}</source>
        <translation>Absente de ce dossier&#xa0;: {question}</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Autres réponses</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Repeated blocks</source>
        <translation>Blocs répétés</translation>
    </message>
    <message>
        <source>Experts’ opinions</source>
        <translation>Avis des experts</translation>
    </message>
    <message>
        <source>Dossier summary</source>
        <translation>Récapitulatif du dossier</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>Avis d’expert</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>{n} kB</source>
        <translation>{n} ko</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>Pièces jointes ({n})</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>The dossier</source>
        <translation>Le dossier</translation>
    </message>
    <message>
        <source>The candidate’s answers</source>
        <translation>Les réponses du candidat</translation>
    </message>
    <message>
        <source>Grouped by domain and criterion of the grid, then the other answers.</source>
        <translation>Regroupées par domaine et par critère de la grille, puis les autres réponses.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Files sent with the dossier. Enter shows the chosen one.</source>
        <translation>Les fichiers joints au dossier. Entrée affiche celui choisi.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the file inside tnl-jury</source>
        <translation>Afficher le fichier dans tnl-jury</translation>
    </message>
    <message>
        <source>Open &amp;with the system’s viewer…</source>
        <translation>Ouvrir avec la &amp;visionneuse du système…</translation>
    </message>
    <message>
        <source>Open the file with the program your system uses for it</source>
        <translation>Ouvrir le fichier avec le programme que votre système utilise pour ce type de fichier</translation>
    </message>
    <message>
        <source>Some answers were changed by an import after scoring had started: they are marked “⚠ Changed at the last import”.</source>
        <translation>Une importation a modifié des réponses après le début de la notation&#xa0;: elles sont signalées par «&#xa0;⚠ Modifiée lors de la dernière importation&#xa0;».</translation>
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
    <name>EditionSettingsDialog</name>
    <message>
        <source>Edition settings</source>
        <translation>Réglages de l’édition</translation>
    </message>
    <message>
        <source>&amp;Blind scoring</source>
        <translation>Notation à l’&amp;aveugle</translation>
    </message>
    <message>
        <source>A member sees the other members&apos; scores on a dossier only after submitting their own. The president and the secretary always see everything.</source>
        <translation>Un membre ne voit les notes des autres sur un dossier qu’après avoir validé les siennes. La présidence et le secrétariat voient toujours tout.</translation>
    </message>
    <message>
        <source>Show &amp;normalised scores</source>
        <translation>Afficher les notes &amp;normalisées</translation>
    </message>
    <message>
        <source>Beside the raw figures, also show each member&apos;s scores adjusted for how strictly they score overall. The raw figures always remain.</source>
        <translation>À côté des chiffres bruts, afficher aussi les notes de chaque membre corrigées de sa sévérité générale. Les chiffres bruts restent toujours affichés.</translation>
    </message>
    <message>
        <source>&amp;Disagreement threshold:</source>
        <translation>&amp;Seuil de désaccord&#xa0;:</translation>
    </message>
    <message>
        <source>A criterion is flagged as disputed when the standard deviation of the members&apos; scores reaches this value.</source>
        <translation>Un critère est signalé comme discuté quand l’écart-type des notes des membres atteint cette valeur.</translation>
    </message>
    <message>
        <source>The &amp;president&apos;s vote decides a tie</source>
        <translation>La voix de la &amp;présidence est prépondérante</translation>
    </message>
    <message>
        <source>When the votes for and against are equal, the president&apos;s vote decides.</source>
        <translation>En cas d’égalité des voix pour et contre, la voix de la présidence l’emporte.</translation>
    </message>
    <message>
        <source>Blind scoring</source>
        <translation>Notation à l’aveugle</translation>
    </message>
    <message>
        <source>Show normalised scores</source>
        <translation>Afficher les notes normalisées</translation>
    </message>
    <message>
        <source>Disagreement threshold</source>
        <translation>Seuil de désaccord</translation>
    </message>
    <message>
        <source>The president&apos;s vote decides a tie</source>
        <translation>La voix de la présidence est prépondérante</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
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
    <message>
        <source>there is no jury member with id {member_id}</source>
        <translation>il n’y a pas de membre du jury d’identifiant {member_id}</translation>
    </message>
    <message>
        <source>there is no dossier with id {dossier_id}</source>
        <translation>il n’y a pas de dossier d’identifiant {dossier_id}</translation>
    </message>
    <message>
        <source>a jury member needs a name</source>
        <translation>un membre du jury doit avoir un nom</translation>
    </message>
    <message>
        <source>the jury already has a president</source>
        <translation>le jury a déjà un président ou une présidente</translation>
    </message>
    <message>
        <source>the certificate is {holder}&apos;s, not {member}&apos;s: each member signs with a certificate in their own name</source>
        <translation>le certificat est celui de {holder}, pas celui de {member}&#xa0;: chaque membre signe avec un certificat à son propre nom</translation>
    </message>
    <message>
        <source>this certificate is already bound to {other}, another member</source>
        <translation>ce certificat est déjà lié à {other}, un autre membre</translation>
    </message>
    <message>
        <source>a recusal needs a reason (it appears in the minutes)</source>
        <translation>un déport doit être motivé (le motif figure au procès-verbal)</translation>
    </message>
    <message>
        <source>{member} has already stepped aside for dossier {dossier}</source>
        <translation>{member} s’est déjà déporté(e) pour le dossier {dossier}</translation>
    </message>
    <message>
        <source>this member has not stepped aside for this dossier</source>
        <translation>ce membre ne s’est pas déporté pour ce dossier</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the score {value} is not on the scale “{scale}” (allowed: {allowed})</source>
        <translation>la note {value} ne figure pas sur l’échelle «&#xa0;{scale}&#xa0;» (valeurs possibles&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>doit être une table</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>must be {kind}</source>
        <translation>doit être de type {kind}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>unknown key (allowed here: {allowed})</source>
        <translation>clé inconnue (clés permises ici&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>is too large for a grid file ({size} bytes)</source>
        <translation>est trop volumineux pour un fichier de grille ({size} octets)</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>impossible de le lire ({reason})</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>is not valid TOML: {details}</source>
        <translation>n’est pas du TOML valide&#xa0;: {details}</translation>
    </message>
    <message>
        <source>format {found} is not supported (this version reads {supported})</source>
        <translation>le format {found} n’est pas pris en charge (cette version lit le format {supported})</translation>
    </message>
    <message>
        <source>“{label}” (#{occurrence}) is no question of a criterion</source>
        <translation>«&#xa0;{label}&#xa0;» (n°&#xa0;{occurrence}) n’est la question d’aucun critère</translation>
    </message>
    <message>
        <source>must define at least one scale</source>
        <translation>doit définir au moins une échelle</translation>
    </message>
    <message>
        <source>must have at least two steps</source>
        <translation>doit avoir au moins deux échelons</translation>
    </message>
    <message>
        <source>steps must be in increasing order of value</source>
        <translation>les échelons doivent être rangés par valeur croissante</translation>
    </message>
    <message>
        <source>must list at least one domain</source>
        <translation>doit contenir au moins un domaine</translation>
    </message>
    <message>
        <source>names no scale defined under [scales] ({scale!r})</source>
        <translation>ne désigne aucune échelle définie sous [scales] ({scale!r})</translation>
    </message>
    <message>
        <source>must list at least one criterion</source>
        <translation>doit contenir au moins un critère</translation>
    </message>
    <message>
        <source>code {code!r} is already used by {other}</source>
        <translation>le code {code!r} est déjà utilisé par {other}</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>doit être supérieur à 0</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>doit valoir 1 ou plus</translation>
    </message>
    <message>
        <source>must list at least one level</source>
        <translation>doit contenir au moins un niveau</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>level {level} is defined twice</source>
        <translation>le niveau {level} est défini deux fois</translation>
    </message>
    <message>
        <source>levels must be listed in increasing order</source>
        <translation>les niveaux doivent être rangés par ordre croissant</translation>
    </message>
    <message>
        <source>must not be lower than level {level}&apos;s ({minimum})</source>
        <translation>ne doit pas être inférieur à celui du niveau {level} ({minimum})</translation>
    </message>
    <message>
        <source>names no domain of this grid</source>
        <translation>ne désigne aucun domaine de cette grille</translation>
    </message>
    <message>
        <source>must lie on the scale, between {low} and {high}</source>
        <translation>doit se situer sur l’échelle, entre {low} et {high}</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <source>the quorum rule {rule!r} is not understood</source>
        <translation>la règle de quorum {rule!r} n’est pas comprise</translation>
    </message>
    <message>
        <source>the quorum rule {rule!r} must require at least one member</source>
        <translation>la règle de quorum {rule!r} doit exiger au moins un membre présent</translation>
    </message>
    <message>
        <source>the quorum rule {rule!r} is not understood (use more_than_half, two_thirds or at_least:N)</source>
        <translation>la règle de quorum {rule!r} n’est pas comprise (utilisez more_than_half, two_thirds ou at_least:N)</translation>
    </message>
    <message>
        <source>vote counts cannot be negative</source>
        <translation>un nombre de voix ne peut pas être négatif</translation>
    </message>
    <message>
        <source>nobody voted</source>
        <translation>personne n’a voté</translation>
    </message>
    <message>
        <source>{total} votes for {eligible} members entitled to vote (present with a deliberative vote, not recused)</source>
        <translation>{total} votes décomptés, mais seulement {eligible} membres ont le droit de vote (présents avec voix délibérative, non déportés)</translation>
    </message>
    <message>
        <source>reopening a decision needs a reason</source>
        <translation>rouvrir une décision demande un motif</translation>
    </message>
    <message>
        <source>this certificate was not issued by the jury CA ({subject}).</source>
        <translation>ce certificat n’a pas été émis par l’autorité du jury ({subject}).</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({reason}).</source>
        <translation>{path}&#xa0;: impossible de lire le fichier ({reason}).</translation>
    </message>
    <message>
        <source>{path}: not a certificate revocation list.</source>
        <translation>{path}&#xa0;: ce n’est pas une liste de révocation de certificats.</translation>
    </message>
    <message>
        <source>{path}: this revocation list was not signed by the jury CA.</source>
        <translation>{path}&#xa0;: cette liste de révocation n’a pas été signée par l’autorité du jury.</translation>
    </message>
    <message>
        <source>{path}: not a PDF file.</source>
        <translation>{path}&#xa0;: ce n’est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>{path}: damaged or unsupported PDF ({detail}).</source>
        <translation>{path}&#xa0;: PDF endommagé ou non pris en charge ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the document has no signature field; write the minutes with tnl-jury first (Documents &gt; Minutes).</source>
        <translation>{path}&#xa0;: le document n’a aucun champ de signature&#x202f;; écrivez d’abord le procès-verbal avec tnl-jury (Documents &gt; Procès-verbal).</translation>
    </message>
    <message>
        <source>{what}: cancelled, no file was written.</source>
        <translation>{what}&#xa0;: annulé, aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>{path}: cannot write in {folder} ({reason}).</source>
        <translation>{path}&#xa0;: impossible d’écrire dans {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{path}: cannot replace the file ({reason}); close it in any program that has it open and try again.</source>
        <translation>{path}&#xa0;: impossible de remplacer le fichier ({reason})&#x202f;; fermez-le dans tout programme qui l’a ouvert, puis réessayez.</translation>
    </message>
    <message>
        <source>{file}: this ballot is damaged or was not made by tnl-jury ({where}: {problem}); nothing was imported from it</source>
        <translation>{file}&#xa0;: ce bulletin est endommagé ou n’a pas été produit par tnl-jury ({where}&#xa0;: {problem})&#x202f;; rien n’en a été importé</translation>
    </message>
    <message>
        <source>{file}: this ballot is damaged or was not made by tnl-jury ({problem}); nothing was imported from it</source>
        <translation>{file}&#xa0;: ce bulletin est endommagé ou n’a pas été produit par tnl-jury ({problem})&#x202f;; rien n’en a été importé</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>{file}: this ballot would be {size} MB, and a ballot may have at most {limit} MB; it was not written (shorten the longest comments)</source>
        <translation>{file}&#xa0;: ce bulletin ferait {size}&#xa0;Mo, et un bulletin peut en faire au plus {limit}&#xa0;Mo&#x202f;; il n’a pas été écrit (raccourcissez les commentaires les plus longs)</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>the field {field!r} is missing</source>
        <translation>le champ {field!r} manque</translation>
    </message>
    <message>
        <source>unknown field {field!r}</source>
        <translation>champ inconnu {field!r}</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>un nombre entier est attendu</translation>
    </message>
    <message>
        <source>{value} is out of range ({low} to {high})</source>
        <translation>{value} est hors limites (de {low} à {high})</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>une valeur vrai ou faux (true ou false) est attendue</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>le texte dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>an identifier in lowercase hexadecimal is expected</source>
        <translation>un identifiant en hexadécimal minuscule est attendu</translation>
    </message>
    <message>
        <source>a time like 2026-11-25T14:30:00 is expected</source>
        <translation>une date et une heure comme 2026-11-25T14:30:00 sont attendues</translation>
    </message>
    <message>
        <source>{text!r} is not a real time</source>
        <translation>{text!r} n’est pas une date et une heure qui existent</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>more than {limit} entries</source>
        <translation>plus de {limit} éléments</translation>
    </message>
    <message>
        <source>the field {field!r} appears twice</source>
        <translation>le champ {field!r} figure deux fois</translation>
    </message>
    <message>
        <source>{file}: this file is too large to be a ballot ({size} MB, at most {limit} MB)</source>
        <translation>{file}&#xa0;: ce fichier est trop gros pour être un bulletin ({size} Mo, au plus {limit} Mo)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}&#xa0;: ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not a ballot file</source>
        <translation>{path}&#xa0;: c’est un dossier, pas un fichier de bulletin</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}&#xa0;: impossible de lire ce fichier ({reason})</translation>
    </message>
    <message>
        <source>{file}: this ballot is incomplete (the file was cut short, perhaps while it was being copied); ask the member for it again — nothing was imported from it</source>
        <translation>{file}&#xa0;: ce bulletin est incomplet (le fichier a été tronqué, peut-être pendant sa copie)&#x202f;; redemandez-le au membre — rien n’en a été importé</translation>
    </message>
    <message>
        <source>{file}: this file is empty, it is not a ballot</source>
        <translation>{file}&#xa0;: ce fichier est vide, ce n’est pas un bulletin</translation>
    </message>
    <message>
        <source>{file}: this is not a ballot (it is not a text file), or it is damaged</source>
        <translation>{file}&#xa0;: ce n’est pas un bulletin (ce n’est pas un fichier texte), ou il est endommagé</translation>
    </message>
    <message>
        <source>{file}: this is not a ballot file</source>
        <translation>{file}&#xa0;: ce n’est pas un fichier de bulletin</translation>
    </message>
    <message>
        <source>the decimal number {text!r} where a ballot has none</source>
        <translation>le nombre décimal {text!r}, alors qu’un bulletin n’en contient aucun</translation>
    </message>
    <message>
        <source>the constant {text!r} where a ballot has none</source>
        <translation>la constante {text!r}, alors qu’un bulletin n’en contient aucune</translation>
    </message>
    <message>
        <source>{file}: this ballot is damaged (line {line}, column {column}: {detail}); nothing was imported from it</source>
        <translation>{file}&#xa0;: ce bulletin est endommagé (ligne {line}, colonne {column}&#xa0;: {detail})&#x202f;; rien n’en a été importé</translation>
    </message>
    <message>
        <source>{file}: this is not a tnl-jury ballot</source>
        <translation>{file}&#xa0;: ce n’est pas un bulletin tnl-jury</translation>
    </message>
    <message>
        <source>{file}: this ballot was made by another version of tnl-jury (ballot format {version!r}); install the same version on both sides</source>
        <translation>{file}&#xa0;: ce bulletin a été produit par une autre version de tnl-jury (format de bulletin {version!r})&#x202f;; installez la même version des deux côtés</translation>
    </message>
    <message>
        <source>{algorithm} is expected</source>
        <translation>{algorithm} est attendu</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>base64 non valide</translation>
    </message>
    <message>
        <source>not a 64-byte signature in canonical base64</source>
        <translation>pas une signature de 64 octets en base64 canonique</translation>
    </message>
    <message>
        <source>a text holds an invalid character</source>
        <translation>un texte contient un caractère non valide</translation>
    </message>
    <message>
        <source>the payload&apos;s format does not match the file&apos;s</source>
        <translation>le format du contenu ne correspond pas à celui du fichier</translation>
    </message>
    <message>
        <source>dossier {dossier} appears twice</source>
        <translation>le dossier {dossier} figure deux fois</translation>
    </message>
    <message>
        <source>unknown status {status!r}</source>
        <translation>statut inconnu {status!r}</translation>
    </message>
    <message>
        <source>a score cannot both have a value and be marked “no opinion”</source>
        <translation>une note ne peut pas à la fois avoir une valeur et être marquée «&#xa0;sans avis&#xa0;»</translation>
    </message>
    <message>
        <source>criterion {criterion} appears twice</source>
        <translation>le critère {criterion} figure deux fois</translation>
    </message>
    <message>
        <source>this juror package&apos;s signing key is damaged: ask for a new package</source>
        <translation>la clé de signature de ce paquet de juré est endommagée&#xa0;: demandez un nouveau paquet</translation>
    </message>
    <message>
        <source>the zip holds {count} entries, more than the limit of {limit}: refused</source>
        <translation>le zip contient {count} entrées, plus que la limite de {limit}&#xa0;: refusé</translation>
    </message>
    <message>
        <source>the zip would unpack to {size}, more than the limit of {limit}: refused</source>
        <translation>le zip occuperait {size} une fois décompressé, plus que la limite de {limit}&#xa0;: refusé</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>this is not a readable zip file ({detail})</source>
        <translation>ce n’est pas un fichier zip lisible ({detail})</translation>
    </message>
    <message>
        <source>appears twice in the zip</source>
        <translation>figure deux fois dans le zip</translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation>son chemin est absolu</translation>
    </message>
    <message>
        <source>its path climbs out of the zip (“..”)</source>
        <translation>son chemin sort du zip («&#xa0;..&#xa0;»)</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>c’est un lien symbolique</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>elle est chiffrée</translation>
    </message>
    <message>
        <source>it uses an unsupported compression method ({method})</source>
        <translation>elle utilise une méthode de compression non prise en charge ({method})</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the limit of {limit} per file</source>
        <translation>elle occuperait {size} une fois décompressée, plus que la limite de {limit} par fichier</translation>
    </message>
    <message>
        <source>its compression ratio ({ratio}:1) is past the limit of {limit}:1 (a zip bomb?)</source>
        <translation>son taux de compression ({ratio}:1) dépasse la limite de {limit}:1 (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size}&#xa0;Mo</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size}&#xa0;octets</translation>
    </message>
    <message>
        <source>it unpacks to more than its declared size ({size}) or the per-file limit</source>
        <translation>une fois décompressée, elle dépasse sa taille annoncée ({size}) ou la limite par fichier</translation>
    </message>
    <message>
        <source>its compression ratio is past the limit of {limit}:1 (a zip bomb?)</source>
        <translation>son taux de compression dépasse la limite de {limit}:1 (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>the zip unpacks to more than the limit of {limit}: refused</source>
        <translation>une fois décompressé, le zip dépasse la limite de {limit}&#xa0;: refusé</translation>
    </message>
    <message>
        <source>it is damaged ({detail})</source>
        <translation>elle est endommagée ({detail})</translation>
    </message>
    <message>
        <source>it cannot be unpacked ({detail})</source>
        <translation>impossible de la décompresser ({detail})</translation>
    </message>
    <message>
        <source>it is damaged (it holds {count} bytes where the zip announces {size})</source>
        <translation>elle est endommagée (elle contient {count} octets alors que le zip en annonce {size})</translation>
    </message>
    <message>
        <source>it is no longer in the zip</source>
        <translation>elle n’est plus dans le zip</translation>
    </message>
    <message>
        <source>column “{header}” ({letter})</source>
        <translation>colonne «&#xa0;{header}&#xa0;» ({letter})</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>colonne {letter}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <source>row {row} (dossier {dossier})</source>
        <translation>ligne {row} (dossier {dossier})</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>dossier {dossier}</source>
        <translation>dossier {dossier}</translation>
    </message>
    <message>
        <source>entry “{entry}”</source>
        <translation>entrée «&#xa0;{entry}&#xa0;»</translation>
    </message>
    <message>
        <source>no sheet is named “{expected}”: the dossiers were read from the first sheet, “{sheet}”</source>
        <translation>aucune feuille ne s’appelle «&#xa0;{expected}&#xa0;»&#xa0;: les dossiers ont été lus dans la première feuille, «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <source>the sheet is empty: it has no header row</source>
        <translation>la feuille est vide&#xa0;: elle n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>there is no dossier in this export (only a header row)</source>
        <translation>il n’y a aucun dossier dans cet export (seulement une ligne d’en-tête)</translation>
    </message>
    <message>
        <source>this column has no header: its values were ignored</source>
        <translation>cette colonne n’a pas d’en-tête&#xa0;: ses valeurs ont été ignorées</translation>
    </message>
    <message>
        <source>read as the dossiers&apos; state (its values are Démarches Simplifiées states): drafts and dossiers classés sans suite are left out unless asked for</source>
        <translation>lue comme l’état des dossiers (ses valeurs sont des états de Démarches Simplifiées)&#xa0;: les brouillons et les dossiers classés sans suite sont écartés, sauf si vous demandez à les inclure</translation>
    </message>
    <message>
        <source>no column has the header “{label}” given for the dossier number (the columns are: {columns})</source>
        <translation>aucune colonne n’a l’en-tête «&#xa0;{label}&#xa0;» indiqué pour le numéro de dossier (les colonnes sont&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>no column has the header “{label}” given for the candidate&apos;s name (the columns are: {columns})</source>
        <translation>aucune colonne n’a l’en-tête «&#xa0;{label}&#xa0;» indiqué pour le nom du candidat (les colonnes sont&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>the dossier number is empty</source>
        <translation>le numéro de dossier est vide</translation>
    </message>
    <message>
        <source>“{number}” is not a dossier number</source>
        <translation>«&#xa0;{number}&#xa0;» n’est pas un numéro de dossier</translation>
    </message>
    <message>
        <source>dossier {number} appears twice (rows {first} and {line})</source>
        <translation>le dossier {number} figure deux fois (lignes {first} et {line})</translation>
    </message>
    <message>
        <source>{reason}; the deposit date is left empty</source>
        <translation>{reason}&#x202f;; la date de dépôt est laissée vide</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) skipped (drafts): {numbers}; include drafts to import them</source>
        <translation>
            <numerusform>%n dossier écarté (brouillon)&#xa0;: {numbers}&#x202f;; incluez les brouillons pour l’importer</numerusform>
            <numerusform>%n dossiers écartés (brouillons)&#xa0;: {numbers}&#x202f;; incluez les brouillons pour les importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) skipped (“Classé sans suite”): {numbers}; include dossiers classés sans suite to import them</source>
        <translation>
            <numerusform>%n dossier écarté («&#xa0;Classé sans suite&#xa0;»)&#xa0;: {numbers}&#x202f;; incluez les dossiers classés sans suite pour l’importer</numerusform>
            <numerusform>%n dossiers écartés («&#xa0;Classé sans suite&#xa0;»)&#xa0;: {numbers}&#x202f;; incluez les dossiers classés sans suite pour les importer</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is an old Excel (.xls) file or a password-protected workbook; export the dossiers again from Démarches Simplifiées as xlsx, ods or csv</source>
        <translation>c’est un ancien fichier Excel (.xls) ou un classeur protégé par un mot de passe&#xa0;; exportez de nouveau les dossiers depuis Démarches Simplifiées en xlsx, ods ou csv</translation>
    </message>
    <message>
        <source>this is an Office document, not a spreadsheet</source>
        <translation>c’est un document Office, pas un classeur</translation>
    </message>
    <message>
        <source>this is an OpenDocument file of type {mimetype}, not a spreadsheet</source>
        <translation>c’est un fichier OpenDocument de type {mimetype}, pas un classeur</translation>
    </message>
    <message>
        <source>this is the zip of attachments, not the spreadsheet of dossiers: give it as the attachments file</source>
        <translation>c’est le zip des pièces jointes, pas le classeur des dossiers&#xa0;: indiquez-le comme fichier de pièces jointes</translation>
    </message>
    <message>
        <source>this spreadsheet is damaged ({detail})</source>
        <translation>ce classeur est endommagé ({detail})</translation>
    </message>
    <message>
        <source>this is a zip archive, not a spreadsheet (xlsx, ods or csv)</source>
        <translation>c’est une archive zip, pas un classeur (xlsx, ods ou csv)</translation>
    </message>
    <message>
        <source>this file is named .{suffix} but holds {format}: read as {format}</source>
        <translation>ce fichier porte l’extension .{suffix} mais contient du {format}&#xa0;: il a été lu comme {format}</translation>
    </message>
    <message>
        <source>cannot be read as an {format} spreadsheet: it is damaged ({detail})</source>
        <translation>impossible de le lire comme classeur {format}&#xa0;: il est endommagé ({detail})</translation>
    </message>
    <message>
        <source>this spreadsheet has no sheet of dossiers</source>
        <translation>ce classeur n’a aucune feuille de dossiers</translation>
    </message>
    <message>
        <source>this is not a readable CSV file (line {line}: {detail})</source>
        <translation>ce n’est pas un fichier CSV lisible (ligne {line}&#xa0;: {detail})</translation>
    </message>
    <message>
        <source>1 field fewer than the header ({fields} instead of {width}); the missing one is read as empty</source>
        <translation>1 champ de moins que l’en-tête ({fields} au lieu de {width})&#x202f;; le champ manquant est lu comme vide</translation>
    </message>
    <message>
        <source>{gap} fields fewer than the header ({fields} instead of {width}); the missing ones are read as empty</source>
        <translation>{gap} champs de moins que l’en-tête ({fields} au lieu de {width})&#x202f;; les champs manquants sont lus comme vides</translation>
    </message>
    <message>
        <source>1 field more than the header ({fields} instead of {width}); the extra one is ignored</source>
        <translation>1 champ de plus que l’en-tête ({fields} au lieu de {width})&#x202f;; le champ en trop est ignoré</translation>
    </message>
    <message>
        <source>{gap} fields more than the header ({fields} instead of {width}); the extra ones are ignored</source>
        <translation>{gap} champs de plus que l’en-tête ({fields} au lieu de {width})&#x202f;; les champs en trop sont ignorés</translation>
    </message>
    <message>
        <source>this file is UTF-16 text, not UTF-8: save it again as “CSV UTF-8”</source>
        <translation>ce fichier est du texte UTF-16, pas UTF-8&#xa0;: enregistrez-le de nouveau en «&#xa0;CSV UTF-8&#xa0;»</translation>
    </message>
    <message>
        <source>this file is not UTF-8 text (byte 0x{byte} on line {line}; it was probably saved as Windows-1252 or Latin-1): save it again as “CSV UTF-8”</source>
        <translation>ce fichier n’est pas du texte UTF-8 (octet 0x{byte} à la ligne {line}&#xa0;; il a sans doute été enregistré en Windows-1252 ou Latin-1)&#xa0;: enregistrez-le de nouveau en «&#xa0;CSV UTF-8&#xa0;»</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: the sheet is empty</source>
        <translation>{file}, feuille {sheet}&#xa0;: la feuille est vide</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}: “{value}” is not a level (0 to {top})</source>
        <translation>{file}, feuille {sheet}, ligne {row}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un niveau (de 0 à {top})</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}: the candidate&apos;s name is empty</source>
        <translation>{file}, feuille {sheet}, ligne {row}&#xa0;: le nom du candidat est vide</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: no candidate with a level</source>
        <translation>{file}, feuille {sheet}&#xa0;: aucun candidat n’a de niveau</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}: no “Candidat” and “Niveau” columns, and not a two-column sheet (candidate, level)</source>
        <translation>{file}, feuille {sheet}, ligne {row}&#xa0;: pas de colonnes «&#xa0;Candidat&#xa0;» et «&#xa0;Niveau&#xa0;», et ce n’est pas une feuille de deux colonnes (candidat, niveau)</translation>
    </message>
    <message>
        <source>{path}: cannot read the CA key ({reason}).</source>
        <translation>{path}&#xa0;: impossible de lire la clé de l’autorité de certification ({reason}).</translation>
    </message>
    <message>
        <source>{path}: wrong passphrase, or not a CA key made by tnl-jury.</source>
        <translation>{path}&#xa0;: phrase de passe erronée, ou ce n’est pas une clé d’autorité de certification créée par tnl-jury.</translation>
    </message>
    <message>
        <source>{path}: this key does not belong to the certificate {certificate}.</source>
        <translation>{path}&#xa0;: cette clé ne correspond pas au certificat {certificate}.</translation>
    </message>
    <message>
        <source>{path}: cannot read the key file ({reason}).</source>
        <translation>{path}&#xa0;: impossible de lire le fichier de clé ({reason}).</translation>
    </message>
    <message>
        <source>{path}: wrong passphrase, or not a PKCS#12 (.p12) key file.</source>
        <translation>{path}&#xa0;: phrase de passe erronée, ou ce n’est pas un fichier de clé PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>{path}: the file holds no private key with its certificate.</source>
        <translation>{path}&#xa0;: le fichier ne contient pas de clé privée accompagnée de son certificat.</translation>
    </message>
    <message>
        <source>{path}: the key is not an RSA key ({kind}); only RSA keys keep the signed minutes PDF/A-2b (create one with {command}).</source>
        <translation>{path}&#xa0;: cette clé n’est pas une clé RSA ({kind})&#x202f;; seules les clés RSA gardent le procès-verbal signé au format PDF/A-2b (créez-en une avec {command}).</translation>
    </message>
    <message>
        <source>{path}: the certificate may not be used to sign documents.</source>
        <translation>{path}&#xa0;: ce certificat ne permet pas de signer des documents.</translation>
    </message>
    <message>
        <source>{path}: cannot read the certificate ({reason}).</source>
        <translation>{path}&#xa0;: impossible de lire le certificat ({reason}).</translation>
    </message>
    <message>
        <source>{path}: not a certificate (PEM or DER).</source>
        <translation>{path}&#xa0;: ce n’est pas un certificat (PEM ou DER).</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters.</source>
        <translation>la phrase de passe doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists; it is kept.</source>
        <translation>{path}&#xa0;: un fichier de ce nom existe déjà&#x202f;; il est conservé.</translation>
    </message>
    <message>
        <source>{path}: the certificate is valid from {start} to {end}, not on {day}.</source>
        <translation>{path}&#xa0;: le certificat est valable du {start} au {end}, pas le {day}.</translation>
    </message>
    <message>
        <source>{path}: the certificate names nobody (it has no common name).</source>
        <translation>{path}&#xa0;: le certificat ne nomme personne (il n’a pas de nom commun).</translation>
    </message>
    <message>
        <source>{path}: this certificate was revoked by the jury CA on {day}.</source>
        <translation>{path}&#xa0;: ce certificat a été révoqué par l’autorité du jury le {day}.</translation>
    </message>
    <message>
        <source>{path}: this revocation list is not the one of the CA that issued the signer&apos;s certificate.</source>
        <translation>{path}&#xa0;: cette liste de révocation n’est pas celle de l’autorité qui a émis le certificat du signataire.</translation>
    </message>
    <message>
        <source>{path}: cannot sign field {field}: {detail}</source>
        <translation>{path}&#xa0;: impossible de signer le champ {field}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{path}: the document has no signature field.</source>
        <translation>{path}&#xa0;: le document n’a aucun champ de signature.</translation>
    </message>
    <message>
        <source>{path}: no signature box of this document is {signer}&apos;s.</source>
        <translation>{path}&#xa0;: aucun cadre de signature de ce document n’est celui de {signer}.</translation>
    </message>
    <message>
        <source>{path}: every signature field is already signed.</source>
        <translation>{path}&#xa0;: tous les champs de signature sont déjà signés.</translation>
    </message>
    <message>
        <source>{path}: no signature field named {field} (fields: {names}).</source>
        <translation>{path}&#xa0;: aucun champ de signature nommé {field} (champs&#xa0;: {names}).</translation>
    </message>
    <message>
        <source>{path}: the signature box {field} is {owner}&apos;s; the key given is {signer}&apos;s: each member signs only their own box.</source>
        <translation>{path}&#xa0;: le cadre de signature {field} est celui de {owner}&#x202f;; la clé fournie est celle de {signer}&#xa0;: chaque membre ne signe que son propre cadre.</translation>
    </message>
    <message>
        <source>{path}: the signature field {field} is already signed.</source>
        <translation>{path}&#xa0;: le champ de signature {field} est déjà signé.</translation>
    </message>
    <message>
        <source>keep must be “ballot” or “file”, not {keep!r}</source>
        <translation>keep doit valoir «&#xa0;ballot&#xa0;» ou «&#xa0;file&#xa0;», pas {keep!r}</translation>
    </message>
    <message>
        <source>there is no ballot conflict number {conflict_id}</source>
        <translation>il n’y a pas de conflit de bulletin numéro {conflict_id}</translation>
    </message>
    <message>
        <source>the ballot conflict number {conflict_id} is already settled</source>
        <translation>le conflit de bulletin numéro {conflict_id} est déjà tranché</translation>
    </message>
    <message>
        <source>the decision on this dossier is locked: its scores can no longer change</source>
        <translation>la décision sur ce dossier est verrouillée&#xa0;: ses notes ne peuvent plus changer</translation>
    </message>
    <message>
        <source>{path}: a ballot&apos;s name must end in {suffix}</source>
        <translation>{path}&#xa0;: le nom d’un bulletin doit se terminer par {suffix}</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}&#xa0;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>{file}: {problem}; nothing was imported from it</source>
        <translation>{file}&#xa0;: {problem}&#x202f;; rien n’en a été importé</translation>
    </message>
    <message>
        <source>{file}: this is {member}&apos;s juror package; importing ballots is done in the secretariat&apos;s jury file</source>
        <translation>{file}&#xa0;: c’est le paquet de juré de {member}&#x202f;; l’import des bulletins se fait dans le fichier de jury du secrétariat</translation>
    </message>
    <message>
        <source>another ballot numbered {sequence} from {member}&apos;s package was already imported on {imported_at}, with other values (was the package copied and used on two computers?)</source>
        <translation>un autre bulletin n°&#xa0;{sequence} du paquet de {member} a déjà été importé le {imported_at}, avec d’autres valeurs (le paquet a-t-il été copié et utilisé sur deux ordinateurs&#x202f;?)</translation>
    </message>
    <message>
        <source>this is {member}&apos;s ballot no. {sequence} of {created_at}, older than their ballot no. {newest} already imported, which holds everything it held</source>
        <translation>c’est le bulletin n°&#xa0;{sequence} de {member}, du {created_at}, plus ancien que son bulletin n°&#xa0;{newest} déjà importé, qui contient tout ce qu’il contenait</translation>
    </message>
    <message>
        <source>this jury file holds no edition</source>
        <translation>ce fichier de jury ne contient aucune édition</translation>
    </message>
    <message>
        <source>this ballot belongs to another jury file (edition {year}, “{title}”), not to this one (edition {this_year})</source>
        <translation>ce bulletin appartient à un autre fichier de jury (édition {year}, «&#xa0;{title}&#xa0;»), pas à celui-ci (édition {this_year})</translation>
    </message>
    <message>
        <source>this ballot is signed with a key this jury file does not know (its package was not made from this file, or the ballot was forged)</source>
        <translation>ce bulletin est signé avec une clé que ce fichier de jury ne connaît pas (son paquet n’a pas été préparé à partir de ce fichier, ou le bulletin a été falsifié)</translation>
    </message>
    <message>
        <source>the signature does not match: the ballot was changed after it was signed, or forged</source>
        <translation>la signature ne correspond pas&#xa0;: le bulletin a été modifié après sa signature, ou falsifié</translation>
    </message>
    <message>
        <source>its member is no longer in this jury file</source>
        <translation>son membre ne figure plus dans ce fichier de jury</translation>
    </message>
    <message>
        <source>this ballot claims to be {claimed}&apos;s, but it is signed with {signer}&apos;s key</source>
        <translation>ce bulletin se présente comme celui de {claimed}, mais il est signé avec la clé de {signer}</translation>
    </message>
    <message>
        <source>this ballot comes from {member}&apos;s package of {created_at}, which was replaced on {revoked_at}; ask for a ballot made from their new package</source>
        <translation>ce bulletin vient du paquet de {member} du {created_at}, remplacé le {revoked_at}&#x202f;; demandez un bulletin fait à partir de son nouveau paquet</translation>
    </message>
    <message>
        <source>{member} is no longer an active member of the jury</source>
        <translation>{member} n’est plus membre actif du jury</translation>
    </message>
    <message>
        <source>it names dossier {dossier}, which this file does not hold</source>
        <translation>il mentionne le dossier {dossier}, que ce fichier ne contient pas</translation>
    </message>
    <message>
        <source>it names criterion {criterion}, which this file&apos;s grid does not have</source>
        <translation>il mentionne le critère {criterion}, que la grille de ce fichier n’a pas</translation>
    </message>
    <message>
        <source>dossier {dossier}, criterion {criterion}: {value} is not a step of the criterion&apos;s scale</source>
        <translation>dossier {dossier}, critère {criterion}&#xa0;: {value} ne figure pas sur l’échelle du critère</translation>
    </message>
    <message>
        <source>the meeting is closed: its record can no longer change</source>
        <translation>la séance est close&#xa0;: son procès-verbal ne peut plus changer</translation>
    </message>
    <message>
        <source>the meeting is closed: attendance can no longer change</source>
        <translation>la séance est close&#xa0;: les présences ne peuvent plus changer</translation>
    </message>
    <message>
        <source>a level must be between 0 (no label) and {highest}, not {level}</source>
        <translation>un niveau doit être compris entre 0 (pas de label) et {highest}, pas {level}</translation>
    </message>
    <message>
        <source>a decision needs a motivation</source>
        <translation>une décision doit être motivée</translation>
    </message>
    <message>
        <source>no decision can be recorded without quorum: {present} of {members} members present ({required} required): quorum is not reached.</source>
        <translation>aucune décision ne peut être enregistrée&#xa0;: le quorum n’est pas atteint ({present} membre(s) présent(s) sur {members}, {required} requis).</translation>
    </message>
    <message>
        <source>the meeting is closed: reopen the decision first</source>
        <translation>la séance est close&#xa0;: rouvrez d’abord la décision (un motif est demandé)</translation>
    </message>
    <message>
        <source>level {level} for dossier {dossier} is not adopted ({votes_for} for, {against} against, {abstentions} abstentions): it needs a majority of the votes cast</source>
        <translation>le niveau {level} pour le dossier {dossier} n’est pas adopté ({votes_for} pour, {against} contre, {abstentions} abstentions)&#xa0;: il faut la majorité des suffrages exprimés</translation>
    </message>
    <message>
        <source>the decision on dossier {dossier} is locked; reopen it first (a reason is required)</source>
        <translation>la décision sur le dossier {dossier} est verrouillée&#xa0;: rouvrez-la d’abord (un motif est demandé)</translation>
    </message>
    <message>
        <source>no meeting has been recorded</source>
        <translation>aucune séance n’a encore été enregistrée</translation>
    </message>
    <message>
        <source>the meeting is already closed</source>
        <translation>la séance est déjà close</translation>
    </message>
    <message>
        <source>there is no decision on dossier {dossier}</source>
        <translation>il n’y a pas de décision sur le dossier {dossier}</translation>
    </message>
    <message>
        <source>the decision on dossier {dossier} is not locked</source>
        <translation>la décision sur le dossier {dossier} n’est pas verrouillée</translation>
    </message>
    <message>
        <source>a dossier needs its Démarches Simplifiées number</source>
        <translation>un dossier doit avoir son numéro Démarches Simplifiées</translation>
    </message>
    <message>
        <source>dossier {number}: {problem}</source>
        <translation>dossier {number}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>dossier {number} is already in this jury file</source>
        <translation>le dossier {number} est déjà dans ce fichier de jury</translation>
    </message>
    <message>
        <source>there is no dossier number {ds_number}</source>
        <translation>il n’y a pas de dossier numéro {ds_number}</translation>
    </message>
    <message>
        <source>the edition year {year} is not plausible</source>
        <translation>l’année d’édition {year} n’est pas plausible</translation>
    </message>
    <message>
        <source>the grid cannot be replaced: jury members have started scoring</source>
        <translation>la grille ne peut plus être remplacée&#xa0;: des membres du jury ont commencé à noter</translation>
    </message>
    <message>
        <source>the edition cannot close before it opens</source>
        <translation>l’édition ne peut pas se clore avant de s’ouvrir</translation>
    </message>
    <message>
        <source>unknown edition setting {key!r}</source>
        <translation>réglage d’édition inconnu&#xa0;: {key!r}</translation>
    </message>
    <message>
        <source>the setting {key!r} needs a {kind} value</source>
        <translation>le réglage {key!r} demande une valeur de type {kind}</translation>
    </message>
    <message>
        <source>the import was cancelled: nothing was changed</source>
        <translation>l’import a été annulé&#xa0;: rien n’a été modifié</translation>
    </message>
    <message>
        <source>no column was recognised for the dossier number and the candidate&apos;s name (an export made from a template?): say which column holds it (the columns are: {columns})</source>
        <translation>aucune colonne n’a été reconnue pour le numéro de dossier ni pour le nom du candidat (un export fait à partir d’un modèle&#xa0;?)&#xa0;: indiquez quelle colonne contient chacun (les colonnes sont&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>no column was recognised for the dossier number (an export made from a template?): say which column holds it (the columns are: {columns})</source>
        <translation>aucune colonne n’a été reconnue pour le numéro de dossier (un export fait à partir d’un modèle&#xa0;?)&#xa0;: indiquez quelle colonne le contient (les colonnes sont&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>no column was recognised for the candidate&apos;s name (an export made from a template?): say which column holds it (the columns are: {columns})</source>
        <translation>aucune colonne n’a été reconnue pour le nom du candidat (un export fait à partir d’un modèle&#xa0;?)&#xa0;: indiquez quelle colonne le contient (les colonnes sont&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>{problem} (and {more} other bad entries): the zip is refused and nothing was imported (the import can skip the bad entries instead)</source>
        <translation>{problem} (et {more} autres entrées défectueuses)&#xa0;: le zip est refusé et rien n’a été importé (l’import peut plutôt ignorer les entrées défectueuses)</translation>
    </message>
    <message>
        <source>{problem} (and 1 other bad entry): the zip is refused and nothing was imported (the import can skip the bad entries instead)</source>
        <translation>{problem} (et 1 autre entrée défectueuse)&#xa0;: le zip est refusé et rien n’a été importé (l’import peut plutôt ignorer les entrées défectueuses)</translation>
    </message>
    <message>
        <source>{problem}: the zip is refused and nothing was imported (the import can skip the bad entries instead)</source>
        <translation>{problem}&#xa0;: le zip est refusé et rien n’a été importé (l’import peut plutôt ignorer les entrées défectueuses)</translation>
    </message>
    <message>
        <source>1 file is outside any dossier-&lt;number&gt; folder and was not imported ({files})</source>
        <translation>1 fichier n’est dans aucun dossier «&#xa0;dossier-&lt;numéro&gt;&#xa0;» et n’a pas été importé ({files})</translation>
    </message>
    <message>
        <source>{count} files are outside any dossier-&lt;number&gt; folder and were not imported ({files})</source>
        <translation>{count} fichiers ne sont dans aucun dossier «&#xa0;dossier-&lt;numéro&gt;&#xa0;» et n’ont pas été importés ({files})</translation>
    </message>
    <message>
        <source>Démarches Simplifiées could not include some files: {details}</source>
        <translation>Démarches Simplifiées n’a pas pu inclure certains fichiers&#xa0;: {details}</translation>
    </message>
    <message>
        <source>1 dossier of the jury file is not in this export: {numbers} (flagged, not deleted)</source>
        <translation>1 dossier du fichier de jury n’est pas dans cet export&#xa0;: {numbers} (signalé, pas supprimé)</translation>
    </message>
    <message>
        <source>{count} dossiers of the jury file are not in this export: {numbers} (flagged, not deleted)</source>
        <translation>{count} dossiers du fichier de jury ne sont pas dans cet export&#xa0;: {numbers} (signalés, pas supprimés)</translation>
    </message>
    <message>
        <source>{file}: this is not a juror package (ballots are made from the package a member received, not from the secretariat&apos;s jury file)</source>
        <translation>{file}&#xa0;: ce n’est pas un paquet de juré (les bulletins se font à partir du paquet qu’un membre a reçu, pas à partir du fichier de jury du secrétariat)</translation>
    </message>
    <message>
        <source>{file}: this is {member}&apos;s juror package; making juror packages is done in the secretariat&apos;s jury file</source>
        <translation>{file}&#xa0;: c’est le paquet de juré de {member}&#x202f;; la préparation des paquets de juré se fait dans le fichier de jury du secrétariat</translation>
    </message>
    <message>
        <source>{path}: a juror package&apos;s name must end in {suffix}</source>
        <translation>{path}&#xa0;: le nom d’un paquet de juré doit se terminer par {suffix}</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists</source>
        <translation>{path}&#xa0;: un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}&#xa0;: ce dossier n’existe pas</translation>
    </message>
    <message>
        <source>there is no criterion {code!r} in this edition&apos;s grid</source>
        <translation>il n’y a pas de critère {code!r} dans la grille de cette édition</translation>
    </message>
    <message>
        <source>{member} sits without a deliberative vote and does not score</source>
        <translation>{member} siège sans voix délibérative et ne note pas</translation>
    </message>
    <message>
        <source>{member} has stepped aside for dossier {dossier} ({candidate}) and cannot score it</source>
        <translation>{member} s’est déporté(e) pour le dossier {dossier} ({candidate}) et ne peut pas le noter</translation>
    </message>
    <message>
        <source>the decision on dossier {dossier} is locked: its scores can no longer change</source>
        <translation>la décision sur le dossier {dossier} est verrouillée&#xa0;: ses notes ne peuvent plus changer</translation>
    </message>
    <message>
        <source>{member} has submitted their scores on dossier {dossier}: reopen it to change them</source>
        <translation>{member} a transmis ses notes sur le dossier {dossier}&#xa0;: rouvrez-le pour les modifier</translation>
    </message>
    <message>
        <source>a score must be a whole number, not {value!r}</source>
        <translation>une note doit être un nombre entier, pas {value!r}</translation>
    </message>
    <message>
        <source>a proposed level must be between 0 and {highest}, not {level}</source>
        <translation>un niveau proposé doit être compris entre 0 et {highest}, pas {level}</translation>
    </message>
    <message>
        <source>{count} criteria still need a score or “no opinion”: {names}</source>
        <translation>critères encore sans note ni «&#xa0;sans avis&#xa0;» ({count})&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{count} criteria still need a score or “no opinion”: {names} and {more} more</source>
        <translation>critères encore sans note ni «&#xa0;sans avis&#xa0;» ({count})&#xa0;: {names} et {more} autre(s)</translation>
    </message>
    <message>
        <source>{member} has stepped aside for dossier {dossier}</source>
        <translation>{member} s’est déporté(e) pour le dossier {dossier}</translation>
    </message>
    <message>
        <source>{member} has not submitted their scores on dossier {dossier}: there is nothing to reopen</source>
        <translation>{member} n’a pas transmis ses notes sur le dossier {dossier}&#xa0;: il n’y a rien à rouvrir</translation>
    </message>
    <message>
        <source>there is no attachment with id {attachment_id}</source>
        <translation>il n’y a pas de pièce jointe d’identifiant {attachment_id}</translation>
    </message>
    <message>
        <source>there is no scoring sheet to print: no dossier or no member chosen</source>
        <translation>aucune fiche de notation à imprimer&#xa0;: aucun dossier ou aucun membre choisi</translation>
    </message>
    <message>
        <source>{path}: this is not a jury file (it is not an SQLite database)</source>
        <translation>{path}&#xa0;: ce n’est pas un fichier de jury (ce n’est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>{path}: this is an SQLite database, but not a tnl-jury jury file</source>
        <translation>{path}&#xa0;: c’est une base de données SQLite, mais pas un fichier de jury de tnl-jury</translation>
    </message>
    <message>
        <source>{path}: this jury file is damaged (truncated: {size} bytes where the file announces {announced})</source>
        <translation>{path}&#xa0;: ce fichier de jury est endommagé (tronqué&#xa0;: {size} octets alors que le fichier en annonce {announced})</translation>
    </message>
    <message>
        <source>{path}: this jury file has been closed</source>
        <translation>{path}&#xa0;: ce fichier de jury a été fermé</translation>
    </message>
    <message>
        <source>{path}: opened read-only (another tnl-jury window has it open): nothing can be changed here</source>
        <translation>{path}&#xa0;: ouvert en lecture seule (une autre fenêtre de tnl-jury l’a déjà ouvert)&#xa0;: rien ne peut être modifié ici</translation>
    </message>
    <message>
        <source>{path}: this jury file is damaged (its schema version is missing)</source>
        <translation>{path}&#xa0;: ce fichier de jury est endommagé (sa version de schéma manque)</translation>
    </message>
    <message>
        <source>{path}: its latest changes are in {wal}, which cannot be read in this folder (it cannot be written); open a copy of both files from a folder of yours</source>
        <translation>{path}&#xa0;: ses dernières modifications sont dans {wal}, qui ne peut pas être lu dans ce dossier (on ne peut pas y écrire)&#x202f;; ouvrez une copie des deux fichiers depuis un dossier à vous</translation>
    </message>
    <message>
        <source>{path}: cannot be copied to {folder} ({reason})</source>
        <translation>{path}&#xa0;: copie impossible dans {folder} ({reason})</translation>
    </message>
    <message>
        <source>{path}: the backup before the upgrade could not be written ({reason})</source>
        <translation>{path}&#xa0;: la sauvegarde d’avant la mise à niveau n’a pas pu être écrite ({reason})</translation>
    </message>
    <message>
        <source>{path}: its folder cannot be written (a read-only medium or a protected folder): open it read-only, or copy it to a folder of yours to work on it</source>
        <translation>{path}&#xa0;: son dossier ne peut pas être modifié (support en lecture seule ou dossier protégé)&#xa0;: ouvrez-le en lecture seule, ou copiez-le dans un de vos dossiers pour y travailler</translation>
    </message>
    <message>
        <source>{path}: cannot take its lock file ({reason})</source>
        <translation>{path}&#xa0;: impossible de prendre son fichier de verrou ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot be created ({reason})</source>
        <translation>{path}&#xa0;: création impossible ({reason})</translation>
    </message>
    <message>
        <source>{path}: this jury file was written by a newer version of tnl-jury (schema {revision}); install the newer version to open it</source>
        <translation>{path}&#xa0;: ce fichier de jury a été écrit par une version plus récente de tnl-jury (schéma {revision})&#x202f;; installez cette version plus récente pour l’ouvrir</translation>
    </message>
    <message>
        <source>{path}: this jury file is already open in another tnl-jury window; close it there first</source>
        <translation>{path}&#xa0;: ce fichier de jury est déjà ouvert dans une autre fenêtre de tnl-jury&#x202f;; fermez-le d’abord dans cette fenêtre</translation>
    </message>
    <message>
        <source>{path}: this jury file was made by an older version and must be upgraded; open it for writing (not read-only) once</source>
        <translation>{path}&#xa0;: ce fichier de jury a été créé par une version plus ancienne et doit être mis à jour&#x202f;; ouvrez-le une fois en écriture (pas en lecture seule)</translation>
    </message>
    <message>
        <source>{path}: this is not a jury file (it has no schema version)</source>
        <translation>{path}&#xa0;: ce n’est pas un fichier de jury (il ne porte pas de version de schéma)</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was changed: free some space on it, then try again</source>
        <translation>{path}&#xa0;: le disque est plein&#x202f;; rien n’a été modifié&#xa0;: libérez de la place sur ce disque, puis réessayez</translation>
    </message>
    <message>
        <source>{path}: permission denied (the file or its folder belongs to someone else or is protected); nothing was changed</source>
        <translation>{path}&#xa0;: permission refusée (le fichier ou son dossier appartient à quelqu’un d’autre ou est protégé)&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{path}: cannot be written (a read-only medium, or a file protected against writing); nothing was changed</source>
        <translation>{path}&#xa0;: écriture impossible (un support en lecture seule, ou un fichier protégé en écriture)&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>{path}: the disk reported an input/output error; nothing was changed: check the medium, or copy the file to another disk</source>
        <translation>{path}&#xa0;: le disque a signalé une erreur d’entrée-sortie&#x202f;; rien n’a été modifié&#xa0;: vérifiez le support, ou copiez le fichier sur un autre disque</translation>
    </message>
    <message>
        <source>{path}: cannot be opened (permission denied, or its folder cannot be written)</source>
        <translation>{path}&#xa0;: ouverture impossible (permission refusée, ou son dossier ne peut pas être écrit)</translation>
    </message>
    <message>
        <source>{path}: this jury file is damaged ({reason})</source>
        <translation>{path}&#xa0;: ce fichier de jury est endommagé ({reason})</translation>
    </message>
    <message>
        <source>{path}: the upgrade would break a link between records ({table}); the file was left as it was</source>
        <translation>{path}&#xa0;: la mise à jour romprait un lien entre des enregistrements ({table})&#x202f;; le fichier a été laissé tel quel</translation>
    </message>
    <message>
        <source>ignored (it has no “Dossier ID” column, so it is neither a repeated block nor the Avis sheet)</source>
        <translation>ignorée (elle n’a pas de colonne «&#xa0;Dossier ID&#xa0;», ce n’est donc ni un bloc répété ni la feuille Avis)</translation>
    </message>
    <message>
        <source>1 repeated-block row belongs to a dossier that is not in the Dossiers sheet ({numbers}): it was not imported</source>
        <translation>1 ligne de bloc répété appartient à un dossier absent de la feuille Dossiers ({numbers})&#xa0;: elle n’a pas été importée</translation>
    </message>
    <message>
        <source>{count} repeated-block rows belong to dossiers that are not in the Dossiers sheet ({numbers}): they were not imported</source>
        <translation>{count} lignes de blocs répétés appartiennent à des dossiers absents de la feuille Dossiers ({numbers})&#xa0;: elles n’ont pas été importées</translation>
    </message>
    <message>
        <source>1 Avis note belongs to a dossier that is not in the Dossiers sheet ({numbers}): it was not imported</source>
        <translation>1 avis de la feuille Avis appartient à un dossier absent de la feuille Dossiers ({numbers})&#xa0;: il n’a pas été importé</translation>
    </message>
    <message>
        <source>{count} Avis notes belong to dossiers that are not in the Dossiers sheet ({numbers}): they were not imported</source>
        <translation>{count} avis de la feuille Avis appartiennent à des dossiers absents de la feuille Dossiers ({numbers})&#xa0;: ils n’ont pas été importés</translation>
    </message>
    <message>
        <source>a yes/no value is not a date</source>
        <translation>une valeur oui/non n’est pas une date</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} n’est pas une date</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a PDF ({reason})</source>
        <translation>{path}&#xa0;: lecture impossible comme PDF ({reason})</translation>
    </message>
    <message>
        <source>{path}: these are not minutes that record the audit trail (no “Intégrité” sentence)</source>
        <translation>{path}&#xa0;: ce n’est pas un procès-verbal qui consigne le journal d’audit (pas de phrase «&#xa0;Intégrité&#xa0;»)</translation>
    </message>
    <message>
        <source>the folder dossier-{number} matches no dossier of the jury file: its 1 file was not imported</source>
        <translation>le dossier «&#xa0;dossier-{number}&#xa0;» du zip ne correspond à aucun dossier du fichier de jury&#xa0;: son fichier n’a pas été importé</translation>
    </message>
    <message>
        <source>the folder dossier-{number} matches no dossier of the jury file: its {count} files were not imported</source>
        <translation>le dossier «&#xa0;dossier-{number}&#xa0;» du zip ne correspond à aucun dossier du fichier de jury&#xa0;: ses {count} fichiers n’ont pas été importés</translation>
    </message>
    <message>
        <source>1 file of a skipped dossier was not imported</source>
        <translation>1 fichier d’un dossier écarté n’a pas été importé</translation>
    </message>
    <message>
        <source>{count} files of skipped dossiers were not imported</source>
        <translation>{count} fichiers de dossiers écartés n’ont pas été importés</translation>
    </message>
    <message>
        <source>{problem}: skipped</source>
        <translation>{problem}&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>this ods spreadsheet is too big: it unpacks to more than {limit} MB</source>
        <translation>ce classeur ods est trop gros&#xa0;: il se décompresse en plus de {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <source>candidate&apos;s name</source>
        <translation>nom du candidat</translation>
    </message>
    <message>
        <source>kind of collectivité</source>
        <translation>type de collectivité</translation>
    </message>
    <message>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <source>elected official</source>
        <translation>élu porteur du dossier</translation>
    </message>
    <message>
        <source>elected official&apos;s function</source>
        <translation>fonction de l’élu</translation>
    </message>
    <message>
        <source>technical referent</source>
        <translation>référent technique</translation>
    </message>
    <message>
        <source>criterion {code} “{label}”: none of its questions was found in the export ({questions}); its answers will not be shown beside it until its questions are mapped</source>
        <translation>critère {code} «&#xa0;{label}&#xa0;»&#xa0;: aucune de ses questions n’a été trouvée dans l’export ({questions})&#x202f;; ses réponses ne seront pas montrées à côté de lui tant que ses questions ne seront pas associées</translation>
    </message>
    <message>
        <source>{count} of the grid&apos;s {total} questions were not found in the export: {questions}</source>
        <translation>{count} des {total} questions de la grille n’ont pas été trouvées dans l’export&#xa0;: {questions}</translation>
    </message>
    <message>
        <source>identity field “{field}”: not found in the export (looked for: {labels}); map its column</source>
        <translation>champ d’identité «&#xa0;{field}&#xa0;»&#xa0;: introuvable dans l’export (cherché&#xa0;: {labels})&#x202f;; associez-lui sa colonne</translation>
    </message>
    <message>
        <source>the grid has no question “{question}”</source>
        <translation>la grille n’a pas de question «&#xa0;{question}&#xa0;»</translation>
    </message>
    <message>
        <source>“{field}” is not an identity field (one of: {fields})</source>
        <translation>«&#xa0;{field}&#xa0;» n’est pas un champ d’identité (l’un de&#xa0;: {fields})</translation>
    </message>
    <message>
        <source>the character “{char}” ({code}, {name}) in “{text}” cannot be printed: the PDF fonts lack it, and a name is never printed other than as written</source>
        <translation>le caractère «&#xa0;{char}&#xa0;» ({code}, {name}) de «&#xa0;{text}&#xa0;» ne peut pas être imprimé&#xa0;: les polices des PDF ne l’ont pas, et un nom n’est jamais imprimé autrement qu’écrit</translation>
    </message>
    <message>
        <source>{path}: these minutes no longer match the jury file (a decision, vote, attendance or recusal changed since they were written, or they record no state): write them again, then sign.</source>
        <translation>{path}&#xa0;: ce procès-verbal ne correspond plus au fichier de jury (une décision, un vote, une présence ou un déport a changé depuis qu’il a été établi, ou il n’en porte pas l’empreinte)&#xa0;: établissez-le de nouveau, puis signez.</translation>
    </message>
    <message>
        <source>{path}: no signature box of these minutes is {signer}&apos;s.</source>
        <translation>{path}&#xa0;: aucun cadre de signature de ce procès-verbal n’est celui de {signer}.</translation>
    </message>
    <message>
        <source>{path}: the signature box {field} is no member&apos;s of this jury file.</source>
        <translation>{path}&#xa0;: le cadre de signature {field} n’appartient à aucun membre de ce fichier de jury.</translation>
    </message>
    <message>
        <source>{path}: the signature box {field} is {owner}&apos;s; the key given is {signer}&apos;s, not the one bound to {owner}: each member signs only their own box.</source>
        <translation>{path}&#xa0;: le cadre de signature {field} est celui de {owner}&#x202f;; la clé fournie est celle de {signer}, pas celle liée à {owner}&#xa0;: chaque membre ne signe que son propre cadre.</translation>
    </message>
    <message>
        <source>no published list: no meeting is recorded with members present; record the meeting and its attendance first (Deliberation &gt; Meeting)</source>
        <translation>pas de liste publiée&#xa0;: aucune séance n’est enregistrée avec des membres présents&#x202f;; enregistrez d’abord la séance et les présences (Délibération &gt; Séance)</translation>
    </message>
    <message>
        <source>no minutes: no meeting is recorded with members present; record the meeting and its attendance first (Deliberation &gt; Meeting)</source>
        <translation>pas de procès-verbal&#xa0;: aucune séance n’est enregistrée avec des membres présents&#x202f;; enregistrez d’abord la séance et les présences (Délibération &gt; Séance)</translation>
    </message>
    <message>
        <source>no minutes: the jury&apos;s president, {president}, is absent and the meeting names no other member present as its chair; choose who chairs it (Deliberation &gt; Meeting)</source>
        <translation>pas de procès-verbal&#xa0;: la présidence du jury, {president}, est absente et la séance ne désigne aucun autre membre présent pour la présider&#x202f;; choisissez qui la préside (Délibération &gt; Séance)</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>une organisation</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>un lieu</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>un commentaire</translation>
    </message>
    <message>
        <source>a general note</source>
        <translation>une remarque générale</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>un motif</translation>
    </message>
    <message>
        <source>a motivation</source>
        <translation>une motivation</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>des recommandations</translation>
    </message>
    <message>
        <source>{field} may have at most {limit} characters; this one has {length}</source>
        <translation>{field} peut compter au plus {limit} caractères&#x202f;; celui-ci en a {length}</translation>
    </message>
    <message>
        <source>unknown letterhead field {name!r}</source>
        <translation>champ d’en-tête inconnu {name!r}</translation>
    </message>
    <message>
        <source>the letterhead&apos;s {name} is too long: {length} characters, at most {limit}</source>
        <translation>le champ {name} de l’en-tête est trop long&#xa0;: {length} caractères, au plus {limit}</translation>
    </message>
    <message>
        <source>the time “{time}” is not a time HH:MM (24 hours)</source>
        <translation>l’heure «&#xa0;{time}&#xa0;» n’est pas une heure HH:MM (sur 24&#xa0;heures)</translation>
    </message>
    <message>
        <source>unknown vote method “{method}”</source>
        <translation>mode de scrutin inconnu «&#xa0;{method}&#xa0;»</translation>
    </message>
    <message>
        <source>at most {limit} people present without a vote</source>
        <translation>au plus {limit} personnes présentes sans voix délibérative</translation>
    </message>
    <message>
        <source>{path}: unknown spreadsheet format &apos;(no suffix)&apos;; use one of {formats}.</source>
        <translation>{path}&#xa0;: le nom n’a pas d’extension de classeur&#x202f;; utilisez l’un des formats {formats}.</translation>
    </message>
    <message>
        <source>{path}: unknown spreadsheet format {format!r}; use one of {formats}.</source>
        <translation>{path}&#xa0;: format de classeur inconnu {format!r}&#x202f;; utilisez l’un des formats {formats}.</translation>
    </message>
    <message numerus="yes">
        <source>the kind of collectivité “{text}” is not one the jury knows (commune, EPCI, département, région): %n dossier(s) recorded as “other”: {numbers}</source>
        <translation>
            <numerusform>le type de collectivité «&#xa0;{text}&#xa0;» n’est pas l’un de ceux que le jury connaît (commune, EPCI, département, région)&#xa0;: %n dossier enregistré comme «&#xa0;autre&#xa0;»&#xa0;: {numbers}</numerusform>
            <numerusform>le type de collectivité «&#xa0;{text}&#xa0;» n’est pas l’un de ceux que le jury connaît (commune, EPCI, département, région)&#xa0;: %n dossiers enregistrés comme «&#xa0;autre&#xa0;»&#xa0;: {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) without a candidate name: {numbers}</source>
        <translation>
            <numerusform>%n dossier sans nom de candidat&#xa0;: {numbers}</numerusform>
            <numerusform>%n dossiers sans nom de candidat&#xa0;: {numbers}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <translation>Classeur E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <source>Four sheets: decisions, ranking, detailed scores, jury.</source>
        <translation>Quatre feuilles&#xa0;: décisions, palmarès, notes détaillées, jury.</translation>
    </message>
    <message>
        <source>&amp;OpenDocument spreadsheet (.ods)</source>
        <translation>Classeur &amp;OpenDocument (.ods)</translation>
    </message>
    <message>
        <source>The same four sheets, for LibreOffice.</source>
        <translation>Les quatre mêmes feuilles, pour LibreOffice.</translation>
    </message>
    <message>
        <source>&amp;CSV text (.csv)</source>
        <translation>Texte &amp;CSV (.csv)</translation>
    </message>
    <message>
        <source>The decisions sheet as plain text, or one file per sheet: for programs and data portals. To read or print the results, prefer xlsx or ods.</source>
        <translation>La feuille des décisions en texte brut, ou un fichier par feuille&#xa0;: pour les programmes et les portails de données. Pour lire ou imprimer les résultats, préférez xlsx ou ods.</translation>
    </message>
    <message>
        <source>One CSV file &amp;per sheet</source>
        <translation>Un fichier CSV &amp;par feuille</translation>
    </message>
    <message>
        <source>One CSV file per sheet</source>
        <translation>Un fichier CSV par feuille</translation>
    </message>
    <message>
        <source>Writes NAME-decisions.csv, NAME-palmares.csv… beside the chosen name.</source>
        <translation>Écrit NOM-decisions.csv, NOM-palmares.csv… à côté du nom choisi.</translation>
    </message>
    <message>
        <source>For a &amp;French spreadsheet (; and 12,50)</source>
        <translation>Pour un &amp;tableur en français (; et 12,50)</translation>
    </message>
    <message>
        <source>For a French spreadsheet</source>
        <translation>Pour un tableur en français</translation>
    </message>
    <message>
        <source>Semicolons between the values and decimal commas, for Excel or LibreOffice in French. Leave it off for programs and data portals.</source>
        <translation>Points-virgules entre les valeurs et virgules décimales, pour Excel ou LibreOffice en français. À laisser décoché pour les programmes et les portails de données.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Choose where to save the results</source>
        <translation>Choisir où enregistrer les résultats</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets (*.ods)</source>
        <translation>Classeurs OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the results.</source>
        <translation>Choisissez où enregistrer les résultats.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>A file named {name} already exists: click Export again to replace it.</source>
        <translation>Un fichier nommé {name} existe déjà&#xa0;: cliquez de nouveau sur Exporter pour le remplacer.</translation>
    </message>
    <message>
        <source>results-{year}</source>
        <translation>resultats-{year}</translation>
    </message>
    <message>
        <source>Results exported</source>
        <translation>Résultats exportés</translation>
    </message>
    <message>
        <source>The results were written to:
{files}</source>
        <translation>Les résultats ont été écrits dans&#xa0;:
{files}</translation>
    </message>
    <message>
        <source>Exporting the results to {name}…</source>
        <translation>Export des résultats dans {name}…</translation>
    </message>
    <message>
        <source>Cannot export the results</source>
        <translation>Impossible d’exporter les résultats</translation>
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
    <name>Help</name>
    <message>
        <source>0 to 4 (the scale&apos;s digits)</source>
        <translation>0 à 4 (les chiffres de l’échelle)</translation>
    </message>
    <message>
        <source>give this score to the criterion and go to the next one (unless “Move on after a score” is off in the Scoring menu)</source>
        <translation>donner cette note au critère et passer au suivant (sauf si «&#xa0;Enchaîner les critères après une note&#xa0;» est décoché dans le menu Notation)</translation>
    </message>
    <message>
        <source>← →</source>
        <translation>← →</translation>
    </message>
    <message>
        <source>lower or raise the score</source>
        <translation>baisser ou monter la note</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>previous or next criterion</source>
        <translation>critère précédent ou suivant</translation>
    </message>
    <message>
        <source>N or ?</source>
        <translation>N ou ?</translation>
    </message>
    <message>
        <source>no opinion on the criterion</source>
        <translation>sans avis sur le critère</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>clear the score</source>
        <translation>effacer la note</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>open the decision form of the selected dossier</source>
        <translation>ouvrir le formulaire de décision du dossier choisi</translation>
    </message>
    <message>
        <source>Page Down / Page Up (projector view)</source>
        <translation>Page suivante / Page précédente (vue projecteur)</translation>
    </message>
    <message>
        <source>next or previous dossier</source>
        <translation>dossier suivant ou précédent</translation>
    </message>
    <message>
        <source>F11 (projector view, presentation mode)</source>
        <translation>F11 (vue projecteur, mode présentation)</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>plein écran</translation>
    </message>
    <message>
        <source>Esc (projector view, presentation mode)</source>
        <translation>Échap (vue projecteur, mode présentation)</translation>
    </message>
    <message>
        <source>close</source>
        <translation>fermer</translation>
    </message>
    <message>
        <source>↑ ↓, Enter</source>
        <translation>↑ ↓, Entrée</translation>
    </message>
    <message>
        <source>choose a line, open it</source>
        <translation>choisir une ligne, l’ouvrir</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu’elles font</translation>
    </message>
    <message>
        <source>Keys of the screen “{screen}”</source>
        <translation>Touches de l’écran «&#xa0;{screen}&#xa0;»</translation>
    </message>
    <message>
        <source>Everywhere in the window</source>
        <translation>Partout dans la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab, Ctrl+Maj+Tab</translation>
    </message>
    <message>
        <source>next or previous tab</source>
        <translation>onglet suivant ou précédent</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>the menu or button of that letter</source>
        <translation>le menu ou le bouton de cette lettre</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>this card; the guides are in the other tabs</source>
        <translation>cette fiche&#xa0;; les guides sont dans les autres onglets</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Keys of this screen</source>
        <translation>Touches de cet écran</translation>
    </message>
    <message>
        <source>Scoring guide (jurors)</source>
        <translation>Guide de notation (jurés)</translation>
    </message>
    <message>
        <source>A meeting on several laptops (secretariat)</source>
        <translation>Une réunion sur plusieurs postes (secrétariat)</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <source>&amp;Keys of this screen</source>
        <translation>&amp;Touches de cet écran</translation>
    </message>
    <message>
        <source>&amp;Scoring guide</source>
        <translation>&amp;Guide de notation</translation>
    </message>
    <message>
        <source>A &amp;meeting on several laptops</source>
        <translation>Réunion sur plusieurs p&amp;ostes</translation>
    </message>
</context>
<context>
    <name>ImportChoosePage</name>
    <message>
        <source>Choose the dossiers export downloaded from Démarches Simplifiées (xlsx, ods or csv) and, if you downloaded it too, the zip of the attachments. Nothing is written before you have seen the preview and pressed Import.</source>
        <translation>Choisissez l’export des dossiers téléchargé depuis Démarches Simplifiées (xlsx, ods ou csv) et, si vous l’avez aussi téléchargé, le zip des pièces jointes. Rien n’est écrit avant que vous ayez vu l’aperçu et appuyé sur Importer.</translation>
    </message>
    <message>
        <source>dossiers_….xlsx, .ods or .csv</source>
        <translation>dossiers_….xlsx, .ods ou .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Optional: dossiers_….zip</source>
        <translation>Facultatif&#xa0;: dossiers_….zip</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Export file:</source>
        <translation>&amp;Fichier d’export&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attachments (zip):</source>
        <translation>Pièces &amp;jointes (zip)&#xa0;:</translation>
    </message>
    <message>
        <source>Include &amp;draft dossiers (“Brouillon”)</source>
        <translation>Inclure les &amp;brouillons («&#xa0;Brouillon&#xa0;»)</translation>
    </message>
    <message>
        <source>Include dossiers &amp;closed without follow-up (“Classé sans suite”)</source>
        <translation>Inclure les dossiers &amp;classés sans suite («&#xa0;Classé sans suite&#xa0;»)</translation>
    </message>
    <message>
        <source>&amp;Skip bad attachments (import the rest of the zip, with a warning)</source>
        <translation>I&amp;gnorer les pièces jointes défectueuses (importer le reste du zip, avec un avertissement)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Lecture de l’export…</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <source>The dossiers export downloaded from Démarches Simplifiées.</source>
        <translation>L’export des dossiers téléchargé depuis Démarches Simplifiées.</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Choisir le fichier d’export</translation>
    </message>
    <message>
        <source>Attachments zip</source>
        <translation>Zip des pièces jointes</translation>
    </message>
    <message>
        <source>Optional. Leave empty to import the answers without the attachments.</source>
        <translation>Facultatif. Laissez vide pour importer les réponses sans les pièces jointes.</translation>
    </message>
    <message>
        <source>Choose the attachments zip</source>
        <translation>Choisir le zip des pièces jointes</translation>
    </message>
    <message>
        <source>Attachments zip found</source>
        <translation>Zip des pièces jointes trouvé</translation>
    </message>
    <message>
        <source>Include draft dossiers</source>
        <translation>Inclure les brouillons</translation>
    </message>
    <message>
        <source>Include dossiers closed without follow-up</source>
        <translation>Inclure les dossiers classés sans suite</translation>
    </message>
    <message>
        <source>Skip bad attachments</source>
        <translation>Ignorer les pièces jointes défectueuses</translation>
    </message>
    <message>
        <source>Unticked, a zip with a bad entry is refused and nothing is imported. Ticked, the bad entries are left out and named in the warnings.</source>
        <translation>Décochée, un zip contenant une entrée défectueuse est refusé et rien n’est importé. Cochée, les entrées défectueuses sont laissées de côté et nommées dans les avertissements.</translation>
    </message>
    <message>
        <source>Reading the export</source>
        <translation>Lecture de l’export</translation>
    </message>
    <message>
        <source>Choose the export file.</source>
        <translation>Choisissez le fichier d’export.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>Démarches Simplifiées export</source>
        <translation>Export Démarches Simplifiées</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv)</source>
        <translation>Tableurs (*.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>The zip of the same name was found beside the export; clear it to leave the attachments out.</source>
        <translation>Le zip du même nom a été trouvé à côté de l’export&#x202f;; videz ce champ pour importer sans les pièces jointes.</translation>
    </message>
</context>
<context>
    <name>ImportColumnChoice</name>
    <message>
        <source>Columns of a template export</source>
        <translation>Colonnes d’un export à partir d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Remember these columns for the next imports</source>
        <translation>&amp;Se souvenir de ces colonnes pour les prochains imports</translation>
    </message>
    <message>
        <source>Preview with &amp;these columns</source>
        <translation>Aperçu avec &amp;ces colonnes</translation>
    </message>
    <message>
        <source>Dossier &amp;number:</source>
        <translation>&amp;Numéro de dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Candidate&apos;s na&amp;me:</source>
        <translation>No&amp;m du candidat&#xa0;:</translation>
    </message>
    <message>
        <source>Column of the dossier number</source>
        <translation>Colonne du numéro de dossier</translation>
    </message>
    <message>
        <source>Column of the candidate&apos;s name</source>
        <translation>Colonne du nom du candidat</translation>
    </message>
    <message>
        <source>Remember these columns</source>
        <translation>Se souvenir de ces colonnes</translation>
    </message>
    <message>
        <source>The jury file keeps the choice and uses it at the next import.</source>
        <translation>Le fichier de jury garde ce choix et l’utilise au prochain import.</translation>
    </message>
    <message>
        <source>Preview again with these columns</source>
        <translation>Refaire l’aperçu avec ces colonnes</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <source>This export was made from a template, with headers chosen by the instructor. Say which column holds the dossier number and which the candidate&apos;s name, then press “Preview with these columns”.</source>
        <translation>Cet export a été fait à partir d’un modèle, avec des en-têtes choisis par l’instructeur. Indiquez quelle colonne contient le numéro de dossier et laquelle le nom du candidat, puis appuyez sur «&#xa0;Aperçu avec ces colonnes&#xa0;».</translation>
    </message>
    <message>
        <source>This export was made from a template, with headers chosen by the instructor. The columns below are used; change them here if they are not the right ones.</source>
        <translation>Cet export a été fait à partir d’un modèle, avec des en-têtes choisis par l’instructeur. Les colonnes ci-dessous sont utilisées&#x202f;; changez-les ici si ce ne sont pas les bonnes.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Démarches Simplifiées</source>
        <translation>Importer depuis Démarches Simplifiées</translation>
    </message>
    <message>
        <source>Message of the import</source>
        <translation>Message de l’import</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Aperçu &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back to the choice of files</source>
        <translation>Revenir au choix des fichiers</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Voir l’aperçu de l’import</translation>
    </message>
    <message>
        <source>Import into the jury file</source>
        <translation>Importer dans le fichier de jury</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>During the import: stop it, leaving the jury file as it was.</source>
        <translation>Pendant l’import&#xa0;: l’arrêter, en laissant le fichier de jury tel qu’il était.</translation>
    </message>
    <message>
        <source>Choose the columns of the dossier number and of the candidate&apos;s name, then preview again.</source>
        <translation>Choisissez les colonnes du numéro de dossier et du nom du candidat, puis refaites l’aperçu.</translation>
    </message>
    <message>
        <source>The attachments zip has bad entries, so it would be refused. Go back and tick “Skip bad attachments” to import the rest, or choose another zip.</source>
        <translation>Le zip des pièces jointes contient des entrées défectueuses&#xa0;: il serait refusé. Revenez en arrière et cochez «&#xa0;Ignorer les pièces jointes défectueuses&#xa0;» pour importer le reste, ou choisissez un autre zip.</translation>
    </message>
    <message>
        <source>Cannot read the export</source>
        <translation>Impossible de lire l’export</translation>
    </message>
    <message>
        <source>Choose a column for the dossier number and one for the candidate&apos;s name.</source>
        <translation>Choisissez une colonne pour le numéro de dossier et une pour le nom du candidat.</translation>
    </message>
    <message>
        <source>Press “Preview with these columns” to see the import with this choice.</source>
        <translation>Appuyez sur «&#xa0;Aperçu avec ces colonnes&#xa0;» pour voir l’import avec ce choix.</translation>
    </message>
    <message>
        <source>The import was cancelled: the jury file was not changed.</source>
        <translation>L’import a été annulé&#xa0;: le fichier de jury n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Impossible d’importer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <source>&amp;Import from Démarches Simplifiées…</source>
        <translation>&amp;Importer depuis Démarches Simplifiées…</translation>
    </message>
    <message>
        <source>Add or update the candidates&apos; dossiers from a Démarches Simplifiées export</source>
        <translation>Ajouter ou mettre à jour les dossiers des candidats depuis un export Démarches Simplifiées</translation>
    </message>
    <message>
        <source>I&amp;mport from Démarches Simplifiées…</source>
        <translation>Importer depuis Démarches &amp;Simplifiées…</translation>
    </message>
</context>
<context>
    <name>ImportMessageArea</name>
    <message>
        <source>Problem: {text}</source>
        <translation>Problème&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>&amp;Map the questions to the criteria…</source>
        <translation>&amp;Associer les questions aux critères…</translation>
    </message>
    <message>
        <source>Choose the column of the export that answers each question of the grid.</source>
        <translation>Choisir la colonne de l’export qui répond à chaque question de la grille.</translation>
    </message>
    <message>
        <source>Dossiers of the e&amp;xport:</source>
        <translation>Dossiers de l’e&amp;xport&#xa0;:</translation>
    </message>
    <message>
        <source>Dossiers of the export</source>
        <translation>Dossiers de l’export</translation>
    </message>
    <message>
        <source>What the import will do with each dossier, in the last column.</source>
        <translation>Ce que l’import fera de chaque dossier, dans la dernière colonne.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of export:</source>
        <translation>Type d’export&#xa0;:</translation>
    </message>
    <message>
        <source>Dossier number:</source>
        <translation>Numéro de dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Candidate&apos;s name:</source>
        <translation>Nom du candidat&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments: {summary}</source>
        <translation>Pièces jointes&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Questions of the grid found in the export: {found} of {total}; criteria without any answer: {empty}; identity fields not found: {missing}.</source>
        <translation>Questions de la grille trouvées dans l’export&#xa0;: {found} sur {total}&#x202f;; critères sans aucune réponse&#xa0;: {empty}&#x202f;; champs d’identité introuvables&#xa0;: {missing}.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTable</name>
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
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The dossier&apos;s state in Démarches Simplifiées</source>
        <translation>L’état du dossier sur Démarches Simplifiées</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>What the import will do with the dossier</source>
        <translation>Ce que l’import fera du dossier</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>The import is written all at once at the end: if you cancel, the jury file stays exactly as it was.</source>
        <translation>L’import est écrit en une seule fois, à la fin&#xa0;: si vous annulez, le fichier de jury reste exactement tel qu’il était.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>{name} was imported into the jury file.</source>
        <translation>{name} a été importé dans le fichier de jury.</translation>
    </message>
    <message>
        <source>It had finished before it could be cancelled.</source>
        <translation>Il était terminé avant de pouvoir être annulé.</translation>
    </message>
    <message>
        <source>Answers changed after scoring had started (the jurors should look again): {numbers}.</source>
        <translation>Réponses modifiées après le début de la notation (les jurés devraient les revoir)&#xa0;: {numbers}.</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>&amp;Warnings ({count}):</source>
        <translation>&amp;Avertissements ({count})&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings: none.</source>
        <translation>Avertissements&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>Excel workbook (xlsx)</source>
        <translation>Classeur Excel (xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (ods)</source>
        <translation>Classeur OpenDocument (ods)</translation>
    </message>
    <message>
        <source>CSV text (csv)</source>
        <translation>Texte CSV (csv)</translation>
    </message>
    <message>
        <source>Démarches Simplifiées export, current layout</source>
        <translation>Export Démarches Simplifiées, présentation actuelle</translation>
    </message>
    <message>
        <source>Démarches Simplifiées export, layout of before 2024</source>
        <translation>Export Démarches Simplifiées, présentation d’avant 2024</translation>
    </message>
    <message>
        <source>Export from a template (columns chosen by the instructor)</source>
        <translation>Export à partir d’un modèle (colonnes choisies par l’instructeur)</translation>
    </message>
    <message>
        <source>Changed (scoring had started)</source>
        <translation>Modifié (notation commencée)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Its answers changed after a juror started scoring it: the dossier will be marked so that the jurors look again. Scores and comments are kept.</source>
        <translation>Ses réponses ont changé après qu’un juré a commencé à le noter&#xa0;: le dossier sera signalé pour que les jurés le revoient. Les notes et les commentaires sont conservés.</translation>
    </message>
    <message>
        <source>Not in the jury file yet: it will be added.</source>
        <translation>Pas encore dans le fichier de jury&#xa0;: il sera ajouté.</translation>
    </message>
    <message>
        <source>Already in the jury file with other answers: they will be updated.</source>
        <translation>Déjà dans le fichier de jury avec d’autres réponses&#xa0;: elles seront mises à jour.</translation>
    </message>
    <message>
        <source>Already in the jury file with the same answers: left as it is.</source>
        <translation>Déjà dans le fichier de jury avec les mêmes réponses&#xa0;: laissé tel quel.</translation>
    </message>
    <message>
        <source>A draft or a dossier closed without follow-up: not imported.</source>
        <translation>Un brouillon ou un dossier classé sans suite&#xa0;: non importé.</translation>
    </message>
    <message>
        <source>not found: choose the column below</source>
        <translation>introuvable&#xa0;: choisissez la colonne ci-dessous</translation>
    </message>
    <message>
        <source>column “{column}”</source>
        <translation>colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>retenue lors d’un import précédent</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <source>named in the grid&apos;s import hints</source>
        <translation>indiquée dans les consignes d’import de la grille</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveaux&#xa0;:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Modifiés&#xa0;:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inchangés&#xa0;:</translation>
    </message>
    <message>
        <source>Skipped (drafts, closed):</source>
        <translation>Écartés (brouillons, classés sans suite)&#xa0;:</translation>
    </message>
    <message>
        <source>In the jury file, not in this export:</source>
        <translation>Dans le fichier de jury, absents de cet export&#xa0;:</translation>
    </message>
    <message>
        <source>Files stored:</source>
        <translation>Fichiers enregistrés&#xa0;:</translation>
    </message>
    <message>
        <source>Already in the jury file:</source>
        <translation>Déjà dans le fichier de jury&#xa0;:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Laissés de côté&#xa0;:</translation>
    </message>
    <message>
        <source>No attachments zip: only the answers will be imported.</source>
        <translation>Pas de zip de pièces jointes&#xa0;: seules les réponses seront importées.</translation>
    </message>
    <message>
        <source>{name} ({size}) — files: {files}, dossier folders: {dossiers}.</source>
        <translation>{name} ({size}) — fichiers&#xa0;: {files}, dossiers&#xa0;: {dossiers}.</translation>
    </message>
    <message>
        <source>Bad entries, which will be left out: {entries}.</source>
        <translation>Entrées défectueuses, qui seront laissées de côté&#xa0;: {entries}.</translation>
    </message>
    <message>
        <source>Bad entries, because of which the zip is refused: {entries}.</source>
        <translation>Entrées défectueuses, à cause desquelles le zip est refusé&#xa0;: {entries}.</translation>
    </message>
    <message>
        <source>Folders of no dossier, left out: {numbers}.</source>
        <translation>Dossiers du zip ne correspondant à aucun dossier, laissés de côté&#xa0;: {numbers}.</translation>
    </message>
    <message>
        <source>Files outside any dossier folder, left out: {count}.</source>
        <translation>Fichiers hors de tout dossier, laissés de côté&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>JurorPanel</name>
    <message>
        <source>Hand in my ballot</source>
        <translation>Remettre mon bulletin</translation>
    </message>
    <message>
        <source>Juror package of {name}</source>
        <translation>Paquet de juré de {name}</translation>
    </message>
    <message>
        <source>{title} — made from {source} on {time}.</source>
        <translation>{title} — préparé à partir de {source} le {time}.</translation>
    </message>
    <message>
        <source>You have not handed in a ballot yet.</source>
        <translation>Vous n’avez pas encore remis de bulletin.</translation>
    </message>
    <message>
        <source>Ballots handed in: {count} (the last on {time}).</source>
        <translation>Bulletins remis&#xa0;: {count} (le dernier le {time}).</translation>
    </message>
    <message>
        <source>This package is open in another tnl-jury window: hand in your ballot there.</source>
        <translation>Ce paquet est ouvert dans une autre fenêtre de tnl-jury&#xa0;: remettez votre bulletin depuis celle-ci.</translation>
    </message>
    <message>
        <source>Score the dossiers in the Scoring tab: every change is saved at once in this package. To give your scores to the secretariat, hand in a ballot: save it on the USB key and give the key back. You can hand in several ballots during the day; each one holds everything you have scored so far.</source>
        <translation>Notez les dossiers dans l’onglet Notation&#xa0;: chaque modification est enregistrée aussitôt dans ce paquet. Pour transmettre vos notes au secrétariat, remettez un bulletin&#xa0;: enregistrez-le sur la clé USB et rendez la clé. Vous pouvez remettre plusieurs bulletins dans la journée&#x202f;; chacun contient tout ce que vous avez noté jusque-là.</translation>
    </message>
    <message>
        <source>Hand &amp;in a ballot…</source>
        <translation>&amp;Remettre un bulletin…</translation>
    </message>
    <message>
        <source>Hand in a ballot</source>
        <translation>Remettre un bulletin</translation>
    </message>
    <message>
        <source>Saves your signed ballot as a file, to give to the secretariat.</source>
        <translation>Enregistre votre bulletin signé dans un fichier, à remettre au secrétariat.</translation>
    </message>
    <message>
        <source>&amp;Go to the scoring screen</source>
        <translation>Aller à l’é&amp;cran de notation</translation>
    </message>
    <message>
        <source>Go to the scoring screen</source>
        <translation>Aller à l’écran de notation</translation>
    </message>
    <message>
        <source>Juror mode: {name}&apos;s package</source>
        <translation>Mode juré&#xa0;: paquet de {name}</translation>
    </message>
</context>
<context>
    <name>JuryPanel</name>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Cannot add the member</source>
        <translation>Impossible d’ajouter le membre</translation>
    </message>
    <message>
        <source>Cannot change the member</source>
        <translation>Impossible de modifier le membre</translation>
    </message>
    <message>
        <source>Cannot record the recusal</source>
        <translation>Impossible d’enregistrer le déport</translation>
    </message>
    <message>
        <source>{member} will score dossier {number} ({candidate}) again and take part in its vote. Lift the recusal?</source>
        <translation>{member} notera de nouveau le dossier {number} ({candidate}) et prendra part à son vote. Lever le déport&#x202f;?</translation>
    </message>
    <message>
        <source>Lift the recusal</source>
        <translation>Lever le déport</translation>
    </message>
    <message>
        <source>Cannot lift the recusal</source>
        <translation>Impossible de lever le déport</translation>
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
        <translation>Dé&amp;ports (membres se retirant pour un dossier)</translation>
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
    <message>
        <source>&amp;Add a member…</source>
        <translation>A&amp;jouter un membre…</translation>
    </message>
    <message>
        <source>&amp;Edit the member…</source>
        <translation>Modifie&amp;r le membre…</translation>
    </message>
    <message>
        <source>S&amp;tep aside for a dossier…</source>
        <translation>Dépor&amp;t pour un dossier…</translation>
    </message>
    <message>
        <source>Lift the rec&amp;usal…</source>
        <translation>Le&amp;ver le déport…</translation>
    </message>
    <message>
        <source>Add a jury member (name, organisation, role)</source>
        <translation>Ajouter un membre du jury (nom, organisation, rôle)</translation>
    </message>
    <message>
        <source>Change the selected member, or mark them as no longer sitting on the jury</source>
        <translation>Modifier le membre choisi, ou indiquer qu’il ne siège plus au jury</translation>
    </message>
    <message>
        <source>The selected member will not score nor vote on a dossier (reason required)</source>
        <translation>Le membre choisi ne notera pas un dossier et ne votera pas sur lui (motif obligatoire)</translation>
    </message>
</context>
<context>
    <name>KeyForm</name>
    <message>
        <source>I &amp;bring my signature key (a file)</source>
        <translation>J’&amp;apporte ma clé de signature (un fichier)</translation>
    </message>
    <message>
        <source>&amp;Create my key now</source>
        <translation>&amp;Créer ma clé maintenant</translation>
    </message>
    <message>
        <source>I bring my key file</source>
        <translation>J’apporte mon fichier de clé</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12 or .pfx) holding your key and certificate.</source>
        <translation>Un fichier PKCS#12 (.p12 ou .pfx) contenant votre clé et votre certificat.</translation>
    </message>
    <message>
        <source>Create my key now</source>
        <translation>Créer ma clé maintenant</translation>
    </message>
    <message>
        <source>The application creates a key and a certificate, protected by your passphrase.</source>
        <translation>L’application crée une clé et un certificat, protégés par votre phrase de passe.</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Fichiers de clé (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Your key file</source>
        <translation>Votre fichier de clé</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>Choisir votre fichier de clé</translation>
    </message>
    <message>
        <source>Passphrase of your key file</source>
        <translation>Phrase de passe de votre fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>At least {count} characters; it protects your key.</source>
        <translation>Au moins {count} caractères&#x202f;; elle protège votre clé.</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase de passe, à nouveau</translation>
    </message>
    <message>
        <source>Save your key as</source>
        <translation>Enregistrer votre clé sous</translation>
    </message>
    <message>
        <source>Save the key as</source>
        <translation>Enregistrer la clé sous</translation>
    </message>
    <message>
        <source>Choose where to save your key</source>
        <translation>Choisir où enregistrer votre clé</translation>
    </message>
    <message>
        <source>Your proof of identity (certificate) is saved beside it, to give to verifiers.</source>
        <translation>Votre preuve d’identité (certificat) est enregistrée à côté, à remettre à qui vérifie.</translation>
    </message>
    <message>
        <source>Choose the folder of the jury authority (it holds ca-cert.pem and ca-key.pem).</source>
        <translation>Choisissez le dossier de l’autorité du jury (il contient ca-cert.pem et ca-key.pem).</translation>
    </message>
    <message>
        <source>Type the passphrase of the jury authority.</source>
        <translation>Saisissez la phrase de passe de l’autorité du jury.</translation>
    </message>
    <message>
        <source>Your proof of identity is also saved beside your key, as a separate file: give it to whoever checks the signatures. It holds nothing secret.</source>
        <translation>Votre preuve d’identité est aussi enregistrée à côté de votre clé, dans un fichier à part : remettez-la à qui vérifie les signatures. Elle ne contient rien de secret.</translation>
    </message>
    <message>
        <source>Your certificate (public part of your key, PEM format), saved as {name}.</source>
        <translation>Votre certificat (partie publique de votre clé, format PEM), enregistré sous {name}.</translation>
    </message>
    <message>
        <source>Vouched for by the secretariat (&amp;jury authority)</source>
        <translation>Garantie par le secrétariat (autorité du &amp;jury)</translation>
    </message>
    <message>
        <source>Vouched for by the secretariat</source>
        <translation>Garantie par le secrétariat</translation>
    </message>
    <message>
        <source>The secretariat&apos;s certification authority signs your certificate, so that verifiers only need to trust the jury authority (certification authority, CA).</source>
        <translation>L’autorité de certification du secrétariat signe votre certificat : les vérificateurs n’ont qu’à faire confiance à l’autorité du jury (autorité de certification, AC).</translation>
    </message>
    <message>
        <source>Folder of the jury authority</source>
        <translation>Dossier de l’autorité du jury</translation>
    </message>
    <message>
        <source>Choose the folder of the jury authority</source>
        <translation>Choisir le dossier de l’autorité du jury</translation>
    </message>
    <message>
        <source>The folder the secretariat created the authority in (ca-cert.pem, ca-key.pem).</source>
        <translation>Le dossier où le secrétariat a créé l’autorité (ca-cert.pem, ca-key.pem).</translation>
    </message>
    <message>
        <source>Passphrase of the jury authority</source>
        <translation>Phrase de passe de l’autorité du jury</translation>
    </message>
    <message>
        <source>Authority&apos;s fol&amp;der:</source>
        <translation>&amp;Dossier de l’autorité du jury&#xa0;:</translation>
    </message>
    <message>
        <source>Authority&apos;s passp&amp;hrase:</source>
        <translation>P&amp;hrase de passe de l’autorité&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Typed by the secretariat.</source>
        <translation>Saisie par le secrétariat.</translation>
    </message>
    <message>
        <source>R&amp;epeat the passphrase:</source>
        <translation>&amp;Répétez la phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Save the key &amp;as:</source>
        <translation>Enregistrer la clé &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>Choose your key file (.p12).</source>
        <translation>Choisissez votre fichier de clé (.p12).</translation>
    </message>
    <message>
        <source>The key file {path} does not exist.</source>
        <translation>Le fichier de clé {path} n’existe pas.</translation>
    </message>
    <message>
        <source>Type the passphrase of your key file.</source>
        <translation>Saisissez la phrase de passe de votre fichier de clé.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>La phrase de passe doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type them again.</source>
        <translation>Les deux phrases de passe diffèrent&#xa0;: saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>Choose where to save your key.</source>
        <translation>Choisissez où enregistrer votre clé.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>A file named {name} already exists: choose another name.</source>
        <translation>Un fichier nommé {name} existe déjà&#xa0;: choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters to candidates</source>
        <translation>Lettres aux candidats</translation>
    </message>
    <message>
        <source>&amp;Date of the letters:</source>
        <translation>&amp;Date des lettres&#xa0;:</translation>
    </message>
    <message>
        <source>The letterhead below is kept with the edition and used for every letter. Leave a field empty to go without it.</source>
        <translation>L’en-tête ci-dessous est conservé avec l’édition et sert à toutes les lettres. Laissez un champ vide pour s’en passer.</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Organiser, postal address and contact, one per line</source>
        <translation>Organisateur, adresse postale et contact, un par ligne</translation>
    </message>
    <message>
        <source>Written &amp;from (town):</source>
        <translation>&amp;Fait à (ville)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference prefix:</source>
        <translation>Préfixe de la &amp;référence&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. TNL-2026/ (the dossier number follows)</source>
        <translation>par ex. TNL-2026/ (suivi du numéro de dossier)</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;title:</source>
        <translation>&amp;Titre du signataire&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Présidente du jury</source>
        <translation>par ex. Présidente du jury</translation>
    </message>
    <message>
        <source>Date of the letters</source>
        <translation>Date des lettres</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Written from (town)</source>
        <translation>Fait à (ville)</translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation>Préfixe de la référence</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Titre du signataire</translation>
    </message>
    <message>
        <source>&amp;Choose the folder…</source>
        <translation>&amp;Choisir l’emplacement…</translation>
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
        <source>Cannot read the dossiers</source>
        <translation>Impossible de lire les dossiers</translation>
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
        <source>Read-only: this jury file is in a folder that cannot be written (a read-only medium or a protected folder), so nothing can be changed here. Copy it to a folder of yours and open the copy to make changes.</source>
        <translation>Lecture seule&#xa0;: ce fichier de jury est dans un dossier qui ne peut pas être modifié (support en lecture seule ou dossier protégé), rien ne peut donc être changé ici. Copiez-le dans un de vos dossiers et ouvrez la copie pour faire des modifications.</translation>
    </message>
    <message>
        <source>Read-only: the lock file beside this jury file cannot be taken (another user&apos;s, or a permission problem), so nothing can be changed here. Copy the file to a folder of yours and open the copy to make changes.</source>
        <translation>Lecture seule&#xa0;: le fichier de verrou à côté de ce fichier de jury ne peut pas être pris (celui d’un autre utilisateur, ou un problème de permission)&#x202f;; rien ne peut donc être modifié ici. Copiez le fichier dans un dossier à vous et ouvrez la copie pour faire des modifications.</translation>
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
    <name>MappingDialog</name>
    <message>
        <source>Map the questions of the procedure</source>
        <translation>Associer les questions de la démarche</translation>
    </message>
    <message>
        <source>For each question of the grid, choose the column of the export that answers it (type to search). Proposals come from identical labels; check them.</source>
        <translation>Pour chaque question de la grille, choisissez la colonne de l’export qui y répond (tapez pour chercher). Les propositions viennent des libellés identiques&#x202f;; vérifiez-les.</translation>
    </message>
    <message>
        <source>Filter the questions…</source>
        <translation>Filtrer les questions…</translation>
    </message>
    <message>
        <source>Filter the questions</source>
        <translation>Filtrer les questions</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Question of the grid</source>
        <translation>Question de la grille</translation>
    </message>
    <message>
        <source>Column of the export</source>
        <translation>Colonne de l’export</translation>
    </message>
    <message>
        <source>Questions of the grid and their columns</source>
        <translation>Questions de la grille et leurs colonnes</translation>
    </message>
    <message>
        <source>Column for “{question}”</source>
        <translation>Colonne pour «&#xa0;{question}&#xa0;»</translation>
    </message>
    <message>
        <source>The candidate&apos;s identity</source>
        <translation>L’identité du candidat</translation>
    </message>
    <message>
        <source>&amp;Save the mapping</source>
        <translation>&amp;Enregistrer l’association</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(aucune colonne)</translation>
    </message>
    <message>
        <source>(not in this procedure&apos;s form)</source>
        <translation>(absente du formulaire de cette démarche)</translation>
    </message>
    <message>
        <source>{column} — after “{before}”</source>
        <translation>{column} — après «&#xa0;{before}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>The meeting</source>
        <translation>La séance</translation>
    </message>
    <message>
        <source>(no deliberative vote)</source>
        <translation>(sans voix délibérative)</translation>
    </message>
    <message>
        <source>Everybody present.</source>
        <translation>Tout le monde est présent.</translation>
    </message>
    <message>
        <source>Nobody present.</source>
        <translation>Personne n’est présent.</translation>
    </message>
    <message>
        <source>{name}: present.</source>
        <translation>{name}&#xa0;: présent.</translation>
    </message>
    <message>
        <source>{name}: absent.</source>
        <translation>{name}&#xa0;: absent.</translation>
    </message>
    <message>
        <source>More than half of the members present</source>
        <translation>Plus de la moitié des membres présents</translation>
    </message>
    <message>
        <source>Two thirds of the members present</source>
        <translation>Les deux tiers des membres présents</translation>
    </message>
    <message>
        <source>At least this number of members present:</source>
        <translation>Au moins ce nombre de membres présents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quorum rule:</source>
        <translation>Règle de &amp;quorum&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;resident:</source>
        <translation>&amp;Président&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Secrétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Members present (Space ticks or unticks):</source>
        <translation>&amp;Membres présents (Espace coche ou décoche)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All present</source>
        <translation>&amp;Tous présents</translation>
    </message>
    <message>
        <source>&amp;Nobody present</source>
        <translation>Pe&amp;rsonne</translation>
    </message>
    <message>
        <source>The meeting is closed: its record can no longer change.</source>
        <translation>La séance est close&#xa0;: son procès-verbal ne peut plus changer.</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Place of the meeting</source>
        <translation>Lieu de la séance</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Règle de quorum</translation>
    </message>
    <message>
        <source>Members required for the quorum</source>
        <translation>Membres requis pour le quorum</translation>
    </message>
    <message>
        <source>President of the meeting</source>
        <translation>Président de séance</translation>
    </message>
    <message>
        <source>Secretary of the meeting</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Membres présents</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>A ticked member is present. Space ticks or unticks the selected member.</source>
        <translation>Un membre coché est présent. Espace coche ou décoche le membre choisi.</translation>
    </message>
</context>
<context>
    <name>MemberChooser</name>
    <message>
        <source>{name} — {role} — {submitted} submitted, {started} in progress</source>
        <translation>{name} — {role} — {submitted} transmis, {started} en cours</translation>
    </message>
    <message>
        <source>Who is scoring?</source>
        <translation>Qui note&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Jury member at the keyboard:</source>
        <translation>&amp;Membre du jury au clavier&#xa0;:</translation>
    </message>
    <message>
        <source>Jury members</source>
        <translation>Membres du jury</translation>
    </message>
    <message>
        <source>Choose with the arrows, then press Enter. Every score you type is theirs.</source>
        <translation>Choisissez avec les flèches, puis appuyez sur Entrée. Chaque note saisie sera la sienne.</translation>
    </message>
    <message>
        <source>&amp;Secretariat typing this member’s paper sheet</source>
        <translation>&amp;Secrétariat saisissant la fiche papier de ce membre</translation>
    </message>
    <message>
        <source>This jury has no member yet. The secretariat adds them in the Jury tab (“Add a member…”).</source>
        <translation>Ce jury n’a encore aucun membre. Le secrétariat les ajoute dans l’onglet Jury («&#xa0;Ajouter un membre…&#xa0;»).</translation>
    </message>
    <message>
        <source>The scores are recorded as typed by the secretariat ({user}) for this member, and the cursor moves on after each score.</source>
        <translation>Les notes sont enregistrées comme saisies par le secrétariat ({user}) pour ce membre, et le curseur avance après chaque note.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a jury member</source>
        <translation>Ajouter un membre du jury</translation>
    </message>
    <message>
        <source>Jury member</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation>Rôle dans la séance</translation>
    </message>
    <message>
        <source>&amp;Deliberative vote</source>
        <translation>&amp;Voix délibérative</translation>
    </message>
    <message>
        <source>Deliberative vote</source>
        <translation>Voix délibérative</translation>
    </message>
    <message>
        <source>Untick for a secretary or an observer: present at the meeting, but not counted for the quorum, not voting and not scoring.</source>
        <translation>À décocher pour un secrétaire ou un observateur : présent à la séance, mais non compté pour le quorum, sans vote et sans notation.</translation>
    </message>
    <message>
        <source>&amp;Sits on the jury (untick when the member leaves)</source>
        <translation>&amp;Siège au jury (à décocher quand le membre s’en va)</translation>
    </message>
    <message>
        <source>An inactive member is kept with their scores but no longer scores or votes.</source>
        <translation>Un membre inactif est conservé avec ses notes mais ne note et ne vote plus.</translation>
    </message>
</context>
<context>
    <name>MemberDossierModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
    <message>
        <source>Deliberative vote</source>
        <translation>Voix délibérative</translation>
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
    <name>Outputs</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Deliberation — presentation mode</source>
        <translation>Délibération — mode présentation</translation>
    </message>
    <message>
        <source>F11: full screen · Esc: leave the presentation mode</source>
        <translation>F11&#xa0;: plein écran · Échap&#xa0;: quitter le mode présentation</translation>
    </message>
    <message>
        <source>Results of the dossiers</source>
        <translation>Résultats des dossiers</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>{name} — submitted: {submitted}, in progress: {started}, not started: {waiting}, stepped aside: {recused}</source>
        <translation>{name} — transmis&#xa0;: {submitted}, en cours&#xa0;: {started}, non commencés&#xa0;: {waiting}, déports&#xa0;: {recused}</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Cannot read the scoring progress</source>
        <translation>Impossible de lire l’avancement de la notation</translation>
    </message>
    <message>
        <source>Submitted: {submitted} of {pairs} member–dossier pairs — in progress: {started}, not started: {waiting}, stepped aside: {recused}.</source>
        <translation>Transmis&#xa0;: {submitted} couples membre–dossier sur {pairs} — en cours&#xa0;: {started}, non commencés&#xa0;: {waiting}, déports&#xa0;: {recused}.</translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation>Avancement de la notation</translation>
    </message>
    <message>
        <source>One row per dossier, one column per jury member, with their status.</source>
        <translation>Une ligne par dossier, une colonne par membre du jury, avec son état.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>No dossier selected</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Projector — {name}</source>
        <translation>Projecteur — {name}</translation>
    </message>
    <message>
        <source>Dossier {number}</source>
        <translation>Dossier {number}</translation>
    </message>
    <message>
        <source>Proposed level: {level}</source>
        <translation>Niveau proposé&#xa0;: {level}</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Pas encore de décision.</translation>
    </message>
    <message>
        <source>Decision: {votes}</source>
        <translation>Décision&#xa0;: {votes}</translation>
    </message>
    <message>
        <source>Follows the dossier selected in the Deliberation tab · Page Down / Page Up: next / previous dossier · F11: full screen · Esc: close</source>
        <translation>Suit le dossier choisi dans l’onglet Délibération · Page suivante / Page précédente&#xa0;: dossier suivant / précédent · F11&#xa0;: plein écran · Échap&#xa0;: fermer</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyCopy</name>
    <message>
        <source>{problem}

Open a copy of the file and its side file from a temporary folder? Changes made to the copy stay in the copy.</source>
        <translation>{problem}

Ouvrir une copie du fichier et de son fichier annexe depuis un dossier temporaire&#x202f;? Les modifications faites dans la copie restent dans la copie.</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Ouvrir une copie</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>Step aside for a dossier</source>
        <translation>Déport pour un dossier</translation>
    </message>
    <message>
        <source>{name} will not score this dossier nor vote on it.</source>
        <translation>{name} ne notera pas ce dossier et ne votera pas sur lui.</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>No label</source>
        <translation>Pas de label</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Niveau {level}</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>No member has proposed a level yet.</source>
        <translation>Aucun membre n’a encore proposé de niveau.</translation>
    </message>
    <message>
        <source>Majority grade {grade}; {percent}% of the members propose a higher level.</source>
        <translation>Mention majoritaire {grade}&#x202f;; {percent}&#xa0;% des membres proposent un niveau supérieur.</translation>
    </message>
    <message>
        <source>Majority grade {grade}; {percent}% of the members propose a lower level.</source>
        <translation>Mention majoritaire {grade}&#x202f;; {percent}&#xa0;% des membres proposent un niveau inférieur.</translation>
    </message>
    <message>
        <source>to discuss</source>
        <translation>à discuter</translation>
    </message>
    <message>
        <source>{level}: {votes_for} for, {votes_against} against, {abstentions} abstentions</source>
        <translation>{level}&#xa0;: {votes_for} pour, {votes_against} contre, {abstentions} abstentions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation>Numéro du dossier</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>pas encore noté</translation>
    </message>
    <message>
        <source>Aggregated score (weighted mean of the domains)</source>
        <translation>Score agrégé (moyenne pondérée des domaines)</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisé</translation>
    </message>
    <message>
        <source>normalised score {score}</source>
        <translation>score normalisé {score}</translation>
    </message>
    <message>
        <source>Score after per-member normalisation (each member&apos;s figures measured against their own scoring), beside the raw score, never replacing it</source>
        <translation>Score après normalisation par membre (les chiffres de chacun rapportés à sa propre façon de noter), à côté du score brut, sans jamais le remplacer</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Level proposed by the grid&apos;s rules</source>
        <translation>Niveau proposé par les règles de la grille</translation>
    </message>
    <message>
        <source>Majority judgment</source>
        <translation>Jugement majoritaire</translation>
    </message>
    <message>
        <source>Majority judgment on the levels the members propose</source>
        <translation>Jugement majoritaire sur les niveaux que proposent les membres</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>The largest standard deviation of the members&apos; figures (criteria, domains, proposed levels).</source>
        <translation>Le plus grand écart-type des chiffres des membres (critères, domaines, niveaux proposés).</translation>
    </message>
    <message>
        <source>How far apart the members are (largest standard deviation)</source>
        <translation>L’écart entre les membres (plus grand écart-type)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>no previous level</source>
        <translation>pas de niveau précédent</translation>
    </message>
    <message>
        <source>Level awarded at the previous edition</source>
        <translation>Niveau obtenu à l’édition précédente</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <source>Level decided by the jury</source>
        <translation>Niveau décidé par le jury</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <source>No opinion</source>
        <translation>Sans avis</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>No opinion (N)</source>
        <translation>Sans avis (N)</translation>
    </message>
    <message>
        <source>Digits {low} to {high}, Left, Right: score. N: no opinion. Delete: clear. Up, Down: other criterion.</source>
        <translation>Chiffres de {low} à {high}, flèches gauche et droite&#xa0;: noter. N&#xa0;: sans avis. Suppr&#xa0;: effacer. Flèches haut et bas&#xa0;: autre critère.</translation>
    </message>
    <message>
        <source>These scores can no longer be changed.</source>
        <translation>Ces notes ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>{value} is not on this scale (from {low} to {high}).</source>
        <translation>{value} ne figure pas sur cette échelle (de {low} à {high}).</translation>
    </message>
    <message>
        <source>Score of {code}: {label}</source>
        <translation>Note de {code}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>You have no opinion on this criterion (it is not counted as a zero)</source>
        <translation>Vous n’avez pas d’avis sur ce critère (ce n’est pas compté comme un zéro)</translation>
    </message>
</context>
<context>
    <name>ScoringAttachments</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Cannot show {name}</source>
        <translation>Impossible d’afficher {name}</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Impossible d’ouvrir {name}</translation>
    </message>
    <message>
        <source>Open with the system’s viewer</source>
        <translation>Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <source>Open “{name}” with the program your system uses for this kind of file? A copy is written to a temporary folder. Files sent by candidates may be unsafe: open only those you expect.</source>
        <translation>Ouvrir «&#xa0;{name}&#xa0;» avec le programme que votre système utilise pour ce type de fichier&#x202f;? Une copie est écrite dans un dossier temporaire. Les fichiers envoyés par les candidats peuvent être dangereux&#xa0;: n’ouvrez que ceux que vous attendez.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(sans extension)</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>“{name}” is a {suffix} file: tnl-jury never opens this kind of file, as files sent by candidates may be unsafe. Save it to a folder you choose?</source>
        <translation>«&#xa0;{name}&#xa0;» est un fichier {suffix}&#xa0;: tnl-jury n’ouvre jamais ce type de fichier, car les fichiers envoyés par les candidats peuvent être dangereux. L’enregistrer dans un dossier de votre choix&#x202f;?</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>Impossible d’enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Impossible d’ouvrir la pièce jointe</translation>
    </message>
</context>
<context>
    <name>ScoringMenu</name>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Notation</translation>
    </message>
    <message>
        <source>Score the selected &amp;dossier</source>
        <translation>&amp;Noter le dossier sélectionné</translation>
    </message>
    <message>
        <source>Open the scoring screen on the dossier selected in the list</source>
        <translation>Ouvrir l’écran de notation sur le dossier sélectionné dans la liste</translation>
    </message>
    <message>
        <source>Scoring pro&amp;gress</source>
        <translation>Avance&amp;ment de la notation</translation>
    </message>
    <message>
        <source>Every member’s status on every dossier</source>
        <translation>L’état de chaque membre sur chaque dossier</translation>
    </message>
</context>
<context>
    <name>ScoringScreen</name>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Cannot open this dossier</source>
        <translation>Impossible d’ouvrir ce dossier</translation>
    </message>
    <message>
        <source>Cannot submit yet</source>
        <translation>Transmission impossible pour l’instant</translation>
    </message>
    <message>
        <source>This change was not saved</source>
        <translation>Cette modification n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>ScoringSheetsDialog</name>
    <message>
        <source>Choose where to save the PDF file.</source>
        <translation>Choisissez où enregistrer le fichier PDF.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Save the scoring sheets</source>
        <translation>Enregistrer les fiches de notation</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print scoring sheets</source>
        <translation>Imprimer des fiches de notation</translation>
    </message>
    <message>
        <source>&amp;Dossiers:</source>
        <translation>&amp;Dossiers&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>All %n dossier(s)</source>
        <translation>
            <numerusform>Le dossier (%n)</numerusform>
            <numerusform>Les %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Only dossier {number} — {candidate}</source>
        <translation>Seulement le dossier {number} — {candidate}</translation>
    </message>
    <message>
        <source>Only the dossier selected in the list</source>
        <translation>Seulement le dossier choisi dans la liste</translation>
    </message>
    <message>
        <source>&amp;Sheets for:</source>
        <translation>&amp;Fiches pour&#xa0;:</translation>
    </message>
    <message>
        <source>Every jury member (one sheet each)</source>
        <translation>Chaque membre du jury (une fiche chacun)</translation>
    </message>
    <message>
        <source>Nobody in particular (name left blank)</source>
        <translation>Personne en particulier (nom laissé en blanc)</translation>
    </message>
    <message>
        <source>Whose sheets</source>
        <translation>Pour qui imprimer les fiches</translation>
    </message>
    <message>
        <source>A member who stepped aside for a dossier gets no sheet for it.</source>
        <translation>Un membre qui s’est déporté d’un dossier n’a pas de fiche pour ce dossier.</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>Fichier &amp;PDF&#xa0;:</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Fichier PDF à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF file</source>
        <translation>Choisir où enregistrer le fichier PDF</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Write the PDF</source>
        <translation>É&amp;crire le PDF</translation>
    </message>
</context>
<context>
    <name>ScoringStatus</name>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Stepped aside</source>
        <translation>Déporté</translation>
    </message>
</context>
<context>
    <name>ScreenTexts</name>
    <message>
        <source>&amp;Change member…</source>
        <translation>&amp;Changer de membre…</translation>
    </message>
    <message>
        <source>Choose who is at the keyboard (Ctrl+M)</source>
        <translation>Choisir qui est au clavier (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Previous dossier</source>
        <translation>Dossier &amp;précédent</translation>
    </message>
    <message>
        <source>Score the previous dossier of the list (Alt+Page Up)</source>
        <translation>Noter le dossier précédent de la liste (Alt+Page préc.)</translation>
    </message>
    <message>
        <source>&amp;Next dossier</source>
        <translation>Dossier &amp;suivant</translation>
    </message>
    <message>
        <source>Score the next dossier of the list (Alt+Page Down)</source>
        <translation>Noter le dossier suivant de la liste (Alt+Page suiv.)</translation>
    </message>
    <message>
        <source>Next &amp;empty criterion</source>
        <translation>Critère &amp;vide suivant</translation>
    </message>
    <message>
        <source>Go to the next criterion without a score or “no opinion” (F8)</source>
        <translation>Aller au prochain critère sans note ni «&#xa0;sans avis&#xa0;» (F8)</translation>
    </message>
    <message>
        <source>Undo your last change on this dossier (Ctrl+Z)</source>
        <translation>Annuler votre dernière modification sur ce dossier (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>Rétablir la modification annulée (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Submit my scores</source>
        <translation>&amp;Transmettre mes notes</translation>
    </message>
    <message>
        <source>Check that every criterion has a score or “no opinion”, then submit (Ctrl+Enter)</source>
        <translation>Vérifier que chaque critère a une note ou un «&#xa0;sans avis&#xa0;», puis transmettre (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Submit and go to the ne&amp;xt dossier</source>
        <translation>Transmettre et aller au dossier s&amp;uivant</translation>
    </message>
    <message>
        <source>Submit my scores, then open the next dossier (Ctrl+Shift+Enter)</source>
        <translation>Transmettre mes notes, puis ouvrir le dossier suivant (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Move on after a score</source>
        <translation>&amp;Enchaîner les critères après une note</translation>
    </message>
    <message>
        <source>A digit typed on a criterion&apos;s scale gives the score and moves to the next criterion</source>
        <translation>Un chiffre tapé sur l’échelle d’un critère donne la note et passe au critère suivant</translation>
    </message>
    <message>
        <source>Attachments &amp;beside the criteria</source>
        <translation>Pièces &amp;jointes à côté des critères</translation>
    </message>
    <message>
        <source>Show an attachment in a pane beside the criteria (its width is remembered) rather than in a window of its own</source>
        <translation>Afficher une pièce jointe dans un volet à côté des critères (sa largeur est mémorisée) plutôt que dans une fenêtre à part</translation>
    </message>
    <message>
        <source>&amp;Reopen to change my scores</source>
        <translation>&amp;Rouvrir pour modifier mes notes</translation>
    </message>
    <message>
        <source>Your submitted scores are read-only: reopen the dossier to change them (recorded in the audit trail), then submit again</source>
        <translation>Vos notes transmises sont en lecture seule&#xa0;: rouvrez le dossier pour les modifier (inscrit au journal d’audit), puis transmettez-les de nouveau</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparer</translation>
    </message>
    <message>
        <source>Every member’s scores for this dossier, side by side (F9)</source>
        <translation>Les notes de chaque membre pour ce dossier, côte à côte (F9)</translation>
    </message>
    <message>
        <source>Step &amp;aside…</source>
        <translation>Je me &amp;déporte…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest: you will not score this dossier (the reason appears in the minutes)</source>
        <translation>Déclarer un conflit d’intérêts&#xa0;: vous ne noterez pas ce dossier (le motif figure au procès-verbal)</translation>
    </message>
    <message>
        <source>Submit my scores (Ctrl+Enter)</source>
        <translation>Transmettre mes notes (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Submit my scores</source>
        <translation>Transmettre mes notes</translation>
    </message>
    <message>
        <source>Scoring actions</source>
        <translation>Actions de notation</translation>
    </message>
    <message>
        <source>&amp;Choose the member…</source>
        <translation>&amp;Choisir le membre…</translation>
    </message>
    <message>
        <source>Who is at the keyboard (Ctrl+M)</source>
        <translation>Qui est au clavier (Ctrl+M)</translation>
    </message>
    <message>
        <source>C&amp;hange member…</source>
        <translation>C&amp;hanger de membre…</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Changer de membre</translation>
    </message>
    <message>
        <source>Dossiers to score</source>
        <translation>Dossiers à noter</translation>
    </message>
    <message>
        <source>Every dossier with your status on it. Enter or a double-click opens the selected one for scoring.</source>
        <translation>Chaque dossier avec votre état. Entrée ou un double-clic ouvre le dossier sélectionné pour le noter.</translation>
    </message>
    <message>
        <source>Dossier list, dossier and criteria</source>
        <translation>Liste des dossiers, dossier et critères</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Your status on this dossier</source>
        <translation>Votre état sur ce dossier</translation>
    </message>
    <message>
        <source>Open a jury file to score its dossiers.</source>
        <translation>Ouvrez un fichier de jury pour en noter les dossiers.</translation>
    </message>
    <message>
        <source>Scoring is disabled: this jury file is open read-only, because another tnl-jury window already has it. Score in that window, or close the file there and open it again here.</source>
        <translation>La notation est désactivée&#xa0;: ce fichier de jury est ouvert en lecture seule, car une autre fenêtre de tnl-jury l’a déjà ouvert. Notez dans cette fenêtre, ou fermez-y le fichier puis rouvrez-le ici.</translation>
    </message>
    <message>
        <source>Who is at the keyboard? Choose the jury member who is scoring: every score typed here is recorded as theirs.</source>
        <translation>Qui est au clavier&#x202f;? Choisissez le membre du jury qui note&#xa0;: chaque note saisie ici est enregistrée comme la sienne.</translation>
    </message>
    <message>
        <source>Paper sheet of {name} — typed by the secretariat ({user})</source>
        <translation>Fiche papier de {name} — saisie par le secrétariat ({user})</translation>
    </message>
    <message>
        <source>Scoring as: {name}</source>
        <translation>Notation par&#xa0;: {name}</translation>
    </message>
    <message>
        <source>This dossier: {status}</source>
        <translation>Ce dossier&#xa0;: {status}</translation>
    </message>
    <message>
        <source>{name} stepped aside for this dossier (reason: “{reason}”): they cannot score it.</source>
        <translation>{name} s’est déporté(e) pour ce dossier (motif&#xa0;: «&#xa0;{reason}&#xa0;»)&#xa0;: il ou elle ne peut pas le noter.</translation>
    </message>
    <message>
        <source>The jury’s decision on this dossier is locked: its scores can no longer change.</source>
        <translation>La décision du jury sur ce dossier est verrouillée&#xa0;: ses notes ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>{name} is no longer an active member of the jury: their scores cannot change.</source>
        <translation>{name} n’est plus membre actif du jury&#xa0;: ses notes ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Your scores on this dossier are submitted: they are read-only. To change them, reopen the dossier (Scoring menu, “Reopen to change my scores”).</source>
        <translation>Vos notes sur ce dossier sont transmises&#xa0;: elles sont en lecture seule. Pour les modifier, rouvrez le dossier (menu Notation, «&#xa0;Rouvrir pour modifier mes notes&#xa0;»).</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>score of {code}</source>
        <translation>la note de {code}</translation>
    </message>
    <message>
        <source>comment on {code}</source>
        <translation>le commentaire sur {code}</translation>
    </message>
    <message>
        <source>Every criterion has a score or “no opinion”: you can submit (Ctrl+Enter).</source>
        <translation>Chaque critère a une note ou un «&#xa0;sans avis&#xa0;»&#xa0;: vous pouvez transmettre (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Dossier {number} — {candidate}, {status}</source>
        <translation>Dossier {number} — {candidate}, {status}</translation>
    </message>
    <message>
        <source>Your last change was NOT saved. The dossier is read again from the file: check your score.</source>
        <translation>Votre dernière modification n’a PAS été enregistrée. Le dossier est relu depuis le fichier&#xa0;: vérifiez votre note.</translation>
    </message>
    <message>
        <source>Proposed level: {level}</source>
        <translation>Niveau proposé&#xa0;: {level}</translation>
    </message>
    <message numerus="yes">
        <source>Dossier {number} submitted: your scores on %n criteria are transmitted to the jury, without a proposed level.</source>
        <translation>
            <numerusform>Dossier {number} remis&#xa0;: votre note sur %n critère est transmise au jury, sans niveau proposé.</numerusform>
            <numerusform>Dossier {number} remis&#xa0;: vos notes sur %n critères sont transmises au jury, sans niveau proposé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dossier {number} submitted: your scores on %n criteria and your proposed level ({level}) are transmitted to the jury.</source>
        <translation>
            <numerusform>Dossier {number} remis&#xa0;: vos notes sur %n critère et votre niveau proposé ({level}) sont transmis au jury.</numerusform>
            <numerusform>Dossier {number} remis&#xa0;: vos notes sur %n critères et votre niveau proposé ({level}) sont transmis au jury.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step aside for this dossier</source>
        <translation>Se déporter pour ce dossier</translation>
    </message>
    <message>
        <source>Why do you step aside for dossier {number} ({candidate})? You will not score it; the reason appears in the minutes.</source>
        <translation>Pour quelle raison vous déportez-vous pour le dossier {number} ({candidate})&#x202f;? Vous ne le noterez pas&#x202f;; le motif figure au procès-verbal.</translation>
    </message>
    <message>
        <source>A reason is needed: it appears in the minutes.</source>
        <translation>Un motif est nécessaire&#xa0;: il figure au procès-verbal.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>The session, for the minutes</source>
        <translation>La séance, pour le procès-verbal</translation>
    </message>
    <message>
        <source>Members con&amp;vened on:</source>
        <translation>Membres con&amp;voqués le&#xa0;:</translation>
    </message>
    <message>
        <source>Members convened on (blank: not said)</source>
        <translation>Membres convoqués le (vide&#xa0;: non précisé)</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>Or&amp;dre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un point par ligne</translation>
    </message>
    <message>
        <source>Agenda, one item per line</source>
        <translation>Ordre du jour, un point par ligne</translation>
    </message>
    <message>
        <source>Votes &amp;taken:</source>
        <translation>Mode de scru&amp;tin&#xa0;:</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>by show of hands</source>
        <translation>à main levée</translation>
    </message>
    <message>
        <source>by secret ballot</source>
        <translation>au scrutin secret</translation>
    </message>
    <message>
        <source>How the votes were taken</source>
        <translation>Mode de scrutin</translation>
    </message>
    <message>
        <source>Session &amp;opened at:</source>
        <translation>Séance &amp;ouverte à&#xa0;:</translation>
    </message>
    <message>
        <source>Session c&amp;losed at:</source>
        <translation>Séance &amp;levée à&#xa0;:</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Session opened at</source>
        <translation>Séance ouverte à</translation>
    </message>
    <message>
        <source>Session closed at</source>
        <translation>Séance levée à</translation>
    </message>
    <message>
        <source>Absent members who sent apologies (excused)</source>
        <translation>Membres absents qui se sont excusés (excusés)</translation>
    </message>
    <message>
        <source>No member is marked absent.</source>
        <translation>Aucun membre n’est noté absent.</translation>
    </message>
    <message>
        <source>Present &amp;without a vote:</source>
        <translation>Présents &amp;sans voix délibérative&#xa0;:</translation>
    </message>
    <message>
        <source>Secretariat, observers: one per line, name then capacity</source>
        <translation>Secrétariat, observateurs&#xa0;: un par ligne, le nom puis la qualité</translation>
    </message>
    <message>
        <source>Present without a vote</source>
        <translation>Présents sans voix délibérative</translation>
    </message>
    <message>
        <source>Dossiers left &amp;undecided because:</source>
        <translation>Dossiers laissés sans décision, &amp;motif&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. incomplete dossiers, examination postponed to the next session</source>
        <translation>par ex. dossiers incomplets, examen reporté à la prochaine séance</translation>
    </message>
    <message>
        <source>Why the dossiers without a decision were left</source>
        <translation>Motif des dossiers laissés sans décision</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Sign now</source>
        <translation>Signer maintenant</translation>
    </message>
    <message>
        <source>Skip (&amp;not at the computer)</source>
        <translation>Passer (&amp;absent de l’ordinateur)</translation>
    </message>
    <message>
        <source>Skip this member</source>
        <translation>Passer ce membre</translation>
    </message>
    <message>
        <source>They can be selected in the list later, to sign when they come back.</source>
        <translation>Il sera possible de le sélectionner dans la liste plus tard, pour qu’il signe à son retour.</translation>
    </message>
</context>
<context>
    <name>SigningWizard</name>
    <message>
        <source>Signed at {time}</source>
        <translation>Signé à {time}</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>À signer</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Déjà signé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Skipped (not at the computer)</source>
        <translation>Passé (absent de l’ordinateur)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Choose the minutes to sign, or generate them now.</source>
        <translation>Choisissez le procès-verbal à signer, ou générez-le maintenant.</translation>
    </message>
    <message>
        <source>Signed: {names}.</source>
        <translation>Ont signé&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Nobody has signed yet.</source>
        <translation>Personne n’a encore signé.</translation>
    </message>
    <message>
        <source>Skipped: {names}.</source>
        <translation>Passés&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Still to sign: {names}.</source>
        <translation>Doivent encore signer&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Signer le procès-verbal</translation>
    </message>
    <message>
        <source>The members present sign in turn, on this computer, each in their own box. A member who is not at the computer can be skipped and sign later. Each signature is added to the minutes file itself; finishing locks the decisions the minutes record.</source>
        <translation>Les membres présents signent à tour de rôle, sur cet ordinateur, chacun dans son cadre. Un membre absent de l’ordinateur peut être passé et signer plus tard. Chaque signature est ajoutée au fichier du procès-verbal lui-même&#x202f;; terminer verrouille les décisions qu’il consigne.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>The minutes to sign</source>
        <translation>Le procès-verbal à signer</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes to sign</source>
        <translation>Procès-verbal à signer</translation>
    </message>
    <message>
        <source>Choose the minutes to sign</source>
        <translation>Choisir le procès-verbal à signer</translation>
    </message>
    <message>
        <source>The minutes PDF written by tnl-jury, with one signature box per member.</source>
        <translation>Le procès-verbal PDF écrit par tnl-jury, avec un cadre de signature par membre.</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>C&amp;harger</translation>
    </message>
    <message>
        <source>Load the minutes</source>
        <translation>Charger le procès-verbal</translation>
    </message>
    <message>
        <source>&amp;Generate the minutes now…</source>
        <translation>&amp;Générer le procès-verbal maintenant…</translation>
    </message>
    <message>
        <source>Generate the minutes now</source>
        <translation>Générer le procès-verbal maintenant</translation>
    </message>
    <message>
        <source>&amp;Minutes (PDF):</source>
        <translation>Procès-&amp;verbal (PDF)&#xa0;:</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Select a member to have them sign now; the list says who has signed.</source>
        <translation>Sélectionnez un membre pour qu’il signe maintenant&#x202f;; la liste indique qui a signé.</translation>
    </message>
    <message>
        <source>Signa&amp;tories:</source>
        <translation>Signa&amp;taires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Finish and lock the decisions</source>
        <translation>Terminer et verrouiller les décisions</translation>
    </message>
    <message>
        <source>Locks the decisions recorded in the signed minutes, then closes.</source>
        <translation>Verrouille les décisions consignées dans le procès-verbal signé, puis ferme.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel without locking</source>
        <translation>Annuler sans rien verrouiller</translation>
    </message>
    <message>
        <source>Closes without locking any decision; signatures made stay in the minutes.</source>
        <translation>Ferme sans verrouiller aucune décision&#x202f;; les signatures faites restent dans le procès-verbal.</translation>
    </message>
    <message>
        <source>Choose the minutes to sign.</source>
        <translation>Choisissez le procès-verbal à signer.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Cannot read the minutes</source>
        <translation>Impossible de lire le procès-verbal</translation>
    </message>
    <message>
        <source>minutes-{year}.pdf</source>
        <translation>proces-verbal-{year}.pdf</translation>
    </message>
    <message>
        <source>Write the minutes</source>
        <translation>Écrire le procès-verbal</translation>
    </message>
    <message>
        <source>Signing for {name}…</source>
        <translation>Signature pour {name}…</translation>
    </message>
    <message>
        <source>Cannot sign for {name}</source>
        <translation>Impossible de signer pour {name}</translation>
    </message>
    <message>
        <source>Locking the decisions…</source>
        <translation>Verrouillage des décisions…</translation>
    </message>
    <message>
        <source>Cannot lock the decisions</source>
        <translation>Impossible de verrouiller les décisions</translation>
    </message>
    <message>
        <source>The signatures made stay in the minutes, but the decisions are NOT locked: open Sign the minutes again and choose Finish to lock them.</source>
        <translation>Les signatures faites restent dans le procès-verbal, mais les décisions ne sont PAS verrouillées&#xa0;: rouvrez Signer le procès-verbal et choisissez Terminer pour les verrouiller.</translation>
    </message>
    <message>
        <source>These minutes have no signature box for {names}, recorded as present: generate the minutes again before signing.</source>
        <translation>Ce procès-verbal n’a pas de cadre de signature pour {names}, pourtant enregistré(e)s comme présent(e)s&#xa0;: générez de nouveau le procès-verbal avant de signer.</translation>
    </message>
    <message>
        <source>{name} has signed.</source>
        <translation>{name} a signé.</translation>
    </message>
    <message>
        <source>Their key was saved as {key}, their certificate as {cert}.</source>
        <translation>Sa clé a été enregistrée sous {key}, son certificat sous {cert}.</translation>
    </message>
    <message>
        <source>Warning: the signed file is no longer PDF/A.</source>
        <translation>Attention&#xa0;: le fichier signé n’est plus au format PDF/A.</translation>
    </message>
    <message>
        <source>Your key was created as {path}: type its passphrase to sign with it.</source>
        <translation>Votre clé a été créée sous {path}&#xa0;: saisissez sa phrase de passe pour signer avec.</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Procès-verbal signé</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have signed the minutes:</source>
        <translation>
            <numerusform>%n membre a signé le procès-verbal&#xa0;:</numerusform>
            <numerusform>%n membres ont signé le procès-verbal&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) locked.</source>
        <translation>
            <numerusform>%n décision verrouillée.</numerusform>
            <numerusform>%n décisions verrouillées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a member in the list</source>
        <translation>Sélectionnez un membre dans la liste</translation>
    </message>
    <message>
        <source>{name} has signed</source>
        <translation>{name} a signé</translation>
    </message>
    <message>
        <source>Now signing: {name}</source>
        <translation>Signe maintenant&#xa0;: {name}</translation>
    </message>
    <message>
        <source>This jury file is open read-only, so its decisions cannot be locked once signed: close it in the other window, then open it again here.</source>
        <translation>Ce fichier de jury est ouvert en lecture seule&#xa0;: ses décisions ne pourraient pas être verrouillées une fois le procès-verbal signé. Fermez-le dans l’autre fenêtre, puis rouvrez-le ici.</translation>
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
    <name>VerifyDialog</name>
    <message>
        <source>The signed content was changed.</source>
        <translation>Le contenu signé a été modifié.</translation>
    </message>
    <message>
        <source>The signature does not match the certificate.</source>
        <translation>La signature ne correspond pas au certificat.</translation>
    </message>
    <message>
        <source>The certificate was not issued by the trusted root.</source>
        <translation>Le certificat n’a pas été délivré par l’autorité de confiance.</translation>
    </message>
    <message>
        <source>The document was changed after this signature.</source>
        <translation>Le document a été modifié après cette signature.</translation>
    </message>
    <message>
        <source>Changes made after signing break the certification.</source>
        <translation>Des modifications faites après la signature enfreignent la certification.</translation>
    </message>
    <message>
        <source>The signature does not cover its whole revision.</source>
        <translation>La signature ne couvre pas toute sa révision.</translation>
    </message>
    <message>
        <source>The signature container was altered.</source>
        <translation>Le conteneur de la signature a été altéré.</translation>
    </message>
    <message>
        <source>The signature validator&apos;s overall judgement is negative.</source>
        <translation>Le jugement d’ensemble du validateur de signatures est négatif.</translation>
    </message>
    <message>
        <source>The signature cannot be validated.</source>
        <translation>La signature ne peut pas être validée.</translation>
    </message>
    <message>
        <source>The file was changed after the last signature.</source>
        <translation>Le fichier a été modifié après la dernière signature.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read as a signed PDF.</source>
        <translation>Le fichier est endommagé et ne peut pas être lu comme un PDF signé.</translation>
    </message>
    <message>
        <source>The document holds no signature.</source>
        <translation>Le document ne contient aucune signature.</translation>
    </message>
    <message>
        <source>The certificate was not valid when the signature says it was made (expired or not yet valid).</source>
        <translation>Le certificat n’était pas valide à la date où la signature dit avoir été faite (expiré ou pas encore valide).</translation>
    </message>
    <message>
        <source>This box belongs to another member than the one who signed it.</source>
        <translation>Ce cadre appartient à un autre membre que celui qui l’a signé.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Only later signatures</source>
        <translation>Seulement des signatures ultérieures</translation>
    </message>
    <message>
        <source>Annotations added</source>
        <translation>Annotations ajoutées</translation>
    </message>
    <message>
        <source>Yes: content changed</source>
        <translation>Oui&#xa0;: contenu modifié</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>NOT valid</source>
        <translation>NON valide</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intacte</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>Changed after</source>
        <translation>Modifié après</translation>
    </message>
    <message>
        <source>Was the document changed after this signature?</source>
        <translation>Le document a-t-il été modifié après cette signature&#x202f;?</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Verify a signed PDF</source>
        <translation>Vérifier un PDF signé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The signed PDF</source>
        <translation>Le PDF signé</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>PDF signé</translation>
    </message>
    <message>
        <source>Choose the signed PDF</source>
        <translation>Choisir le PDF signé</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Trusted certificate (optional)</source>
        <translation>Certificat de confiance (facultatif)</translation>
    </message>
    <message>
        <source>Choose the trusted certificate</source>
        <translation>Choisir le certificat de confiance</translation>
    </message>
    <message>
        <source>The jury CA&apos;s certificate (ca-cert.pem): checks that each signer&apos;s certificate was issued by it. Leave empty to skip that check.</source>
        <translation>Le certificat de l’autorité de certification du jury (ca-cert.pem)&#xa0;: vérifie qu’elle a délivré le certificat de chaque signataire. Laissez vide pour ne pas faire ce contrôle.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify the signatures</source>
        <translation>Vérifier les signatures</translation>
    </message>
    <message>
        <source>Signed &amp;PDF:</source>
        <translation>&amp;PDF signé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate (optional):</source>
        <translation>Certificat de &amp;confiance (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Si&amp;gnatures:</source>
        <translation>Si&amp;gnatures&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the signed PDF to verify.</source>
        <translation>Choisissez le PDF signé à vérifier.</translation>
    </message>
    <message>
        <source>Verifying {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>Cannot verify {name}</source>
        <translation>Impossible de vérifier {name}</translation>
    </message>
    <message>
        <source>Choose a signed PDF, then Verify.</source>
        <translation>Choisissez un PDF signé, puis Vérifier.</translation>
    </message>
    <message>
        <source>{signed} of {boxes} signatures.</source>
        <translation>{signed} sur {boxes} signatures.</translation>
    </message>
    <message>
        <source>Valid: every box is signed, every signature intact and valid.</source>
        <translation>Valide&#xa0;: chaque cadre est signé, chaque signature est intacte et valide.</translation>
    </message>
    <message>
        <source>NOT complete: the signatures present are intact and valid, but</source>
        <translation>INCOMPLET&#xa0;: les signatures présentes sont intactes et valides, mais</translation>
    </message>
    <message>
        <source>some boxes are empty.</source>
        <translation>des cadres sont vides.</translation>
    </message>
    <message>
        <source>the signers&apos; identities are not established: choose the jury CA&apos;s certificate as the trusted certificate.</source>
        <translation>l’identité des signataires n’est pas établie&#xa0;: choisissez le certificat de l’autorité du jury comme certificat de confiance.</translation>
    </message>
    <message>
        <source>Every signer&apos;s certificate was issued by the trusted root.</source>
        <translation>Le certificat de chaque signataire a été délivré par l’autorité de confiance.</translation>
    </message>
    <message>
        <source>NOT valid: this document cannot be relied on as signed.</source>
        <translation>NON valide&#xa0;: on ne peut pas se fier à ce document signé.</translation>
    </message>
    <message>
        <source>{signer}: certificate expired since {date} (valid when signed).</source>
        <translation>{signer}&#xa0;: certificat expiré depuis le {date} (valide lors de la signature).</translation>
    </message>
    <message>
        <source>{signer}: {problem}</source>
        <translation>{signer}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>These minutes print no digest of the state they record (written by an older version): they cannot be checked against the open jury file.</source>
        <translation>Ce procès-verbal ne porte pas l’empreinte de l’état qu’il constate (établi par une version antérieure)&#xa0;: il ne peut pas être comparé au fichier de jury ouvert.</translation>
    </message>
    <message>
        <source>The open jury file NO LONGER records what these minutes say: decisions, votes, attendance or recusals changed after they were written.</source>
        <translation>Le fichier de jury ouvert NE contient PLUS ce que constate ce procès-verbal&#xa0;: des décisions, votes, présences ou déports ont changé après son établissement.</translation>
    </message>
    <message>
        <source>Audit trail of the open jury file: all the events these minutes vouch for ({count}) are still there, unchanged.</source>
        <translation>Journal d’audit du fichier de jury ouvert&#xa0;: tous les événements dont ce procès-verbal se porte garant ({count}) y sont encore, inchangés.</translation>
    </message>
    <message>
        <source>Audit trail of the open jury file: it NO LONGER holds all the events these minutes vouch for ({count}): events were removed outside tnl-jury.</source>
        <translation>Journal d’audit du fichier de jury ouvert&#xa0;: il NE CONTIENT PLUS tous les événements dont ce procès-verbal se porte garant ({count})&#xa0;: des événements ont été supprimés en dehors de tnl-jury.</translation>
    </message>
    <message>
        <source>Audit trail of the open jury file: BROKEN at event {event}: it was changed outside tnl-jury.</source>
        <translation>Journal d’audit du fichier de jury ouvert&#xa0;: ROMPU à l’événement {event}&#xa0;: il a été modifié en dehors de tnl-jury.</translation>
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
        <source>Vice-president</source>
        <translation>Vice-président(e)</translation>
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
<context>
    <name>_BallotCounts</name>
    <message numerus="yes">
        <source>It holds %n dossier(s)</source>
        <translation>
            <numerusform>Il contient %n dossier</numerusform>
            <numerusform>Il contient %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n score(s).</source>
        <translation>
            <numerusform>et %n note.</numerusform>
            <numerusform>et %n notes.</numerusform>
        </translation>
    </message>
</context>
</TS>
