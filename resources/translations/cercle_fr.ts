<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Controller</name>
    <message>
        <location filename="../../app/ui/application.py" line="57" />
        <source>Cercle cannot open this centre</source>
        <translation>Cercle ne peut pas ouvrir ce centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="115" />
        <source> (demo)</source>
        <translation> (démo)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/domain/consensus.py" line="14" />
        <source>A block needs a reason of at least 10 characters.</source>
        <translation>Une objection doit être motivée (au moins 10 caractères).</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="15" />
        <source>The quorum must be between 0 and 100 %.</source>
        <translation>Le quorum doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="16" />
        <source>A decision by consensus needs a quorum.</source>
        <translation>Une décision au consensus demande un quorum.</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="17" />
        <source>A proposal cannot go from “{old}” to “{new}”.</source>
        <translation>Une proposition ne peut pas passer de « {old} » à « {new} ».</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="16" />
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="17" />
        <source>Another member is already called {name}.</source>
        <translation>Un autre membre s'appelle déjà {name}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="18" />
        <source>Contract hours must be between 0 and 48 a week.</source>
        <translation>Les heures du contrat doivent être comprises entre 0 et 48 par semaine.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="19" />
        <source>Self-management hours must be between 0 and the contract hours.</source>
        <translation>Les heures d'autogestion doivent être comprises entre 0 et les heures du contrat.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="22" />
        <source>The end date cannot be before the start date.</source>
        <translation>La date de fin ne peut pas précéder la date de début.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="23" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un code PIN compte de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="24" />
        <source>A colour is written #rrggbb.</source>
        <translation>Une couleur s'écrit #rrvvbb.</translation>
    </message>
    <message>
        <location filename="../../app/domain/members.py" line="25" />
        <source>Choose at least one working day.</source>
        <translation>Choisissez au moins un jour travaillé.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="15" />
        <source>A workshop has room for at least one person.</source>
        <translation>Un atelier accueille au moins une personne.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="16" />
        <source>A registration is for 1 to 20 places.</source>
        <translation>Une inscription porte sur 1 à 20 places.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="17" />
        <source>The end time must be after the start time.</source>
        <translation>L'heure de fin doit suivre l'heure de début.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="18" />
        <source>This is not a phone number: {text}</source>
        <translation>Ce n'est pas un numéro de téléphone : {text}</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="19" />
        <source>A series has between 1 and 100 sessions.</source>
        <translation>Une série compte de 1 à 100 séances.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="20" />
        <source>A series repeats every week or every two weeks.</source>
        <translation>Une série se répète chaque semaine ou toutes les deux semaines.</translation>
    </message>
    <message>
        <location filename="../../app/domain/workshops.py" line="21" />
        <source>Participants are kept for at least one month.</source>
        <translation>Les participant·es sont conservé·es au moins un mois.</translation>
    </message>
    <message>
        <location filename="../../app/exports/documents.py" line="15" />
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d'écrire {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/centre.py" line="14" />
        <source>Give the centre a name.</source>
        <translation>Donnez un nom au centre.</translation>
    </message>
    <message>
        <location filename="../../app/services/centre.py" line="15" />
        <source>Unknown time zone: {zone}.</source>
        <translation>Fuseau horaire inconnu : {zone}.</translation>
    </message>
    <message>
        <location filename="../../app/services/centre.py" line="16" />
        <source>Unknown public-holiday region: {region}.</source>
        <translation>Région de jours fériés inconnue : {region}.</translation>
    </message>
    <message>
        <location filename="../../app/services/centre.py" line="17" />
        <source>The centre must close after it opens.</source>
        <translation>Le centre doit fermer après son ouverture.</translation>
    </message>
    <message>
        <location filename="../../app/services/centre.py" line="18" />
        <source>This database already holds a centre.</source>
        <translation>Cette base contient déjà un centre.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="25" />
        <source>{path} already exists; Cercle will not overwrite it.</source>
        <translation>{path} existe déjà ; Cercle ne l'écrasera pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="14" />
        <source>This member does not exist.</source>
        <translation>Ce membre n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="15" />
        <source>Say who you are before changing anything.</source>
        <translation>Dites qui vous êtes avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../../app/services/errors.py" line="16" />
        <source>{name} is no longer an active member.</source>
        <translation>{name} ne fait plus partie des membres actifs.</translation>
    </message>
    <message>
        <location filename="../../app/services/members.py" line="25" />
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/services/members.py" line="26" />
        <source>Wrong PIN.</source>
        <translation>Code PIN erroné.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="13" />
        <source>There is no setting called {key}.</source>
        <translation>Aucun réglage ne s'appelle {key}.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="14" />
        <source>The setting {key} takes a value like {example}.</source>
        <translation>Le réglage {key} attend une valeur comme {example}.</translation>
    </message>
    <message>
        <location filename="../../app/storage/check.py" line="13" />
        <source>OK: schema {revision} ({state}), integrity checked, foreign keys checked, {members} members.</source>
        <translation>OK : schéma {revision} ({state}), intégrité vérifiée, liens entre tables vérifiés, {members} membres.</translation>
    </message>
    <message>
        <location filename="../../app/storage/check.py" line="16" />
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../../app/storage/check.py" line="17" />
        <source>will be upgraded at the next start</source>
        <translation>sera mis à jour au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../app/storage/check.py" line="18" />
        <source>{path} is empty: Cercle will create a centre there.</source>
        <translation>{path} est vide : Cercle y créera un centre.</translation>
    </message>
    <message>
        <location filename="../../app/storage/check.py" line="19" />
        <source>{path} has {count} broken links between tables ({tables}).</source>
        <translation>{path} contient {count} liens rompus entre tables ({tables}).</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="10" />
        <source>{path} is not a Cercle database. It has been left untouched.</source>
        <translation>{path} n'est pas une base Cercle. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="11" />
        <source>{path} cannot be read ({reason}). It has been left untouched.</source>
        <translation>{path} ne peut pas être lu ({reason}). Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="12" />
        <source>{path} is damaged ({reason}). It has been left untouched: restore a backup instead.</source>
        <translation>{path} est endommagé ({reason}). Le fichier n'a pas été modifié : restaurez plutôt une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="15" />
        <source>{path} was written by a newer version of Cercle (schema {revision}). Install that version to open it; the file has been left untouched.</source>
        <translation>{path} a été écrit par une version plus récente de Cercle (schéma {revision}). Installez cette version pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/storage/errors.py" line="20" />
        <source>The database server cannot be reached: {reason}</source>
        <translation>Le serveur de base de données est injoignable : {reason}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="28" />
        <source>{hours} a week</source>
        <translation>{hours} par semaine</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="26" />
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="29" />
        <source>Choose your name. The computer at the desk is shared: Cercle locks itself again after a while without use.</source>
        <translation>Choisissez votre nom. L'ordinateur de l'accueil est partagé : Cercle se verrouille de lui-même après un moment sans activité.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="35" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="41" />
        <location filename="../../app/ui/pages/lock.py" line="42" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/lock.py" line="47" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="28" />
        <source>My week</source>
        <translation>Ma semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="29" />
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="30" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="31" />
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="32" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="33" />
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="34" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="35" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="73" />
        <source>Opening the centre…</source>
        <translation>Ouverture du centre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="81" />
        <location filename="../../app/ui/mainwindow.py" line="133" />
        <source>Switch member</source>
        <translation>Changer de membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="98" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="103" />
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="131" />
        <source>Acting member</source>
        <translation>Membre au poste</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="135" />
        <source>Hand over the computer to someone else (Ctrl+L)</source>
        <translation>Laisser l'ordinateur à quelqu'un d'autre (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/mainwindow.py" line="141" />
        <source>Acting: {name}</source>
        <translation>Au poste : {name}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="41" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="57" />
        <source>Edit a member</source>
        <translation>Modifier un membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="57" />
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="61" />
        <location filename="../../app/ui/dialogs/member.py" line="62" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="64" />
        <location filename="../../app/ui/dialogs/member.py" line="65" />
        <source>Profession</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="68" />
        <location filename="../../app/ui/dialogs/member.py" line="71" />
        <location filename="../../app/ui/dialogs/member.py" line="123" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="74" />
        <location filename="../../app/ui/dialogs/member.py" line="75" />
        <source>Contract hours per week</source>
        <translation>Heures du contrat par semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="78" />
        <location filename="../../app/ui/dialogs/member.py" line="87" />
        <source>Self-management hours per week</source>
        <translation>Heures d'autogestion par semaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="79" />
        <source>standard share (10/35 of the contract)</source>
        <translation>part habituelle (10/35 du contrat)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="89" />
        <location filename="../../app/ui/dialogs/member.py" line="90" />
        <source>Start date</source>
        <translation>Date d'arrivée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="92" />
        <location filename="../../app/ui/dialogs/member.py" line="93" />
        <source>End date</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="96" />
        <location filename="../../app/ui/dialogs/member.py" line="99" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="97" />
        <source>optional, 4 to 8 digits</source>
        <translation>facultatif, 4 à 8 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member.py" line="98" />
        <source>leave empty to keep it as it is</source>
        <translation>laisser vide pour le garder tel quel</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../app/ui/pages/factory.py" line="18" />
        <source>Your week at a glance: your reception shifts, your hours against your targets, the proposals waiting for your position and your action items.</source>
        <translation>Votre semaine d'un coup d'œil : vos créneaux d'accueil, vos heures face à vos objectifs, les propositions qui attendent votre position et vos actions à mener.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/factory.py" line="20" />
        <source>The reception rota: claim, release and swap shifts, see the open seats, propose a fair rota and print the roster.</source>
        <translation>Le planning d'accueil : prendre, libérer et échanger des créneaux, voir les places libres, proposer un roulement équitable et imprimer le planning.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/factory.py" line="22" />
        <source>Proposals, endorsements, positions and the register of every decision taken.</source>
        <translation>Propositions, soutiens, positions et registre de toutes les décisions prises.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/factory.py" line="23" />
        <source>Workshops for the neighbourhood: sessions, rooms, facilitators, partners and registrations with a waiting list.</source>
        <translation>Les ateliers pour le quartier : séances, salles, animateur·rices, partenaires et inscriptions avec liste d'attente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/factory.py" line="25" />
        <source>Team meetings: agenda, roles, attendance, decisions, actions and minutes.</source>
        <translation>Les réunions d'équipe : ordre du jour, rôles, présences, décisions, actions et compte rendu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/factory.py" line="26" />
        <source>The 25 h / 10 h split: your timesheet, your balance and the team's.</source>
        <translation>La répartition 25 h / 10 h : votre feuille de temps, votre compteur et celui de l'équipe.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../app/domain/consensus.py" line="19" />
        <source>Adopted when nobody blocks and at least {percent} % of active members have taken a position on the current version.</source>
        <translation>Adoptée si personne ne bloque et si au moins {percent} % des membres actifs ont pris position sur la version en cours.</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="24" />
        <source>Adopted unless somebody blocks, provided at least {percent} % of active members have taken a position on the current version.</source>
        <translation>Adoptée sauf objection, à condition qu'au moins {percent} % des membres actifs aient pris position sur la version en cours.</translation>
    </message>
    <message>
        <location filename="../../app/domain/consensus.py" line="29" />
        <source>Adopted unless somebody blocks: not taking a position counts as consent.</source>
        <translation>Adoptée sauf objection : ne pas prendre position vaut consentement.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="17" />
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="20" />
        <location filename="../../app/ui/pages/settings.py" line="26" />
        <location filename="../../app/ui/pages/settings.py" line="65" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="21" />
        <source>Language of the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="29" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="32" />
        <source>The centre</source>
        <translation>Le centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="35" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="38" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="39" />
        <location filename="../../app/ui/pages/settings.py" line="40" />
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="43" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="66" />
        <source>The new language applies the next time Cercle starts.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage de Cercle.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../app/ui/pages/team.py" line="20" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="21" />
        <source>Profession</source>
        <translation>Métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="22" />
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="23" />
        <source>Profession hours</source>
        <translation>Heures métier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="24" />
        <source>Self-management</source>
        <translation>Autogestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="25" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="25" />
        <source>active</source>
        <translation>actif·ve</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="25" />
        <source>left the team</source>
        <translation>a quitté l'équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="32" />
        <source>Members of the team</source>
        <translation>Membres de l'équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="42" />
        <source>Add a member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="44" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="46" />
        <location filename="../../app/ui/pages/team.py" line="81" />
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="48" />
        <source>Show members who left</source>
        <translation>Afficher les membres partis</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="81" />
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="98" />
        <source>Deactivate a member</source>
        <translation>Désactiver un membre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/team.py" line="99" />
        <source>{name} will no longer appear in the lists. Their history is kept, and they can be reactivated later. Deactivate?</source>
        <translation>{name} n'apparaîtra plus dans les listes. Son historique est conservé et le compte pourra être réactivé plus tard. Désactiver ?</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="37" />
        <source>Welcome to Cercle</source>
        <translation>Bienvenue dans Cercle</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="40" />
        <source>Cercle coordinates your team: the split of everyone's week, the reception desk, decisions by consensus, workshops and team meetings. It keeps no patient data.</source>
        <translation>Cercle coordonne votre équipe : la répartition de la semaine de chacun·e, l'accueil, les décisions au consensus, les ateliers et les réunions d'équipe. Il ne conserve aucune donnée de patient·e.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="52" />
        <location filename="../../app/ui/pages/welcome.py" line="79" />
        <source>Create our centre</source>
        <translation>Créer notre centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="55" />
        <source>for example: Centre de santé communautaire du Village 2</source>
        <translation>par exemple : Centre de santé communautaire du Village 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="56" />
        <location filename="../../app/ui/pages/welcome.py" line="57" />
        <source>Name of the centre</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="60" />
        <location filename="../../app/ui/pages/welcome.py" line="61" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="63" />
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="64" />
        <source>Alsace-Moselle</source>
        <translation>Alsace-Moselle</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="65" />
        <location filename="../../app/ui/pages/welcome.py" line="66" />
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="69" />
        <source>Opens at</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="70" />
        <source>Closes at</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="73" />
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="76" />
        <source>Opening hours</source>
        <translation>Horaires d'ouverture</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="87" />
        <source>Just looking?</source>
        <translation>Simple curiosité ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="89" />
        <source>Explore a fictional centre of 18 people. It opens as a copy in a temporary place: nothing you do there touches your own centre.</source>
        <translation>Explorez un centre fictif de 18 personnes. Il s'ouvre comme une copie dans un dossier temporaire : rien de ce que vous y faites ne touche votre propre centre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/welcome.py" line="93" />
        <source>Explore the demo centre</source>
        <translation>Explorer le centre de démonstration</translation>
    </message>
</context>
</TS>