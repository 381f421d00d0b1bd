<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BallotImportDialog</name>
    <message numerus="yes">
        <source>%n ballot(s) read:</source>
        <translation>
            <numerusform>%n ballot read:</numerusform>
            <numerusform>%n ballots read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>%n already imported</numerusform>
            <numerusform>%n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ from values typed in the file: choose which to keep with “Settle the conflicts…”.</source>
        <translation>
            <numerusform>%n value differs from a value typed in the file: choose which to keep with “Settle the conflicts…”.</numerusform>
            <numerusform>%n values differ from values typed in the file: choose which to keep with “Settle the conflicts…”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message numerus="yes">
        <source>%n member(s) entitled to vote (present with a deliberative vote, not recused).</source>
        <translation>
            <numerusform>%n member entitled to vote (present with a deliberative vote, not recused).</numerusform>
            <numerusform>%n members entitled to vote (present with a deliberative vote, not recused).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliberationPanel</name>
    <message numerus="yes">
        <source>To disc&amp;uss, most disputed first (%n):</source>
        <translation>
            <numerusform>To disc&amp;uss, most disputed first (%n):</numerusform>
            <numerusform>To disc&amp;uss, most disputed first (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionPanel</name>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>the kind of collectivité “{text}” is not one the jury knows (commune, EPCI, département, région): %n dossier(s) recorded as “other”: {numbers}</source>
        <translation>
            <numerusform>the kind of collectivité “{text}” is not one the jury knows (commune, EPCI, département, région): %n dossier recorded as “other”: {numbers}</numerusform>
            <numerusform>the kind of collectivité “{text}” is not one the jury knows (commune, EPCI, département, région): %n dossiers recorded as “other”: {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) without a candidate name: {numbers}</source>
        <translation>
            <numerusform>%n dossier without a candidate name: {numbers}</numerusform>
            <numerusform>%n dossiers without a candidate name: {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) skipped (drafts): {numbers}; include drafts to import them</source>
        <translation>
            <numerusform>%n dossier skipped (drafts): {numbers}; include drafts to import them</numerusform>
            <numerusform>%n dossiers skipped (drafts): {numbers}; include drafts to import them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) skipped (“Classé sans suite”): {numbers}; include dossiers classés sans suite to import them</source>
        <translation>
            <numerusform>%n dossier skipped (“Classé sans suite”): {numbers}; include dossiers classés sans suite to import them</numerusform>
            <numerusform>%n dossiers skipped (“Classé sans suite”): {numbers}; include dossiers classés sans suite to import them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringSheetsDialog</name>
    <message numerus="yes">
        <source>All %n dossier(s)</source>
        <translation>
            <numerusform>The %n dossier</numerusform>
            <numerusform>All %n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenTexts</name>
    <message numerus="yes">
        <source>Dossier {number} submitted: your scores on %n criteria are transmitted to the jury, without a proposed level.</source>
        <translation>
            <numerusform>Dossier {number} submitted: your score on %n criterion is transmitted to the jury, without a proposed level.</numerusform>
            <numerusform>Dossier {number} submitted: your scores on %n criteria are transmitted to the jury, without a proposed level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dossier {number} submitted: your scores on %n criteria and your proposed level ({level}) are transmitted to the jury.</source>
        <translation>
            <numerusform>Dossier {number} submitted: your scores on %n criterion and your proposed level ({level}) are transmitted to the jury.</numerusform>
            <numerusform>Dossier {number} submitted: your scores on %n criteria and your proposed level ({level}) are transmitted to the jury.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningWizard</name>
    <message numerus="yes">
        <source>%n member(s) have signed the minutes:</source>
        <translation>
            <numerusform>%n member has signed the minutes:</numerusform>
            <numerusform>%n members have signed the minutes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) locked.</source>
        <translation>
            <numerusform>%n decision locked.</numerusform>
            <numerusform>%n decisions locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_BallotCounts</name>
    <message numerus="yes">
        <source>It holds %n dossier(s)</source>
        <translation>
            <numerusform>It holds %n dossier</numerusform>
            <numerusform>It holds %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n score(s).</source>
        <translation>
            <numerusform>and %n score.</numerusform>
            <numerusform>and %n scores.</numerusform>
        </translation>
    </message>
</context>
</TS>
