<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../app/domain/hours.py" line="70"/>
        <source>Holiday</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="71"/>
        <source>Sick leave</source>
        <translation>Arrêt maladie</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="72"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="73"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="51"/>
        <source>Record an absence</source>
        <translation>Enregistrer une absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="56"/>
        <source>Kind of absence</source>
        <translation>Type d&apos;absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="57"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="59"/>
        <location filename="../../app/ui/dialogs/hours.py" line="63"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="60"/>
        <location filename="../../app/ui/dialogs/hours.py" line="64"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="65"/>
        <source>only the afternoon of the first day</source>
        <translation>seulement l&apos;après-midi du premier jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="66"/>
        <source>only the morning of the last day</source>
        <translation>seulement le matin du dernier jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="70"/>
        <location filename="../../app/ui/dialogs/hours.py" line="71"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ActivityReport</name>
    <message>
        <location filename="../../app/exports/activity.py" line="42"/>
        <source>Activity report {year}</source>
        <translation>Bilan d&apos;activité {year}</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="43"/>
        <source>Activity report from {first} to {last}</source>
        <translation>Bilan d&apos;activité du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="44"/>
        <source>Theme “{name}”</source>
        <translation>Thème «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="45"/>
        <source>Partner “{name}”</source>
        <translation>Partenaire «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="46"/>
        <source>Counted up to {day}: the days after it have not happened yet.</source>
        <translation>Compté jusqu&apos;au {day}&#xa0;: les jours suivants n&apos;ont pas encore eu lieu.</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="48"/>
        <source>“Different people” counts each person once a year on each line, even after their name was erased under the retention rule; a person who came to two themes counts in each.</source>
        <translation>«&#xa0;Personnes différentes&#xa0;» compte chaque personne une fois par an sur chaque ligne, même après l&apos;effacement de son nom selon la durée de conservation&#xa0;; une personne venue à deux thèmes compte dans chacun.</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="51"/>
        <source>“—”: the different people of this line cannot be counted for good: over part of a year, some were erased under the retention rule; over a whole year, its sessions are only some of a workshop&apos;s (its theme or its partners changed during the year).</source>
        <translation>«&#xa0;—&#xa0;»&#xa0;: les personnes différentes de cette ligne ne peuvent pas être comptées de façon définitive&#xa0;: sur une partie d&apos;année, certaines ont été effacées selon la durée de conservation&#xa0;; sur une année entière, ses séances ne sont qu&apos;une partie de celles d&apos;un atelier (son thème ou ses partenaires ont changé en cours d&apos;année).</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="55"/>
        <source>On a partner&apos;s line, each person who came to the sessions done with it counts once, whatever the workshop; a line made of several whole workshops adds up the different people of each.</source>
        <translation>Sur la ligne d&apos;un partenaire, chaque personne venue aux séances menées avec lui compte une fois, quel que soit l&apos;atelier&#xa0;; une ligne faite de plusieurs ateliers entiers additionne les personnes différentes de chacun.</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="58"/>
        <source>Produced by Cercle on {day}.</source>
        <translation>Établi par Cercle le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="59"/>
        <source>Without a theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="60"/>
        <source>Without a category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="61"/>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="62"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="64"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="65"/>
        <source>By theme</source>
        <translation>Par thème</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="66"/>
        <source>With partners</source>
        <translation>Avec les partenaires</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="67"/>
        <source>By workshop</source>
        <translation>Par atelier</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="68"/>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="69"/>
        <source>A cycle is a closed group enrolled once for all its sessions. It is counted over its whole course up to the last day counted; “completed”: the people still there at its last session, once it is over.</source>
        <translation>Un cycle est un groupe fermé, inscrit une fois pour toutes ses séances. Il est compté sur toute sa durée jusqu&apos;au dernier jour compté&#xa0;; «&#xa0;allé·es au bout&#xa0;»&#xa0;: les personnes encore là à sa dernière séance, une fois le cycle terminé.</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="72"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="73"/>
        <source>The team&apos;s self-management hours</source>
        <translation>Heures d&apos;autogestion de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="74"/>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="75"/>
        <source>Decisions adopted</source>
        <translation>Décisions adoptées</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="76"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="77"/>
        <source>Inhabitants and partners involved</source>
        <translation>Habitant·es et partenaires impliqué·es</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="78"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="80"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="81"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="82"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="83"/>
        <source>Workshops done together</source>
        <translation>Ateliers menés ensemble</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="84"/>
        <source>Sessions held</source>
        <translation>Séances réalisées</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="85"/>
        <source>Attendances</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="86"/>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="87"/>
        <source>Sessions cancelled</source>
        <translation>Séances annulées</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="88"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="89"/>
        <source>{name}, {first} – {last}</source>
        <translation>{name}, du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="90"/>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="91"/>
        <source>Last session</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="92"/>
        <source>Enrolled</source>
        <translation>Inscrit·es</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="93"/>
        <source>Completed</source>
        <translation>Allé·es au bout</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="94"/>
        <source>Dropped out</source>
        <translation>Abandons</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="95"/>
        <source>Waiting list</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="96"/>
        <source>Attendance</source>
        <translation>Assiduité</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="97"/>
        <source>Hours open</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="98"/>
        <source>Seats to hold</source>
        <translation>Places à tenir</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="99"/>
        <source>Seats held</source>
        <translation>Places tenues</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="100"/>
        <source>Share of seats held</source>
        <translation>Part des places tenues</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="101"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="102"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="103"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="104"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="105"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="106"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="107"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="108"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="109"/>
        <source>Meetings held together</source>
        <translation>Réunions tenues ensemble</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="110"/>
        <source>Meetings held: {kind}</source>
        <translation>Réunions tenues&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="111"/>
        <source>Team hours at these meetings</source>
        <translation>Heures de l&apos;équipe à ces réunions</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="112"/>
        <source>Team hours</source>
        <translation>Heures de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="113"/>
        <source>{kind}: {count}</source>
        <translation>{kind}&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="114"/>
        <source>The meetings held where the partner was present, and the time credited to the team members present at them (a meeting with two partners counts for each); the workshops done with it and their sessions held.</source>
        <translation>Les réunions tenues en présence du partenaire et le temps crédité aux membres de l&apos;équipe présents (une réunion avec deux partenaires compte pour chacun)&#xa0;; les ateliers menés avec lui et leurs séances réalisées.</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="118"/>
        <source>Attendances by month</source>
        <translation>Présences par mois</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="119"/>
        <source>Attendances at the workshops, month by month.</source>
        <translation>Présences aux ateliers, mois par mois.</translation>
    </message>
    <message>
        <location filename="../../app/exports/activity.py" line="120"/>
        <source>Self-management hours of the team, by category.</source>
        <translation>Heures d&apos;autogestion de l&apos;équipe, par catégorie.</translation>
    </message>
</context>
<context>
    <name>ActivityReportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="48"/>
        <source>Activity report</source>
        <translation>Bilan d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="51"/>
        <source>A year</source>
        <translation>Une année</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="56"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="57"/>
        <source>A period</source>
        <translation>Une période</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="58"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="59"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="61"/>
        <source>Action reported</source>
        <translation>Action présentée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="62"/>
        <source>The whole centre</source>
        <translation>Tout le centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="64"/>
        <source>Theme: {name}</source>
        <translation>Thème&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="66"/>
        <source>Partner: {name}</source>
        <translation>Partenaire&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="68"/>
        <location filename="../../app/ui/dialogs/activity.py" line="91"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="69"/>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="69"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="70"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="73"/>
        <location filename="../../app/ui/dialogs/activity.py" line="95"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="74"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="90"/>
        <source>Report on</source>
        <translation>Bilan de</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="111"/>
        <source>activity-report-{year}.{extension}</source>
        <translation>bilan-activite-{year}.{extension}</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="255"/>
        <source>Amend the proposal</source>
        <translation>Amender la proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="259"/>
        <source>After an amendment, positions given on earlier versions no longer count: everyone is asked again.</source>
        <translation>Après un amendement, les positions données sur les versions précédentes ne comptent plus&#xa0;: tout le monde est à nouveau sollicité.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="265"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="266"/>
        <source>New text</source>
        <translation>Nouveau texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="268"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="269"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="434"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="438"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="450"/>
        <source>Who came</source>
        <translation>Personnes venues</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/workshops.py" line="442"/>
        <source>{name} (%n place(s))</source>
        <translation>
            <numerusform>{name} (%n place)</numerusform>
            <numerusform>{name} (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="458"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="459"/>
        <source>People there</source>
        <translation>Nombre de présent·es</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="162"/>
        <location filename="../../app/ui/dialogs/audit.py" line="178"/>
        <source>Audit log</source>
        <translation>Journal des opérations</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="166"/>
        <source>Search the log…</source>
        <translation>Rechercher dans le journal…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="167"/>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="171"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="172"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="196"/>
        <source>(nobody at the desk)</source>
        <translation>(personne au poste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="173"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="33"/>
        <source>accepted</source>
        <translation>acceptation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="34"/>
        <source>brought back</source>
        <translation>réactivé·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="35"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="36"/>
        <source>action added</source>
        <translation>action ajoutée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="37"/>
        <source>co-facilitator added</source>
        <translation>co-animateur·rice ajouté·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="38"/>
        <source>guest added</source>
        <translation>invité·e ajouté·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="39"/>
        <source>agenda item added</source>
        <translation>point ajouté à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="40"/>
        <source>amended</source>
        <translation>amendement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="41"/>
        <source>applied</source>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="42"/>
        <source>pending changes applied</source>
        <translation>modifications en attente appliquées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="43"/>
        <source>minutes approved</source>
        <translation>compte rendu approuvé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="44"/>
        <source>attendance recorded</source>
        <translation>présences enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="45"/>
        <source>backed up</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="46"/>
        <location filename="../../app/ui/dialogs/audit.py" line="48"/>
        <source>cancelled</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="47"/>
        <source>session cancelled</source>
        <translation>séance annulée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="49"/>
        <source>contract changed</source>
        <translation>contrat modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="50"/>
        <source>kind changed</source>
        <translation>type changé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="51"/>
        <source>integrity checked</source>
        <translation>intégrité vérifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="52"/>
        <source>shift taken</source>
        <translation>créneau pris</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="53"/>
        <source>closed</source>
        <translation>clôture</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="54"/>
        <source>closed at its deadline</source>
        <translation>clôture à l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="55"/>
        <source>comment added</source>
        <translation>commentaire ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="56"/>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="57"/>
        <source>shifts created ahead</source>
        <translation>créneaux créés à l&apos;avance</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="58"/>
        <source>hours credited</source>
        <translation>heures comptées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="59"/>
        <source>deactivated</source>
        <translation>désactivé·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="60"/>
        <source>declined</source>
        <translation>refus</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="61"/>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="62"/>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="63"/>
        <source>left the cycle</source>
        <translation>a quitté le cycle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="64"/>
        <source>edited</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="65"/>
        <source>agenda item edited</source>
        <translation>point de l&apos;ordre du jour modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="66"/>
        <source>outcome edited</source>
        <translation>décision reformulée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="67"/>
        <source>session changed</source>
        <translation>séance modifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="68"/>
        <source>theme edited</source>
        <translation>thème modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="69"/>
        <source>ended</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="70"/>
        <source>endorsed</source>
        <translation>soutien</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="71"/>
        <source>erased</source>
        <translation>effacé·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="72"/>
        <source>expired names erased</source>
        <translation>noms expirés effacés</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="73"/>
        <source>erratum added</source>
        <translation>erratum ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="74"/>
        <source>facilitators changed</source>
        <translation>animateur·rices modifié·es</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="75"/>
        <source>person forgotten</source>
        <translation>personne oubliée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="76"/>
        <location filename="../../app/ui/dialogs/audit.py" line="77"/>
        <source>demo data made</source>
        <translation>données de démonstration créées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="78"/>
        <source>meeting held</source>
        <translation>réunion tenue</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="79"/>
        <source>copied from another database</source>
        <translation>copié depuis une autre base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="80"/>
        <source>notes saved</source>
        <translation>notes enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="81"/>
        <source>notified</source>
        <translation>notification</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="82"/>
        <source>swap offered</source>
        <translation>échange proposé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="83"/>
        <source>partners changed</source>
        <translation>partenaires modifiés</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="84"/>
        <source>planned</source>
        <translation>planification</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="85"/>
        <source>postponed</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="86"/>
        <source>off the waiting list</source>
        <translation>sortie de la liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="87"/>
        <source>read</source>
        <translation>lue</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="88"/>
        <source>recorded</source>
        <translation>saisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="89"/>
        <source>position recorded for someone</source>
        <translation>position enregistrée pour un·e membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="90"/>
        <source>registered</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="91"/>
        <source>shift released</source>
        <translation>créneau libéré</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="92"/>
        <source>removed</source>
        <translation>retrait</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="93"/>
        <source>co-facilitator removed</source>
        <translation>co-animateur·rice retiré·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="94"/>
        <source>guest removed</source>
        <translation>invité·e retiré·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="95"/>
        <source>agenda item removed</source>
        <translation>point retiré de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="96"/>
        <source>renamed</source>
        <translation>renommage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="97"/>
        <source>reopened</source>
        <translation>réouverture</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="98"/>
        <source>agenda reordered</source>
        <translation>ordre du jour réordonné</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="99"/>
        <source>restored</source>
        <translation>restauration</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="100"/>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="101"/>
        <source>starting balance set</source>
        <translation>solde de départ saisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="102"/>
        <source>quorum changed</source>
        <translation>quorum modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="103"/>
        <source>roles given</source>
        <translation>rôles attribués</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="104"/>
        <source>submitted</source>
        <translation>soumission</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="105"/>
        <source>replaced by a contract from an earlier week</source>
        <translation>remplacé par un contrat d&apos;une semaine antérieure</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="106"/>
        <source>shift given in a swap</source>
        <translation>créneau cédé par échange</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="107"/>
        <source>position taken</source>
        <translation>prise de position</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="108"/>
        <source>time spent recorded</source>
        <translation>temps passé saisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="109"/>
        <source>undone</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="110"/>
        <source>shift taken back by an undone rota</source>
        <translation>créneau repris (roulement annulé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="111"/>
        <source>unlocked</source>
        <translation>déverrouillage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="112"/>
        <source>validated</source>
        <translation>validation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="113"/>
        <source>withdrawn</source>
        <translation>retrait de la proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="116"/>
        <source>absence</source>
        <translation>absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="117"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="118"/>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="119"/>
        <source>centre</source>
        <translation>centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="120"/>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="121"/>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="122"/>
        <source>closing day</source>
        <translation>jour de fermeture</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="123"/>
        <source>cycle enrolment</source>
        <translation>inscription à un cycle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="124"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="125"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="126"/>
        <source>reception settings</source>
        <translation>réglages d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="127"/>
        <source>notification</source>
        <translation>notification</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="128"/>
        <source>starting balance</source>
        <translation>solde de départ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="129"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="130"/>
        <source>person (not staff)</source>
        <translation>personne (hors équipe)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="131"/>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="132"/>
        <source>registration</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="133"/>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="134"/>
        <source>rota</source>
        <translation>roulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="135"/>
        <source>setting</source>
        <translation>réglage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="136"/>
        <source>reception shift</source>
        <translation>créneau d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="137"/>
        <source>regular shift</source>
        <translation>créneau type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="138"/>
        <source>swap</source>
        <translation>échange</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="139"/>
        <source>hours category</source>
        <translation>catégorie d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="140"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="141"/>
        <source>week validation</source>
        <translation>validation de semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="142"/>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="143"/>
        <source>workshop session</source>
        <translation>séance d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="174"/>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="185"/>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="186"/>
        <source>Changes and their details</source>
        <translation>Modifications et leur détail</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="195"/>
        <source>Cercle ({system})</source>
        <translation>Cercle ({system})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="199"/>
        <source>background task</source>
        <translation>tâche automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="199"/>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="200"/>
        <source>demo centre</source>
        <translation>centre de démonstration</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="200"/>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="200"/>
        <source>first start</source>
        <translation>premier démarrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit.py" line="216"/>
        <source>Before: {before}
After: {after}</source>
        <translation>Avant&#xa0;: {before}
Après&#xa0;: {after}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/audit.py" line="228"/>
        <source>text (%n characters)</source>
        <translation>
            <numerusform>texte (%n caractère)</numerusform>
            <numerusform>texte (%n caractères)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/audit.py" line="230"/>
        <source>text unchanged (%n characters)</source>
        <translation>
            <numerusform>texte inchangé (%n caractère)</numerusform>
            <numerusform>texte inchangé (%n caractères)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/audit.py" line="231"/>
        <source>text changed (%n characters)</source>
        <translation>
            <numerusform>texte modifié (%n caractère)</numerusform>
            <numerusform>texte modifié (%n caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../app/ui/backups.py" line="30"/>
        <source>{count} member</source>
        <translation>{count} membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="30"/>
        <source>{count} members</source>
        <translation>{count} membres</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="31"/>
        <source>{count} proposal</source>
        <translation>{count} proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="32"/>
        <source>{count} proposals</source>
        <translation>{count} propositions</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="33"/>
        <source>{count} shift</source>
        <translation>{count} créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="33"/>
        <source>{count} shifts</source>
        <translation>{count} créneaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="37"/>
        <source>{day} at {time}: {members}, {proposals}, {shifts}</source>
        <translation>{day} à {time}&#xa0;: {members}, {proposals}, {shifts}</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="87"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="93"/>
        <location filename="../../app/ui/backups.py" line="124"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="95"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="109"/>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde&#xa0;: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="110"/>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="125"/>
        <source>Backing up the centre…</source>
        <translation>Sauvegarde du centre en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="138"/>
        <location filename="../../app/ui/backups.py" line="146"/>
        <location filename="../../app/ui/backups.py" line="153"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="139"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="147"/>
        <source>The whole centre will be replaced by this backup; a safety copy of the current file is kept. Cercle will then reopen the centre. Restore it?</source>
        <translation>Tout le centre sera remplacé par cette sauvegarde&#xa0;; une copie de sécurité du fichier actuel est conservée. Cercle rouvrira ensuite le centre. Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="152"/>
        <source>Restart Cercle and run: cercle restore {file}</source>
        <translation>Redémarrez Cercle et lancez&#xa0;: cercle restore {file}</translation>
    </message>
</context>
<context>
    <name>BellButton</name>
    <message>
        <location filename="../../app/ui/notifications.py" line="57"/>
        <location filename="../../app/ui/notifications.py" line="72"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/notifications.py" line="71"/>
        <source>Notifications ({count})</source>
        <translation>Notifications ({count})</translation>
    </message>
    <message>
        <location filename="../../app/ui/notifications.py" line="73"/>
        <source>{count} unread notifications</source>
        <translation>{count} notifications non lues</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../app/storage/migrations/versions/0002_hours.py" line="21"/>
        <source>Profession</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations/versions/0002_hours.py" line="22"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations/versions/0002_hours.py" line="23"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations/versions/0002_hours.py" line="24"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations/versions/0002_hours.py" line="25"/>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations/versions/0002_hours.py" line="26"/>
        <source>Internal management</source>
        <translation>Fonctionnement interne</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations/versions/0002_hours.py" line="27"/>
        <source>Complex care reviews</source>
        <translation>Revues de parcours complexes</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations/versions/0002_hours.py" line="28"/>
        <source>Thematic projects</source>
        <translation>Projets thématiques</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrations/versions/0002_hours.py" line="29"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="95"/>
        <source>Time categories</source>
        <translation>Catégories d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="101"/>
        <source>Category name</source>
        <translation>Nom de la catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="102"/>
        <source>Name of the category</source>
        <translation>Nom de la catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="105"/>
        <source>Self-management hours</source>
        <translation>Heures d&apos;autogestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="106"/>
        <source>Profession hours</source>
        <translation>Heures métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="107"/>
        <source>Kind of category</source>
        <translation>Type de catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="112"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="114"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="116"/>
        <source>Change kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="118"/>
        <location filename="../../app/ui/dialogs/hours.py" line="155"/>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="120"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="143"/>
        <source>{name} (retired)</source>
        <translation>{name} (retirée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="155"/>
        <source>Bring back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="170"/>
        <source>Give the chosen category the kind shown, while no hours are recorded in it.</source>
        <translation>Donner à la catégorie choisie le type affiché, tant qu&apos;aucune heure n&apos;y est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="198"/>
        <source>Retire a category</source>
        <translation>Retirer une catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="199"/>
        <source>{name} will no longer be offered; its hours stay counted. Retire it?</source>
        <translation>{name} ne sera plus proposée&#xa0;; ses heures restent comptées. La retirer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CentreFields</name>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="17"/>
        <source>{count} reception shift cancelled (public holiday)</source>
        <translation>{count} créneau d&apos;accueil annulé (jour férié)</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="18"/>
        <source>{count} reception shifts cancelled (public holidays)</source>
        <translation>{count} créneaux d&apos;accueil annulés (jours fériés)</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="19"/>
        <source>{count} shift created</source>
        <translation>{count} créneau créé</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="20"/>
        <source>{count} shifts created</source>
        <translation>{count} créneaux créés</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="21"/>
        <source>{count} reception shift created (no longer a public holiday)</source>
        <translation>{count} créneau d&apos;accueil créé (jour qui n&apos;est plus férié)</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="22"/>
        <source>{count} reception shifts created (no longer public holidays)</source>
        <translation>{count} créneaux d&apos;accueil créés (jours qui ne sont plus fériés)</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="24"/>
        <source>{count} reception shift created (public holiday worked)</source>
        <translation>{count} créneau d&apos;accueil créé (jour férié travaillé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="25"/>
        <source>{count} reception shifts created (public holidays worked)</source>
        <translation>{count} créneaux d&apos;accueil créés (jours fériés travaillés)</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="34"/>
        <source>{cancelled}; {created}.</source>
        <translation>{cancelled}&#xa0;; {created}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="39"/>
        <source>{change}.</source>
        <translation>{change}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="56"/>
        <source>for example: Centre de santé communautaire du Village 2</source>
        <translation>par exemple&#xa0;: Centre de santé communautaire du Village 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="58"/>
        <location filename="../../app/ui/centre_fields.py" line="59"/>
        <source>Name of the centre</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="62"/>
        <location filename="../../app/ui/centre_fields.py" line="63"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="65"/>
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="66"/>
        <source>Alsace-Moselle</source>
        <translation>Alsace-Moselle</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="67"/>
        <location filename="../../app/ui/centre_fields.py" line="68"/>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="72"/>
        <source>Opens at</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="72"/>
        <source>Closes at</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="76"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../app/ui/centre_fields.py" line="79"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/rota.py" line="18"/>
        <source>the reception rota</source>
        <translation>le planning d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="20"/>
        <source>the weekly roster as PDF, or a member&apos;s shifts as iCalendar</source>
        <translation>le planning de la semaine en PDF, ou les créneaux d&apos;un membre en iCalendar</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="24"/>
        <source>ISO week of the PDF roster, like 2026-W48</source>
        <translation>semaine ISO du planning PDF, par exemple 2026-W48</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="25"/>
        <source>name of the member whose shifts go in the calendar</source>
        <translation>nom du membre dont les créneaux vont dans le calendrier</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="30"/>
        <source>create the shifts of the coming weeks from the templates</source>
        <translation>créer les créneaux des semaines à venir d&apos;après les modèles</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="33"/>
        <source>how many weeks ahead (default: the centre&apos;s setting)</source>
        <translation>combien de semaines à l&apos;avance (par défaut&#xa0;: le réglage du centre)</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="36"/>
        <source>who would take the open seats (nothing applied)</source>
        <translation>qui prendrait les places libres (rien n&apos;est appliqué)</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="47"/>
        <source>list the shifts, add a one-off shift, or cancel a shift</source>
        <translation>lister les créneaux, ajouter un créneau ponctuel ou annuler un créneau</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="50"/>
        <source>the shifts of a period, one a line with its number (default: this week)</source>
        <translation>les créneaux d&apos;une période, un par ligne avec son numéro (par défaut&#xa0;: cette semaine)</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="53"/>
        <source>a shift on one day, outside the weekly templates; prints its number</source>
        <translation>un créneau sur un seul jour, hors des modèles hebdomadaires&#xa0;; affiche son numéro</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="55"/>
        <source>the day of the shift</source>
        <translation>le jour du créneau</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="56"/>
        <source>when it starts, like 08:30</source>
        <translation>son heure de début, par exemple 08:30</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="57"/>
        <source>when it ends, like 12:30</source>
        <translation>son heure de fin, par exemple 12:30</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="58"/>
        <source>how many people hold it (default: 1)</source>
        <translation>combien de personnes l&apos;assurent (par défaut&#xa0;: 1)</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="60"/>
        <source>what it is for, like Vaccination day</source>
        <translation>son objet, par exemple Journée de vaccination</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="61"/>
        <source>cancel a shift not started: its holders lose their seats</source>
        <translation>annuler un créneau pas encore commencé&#xa0;: les personnes inscrites perdent leur place</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="118"/>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="119"/>
        <source>feasible</source>
        <translation>réalisable</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="120"/>
        <source>infeasible</source>
        <translation>impossible</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="121"/>
        <source>{status}: {filled} of {total} open seats filled</source>
        <translation>{status}&#xa0;: {filled} places ouvertes pourvues sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="139"/>
        <source>seats: {taken}/{seats}</source>
        <translation>places&#xa0;: {taken}/{seats}</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="140"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="178"/>
        <source>Shift {id} added: {day}, {start}–{end}.</source>
        <translation>Créneau n° {id} ajouté&#xa0;: {day}, {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="194"/>
        <source>Shift {id} cancelled.</source>
        <translation>Créneau n° {id} annulé.</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="53"/>
        <source>Cercle: coordination of a self-managed health centre</source>
        <translation>Cercle&#xa0;: coordination d&apos;un centre de santé autogéré</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="66"/>
        <source>a SQLite file or a database URL</source>
        <translation>un fichier SQLite ou l&apos;URL d&apos;une base de données</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="67"/>
        <source>interface language (default: the one chosen in Cercle&apos;s settings, else the system&apos;s)</source>
        <translation>langue de l&apos;interface (par défaut&#xa0;: celle choisie dans les réglages de Cercle, sinon celle du système)</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="70"/>
        <source>quit once the window shows its data</source>
        <translation>quitter dès que la fenêtre affiche ses données</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="71"/>
        <source>how much goes into cercle.log, in the data folder (default: info)</source>
        <translation>ce que note cercle.log, dans le dossier des données (par défaut&#xa0;: info)</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup.py" line="21"/>
        <source>write a checked copy of the centre</source>
        <translation>écrire une copie vérifiée du centre</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup.py" line="23"/>
        <source>where to write it (default: the backups folder)</source>
        <translation>où l&apos;écrire (par défaut&#xa0;: le dossier des sauvegardes)</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup.py" line="27"/>
        <source>replace the centre by a backup (the current file is kept aside)</source>
        <translation>remplacer le centre par une sauvegarde (le fichier actuel est mis de côté)</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup.py" line="30"/>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="10"/>
        <source>check a database without changing it</source>
        <translation>vérifier une base de données sans la modifier</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="14"/>
        <source>create a new, empty centre</source>
        <translation>créer un nouveau centre, vide</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="16"/>
        <source>the centre&apos;s name</source>
        <translation>le nom du centre</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="18"/>
        <source>the public holidays of the centre (default: metropole)</source>
        <translation>les jours fériés du centre (par défaut&#xa0;: metropole)</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="21"/>
        <source>the centre&apos;s PostgreSQL server</source>
        <translation>le serveur PostgreSQL du centre</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="23"/>
        <source>create or upgrade Cercle&apos;s tables on the server</source>
        <translation>créer ou mettre à jour les tables de Cercle sur le serveur</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="28"/>
        <source>copy a whole centre into another database, verified</source>
        <translation>copier tout un centre dans une autre base de données, avec vérification</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="32"/>
        <source>overwrite a centre already in the target</source>
        <translation>remplacer le centre que la destination contient déjà</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="54"/>
        <source>{count} date to correct:</source>
        <translation>{count} date à corriger&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="55"/>
        <source>{count} dates to correct:</source>
        <translation>{count} dates à corriger&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/decisions.py" line="11"/>
        <source>consensus decisions</source>
        <translation>les décisions au consensus</translation>
    </message>
    <message>
        <location filename="../../app/cli/decisions.py" line="13"/>
        <source>export the register of decisions</source>
        <translation>exporter le registre des décisions</translation>
    </message>
    <message>
        <location filename="../../app/cli/decisions.py" line="16"/>
        <source>only the decisions whose title or text contains this</source>
        <translation>seulement les décisions dont le titre ou le texte contient ces mots</translation>
    </message>
    <message>
        <location filename="../../app/cli/decisions.py" line="21"/>
        <source>close the proposals whose deadline has passed</source>
        <translation>clore les propositions dont l&apos;échéance est passée</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="11"/>
        <source>the demo centre</source>
        <translation>le centre de démonstration</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="13"/>
        <source>write a demo database to a new file</source>
        <translation>écrire une base de démonstration dans un nouveau fichier</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="16"/>
        <source>a synthetic centre of this many members</source>
        <translation>un centre fictif de ce nombre de membres</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="18"/>
        <source>years of synthetic history (with --members)</source>
        <translation>années d&apos;historique fictif (avec --members)</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="12"/>
        <source>a member&apos;s name, or their number</source>
        <translation>le nom d&apos;un membre, ou son numéro</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="16"/>
        <source>Absence {id} cancelled: it no longer counts in the hours.</source>
        <translation>Absence {id} annulée&#xa0;: elle ne compte plus dans les heures.</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="20"/>
        <source>the 25 h / 10 h split and the weekly balance</source>
        <translation>la répartition 25 h / 10 h et le bilan hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="23"/>
        <source>the team&apos;s hours over whole ISO weeks</source>
        <translation>les heures de l&apos;équipe sur des semaines ISO entières</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="34"/>
        <source>a member&apos;s absences: holiday, sick leave, training...</source>
        <translation>les absences d&apos;un membre&#xa0;: congés, arrêt maladie, formation…</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="37"/>
        <source>a member&apos;s absences, one a line (id, kind, first day, last day, note)</source>
        <translation>les absences d&apos;un membre, une par ligne (numéro, type, premier jour, dernier jour, note)</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="40"/>
        <source>only the absences that end on this day or after</source>
        <translation>seulement les absences qui se terminent ce jour-là ou après</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="42"/>
        <source>record an absence: the member leaves the reception shifts it covers</source>
        <translation>enregistrer une absence&#xa0;: le membre quitte les créneaux d&apos;accueil qu&apos;elle couvre</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="45"/>
        <source>holiday, sick, training or other (in French too: congés, maladie, formation, autre)</source>
        <translation>congés, maladie, formation ou autre (en anglais aussi&#xa0;: holiday, sick, training, other)</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="48"/>
        <source>YYYY-MM-DD (default: the first day)</source>
        <translation>AAAA-MM-JJ (par défaut&#xa0;: le premier jour)</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="50"/>
        <source>absent only the afternoon of the first day</source>
        <translation>seulement l&apos;après-midi du premier jour</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="52"/>
        <source>absent only the morning of the last day</source>
        <translation>seulement le matin du dernier jour</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="54"/>
        <source>a word on the absence, kept with it</source>
        <translation>un mot sur l&apos;absence, conservé avec elle</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="55"/>
        <source>cancel an absence entered by mistake: the member gets back the reception seats still free</source>
        <translation>annuler une absence saisie par erreur&#xa0;: le membre retrouve les places d&apos;accueil encore libres</translation>
    </message>
    <message>
        <location filename="../../app/cli/meetings.py" line="12"/>
        <source>minutes of the team meetings</source>
        <translation>les comptes rendus des réunions d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/cli/meetings.py" line="14"/>
        <source>export the minutes of one meeting</source>
        <translation>exporter le compte rendu d&apos;une réunion</translation>
    </message>
    <message>
        <location filename="../../app/cli/meetings.py" line="25"/>
        <source>the team meetings</source>
        <translation>les réunions d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/cli/meetings.py" line="27"/>
        <source>the meetings of a period as iCalendar</source>
        <translation>les réunions d&apos;une période en iCalendar</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="15"/>
        <source>inhabitants, habitants-relais and partners&apos; contacts</source>
        <translation>habitant·es, habitants-relais et contacts des partenaires</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="18"/>
        <source>the directory, one person a line (id, name, role, partner)</source>
        <translation>l&apos;annuaire, une personne par ligne (numéro, nom, rôle, partenaire)</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="20"/>
        <source>words of a name or a partner</source>
        <translation>des mots d&apos;un nom ou d&apos;un partenaire</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="21"/>
        <source>with the people no longer active and the erased</source>
        <translation>avec les personnes qui ne sont plus actives et celles effacées</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="25"/>
        <source>add a person to the directory</source>
        <translation>ajouter une personne à l&apos;annuaire</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="26"/>
        <source>a name or a pseudonym</source>
        <translation>un nom ou un pseudonyme</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="28"/>
        <source>the partner of a partner&apos;s contact</source>
        <translation>le partenaire d&apos;un contact partenaire</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="31"/>
        <source>the day the person agreed to be contacted</source>
        <translation>le jour où la personne a accepté d&apos;être contactée</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="35"/>
        <source>forget a person&apos;s name and contact details (counts stay)</source>
        <translation>effacer le nom et les coordonnées d&apos;une personne (les décomptes restent)</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="15"/>
        <source>reports for funders</source>
        <translation>les bilans pour les financeurs</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="17"/>
        <source>the activity of a year or a period, or of one action</source>
        <translation>l&apos;activité d&apos;une année ou d&apos;une période, ou d&apos;une action</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="22"/>
        <source>only the workshops of this theme</source>
        <translation>seulement les ateliers de ce thème</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="24"/>
        <source>only what was done with this partner: its workshops and its meetings</source>
        <translation>seulement ce qui a été fait avec ce partenaire&#xa0;: ses ateliers et ses réunions</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="26"/>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="27"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="28"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="29"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="30"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="31"/>
        <source>the following arguments are required: %s</source>
        <translation>arguments obligatoires manquants&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="32"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="33"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: «&#xa0;%(value)s&#xa0;» (choix possibles&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="34"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur invalide&#xa0;: «&#xa0;%(value)s&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="35"/>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="36"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="37"/>
        <source>ignored explicit argument %r</source>
        <translation>cette option ne prend pas de valeur («&#xa0;%s&#xa0;» donnée)</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="38"/>
        <source>not allowed with argument %s</source>
        <translation>incompatible avec l&apos;argument %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="41"/>
        <source>positional arguments:</source>
        <translation>arguments&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="41"/>
        <source>options:</source>
        <translation>options&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="46"/>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="47"/>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="48"/>
        <source>PATH_OR_URL</source>
        <translation>CHEMIN_OU_URL</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="49"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="50"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="47"/>
        <location filename="../../app/cli/translation.py" line="51"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="52"/>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="53"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="54"/>
        <source>MEETING_ID</source>
        <translation>NUMÉRO_RÉUNION</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="55"/>
        <source>SHIFT_ID</source>
        <translation>NUMÉRO_CRÉNEAU</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="56"/>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="57"/>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="58"/>
        <source>SEATS</source>
        <translation>PLACES</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="59"/>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="60"/>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="61"/>
        <source>SEARCH</source>
        <translation>MOTS</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="62"/>
        <source>MEMBERS</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="63"/>
        <source>YEARS</source>
        <translation>ANNÉES</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="64"/>
        <source>PARTNER</source>
        <translation>PARTENAIRE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="65"/>
        <source>PHONE</source>
        <translation>TÉLÉPHONE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="66"/>
        <source>EMAIL</source>
        <translation>COURRIEL</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="67"/>
        <source>WEEK</source>
        <translation>SEMAINE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="68"/>
        <source>MEMBER</source>
        <translation>MEMBRE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="69"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="70"/>
        <source>FIRST_DAY</source>
        <translation>PREMIER_JOUR</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="71"/>
        <source>LAST_DAY</source>
        <translation>DERNIER_JOUR</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="72"/>
        <source>ABSENCE_ID</source>
        <translation>NUMÉRO_ABSENCE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="73"/>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="74"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="75"/>
        <source>id</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="76"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location filename="../../app/cli/translation.py" line="77"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py" line="11"/>
        <source>workshops for the neighbourhood</source>
        <translation>les ateliers pour le quartier</translation>
    </message>
    <message>
        <location filename="../../app/cli/workshops.py" line="15"/>
        <source>the sessions of a period as iCalendar or a printable programme</source>
        <translation>les séances d&apos;une période en iCalendar ou en programme à imprimer</translation>
    </message>
    <message>
        <location filename="../../app/cli/imports.py" line="13"/>
        <source>the team, rooms, partners, people, reception slots or time categories from a spreadsheet (.csv, .ods)</source>
        <translation>l&apos;équipe, les salles, les partenaires, les personnes, les créneaux types de l&apos;accueil ou les catégories d&apos;heures depuis un tableur (.csv, .ods)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="290"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="304"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="305"/>
        <source>What was decided</source>
        <translation>Ce qui a été décidé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="290"/>
        <source>Close the proposal</source>
        <translation>Clore la proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="294"/>
        <source>The proposal was closed: {outcome}.</source>
        <translation>La proposition a été close&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="298"/>
        <source>If it closes now, the outcome is: {outcome}.</source>
        <translation>Si elle est close maintenant, l&apos;issue est&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="306"/>
        <source>Review this decision on</source>
        <translation>Revoir cette décision le</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="307"/>
        <source>Review this decision</source>
        <translation>Revoir cette décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="309"/>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="44"/>
        <location filename="../../app/ui/dialogs/connection.py" line="173"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="47"/>
        <source>This computer (a database file)</source>
        <translation>Cet ordinateur (un fichier de base de données)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="48"/>
        <source>The centre&apos;s server (shared by several computers)</source>
        <translation>Le serveur du centre (partagé entre plusieurs ordinateurs)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="54"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="57"/>
        <location filename="../../app/ui/dialogs/connection.py" line="122"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="59"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="65"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="68"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="72"/>
        <location filename="../../app/ui/dialogs/connection.py" line="73"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="74"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="75"/>
        <source>User</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="76"/>
        <location filename="../../app/ui/dialogs/connection.py" line="181"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="79"/>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Le mot de passe est conservé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="80"/>
        <source>This computer has no keyring: the password will be asked at each start, and never written down.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau&#xa0;: le mot de passe sera demandé à chaque démarrage et ne sera jamais enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="94"/>
        <location filename="../../app/ui/dialogs/connection.py" line="154"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="122"/>
        <source>Cercle databases (*.sqlite3 *.db)</source>
        <translation>Bases de données Cercle (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="162"/>
        <source>Cercle can use this database.</source>
        <translation>Cercle peut utiliser cette base de données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="170"/>
        <source>Cercle uses this database from its next start.</source>
        <translation>Cercle utilisera cette base de données dès son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="171"/>
        <source>Cercle uses this database from its next start. This computer has no keyring: the password will be asked at each start.</source>
        <translation>Cercle utilisera cette base de données dès son prochain démarrage. Cet ordinateur n&apos;a pas de trousseau&#xa0;: le mot de passe sera demandé à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connection.py" line="182"/>
        <source>Password of {user} on the server {host}:</source>
        <translation>Mot de passe de {user} sur le serveur {host}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../app/ui/application.py" line="106"/>
        <source>Cercle cannot open this centre</source>
        <translation>Cercle ne peut pas ouvrir ce centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="129"/>
        <source>{path} holds no centre.</source>
        <translation>{path} ne contient aucun centre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="130"/>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="131"/>
        <source>Create a new centre there?</source>
        <translation>Créer un nouveau centre à cet endroit&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="133"/>
        <source>Create a new centre?</source>
        <translation>Créer un nouveau centre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="214"/>
        <source>Preparing the demo centre…</source>
        <translation>Préparation du centre de démonstration…</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="227"/>
        <source>Explore the demo centre</source>
        <translation>Explorer le centre de démonstration</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="249"/>
        <source> (demo)</source>
        <translation> (démo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="331"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="335"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>CycleAttendanceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="531"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="533"/>
        <source>“{workshop}” — {day}</source>
        <translation>«&#xa0;{workshop}&#xa0;» — {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="547"/>
        <source>Nobody was enrolled in the cycle on that day.</source>
        <translation>Personne n&apos;était inscrit au cycle ce jour-là.</translation>
    </message>
</context>
<context>
    <name>CycleEnrolDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="483"/>
        <source>Enrol in the cycle</source>
        <translation>Inscrire au cycle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="486"/>
        <source>Enrolment in the cycle “{workshop}”, for all its sessions</source>
        <translation>Inscription au cycle «&#xa0;{workshop}&#xa0;», pour toutes ses séances</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="14"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="15"/>
        <source>Seeking endorsement</source>
        <translation>En recherche de soutiens</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="16"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="17"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="18"/>
        <source>Not adopted</source>
        <translation>Non adoptée</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="19"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="22"/>
        <source>adopted</source>
        <translation>adoptée</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="23"/>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="24"/>
        <source>not enough positions (no quorum)</source>
        <translation>pas assez de positions (quorum non atteint)</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="27"/>
        <location filename="../../app/exports/decisions.py" line="48"/>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="28"/>
        <location filename="../../app/exports/decisions.py" line="49"/>
        <source>Stand aside</source>
        <translation>Réserve (je ne bloque pas)</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="29"/>
        <location filename="../../app/exports/decisions.py" line="50"/>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../app/exports/decision_labels.py" line="30"/>
        <location filename="../../app/exports/decisions.py" line="51"/>
        <source>Block</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="41"/>
        <source>Closed on</source>
        <translation>Close le</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="42"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="43"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="44"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="45"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="46"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="47"/>
        <source>Statement</source>
        <translation>Énoncé de la décision</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="52"/>
        <source>Review on</source>
        <translation>À revoir le</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="114"/>
        <source>Register of decisions</source>
        <translation>Registre des décisions</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="80"/>
        <source>No decision matches.</source>
        <translation>Aucune décision ne correspond.</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="84"/>
        <source>{day}: {outcome} (version {version})</source>
        <translation>{day}&#xa0;: {outcome} (version {version})</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="89"/>
        <source>Category: {category}</source>
        <translation>Catégorie&#xa0;: {category}</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="94"/>
        <source>Agree {agree} · stand aside {stand_aside} · abstain {abstain} · block {block}</source>
        <translation>D&apos;accord {agree} · réserve {stand_aside} · abstention {abstain} · blocage {block}</translation>
    </message>
    <message>
        <location filename="../../app/exports/decisions.py" line="108"/>
        <source>To be reviewed on {day}.</source>
        <translation>À revoir le {day}.</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="253"/>
        <location filename="../../app/ui/pages/decisions.py" line="254"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="112"/>
        <source>Proposals and register</source>
        <translation>Propositions et registre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="79"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="113"/>
        <location filename="../../app/ui/pages/decisions.py" line="162"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="114"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="131"/>
        <source>Show proposals</source>
        <translation>Propositions à afficher</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="132"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="135"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="137"/>
        <source>New proposal…</source>
        <translation>Nouvelle proposition…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="138"/>
        <source>Put a new proposal to the team</source>
        <translation>Soumettre une nouvelle proposition à l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="140"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="151"/>
        <location filename="../../app/ui/pages/decisions.py" line="278"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="152"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="153"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="156"/>
        <source>My position</source>
        <translation>Ma position</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="165"/>
        <source>Proposals and the chosen one</source>
        <translation>Propositions et proposition choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="174"/>
        <source>Show the changes since</source>
        <translation>Voir les changements depuis la</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="176"/>
        <source>Show the changes since version</source>
        <translation>Voir les changements depuis la version</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="183"/>
        <source>Steps of the proposal</source>
        <translation>Étapes de la proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="186"/>
        <source>The proposal</source>
        <translation>La proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="194"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="195"/>
        <location filename="../../app/ui/pages/decisions.py" line="502"/>
        <source>Ask for endorsements</source>
        <translation>Demander des soutiens</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="196"/>
        <location filename="../../app/ui/pages/decisions.py" line="505"/>
        <source>Endorse</source>
        <translation>Soutenir</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="197"/>
        <location filename="../../app/ui/pages/decisions.py" line="508"/>
        <source>Take a position…</source>
        <translation>Prendre position…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="198"/>
        <source>Amend…</source>
        <translation>Amender…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="199"/>
        <source>Close…</source>
        <translation>Clore…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="200"/>
        <source>Postpone…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="201"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="202"/>
        <source>Statement…</source>
        <translation>Énoncé…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="203"/>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="210"/>
        <source>Take your position on the chosen proposal</source>
        <translation>Prendre position sur la proposition choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="211"/>
        <source>Endorse the chosen proposal</source>
        <translation>Soutenir la proposition choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="216"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="222"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="223"/>
        <source>Add a comment…</source>
        <translation>Ajouter un commentaire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="225"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="238"/>
        <source>Search the titles, texts and statements…</source>
        <translation>Rechercher dans les titres, textes et énoncés…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="239"/>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="245"/>
        <location filename="../../app/ui/pages/decisions.py" line="279"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="248"/>
        <location filename="../../app/ui/pages/decisions.py" line="280"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="249"/>
        <source>Adopted or not</source>
        <translation>Adoptées ou non</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="253"/>
        <source>Closed since</source>
        <translation>Closes depuis le</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="254"/>
        <source>Closed until</source>
        <translation>Closes jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="257"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="258"/>
        <source>Export the register of decisions</source>
        <translation>Exporter le registre des décisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="264"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="265"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="275"/>
        <source>Closed on</source>
        <translation>Close le</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="281"/>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="282"/>
        <source>Stand aside</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="283"/>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="284"/>
        <source>Block</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="285"/>
        <source>Statement</source>
        <translation>Énoncé de la décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="290"/>
        <source>Register of decisions</source>
        <translation>Registre des décisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="336"/>
        <source>Every category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="358"/>
        <source>Due for review: {titles}</source>
        <translation>À revoir&#xa0;: {titles}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="426"/>
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="437"/>
        <source>to give</source>
        <translation>à donner</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="439"/>
        <source>endorsed</source>
        <translation>soutenue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="441"/>
        <source>to endorse</source>
        <translation>à soutenir</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="448"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="448"/>
        <source>Endorsements</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="448"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="461"/>
        <source>Choose a proposal in the list.</source>
        <translation>Choisissez une proposition dans la liste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="502"/>
        <source>Open for positions</source>
        <translation>Ouvrir aux positions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="505"/>
        <source>Endorse and open for positions</source>
        <translation>Soutenir et ouvrir aux positions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="508"/>
        <source>Change my position…</source>
        <translation>Changer ma position…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="536"/>
        <source>It is open: everyone can take a position until {deadline}.</source>
        <translation>Elle est ouverte&#xa0;: chacun·e peut prendre position jusqu&apos;au {deadline}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/decisions.py" line="539"/>
        <source>It opens for positions after %n more endorsement(s).</source>
        <translation>
            <numerusform>Elle s&apos;ouvrira aux positions après %n soutien de plus.</numerusform>
            <numerusform>Elle s&apos;ouvrira aux positions après %n soutiens de plus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="555"/>
        <source>{status} · proposed by {author} · deadline {deadline}</source>
        <translation>{status} · proposée par {author} · échéance {deadline}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="566"/>
        <source>Category: {category}</source>
        <translation>Catégorie&#xa0;: {category}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="570"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="576"/>
        <source>Closed on {day}: {outcome}.</source>
        <translation>Close le {day}&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="588"/>
        <source>To be reviewed on {day}.</source>
        <translation>À revoir le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="595"/>
        <source>Text (version {number})</source>
        <translation>Texte (version {number})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="635"/>
        <source>Changes from version {old} to {new}</source>
        <translation>Changements de la version {old} à la version {new}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="641"/>
        <source>Version {number}, {moment}: {note}</source>
        <translation>Version {number}, {moment}&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="658"/>
        <source>At the close: agree {agree} · stand aside {stand_aside} · abstain {abstain} · block {block}</source>
        <translation>À la clôture&#xa0;: d&apos;accord {agree} · réserve {stand_aside} · abstention {abstain} · blocage {block}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="665"/>
        <location filename="../../app/ui/pages/decisions.py" line="693"/>
        <source>Agree {agree} · stand aside {stand_aside} · abstain {abstain} · block {block}</source>
        <translation>D&apos;accord {agree} · réserve {stand_aside} · abstention {abstain} · blocage {block}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="672"/>
        <source>If it closed now: {outcome}.</source>
        <translation>Si elle était close maintenant&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="679"/>
        <source>Not heard from yet: {names}.</source>
        <translation>Pas encore exprimé·es&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="682"/>
        <source>Tally</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="690"/>
        <source>Closed on {day} on version {number}: {outcome}.</source>
        <translation>Close le {day} sur la version {number}&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="696"/>
        <source>Reopened on {day} by {name}.</source>
        <translation>Rouverte le {day} par {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="701"/>
        <source>Why: {reason}</source>
        <translation>Pourquoi&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="705"/>
        <source>Earlier outcomes</source>
        <translation>Issues précédentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="716"/>
        <source>given on version {number}, no longer counts</source>
        <translation>donnée sur la version {number}, ne compte plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="720"/>
        <source>recorded in the meeting by {name}</source>
        <translation>enregistrée en réunion par {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="448"/>
        <location filename="../../app/ui/pages/decisions.py" line="723"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="604"/>
        <source>Endorsed besides the author by {endorsers} out of {needed}: {names}</source>
        <translation>Soutenue, en plus de l&apos;auteur·rice, par {endorsers} sur {needed}&#xa0;: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/decisions.py" line="605"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="628"/>
        <source>[removed: {text}]</source>
        <translation>[supprimé&#xa0;: {text}]</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="631"/>
        <source>[added: {text}]</source>
        <translation>[ajouté&#xa0;: {text}]</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="667"/>
        <source>Positions taken: {took} out of {active}; the quorum needs {needed}.</source>
        <translation>Positions prises&#xa0;: {took} sur {active}&#xa0;; le quorum en demande {needed}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/decisions.py" line="668"/>
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n membre actif·ve</numerusform>
            <numerusform>%n membres actif·ves</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="731"/>
        <source>version {number}, changed on {day}</source>
        <translation>version {number}, modifiée le {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="739"/>
        <source>Changed positions</source>
        <translation>Positions modifiées</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="742"/>
        <source>Only the latest changes are shown.</source>
        <translation>Seules les dernières positions modifiées sont affichées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="747"/>
        <source>proposed it</source>
        <translation>l&apos;a proposée</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="748"/>
        <source>edited the draft</source>
        <translation>a modifié le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="749"/>
        <source>changed the quorum</source>
        <translation>a modifié le quorum</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="750"/>
        <source>asked for endorsements</source>
        <translation>a demandé des soutiens</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="751"/>
        <source>endorsed it</source>
        <translation>l&apos;a soutenue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="752"/>
        <source>amended it</source>
        <translation>l&apos;a amendée</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="753"/>
        <source>took a position</source>
        <translation>a pris position</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="754"/>
        <source>recorded a position given in a meeting</source>
        <translation>a enregistré une position exprimée en réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="755"/>
        <source>commented</source>
        <translation>a commenté</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="756"/>
        <source>postponed it</source>
        <translation>l&apos;a reportée</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="757"/>
        <source>withdrew it</source>
        <translation>l&apos;a retirée</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="758"/>
        <source>closed it</source>
        <translation>l&apos;a close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="759"/>
        <source>closed at the deadline</source>
        <translation>l&apos;a close à l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="760"/>
        <source>edited the statement</source>
        <translation>a modifié l&apos;énoncé de la décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="761"/>
        <source>reopened it</source>
        <translation>l&apos;a rouverte</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="769"/>
        <source>{moment}: {who} {what}</source>
        <translation>{moment}&#xa0;: {who} {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="771"/>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="781"/>
        <source>Only the latest steps are shown.</source>
        <translation>Seules les dernières étapes sont affichées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="782"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="786"/>
        <source>Show the whole history</source>
        <translation>Afficher tout l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="813"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="822"/>
        <location filename="../../app/ui/pages/decisions.py" line="905"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="838"/>
        <source>The draft is saved. When it is ready: “{next}”.</source>
        <translation>Le brouillon est enregistré. Quand il est prêt&#xa0;: «&#xa0;{next}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="848"/>
        <source>Your position “{stance}” is recorded.</source>
        <translation>Votre position «&#xa0;{stance}&#xa0;» est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="874"/>
        <source>Endorsements are asked of the team.</source>
        <translation>Les soutiens sont demandés à l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="880"/>
        <source>Your endorsement is recorded.</source>
        <translation>Votre soutien est enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="886"/>
        <source>Withdraw a proposal</source>
        <translation>Retirer une proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="887"/>
        <source>“{title}” will be withdrawn for good; it stays visible in the list. Withdraw?</source>
        <translation>«&#xa0;{title}&#xa0;» sera définitivement retirée&#xa0;; elle reste visible dans la liste. La retirer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="913"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="914"/>
        <source>register-of-decisions.odt</source>
        <translation>registre-des-decisions.odt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/decisions.py" line="915"/>
        <source>OpenDocument text (*.odt);;PDF (*.pdf);;Spreadsheet (*.csv)</source>
        <translation>Texte OpenDocument (*.odt);;PDF (*.pdf);;Tableur (*.csv)</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="34"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="34"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="37"/>
        <source>Deactivate {name}</source>
        <translation>Désactiver {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="39"/>
        <location filename="../../app/ui/dialogs/departure.py" line="40"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="46"/>
        <source>After this day, {name} owes no more hours and no longer appears in the lists. Their history is kept, and so is their balance on that day: it is carried over if they come back.</source>
        <translation>Après ce jour, {name} ne doit plus d&apos;heures et n&apos;apparaît plus dans les listes. Son historique est conservé, ainsi que son solde à cette date&#xa0;: il sera repris en cas de retour.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="51"/>
        <source>They no longer facilitate these workshops after that day: {workshops}.</source>
        <translation>Après ce jour, cette personne n&apos;anime plus ces ateliers&#xa0;: {workshops}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="56"/>
        <source>Reactivate {name}</source>
        <translation>Réactiver {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="59"/>
        <location filename="../../app/ui/dialogs/departure.py" line="60"/>
        <source>First day back</source>
        <translation>Jour du retour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="62"/>
        <source>Targets resume on the first day back.</source>
        <translation>Les heures dues reprennent au jour du retour.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/departure.py" line="66"/>
        <source>{name} left after {day}. Targets resume on the first day back; the days in between are not owed. Their balance on {day} (profession {profession}, self-management {self_management}) is carried over.</source>
        <translation>{name} est parti·e après le {day}. Les heures dues reprennent au jour du retour&#xa0;; les jours entre les deux ne sont pas dus. Son solde au {day} (métier {profession}, autogestion {self_management}) est repris.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../app/exports/documents.py" line="113"/>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
    <message>
        <location filename="../../app/exports/document.py" line="258"/>
        <source>{label}: {header}</source>
        <translation>{label}&#xa0;: {header}</translation>
    </message>
</context>
<context>
    <name>DraftRotaDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="94"/>
        <source>Propose a rota</source>
        <translation>Proposer un roulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="100"/>
        <location filename="../../app/ui/dialogs/rota.py" line="105"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="102"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="103"/>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="105"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="113"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="114"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="115"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="117"/>
        <source>Proposed shifts</source>
        <translation>Créneaux proposés</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="119"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="120"/>
        <source>Fair share</source>
        <translation>Part équitable</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="122"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="123"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="124"/>
        <source>Gap after</source>
        <translation>Écart après</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="127"/>
        <source>Load of each member</source>
        <translation>Charge de chaque membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="128"/>
        <source>Apply this rota</source>
        <translation>Appliquer ce roulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="146"/>
        <source>{filled} seats filled, {unfilled} left open (nobody may hold them).</source>
        <translation>{filled} places pourvues, {unfilled} restent libres (personne n&apos;est disponible pour les assurer).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="148"/>
        <source>{filled} seats filled: none is left open.</source>
        <translation>{filled} places pourvues&#xa0;: aucune ne reste libre.</translation>
    </message>
</context>
<context>
    <name>DropOutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="500"/>
        <source>Leave the cycle</source>
        <translation>Quitter le cycle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="502"/>
        <source>{name} leaves the cycle: no longer expected at the sessions after this day; the first person waiting is offered the seat.</source>
        <translation>{name} quitte le cycle&#xa0;: plus attendu·e aux séances après ce jour&#xa0;; la place est proposée à la première personne en liste d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="510"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="511"/>
        <source>Left on</source>
        <translation>Parti·e le</translation>
    </message>
</context>
<context>
    <name>EditedElsewhereDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="32"/>
        <source>Edited elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="38"/>
        <source>{field}: yours “{mine}”, saved “{theirs}”</source>
        <translation>{field}&#xa0;: votre version «&#xa0;{mine}&#xa0;», version enregistrée «&#xa0;{theirs}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="42"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="47"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="48"/>
        <source>Take theirs</source>
        <translation>Prendre l&apos;autre version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="49"/>
        <source>Back to editing</source>
        <translation>Revenir à la modification</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="404"/>
        <source>Register a participant</source>
        <translation>Inscrire un·e participant·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="408"/>
        <source>Registration for “{workshop}” — {day}, {start} – {end}</source>
        <translation>Inscription à «&#xa0;{workshop}&#xa0;» — {day}, {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="384"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="385"/>
        <source>First name or pseudonym</source>
        <translation>Prénom ou pseudonyme</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="387"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="389"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="388"/>
        <source>optional, to tell them of a change</source>
        <translation>facultatif, pour prévenir en cas de changement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="417"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="418"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="394"/>
        <source>Record nothing about health here. Names are erased after the retention period.</source>
        <translation>Ne notez ici aucune information de santé. Les noms sont effacés à la fin de la durée de conservation.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/domain/consensus.py" line="15"/>
        <source>A block needs a reason of at least 10 characters.</source>
        <translation>Une objection doit être motivée (au moins 10 caractères).</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="16"/>
        <source>The quorum must be between 0 and 100%.</source>
        <translation>Le quorum doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="17"/>
        <source>A decision by consensus needs a quorum.</source>
        <translation>Une décision au consensus demande un quorum.</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="18"/>
        <source>A proposal cannot go from “{old}” to “{new}”.</source>
        <translation>Une proposition ne peut pas passer de «&#xa0;{old}&#xa0;» à «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="29"/>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="30"/>
        <source>A name has at most {limit} characters.</source>
        <translation>Un nom compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="31"/>
        <source>A profession has at most {limit} characters.</source>
        <translation>Un métier compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="32"/>
        <source>Another member is already called {name}.</source>
        <translation>Un autre membre s&apos;appelle déjà {name}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="33"/>
        <source>Contract hours must be between 0 and 48 a week.</source>
        <translation>Les heures du contrat doivent être comprises entre 0 et 48 par semaine.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="34"/>
        <source>Self-management hours must be between 0 and the contract hours.</source>
        <translation>Les heures d&apos;autogestion doivent être comprises entre 0 et les heures du contrat.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="38"/>
        <source>A PIN is {min} to {max} digits.</source>
        <translation>Un code PIN compte de {min} à {max} chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="87"/>
        <source>Type a duration such as 1h30, 1,5 or 90 min.</source>
        <translation>Saisissez une durée comme 1h30, 1,5 ou 90 min.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="88"/>
        <location filename="../../app/services/hours.py" line="69"/>
        <source>A duration cannot be negative.</source>
        <translation>Une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="89"/>
        <source>A duration cannot be more than 24 hours.</source>
        <translation>Une durée ne peut pas dépasser 24 heures.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="90"/>
        <source>A day has 24 hours: {total} in one day is too much.</source>
        <translation>Une journée compte 24 heures&#xa0;: {total} sur une seule journée, c&apos;est trop.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="91"/>
        <source>Only {planned} of profession hours were planned that day: no more can be taken off.</source>
        <translation>Seulement {planned} d&apos;heures métier étaient prévues ce jour-là&#xa0;: impossible d&apos;en retirer davantage.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="94"/>
        <source>No profession hours were planned that day: none can be taken off.</source>
        <translation>Aucune heure métier n&apos;était prévue ce jour-là&#xa0;: il n&apos;y a rien à retirer.</translation>
    </message>
    <message>
        <location filename="../../app/domain/kept_years.py" line="14"/>
        <source>{day} is outside the years Cercle keeps: {first} to {last}.</source>
        <translation>Le {day} est en dehors des années que Cercle prend en compte&#xa0;: de {first} à {last}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/kept_years.py" line="15"/>
        <source>{day} is outside the years Cercle keeps: {first} to {last}. The field shows {shown} instead: save to move it there, or choose another day.</source>
        <translation>Le {day} est en dehors des années que Cercle prend en compte&#xa0;: de {first} à {last}. Le champ affiche le {shown} à la place&#xa0;: enregistrez pour l&apos;y déplacer, ou choisissez un autre jour.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="95"/>
        <location filename="../../app/domain/members.py" line="37"/>
        <source>The end date cannot be before the start date.</source>
        <translation>La date de fin ne peut pas précéder la date de début.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="96"/>
        <source>Unknown kind of absence: {kind}.</source>
        <translation>Type d&apos;absence inconnu&#xa0;: {kind}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="97"/>
        <source>“{kind}” is not a kind of absence: write holiday, sick, training or other.</source>
        <translation>«&#xa0;{kind}&#xa0;» n&apos;est pas un type d&apos;absence&#xa0;: écrivez congés, maladie, formation ou autre.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="98"/>
        <source>A one-day absence is either a full day or one half day, not both halves.</source>
        <translation>Une absence d&apos;un jour porte soit sur la journée entière, soit sur une seule demi-journée, pas sur les deux.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="102"/>
        <source>There is no week {week} in {year}.</source>
        <translation>Il n&apos;y a pas de semaine {week} en {year}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="103"/>
        <source>Type a week such as 2026-W48.</source>
        <translation>Saisissez une semaine comme 2026-W48.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="104"/>
        <source>A week starts on a Monday.</source>
        <translation>Une semaine commence un lundi.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="105"/>
        <source>The last day cannot be before {name} arrived ({day}).</source>
        <translation>Le dernier jour ne peut pas précéder l&apos;arrivée de {name} ({day}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="106"/>
        <source>The last day cannot be before {name} came back ({day}).</source>
        <translation>Le dernier jour ne peut pas précéder le retour de {name} ({day}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="109"/>
        <source>The last day cannot be after today: deactivate the member on their last day or after.</source>
        <translation>Le dernier jour ne peut pas être après aujourd&apos;hui&#xa0;: désactivez le membre le jour de son départ ou après.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="112"/>
        <source>The first day back must come after the last day ({day}).</source>
        <translation>Le jour du retour doit suivre le dernier jour ({day}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="113"/>
        <source>{day} is not a public holiday.</source>
        <translation>Le {day} n&apos;est pas un jour férié.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="117"/>
        <source>{name} validated the week of {day}: a new contract can apply from the week of {next} at the earliest, or once that week is unlocked.</source>
        <translation>{name} a validé la semaine du {day}&#xa0;: un nouveau contrat peut s&apos;appliquer au plus tôt à partir de la semaine du {next}, ou une fois cette semaine déverrouillée.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="39"/>
        <source>A colour is written #rrggbb.</source>
        <translation>Une couleur s&apos;écrit #rrvvbb.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="40"/>
        <source>Choose at least one working day.</source>
        <translation>Choisissez au moins un jour travaillé.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="20"/>
        <source>A workshop has room for at least one person.</source>
        <translation>Un atelier accueille au moins une personne.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="21"/>
        <source>A registration is for 1 to 20 places.</source>
        <translation>Une inscription porte sur 1 à 20 places.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="22"/>
        <source>This session takes {capacity} people: a registration cannot ask for more places.</source>
        <translation>Cette séance accueille {capacity} personnes&#xa0;: une inscription ne peut pas demander plus de places.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="24"/>
        <source>The end time must be after the start time.</source>
        <translation>L&apos;heure de fin doit suivre l&apos;heure de début.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="25"/>
        <source>This is not a phone number: {text}</source>
        <translation>Ce n&apos;est pas un numéro de téléphone&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="26"/>
        <source>The people there number between 0 and 999.</source>
        <translation>Le nombre de personnes présentes va de 0 à 999.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="27"/>
        <source>Participants are kept for at least one month.</source>
        <translation>Les participant·es sont conservé·es au moins un mois.</translation>
    </message>
    <message>
        <location filename="../../app/exports/documents.py" line="17"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/exports/documents.py" line="18"/>
        <source>{path} could not be written whole (is the disk full?). An earlier file of that name is unchanged.</source>
        <translation>{path} n&apos;a pas pu être écrit en entier (le disque est-il plein&#xa0;?). Un fichier de ce nom qui existait déjà reste inchangé.</translation>
    </message>
    <message>
        <location filename="../../app/services/centre.py" line="20"/>
        <source>Give the centre a name.</source>
        <translation>Donnez un nom au centre.</translation>
    </message>
    <message>
        <location filename="../../app/services/centre.py" line="21"/>
        <source>Unknown time zone: {zone}.</source>
        <translation>Fuseau horaire inconnu&#xa0;: {zone}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="101"/>
        <location filename="../../app/services/centre.py" line="22"/>
        <source>Unknown public-holiday region: {region}.</source>
        <translation>Région de jours fériés inconnue&#xa0;: {region}.</translation>
    </message>
    <message>
        <location filename="../../app/services/centre.py" line="23"/>
        <source>The centre must close after it opens.</source>
        <translation>Le centre doit fermer après son ouverture.</translation>
    </message>
    <message>
        <location filename="../../app/services/centre.py" line="24"/>
        <source>This database already holds a centre.</source>
        <translation>Cette base contient déjà un centre.</translation>
    </message>
    <message>
        <location filename="../../app/demo/centre.py" line="32"/>
        <location filename="../../app/storage/backup.py" line="47"/>
        <source>{path} already exists; Cercle will not overwrite it.</source>
        <translation>{path} existe déjà&#xa0;; Cercle ne l&apos;écrasera pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="6"/>
        <source>This proposal does not exist.</source>
        <translation>Cette proposition n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="7"/>
        <source>A proposal needs a title.</source>
        <translation>Une proposition doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="8"/>
        <source>A proposal needs a text before it goes to the team.</source>
        <translation>Une proposition doit avoir un texte avant d&apos;être soumise à l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="9"/>
        <source>The deadline must be in the future.</source>
        <translation>L&apos;échéance doit être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="10"/>
        <source>The deadline of this proposal has passed.</source>
        <translation>L&apos;échéance de cette proposition est passée.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="11"/>
        <source>Only the author of a proposal can do this.</source>
        <translation>Seul·e l&apos;auteur·rice de la proposition peut faire cela.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="12"/>
        <source>This cannot be done while the proposal is {status}.</source>
        <translation>Impossible tant que la proposition est {status}.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="13"/>
        <source>Someone changed this proposal meanwhile: look at it again before saving.</source>
        <translation>Quelqu&apos;un a modifié cette proposition entre-temps&#xa0;: relisez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="16"/>
        <source>This proposal was amended meanwhile: read its new text before taking a position.</source>
        <translation>Cette proposition a été amendée entre-temps&#xa0;: lisez son nouveau texte avant de prendre position.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="19"/>
        <source>You already endorse this proposal.</source>
        <translation>Vous soutenez déjà cette proposition.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="20"/>
        <source>The author cannot endorse their own proposal.</source>
        <translation>L&apos;auteur·rice ne peut pas soutenir sa propre proposition.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="21"/>
        <source>{name} is not marked present: record only the positions of those present.</source>
        <translation>{name} n&apos;est pas noté·e présent·e&#xa0;: n&apos;enregistrez que les positions des présent·es.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="24"/>
        <source>The amendment does not change the text.</source>
        <translation>L&apos;amendement ne modifie pas le texte.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="25"/>
        <source>Say in a few words why.</source>
        <translation>Indiquez en quelques mots pourquoi.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="26"/>
        <source>A comment cannot be empty.</source>
        <translation>Un commentaire ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="27"/>
        <source>Say why the proposal is reopened.</source>
        <translation>Dites pourquoi la proposition est rouverte.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="28"/>
        <source>Say in a sentence what was decided.</source>
        <translation>Indiquez en une phrase ce qui a été décidé.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="29"/>
        <source>The review date must come after the decision.</source>
        <translation>La date de révision doit être postérieure à la décision.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="30"/>
        <location filename="../../app/services/meetings/errors.py" line="13"/>
        <source>A title has at most 200 characters.</source>
        <translation>Un titre compte au plus 200 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="31"/>
        <source>A category has at most 80 characters.</source>
        <translation>Une catégorie compte au plus 80 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="14"/>
        <location filename="../../app/services/workshops/messages.py" line="26"/>
        <source>This member does not exist.</source>
        <translation>Ce membre n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="35"/>
        <source>a draft</source>
        <translation>à l&apos;état de brouillon</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="36"/>
        <source>seeking endorsement</source>
        <translation>en recherche de soutiens</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="37"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="38"/>
        <source>adopted</source>
        <translation>adoptée</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="39"/>
        <source>not adopted</source>
        <translation>non adoptée</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions/messages.py" line="40"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="15"/>
        <source>Say who you are before changing anything.</source>
        <translation>Dites qui vous êtes avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="16"/>
        <source>Nobody is identified at the desk: nothing was saved. Choose your name, then save again.</source>
        <translation>Personne n&apos;est identifié·e au poste&#xa0;: rien n&apos;a été enregistré. Choisissez votre nom, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="18"/>
        <source>{name} is no longer an active member.</source>
        <translation>{name} ne fait plus partie des membres actifs.</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="29"/>
        <source>Someone else saved this record while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet élément pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location filename="../../app/services/members.py" line="38"/>
        <source>{name} has already left the team.</source>
        <translation>{name} a déjà quitté l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../app/services/members.py" line="39"/>
        <source>{name} is already in the team.</source>
        <translation>{name} fait déjà partie de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../app/services/members.py" line="40"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/services/members.py" line="41"/>
        <source>Wrong PIN.</source>
        <translation>Code PIN erroné.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="16"/>
        <source>There is no setting called {key}.</source>
        <translation>Aucun réglage ne s&apos;appelle {key}.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="17"/>
        <source>The setting {key} takes a value like {example}.</source>
        <translation>Le réglage {key} attend une valeur comme {example}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/check.py" line="24"/>
        <source>OK: schema {revision} ({state}), integrity checked, foreign keys checked, {members} members.</source>
        <translation>OK&#xa0;: schéma {revision} ({state}), intégrité vérifiée, liens entre tables vérifiés, {members} membres.</translation>
    </message>
    <message>
        <location filename="../../app/storage/check.py" line="27"/>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../../app/storage/check.py" line="28"/>
        <source>will be upgraded at the next start</source>
        <translation>sera mis à jour au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../app/storage/check.py" line="29"/>
        <source>{path} has {count} broken links between tables ({tables}).</source>
        <translation>{path} contient {count} liens rompus entre tables ({tables}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="14"/>
        <source>{path} is not a Cercle database. It has been left untouched.</source>
        <translation>{path} n&apos;est pas une base Cercle. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="15"/>
        <source>{path} cannot be read ({reason}). It has been left untouched.</source>
        <translation>{path} ne peut pas être lu ({reason}). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="16"/>
        <source>{path} is damaged ({reason}). It has been left untouched: restore a backup instead.</source>
        <translation>{path} est endommagé ({reason}). Le fichier n&apos;a pas été modifié&#xa0;: restaurez plutôt une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="19"/>
        <source>{path} was written by a newer version of Cercle (schema {revision}). Install that version to open it; the file has been left untouched.</source>
        <translation>{path} a été écrit par une version plus récente de Cercle (schéma {revision}). Installez cette version pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="24"/>
        <source>{path} does not exist. Check the path; cercle init creates a new centre. Nothing was created.</source>
        <translation>{path} n&apos;existe pas. Vérifiez le chemin&#xa0;; cercle init crée un nouveau centre. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="27"/>
        <source>{path} holds no centre. Check the path; cercle init creates a new centre. Nothing was created.</source>
        <translation>{path} ne contient aucun centre. Vérifiez le chemin&#xa0;; cercle init crée un nouveau centre. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="30"/>
        <source>{path} can only be read on this computer (permissions or a read-only disk): nothing was saved.</source>
        <translation>{path} ne peut qu&apos;être lu sur cet ordinateur (permissions ou disque en lecture seule)&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="33"/>
        <source>{path} can only be read on this computer, and it must be upgraded (schema {revision}) before this version of Cercle opens it. Open it once where it can be written; it has been left untouched.</source>
        <translation>{path} ne peut qu&apos;être lu sur cet ordinateur, et il doit être mis à jour (schéma {revision}) pour que cette version de Cercle l&apos;ouvre. Ouvrez-le une fois là où il peut être modifié&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="38"/>
        <source>{path} could not be brought up to this version of Cercle (schema {revision}): the upgrade was undone and the centre left as it was. Tell whoever looks after Cercle; the program&apos;s journal says why.</source>
        <translation>{path} n&apos;a pas pu être mis à jour pour cette version de Cercle (schéma {revision})&#xa0;: la mise à jour a été annulée et le centre laissé tel quel. Prévenez la personne qui s&apos;occupe de Cercle&#xa0;; le journal du programme dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="43"/>
        <source>The disk holding {path} is full: nothing was saved.</source>
        <translation>Le disque qui contient {path} est plein&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="46"/>
        <source>its header is cut short</source>
        <translation>son en-tête est tronqué</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="47"/>
        <source>its page size, {size}, is not one SQLite uses</source>
        <translation>sa taille de page, {size}, n&apos;est pas une taille utilisée par SQLite</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="48"/>
        <source>its size, {size} bytes, is not a whole number of {page_size}-byte pages</source>
        <translation>sa taille, {size} octets, n&apos;est pas un nombre entier de pages de {page_size} octets</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="49"/>
        <source>{expected} pages expected, {found} found</source>
        <translation>{expected} pages attendues, {found} trouvées</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="50"/>
        <source>SQLite finds its pages malformed</source>
        <translation>SQLite trouve ses pages mal formées</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="51"/>
        <source>SQLite does not recognise it as a database</source>
        <translation>SQLite ne le reconnaît pas comme une base de données</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup.py" line="10"/>
        <source>Replace the centre {database} by {backup}? A safety copy of the current file is kept. [y/N] </source>
        <translation>Remplacer le centre {database} par {backup}&#xa0;? Une copie de sécurité du fichier actuel est conservée. [o/N] </translation>
    </message>
    <message>
        <location filename="../../app/cli/backup.py" line="13"/>
        <source>Restoring replaces the whole centre: run it in a terminal to confirm, or add --yes.</source>
        <translation>La restauration remplace tout le centre&#xa0;: lancez-la dans un terminal pour confirmer, ou ajoutez --yes.</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup.py" line="16"/>
        <source>Nothing was restored.</source>
        <translation>Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup.py" line="17"/>
        <source>Restored {backup}; the previous file is kept as {safety}.</source>
        <translation>Sauvegarde {backup} restaurée&#xa0;; l&apos;ancien fichier est conservé sous {safety}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="12"/>
        <source>A PDF roster needs --week (like 2026-W48).</source>
        <translation>Un planning en PDF demande --week (par exemple 2026-W48).</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="13"/>
        <source>An iCalendar export needs --member.</source>
        <translation>Un export iCalendar demande --member.</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="13"/>
        <source>No active member is called {name}.</source>
        <translation>Aucun membre actif ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="14"/>
        <source>No member is called {name}.</source>
        <translation>Aucun membre ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="15"/>
        <source>{name} could be several members: {names}. Type the name as it is written, accents included.</source>
        <translation>{name} peut désigner plusieurs membres&#xa0;: {names}. Tapez le nom tel qu&apos;il s&apos;écrit, accents compris.</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="89"/>
        <source>{text} is not a time of day: write it as HH:MM, for example 08:30.</source>
        <translation>{text} n&apos;est pas une heure&#xa0;: écrivez-la sous la forme HH:MM, par exemple 08:30.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rota.py" line="62"/>
        <source>A reception seat must end after it starts.</source>
        <translation>Une place d&apos;accueil doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rota.py" line="64"/>
        <source>A shift has at most {most} seats, not {seats}.</source>
        <translation>Un créneau compte au plus {most} places, pas {seats}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rota.py" line="65"/>
        <source>A shift&apos;s label has at most {limit} characters.</source>
        <translation>Le libellé d&apos;un créneau compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rota.py" line="66"/>
        <source>The reason for a closure has at most {limit} characters.</source>
        <translation>Le motif d&apos;une fermeture compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rota.py" line="68"/>
        <source>Shifts are created from 1 to {most} weeks ahead, not {weeks}.</source>
        <translation>Les créneaux se créent de 1 à {most} semaines à l&apos;avance, pas {weeks}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rota.py" line="70"/>
        <source>The weights of the rota cannot be negative.</source>
        <translation>Les poids du planning d&apos;accueil ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../../app/exports/roster.py" line="25"/>
        <source>Write the week like 2026-W48, not {text}.</source>
        <translation>Écrivez la semaine sous la forme 2026-W48, et non {text}.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="47"/>
        <source>This time category does not exist.</source>
        <translation>Cette catégorie d&apos;heures n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="48"/>
        <source>This time entry does not exist (any more).</source>
        <translation>Cette saisie d&apos;heures n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="49"/>
        <source>This absence does not exist (any more).</source>
        <translation>Cette absence n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="50"/>
        <source>Give the category a name.</source>
        <translation>Donnez un nom à la catégorie.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="51"/>
        <source>Another category is already called {label}.</source>
        <translation>Une autre catégorie s&apos;appelle déjà {label}.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="52"/>
        <source>{label} already holds hours: retire it instead of deleting it.</source>
        <translation>{label} contient déjà des heures&#xa0;: retirez-la au lieu de la supprimer.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="53"/>
        <source>The profession category cannot be retired or deleted.</source>
        <translation>La catégorie métier ne peut être ni retirée ni supprimée.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="54"/>
        <source>{label} is retired: choose another category.</source>
        <translation>{label} est retirée&#xa0;: choisissez une autre catégorie.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="55"/>
        <source>{label} is built into Cercle as the category of the profession: its kind cannot be changed.</source>
        <translation>{label} est une catégorie prévue par Cercle pour les heures métier&#xa0;: son type ne peut pas être changé.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="58"/>
        <source>{label} is built into Cercle as a category of self-management (Cercle credits its hours itself): its kind cannot be changed.</source>
        <translation>{label} est une catégorie d&apos;autogestion prévue par Cercle (Cercle y crédite lui-même les heures)&#xa0;: son type ne peut pas être changé.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="62"/>
        <source>{label} already holds hours: changing its kind would move them to the other count. Retire it and create another category of the right kind instead.</source>
        <translation>{label} contient déjà des heures&#xa0;: changer son type les ferait passer dans l&apos;autre compteur. Retirez-la et créez plutôt une autre catégorie du bon type.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="66"/>
        <source>Meetings credit their time to {label}: in Settings, choose another category for them first.</source>
        <translation>Des réunions créditent leur temps à {label}&#xa0;: dans les Réglages, choisissez d&apos;abord une autre catégorie pour elles.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="70"/>
        <source>Only a difference in profession hours (when they are assumed as planned) can be negative.</source>
        <translation>Seul un écart d&apos;heures métier (quand elles sont réputées faites comme prévu) peut être négatif.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="73"/>
        <source>The week of {day} is validated: unlock it first to change it.</source>
        <translation>La semaine du {day} est validée&#xa0;: déverrouillez-la d&apos;abord pour la modifier.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="74"/>
        <source>{day} has not come yet: hours are recorded once they are done.</source>
        <translation>Le {day} n&apos;est pas encore passé&#xa0;: les heures se notent une fois faites.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="75"/>
        <source>{name} arrived on {day}: no hours can be recorded before.</source>
        <translation>{name} est arrivé·e le {day}&#xa0;: aucune heure ne peut être enregistrée avant.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="76"/>
        <source>{name}&apos;s contract ended on {day}: no hours can be recorded after.</source>
        <translation>Le contrat de {name} a pris fin le {day}&#xa0;: aucune heure ne peut être enregistrée après.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="77"/>
        <source>This entry comes from another part of Cercle; change it there (a shift, a meeting...).</source>
        <translation>Cette saisie vient d&apos;une autre partie de Cercle&#xa0;; modifiez-la là-bas (un créneau, une réunion…).</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="80"/>
        <source>This cell already holds {automatic} credited automatically; type at least that.</source>
        <translation>Cette case contient déjà {automatic} comptées automatiquement&#xa0;; saisissez au moins cela.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="83"/>
        <source>This week is already validated.</source>
        <translation>Cette semaine est déjà validée.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="84"/>
        <source>The week of {day} has not begun: a week is validated once it has.</source>
        <translation>La semaine du {day} n&apos;a pas commencé&#xa0;: une semaine se valide une fois commencée.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="85"/>
        <source>This week is not validated.</source>
        <translation>Cette semaine n&apos;est pas validée.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="86"/>
        <source>Say why the week is unlocked.</source>
        <translation>Dites pourquoi la semaine est déverrouillée.</translation>
    </message>
    <message>
        <location filename="../../app/services/hours.py" line="87"/>
        <source>A starting balance must stay within {hours} hours.</source>
        <translation>Un solde de départ doit rester dans la limite de {hours} heures.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="6"/>
        <source>This meeting does not exist.</source>
        <translation>Cette réunion n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="7"/>
        <source>This agenda item does not exist.</source>
        <translation>Ce point de l&apos;ordre du jour n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="8"/>
        <source>This action item does not exist.</source>
        <translation>Cette action à mener n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="9"/>
        <source>A meeting needs a title.</source>
        <translation>Une réunion doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="10"/>
        <source>An agenda item needs a title.</source>
        <translation>Un point de l&apos;ordre du jour doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="11"/>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qui est à faire.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="12"/>
        <source>Say what the correction is.</source>
        <translation>Indiquez en quoi consiste la correction.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="14"/>
        <source>A place has at most {limit} characters.</source>
        <translation>Un lieu compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="15"/>
        <source>A meeting must end after it starts.</source>
        <translation>Une réunion doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="16"/>
        <source>A duration is between 0 and 600 minutes.</source>
        <translation>Une durée est comprise entre 0 et 600 minutes.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="17"/>
        <source>The minutes of this meeting are approved: add an erratum to correct them.</source>
        <translation>Le compte rendu de cette réunion est approuvé&#xa0;: ajoutez un erratum pour le corriger.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="20"/>
        <source>Errata are for approved minutes; edit the draft instead.</source>
        <translation>Les errata concernent les comptes rendus approuvés&#xa0;; modifiez plutôt le brouillon.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="21"/>
        <source>Minutes are approved once the meeting has been held.</source>
        <translation>Le compte rendu s&apos;approuve une fois la réunion tenue.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="22"/>
        <source>This meeting takes place on {day}: positions are recorded in it from that day on.</source>
        <translation>Cette réunion a lieu le {day}&#xa0;: les positions y sont enregistrées à partir de ce jour.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="25"/>
        <source>This meeting begins on {day} at {start}: it is marked held, and its minutes approved, once it has begun.</source>
        <translation>Cette réunion commence le {day} à {start}&#xa0;: elle est marquée tenue, et son compte rendu approuvé, une fois commencée.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="28"/>
        <source>{name} is not marked present at this meeting.</source>
        <translation>{name} n&apos;est pas noté·e présent·e à cette réunion.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="29"/>
        <source>This proposal is not on the agenda of this meeting.</source>
        <translation>Cette proposition n&apos;est pas à l&apos;ordre du jour de cette réunion.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="30"/>
        <source>Positions were taken on this proposal, or it was closed, on or after the day of this meeting: its item stays on the agenda so that the minutes say what was decided.</source>
        <translation>Des positions ont été prises sur cette proposition, ou elle a été close, le jour de cette réunion ou depuis&#xa0;: ce point reste à l&apos;ordre du jour pour que le compte rendu dise ce qui a été décidé.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/errors.py" line="34"/>
        <source>No meeting is planned yet to put this item on.</source>
        <translation>Aucune réunion n&apos;est encore prévue pour y inscrire ce point.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="52"/>
        <source>This shift does not exist.</source>
        <translation>Ce créneau n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="53"/>
        <source>This weekly shift does not exist.</source>
        <translation>Ce créneau hebdomadaire n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="54"/>
        <source>This swap offer does not exist.</source>
        <translation>Cette offre d&apos;échange n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="55"/>
        <source>Nobody holds this seat.</source>
        <translation>Personne n&apos;occupe cette place.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="56"/>
        <source>This closure does not exist.</source>
        <translation>Cette fermeture n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="62"/>
        <source>There is no applied rota to undo.</source>
        <translation>Aucun roulement appliqué à annuler.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rota.py" line="63"/>
        <source>A shift has at least one seat.</source>
        <translation>Un créneau compte au moins une place.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rota.py" line="67"/>
        <source>A shift must end after it starts.</source>
        <translation>Un créneau doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="63"/>
        <source>The day of the week must be between Monday and Sunday.</source>
        <translation>Le jour de la semaine doit être compris entre lundi et dimanche.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="64"/>
        <source>The period must end after it starts.</source>
        <translation>La période doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="65"/>
        <source>A change of the weekly shifts applies from today on, not from {day}.</source>
        <translation>Une modification des créneaux hebdomadaires s&apos;applique à partir d&apos;aujourd&apos;hui, pas à partir du {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="66"/>
        <source>This weekly shift ends on {day} (it was changed or ended): nothing of it can change after that day. Choose in the list the weekly shift in force on the day you want.</source>
        <translation>Ce créneau hebdomadaire prend fin le {day} (il a été modifié ou arrêté)&#xa0;: rien ne peut plus en changer après ce jour. Choisissez dans la liste le créneau hebdomadaire en vigueur au jour voulu.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="69"/>
        <source>This weekly shift was changed meanwhile, perhaps at another workstation: nothing was saved. The list shows it as it is now: choose it again.</source>
        <translation>Ce créneau hebdomadaire a été modifié entre-temps, peut-être sur un autre poste&#xa0;: rien n&apos;a été enregistré. La liste le montre tel qu&apos;il est maintenant&#xa0;: choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="72"/>
        <source>This shift was cancelled.</source>
        <translation>Ce créneau a été annulé.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="73"/>
        <source>This shift has already started.</source>
        <translation>Ce créneau a déjà commencé.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="74"/>
        <source>This shift is full: {name} took the last seat.</source>
        <translation>Ce créneau est complet&#xa0;: {name} a pris la dernière place.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="75"/>
        <source>{name} already holds this shift.</source>
        <translation>{name} assure déjà ce créneau.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="76"/>
        <source>{name} does not hold this shift.</source>
        <translation>{name} n&apos;assure pas ce créneau.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="77"/>
        <source>{name} already holds the shift of {start}–{end} that day.</source>
        <translation>{name} assure déjà le créneau {start}–{end} ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="78"/>
        <source>{name} is absent on {day}.</source>
        <translation>{name} est absent·e le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="79"/>
        <source>This shift starts in less than {hours} hours: it can no longer be released. Offer a swap instead.</source>
        <translation>Ce créneau commence dans moins de {hours} heures&#xa0;: il ne peut plus être libéré. Proposez plutôt un échange.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="81"/>
        <source>This swap offer was already answered or withdrawn.</source>
        <translation>Cette offre d&apos;échange a déjà reçu une réponse ou a été retirée.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="82"/>
        <source>This swap offer is meant for someone else.</source>
        <translation>Cette offre d&apos;échange s&apos;adresse à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="83"/>
        <source>You cannot take your own swap offer.</source>
        <translation>Vous ne pouvez pas accepter votre propre offre d&apos;échange.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="84"/>
        <source>The shift asked in return is not held by {name}.</source>
        <translation>Le créneau demandé en échange n&apos;est pas assuré par {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="85"/>
        <source>The rota changed since it was proposed (a seat was taken meanwhile). Propose it again.</source>
        <translation>Le planning d&apos;accueil a changé depuis que ce roulement a été proposé (une place a été prise entre-temps). Proposez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="87"/>
        <source>This rota cannot be undone: some of its shifts have already started.</source>
        <translation>Ce roulement ne peut plus être annulé&#xa0;: certains de ses créneaux ont déjà commencé.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="88"/>
        <source>This rota was already undone.</source>
        <translation>Ce roulement a déjà été annulé.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="89"/>
        <source>Half-days are written like 0am,3pm (0 = Monday): {text}.</source>
        <translation>Les demi-journées s&apos;écrivent comme 0am,3pm (0 = lundi)&#xa0;: {text}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="114"/>
        <source>{name} only joins the team on {day}.</source>
        <translation>{name} n&apos;arrive dans l&apos;équipe que le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="115"/>
        <source>{name}&apos;s contract ends on {day}.</source>
        <translation>Le contrat de {name} se termine le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hours.py" line="116"/>
        <source>{name} is away from the team on {day}.</source>
        <translation>{name} n&apos;est pas dans l&apos;équipe le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="90"/>
        <source>{day} has passed: the centre cannot be closed afterwards, the hours worked that day stay. A holder who did not come is marked as a no-show.</source>
        <translation>Le {day} est passé&#xa0;: le centre ne peut pas être fermé après coup, les heures faites ce jour-là restent. Une personne inscrite qui n&apos;est pas venue est marquée absente au créneau.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="93"/>
        <source>The shift of {start}–{end} has already started: the centre can no longer be closed on {day}. A holder who did not come is marked as a no-show.</source>
        <translation>Le créneau {start}–{end} a déjà commencé&#xa0;: le centre ne peut plus être fermé le {day}. Une personne inscrite qui n&apos;est pas venue est marquée absente au créneau.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="96"/>
        <source>{day} has passed: the centre cannot be opened afterwards.</source>
        <translation>Le {day} est passé&#xa0;: le centre ne peut pas être ouvert après coup.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="97"/>
        <source>This shift has already started: it can no longer be cancelled, the hours worked stay. A holder who did not come is marked as a no-show.</source>
        <translation>Ce créneau a déjà commencé&#xa0;: il ne peut plus être annulé, les heures faites restent. Une personne inscrite qui n&apos;est pas venue est marquée absente au créneau.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="100"/>
        <source>The centre is closed on {day}: remove the closure first (Set up the rota, Closures) to add a shift that day.</source>
        <translation>Le centre est fermé le {day}&#xa0;: retirez d&apos;abord la fermeture (Configurer le planning d&apos;accueil, Fermetures) pour ajouter un créneau ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="103"/>
        <source>{day}, {start} has passed: a shift is added before it starts.</source>
        <translation>Le {day} à {start} est déjà passé&#xa0;: un créneau s&apos;ajoute avant son début.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="104"/>
        <source>This shift has not started yet: a no-show is marked once it has. Release the seat or offer a swap instead.</source>
        <translation>Ce créneau n&apos;a pas encore commencé&#xa0;: une absence au créneau se note une fois qu&apos;il a commencé. Libérez la place ou proposez un échange.</translation>
    </message>
    <message>
        <location filename="../../app/services/time_entries.py" line="22"/>
        <source>There is no time category called {code}.</source>
        <translation>Il n&apos;y a pas de catégorie d&apos;heures appelée {code}.</translation>
    </message>
    <message>
        <location filename="../../app/services/time_entries.py" line="23"/>
        <source>An automatic credit is between 0 and 24 hours.</source>
        <translation>Un crédit automatique est compris entre 0 et 24 heures.</translation>
    </message>
    <message>
        <location filename="../../app/storage/backup.py" line="38"/>
        <source>The disk holding {folder} is full: the backup was not written. Earlier backups are intact.</source>
        <translation>Le disque qui contient {folder} est plein&#xa0;: la sauvegarde n&apos;a pas été écrite. Les sauvegardes précédentes sont intactes.</translation>
    </message>
    <message>
        <location filename="../../app/storage/backup.py" line="41"/>
        <source>The backup could not be written to {folder} ({reason}).</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/backup.py" line="42"/>
        <source>pg_dump is not installed on this computer: install PostgreSQL&apos;s client tools to back up the server.</source>
        <translation>pg_dump n&apos;est pas installé sur cet ordinateur&#xa0;: installez les outils clients de PostgreSQL pour sauvegarder le serveur.</translation>
    </message>
    <message>
        <location filename="../../app/storage/backup.py" line="46"/>
        <source>pg_dump failed: {reason}</source>
        <translation>Échec de pg_dump&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/storage/backup.py" line="48"/>
        <source>{path} holds no centre: it cannot be restored.</source>
        <translation>{path} ne contient aucun centre&#xa0;: impossible de le restaurer.</translation>
    </message>
    <message>
        <location filename="../../app/storage/backup.py" line="49"/>
        <source>There is no file {path}: check its name and its folder.</source>
        <translation>Il n&apos;y a pas de fichier {path}&#xa0;: vérifiez son nom et son dossier.</translation>
    </message>
    <message>
        <location filename="../../app/storage/backup.py" line="50"/>
        <source>A centre on a PostgreSQL server is restored with pg_restore by its administrator.</source>
        <translation>Un centre hébergé sur un serveur PostgreSQL se restaure avec pg_restore, par la personne qui administre le serveur.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_errors.py" line="11"/>
        <source>The server {host} (port {port}) cannot be reached. Check that it is switched on and that this computer is on the centre&apos;s network.</source>
        <translation>Le serveur {host} (port {port}) est injoignable. Vérifiez qu&apos;il est allumé et que cet ordinateur est bien connecté au réseau du centre.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_errors.py" line="16"/>
        <source>The server refused the user name or the password of {user}.</source>
        <translation>Le serveur a refusé l&apos;identifiant ou le mot de passe de {user}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_errors.py" line="17"/>
        <source>The server has no user named {user}.</source>
        <translation>Le serveur n&apos;a aucun compte nommé {user}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_errors.py" line="18"/>
        <source>The server has no database named {database}. Check its name, or ask whoever runs the server.</source>
        <translation>Le serveur n&apos;a aucune base de données nommée {database}. Vérifiez son nom, ou demandez à la personne qui gère le serveur.</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_errors.py" line="21"/>
        <source>The server refused the connection: {reason}</source>
        <translation>Le serveur a refusé la connexion&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/storage/connection.py" line="28"/>
        <source>The server cannot be reached; your input is kept, try again in a moment.</source>
        <translation>Le serveur est injoignable&#xa0;; votre saisie est conservée, réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/storage/transfer.py" line="17"/>
        <source>The target already holds a centre ({name}). Use --replace to overwrite it.</source>
        <translation>La destination contient déjà un centre ({name}). Utilisez --replace pour l&apos;écraser.</translation>
    </message>
    <message>
        <location filename="../../app/storage/transfer.py" line="20"/>
        <source>The copy of table {table} differs from the original; nothing was kept.</source>
        <translation>La copie de la table {table} diffère de l&apos;original&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connection.py" line="17"/>
        <source>No password was given for the server {host}.</source>
        <translation>Aucun mot de passe n&apos;a été fourni pour le serveur {host}.</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py" line="38"/>
        <source>This person is not in the directory.</source>
        <translation>Cette personne n&apos;est pas dans l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py" line="40"/>
        <location filename="../../app/services/workshops/messages.py" line="21"/>
        <source>This workshop does not exist.</source>
        <translation>Cet atelier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py" line="41"/>
        <source>This person was erased: nothing more can be recorded about them.</source>
        <translation>Cette personne a été effacée&#xa0;: plus rien ne peut être enregistré à son sujet.</translation>
    </message>
    <message>
        <location filename="../../app/services/people.py" line="43"/>
        <source>This person is no longer active in the directory.</source>
        <translation>Cette personne n&apos;est plus active dans l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="22"/>
        <source>This workshop session does not exist.</source>
        <translation>Cette séance d&apos;atelier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="23"/>
        <source>This registration does not exist.</source>
        <translation>Cette inscription n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="24"/>
        <source>This workshop theme does not exist.</source>
        <translation>Ce thème d&apos;atelier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/rooms.py" line="29"/>
        <source>This room does not exist.</source>
        <translation>Cette salle n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/rooms.py" line="30"/>
        <source>A room needs a name.</source>
        <translation>Une salle a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../../app/services/rooms.py" line="31"/>
        <source>A room&apos;s name has at most {limit} characters.</source>
        <translation>Le nom d&apos;une salle compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../app/services/rooms.py" line="32"/>
        <source>There is already a room called {name}.</source>
        <translation>Il existe déjà une salle nommée {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/rooms.py" line="33"/>
        <source>A room takes at least one person.</source>
        <translation>Une salle accueille au moins une personne.</translation>
    </message>
    <message>
        <location filename="../../app/services/rooms.py" line="34"/>
        <source>A room takes at most {limit} people.</source>
        <translation>Une salle accueille au plus {limit} personnes.</translation>
    </message>
    <message>
        <location filename="../../app/services/rooms.py" line="35"/>
        <source>{room} is no longer in use: choose another room.</source>
        <translation>{room} n&apos;est plus utilisée&#xa0;: choisissez une autre salle.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/partners.py" line="25"/>
        <location filename="../../app/services/people.py" line="39"/>
        <location filename="../../app/services/workshops/messages.py" line="25"/>
        <source>This partner does not exist.</source>
        <translation>Ce partenaire n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/meetings/partners.py" line="26"/>
        <source>{name} is no longer an active partner: make it active again in the partners directory first.</source>
        <translation>{name} n&apos;est plus un partenaire actif&#xa0;: réactivez-le d&apos;abord dans l&apos;annuaire des partenaires.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="28"/>
        <source>Give a name.</source>
        <translation>Indiquez un nom.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="29"/>
        <source>Give the workshop a title.</source>
        <translation>Donnez un titre à l&apos;atelier.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="30"/>
        <source>There is already a theme called {name}.</source>
        <translation>Il existe déjà un thème nommé {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="31"/>
        <source>There is already a partner called {name}.</source>
        <translation>Il existe déjà un partenaire nommé {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="32"/>
        <source>Unknown workshop status: {status}.</source>
        <translation>Statut d&apos;atelier inconnu&#xa0;: {status}.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="33"/>
        <source>Preparation takes between 0 and 24 hours.</source>
        <translation>La préparation dure entre 0 et 24 heures.</translation>
    </message>
    <message>
        <location filename="../../app/services/rooms.py" line="28"/>
        <source>{room} is already booked on {day} from {start} to {end} ({label}).</source>
        <translation>{room} a déjà une réservation le {day} de {start} à {end} ({label}).</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="34"/>
        <source>This session is cancelled.</source>
        <translation>Cette séance est annulée.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="35"/>
        <source>Attendance is recorded once the session has taken place.</source>
        <translation>Les présences s&apos;enregistrent une fois la séance passée.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="40"/>
        <source>This registration is already cancelled.</source>
        <translation>Cette inscription est déjà annulée.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="27"/>
        <source>{name} has left the team: they cannot facilitate a workshop.</source>
        <translation>{name} a quitté l&apos;équipe&#xa0;: impossible de lui confier l&apos;animation d&apos;un atelier.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="36"/>
        <source>This session has already taken place.</source>
        <translation>Cette séance a déjà eu lieu.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="37"/>
        <source>This session has already started.</source>
        <translation>Cette séance a déjà commencé.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="38"/>
        <source>This workshop is cancelled or still an idea: it takes no registration.</source>
        <translation>Cet atelier est annulé ou n&apos;est encore qu&apos;une idée&#xa0;: il ne prend pas d&apos;inscription.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="41"/>
        <source>This session belongs to a closed cycle: record the presence of each of its members.</source>
        <translation>Cette séance fait partie d&apos;un cycle fermé&#xa0;: notez la présence de chacun·e de ses membres.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="43"/>
        <source>{name} is absent that day.</source>
        <translation>{name} est absent·e ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="44"/>
        <source>{day}: {warning}</source>
        <translation>{day}&#xa0;: {warning}</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="45"/>
        <source>The workshop takes {capacity} people but {room} only {room_capacity}.</source>
        <translation>L&apos;atelier accueille {capacity} personnes, mais {room} seulement {room_capacity}.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="48"/>
        <source>{day} is a public holiday.</source>
        <translation>Le {day} est un jour férié.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="49"/>
        <source>The centre is closed on {day}.</source>
        <translation>Le centre est fermé le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="50"/>
        <source>This workshop is a closed cycle: enrol people in the whole cycle.</source>
        <translation>Cet atelier est un cycle fermé&#xa0;: inscrivez les personnes au cycle entier.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="51"/>
        <source>People are already enrolled in sessions of this workshop: it cannot become a closed cycle.</source>
        <translation>Des personnes sont déjà inscrites à des séances de cet atelier&#xa0;: il ne peut pas devenir un cycle fermé.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="53"/>
        <source>People are already enrolled in this cycle: it cannot stop being a closed cycle.</source>
        <translation>Des personnes sont déjà inscrites à ce cycle&#xa0;: il ne peut plus cesser d&apos;être un cycle fermé.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="56"/>
        <source>“{start}…” is too long: at most {limit} characters.</source>
        <translation>«&#xa0;{start}…&#xa0;» est trop long&#xa0;: {limit} caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../../app/exports/meetings.py" line="19"/>
        <location filename="../../app/exports/workshops.py" line="21"/>
        <location filename="../../app/services/activity.py" line="67"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../app/cli/common.py" line="50"/>
        <source>{text} is not a date: write it as YYYY-MM-DD, for example 2026-11-23.</source>
        <translation>{text} n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="75"/>
        <source>The centre {name} is ready in {database}.</source>
        <translation>Le centre {name} est prêt dans {database}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="90"/>
        <source>The database {database} is ready for a centre (schema {revision}).</source>
        <translation>La base {database} est prête à recevoir un centre (schéma {revision}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/database.py" line="107"/>
        <source>{table}: {rows} row(s) copied, checksum (SHA-256) {checksum}</source>
        <translation>{table}&#xa0;: {rows} ligne(s) copiée(s), empreinte (SHA-256) {checksum}</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="32"/>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="33"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Le fichier est vide&#xa0;: la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="34"/>
        <source>The file has no “{column}” column (first line).</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;{column}&#xa0;» (première ligne).</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="35"/>
        <source>The file has headers but no line to import.</source>
        <translation>Le fichier a des en-têtes mais aucune ligne à importer.</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="36"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="37"/>
        <location filename="../../app/domain/imports.py" line="47"/>
        <source>“{value}” is longer than {limit} characters</source>
        <translation>«&#xa0;{value}&#xa0;» dépasse {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="38"/>
        <source>role “{value}” cannot be read (write habitant, habitant-relais or contact partenaire)</source>
        <translation>rôle «&#xa0;{value}&#xa0;» illisible (écrivez habitant, habitant-relais ou contact partenaire)</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="40"/>
        <source>{name} is already on line {first}</source>
        <translation>{name} figure déjà ligne {first}</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="41"/>
        <source>hours “{value}” cannot be read</source>
        <translation>heures «&#xa0;{value}&#xa0;» illisibles</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="42"/>
        <source>the weekly hours are missing</source>
        <translation>les heures hebdomadaires manquent</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="43"/>
        <source>days “{value}” cannot be read (write for example: lun mar jeu)</source>
        <translation>jours «&#xa0;{value}&#xa0;» illisibles (écrivez par exemple&#xa0;: lun mar jeu)</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="44"/>
        <source>date “{value}” cannot be read (write dd/mm/yyyy)</source>
        <translation>date «&#xa0;{value}&#xa0;» illisible (écrivez jj/mm/aaaa)</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="45"/>
        <source>capacity “{value}” is not a number of places (1 or more)</source>
        <translation>capacité «&#xa0;{value}&#xa0;»&#xa0;: ce n&apos;est pas un nombre de places (1 ou plus)</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="46"/>
        <source>capacity “{value}” is more than {limit} places</source>
        <translation>capacité «&#xa0;{value}&#xa0;»&#xa0;: plus de {limit} places</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="48"/>
        <source>the quotation marks (&quot;) of this line do not pair up</source>
        <translation>les guillemets (&quot;) de cette ligne ne vont pas par paires</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="49"/>
        <source>the “{column}” cell is empty</source>
        <translation>la case «&#xa0;{column}&#xa0;» est vide</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="50"/>
        <source>day “{value}” cannot be read (write a day of the week, for example lundi)</source>
        <translation>jour «&#xa0;{value}&#xa0;» illisible (écrivez un jour de la semaine, par exemple lundi)</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="51"/>
        <source>time “{value}” cannot be read (write HH:MM, for example 08:30)</source>
        <translation>heure «&#xa0;{value}&#xa0;» illisible (écrivez HH:MM, par exemple 08:30)</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="52"/>
        <source>seats “{value}” is not a number from 1 to {limit}</source>
        <translation>places «&#xa0;{value}&#xa0;»&#xa0;: ce n&apos;est pas un nombre de 1 à {limit}</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="53"/>
        <source>the same weekly slot is already on line {first}</source>
        <translation>le même créneau type figure déjà à la ligne {first}</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="54"/>
        <source>type “{value}” cannot be read (write autogestion or métier)</source>
        <translation>type «&#xa0;{value}&#xa0;» illisible (écrivez autogestion ou métier)</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="56"/>
        <source>{name} differs from {other} on line {first} only by accents, spaces or punctuation: write the same name the same way</source>
        <translation>{name} ne diffère de {other} (ligne {first}) que par les accents, les espaces ou la ponctuation&#xa0;: écrivez le même nom de la même façon</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="59"/>
        <source>{name} differs from {other}, already in Cercle, only by accents, spaces or punctuation: write the name as Cercle has it (someone else of that name is added by hand)</source>
        <translation>{name} ne diffère de {other}, déjà dans Cercle, que par les accents, les espaces ou la ponctuation&#xa0;: écrivez le nom comme Cercle l&apos;a enregistré (une autre personne de ce nom s&apos;ajoute à la main)</translation>
    </message>
    <message>
        <location filename="../../app/domain/imports.py" line="62"/>
        <source>The file has {count} lines: Cercle imports at most {limit} at a time. Is it the right file?</source>
        <translation>Le fichier compte {count} lignes&#xa0;: Cercle en importe au plus {limit} à la fois. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="41"/>
        <source>“{value}” is not an e-mail address</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <location filename="../../app/services/imports.py" line="45"/>
        <source>Cercle imports .csv, .txt and .ods files, not “{name}”.</source>
        <translation>Cercle importe les fichiers .csv, .txt et .ods, pas «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/services/imports.py" line="46"/>
        <source>The file {name} cannot be read: {reason}</source>
        <translation>Le fichier {name} est illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/imports.py" line="47"/>
        <source>it is not an OpenDocument spreadsheet</source>
        <translation>ce n&apos;est pas un tableur OpenDocument</translation>
    </message>
    <message>
        <location filename="../../app/services/imports.py" line="48"/>
        <source>it is a workbook (such as .xlsx), not CSV text: save it as .ods or as CSV</source>
        <translation>c&apos;est un classeur (par exemple .xlsx), pas un texte CSV&#xa0;: enregistrez-le au format .ods ou CSV</translation>
    </message>
    <message>
        <location filename="../../app/services/imports.py" line="49"/>
        <source>it is not a text file</source>
        <translation>ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <location filename="../../app/services/imports.py" line="50"/>
        <source>{name} is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”, or as .ods.</source>
        <translation>{name} n&apos;est pas un texte UTF-8&#xa0;: enregistrez-le depuis le tableur en «&#xa0;CSV UTF-8&#xa0;», ou en .ods.</translation>
    </message>
    <message>
        <location filename="../../app/services/imports.py" line="53"/>
        <source>The file {name} is too large for an import (more than {limit} MB of text): is it the right file?</source>
        <translation>Le fichier {name} est trop volumineux pour une importation (plus de {limit} Mo de texte)&#xa0;: est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/services/imports.py" line="55"/>
        <source>Nothing was imported: correct the {count} error(s) in the file first.</source>
        <translation>Rien n&apos;a été importé&#xa0;: corrigez d&apos;abord les {count} erreur(s) du fichier.</translation>
    </message>
    <message>
        <location filename="../../app/services/imports.py" line="57"/>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>Import terminé&#xa0;: {created} créé(s), {updated} mis à jour, {unchanged} inchangé(s).</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="12"/>
        <source>permission denied to this computer&apos;s user</source>
        <translation>permission refusée à l&apos;utilisateur de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="16"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="17"/>
        <source>the disk space allowed to this user is used up</source>
        <translation>l&apos;espace disque accordé à cet utilisateur est épuisé</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="18"/>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="19"/>
        <source>it does not exist</source>
        <translation>il n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="20"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>une partie du chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="21"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="22"/>
        <source>it already exists</source>
        <translation>il existe déjà</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="23"/>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="24"/>
        <source>the disk could not be read or written</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="25"/>
        <source>it is in use</source>
        <translation>il est en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="26"/>
        <source>the folder is not empty</source>
        <translation>le dossier n&apos;est pas vide</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="30"/>
        <source>it is open in another program (close it there, then try again)</source>
        <translation>il est ouvert dans un autre logiciel (fermez-le, puis réessayez)</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="34"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Impossible d&apos;utiliser {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/file_errors.py" line="35"/>
        <source>The system refused: {reason}.</source>
        <translation>Le système a refusé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/setup.py" line="24"/>
        <source>The first member opens the centre to everyone else: choose a PIN of {min} to {max} digits.</source>
        <translation>Le premier membre ouvre le centre à tous les autres&#xa0;: choisissez un code PIN de {min} à {max} chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/services/setup.py" line="27"/>
        <source>The centre already has members: enter as one of them.</source>
        <translation>Le centre a déjà des membres&#xa0;: entrez sous le nom de l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <location filename="../../app/services/setup.py" line="28"/>
        <source>Choose at least one day with reception.</source>
        <translation>Choisissez au moins un jour d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../app/services/setup.py" line="29"/>
        <source>The reception already has weekly slots: change them in Reception, “Set up the rota…”.</source>
        <translation>L&apos;accueil a déjà ses créneaux types&#xa0;: modifiez-les dans Accueil, «&#xa0;Configurer le planning d&apos;accueil…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/services/credits.py" line="52"/>
        <source>Meeting time goes to an active self-management category.</source>
        <translation>Le temps de réunion va à une catégorie d&apos;autogestion en usage.</translation>
    </message>
    <message>
        <location filename="../../app/services/credits.py" line="55"/>
        <source>There is no kind of meeting called {kind}.</source>
        <translation>Il n&apos;existe pas de type de réunion «&#xa0;{kind}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="39"/>
        <source>Give a year or a period, not both.</source>
        <translation>Donnez une année ou une période, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="41"/>
        <source>{text} is not a year: write it with four digits, for example 2026.</source>
        <translation>{text} n&apos;est pas une année&#xa0;: écrivez-la en quatre chiffres, par exemple 2026.</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.py" line="45"/>
        <source>Give a year (--year) or a period (--from and --to).</source>
        <translation>Donnez une année (--year) ou une période (--from et --to).</translation>
    </message>
    <message>
        <location filename="../../app/services/activity.py" line="68"/>
        <source>The period starts on {day}, after today: nothing has happened in it yet.</source>
        <translation>La période commence le {day}, après aujourd&apos;hui&#xa0;: rien n&apos;y a encore eu lieu.</translation>
    </message>
    <message>
        <location filename="../../app/services/activity.py" line="70"/>
        <source>No workshop theme is called {name}.</source>
        <translation>Aucun thème d&apos;atelier ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="9"/>
        <location filename="../../app/services/activity.py" line="71"/>
        <location filename="../../app/services/imports.py" line="56"/>
        <source>No partner is called {name}.</source>
        <translation>Aucun partenaire ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/activity.py" line="72"/>
        <source>Choose a theme or a partner, not both.</source>
        <translation>Choisissez un thème ou un partenaire, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../app/domain/recurrence.py" line="22"/>
        <source>A series has between 1 and 104 occurrences.</source>
        <translation>Une série compte de 1 à 104 dates.</translation>
    </message>
    <message>
        <location filename="../../app/domain/recurrence.py" line="23"/>
        <source>A series repeats every 1 to 12 weeks or months.</source>
        <translation>Une série se répète toutes les 1 à 12 semaines ou tous les 1 à 12 mois.</translation>
    </message>
    <message>
        <location filename="../../app/domain/recurrence.py" line="24"/>
        <source>Say when the series ends: a number of occurrences or a last day.</source>
        <translation>Indiquez quand la série s&apos;arrête&#xa0;: un nombre de fois ou une date de fin.</translation>
    </message>
    <message>
        <location filename="../../app/domain/recurrence.py" line="25"/>
        <source>The series ends before its first day.</source>
        <translation>La série s&apos;arrête avant son premier jour.</translation>
    </message>
    <message>
        <location filename="../../app/domain/recurrence.py" line="26"/>
        <source>Not every month has a day {day}: choose a day up to the 28th, or that weekday, the last of the month.</source>
        <translation>Certains mois n&apos;ont pas de {day}&#xa0;: choisissez un jour jusqu&apos;au 28, ou ce jour de la semaine, le dernier du mois.</translation>
    </message>
    <message>
        <location filename="../../app/domain/recurrence.py" line="29"/>
        <source>The first day is not that weekday of its month.</source>
        <translation>Le premier jour n&apos;est pas ce jour de la semaine dans son mois.</translation>
    </message>
    <message>
        <location filename="../../app/domain/recurrence.py" line="30"/>
        <source>The series would run past {last}, the last year Cercle keeps.</source>
        <translation>La série irait au-delà de {last}, la dernière année que Cercle prend en compte.</translation>
    </message>
    <message>
        <location filename="../../app/domain/recurrence.py" line="31"/>
        <source>Every day of this series is left out (public holidays, closures, days chosen): nothing to plan.</source>
        <translation>Tous les jours de cette série sont écartés (jours fériés, fermetures, jours décochés)&#xa0;: rien à prévoir.</translation>
    </message>
    <message>
        <location filename="../../app/domain/cycles.py" line="16"/>
        <source>A drop-out is recorded once it has happened.</source>
        <translation>Un abandon s&apos;enregistre une fois survenu, pas à l&apos;avance.</translation>
    </message>
    <message>
        <location filename="../../app/domain/cycles.py" line="17"/>
        <source>{name} joined the cycle on {day}: the drop-out cannot be earlier.</source>
        <translation>{name} a rejoint le cycle le {day}&#xa0;: l&apos;abandon ne peut pas être antérieur.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/cycles.py" line="46"/>
        <source>This workshop is not a closed cycle.</source>
        <translation>Cet atelier n&apos;est pas un cycle fermé.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/cycles.py" line="47"/>
        <source>This person is not enrolled in the cycle.</source>
        <translation>Cette personne n&apos;est pas inscrite au cycle.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/cycles.py" line="48"/>
        <source>{name} is already enrolled in this cycle.</source>
        <translation>{name} est déjà inscrit·e à ce cycle.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/cycles.py" line="49"/>
        <source>{name} has already left the cycle.</source>
        <translation>{name} a déjà quitté le cycle.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/cycles.py" line="50"/>
        <source>{name} was not a member of the cycle on {day}.</source>
        <translation>{name} ne faisait pas partie du cycle le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/cycles.py" line="51"/>
        <source>{name} came to the session of {day}: the drop-out cannot be earlier.</source>
        <translation>{name} est venu·e à la séance du {day}&#xa0;: l&apos;abandon ne peut pas être antérieur.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py" line="21"/>
        <source>Give a name or a pseudonym.</source>
        <translation>Indiquez un nom ou un pseudonyme.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py" line="22"/>
        <source>A name or a pseudonym has at most 80 characters.</source>
        <translation>Un nom ou un pseudonyme compte au plus 80 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py" line="23"/>
        <source>A phone or an e-mail address is kept only with the date the person agreed to it.</source>
        <translation>Un téléphone ou une adresse électronique ne se conserve qu&apos;avec la date de l&apos;accord de la personne.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py" line="25"/>
        <source>The date of consent cannot be after today.</source>
        <translation>La date de l&apos;accord ne peut pas être postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py" line="26"/>
        <source>Only a partner&apos;s contact belongs to a partner.</source>
        <translation>Seul un contact partenaire est rattaché à un partenaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="19"/>
        <source>The member who was at the desk is no longer active in this centre. Choose your name.</source>
        <translation>Le membre qui était au poste n&apos;est plus actif dans ce centre. Choisissez votre nom.</translation>
    </message>
    <message>
        <location filename="../../app/services/workshops/enrolments.py" line="34"/>
        <source>{name} is already registered for this session.</source>
        <translation>{name} est déjà inscrit·e à cette séance.</translation>
    </message>
</context>
<context>
    <name>ExportedMessage</name>
    <message>
        <location filename="../../app/ui/exporting.py" line="61"/>
        <source>“{name}” is saved.</source>
        <translation>«&#xa0;{name}&#xa0;» est enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="62"/>
        <source>In the folder {folder}</source>
        <translation>Dans le dossier {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="63"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../app/ui/dialogs/activity.py" line="147"/>
        <location filename="../../app/ui/exporting.py" line="92"/>
        <source>Saving “{name}”…</source>
        <translation>Enregistrement de «&#xa0;{name}&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../app/logs.py" line="89"/>
        <source>Cercle ran into an error. The details are in the journal: {path}. You can carry on.</source>
        <translation>Cercle a rencontré une erreur. Le détail est dans le journal&#xa0;: {path}. Vous pouvez continuer.</translation>
    </message>
</context>
<context>
    <name>FairnessDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="163"/>
        <source>Fairness of the rota</source>
        <translation>Équité du roulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="166"/>
        <source>Reception held in the last weeks, against each member&apos;s fair share (in proportion to their self-management hours).</source>
        <translation>Accueil assuré ces dernières semaines, comparé à la part équitable de chaque membre (proportionnelle à ses heures d&apos;autogestion).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="169"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="170"/>
        <source>Fair share</source>
        <translation>Part équitable</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="172"/>
        <source>Held</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="173"/>
        <source>Missing</source>
        <translation>Manque</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="176"/>
        <source>Fairness report</source>
        <translation>Bilan d&apos;équité</translation>
    </message>
</context>
<context>
    <name>FirstMemberScreen</name>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="74"/>
        <source>Who opens the centre?</source>
        <translation>Qui ouvre le centre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="75"/>
        <source>Enter your name first: you will be the centre&apos;s coordinator, the one who adds the other members. The computer at the desk is shared, so your name is protected by a PIN of {min} to {max} digits that only you know.</source>
        <translation>Commencez par votre nom&#xa0;: vous serez la personne qui coordonne le centre et qui ajoute les autres membres. L&apos;ordinateur de l&apos;accueil est partagé&#xa0;: votre nom est donc protégé par un code PIN de {min} à {max} chiffres que vous seul·e connaissez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="83"/>
        <location filename="../../app/ui/pages/first_start.py" line="84"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="88"/>
        <source>for example: Médecin généraliste</source>
        <translation>par exemple&#xa0;: Médecin généraliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="89"/>
        <location filename="../../app/ui/pages/first_start.py" line="90"/>
        <source>Profession</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="91"/>
        <location filename="../../app/ui/pages/first_start.py" line="92"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="93"/>
        <location filename="../../app/ui/pages/first_start.py" line="94"/>
        <source>PIN again</source>
        <translation>Code PIN, à nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="97"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="113"/>
        <source>The two PINs are not the same: type your PIN again.</source>
        <translation>Les deux codes PIN ne sont pas identiques&#xa0;: saisissez à nouveau votre code PIN.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/formatting.py" line="63"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../app/formatting.py" line="73"/>
        <source>HH:mm</source>
        <comment>a time in a sentence; Qt&apos;s date format</comment>
        <translation>HH&apos; h &apos;mm</translation>
    </message>
    <message>
        <location filename="../../app/formatting.py" line="78"/>
        <source>{hours} a week</source>
        <translation>{hours} par semaine</translation>
    </message>
</context>
<context>
    <name>GuestsBox</name>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="28"/>
        <source>Inhabitants and partners present</source>
        <translation>Habitants et partenaires présents</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="33"/>
        <source>Role or partner</source>
        <translation>Rôle ou partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="39"/>
        <source>Person to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="42"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="45"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="47"/>
        <source>Invite all habitants-relais</source>
        <translation>Inviter tous les habitants-relais</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="48"/>
        <source>Every active habitant-relais of the directory attends</source>
        <translation>Tous les habitants-relais actifs de l&apos;annuaire participent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="50"/>
        <source>Guests, last change</source>
        <translation>Invité·es, dernière modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="75"/>
        <location filename="../../app/ui/pages/meetings/guests.py" line="81"/>
        <location filename="../../app/ui/pages/meetings/guests.py" line="89"/>
        <source>Guests</source>
        <translation>Invité·es</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="76"/>
        <source>{name} attends the meeting.</source>
        <translation>{name} participe à la réunion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/guests.py" line="90"/>
        <source>Habitants-relais added: {count}.</source>
        <translation>Habitants-relais ajoutés&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>HalfDayGrid</name>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="126"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="126"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="135"/>
        <source>{grid}: {day} {half}</source>
        <translation>{grid}&#xa0;: {day} {half}</translation>
    </message>
</context>
<context>
    <name>HolidaysBox</name>
    <message>
        <location filename="../../app/ui/holidays.py" line="34"/>
        <source>Public holidays worked</source>
        <translation>Jours fériés travaillés</translation>
    </message>
    <message>
        <location filename="../../app/ui/holidays.py" line="38"/>
        <source>A public holiday the centre works (the journée de solidarité, often Whit Monday) is a working day: hours are owed and reception shifts are made that day.</source>
        <translation>Un jour férié travaillé par le centre (la journée de solidarité, souvent le lundi de Pentecôte) est un jour ouvré&#xa0;: les heures sont dues et des créneaux d&apos;accueil sont créés ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../app/ui/holidays.py" line="41"/>
        <source>Whit Monday is worked every year</source>
        <translation>Le lundi de Pentecôte est travaillé chaque année</translation>
    </message>
    <message>
        <location filename="../../app/ui/holidays.py" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/holidays.py" line="44"/>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location filename="../../app/ui/holidays.py" line="44"/>
        <source>Worked</source>
        <translation>Travaillé</translation>
    </message>
    <message>
        <location filename="../../app/ui/holidays.py" line="45"/>
        <source>Public holidays of this year and the next</source>
        <translation>Jours fériés de cette année et de la suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/holidays.py" line="55"/>
        <source>The shifts after the change of public holidays worked</source>
        <translation>Les créneaux après le changement des jours fériés travaillés</translation>
    </message>
    <message>
        <location filename="../../app/ui/holidays.py" line="82"/>
        <source>worked</source>
        <translation>travaillé</translation>
    </message>
    <message>
        <location filename="../../app/ui/holidays.py" line="82"/>
        <source>not worked</source>
        <translation>non travaillé</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="572"/>
        <source>My week</source>
        <translation>Ma semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="573"/>
        <source>Balance</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="574"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="589"/>
        <source>◀ Previous week</source>
        <translation>◀ Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="593"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="595"/>
        <source>Next week ▶</source>
        <translation>Semaine suivante ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="601"/>
        <location filename="../../app/ui/pages/hours.py" line="1104"/>
        <location filename="../../app/ui/pages/hours.py" line="1114"/>
        <source>Validate the week</source>
        <translation>Valider la semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="602"/>
        <source>Validate and lock the week shown</source>
        <translation>Valider et verrouiller la semaine affichée</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="605"/>
        <source>Unlock…</source>
        <translation>Déverrouiller…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="606"/>
        <source>Unlock the week shown, with a reason</source>
        <translation>Déverrouiller la semaine affichée, en donnant la raison</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="608"/>
        <source>Absence…</source>
        <translation>Absence…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="609"/>
        <location filename="../../app/ui/pages/hours.py" line="610"/>
        <source>Record an absence</source>
        <translation>Enregistrer une absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="612"/>
        <source>Report…</source>
        <translation>Bilan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="613"/>
        <location filename="../../app/ui/pages/hours.py" line="614"/>
        <source>Export the team&apos;s hours report</source>
        <translation>Exporter le bilan d&apos;heures de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="631"/>
        <source>Timesheet of the week</source>
        <translation>Feuille d&apos;heures de la semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="633"/>
        <source>Cells of the timesheet</source>
        <translation>Cases de la feuille d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="634"/>
        <source>Type the hours in a cell, or press Enter or F2 to change them</source>
        <translation>Tapez les heures dans une case, ou appuyez sur Entrée ou F2 pour les modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="654"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="658"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="658"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="658"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="659"/>
        <source>Balance at the end</source>
        <translation>Solde en fin de semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="660"/>
        <location filename="../../app/ui/pages/hours.py" line="744"/>
        <location filename="../../app/ui/pages/hours.py" line="774"/>
        <source>Profession</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="660"/>
        <location filename="../../app/ui/pages/hours.py" line="747"/>
        <location filename="../../app/ui/pages/hours.py" line="773"/>
        <source>Self-management</source>
        <translation>Autogestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="685"/>
        <source>Cancel the absence</source>
        <translation>Annuler l&apos;absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="686"/>
        <source>Take back the absence chosen in the list, entered by mistake (Delete in the list)</source>
        <translation>Retirer l&apos;absence choisie dans la liste, saisie par erreur (touche Suppr dans la liste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="698"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="699"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="700"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="701"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="734"/>
        <source>Running balance at the end of each of the last 12 finished weeks (hours)</source>
        <translation>Compteur à la fin de chacune des 12 dernières semaines écoulées (heures)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="737"/>
        <source>Chart of the running balance</source>
        <translation>Graphique du compteur d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="742"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="742"/>
        <source>Week {number}</source>
        <translation>Semaine {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="750"/>
        <source>Profession balance</source>
        <translation>Compteur métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="751"/>
        <source>Self-management balance</source>
        <translation>Compteur autogestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="756"/>
        <source>Weeks of the running balance</source>
        <translation>Semaines du compteur d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="792"/>
        <source>Categories…</source>
        <translation>Catégories…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="793"/>
        <source>Add, rename or retire time categories</source>
        <translation>Ajouter, renommer ou retirer des catégories d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="795"/>
        <source>Starting balance…</source>
        <translation>Solde de départ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="796"/>
        <source>Set the starting balance of the selected member</source>
        <translation>Fixer le solde de départ du membre sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="804"/>
        <source>Self-management of the team, week by week</source>
        <translation>Autogestion de l&apos;équipe, semaine par semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="816"/>
        <source>Self-management category</source>
        <translation>Catégorie d&apos;autogestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="817"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="821"/>
        <source>Team hours per category</source>
        <translation>Heures de l&apos;équipe par catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="855"/>
        <source>This week has not begun: it can be validated once it has.</source>
        <translation>Cette semaine n&apos;a pas commencé&#xa0;: elle pourra être validée une fois commencée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="861"/>
        <source>Week {number}, {first} – {last}</source>
        <translation>Semaine {number}, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="864"/>
        <source>Say who you are to see your hours.</source>
        <translation>Dites qui vous êtes pour voir vos heures.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="898"/>
        <source>{row}, {column}: {value}</source>
        <translation>{row}, {column}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="14"/>
        <location filename="../../app/ui/pages/hours.py" line="906"/>
        <source>{day}, afternoon</source>
        <translation>{day} après-midi</translation>
    </message>
    <message>
        <location filename="../../app/cli/hours.py" line="15"/>
        <location filename="../../app/ui/pages/hours.py" line="906"/>
        <source>{day}, morning</source>
        <translation>{day} matin</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="915"/>
        <source>Your absences from week {number} on</source>
        <translation>Vos absences à partir de la semaine {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="916"/>
        <source>No absence recorded from week {number} on</source>
        <translation>Aucune absence enregistrée à partir de la semaine {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="947"/>
        <source>{done} of {target}</source>
        <translation>{done} sur {target}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="954"/>
        <source>Public holiday: {days}.</source>
        <translation>Jour férié&#xa0;: {days}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="956"/>
        <source>Absent from {first} to {last}.</source>
        <translation>Absent·e du {first} au {last}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="959"/>
        <source>Profession hours are assumed as planned: record only the differences (a negative duration for hours not worked).</source>
        <translation>Les heures métier sont réputées faites comme prévu&#xa0;: saisissez seulement les écarts (une durée négative pour les heures non faites).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="962"/>
        <source>This week is validated and locked.</source>
        <translation>Cette semaine est validée et verrouillée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="966"/>
        <source>{day} {category} {hours}</source>
        <translation>{day} {category} {hours}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="968"/>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="971"/>
        <source>Automatic changes waiting for this week to be unlocked: {changes}.</source>
        <translation>Changements automatiques en attente du déverrouillage de cette semaine&#xa0;: {changes}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="989"/>
        <source>W{number}</source>
        <translation>S{number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="768"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="127"/>
        <source>on target</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="129"/>
        <source>slightly behind</source>
        <translation>légèrement en retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="130"/>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="590"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="591"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Semaine précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="596"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="597"/>
        <source>Next week (Alt+Right)</source>
        <translation>Semaine suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="659"/>
        <source>Carried over from the previous weeks</source>
        <translation>Report des semaines précédentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="785"/>
        <source>Self-management done per week (the target in the tooltip): green on target, yellow up to an hour behind, red further behind. Balance at the end of the last week shown, up to today: what was carried in from the previous weeks, plus the total done, minus its target.</source>
        <translation>Autogestion faite par semaine (l&apos;objectif en info-bulle)&#xa0;: vert si l&apos;objectif est atteint, jaune jusqu&apos;à une heure de retard, rouge au-delà. Solde à la fin de la dernière semaine affichée, jusqu&apos;à aujourd&apos;hui&#xa0;: le report des semaines précédentes, plus le total fait, moins son objectif.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1099"/>
        <source>Recorded: {cell}.</source>
        <translation>Enregistré&#xa0;: {cell}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1105"/>
        <source>Once validated, the week is locked: unlocking it asks for a reason. Validate?</source>
        <translation>Une fois validée, la semaine est verrouillée&#xa0;: la déverrouiller demandera un motif. Valider&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1116"/>
        <source>Week {number} is validated and locked.</source>
        <translation>La semaine {number} est validée et verrouillée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1121"/>
        <location filename="../../app/ui/pages/hours.py" line="1129"/>
        <source>Unlock the week</source>
        <translation>Déverrouiller la semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1121"/>
        <source>Why is this week unlocked? (kept in the history)</source>
        <translation>Pourquoi déverrouiller cette semaine&#xa0;? (gardé dans l&apos;historique)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1131"/>
        <source>Week {number} is unlocked.</source>
        <translation>La semaine {number} est déverrouillée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1139"/>
        <source>Absence recorded from {first} to {last}.</source>
        <translation>Absence enregistrée du {first} au {last}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1145"/>
        <source>Entered by mistake? “Cancel the absence” takes it back.</source>
        <translation>Saisie par erreur&#xa0;? Le bouton «&#xa0;Annuler l&apos;absence&#xa0;» la retire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1154"/>
        <source>Cancel an absence</source>
        <translation>Annuler une absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1163"/>
        <source>Cancel the absence of {name} from {first} to {last} ({kind})? It will no longer count in the hours (it stays in the history), and {name} gets back the reception seats it freed that are still free.</source>
        <translation>Annuler l&apos;absence de {name} du {first} au {last} ({kind})&#xa0;? Elle ne comptera plus dans les heures (elle reste dans l&apos;historique), et {name} retrouve les places d&apos;accueil qu&apos;elle avait libérées et qui sont encore libres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1172"/>
        <source>Absence of {name} from {first} to {last} cancelled: it no longer counts.</source>
        <translation>Absence de {name} du {first} au {last} annulée&#xa0;: elle ne compte plus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1185"/>
        <source>Hours report</source>
        <translation>Bilan d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1185"/>
        <source>hours-{first}-{last}.csv</source>
        <translation>heures-{first}-{last}.csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="1186"/>
        <source>Spreadsheet, French (*.csv);;PDF document (*.pdf)</source>
        <translation>Tableur, français (*.csv);;Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HoursReport</name>
    <message>
        <location filename="../../app/exports/hours.py" line="62"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="63"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="64"/>
        <source>Hours from {first} to {last}</source>
        <translation>Heures du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="65"/>
        <source>In decimal hours. The targets follow each contract from the member&apos;s first day, reduced for absences and public holidays; the weeks at the edges of the period count only their days inside it.</source>
        <translation>En heures décimales. Les objectifs suivent le contrat de chacun·e depuis son premier jour, réduits des absences et des jours fériés&#xa0;; les semaines aux bords de la période ne comptent que leurs jours compris dedans.</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="69"/>
        <source>Counted up to {day}: the days after it have not happened yet, nothing is owed or done for them.</source>
        <translation>Compté jusqu&apos;au {day}&#xa0;: les jours suivants n&apos;ont pas encore eu lieu, rien n&apos;est dû ni fait pour eux.</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="72"/>
        <source>Produced by Cercle on {day}.</source>
        <translation>Établi par Cercle le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="73"/>
        <source>Validated by the team on: ____________________   Signatures:</source>
        <translation>Validé par l&apos;équipe le&#xa0;: ____________________   Signatures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="76"/>
        <source>Profession target</source>
        <translation>Objectif métier</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="77"/>
        <source>Profession done</source>
        <translation>Métier fait</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="78"/>
        <source>Profession gap</source>
        <translation>Écart métier</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="79"/>
        <source>Self-management target</source>
        <translation>Objectif autogestion</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="80"/>
        <source>Self-management done</source>
        <translation>Autogestion faite</translation>
    </message>
    <message>
        <location filename="../../app/exports/hours.py" line="81"/>
        <source>Self-management gap</source>
        <translation>Écart autogestion</translation>
    </message>
    <message>
        <location filename="../../app/domain/clock_time.py" line="28"/>
        <source>Clock time is credited once per person: when reception, a meeting and a workshop overlap, the overlapping time goes to the activity that started first (at the same start: reception, then the meeting, then the workshop). A workshop&apos;s preparation is credited on top.</source>
        <translation>Une même heure n&apos;est comptée qu&apos;une fois par personne&#xa0;: quand un créneau d&apos;accueil, une réunion et un atelier se chevauchent, le temps commun va à l&apos;activité commencée la première (à la même heure&#xa0;: l&apos;accueil, puis la réunion, puis l&apos;atelier). La préparation d&apos;un atelier s&apos;ajoute en plus.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="51"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="57"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="58"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="59"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="59"/>
        <source>Weekly slot</source>
        <translation>Créneau type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="60"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="65"/>
        <source>Lines to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="75"/>
        <source>Errors to correct</source>
        <translation>Erreurs à corriger</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="79"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/imports.py" line="85"/>
        <source>%n line(s) to correct in the file before anything can be imported; nothing has been written.</source>
        <translation>
            <numerusform>%n ligne à corriger dans le fichier avant de pouvoir importer quoi que ce soit&#xa0;; rien n&apos;a été enregistré.</numerusform>
            <numerusform>%n lignes à corriger dans le fichier avant de pouvoir importer quoi que ce soit&#xa0;; rien n&apos;a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="87"/>
        <source>{created} to create, {updated} to update, {same} already up to date.</source>
        <translation>{created} à créer, {updated} à mettre à jour, {same} déjà à jour.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="92"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="92"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="93"/>
        <source>no change</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="108"/>
        <source>seats: {count}</source>
        <translation>places&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="165"/>
        <source>Spreadsheets (*.csv *.ods *.txt)</source>
        <translation>Tableurs (*.csv *.ods *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="197"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="38"/>
        <source>self-management</source>
        <translation>autogestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="39"/>
        <source>profession</source>
        <translation>métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="113"/>
        <source>brought back</source>
        <translation>rétablie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="114"/>
        <source>kind changed</source>
        <translation>type changé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="117"/>
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="123"/>
        <source>agreed on {day}</source>
        <translation>accord le {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="132"/>
        <source>from {day}</source>
        <translation>depuis le {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/imports.py" line="139"/>
        <source>Importing %n line(s)…</source>
        <translation>
            <numerusform>Import de %n ligne…</numerusform>
            <numerusform>Import de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="157"/>
        <source>{created} created, {updated} updated, {same} already up to date.</source>
        <translation>Créés&#xa0;: {created}&#xa0;; mis à jour&#xa0;: {updated}&#xa0;; déjà à jour&#xa0;: {same}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="164"/>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="217"/>
        <source>A .csv or .ods file with the columns Nom, Fonction, Heures, Jours (lun mar mer jeu ven), and optionally Depuis, Téléphone, Courriel.</source>
        <translation>Un fichier .csv ou .ods avec les colonnes Nom, Fonction, Heures, Jours (lun mar mer jeu ven), et si besoin Depuis, Téléphone, Courriel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="220"/>
        <source>A .csv or .ods file with the columns Nom and Capacité.</source>
        <translation>Un fichier .csv ou .ods avec les colonnes Nom et Capacité.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="222"/>
        <source>A .csv or .ods file with the columns Nom, Type, Contact, Téléphone, Courriel.</source>
        <translation>Un fichier .csv ou .ods avec les colonnes Nom, Type, Contact, Téléphone, Courriel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="224"/>
        <source>A .csv or .ods file with the columns Nom, Rôle (habitant, habitant-relais, contact partenaire), Partenaire, and, with the person&apos;s consent, Téléphone, Courriel, Accord (its date).</source>
        <translation>Un fichier .csv ou .ods avec les colonnes Nom, Rôle (habitant, habitant-relais, contact partenaire), Partenaire et, avec l&apos;accord de la personne, Téléphone, Courriel, Accord (sa date).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="227"/>
        <source>A .csv or .ods file with the columns Jour (lundi…), Début and Fin (08:30), and optionally Places, Libellé. A slot of the same day and times is updated from today on.</source>
        <translation>Un fichier .csv ou .ods avec les colonnes Jour (lundi…), Début et Fin (08:30), et éventuellement Places, Libellé. Un créneau type du même jour aux mêmes heures est mis à jour à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports.py" line="230"/>
        <source>A .csv or .ods file with the column Libellé, and optionally Type (autogestion or métier).</source>
        <translation>Un fichier .csv ou .ods avec la colonne Libellé, et éventuellement Type (autogestion ou métier).</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="509"/>
        <source>{tip} ({key})</source>
        <translation>{tip} ({key})</translation>
    </message>
</context>
<context>
    <name>ListCard</name>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="83"/>
        <source>Overdue: {text}</source>
        <translation>En retard&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="83"/>
        <source>Past: {text}</source>
        <translation>Passé&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="38"/>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="41"/>
        <source>Choose your name. The computer at the desk is shared: Cercle locks itself again after a while without use.</source>
        <translation>Choisissez votre nom. L&apos;ordinateur de l&apos;accueil est partagé&#xa0;: Cercle se verrouille de lui-même après un moment sans activité.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="45"/>
        <source>What was just done</source>
        <translation>Ce qui vient d&apos;être fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="50"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="54"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="54"/>
        <source>PIN ({rule})</source>
        <translation>Code PIN ({rule})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="59"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="80"/>
        <source>The backup is restored: the centre is as it was then. The centre as it was before the restore is kept in {file}.</source>
        <translation>La sauvegarde est restaurée&#xa0;: le centre est revenu à ce moment-là. Le centre tel qu&apos;il était avant la restauration est conservé dans {file}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="31"/>
        <source>My week</source>
        <translation>Ma semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="32"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="33"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="34"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="35"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="36"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="37"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="38"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="150"/>
        <source>Opening the centre…</source>
        <translation>Ouverture du centre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="157"/>
        <location filename="../../app/ui/mainwindow.py" line="228"/>
        <source>Switch member</source>
        <translation>Changer de membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="159"/>
        <source>The centre&apos;s server cannot be reached. Cercle keeps trying; what you type stays in its window until it can be saved.</source>
        <translation>Le serveur du centre est injoignable. Cercle continue d&apos;essayer&#xa0;; ce que vous saisissez reste dans sa fenêtre jusqu&apos;à ce qu&apos;il puisse être enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="162"/>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="165"/>
        <source>Read only: this computer may not write the centre&apos;s file (permissions or a read-only disk). Nothing can be saved.</source>
        <translation>Lecture seule&#xa0;: cet ordinateur n&apos;a pas le droit de modifier le fichier du centre (permissions ou disque en lecture seule). Rien ne peut être enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="168"/>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="188"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="189"/>
        <source>Ctrl+1 to Ctrl+8 open the pages; Ctrl+Q closes Cercle.</source>
        <translation>Ctrl+1 à Ctrl+8 ouvrent les pages&#xa0;; Ctrl+Q ferme Cercle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="195"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="226"/>
        <source>Acting member</source>
        <translation>Membre au poste</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="230"/>
        <source>Hand over the computer to someone else (Ctrl+L)</source>
        <translation>Laisser l&apos;ordinateur à quelqu&apos;un d&apos;autre (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="236"/>
        <source>Acting: {name}</source>
        <translation>Au poste&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>MeetingCreditsBox</name>
    <message>
        <location filename="../../app/ui/meeting_credits.py" line="18"/>
        <source>Meeting time</source>
        <translation>Temps de réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_credits.py" line="22"/>
        <source>The self-management category the hours of those present go to. A change applies to meetings from today on; earlier ones keep their category.</source>
        <translation>La catégorie d&apos;autogestion où vont les heures des personnes présentes. Un changement vaut pour les réunions à partir d&apos;aujourd&apos;hui&#xa0;; les précédentes gardent leur catégorie.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="57"/>
        <source>Plan a meeting</source>
        <translation>Prévoir une réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="57"/>
        <source>Edit the meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="61"/>
        <source>Team meeting</source>
        <translation>Réunion d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="62"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="64"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="144"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="66"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="69"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="145"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="70"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="71"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="146"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="73"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="74"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="147"/>
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="76"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="77"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="148"/>
        <source>Ends at</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="78"/>
        <source>No room</source>
        <translation>Pas de salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="79"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="80"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="149"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="82"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="84"/>
        <location filename="../../app/ui/dialogs/meeting.py" line="150"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="152"/>
        <source>Someone else saved this meeting while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette réunion pendant que vous la modifiiez.</translation>
    </message>
</context>
<context>
    <name>MeetingKinds</name>
    <message>
        <location filename="../../app/domain/meetings.py" line="40"/>
        <source>Team meeting</source>
        <translation>Réunion d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/domain/meetings.py" line="41"/>
        <source>General assembly</source>
        <translation>Assemblée générale</translation>
    </message>
    <message>
        <location filename="../../app/domain/meetings.py" line="42"/>
        <source>Thematic commission</source>
        <translation>Commission thématique</translation>
    </message>
    <message>
        <location filename="../../app/domain/meetings.py" line="43"/>
        <source>Care pathway review</source>
        <translation>Revue des parcours de soins</translation>
    </message>
    <message>
        <location filename="../../app/domain/meetings.py" line="44"/>
        <source>Partner meeting</source>
        <translation>Réunion partenaire</translation>
    </message>
    <message>
        <location filename="../../app/domain/meetings.py" line="45"/>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location filename="../../app/domain/meetings.py" line="46"/>
        <source>Habitants-relais meeting</source>
        <translation>Réunion des habitants-relais</translation>
    </message>
</context>
<context>
    <name>MeetingsExport</name>
    <message>
        <location filename="../../app/exports/meetings.py" line="37"/>
        <source>Team meetings</source>
        <translation>Réunions d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="75"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="76"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="77"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="78"/>
        <source>Care pathway review</source>
        <translation>Revue des parcours de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="84"/>
        <location filename="../../app/ui/pages/meetings/common.py" line="93"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="85"/>
        <source>held, minutes in draft</source>
        <translation>tenue, compte rendu en brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="86"/>
        <source>minutes approved</source>
        <translation>compte rendu approuvé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="94"/>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="95"/>
        <source>minutes approved</source>
        <comment>short</comment>
        <translation>CR approuvé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="101"/>
        <source>present</source>
        <translation>présent·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="102"/>
        <source>excused</source>
        <translation>excusé·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/common.py" line="103"/>
        <source>absent</source>
        <translation>absent·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="56"/>
        <location filename="../../app/ui/pages/meetings/page.py" line="68"/>
        <location filename="../../app/ui/pages/meetings/page.py" line="185"/>
        <source>The chosen meeting</source>
        <translation>La réunion choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="58"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="59"/>
        <source>Attendance and roles</source>
        <translation>Présences et rôles</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="115"/>
        <location filename="../../app/ui/pages/meetings/page.py" line="60"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="61"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="65"/>
        <source>Meetings and the chosen one</source>
        <translation>Réunions et réunion choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="69"/>
        <source>The list of meetings, or the chosen one</source>
        <translation>La liste des réunions, ou celle choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="80"/>
        <source>Search the notes and decisions…</source>
        <translation>Rechercher dans les notes et les décisions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="81"/>
        <source>Search meetings</source>
        <translation>Rechercher des réunions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="87"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="88"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="89"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="104"/>
        <source>Export the calendar…</source>
        <translation>Exporter l&apos;agenda…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="183"/>
        <source>{title}, {day}</source>
        <translation>{title}, {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="210"/>
        <source>meetings-{day}.ics</source>
        <translation>reunions-{day}.ics</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="211"/>
        <source>Export the meetings</source>
        <translation>Exporter les réunions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="211"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="35"/>
        <location filename="../../app/ui/pages/meetings/page.py" line="90"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="68"/>
        <location filename="../../app/ui/pages/meetings/page.py" line="94"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="99"/>
        <source>Plan a meeting…</source>
        <translation>Prévoir une réunion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="101"/>
        <source>Plan a new meeting</source>
        <translation>Prévoir une nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="102"/>
        <source>Edit the meeting…</source>
        <translation>Modifier la réunion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="105"/>
        <source>The meetings of this month and the twelve next, as iCalendar</source>
        <translation>Les réunions de ce mois et des douze suivants, au format iCalendar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/page.py" line="107"/>
        <source>My open action items</source>
        <translation>Mes actions à mener en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="37"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="38"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="39"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="41"/>
        <source>Spent</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="46"/>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="67"/>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="170"/>
        <source>Build the agenda</source>
        <translation>Préparer l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="70"/>
        <source>Add the open proposals, the open actions of earlier meetings and the items not treated last time</source>
        <translation>Ajouter les propositions ouvertes, les actions en cours des réunions précédentes et les points non traités la dernière fois</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="76"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="78"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="80"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="87"/>
        <source>A new item…</source>
        <translation>Un nouveau point…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="89"/>
        <source>Title of a new item</source>
        <translation>Titre d&apos;un nouveau point</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="92"/>
        <source>Kind of the new item</source>
        <translation>Type du nouveau point</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="101"/>
        <source>Planned minutes of the new item</source>
        <translation>Durée prévue du nouveau point, en minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="105"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="110"/>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="154"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="112"/>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="205"/>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="116"/>
        <source>Time spent on the item</source>
        <translation>Temps passé sur le point</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="53"/>
        <source>Care review: write nothing that identifies a patient (no name, birth date, address or file number).</source>
        <translation>Revue de cas&#xa0;: n&apos;écrivez rien qui permette de reconnaître un·e patient·e (ni nom, ni date de naissance, ni adresse, ni numéro de dossier).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/notes.py" line="74"/>
        <source>Notes of the chosen item</source>
        <translation>Notes du point choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/notes.py" line="199"/>
        <source>What you typed is in the details below, to copy.</source>
        <translation>Ce que vous avez saisi se trouve dans les détails ci-dessous, pour le copier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="24"/>
        <source>Decision in the meeting</source>
        <translation>Décision en réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="36"/>
        <source>Member stating a position</source>
        <translation>Membre qui prend position</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="37"/>
        <source>Mark who is present first</source>
        <translation>Indiquez d&apos;abord qui est présent·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="40"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="44"/>
        <source>Position stated</source>
        <translation>Position exprimée</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="47"/>
        <source>Reason (required for a block)</source>
        <translation>Motif (obligatoire pour un blocage)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="48"/>
        <source>Reason of the position</source>
        <translation>Motif de la position</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="53"/>
        <location filename="../../app/ui/pages/meetings/decision.py" line="141"/>
        <source>Record the position</source>
        <translation>Enregistrer la position</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="57"/>
        <source>What was decided, in a sentence</source>
        <translation>Ce qui a été décidé, en une phrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="58"/>
        <source>Statement of the decision</source>
        <translation>Énoncé de la décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="61"/>
        <location filename="../../app/ui/pages/meetings/decision.py" line="161"/>
        <location filename="../../app/ui/pages/meetings/decision.py" line="169"/>
        <source>Close the decision</source>
        <translation>Clore la décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="101"/>
        <source>Positions are recorded, and the decision closed, on the day of the meeting ({day}).</source>
        <translation>Les positions sont enregistrées, et la décision close, le jour de la réunion ({day}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="116"/>
        <source>Agree {agree} · stand aside {aside} · abstain {abstain} · block {block}</source>
        <translation>D&apos;accord {agree} · réserve {aside} · abstention {abstain} · blocage {block}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="121"/>
        <source>Block by {name}: {reason}</source>
        <translation>Blocage de {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/decision.py" line="162"/>
        <source>Close “{title}” now? The outcome follows from the positions.</source>
        <translation>Clore «&#xa0;{title}&#xa0;» maintenant&#xa0;? L&apos;issue découle des positions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="55"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="56"/>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="62"/>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="136"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="65"/>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="67"/>
        <source>Excused</source>
        <translation>Excusé·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="69"/>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="72"/>
        <source>Mark the chosen members present</source>
        <translation>Marquer présent·es les membres choisi·es</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="74"/>
        <source>Mark the chosen members excused</source>
        <translation>Marquer excusé·es les membres choisi·es</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="76"/>
        <source>Mark the chosen members absent</source>
        <translation>Marquer absent·es les membres choisi·es</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="80"/>
        <source>Attendance, last change</source>
        <translation>Présences, dernier changement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="95"/>
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="96"/>
        <source>Minute-taker</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="97"/>
        <source>Time-keeper</source>
        <translation>Gardien·ne du temps</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="84"/>
        <source>Suggest roles</source>
        <translation>Proposer les rôles</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="37"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="44"/>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="122"/>
        <source>Partners and inhabitants</source>
        <translation>Partenaires et habitants</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="87"/>
        <source>Among those present, whoever held each role least recently</source>
        <translation>Parmi les présent·es, la personne qui a tenu chaque rôle le moins récemment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="31"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="32"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="33"/>
        <location filename="../../app/ui/pages/meetings/actions.py" line="64"/>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="36"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="37"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="42"/>
        <source>Action items of the meeting</source>
        <translation>Actions à mener décidées en réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="58"/>
        <source>Who does it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="60"/>
        <source>What is to be done…</source>
        <translation>Ce qui est à faire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="61"/>
        <source>What is to be done</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="63"/>
        <source>by</source>
        <translation>pour le</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="77"/>
        <source>Add the action</source>
        <translation>Ajouter l&apos;action</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="47"/>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="49"/>
        <source>Open again</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="31"/>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="100"/>
        <source>Meeting held</source>
        <translation>Réunion tenue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="32"/>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="108"/>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="116"/>
        <source>Approve the minutes</source>
        <translation>Approuver le compte rendu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="34"/>
        <source>Add an erratum…</source>
        <translation>Ajouter un erratum…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="42"/>
        <source>Export ODT…</source>
        <translation>Exporter en ODT…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="43"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="44"/>
        <source>Export Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="55"/>
        <source>The minutes</source>
        <translation>Le compte rendu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="63"/>
        <source>The meeting has not begun: it is marked held, and its minutes approved, once it has.</source>
        <translation>La réunion n&apos;a pas commencé&#xa0;: elle sera marquée tenue, et son compte rendu approuvé, une fois commencée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="87"/>
        <source>{title}, {day}, {start}–{end}: {status}</source>
        <translation>{title}, {day}, {start}–{end}&#xa0;: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="153"/>
        <source>Notes: {title}</source>
        <translation>Notes&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/notes.py" line="187"/>
        <location filename="../../app/ui/pages/meetings/notes.py" line="197"/>
        <source>Notes not saved</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="177"/>
        <source>Add an item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="186"/>
        <source>Move an item</source>
        <translation>Déplacer un point</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="194"/>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="198"/>
        <source>Remove an item</source>
        <translation>Retirer un point</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/agenda.py" line="195"/>
        <source>Take “{title}” off the agenda?</source>
        <translation>Retirer «&#xa0;{title}&#xa0;» de l&apos;ordre du jour&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="143"/>
        <source>{names}: {attendance}.</source>
        <translation>{names}&#xa0;: {attendance}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="152"/>
        <location filename="../../app/ui/pages/meetings/attendance.py" line="159"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="106"/>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="109"/>
        <source>Once approved, the minutes can no longer be edited; corrections are added as errata. Approve?</source>
        <translation>Une fois approuvé, le compte rendu ne peut plus être modifié&#xa0;; les corrections s&apos;ajoutent sous forme d&apos;errata. Approuver&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="126"/>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="137"/>
        <source>Add an erratum</source>
        <translation>Ajouter un erratum</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="127"/>
        <source>What is to be corrected in the approved minutes?</source>
        <translation>Que faut-il corriger dans le compte rendu approuvé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="146"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="147"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="148"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="151"/>
        <source>minutes-{day}.{extension}</source>
        <translation>compte-rendu-{day}.{extension}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/minutes.py" line="155"/>
        <location filename="../../app/ui/screenshots.py" line="537"/>
        <source>Export the minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/partners.py" line="25"/>
        <location filename="../../app/ui/pages/meetings/partners.py" line="65"/>
        <source>Partner organisations present</source>
        <translation>Organisations partenaires présentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/partners.py" line="30"/>
        <source>Tick the organisations that came; they hold no hours and never count in a quorum</source>
        <translation>Cochez les organisations venues&#xa0;; elles n&apos;ont pas d&apos;heures et ne comptent jamais dans le quorum</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/partners.py" line="37"/>
        <source>Add a partner…</source>
        <translation>Ajouter un partenaire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/partners.py" line="38"/>
        <source>An organisation missing from the partners directory</source>
        <translation>Une organisation absente de l&apos;annuaire des partenaires</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="174"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="54"/>
        <source>Edit a member</source>
        <translation>Modifier un membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="54"/>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="59"/>
        <location filename="../../app/ui/dialogs/member.py" line="60"/>
        <location filename="../../app/ui/dialogs/member.py" line="137"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="63"/>
        <location filename="../../app/ui/dialogs/member.py" line="64"/>
        <location filename="../../app/ui/dialogs/member.py" line="138"/>
        <source>Profession</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="67"/>
        <location filename="../../app/ui/dialogs/member.py" line="70"/>
        <location filename="../../app/ui/dialogs/member.py" line="139"/>
        <location filename="../../app/ui/dialogs/member.py" line="199"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="73"/>
        <location filename="../../app/ui/dialogs/member.py" line="74"/>
        <location filename="../../app/ui/dialogs/member.py" line="140"/>
        <source>Contract hours per week</source>
        <translation>Heures du contrat par semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="77"/>
        <location filename="../../app/ui/dialogs/member.py" line="86"/>
        <location filename="../../app/ui/dialogs/member.py" line="142"/>
        <source>Self-management hours per week</source>
        <translation>Heures d&apos;autogestion par semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="78"/>
        <source>standard share (10/35 of the contract)</source>
        <translation>part habituelle (10/35 du contrat)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="96"/>
        <location filename="../../app/ui/dialogs/member.py" line="144"/>
        <source>Working days</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="101"/>
        <location filename="../../app/ui/dialogs/member.py" line="109"/>
        <location filename="../../app/ui/dialogs/member.py" line="146"/>
        <source>Start date</source>
        <translation>Date d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="102"/>
        <source>Nothing is owed before this day: today for someone who joins now.</source>
        <translation>Rien n&apos;est dû avant ce jour&#xa0;: aujourd&apos;hui pour qui arrive maintenant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="110"/>
        <location filename="../../app/ui/dialogs/member.py" line="111"/>
        <location filename="../../app/ui/dialogs/member.py" line="147"/>
        <source>End date</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="113"/>
        <location filename="../../app/ui/dialogs/member.py" line="114"/>
        <location filename="../../app/ui/dialogs/member.py" line="148"/>
        <location filename="../../app/ui/screenshots.py" line="430"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="116"/>
        <location filename="../../app/ui/dialogs/member.py" line="117"/>
        <location filename="../../app/ui/dialogs/member.py" line="149"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="118"/>
        <location filename="../../app/ui/dialogs/member.py" line="120"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="118"/>
        <source>optional, {rule}</source>
        <translation>facultatif, {rule}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="119"/>
        <source>leave empty to keep it as it is</source>
        <translation>laisser vide pour le garder tel quel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="151"/>
        <location filename="../../app/ui/screenshots.py" line="431"/>
        <source>Someone else saved {name} while you were editing.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré {name} pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="156"/>
        <source>New contract from the week of</source>
        <translation>Nouveau contrat à partir de la semaine du</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="158"/>
        <source>A change of hours or working days applies from this week on; the weeks before keep the contract they had.</source>
        <translation>Un changement d&apos;heures ou de jours travaillés s&apos;applique à partir de cette semaine&#xa0;; les semaines précédentes gardent le contrat qu&apos;elles avaient.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="193"/>
        <source>chosen on saving</source>
        <translation>choisie à l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>MemberRotaDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="152"/>
        <source>Reception for {name}</source>
        <translation>Réglages d&apos;accueil de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="154"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="155"/>
        <source>Exempt from reception</source>
        <translation>Exempt·e de l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="158"/>
        <source>Unavailable</source>
        <translation>Demi-journées d&apos;indisponibilité</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="159"/>
        <source>Preferred</source>
        <translation>Demi-journées préférées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="162"/>
        <source>A proposed rota never puts anyone on a half-day they are unavailable, and favours their preferred half-days.</source>
        <translation>Un roulement proposé ne place jamais personne sur une demi-journée où la personne est indisponible, et privilégie les demi-journées préférées de chacun·e.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../app/exports/minutes.py" line="38"/>
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="39"/>
        <source>Minute-taker</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="40"/>
        <source>Time-keeper</source>
        <translation>Gardien·ne du temps</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="43"/>
        <source>Present</source>
        <translation>Présent·es</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="44"/>
        <source>Excused</source>
        <translation>Excusé·es</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="45"/>
        <source>Absent</source>
        <translation>Absent·es</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="48"/>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="49"/>
        <source>discussion</source>
        <translation>discussion</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="50"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="51"/>
        <source>care pathway review</source>
        <translation>revue des parcours de soins</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="80"/>
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="85"/>
        <source>Approved minutes</source>
        <translation>Compte rendu approuvé</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="87"/>
        <source>Draft minutes</source>
        <translation>Compte rendu provisoire</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="105"/>
        <source>Partners present</source>
        <translation>Partenaires présents</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="112"/>
        <source>Inhabitants present</source>
        <translation>Habitants présents</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="121"/>
        <source>{number}. {title} ({kind}, {minutes})</source>
        <translation>{number}. {title} ({kind}, {minutes})</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="129"/>
        <source>Proposal: {text}</source>
        <translation>Proposition&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="130"/>
        <source>Outcome: {outcome}</source>
        <translation>Issue&#xa0;: {outcome}</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="174"/>
        <source>{partner} ({contacts})</source>
        <translation>{partner} ({contacts})</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="179"/>
        <source>Erased person</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="193"/>
        <source>Decided: {statement}</source>
        <translation>Décidé&#xa0;: {statement}</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="135"/>
        <source>Agree {agree} · stand aside {aside} · abstain {abstain} · block {block}</source>
        <translation>D&apos;accord {agree} · réserve {aside} · abstention {abstain} · blocage {block}</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="145"/>
        <source>Block by {name}: {reason}</source>
        <translation>Blocage de {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="157"/>
        <source>Not planned yet.</source>
        <translation>Pas encore prévue.</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="158"/>
        <source>{title}, {day}, {start}–{end}</source>
        <translation>{title}, {day}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="194"/>
        <source>Conclusion: {statement}</source>
        <translation>Conclusion&#xa0;: {statement}</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="218"/>
        <source>Attendance and roles</source>
        <translation>Présences et rôles</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="220"/>
        <location filename="../../app/exports/minutes.py" line="239"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="220"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="224"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="234"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="240"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="241"/>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="247"/>
        <source>No action decided.</source>
        <translation>Aucune action décidée.</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="250"/>
        <source>Errata</source>
        <translation>Rectificatifs</translation>
    </message>
    <message>
        <location filename="../../app/exports/minutes.py" line="252"/>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <location filename="../../app/ui/month_calendar.py" line="132"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/month_calendar.py" line="134"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/month_calendar.py" line="138"/>
        <source>{action} ({key} in the days)</source>
        <translation>{action} ({key} dans les jours)</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/month_calendar.py" line="83"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/month_calendar.py" line="86"/>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message>
        <location filename="../../app/ui/month_calendar.py" line="87"/>
        <source>{day}: {what}</source>
        <translation>{day}&#xa0;: {what}</translation>
    </message>
</context>
<context>
    <name>MyActionsList</name>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="127"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="128"/>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="132"/>
        <source>My open action items</source>
        <translation>Mes actions à mener en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/meetings/actions.py" line="144"/>
        <source>{day} (overdue)</source>
        <translation>{day} (en retard)</translation>
    </message>
</context>
<context>
    <name>MyWeekPage</name>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="141"/>
        <source>My reception shifts</source>
        <translation>Mes créneaux d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="141"/>
        <source>Open the reception rota</source>
        <translation>Ouvrir le planning d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="128"/>
        <source>Open my timesheet</source>
        <translation>Ouvrir ma feuille d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="128"/>
        <source>My hours this week, up to today</source>
        <translation>Mes heures de la semaine, à ce jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="142"/>
        <source>Proposals awaiting my position</source>
        <translation>Propositions qui attendent ma position</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="142"/>
        <source>Open the decisions</source>
        <translation>Ouvrir les décisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="144"/>
        <source>My action items</source>
        <translation>Mes actions à mener</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="136"/>
        <location filename="../../app/ui/pages/my_week.py" line="144"/>
        <source>Open the meetings</source>
        <translation>Ouvrir les réunions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="199"/>
        <source>Hello {name}: week {week}, from {first} to {last}.</source>
        <translation>Bonjour {name}&#xa0;: semaine {week}, du {first} au {last}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="244"/>
        <source>{day}, {start}–{end} {label}</source>
        <translation>{day}, {start}–{end} {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="129"/>
        <source>Profession</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="130"/>
        <source>Self-management</source>
        <translation>Autogestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="136"/>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="210"/>
        <source>{done} done of {due} due by today ({target} in the week)</source>
        <translation>{done} faites sur {due} dues à ce jour ({target} dans la semaine)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="222"/>
        <source>No meeting planned.</source>
        <translation>Aucune réunion prévue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="224"/>
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="232"/>
        <source>No reception shift this week or next.</source>
        <translation>Aucun créneau d&apos;accueil cette semaine ni la suivante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="236"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="236"/>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="240"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="251"/>
        <source>{title} — until {deadline}</source>
        <translation>{title} — jusqu&apos;au {deadline}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="256"/>
        <source>Nothing awaits your position.</source>
        <translation>Aucune proposition n&apos;attend votre position.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="261"/>
        <source>{text} — by {due}</source>
        <translation>{text} — pour le {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/my_week.py" line="264"/>
        <source>No action item for you.</source>
        <translation>Aucune action à mener pour vous.</translation>
    </message>
</context>
<context>
    <name>NotesConflictDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="181"/>
        <source>Notes edited elsewhere</source>
        <translation>Notes modifiées ailleurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="184"/>
        <source>Someone else saved the notes of this item while you were typing yours. Nothing is saved until you choose what to keep.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré les notes de ce point pendant que vous tapiez les vôtres. Rien n&apos;est enregistré tant que vous n&apos;avez pas choisi ce que vous gardez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="190"/>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="191"/>
        <source>Notes saved elsewhere</source>
        <translation>Notes enregistrées ailleurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="193"/>
        <source>Merged notes: theirs, then your lines that they do not have</source>
        <translation>Notes fusionnées&#xa0;: les leurs, puis vos lignes qu&apos;elles n&apos;ont pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="195"/>
        <source>Merged notes</source>
        <translation>Notes fusionnées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="199"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="201"/>
        <source>Take theirs</source>
        <translation>Prendre l&apos;autre version</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/meeting.py" line="203"/>
        <source>Save the merged notes</source>
        <translation>Enregistrer les notes fusionnées</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../app/scheduler.py" line="27"/>
        <source>A background task failed ({job}). Details are in cercle.log, in Cercle&apos;s data folder.</source>
        <translation>Une tâche de fond a échoué ({job}). Les détails sont dans cercle.log, dans le dossier de données de Cercle.</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="13"/>
        <source>Your reception shift tomorrow ({day}), {start}–{end}.</source>
        <translation>Votre créneau d&apos;accueil demain ({day}), {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="14"/>
        <source>{count} reception seats are still free in the next 7 days.</source>
        <translation>{count} places d&apos;accueil sont encore libres dans les 7 prochains jours.</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="15"/>
        <source>Take your position on “{title}”: the proposal closes within 24 hours.</source>
        <translation>Prenez position sur «&#xa0;{title}&#xa0;»&#xa0;: la proposition sera close dans moins de 24 heures.</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="17"/>
        <source>Action item due {day}: {text}</source>
        <translation>Action à mener pour le {day}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="18"/>
        <source>Validate your hours of the week of {day}.</source>
        <translation>Validez vos heures de la semaine du {day}.</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="19"/>
        <source>The decision “{title}” is due for review ({day}).</source>
        <translation>La décision «&#xa0;{title}&#xa0;» est à revoir ({day}).</translation>
    </message>
    <message>
        <location filename="../../app/services/reminders.py" line="20"/>
        <source>A participant moves up from the waiting list of “{title}” ({day}): let them know.</source>
        <translation>Une personne de la liste d&apos;attente de «&#xa0;{title}&#xa0;» ({day}) obtient une place&#xa0;: prévenez-la.</translation>
    </message>
    <message>
        <location filename="../../app/services/integrity.py" line="23"/>
        <source>The centre&apos;s file is damaged ({reason}). Stop entering data and restore the latest backup from Settings, or ask for help.</source>
        <translation>Le fichier du centre est endommagé ({reason}). Arrêtez la saisie et restaurez la dernière sauvegarde depuis les Réglages, ou demandez de l&apos;aide.</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="19"/>
        <source>{what} “{name}” (no. {id}), {column}: {day} is outside the years Cercle keeps ({first} to {last}). Correct it, or ask for help.</source>
        <translation>{what} «&#xa0;{name}&#xa0;» (n° {id}), {column}&#xa0;: le {day} est en dehors des années que Cercle prend en compte (de {first} à {last}). Corrigez-la, ou demandez de l&apos;aide.</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="22"/>
        <source>{what} no. {id}, {column}: {day} is outside the years Cercle keeps ({first} to {last}). Correct it, or ask for help.</source>
        <translation>{what} n° {id}, {column}&#xa0;: le {day} est en dehors des années que Cercle prend en compte (de {first} à {last}). Corrigez-la, ou demandez de l&apos;aide.</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="27"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="28"/>
        <source>Meeting action</source>
        <translation>Action de réunion</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="29"/>
        <source>Workshop session</source>
        <translation>Séance d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="30"/>
        <source>Reception shift</source>
        <translation>Créneau d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="31"/>
        <source>Closure of the centre</source>
        <translation>Fermeture du centre</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="32"/>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="33"/>
        <source>Hours entry</source>
        <translation>Saisie d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="34"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="35"/>
        <source>Member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="36"/>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="37"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="38"/>
        <source>Inhabitant or volunteer</source>
        <translation>Habitant·e ou bénévole</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="39"/>
        <source>Workshop cycle enrolment</source>
        <translation>Inscription à un cycle d&apos;ateliers</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="40"/>
        <source>Reception rota</source>
        <translation>Planning d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="41"/>
        <source>Earlier outcome of a decision</source>
        <translation>Résultat antérieur d&apos;une décision</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="42"/>
        <source>Weekly reception slot</source>
        <translation>Créneau type d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="43"/>
        <source>Opening balance of hours</source>
        <translation>Solde d&apos;heures d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="44"/>
        <source>Weekly balance of hours</source>
        <translation>Solde d&apos;heures de la semaine</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="45"/>
        <source>Validation of a week</source>
        <translation>Validation d&apos;une semaine</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="46"/>
        <source>Proposed reception rota</source>
        <translation>Planning d&apos;accueil proposé</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="49"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="50"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="51"/>
        <source>review date</source>
        <translation>date de révision</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="52"/>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="53"/>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="54"/>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="55"/>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="56"/>
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="57"/>
        <source>closing</source>
        <translation>clôture</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="58"/>
        <source>valid from</source>
        <translation>début de validité</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="59"/>
        <source>valid until</source>
        <translation>fin de validité</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="60"/>
        <source>in force from</source>
        <translation>entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="61"/>
        <source>day back</source>
        <translation>jour de retour</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="62"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="63"/>
        <source>agreement to be contacted</source>
        <translation>accord pour être contacté·e</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="64"/>
        <source>last visit</source>
        <translation>dernière venue</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="65"/>
        <source>enrolled on</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../app/storage/outside_calendar.py" line="66"/>
        <source>left on</source>
        <translation>désinscription</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="125"/>
        <source>Your reception shift of {day}, {start}–{end}, is cancelled: that day became a public holiday of the centre&apos;s region.</source>
        <translation>Votre créneau d&apos;accueil du {day}, {start}–{end}, est annulé&#xa0;: ce jour est devenu férié dans la région du centre.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="128"/>
        <source>Your reception shift of {day}, {start}–{end}, is cancelled: the centre no longer works that public holiday.</source>
        <translation>Votre créneau d&apos;accueil du {day}, {start}–{end}, est annulé&#xa0;: le centre ne travaille plus ce jour férié.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="131"/>
        <source>Your reception shift of {day}, {start}–{end}, is cancelled: the centre is closed that day.</source>
        <translation>Votre créneau d&apos;accueil du {day}, {start}–{end}, est annulé&#xa0;: le centre est fermé ce jour-là.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="133"/>
        <source>Your reception shift of {day}, {start}–{end}, is cancelled: the centre is closed that day ({reason}).</source>
        <translation>Votre créneau d&apos;accueil du {day}, {start}–{end}, est annulé&#xa0;: le centre est fermé ce jour-là ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="136"/>
        <source>Your reception shift of {day}, {start}–{end}, is on again: the centre is open that day after all, and your seat is still yours.</source>
        <translation>Votre créneau d&apos;accueil du {day}, {start}–{end}, est rétabli&#xa0;: le centre est finalement ouvert ce jour-là, et votre place vous reste.</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <location filename="../../app/ui/notifications.py" line="90"/>
        <location filename="../../app/ui/notifications.py" line="95"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/notifications.py" line="92"/>
        <source>Nothing new.</source>
        <translation>Rien de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notifications.py" line="101"/>
        <source>Mark as read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <location filename="../../app/ui/notifications.py" line="103"/>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location filename="../../app/ui/notifications.py" line="129"/>
        <source>Unread: {text}</source>
        <translation>Non lu&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>OneOffShiftDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="184"/>
        <source>Add a one-off shift</source>
        <translation>Ajouter un créneau ponctuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="189"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="190"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="192"/>
        <source>optional, e.g. Vaccination day</source>
        <translation>facultatif, p. ex. Journée de vaccination</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="193"/>
        <source>Add the shift</source>
        <translation>Ajouter le créneau</translation>
    </message>
</context>
<context>
    <name>OpeningBalanceDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="212"/>
        <source>Starting balance of {name}</source>
        <translation>Solde de départ de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="215"/>
        <location filename="../../app/ui/dialogs/hours.py" line="216"/>
        <source>Counted from the week of</source>
        <translation>Compté à partir de la semaine du</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="218"/>
        <location filename="../../app/ui/dialogs/hours.py" line="219"/>
        <source>Profession hours carried in</source>
        <translation>Heures métier reportées</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/hours.py" line="221"/>
        <location filename="../../app/ui/dialogs/hours.py" line="222"/>
        <source>Self-management hours carried in</source>
        <translation>Heures d&apos;autogestion reportées</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../app/ui/dialogs/fields.py" line="58"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fields.py" line="60"/>
        <source>The Delete key sets it back to “{blank}”.</source>
        <translation>La touche Suppr la remet à «&#xa0;{blank}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="561"/>
        <source>Edit a partner</source>
        <translation>Modifier un partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="561"/>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="565"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="566"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="567"/>
        <source>Contact person</source>
        <translation>Personne référente</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="568"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="569"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="579"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="582"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="610"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="583"/>
        <source>We still work with them</source>
        <translation>Nous travaillons toujours avec ce partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="613"/>
        <source>Someone else saved this partner while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce partenaire pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="617"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="617"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../app/cli/people.py" line="10"/>
        <source>Person {id} erased: name and contact details forgotten.</source>
        <translation>Personne {id} effacée&#xa0;: nom et coordonnées oubliés.</translation>
    </message>
    <message>
        <location filename="../../app/cli/people.py" line="47"/>
        <location filename="../../app/ui/dialogs/people.py" line="21"/>
        <location filename="../../app/ui/pages/meetings/guests.py" line="18"/>
        <source>Erased person</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py" line="36"/>
        <source>Inhabitant</source>
        <translation>Habitant·e</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py" line="37"/>
        <source>Habitant-relais</source>
        <translation>Habitant-relais</translation>
    </message>
    <message>
        <location filename="../../app/domain/people.py" line="38"/>
        <source>Partner&apos;s contact</source>
        <translation>Contact partenaire</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../app/ui/people.py" line="30"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="31"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="32"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="33"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="34"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="35"/>
        <source>Consent on</source>
        <translation>Accord le</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="37"/>
        <source>Last came</source>
        <translation>Dernière venue</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="39"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="42"/>
        <source>Inhabitants and partners</source>
        <translation>Habitants et partenaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="44"/>
        <source>Search a name or a partner</source>
        <translation>Chercher un nom ou un partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="45"/>
        <source>Search the directory</source>
        <translation>Chercher dans l&apos;annuaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="49"/>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="51"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="53"/>
        <location filename="../../app/ui/people.py" line="112"/>
        <location filename="../../app/ui/people.py" line="134"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="55"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="56"/>
        <source>Forget the name and contact details; the counts stay</source>
        <translation>Oublier le nom et les coordonnées&#xa0;; les comptages restent</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="58"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="61"/>
        <source>Show people no longer active</source>
        <translation>Afficher les personnes qui ne participent plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="74"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="84"/>
        <source>erased</source>
        <translation>effacée</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="85"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="85"/>
        <source>no longer active</source>
        <translation>ne participe plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="111"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="119"/>
        <source>{name} is added to the directory.</source>
        <translation>{name} est ajouté·e à l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="125"/>
        <source>The details of {name} are saved.</source>
        <translation>Les informations de {name} sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="140"/>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="141"/>
        <source>Erase {name}? The name, the phone and the e-mail are forgotten for good; the meetings and workshops they took part in keep counting them, without their name.</source>
        <translation>Effacer {name}&#xa0;? Le nom, le téléphone et le courriel sont oubliés définitivement&#xa0;; les réunions et ateliers auxquels la personne a pris part continuent de la compter, sans son nom.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people.py" line="146"/>
        <source>The person is erased.</source>
        <translation>La personne est effacée.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="32"/>
        <source>Edit a person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="32"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="35"/>
        <source>Not a member of the team: no hours, never counted in a quorum. Keep the least you can; a phone or an e-mail only with the person&apos;s consent.</source>
        <translation>Hors équipe&#xa0;: pas d&apos;heures, jamais comptée dans un quorum. Gardez le moins possible&#xa0;; un téléphone ou un courriel seulement avec l&apos;accord de la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="40"/>
        <location filename="../../app/ui/dialogs/people.py" line="41"/>
        <source>Name or pseudonym</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="43"/>
        <location filename="../../app/ui/dialogs/people.py" line="47"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="49"/>
        <location filename="../../app/ui/dialogs/people.py" line="55"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="50"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="57"/>
        <location filename="../../app/ui/dialogs/people.py" line="58"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="60"/>
        <location filename="../../app/ui/dialogs/people.py" line="61"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/people.py" line="62"/>
        <location filename="../../app/ui/dialogs/people.py" line="64"/>
        <source>Agreed to be contacted on</source>
        <translation>Accord pour être contactée le</translation>
    </message>
</context>
<context>
    <name>PinField</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="523"/>
        <source>{min} to {max} digits</source>
        <translation>{min} à {max} chiffres</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="185"/>
        <source>Your position</source>
        <translation>Votre position</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="189"/>
        <source>On “{title}”, version {version}:</source>
        <translation>Sur «&#xa0;{title}&#xa0;», version {version}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="211"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="215"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="213"/>
        <source>Optional, except for a block: say what would have to change.</source>
        <translation>Facultatif, sauf pour un blocage&#xa0;: dites ce qui devrait changer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="216"/>
        <source>Record my position</source>
        <translation>Enregistrer ma position</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="220"/>
        <source>I agree</source>
        <translation>Je suis d&apos;accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="220"/>
        <source>I support this proposal as it is written.</source>
        <translation>Je soutiens cette proposition telle qu&apos;elle est rédigée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="223"/>
        <source>I stand aside</source>
        <translation>Réserve (je ne bloque pas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="224"/>
        <source>I have reservations, but I will not stop the team from going ahead.</source>
        <translation>J&apos;ai des réserves, mais je n&apos;empêcherai pas l&apos;équipe d&apos;avancer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="228"/>
        <source>I abstain</source>
        <translation>Je m&apos;abstiens</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="229"/>
        <source>I take no part in this decision; my position still counts for the quorum.</source>
        <translation>Je ne prends pas part à cette décision&#xa0;; ma position compte quand même pour le quorum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="233"/>
        <source>I block</source>
        <translation>Je bloque</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="235"/>
        <source>This goes against what we stand for or would harm the centre: the proposal cannot be adopted while I block. A reason is required.</source>
        <translation>Cela va à l&apos;encontre de nos valeurs ou nuirait au centre&#xa0;: la proposition ne peut pas être adoptée tant que je bloque. Un motif est obligatoire.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="338"/>
        <source>Postpone the proposal</source>
        <translation>Reporter la proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="341"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="342"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="82"/>
        <source>Edit the draft</source>
        <translation>Modifier le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="82"/>
        <source>New proposal</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="86"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="88"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="156"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="96"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="97"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="157"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="98"/>
        <source>Text of the proposal</source>
        <translation>Texte de la proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="99"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="158"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="101"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="102"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="159"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="104"/>
        <source>Consensus: everyone is asked</source>
        <translation>Consensus&#xa0;: tout le monde se prononce</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="105"/>
        <source>Consent: silence consents</source>
        <translation>Consentement&#xa0;: qui ne dit mot consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="107"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="108"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="160"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="112"/>
        <source>no quorum</source>
        <translation>pas de quorum</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="117"/>
        <source>Quorum: share of active members who must take a position</source>
        <translation>Quorum&#xa0;: part des membres actif·ves qui doivent prendre position</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="118"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="162"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="119"/>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="167"/>
        <source>Someone else saved this draft while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce brouillon pendant que vous le modifiiez.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/i18n.py" line="17"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="217"/>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <location filename="../../app/cli/rota.py" line="14"/>
        <location filename="../../app/ui/pages/reception.py" line="194"/>
        <location filename="../../app/ui/pages/reception.py" line="219"/>
        <source>{name} (absent)</source>
        <translation>{name} (absent·e)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="224"/>
        <source>{seats}, to fill soon</source>
        <translation>{seats}, à pourvoir rapidement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="226"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="334"/>
        <source>Shifts of the week</source>
        <translation>Créneaux de la semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="342"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="343"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="344"/>
        <source>Shift</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="345"/>
        <source>Held by</source>
        <translation>Assuré par</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="346"/>
        <source>Open seats</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="350"/>
        <source>Shifts of the month</source>
        <translation>Créneaux du mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="365"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="369"/>
        <source>Actions on the shift</source>
        <translation>Actions sur le créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="386"/>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="387"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="388"/>
        <source>Previous (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="390"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="392"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="393"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="394"/>
        <source>Next (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="400"/>
        <source>Month view</source>
        <translation>Vue du mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="402"/>
        <source>Only open seats</source>
        <translation>Places libres seulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="418"/>
        <source>Claim</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="421"/>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="422"/>
        <source>Give back your seat on the selected shift (Delete in the table)</source>
        <translation>Libérer votre place sur le créneau choisi (Suppr dans le tableau)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="425"/>
        <source>Offer a swap…</source>
        <translation>Proposer un échange…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="426"/>
        <source>Offer the selected shift to someone else</source>
        <translation>Proposer le créneau choisi à quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="428"/>
        <source>No-show…</source>
        <translation>Absence au créneau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="429"/>
        <source>Mark a holder of the selected shift as a no-show, or undo it</source>
        <translation>Marquer comme absente une personne inscrite sur le créneau choisi, ou annuler son absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="432"/>
        <source>Cancel this shift…</source>
        <translation>Annuler ce créneau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="433"/>
        <source>Cancel the selected shift: its holders lose their seats</source>
        <translation>Annuler le créneau choisi&#xa0;: les personnes inscrites perdent leur place</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="436"/>
        <source>One-off shift…</source>
        <translation>Créneau ponctuel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="437"/>
        <source>Add a shift outside the weekly slots, on one day</source>
        <translation>Ajouter un créneau hors des créneaux hebdomadaires, sur un seul jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="439"/>
        <source>Propose a rota…</source>
        <translation>Proposer un roulement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="441"/>
        <source>Undo last rota</source>
        <translation>Annuler le dernier roulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="443"/>
        <source>Fairness…</source>
        <translation>Équité…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="445"/>
        <source>Print roster (PDF)…</source>
        <translation>Planning en PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="446"/>
        <source>Print the week&apos;s roster as a PDF</source>
        <translation>Imprimer le planning de la semaine en PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="448"/>
        <source>My shifts (.ics)…</source>
        <translation>Mes créneaux (.ics)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="449"/>
        <source>Export your shifts to a calendar</source>
        <translation>Exporter vos créneaux vers un agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="451"/>
        <source>Set up the rota…</source>
        <translation>Configurer le planning d&apos;accueil…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="490"/>
        <source>No reception shift is planned from today on. Set the weekly slots, then “Create shifts ahead” puts the shifts of the coming weeks in the rota.</source>
        <translation>Aucun créneau d&apos;accueil n&apos;est prévu à partir d&apos;aujourd&apos;hui. Définissez les créneaux types de la semaine, puis «&#xa0;Créer les créneaux à l&apos;avance&#xa0;» ajoute ceux des semaines à venir au planning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="494"/>
        <source>Create shifts ahead…</source>
        <translation>Créer les créneaux à l&apos;avance…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="503"/>
        <location filename="../../app/ui/pages/reception.py" line="505"/>
        <source>Swap offers</source>
        <translation>Offres d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="510"/>
        <source>Accept the swap</source>
        <translation>Accepter l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="511"/>
        <source>Take the shift of the selected offer</source>
        <translation>Prendre le créneau de l&apos;offre choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="513"/>
        <location filename="../../app/ui/pages/reception.py" line="618"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="514"/>
        <source>Decline the selected offer, or withdraw yours</source>
        <translation>Refuser l&apos;offre choisie, ou retirer la vôtre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="544"/>
        <source>Week {number}: {first} – {last}</source>
        <translation>Semaine {number}&#xa0;: {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="553"/>
        <source>You offer {shift}</source>
        <translation>Vous proposez le créneau du {shift}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="555"/>
        <source>{name} offers {shift} for your {wanted}</source>
        <translation>{name} propose le créneau du {shift} contre le vôtre du {wanted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="558"/>
        <source>{name} offers {shift}</source>
        <translation>{name} propose le créneau du {shift}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="617"/>
        <source>Withdraw my offer</source>
        <translation>Retirer mon offre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="627"/>
        <source>A no-show is marked once the shift has started.</source>
        <translation>Une absence au créneau se note une fois le créneau commencé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="649"/>
        <source>Mark a no-show (once the shift has started)</source>
        <translation>Marquer une absence (une fois le créneau commencé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="654"/>
        <source>Undo {name}&apos;s no-show</source>
        <translation>Annuler l&apos;absence au créneau de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="656"/>
        <source>Mark {name} as a no-show</source>
        <translation>Marquer {name} absent·e au créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="731"/>
        <source>It starts in less than {hours} hours: once taken, it can no longer be released, only offered in a swap.</source>
        <translation>Ce créneau commence dans moins de {hours} heures&#xa0;: une fois votre place prise, vous ne pourrez plus la libérer, seulement la proposer en échange.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="733"/>
        <location filename="../../app/ui/pages/reception.py" line="735"/>
        <source>Claim a shift</source>
        <translation>Prendre un créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="725"/>
        <source>Take a seat at reception on {shift}?</source>
        <translation>Prendre une place à l&apos;accueil le {shift}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="738"/>
        <location filename="../../app/ui/pages/reception.py" line="839"/>
        <source>You hold {shift}.</source>
        <translation>Vous assurez le créneau du {shift}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="751"/>
        <location filename="../../app/ui/pages/reception.py" line="753"/>
        <location filename="../../app/ui/pages/reception.py" line="757"/>
        <source>Release a shift</source>
        <translation>Libérer un créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="754"/>
        <source>Give back your seat on {shift}? Someone else will have to take it.</source>
        <translation>Libérer votre place du {shift}&#xa0;? Quelqu&apos;un d&apos;autre devra la prendre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="760"/>
        <source>You released {shift}.</source>
        <translation>Vous avez libéré le créneau du {shift}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="766"/>
        <source>Mark a no-show</source>
        <translation>Marquer une absence au créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="768"/>
        <source>Mark {name} as a no-show on {shift}? The hours of this shift will not be counted for them.</source>
        <translation>Marquer {name} absent·e au créneau du {shift}&#xa0;? Les heures de ce créneau ne lui seront pas comptées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="772"/>
        <source>Undo a no-show</source>
        <translation>Annuler une absence au créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="776"/>
        <source>{name} is marked as a no-show on {shift}: these hours are not counted.</source>
        <translation>{name} est marqué·e absent·e au créneau du {shift}&#xa0;: ses heures ne sont pas comptées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="778"/>
        <source>{name}&apos;s no-show on {shift} is undone: these hours are counted again.</source>
        <translation>L&apos;absence de {name} au créneau du {shift} est annulée&#xa0;: ses heures sont de nouveau comptées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="787"/>
        <source>Cancel a shift</source>
        <translation>Annuler un créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="790"/>
        <source>Cancel the shift of {shift}? Nobody holds a seat on it yet.</source>
        <translation>Annuler le créneau du {shift}&#xa0;? Personne n&apos;y est encore inscrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="792"/>
        <source>Cancel the shift of {shift}? {names} will lose their seat, and its hours.</source>
        <translation>Annuler le créneau du {shift}&#xa0;? {names} perdra sa place et les heures correspondantes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="794"/>
        <source>Cancel the shift of {shift}? {names} will lose their seats, and their hours.</source>
        <translation>Annuler le créneau du {shift}&#xa0;? {names} perdront leur place et les heures correspondantes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="799"/>
        <source>The shift of {shift} is cancelled.</source>
        <translation>Le créneau du {shift} est annulé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="814"/>
        <source>One-off shift added: {shift}.</source>
        <translation>Créneau ponctuel ajouté&#xa0;: {shift}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="829"/>
        <source>Your swap offer is waiting for an answer.</source>
        <translation>Votre offre d&apos;échange attend une réponse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="833"/>
        <location filename="../../app/ui/pages/reception.py" line="836"/>
        <source>Accept a swap</source>
        <translation>Accepter un échange</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="834"/>
        <source>Take {shift} from {name}?</source>
        <translation>Reprendre à {name} le créneau du {shift}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="848"/>
        <source>Answer a swap</source>
        <translation>Répondre à un échange</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="849"/>
        <source>You withdrew your offer.</source>
        <translation>Vous avez retiré votre offre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="849"/>
        <source>You declined the offer.</source>
        <translation>Vous avez refusé l&apos;offre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="853"/>
        <source>The proposed rota was applied. You can undo it until its first shift.</source>
        <translation>Le roulement proposé a été appliqué. Vous pouvez l&apos;annuler jusqu&apos;à son premier créneau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="864"/>
        <location filename="../../app/ui/pages/reception.py" line="867"/>
        <source>Undo the last rota</source>
        <translation>Annuler le dernier roulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="865"/>
        <source>Remove every seat the last applied rota gave? Seats claimed by hand stay.</source>
        <translation>Retirer toutes les places attribuées par le dernier roulement appliqué&#xa0;? Les places prises à la main restent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="869"/>
        <source>{count} seats given back.</source>
        <translation>{count} places libérées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="875"/>
        <source>Print the roster</source>
        <translation>Imprimer le planning</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="874"/>
        <source>roster-{year}-W{week}.pdf</source>
        <translation>accueil-{year}-S{week}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="419"/>
        <source>Take a seat of the selected shift (Enter in the table)</source>
        <translation>Prendre une place sur le créneau choisi (Entrée dans le tableau)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="883"/>
        <source>Export my shifts</source>
        <translation>Exporter mes créneaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="884"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reception.py" line="883"/>
        <source>my-reception-shifts.ics</source>
        <translation>mes-creneaux-accueil.ics</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="355"/>
        <source>Reopen the proposal</source>
        <translation>Rouvrir la proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="357"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="359"/>
        <source>Why reopen it?</source>
        <translation>Pourquoi la rouvrir&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="358"/>
        <source>What has changed since the team decided?</source>
        <translation>Qu&apos;est-ce qui a changé depuis la décision de l&apos;équipe&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/decisions.py" line="361"/>
        <location filename="../../app/ui/dialogs/decisions.py" line="362"/>
        <source>New deadline</source>
        <translation>Nouvelle échéance</translation>
    </message>
</context>
<context>
    <name>Repeat</name>
    <message>
        <location filename="../../app/ui/repeat.py" line="31"/>
        <source> week</source>
        <translation> semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="31"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="32"/>
        <source> month</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="32"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="34"/>
        <source>{count} meeting</source>
        <translation>{count} réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="34"/>
        <source>{count} meetings</source>
        <translation>{count} réunions</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="35"/>
        <source>{count} session</source>
        <translation>{count} séance</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="35"/>
        <source>{count} sessions</source>
        <translation>{count} séances</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="44"/>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="44"/>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="44"/>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="45"/>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="45"/>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="55"/>
        <source>every week, on {weekday}</source>
        <translation>chaque semaine, le {weekday}</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="56"/>
        <source>every {count} weeks, on {weekday}</source>
        <translation>toutes les {count} semaines, le {weekday}</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="59"/>
        <source>on the {day} of every month</source>
        <translation>le {day} de chaque mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="60"/>
        <source>on the {day}, every {count} months</source>
        <translation>le {day}, tous les {count} mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="62"/>
        <source>on the {position} {weekday} of the month</source>
        <translation>le {position} {weekday} du mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="63"/>
        <source>on the {position} {weekday}, every {count} months</source>
        <translation>le {position} {weekday} du mois, tous les {count} mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="69"/>
        <source>public holiday</source>
        <translation>jour férié</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="70"/>
        <source>centre closed</source>
        <translation>centre fermé</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="71"/>
        <source>unchecked</source>
        <translation>décoché</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="90"/>
        <location filename="../../app/ui/repeat.py" line="115"/>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="94"/>
        <location filename="../../app/ui/repeat.py" line="116"/>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="98"/>
        <location filename="../../app/ui/repeat.py" line="117"/>
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="100"/>
        <source>Days of the series</source>
        <translation>Jours de la série</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="102"/>
        <source>Uncheck a day to leave it out; Space checks or unchecks it.</source>
        <translation>Décochez un jour pour l&apos;écarter&#xa0;; la barre d&apos;espace coche ou décoche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="106"/>
        <source>The series planned</source>
        <translation>La série prévue</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="152"/>
        <source>Does not repeat</source>
        <translation>Pas de répétition</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="153"/>
        <source>Every week or every few weeks, on {weekday}</source>
        <translation>Chaque semaine (ou toutes les 2, 3…), le {weekday}</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="154"/>
        <source>Every month, on the {day}</source>
        <translation>Chaque mois, le {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="155"/>
        <source>Every month, on the {position} {weekday}</source>
        <translation>Chaque mois, le {position} {weekday}</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="157"/>
        <source>Every month, on the last {weekday}</source>
        <translation>Chaque mois, le dernier {weekday}</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="192"/>
        <source>{count}, {rule}.</source>
        <translation>{count}, {rule}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repeat.py" line="197"/>
        <source>Days left out: {days}.</source>
        <translation>Jours laissés de côté&#xa0;: {days}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/backups.py" line="49"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="51"/>
        <source>Choose the backup that will replace the whole centre:</source>
        <translation>Choisissez la sauvegarde qui remplacera tout le centre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="53"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="64"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rooms.py" line="33"/>
        <source>Edit a room</source>
        <translation>Modifier une salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rooms.py" line="33"/>
        <source>Add a room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rooms.py" line="37"/>
        <location filename="../../app/ui/dialogs/rooms.py" line="38"/>
        <location filename="../../app/ui/dialogs/rooms.py" line="58"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rooms.py" line="42"/>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rooms.py" line="43"/>
        <location filename="../../app/ui/dialogs/rooms.py" line="44"/>
        <location filename="../../app/ui/dialogs/rooms.py" line="59"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rooms.py" line="61"/>
        <source>Someone else changed this room while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette salle pendant que vous la modifiiez.</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <location filename="../../app/ui/dialogs/rooms.py" line="21"/>
        <source>{room} (no longer in use)</source>
        <translation>{room} (plus utilisée)</translation>
    </message>
</context>
<context>
    <name>RoomsBox</name>
    <message>
        <location filename="../../app/ui/rooms.py" line="25"/>
        <location filename="../../app/ui/rooms.py" line="34"/>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="28"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="29"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="30"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="30"/>
        <source>in use</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="30"/>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="42"/>
        <source>Add a room…</source>
        <translation>Ajouter une salle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="44"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="46"/>
        <location filename="../../app/ui/rooms.py" line="82"/>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="48"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="82"/>
        <source>Bring back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="83"/>
        <source>A retired room is offered for no new booking; its bookings stay</source>
        <translation>Une salle retirée n&apos;est plus proposée pour les nouvelles réservations&#xa0;; ses réservations restent</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="101"/>
        <source>Retire a room</source>
        <translation>Retirer une salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms.py" line="102"/>
        <source>{room} will no longer be offered for a booking; its bookings stay. Retire it?</source>
        <translation>Plus aucune nouvelle réservation ne sera possible pour {room}&#xa0;; ses réservations restent. Retirer cette salle&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../app/exports/roster.py" line="119"/>
        <source>Reception — week {number} of {year}</source>
        <translation>Accueil — semaine {number} de {year}</translation>
    </message>
    <message>
        <location filename="../../app/exports/roster.py" line="26"/>
        <source>{count} open seat</source>
        <translation>{count} place libre</translation>
    </message>
    <message>
        <location filename="../../app/exports/roster.py" line="27"/>
        <source>{count} open seats</source>
        <translation>{count} places libres</translation>
    </message>
    <message>
        <location filename="../../app/exports/roster.py" line="126"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../../app/exports/roster.py" line="181"/>
        <source>Reception shifts</source>
        <translation>Créneaux d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/exports/roster.py" line="189"/>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../app/exports/roster.py" line="195"/>
        <source>With {names}</source>
        <translation>Avec {names}</translation>
    </message>
</context>
<context>
    <name>RotaSetupDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="211"/>
        <source>Set up the rota</source>
        <translation>Configurer le planning d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="215"/>
        <source>Slots</source>
        <translation>Créneaux types</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="216"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="363"/>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="217"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="220"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="235"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="236"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="237"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="238"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="239"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="240"/>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="241"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="243"/>
        <source>Weekly reception slots</source>
        <translation>Créneaux d&apos;accueil types de la semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="248"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="251"/>
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="253"/>
        <source>optional, e.g. Café-accueil</source>
        <translation>facultatif, p. ex. Café-accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="256"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="257"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="260"/>
        <source>Changing or ending a slot applies from the chosen day on. Past shifts are never touched, and a shift where someone already holds a seat keeps its times and its people.</source>
        <translation>La modification ou l&apos;arrêt d&apos;un créneau type s&apos;applique à partir du jour choisi. Les créneaux passés ne sont jamais modifiés, et un créneau où quelqu&apos;un occupe déjà une place garde ses horaires et les personnes qui l&apos;assurent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="265"/>
        <source>Add slot</source>
        <translation>Ajouter un créneau type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="267"/>
        <source>Change selected slot</source>
        <translation>Modifier le créneau type sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="269"/>
        <source>End selected slot…</source>
        <translation>Arrêter le créneau type sélectionné…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="271"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="274"/>
        <source>Create shifts ahead</source>
        <translation>Créer les créneaux à l&apos;avance</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="275"/>
        <source>Put the shifts of the coming weeks in the rota, from the slots</source>
        <translation>Ajouter au planning d&apos;accueil les créneaux des semaines à venir, d&apos;après les créneaux types</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="302"/>
        <source>{day} {start}–{end}</source>
        <translation>{day} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="311"/>
        <source>Slot added: {slot}. “Create shifts ahead” puts its shifts in the rota.</source>
        <translation>Créneau type ajouté&#xa0;: {slot}. «&#xa0;Créer les créneaux à l&apos;avance&#xa0;» ajoute ses créneaux au planning d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="323"/>
        <source>Slot changed from {day} on: {slot}.</source>
        <translation>Créneau type modifié à partir du {day}&#xa0;: {slot}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="331"/>
        <source>End a slot</source>
        <translation>Arrêter un créneau type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="332"/>
        <source>No more shifts of {slot} from {day} on? Its open shifts from that day are cancelled; shifts where someone holds a seat stay.</source>
        <translation>Ne plus créer de créneaux {slot} à partir du {day}&#xa0;? Ses créneaux encore libres à partir de ce jour-là sont annulés&#xa0;; ceux où quelqu&apos;un occupe une place sont maintenus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="337"/>
        <source>{slot} ends before {day}.</source>
        <translation>Le créneau type {slot} prend fin avant le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="343"/>
        <source>Weekly slots imported. “Create shifts ahead” puts their shifts in the rota.</source>
        <translation>Créneaux types importés. «&#xa0;Créer les créneaux à l&apos;avance&#xa0;» ajoute leurs créneaux au planning d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="348"/>
        <source>{count} shifts created ahead.</source>
        <translation>{count} créneaux créés à l&apos;avance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="355"/>
        <source>Days the centre is exceptionally closed (public holidays are already known): no reception shift on these days.</source>
        <translation>Jours de fermeture exceptionnelle du centre (les jours fériés sont déjà connus)&#xa0;: aucun créneau d&apos;accueil ces jours-là.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="360"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="368"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="369"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="361"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="370"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="372"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="370"/>
        <source>e.g. team away day</source>
        <translation>p. ex. journée d&apos;équipe au vert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="375"/>
        <source>Add closure…</source>
        <translation>Ajouter une fermeture…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="377"/>
        <source>Remove selected closure…</source>
        <translation>Supprimer la fermeture sélectionnée…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="392"/>
        <source>Add a closure</source>
        <translation>Ajouter une fermeture</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="393"/>
        <source>Close the centre on {day}? Its reception shifts are cancelled, held seats included, and their hours withdrawn.</source>
        <translation>Fermer le centre le {day}&#xa0;? Les créneaux d&apos;accueil de ce jour-là sont annulés, places déjà prises comprises, et leurs heures retirées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="400"/>
        <source>The centre is closed on {day}.</source>
        <translation>Le centre est fermé le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="405"/>
        <source>Remove a closure</source>
        <translation>Supprimer une fermeture</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="406"/>
        <source>Open the centre on {day} after all? Its shifts come back, with the seats held before.</source>
        <translation>Ouvrir finalement le centre le {day}&#xa0;? Les créneaux de ce jour-là sont rétablis, avec les places qui étaient prises.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="412"/>
        <source>The centre opens on {day}.</source>
        <translation>Le centre est ouvert le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="421"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="422"/>
        <source>Exempt</source>
        <translation>Exempt·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="422"/>
        <source>exempt</source>
        <translation>exempt·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="423"/>
        <source>Unavailable</source>
        <translation>Indisponibilités</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="424"/>
        <source>Preferred</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="426"/>
        <source>Members&apos; reception settings</source>
        <translation>Réglages d&apos;accueil des membres</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="430"/>
        <source>Edit half-days…</source>
        <translation>Modifier les demi-journées…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="440"/>
        <source>{day} morning</source>
        <translation>{day} matin</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="440"/>
        <source>{day} afternoon</source>
        <translation>{day} après-midi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="449"/>
        <source>Reception settings of {name} saved.</source>
        <translation>Réglages d&apos;accueil de {name} enregistrés.</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../app/ui/models/table.py" line="73"/>
        <source>not filled in</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../app/domain/consensus.py" line="20"/>
        <source>Adopted when nobody blocks and at least {percent}% of active members have taken a position on the current version.</source>
        <translation>Adoptée si personne ne bloque et si au moins {percent} % des membres actifs ont pris position sur la version en cours.</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="25"/>
        <source>Adopted unless somebody blocks, provided at least {percent}% of active members have taken a position on the current version.</source>
        <translation>Adoptée sauf objection, à condition qu&apos;au moins {percent} % des membres actifs aient pris position sur la version en cours.</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="30"/>
        <source>Adopted unless somebody blocks: not taking a position counts as consent.</source>
        <translation>Adoptée sauf objection&#xa0;: ne pas prendre position vaut consentement.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="291"/>
        <source>Change a session</source>
        <translation>Modifier une séance</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="291"/>
        <source>Plan sessions</source>
        <translation>Prévoir des séances</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="294"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="295"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="349"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="298"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="300"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="302"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="304"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="350"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="306"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="307"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="351"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="354"/>
        <source>Someone else changed this session while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette séance pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="305"/>
        <source>no room (outside)</source>
        <translation>sans salle (à l&apos;extérieur)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="309"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="310"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="352"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="311"/>
        <source>Also change the following sessions of the series</source>
        <translation>Modifier aussi les séances suivantes de la série</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="48"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="51"/>
        <location filename="../../app/ui/pages/settings.py" line="57"/>
        <location filename="../../app/ui/pages/settings.py" line="147"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="52"/>
        <source>Language of the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="62"/>
        <source>Connection…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="63"/>
        <source>A database file on this computer, or the centre&apos;s server</source>
        <translation>Un fichier de base de données sur cet ordinateur, ou le serveur du centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="68"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="71"/>
        <source>The centre</source>
        <translation>Le centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="76"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="77"/>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="78"/>
        <source>Lock after inactivity of</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="81"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="83"/>
        <source>Saving the centre</source>
        <translation>Enregistrement du centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="123"/>
        <source>The centre&apos;s details are saved.</source>
        <translation>Les informations du centre sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="148"/>
        <source>The new language applies the next time Cercle starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Cercle.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="146"/>
        <source>Setting up the centre</source>
        <translation>Mise en route du centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="158"/>
        <source>Finish later</source>
        <translation>Terminer plus tard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="159"/>
        <source>What is done is saved; Cercle offers to carry on at the next start</source>
        <translation>Ce qui est fait est enregistré&#xa0;; Cercle proposera de reprendre au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="161"/>
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="163"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="164"/>
        <source>Show the previous step as it was saved, to correct it</source>
        <translation>Revenir à l&apos;étape précédente telle qu&apos;elle a été enregistrée, pour la corriger</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="183"/>
        <source>Check the centre&apos;s details. The reception follows the opening hours, and no shift is planned on the public holidays of the region. All of this can be changed later in Settings.</source>
        <translation>Vérifiez les informations du centre. L&apos;accueil suit les horaires d&apos;ouverture, et aucun créneau n&apos;est prévu les jours fériés de la région. Tout cela reste modifiable dans Réglages.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="191"/>
        <source>The reception shifts already planned keep their times (change them in Reception, “Set up the rota…”), and follow the public holidays of a new region.</source>
        <translation>Les créneaux d&apos;accueil déjà prévus gardent leurs horaires (modifiez-les dans Accueil, «&#xa0;Configurer le planning d&apos;accueil…&#xa0;») et suivent les jours fériés d&apos;une nouvelle région.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="204"/>
        <source>The shifts after the change of region</source>
        <translation>Les créneaux après le changement de région</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="222"/>
        <source>Days with reception</source>
        <translation>Jours d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="229"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="237"/>
        <location filename="../../app/ui/pages/first_start.py" line="238"/>
        <source>People at the desk at once</source>
        <translation>Personnes à l&apos;accueil en même temps</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="251"/>
        <source>Add the other members of the team now, one by one or from a spreadsheet, or later from the Team page. Each one gets a colour of their own on the rota, and can protect their name with a PIN.</source>
        <translation>Ajoutez les autres membres de l&apos;équipe maintenant, un par un ou depuis un tableur, ou plus tard depuis la page Équipe. Chacun a sa propre couleur dans le planning et peut protéger son nom par un code PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="256"/>
        <source>Members of the team</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="259"/>
        <source>Add a member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="261"/>
        <source>Import from a spreadsheet…</source>
        <translation>Importer depuis un tableur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="275"/>
        <source>The set-up of the centre is not finished: carry on where you left it, or finish it later.</source>
        <translation>La mise en route du centre n&apos;est pas terminée&#xa0;: reprenez là où vous l&apos;avez laissée, ou terminez-la plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="276"/>
        <source>Three short steps, each saved as soon as it is done: you can stop at any time, and Cercle offers to carry on when you come back.</source>
        <translation>Trois étapes courtes, chacune enregistrée dès qu&apos;elle est faite&#xa0;: vous pouvez vous arrêter à tout moment, Cercle vous proposera de reprendre à votre retour.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="287"/>
        <source>Region and opening hours</source>
        <translation>Région et horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="287"/>
        <source>Reception shifts</source>
        <translation>Créneaux d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="287"/>
        <source>The team</source>
        <translation>L&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="288"/>
        <source>Step {number} of {count}: {title}</source>
        <translation>Étape {number} sur {count}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="292"/>
        <location filename="../../app/ui/pages/first_start.py" line="322"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="292"/>
        <location filename="../../app/ui/pages/first_start.py" line="322"/>
        <source>Create the shifts</source>
        <translation>Créer les créneaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="292"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="305"/>
        <source>Morning shift</source>
        <translation>Créneau du matin</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="305"/>
        <source>Afternoon shift</source>
        <translation>Créneau de l&apos;après-midi</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="305"/>
        <source>Shift</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="309"/>
        <source>{shift}: start</source>
        <translation>{shift}&#xa0;: début</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="310"/>
        <source>{shift}: end</source>
        <translation>{shift}&#xa0;: fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="318"/>
        <source>The reception already has weekly slots: change them in Reception, “Set up the rota…”.</source>
        <translation>L&apos;accueil a déjà ses créneaux types&#xa0;: modifiez-les dans Accueil, «&#xa0;Configurer le planning d&apos;accueil…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="319"/>
        <source>Cercle plans the reception shifts of the coming {weeks} weeks from the opening hours; each member then takes theirs in Reception. Adjust them if needed.</source>
        <translation>Cercle prévoit les créneaux d&apos;accueil des {weeks} semaines à venir d&apos;après les horaires d&apos;ouverture&#xa0;; chaque membre prend ensuite les siens dans Accueil. Ajustez-les si besoin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="378"/>
        <source>{count} reception shifts created ahead.</source>
        <translation>{count} créneaux d&apos;accueil créés à l&apos;avance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/first_start.py" line="386"/>
        <source>The reception shifts can be set up later in Reception, “Set up the rota…”.</source>
        <translation>Les créneaux d&apos;accueil pourront être définis plus tard dans Accueil, «&#xa0;Configurer le planning d&apos;accueil…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ShiftFields</name>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="88"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="89"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="91"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="94"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="97"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="98"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="99"/>
        <location filename="../../app/ui/dialogs/rota_setup.py" line="101"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>StatusLabel</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="483"/>
        <source>{purpose}: {text}</source>
        <translation>{purpose}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="52"/>
        <source>Offer a swap</source>
        <translation>Proposer un échange</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="54"/>
        <source>Your shift</source>
        <translation>Votre créneau</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="56"/>
        <location filename="../../app/ui/dialogs/rota.py" line="61"/>
        <source>Offer to</source>
        <translation>Proposer à</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="57"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="63"/>
        <location filename="../../app/ui/dialogs/rota.py" line="64"/>
        <source>Their shift in return</source>
        <translation>Son créneau en échange</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="67"/>
        <source>Offer the swap</source>
        <translation>Proposer l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/rota.py" line="71"/>
        <source>Nothing in return</source>
        <translation>Rien en échange</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="505"/>
        <source>{member}, {week}: {done} done of {target}, {status}</source>
        <translation>{member}, {week}&#xa0;: {done} faites sur {target}, {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="510"/>
        <source>Self-management: {done} done of {target} (gap {gap})</source>
        <translation>Autogestion&#xa0;: {done} faites sur {target} (écart {gap})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="517"/>
        <source>whole period</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="519"/>
        <source>week {number}</source>
        <translation>semaine {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="525"/>
        <source>{member}, carried in: {carried}</source>
        <translation>{member}, report&#xa0;: {carried}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="527"/>
        <source>Carried over from the previous weeks: {carried}</source>
        <translation>Report des semaines précédentes&#xa0;: {carried}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="536"/>
        <source>{member}, balance: {balance}, {status}</source>
        <translation>{member}, solde&#xa0;: {balance}, {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="539"/>
        <source>Self-management balance at the end of the week of {day}: {balance}</source>
        <translation>Solde d&apos;autogestion à la fin de la semaine du {day}&#xa0;: {balance}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="551"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="551"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="551"/>
        <source>Carried in</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="555"/>
        <source>W{number}</source>
        <translation>S{number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="557"/>
        <source>Week {number}, from {day}</source>
        <translation>Semaine {number}, à partir du {day}</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/pages/team.py" line="41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="42"/>
        <source>Profession</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="43"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="44"/>
        <source>Profession hours</source>
        <translation>Heures métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="45"/>
        <source>Self-management</source>
        <translation>Autogestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="46"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="90"/>
        <source>active</source>
        <translation>actif·ve</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="92"/>
        <source>left the team</source>
        <translation>a quitté l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="49"/>
        <source>Members of the team</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="51"/>
        <source>Add a member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="52"/>
        <source>Add a member to the team</source>
        <translation>Ajouter un membre à l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="54"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="56"/>
        <location filename="../../app/ui/pages/team.py" line="125"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="58"/>
        <source>Audit log…</source>
        <translation>Journal des opérations…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="59"/>
        <source>Everything done in Cercle, by whom and when</source>
        <translation>Tout ce qui a été fait dans Cercle, par qui et quand</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="61"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="64"/>
        <source>Show members who left</source>
        <translation>Afficher les membres partis</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="75"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="79"/>
        <source>The team</source>
        <translation>L&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="80"/>
        <source>Inhabitants and partners</source>
        <translation>Habitants et partenaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="95"/>
        <source>back on {day} (last day {last_day})</source>
        <translation>de retour le {day} (dernier jour&#xa0;: {last_day})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="97"/>
        <source>left the team (last day {last_day})</source>
        <translation>a quitté l&apos;équipe (dernier jour&#xa0;: {last_day})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="125"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="131"/>
        <source>{name} is added to the team.</source>
        <translation>{name} fait maintenant partie de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="138"/>
        <source>The details of {name} are saved.</source>
        <translation>Les informations de {name} sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="146"/>
        <source>The departure of {name} is recorded.</source>
        <translation>Le départ de {name} est enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="147"/>
        <source>The return of {name} is recorded.</source>
        <translation>Le retour de {name} est enregistré.</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="632"/>
        <source>Workshop themes</source>
        <translation>Thèmes des ateliers</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="632"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="637"/>
        <source>Theme name</source>
        <translation>Nom du thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="638"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="639"/>
        <source>Offered for new workshops</source>
        <translation>Proposé pour les nouveaux ateliers</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="643"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="645"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="655"/>
        <source>{name} (set aside)</source>
        <translation>{name} (mis de côté)</translation>
    </message>
</context>
<context>
    <name>TimesheetDelegate</name>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="365"/>
        <source>Hours, as 2 h 30 or 2:30; Enter records them, Escape leaves them as they were</source>
        <translation>Heures, sous la forme 2 h 30 ou 2:30&#xa0;; Entrée les enregistre, Échap les laisse inchangées</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../app/services/rota.py" line="57"/>
        <source>The meeting “{title}” from {start} to {end} is still planned that day: move it or cancel it.</source>
        <translation>La réunion «&#xa0;{title}&#xa0;» de {start} à {end} est toujours prévue ce jour-là&#xa0;: déplacez-la ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="59"/>
        <source>A session of the workshop “{title}” from {start} to {end} is still planned that day: move it or cancel it.</source>
        <translation>Une séance de l&apos;atelier «&#xa0;{title}&#xa0;» de {start} à {end} est toujours prévue ce jour-là&#xa0;: déplacez-la ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="108"/>
        <source>{name}&apos;s seat on {day}, {start}–{end}, is open again.</source>
        <translation>La place de {name} le {day}, {start}–{end}, est de nouveau libre.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="109"/>
        <source>{name} gets the seat on {day}, {start}–{end}, back.</source>
        <translation>{name} retrouve sa place le {day}, {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="110"/>
        <source>{name} does not get the seat on {day}, {start}–{end}, back. {reason}</source>
        <translation>{name} ne retrouve pas sa place le {day}, {start}–{end}. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="112"/>
        <source>{name} stays marked as a no-show on {day}, {start}–{end}: the shift had started when the absence was recorded.</source>
        <translation>{name} reste marqué·e absent·e au créneau du {day}, {start}–{end}&#xa0;: il avait déjà commencé quand l&apos;absence a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="115"/>
        <source>The shift of {day}, {start}–{end}, has already started: it stays cancelled.</source>
        <translation>Le créneau du {day}, {start}–{end}, a déjà commencé&#xa0;: il reste annulé.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="117"/>
        <source>{name} is marked as a no-show on {day}, {start}–{end}, a shift already started: its hours are not counted.</source>
        <translation>{name} est marqué·e absent·e au créneau du {day}, {start}–{end}, déjà commencé&#xa0;: ses heures ne sont pas comptées.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="120"/>
        <source>The shift of {day}, {start}–{end}, stays cancelled: that day is a public holiday the centre does not work.</source>
        <translation>Le créneau du {day}, {start}–{end}, reste annulé&#xa0;: ce jour est un jour férié non travaillé par le centre.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="123"/>
        <source>{name} loses the seat on {day}, {start}–{end}, and its hours: the shift is cancelled.</source>
        <translation>{name} perd sa place du {day}, {start}–{end}, et les heures correspondantes&#xa0;: le créneau est annulé.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="139"/>
        <source>{day} is not one of {name}&apos;s usual working days.</source>
        <translation>Le {day} ne fait pas partie des jours de travail habituels de {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/rota.py" line="140"/>
        <source>With this shift {name} holds {held} of reception this week, more than their usual share of {share}.</source>
        <translation>Avec ce créneau, {name} assure {held} d&apos;accueil cette semaine, plus que sa part habituelle de {share}.</translation>
    </message>
    <message>
        <location filename="../../app/services/credits.py" line="44"/>
        <source>{name} is already on a reception shift from {start} to {end}.</source>
        <translation>{name} est déjà à l&apos;accueil de {start} à {end}.</translation>
    </message>
    <message>
        <location filename="../../app/services/credits.py" line="45"/>
        <source>{name} is already at the meeting “{title}” from {start} to {end}.</source>
        <translation>{name} est déjà à la réunion «&#xa0;{title}&#xa0;» de {start} à {end}.</translation>
    </message>
    <message>
        <location filename="../../app/services/credits.py" line="48"/>
        <source>{name} is already leading the workshop “{title}” from {start} to {end}.</source>
        <translation>{name} anime déjà l&apos;atelier «&#xa0;{title}&#xa0;» de {start} à {end}.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="252"/>
        <source>Profession hours are assumed done as planned: record only the differences, in the profession row.</source>
        <translation>Les heures métier sont réputées faites comme prévu&#xa0;: saisissez seulement les écarts, sur la ligne Métier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="257"/>
        <source>Includes {hours} credited automatically.</source>
        <translation>Dont {hours} comptées automatiquement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="266"/>
        <source>Total, {cell}: {hours}</source>
        <translation>Total, {cell}&#xa0;: {hours}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="267"/>
        <source>{cell}: {hours}</source>
        <translation>{cell}&#xa0;: {hours}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="272"/>
        <source>All categories</source>
        <translation>toutes catégories</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="278"/>
        <source>whole week</source>
        <translation>toute la semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="279"/>
        <source>{row}, {column}</source>
        <translation>{row}, {column}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="264"/>
        <source>no hours</source>
        <translation>aucune heure</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="322"/>
        <location filename="../../app/ui/pages/hours.py" line="327"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/hours.py" line="274"/>
        <location filename="../../app/ui/pages/hours.py" line="323"/>
        <source>Profession, as planned</source>
        <translation>Métier prévu</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="22"/>
        <source>Welcome to Cercle</source>
        <translation>Bienvenue dans Cercle</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="25"/>
        <source>Cercle coordinates your team: the split of everyone&apos;s week, the reception desk, decisions by consensus, workshops and team meetings. It keeps no patient data.</source>
        <translation>Cercle coordonne votre équipe&#xa0;: la répartition de la semaine de chacun·e, l&apos;accueil, les décisions au consensus, les ateliers et les réunions d&apos;équipe. Il ne conserve aucune donnée de patient·e.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="37"/>
        <location filename="../../app/ui/pages/welcome.py" line="43"/>
        <source>Create our centre</source>
        <translation>Créer notre centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="51"/>
        <source>Just looking?</source>
        <translation>Simple curiosité&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="53"/>
        <source>Explore a fictional centre of 18 people. It opens as a copy in a temporary place: nothing you do there touches your own centre.</source>
        <translation>Explorez un centre fictif de 18 personnes. Il s&apos;ouvre comme une copie dans un dossier temporaire&#xa0;: rien de ce que vous y faites ne touche votre propre centre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="57"/>
        <source>Explore the demo centre</source>
        <translation>Explorer le centre de démonstration</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="310"/>
        <source>Divider to resize: {name}</source>
        <translation>Séparateur à déplacer&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="101"/>
        <source>Edit a workshop</source>
        <translation>Modifier un atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="101"/>
        <source>Plan a workshop</source>
        <translation>Prévoir un atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="107"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="108"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="223"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="110"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="116"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="224"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="111"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="224"/>
        <source>no theme</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="113"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="153"/>
        <source>{name} (set aside)</source>
        <translation>{name} (mis de côté)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="118"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="122"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="225"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="126"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="127"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="226"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="128"/>
        <source>Closed group, enrolled for the whole cycle</source>
        <translation>Groupe fermé, inscrit pour tout le cycle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="130"/>
        <source>Closed cycle</source>
        <translation>Cycle fermé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="131"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="227"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="134"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="135"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="228"/>
        <source>For whom</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="137"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="140"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="229"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="142"/>
        <source>{name} (left the team)</source>
        <translation>{name} (a quitté l&apos;équipe)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="143"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="144"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="231"/>
        <source>Facilitators</source>
        <translation>Animateur·rices</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="148"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="253"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="150"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="151"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="236"/>
        <source>Preparation per session</source>
        <translation>Préparation par séance</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="154"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="155"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="241"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="158"/>
        <location filename="../../app/ui/dialogs/workshops.py" line="165"/>
        <source>Co-facilitators</source>
        <translation>Co-animation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="163"/>
        <source>Inhabitants and partners of the directory (Team page) who lead the workshop with the team</source>
        <translation>Habitants et partenaires de l&apos;annuaire (page Équipe) qui animent l&apos;atelier avec l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="246"/>
        <source>Someone else saved this workshop while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet atelier pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="250"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="250"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <location filename="../../app/services/workshops/messages.py" line="55"/>
        <source>(erased)</source>
        <translation>(nom effacé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="270"/>
        <source>idea</source>
        <translation>idée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="271"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="272"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="273"/>
        <source>held</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="274"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="275"/>
        <source>waiting list</source>
        <translation>liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="276"/>
        <source>enrolled</source>
        <translation>inscrit·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="277"/>
        <source>dropped out</source>
        <translation>abandon</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="520"/>
        <source>present</source>
        <translation>présent·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="520"/>
        <source>absent</source>
        <translation>absent·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/workshops.py" line="521"/>
        <source>excused</source>
        <translation>excusé·e</translation>
    </message>
</context>
<context>
    <name>WorkshopsExport</name>
    <message>
        <location filename="../../app/exports/workshops.py" line="42"/>
        <location filename="../../app/exports/workshops.py" line="136"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../app/exports/workshops.py" line="91"/>
        <source>Workshops of {month}</source>
        <translation>Les ateliers de {month}</translation>
    </message>
    <message>
        <location filename="../../app/exports/workshops.py" line="98"/>
        <source>{start} to {end}</source>
        <translation>de {start} à {end}</translation>
    </message>
    <message>
        <location filename="../../app/exports/workshops.py" line="105"/>
        <source>with {partners}</source>
        <translation>avec {partners}</translation>
    </message>
    <message>
        <location filename="../../app/exports/workshops.py" line="117"/>
        <source>Free, open to all. Ask at the reception desk.</source>
        <translation>Gratuit, ouvert à toutes et à tous. Renseignements à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="110"/>
        <source>Workshops views</source>
        <translation>Vues des ateliers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="111"/>
        <location filename="../../app/ui/pages/workshops.py" line="140"/>
        <location filename="../../app/ui/pages/workshops.py" line="669"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="112"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="113"/>
        <location filename="../../app/ui/pages/workshops.py" line="651"/>
        <location filename="../../app/ui/pages/workshops.py" line="675"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="114"/>
        <source>Year summary</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="131"/>
        <location filename="../../app/ui/pages/workshops.py" line="628"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="337"/>
        <source>attendance not taken / {expected}</source>
        <translation>appel non fait / {expected}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="338"/>
        <source>present: {present} / {expected}</source>
        <translation>présents&#xa0;: {present} / {expected}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="521"/>
        <source>Registrations of this person erased: {count}.</source>
        <translation>Inscriptions de cette personne effacées&#xa0;: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="523"/>
        <source>No registration of {name} was found: nothing was erased.</source>
        <translation>Aucune inscription de {name} n&apos;a été trouvée&#xa0;: rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="549"/>
        <source>Days of the month and their workshops</source>
        <translation>Jours du mois et leurs ateliers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="596"/>
        <source>{start}–{end}, {status}</source>
        <translation>{start}–{end}, {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="629"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="133"/>
        <source>Next session</source>
        <translation>Prochaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="136"/>
        <location filename="../../app/ui/pages/workshops.py" line="148"/>
        <location filename="../../app/ui/pages/workshops.py" line="158"/>
        <location filename="../../app/ui/pages/workshops.py" line="171"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="143"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="144"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="145"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="145"/>
        <location filename="../../app/ui/pages/workshops.py" line="600"/>
        <source>no room</source>
        <translation>sans salle</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="146"/>
        <source>Places taken</source>
        <translation>Places prises</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="335"/>
        <source>{taken} / {capacity}</source>
        <translation>{taken} / {capacity}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="147"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="152"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="155"/>
        <location filename="../../app/ui/pages/workshops.py" line="169"/>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="155"/>
        <location filename="../../app/ui/pages/workshops.py" line="169"/>
        <source>(erased)</source>
        <translation>(nom effacé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="156"/>
        <location filename="../../app/ui/pages/workshops.py" line="170"/>
        <location filename="../../app/ui/pages/workshops.py" line="667"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="157"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="160"/>
        <source>Came</source>
        <translation>Venu·e</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="161"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="161"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="166"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="172"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="173"/>
        <source>Left on</source>
        <translation>Parti·e le</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="178"/>
        <source>People of the cycle</source>
        <translation>Personnes du cycle</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="185"/>
        <source>Plan a workshop…</source>
        <translation>Prévoir un atelier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="186"/>
        <source>Plan a new workshop</source>
        <translation>Prévoir un nouvel atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="187"/>
        <location filename="../../app/ui/pages/workshops.py" line="679"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="190"/>
        <source>Themes…</source>
        <translation>Thèmes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="193"/>
        <source>Plan sessions…</source>
        <translation>Prévoir des séances…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="194"/>
        <source>Change session…</source>
        <translation>Modifier la séance…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="195"/>
        <source>Cancel session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="196"/>
        <source>Attendance…</source>
        <translation>Présences…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="197"/>
        <source>Record who came to the selected session</source>
        <translation>Noter qui est venu à la séance choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="201"/>
        <location filename="../../app/ui/pages/workshops.py" line="363"/>
        <source>Register a participant…</source>
        <translation>Inscrire un·e participant·e…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="203"/>
        <source>Register someone for the selected session</source>
        <translation>Inscrire quelqu&apos;un à la séance choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="205"/>
        <location filename="../../app/ui/pages/workshops.py" line="364"/>
        <source>Cancel registration</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="211"/>
        <source>Export their data…</source>
        <translation>Exporter ses données…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="214"/>
        <source>Everything Cercle holds about this person, as a JSON file</source>
        <translation>Tout ce que Cercle conserve sur cette personne, dans un fichier JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="216"/>
        <source>Forget this person</source>
        <translation>Oublier cette personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="217"/>
        <source>Erase their name and phone from every registration</source>
        <translation>Effacer son nom et son téléphone de toutes les inscriptions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="235"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="237"/>
        <source>Workshops and their sessions</source>
        <translation>Ateliers et leurs séances</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="307"/>
        <source>{name} ({preparation} preparation)</source>
        <translation>{name} ({preparation} de préparation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="315"/>
        <source>{places} places</source>
        <translation>{places} places</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="317"/>
        <source>{workshop}&lt;br&gt;Facilitators: {facilitators}&lt;br&gt;Partners: {partners}</source>
        <translation>{workshop}&lt;br&gt;Animateur·rices&#xa0;: {facilitators}&lt;br&gt;Partenaires&#xa0;: {partners}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="324"/>
        <source>Choose a workshop to see its sessions and registrations.</source>
        <translation>Choisissez un atelier pour voir ses séances et ses inscriptions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="354"/>
        <source>Closed cycle: {enrolled} enrolled, {waiting} waiting, {dropped} dropped out; attendance {rate} (sessions held: {held})</source>
        <translation>Cycle fermé&#xa0;: {enrolled} inscrit·es, {waiting} en attente, abandons&#xa0;: {dropped}&#xa0;; assiduité {rate} sur {held} séances</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="363"/>
        <source>Enrol in the cycle…</source>
        <translation>Inscrire au cycle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="364"/>
        <source>Leave the cycle…</source>
        <translation>Quitter le cycle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="425"/>
        <source>Worth knowing</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="433"/>
        <location filename="../../app/ui/pages/workshops.py" line="444"/>
        <source>Cancel a session</source>
        <translation>Annuler une séance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="434"/>
        <source>Cancel the session of {day}? The people registered will have to be told.</source>
        <translation>Annuler la séance du {day}&#xa0;? Il faudra prévenir les personnes inscrites.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="446"/>
        <source>The session of {day} is cancelled.</source>
        <translation>La séance du {day} est annulée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="449"/>
        <source>Tell these people that the session is cancelled</source>
        <translation>Prévenez ces personnes que la séance est annulée</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="464"/>
        <source>{name} is on the waiting list of {day}.</source>
        <translation>{name} est sur la liste d&apos;attente de la séance du {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="465"/>
        <source>{name} is registered for {day}.</source>
        <translation>{name} est inscrit·e à la séance du {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="471"/>
        <source>{name} is on the waiting list of the cycle.</source>
        <translation>{name} est sur la liste d&apos;attente du cycle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="472"/>
        <source>{name} is enrolled in the cycle.</source>
        <translation>{name} est inscrit·e au cycle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="479"/>
        <source>{name} has left the cycle.</source>
        <translation>{name} a quitté le cycle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="481"/>
        <source>These people now have a seat in the cycle: tell them</source>
        <translation>Ces personnes ont maintenant une place dans le cycle&#xa0;: prévenez-les</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="491"/>
        <location filename="../../app/ui/pages/workshops.py" line="498"/>
        <source>Cancel a registration</source>
        <translation>Annuler une inscription</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="492"/>
        <source>Cancel the registration of {name}?</source>
        <translation>Annuler l&apos;inscription de {name}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="500"/>
        <source>The registration of {name} is cancelled.</source>
        <translation>L&apos;inscription de {name} est annulée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="503"/>
        <source>These people now have a place: tell them</source>
        <translation>Ces personnes ont désormais une place&#xa0;: prévenez-les</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="509"/>
        <location filename="../../app/ui/pages/workshops.py" line="518"/>
        <source>Forget a person</source>
        <translation>Oublier une personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="510"/>
        <source>Erase {name} from every registration? The counts stay; this cannot be undone.</source>
        <translation>Effacer {name} de toutes les inscriptions&#xa0;? Les décomptes sont conservés&#xa0;; cette opération est irréversible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="531"/>
        <source>Export their data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="531"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="543"/>
        <source>The attendance of {day} is recorded.</source>
        <translation>Les présences du {day} sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="551"/>
        <source>Sessions of the chosen day</source>
        <translation>Séances du jour choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="558"/>
        <source>Print the programme of the month…</source>
        <translation>Imprimer le programme du mois…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="559"/>
        <source>Print the programme of the month</source>
        <translation>Imprimer le programme du mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="560"/>
        <source>Export to a calendar (iCalendar)…</source>
        <translation>Exporter vers un agenda (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="561"/>
        <source>Export the month&apos;s sessions to a calendar</source>
        <translation>Exporter les séances du mois vers un agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="605"/>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="614"/>
        <source>workshops-{month}.{extension}</source>
        <translation>ateliers-{month}.{extension}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="615"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="615"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="617"/>
        <source>Export the workshops</source>
        <translation>Exporter les ateliers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="626"/>
        <location filename="../../app/ui/pages/workshops.py" line="633"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="636"/>
        <source>Activity report for funders…</source>
        <translation>Bilan d&apos;activité pour les financeurs…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="639"/>
        <source>By theme</source>
        <translation>Par thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="640"/>
        <source>Summary by theme</source>
        <translation>Bilan par thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="641"/>
        <source>By workshop</source>
        <translation>Par atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="642"/>
        <source>Summary by workshop</source>
        <translation>Bilan par atelier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="647"/>
        <source>no theme</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="648"/>
        <source>Sessions held</source>
        <translation>Séances réalisées</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="649"/>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="650"/>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="664"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="665"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="666"/>
        <source>Contact person</source>
        <translation>Personne référente</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="668"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="670"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="678"/>
        <source>Add a partner…</source>
        <translation>Ajouter un partenaire…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/workshops.py" line="682"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
</context>
</TS>
