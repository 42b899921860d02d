<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionJournal</name>
    <message>
        <source>The action journal %1 cannot be read: %2</source>
        <translation>Le journal des actions %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The action journal was damaged and has been set aside as %1; a new journal was started.</source>
        <translation>Le journal des actions était endommagé et a été mis de côté sous le nom %1&#xa0;; un nouveau journal a été commencé.</translation>
    </message>
    <message>
        <source>The action journal %1 is damaged and could not be set aside; remove it to start a new one.</source>
        <translation>Le journal des actions %1 est endommagé et n&apos;a pas pu être mis de côté&#xa0;; supprimez-le pour en commencer un nouveau.</translation>
    </message>
    <message>
        <source>The folder of the action journal cannot be created: %1</source>
        <translation>Le dossier du journal des actions ne peut pas être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The action journal %1 cannot be written: %2</source>
        <translation>Le journal des actions %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The action journal %1 is in use by another Passcode Console or passcodectl, which did not release it within %L2 seconds.</source>
        <translation>Le journal des actions %1 est utilisé par une autre Passcode Console ou un autre passcodectl, qui ne l&apos;a pas libéré en %L2 secondes.</translation>
    </message>
    <message>
        <source>The action journal %1 cannot be locked: its folder is not writable.</source>
        <translation>Le journal des actions %1 ne peut pas être verrouillé : son dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The action journal %1 cannot be locked.</source>
        <translation>Le journal des actions %1 ne peut pas être verrouillé.</translation>
    </message>
    <message>
        <source>The action journal %1 was written by a newer version of Passcode Console (format %2): this version reads it but does not change it, and sends no action. Use the newer version.</source>
        <translation>Le journal des actions %1 a été écrit par une version plus récente de Passcode Console (format %2) : cette version le lit mais ne le modifie pas, et n&apos;envoie aucune action. Utilisez la version plus récente.</translation>
    </message>
</context>
<context>
    <name>ActionState</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non prise en charge</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
</context>
<context>
    <name>AuditActionNames</name>
    <message>
        <source>Reset passcode</source>
        <translation>Réinitialiser le code secret</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>Réinitialisation du code confidentiel</translation>
    </message>
    <message>
        <source>Remote lock</source>
        <translation>Verrouillage à distance</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Mettre hors service</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Locate device</source>
        <translation>Localiser l&apos;appareil</translation>
    </message>
    <message>
        <source>Disable Lost Mode</source>
        <translation>Désactiver le mode Perdu</translation>
    </message>
    <message>
        <source>Enable Lost Mode</source>
        <translation>Activer le mode Perdu</translation>
    </message>
    <message>
        <source>Play Lost Mode sound</source>
        <translation>Émettre le son du mode Perdu</translation>
    </message>
    <message>
        <source>Fresh start</source>
        <translation>Nouveau départ</translation>
    </message>
    <message>
        <source>Microsoft Defender scan</source>
        <translation>Analyse Microsoft Defender</translation>
    </message>
    <message>
        <source>Update Defender signatures</source>
        <translation>Mettre à jour les signatures Defender</translation>
    </message>
    <message>
        <source>Rotate BitLocker keys</source>
        <translation>Permuter les clés BitLocker</translation>
    </message>
    <message>
        <source>Rotate FileVault key</source>
        <translation>Permuter la clé FileVault</translation>
    </message>
    <message>
        <source>Remove DFCI management</source>
        <translation>Supprimer la gestion DFCI</translation>
    </message>
</context>
<context>
    <name>AuditJson</name>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>id: missing; the row was skipped</source>
        <translation>id&#xa0;: absent&#xa0;; la ligne a été ignorée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not a date and time: %1</source>
        <translation>pas une date et heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>item %1: not an object; skipped</source>
        <translation>élément %1&#xa0;: pas un objet&#xa0;; ignoré</translation>
    </message>
</context>
<context>
    <name>BulkFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message numerus="yes">
        <source>Plan for %n device(s) on %1:</source>
        <translation>
            <numerusform>Plan pour %n appareil sur %1&#xa0;:</numerusform>
            <numerusform>Plan pour %n appareils sur %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>no device gets a passcode action</source>
        <translation>aucun appareil ne reçoit d&apos;action de code secret</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n device(s)</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %n appareil</numerusform>
            <numerusform>%1 (%2)&#xa0;: %n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n device(s)</source>
        <translation>
            <numerusform>Ignorés&#xa0;: %n appareil</numerusform>
            <numerusform>Ignorés&#xa0;: %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2): no device has this id, name or serial number</source>
        <translation>«&#xa0;%1&#xa0;» (%2)&#xa0;: aucun appareil n&apos;a cet identifiant, ce nom ou ce numéro de série</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more (--json lists every device)</source>
        <translation>
            <numerusform>... et %n autre (--json liste chaque appareil)</numerusform>
            <numerusform>... et %n autres (--json liste chaque appareil)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; (%2): %n devices match; name one by its id: %3</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» (%2)&#xa0;: %n appareil correspond&#xa0;; nommez-en un par son identifiant&#xa0;: %3</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» (%2)&#xa0;: %n appareils correspondent&#xa0;; nommez-en un par son identifiant&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Several devices match: %1</source>
        <translation>Plusieurs appareils correspondent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cautions:</source>
        <translation>Précautions&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n appareil)</numerusform>
            <numerusform>%1 (%n appareils)</numerusform>
        </translation>
    </message>
    <message>
        <source>no passcode action</source>
        <translation>aucune action de code secret</translation>
    </message>
    <message>
        <source>%1: skipped (%2): %3</source>
        <translation>%1&#xa0;: ignoré (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 (error code %4).</source>
        <translation>%1&#xa0;: %2 — %3 (code d&apos;erreur %4).</translation>
    </message>
    <message>
        <source>%1: %2: outcome unknown (the answer was lost); it is not sent again.</source>
        <translation>%1&#xa0;: %2&#xa0;: résultat inconnu (la réponse a été perdue)&#xa0;; l&apos;action n&apos;est pas renvoyée.</translation>
    </message>
    <message>
        <source>%1: %2 was never processed by Intune; it may be sent again.</source>
        <translation>%1&#xa0;: %2 n&apos;a jamais été traité par Intune&#xa0;; l&apos;action peut être renvoyée.</translation>
    </message>
    <message>
        <source>%1: %2 %3.</source>
        <translation>%1&#xa0;: %2 — %3.</translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <translation>Code secret&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; (%2): skipped: %n devices match; name one by its id: %3</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» (%2)&#xa0;: ignoré&#xa0;: %n appareil correspond&#xa0;; nommez-en un par son identifiant&#xa0;: %3</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» (%2)&#xa0;: ignoré&#xa0;: %n appareils correspondent&#xa0;; nommez-en un par son identifiant&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2): skipped: no device has this id, name or serial number.</source>
        <translation>«&#xa0;%1&#xa0;» (%2)&#xa0;: ignoré&#xa0;: aucun appareil n&apos;a cet identifiant, ce nom ou ce numéro de série.</translation>
    </message>
    <message>
        <source>Progress: %1 of %2 sent; %3 accepted or pending, %4 done, %5 failed, %6 unknown</source>
        <translation>Progression&#xa0;: %1 sur %2 envoyés&#xa0;; %3 acceptés ou en attente, %4 terminés, %5 en échec, %6 inconnus</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>&#xa0;; environ %1 restantes</translation>
    </message>
    <message>
        <source>Run %1 (%2): %3 devices: %4 skipped, %5 accepted or pending, %6 done, %7 failed, %8 not supported, %9 unknown</source>
        <translation>Exécution %1 (%2)&#xa0;: %3 appareils&#xa0;: %4 ignorés, %5 acceptés ou en attente, %6 terminés, %7 en échec, %8 non pris en charge, %9 inconnus</translation>
    </message>
    <message>
        <source>, %1 not sent</source>
        <translation>, %1 non envoyés</translation>
    </message>
    <message>
        <source>Send the rest with &apos;passcodectl runs resume %1&apos;.</source>
        <translation>Envoyez le reste avec «&#xa0;passcodectl runs resume %1&#xa0;».</translation>
    </message>
    <message>
        <source>No bulk runs.</source>
        <translation>Aucune exécution groupée.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>EXÉCUTION</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>APPAREILS</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVOYÉS</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TERMINÉS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>INCONNUS</translation>
    </message>
    <message>
        <source>NOT SENT</source>
        <translation>NON ENVOYÉS</translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <source>Not skipped</source>
        <translation>Non ignoré</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Already pending</source>
        <translation>Déjà en attente</translation>
    </message>
    <message>
        <source>Retire or wipe issued</source>
        <translation>Mise hors service ou réinitialisation lancée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Lecture impossible</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) get %1 (%2)</source>
        <translation>
            <numerusform>%n appareil reçoit %1 (%2)</numerusform>
            <numerusform>%n appareils reçoivent %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No device gets an action</source>
        <translation>Aucun appareil ne reçoit d&apos;action</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped (%1)</source>
        <translation>
            <numerusform>&#xa0;; %n ignoré (%1)</numerusform>
            <numerusform>&#xa0;; %n ignorés (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudEndpoints</name>
    <message>
        <source>Refusing to send sign-in data to %1: only https, or plain http to this computer (localhost), is allowed.</source>
        <translation>Envoi des données de connexion à %1 refusé&#xa0;: seul https est autorisé, ou http simple vers cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>“%1” is not a usable base URL: give scheme, host, optional port and path, without query or user.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de base utilisable&#xa0;: indiquez le schéma, l&apos;hôte, éventuellement le port et le chemin, sans requête ni utilisateur.</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Confirm passcode action</source>
        <translation>Confirmer l&apos;action de code secret</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>&amp;Ticket or reason (optional, kept in this console&apos;s journal):</source>
        <translation>&amp;Ticket ou motif (facultatif, conservé dans le journal de cette console)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. INC0012345, user locked out</source>
        <translation>p. ex. INC0012345, utilisateur bloqué</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Use the built-in sandbox tenant (training data, no real devices).</source>
        <translation>Utiliser le locataire de bac à sable intégré (données de formation, aucun appareil réel).</translation>
    </message>
    <message>
        <source>Number of devices of the sandbox tenant (default 1000).</source>
        <translation>Nombre d&apos;appareils du locataire de bac à sable (1000 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the sandbox tenant (default 1).</source>
        <translation>Graine du locataire de bac à sable (1 par défaut).</translation>
    </message>
    <message>
        <source>Interface language for this run: en or fr (default: the Preferences setting, else the system language).</source>
        <translation>Langue de l&apos;interface pour cette exécution&#xa0;: en ou fr (par défaut&#xa0;: le réglage des Préférences, sinon la langue du système).</translation>
    </message>
    <message>
        <source>Microsoft Graph base URL of a real tenant.</source>
        <translation>URL de base Microsoft Graph d&apos;un locataire réel.</translation>
    </message>
    <message>
        <source>Entra ID login base URL of a real tenant.</source>
        <translation>URL de base de connexion Entra ID d&apos;un locataire réel.</translation>
    </message>
    <message>
        <source>Speed of the sandbox tenant&apos;s time.</source>
        <translation>Vitesse d&apos;écoulement du temps du locataire de bac à sable.</translation>
    </message>
    <message>
        <source>Walk through the pages, save screenshots in DIR, then quit.</source>
        <translation>Parcourir les pages, enregistrer des captures d&apos;écran dans DIR, puis quitter.</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first rows on screen, then quit.</source>
        <translation>Afficher le nombre de millisecondes entre le démarrage et les premières lignes à l&apos;écran, puis quitter.</translation>
    </message>
    <message>
        <source>Keep settings and the journal in a temporary folder.</source>
        <translation>Conserver les paramètres et le journal dans un dossier temporaire.</translation>
    </message>
    <message>
        <source>--devices must be a number from 1 to 1,000,000.</source>
        <translation>--devices doit être un nombre compris entre 1 et 1&#x202f;000&#x202f;000.</translation>
    </message>
    <message>
        <source>--sandbox-time-scale must be a non-negative number.</source>
        <translation>--sandbox-time-scale doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>--lang must be one of: %1.</source>
        <translation>--lang doit valoir l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--%1 is not a valid URL.</source>
        <translation>--%1 n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Use the sandbox tenant through the Entra ID sign-in (to practise signing in).</source>
        <translation>Utiliser le locataire de bac à sable en passant par la connexion Entra ID (pour s&apos;entraîner à se connecter).</translation>
    </message>
    <message>
        <source>Application (client) ID of the tenant&apos;s app registration (remembered).</source>
        <translation>ID d&apos;application (client) de l&apos;inscription d&apos;application du locataire (mémorisé).</translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov, usgov-dod or china (remembered).</source>
        <translation>Cloud Microsoft&#xa0;: global, usgov, usgov-dod ou china (mémorisé).</translation>
    </message>
    <message>
        <source>Unknown cloud &apos;%1&apos;: use global, usgov, usgov-dod or china.</source>
        <translation>Cloud «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez global, usgov, usgov-dod ou china.</translation>
    </message>
    <message>
        <source>Writes sent at most per 20 seconds to the tenant, single and bulk actions together (1 to 200; Intune allows 200 per app; default: the Preferences setting, else 150).</source>
        <translation>Nombre maximal d’écritures envoyées au locataire par 20 secondes, actions uniques et groupées ensemble (1 à 200&#xa0;; Intune en autorise 200 par application&#xa0;; par défaut&#xa0;: le réglage des Préférences, sinon 150).</translation>
    </message>
    <message>
        <source>--max-writes must be a number from 1 to 200.</source>
        <translation>--max-writes doit être un nombre de 1 à 200.</translation>
    </message>
    <message>
        <source>Open N built-in sandbox tenants side by side (1 to 8), each with its own seed, name and colour.</source>
        <translation>Ouvrir N locataires de bac à sable intégrés côte à côte (1 à 8), chacun avec sa graine, son nom et sa couleur.</translation>
    </message>
    <message>
        <source>The roster tenant to open (its name), or a tenant ID or domain to sign in to (remembered).</source>
        <translation>Le locataire de la liste à ouvrir (son nom), ou l&apos;ID ou le domaine d&apos;un locataire auquel se connecter (mémorisé).</translation>
    </message>
    <message>
        <source>--sandbox-tenants must be a number from 1 to 8.</source>
        <translation>--sandbox-tenants doit être un nombre de 1 à 8.</translation>
    </message>
    <message>
        <source>Sandbox tenant: the technician to act as (default helpdesk@…, a Help Desk Operator; readonly@… and support.fr@… have other Intune roles).</source>
        <translation>Tenant sandbox&#xa0;: le technicien à incarner (par défaut helpdesk@…, opérateur du support technique&#xa0;; readonly@… et support.fr@… ont d’autres rôles Intune).</translation>
    </message>
</context>
<context>
    <name>CtlCommandLine</name>
    <message>
        <source>Use an embedded sandbox tenant (the default).</source>
        <translation>Utiliser un locataire de bac à sable intégré (par défaut).</translation>
    </message>
    <message>
        <source>Sandbox: number of devices (default 1000).</source>
        <translation>Bac à sable&#xa0;: nombre d&apos;appareils (1000 par défaut).</translation>
    </message>
    <message>
        <source>Sandbox: seed of the generated tenant (default 1).</source>
        <translation>Bac à sable&#xa0;: graine du locataire généré (1 par défaut).</translation>
    </message>
    <message>
        <source>Sandbox: tenant time runs F times faster (default 1).</source>
        <translation>Bac à sable&#xa0;: le temps du locataire s&apos;écoule F fois plus vite (1 par défaut).</translation>
    </message>
    <message>
        <source>Graph base URL (e.g. a passcode-sandbox server).</source>
        <translation>URL de base de Graph (p. ex. un serveur passcode-sandbox).</translation>
    </message>
    <message>
        <source>Sign-in base URL of the Graph endpoint.</source>
        <translation>URL de base de connexion du point de terminaison Graph.</translation>
    </message>
    <message>
        <source>Entra ID tenant (GUID or domain).</source>
        <translation>Locataire Entra ID (GUID ou domaine).</translation>
    </message>
    <message>
        <source>Application (client) id of the app registration.</source>
        <translation>ID d&apos;application (client) de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>global (default), usgov, usgov-dod or china.</source>
        <translation>global (par défaut), usgov, usgov-dod ou china.</translation>
    </message>
    <message>
        <source>Action journal file (default: per target).</source>
        <translation>Fichier du journal des actions (par défaut&#xa0;: un par cible).</translation>
    </message>
    <message>
        <source>Devices per page when listing (default 1000).</source>
        <translation>Appareils par page lors de la liste (1000 par défaut).</translation>
    </message>
    <message>
        <source>devices list: name, serial, user, IMEI or model contains TEXT.</source>
        <translation>devices list&#xa0;: le nom, le numéro de série, l&apos;utilisateur, l&apos;IMEI ou le modèle contient TEXT.</translation>
    </message>
    <message>
        <source>Print JSON (shapes in docs/passcodectl.md).</source>
        <translation>Afficher du JSON (formats dans docs/passcodectl.md).</translation>
    </message>
    <message>
        <source>devices list: print CSV.</source>
        <translation>devices list&#xa0;: afficher du CSV.</translation>
    </message>
    <message>
        <source>reset: ticket or reason, kept in the journal.</source>
        <translation>reset&#xa0;: ticket ou motif, conservé dans le journal.</translation>
    </message>
    <message>
        <source>reset: follow the action until it ends.</source>
        <translation>reset&#xa0;: suivre l&apos;action jusqu&apos;à ce qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>reset: print the new passcode.</source>
        <translation>reset&#xa0;: afficher le nouveau code secret.</translation>
    </message>
    <message>
        <source>reset --wait: give up after (default 900).</source>
        <translation>reset --wait&#xa0;: abandonner après ce délai (900 par défaut).</translation>
    </message>
    <message>
        <source>actions list: refresh until interrupted.</source>
        <translation>actions list&#xa0;: actualiser jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <source>login: sign in in a browser instead of a code.</source>
        <translation>login&#xa0;: se connecter dans un navigateur plutôt qu&apos;avec un code.</translation>
    </message>
    <message>
        <source>actions list --watch: refresh period (30).</source>
        <translation>actions list --watch&#xa0;: période d&apos;actualisation (30).</translation>
    </message>
    <message>
        <source>(see passcodectl --help)</source>
        <translation>(voir passcodectl --help)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 doit être un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL.</source>
        <translation>%1 n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>%1: plain http is allowed only to this computer (127.0.0.1, localhost); use https.</source>
        <translation>%1&#xa0;: http simple n&apos;est autorisé que vers cet ordinateur (127.0.0.1, localhost)&#xa0;; utilisez https.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 2 usage error, 3 not eligible, 4 action failed or not supported,
5 authentication or permission error, 6 network or service error, 7 outcome unknown.
</source>
        <translation>
Codes de sortie&#xa0;: 0 succès, 2 erreur d&apos;utilisation, 3 non éligible, 4 action en échec ou non prise en charge,
5 erreur d&apos;authentification ou d&apos;autorisation, 6 erreur réseau ou de service, 7 résultat inconnu.
</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name the device: its id, device name or serial number.</source>
        <translation>Désignez l&apos;appareil&#xa0;: son id, son nom d&apos;appareil ou son numéro de série.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --graph-url or --tenant.</source>
        <translation>--sandbox ne peut pas être combiné avec --graph-url ou --tenant.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; signs in to a tenant; the embedded sandbox needs no sign-in.</source>
        <translation>«&#xa0;%1&#xa0;» connecte à un locataire&#xa0;; le bac à sable intégré ne nécessite aucune connexion.</translation>
    </message>
    <message>
        <source>--time-scale must be a number from 0 to 100000.</source>
        <translation>--time-scale doit être un nombre compris entre 0 et 100000.</translation>
    </message>
    <message>
        <source>--devices must be a whole number from 1 to 1000000.</source>
        <translation>--devices doit être un nombre entier compris entre 1 et 1000000.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2&apos;.</source>
        <translation>--%1 ne s&apos;applique pas à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--json does not apply to &apos;%1&apos;.</source>
        <translation>--json ne s&apos;applique pas à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined.</source>
        <translation>--json et --csv ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <source>--interval applies to actions list --watch.</source>
        <translation>--interval s&apos;applique à actions list --watch.</translation>
    </message>
    <message>
        <source>Sandbox: lifetime of its access tokens (default 3599).</source>
        <translation>Bac à sable&#xa0;: durée de vie de ses jetons d&apos;accès (3599 par défaut).</translation>
    </message>
    <message>
        <source>--token-lifetime must be a whole number of seconds from 1 to 86400.</source>
        <translation>--token-lifetime doit être un nombre entier de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>devices list, reset --all-matching: only this platform (ios, android...).</source>
        <translation>devices list, reset --all-matching&#xa0;: uniquement cette plateforme (ios, android...).</translation>
    </message>
    <message>
        <source>reset: devices, one per line (- for standard input).</source>
        <translation>reset&#xa0;: appareils, un par ligne (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>reset: every device whose name, serial, user... contains TEXT.</source>
        <translation>reset&#xa0;: chaque appareil dont le nom, le numéro de série, l&apos;utilisateur... contient TEXT.</translation>
    </message>
    <message>
        <source>reset of several devices: send (else print the plan).</source>
        <translation>reset de plusieurs appareils&#xa0;: envoyer (sinon afficher le plan).</translation>
    </message>
    <message>
        <source>reset, runs resume: writes per 20 s (default 150).</source>
        <translation>reset, runs resume&#xa0;: écritures par 20 s (150 par défaut).</translation>
    </message>
    <message>
        <source>Sandbox benchmarks: the write budget&apos;s window (default 20000).</source>
        <translation>Mesures sur bac à sable&#xa0;: fenêtre du budget d&apos;écritures (20000 par défaut).</translation>
    </message>
    <message>
        <source>An empty device name was given.</source>
        <translation>Un nom d&apos;appareil vide a été donné.</translation>
    </message>
    <message>
        <source>Name the run to resume (its id, as &apos;passcodectl runs list&apos; shows it).</source>
        <translation>Nommez l&apos;exécution à reprendre (son identifiant, tel que «&#xa0;passcodectl runs list&#xa0;» l&apos;affiche).</translation>
    </message>
    <message>
        <source>--from-file needs a file name (- for standard input).</source>
        <translation>--from-file attend un nom de fichier (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Name the devices: ids, device names or serial numbers, --from-file FILE or --all-matching TEXT.</source>
        <translation>Nommez les appareils&#xa0;: identifiants, noms d&apos;appareil ou numéros de série, --from-file FICHIER ou --all-matching TEXTE.</translation>
    </message>
    <message>
        <source>--write-window-ms applies to a sandbox on this computer only: Intune counts writes per 20 s.</source>
        <translation>--write-window-ms ne s&apos;applique qu&apos;à un bac à sable sur cet ordinateur&#xa0;: Intune compte les écritures par 20 s.</translation>
    </message>
    <message>
        <source>--platform applies to reset --all-matching.</source>
        <translation>--platform s&apos;applique à reset --all-matching.</translation>
    </message>
    <message>
        <source>A reset of several devices needs --reason TEXT (the ticket), kept with the run.</source>
        <translation>Une réinitialisation de plusieurs appareils exige --reason TEXTE (le ticket), conservé avec l&apos;exécution.</translation>
    </message>
    <message>
        <source>--timeout applies to reset --wait and runs resume --wait.</source>
        <translation>--timeout s&apos;applique à reset --wait et à runs resume --wait.</translation>
    </message>
    <message>
        <source>devices find: search every tenant of the roster at once.</source>
        <translation>devices find : chercher dans tous les locataires de la liste à la fois.</translation>
    </message>
    <message>
        <source>tenants add: the tenant&apos;s colour.</source>
        <translation>tenants add : la couleur du locataire.</translation>
    </message>
    <message>
        <source>The roster holds tenants and Graph endpoints; the embedded sandbox is always there without it.</source>
        <translation>La liste contient des locataires et des points de terminaison Graph ; le bac à sable intégré est toujours disponible sans elle.</translation>
    </message>
    <message>
        <source>Say how the tenant is reached: --tenant T --client-id C, or --graph-url URL.</source>
        <translation>Indiquez comment joindre le locataire : --tenant T --client-id C, ou --graph-url URL.</translation>
    </message>
    <message>
        <source>The roster keeps no secret: --access-token cannot be saved.</source>
        <translation>La liste ne garde aucun secret : --access-token ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; works on the roster: it takes no --tenant, --graph-url or other connection option.</source>
        <translation>« %1 » agit sur la liste des locataires : elle ne prend ni --tenant, ni --graph-url, ni aucune autre option de connexion.</translation>
    </message>
    <message>
        <source>--all-tenants searches every tenant of the roster: it cannot be combined with --tenant, --graph-url, --sandbox or other connection options.</source>
        <translation>--all-tenants cherche dans tous les locataires de la liste : il ne peut pas être combiné avec --tenant, --graph-url, --sandbox ou d’autres options de connexion.</translation>
    </message>
    <message>
        <source>Give the text to find (2 characters or more): a device name, serial number, IMEI, user or id.</source>
        <translation>Donnez le texte à chercher (2 caractères ou plus) : un nom d’appareil, un numéro de série, un IMEI, un utilisateur ou un ID.</translation>
    </message>
    <message>
        <source>Name the tenant (its name in the roster).</source>
        <translation>Nommez le locataire (son nom dans la liste).</translation>
    </message>
    <message>
        <source>%1 holds no access token.</source>
        <translation>%1 ne contient aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 does not hold a single access token.</source>
        <translation>%1 ne contient pas un jeton d&apos;accès unique.</translation>
    </message>
    <message>
        <source>Bearer token obtained elsewhere. Every local user can read it in the process list: prefer --access-token-file or PASSCODECTL_ACCESS_TOKEN.</source>
        <translation>Jeton porteur obtenu ailleurs. Tout utilisateur local peut le lire dans la liste des processus : préférez --access-token-file ou PASSCODECTL_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Read the bearer token from FILE (- for standard input).</source>
        <translation>Lire le jeton porteur dans FICHIER (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Give the access token once: --access-token or --access-token-file.</source>
        <translation>Donnez le jeton d&apos;accès une seule fois : --access-token ou --access-token-file.</translation>
    </message>
    <message>
        <source>Standard input cannot hold both the access token and the list of devices.</source>
        <translation>L&apos;entrée standard ne peut pas contenir à la fois le jeton d&apos;accès et la liste des appareils.</translation>
    </message>
    <message>
        <source>Sandbox: act as this account (default helpdesk@…; readonly@… and support.fr@… have other Intune roles).</source>
        <translation>Sandbox&#xa0;: agir avec ce compte (par défaut helpdesk@…&#xa0;; readonly@… et support.fr@… ont d’autres rôles Intune).</translation>
    </message>
    <message>
        <source>--devices, --seed, --time-scale, --token-lifetime and --upn apply to the sandbox only.</source>
        <translation>--devices, --seed, --time-scale, --token-lifetime et --upn ne s’appliquent qu’au sandbox.</translation>
    </message>
    <message>
        <source>reset: once accepted, sync the device so it checks in sooner.</source>
        <translation>reset&#xa0;: une fois l’action acceptée, synchroniser l’appareil pour qu’il s’archive plus tôt.</translation>
    </message>
    <message>
        <source>Usage: passcodectl [global options] COMMAND [options]

Passcode Console command line: list Intune devices, check passcode eligibility, send and
follow passcode actions. Without --graph-url or --tenant it uses an embedded sandbox tenant.

Commands:
  devices list [--filter TEXT] [--platform P] [--json|--csv]
  devices show ID|NAME|SERIAL [--json]
  devices find TEXT [--all-tenants] [--json]   a name, serial, IMEI or user, asked of Graph
  reset ID|NAME|SERIAL [--reason TEXT] [--wait [--timeout S]] [--show-passcode] [--sync]
        [--json]
  reset ID|NAME|SERIAL... | --from-file FILE | --all-matching TEXT [--platform P]
        --reason TEXT --yes [--max-writes N] [--wait [--timeout S]] [--show-passcode] [--json]
                         several devices: without --yes, print the plan and exit 2
  sync ID|NAME|SERIAL [--json]   ask the device to check in with Intune now (Sync)
  runs list [--json]     the bulk runs and their counts
  runs resume RUN [--wait [--timeout S]] [--json]   send what an interrupted run did not
  actions list [--watch [--interval S]] [--json]
  login [--browser]      sign in to the tenant (--tenant, --client-id) and keep the sign-in
  logout                 forget the saved sign-in
  whoami [--json]        show the signed-in account
  tenants add NAME (--tenant T --client-id C [--cloud C] | --graph-url URL [--login-url URL])
        [--color #RRGGBB]  add a tenant to the roster (shared with the console)
  tenants list [--json]  the roster; --tenant NAME picks one of its tenants
  tenants remove NAME    sign out of a tenant and remove it from the roster

Options:
</source>
        <translation>Utilisation&#xa0;: passcodectl [options globales] COMMANDE [options]

Ligne de commande de Passcode Console&#xa0;: lister les appareils Intune, vérifier l&apos;éligibilité aux actions
de code secret, envoyer et suivre ces actions. Sans --graph-url ni --tenant, elle utilise un locataire
de bac à sable intégré.

Commandes&#xa0;:
  devices list [--filter TEXT] [--platform P] [--json|--csv]
  devices show ID|NAME|SERIAL [--json]
  devices find TEXT [--all-tenants] [--json]   un nom, numéro de série, IMEI ou utilisateur, demandé à Graph
  reset ID|NAME|SERIAL [--reason TEXT] [--wait [--timeout S]] [--show-passcode] [--sync]
        [--json]
  reset ID|NAME|SERIAL... | --from-file FILE | --all-matching TEXT [--platform P]
        --reason TEXT --yes [--max-writes N] [--wait [--timeout S]] [--show-passcode] [--json]
                         plusieurs appareils&#xa0;: sans --yes, affiche le plan et sort avec 2
  sync ID|NAME|SERIAL [--json]   demander à l&apos;appareil de s&apos;archiver auprès d&apos;Intune maintenant (Synchroniser)
  runs list [--json]     les exécutions groupées et leurs comptes
  runs resume RUN [--wait [--timeout S]] [--json]   envoyer ce qu&apos;une exécution interrompue n&apos;a pas envoyé
  actions list [--watch [--interval S]] [--json]
  login [--browser]      se connecter au locataire (--tenant, --client-id) et conserver la connexion
  logout                 oublier la connexion enregistrée
  whoami [--json]        afficher le compte connecté
  tenants add NAME (--tenant T --client-id C [--cloud C] | --graph-url URL [--login-url URL])
        [--color #RRGGBB]  ajouter un locataire à la liste (partagée avec la console)
  tenants list [--json]  la liste des locataires ; --tenant NOM choisit l&apos;un d&apos;eux
  tenants remove NAME    se déconnecter d&apos;un locataire et le retirer de la liste

Options&#xa0;:
</translation>
    </message>
    <message>
        <source>--sync applies to the reset of one device; sync the others with &apos;passcodectl sync&apos;.</source>
        <translation>--sync s’applique à la réinitialisation d’un seul appareil&#xa0;; synchronisez les autres avec «&#xa0;passcodectl sync&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CtlFormat</name>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <source>OWNERSHIP</source>
        <translation>PROPRIÉTÉ</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>N° DE SÉRIE</translation>
    </message>
    <message>
        <source>LAST SYNC (UTC)</source>
        <translation>DERNIER ARCHIVAGE (UTC)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernier archivage</translation>
    </message>
    <message>
        <source>Passcode actions:</source>
        <translation>Actions de code secret&#xa0;:</translation>
    </message>
    <message>
        <source>allowed (%1)</source>
        <translation>autorisée (%1)</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisée</translation>
    </message>
    <message>
        <source>Last passcode action: %1 since %2</source>
        <translation>Dernière action de code secret&#xa0;: %1 depuis %2</translation>
    </message>
    <message>
        <source>(a passcode is shown in the Overview until %1)</source>
        <translation>(un code secret est affiché dans la Vue d&apos;ensemble jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>Intune</source>
        <translation>Intune</translation>
    </message>
    <message>
        <source>REQUESTED (UTC)</source>
        <translation>DEMANDÉE LE (UTC)</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>APPAREIL</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <comment>device, action (state): likely cause</comment>
        <translation>%1, %2 (%3) : %4</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Géré</translation>
    </message>
    <message>
        <source>Retire pending</source>
        <translation>Mise hors service en attente</translation>
    </message>
    <message>
        <source>Retire failed</source>
        <translation>Échec de la mise hors service</translation>
    </message>
    <message>
        <source>Wipe pending</source>
        <translation>Réinitialisation en attente</translation>
    </message>
    <message>
        <source>Wipe failed</source>
        <translation>Échec de la réinitialisation</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Non sain</translation>
    </message>
    <message>
        <source>Delete pending</source>
        <translation>Suppression en attente</translation>
    </message>
    <message>
        <source>Retire issued</source>
        <translation>Mise hors service émise</translation>
    </message>
    <message>
        <source>Wipe issued</source>
        <translation>Réinitialisation émise</translation>
    </message>
    <message>
        <source>Wipe canceled</source>
        <translation>Réinitialisation annulée</translation>
    </message>
    <message>
        <source>Retire canceled</source>
        <translation>Mise hors service annulée</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Découvert</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>User enrollment</source>
        <translation>Inscription par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Device enrollment manager</source>
        <translation>Gestionnaire d&apos;inscription d&apos;appareil</translation>
    </message>
    <message>
        <source>Apple automated enrollment with user affinity</source>
        <translation>Inscription automatisée des appareils Apple avec affinité utilisateur</translation>
    </message>
    <message>
        <source>Apple automated enrollment without user affinity</source>
        <translation>Inscription automatisée des appareils Apple sans affinité utilisateur</translation>
    </message>
    <message>
        <source>Windows Azure AD join</source>
        <translation>Jonction Azure AD Windows</translation>
    </message>
    <message>
        <source>Windows bulk enrollment, userless</source>
        <translation>Inscription en bloc Windows, sans utilisateur</translation>
    </message>
    <message>
        <source>Windows automatic enrollment</source>
        <translation>Inscription automatique Windows</translation>
    </message>
    <message>
        <source>Windows bulk Azure domain join</source>
        <translation>Jonction de domaine Azure en bloc Windows</translation>
    </message>
    <message>
        <source>Windows co-management</source>
        <translation>Cogestion Windows</translation>
    </message>
    <message>
        <source>Windows Azure AD join using device authentication</source>
        <translation>Jonction Azure AD Windows avec authentification de l&apos;appareil</translation>
    </message>
    <message>
        <source>Apple User Enrollment</source>
        <translation>Inscription des utilisateurs Apple</translation>
    </message>
    <message>
        <source>Apple User Enrollment with service account</source>
        <translation>Inscription des utilisateurs Apple avec compte de service</translation>
    </message>
    <message>
        <source>Apple account-driven User Enrollment</source>
        <translation>Inscription des utilisateurs Apple pilotée par un compte</translation>
    </message>
    <message>
        <source>Android Enterprise dedicated device</source>
        <translation>Appareil Android Enterprise dédié</translation>
    </message>
    <message>
        <source>Android Enterprise fully managed</source>
        <translation>Appareil Android Enterprise entièrement géré</translation>
    </message>
    <message>
        <source>Android Enterprise corporate-owned work profile</source>
        <translation>Android Enterprise appartenant à l&apos;entreprise avec profil professionnel</translation>
    </message>
    <message>
        <source>Android (AOSP) user-associated</source>
        <translation>Android (AOSP) associé à un utilisateur</translation>
    </message>
    <message>
        <source>Android (AOSP) userless</source>
        <translation>Android (AOSP) sans utilisateur</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non signalé</translation>
    </message>
    <message>
        <source>Microsoft Entra joined</source>
        <translation>Joint à Microsoft Entra</translation>
    </message>
    <message>
        <source>Microsoft Entra registered</source>
        <translation>Inscrit auprès de Microsoft Entra</translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid joined</source>
        <translation>Joint à Microsoft Entra hybride</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Noncompliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>En période de grâce</translation>
    </message>
    <message>
        <source>Configuration Manager</source>
        <translation>Configuration Manager</translation>
    </message>
</context>
<context>
    <name>DeviceCodeResponse</name>
    <message>
        <source>The sign-in service&apos;s device code answer is incomplete.</source>
        <translation>La réponse du service de connexion pour le code d&apos;appareil est incomplète.</translation>
    </message>
</context>
<context>
    <name>DeviceCsvExport</name>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeviceJson</name>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>not a date and time: %1</source>
        <translation>pas une date et heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>id: missing; the device was skipped</source>
        <translation>id&#xa0;: absent&#xa0;; l&apos;appareil a été ignoré</translation>
    </message>
    <message>
        <source>an element is not an object</source>
        <translation>un élément n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>item %1: not an object; skipped</source>
        <translation>élément %1&#xa0;: pas un objet&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
</context>
<context>
    <name>DeviceListFile</name>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not valid UTF-8 text.</source>
        <translation>texte UTF-8 non valide.</translation>
    </message>
    <message>
        <source>a control character (such as a tab) cannot be part of a device&apos;s id, name or serial number; give one device per line.</source>
        <translation>un caractère de contrôle (une tabulation par exemple) ne peut pas faire partie de l&apos;identifiant, du nom ou du numéro de série d&apos;un appareil&#xa0;; indiquez un appareil par ligne.</translation>
    </message>
    <message>
        <source>longer than %1 characters: not a device&apos;s id, name or serial number.</source>
        <translation>plus de %1 caractères&#xa0;: ce n&apos;est pas l&apos;identifiant, le nom ou le numéro de série d&apos;un appareil.</translation>
    </message>
    <message>
        <source>%1 names no device (blank lines and lines starting with # are ignored).</source>
        <translation>%1 ne nomme aucun appareil (les lignes vides et celles qui commencent par # sont ignorées).</translation>
    </message>
</context>
<context>
    <name>DeviceListWriter</name>
    <message>
        <source>TENANT</source>
        <translation>LOCATAIRE</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>Erreur du service</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Autorisation refusée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Throttled by the service</source>
        <translation>Limité par le service</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Unexpected answer from the service</source>
        <translation>Réponse inattendue du service</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>Connexion non sécurisée refusée</translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation>Erreur du trousseau</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrée non valide</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
</context>
<context>
    <name>IdentityClient</name>
    <message>
        <source>The sign-in service did not answer in time.</source>
        <translation>Le service de connexion n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in service at %1.</source>
        <translation>Impossible de joindre le service de connexion à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>The sign-in service answered with a redirect, which is not followed for sign-in requests.</source>
        <translation>Le service de connexion a répondu par une redirection, qui n&apos;est pas suivie pour les demandes de connexion.</translation>
    </message>
    <message>
        <source>The sign-in service answered with something that is not JSON.</source>
        <translation>Le service de connexion a répondu par un contenu qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>Sign-in is not configured.</source>
        <translation>La connexion n&apos;est pas configurée.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 est trop volumineux.</translation>
    </message>
</context>
<context>
    <name>IntunePermissions</name>
    <message>
        <source>Microsoft Graph&apos;s list of your Intune permissions could not be read.</source>
        <translation>La liste de vos autorisations Intune envoyée par Microsoft Graph n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Microsoft Graph listed no Intune permission for your account.</source>
        <translation>Microsoft Graph n’a indiqué aucune autorisation Intune pour votre compte.</translation>
    </message>
    <message>
        <source>Your Intune role does not include %1.</source>
        <translation>Votre rôle Intune n’inclut pas %1.</translation>
    </message>
    <message>
        <source>Your Intune role includes %1: the device is probably outside your role&apos;s scope tags, or your role changed since you signed in.</source>
        <translation>Votre rôle Intune inclut %1&#xa0;: l’appareil est probablement hors des balises d’étendue de votre rôle, ou votre rôle a changé depuis votre connexion.</translation>
    </message>
    <message>
        <source>Remote tasks › Reset passcode</source>
        <translation>Tâches à distance › Réinitialiser le code secret</translation>
    </message>
    <message>
        <source>Managed devices › Read</source>
        <translation>Appareils gérés › Lire</translation>
    </message>
    <message>
        <source>Remote tasks › Remote lock</source>
        <translation>Tâches à distance › Verrouillage à distance</translation>
    </message>
    <message>
        <source>Remote tasks › Sync devices</source>
        <translation>Tâches à distance › Synchroniser les appareils</translation>
    </message>
</context>
<context>
    <name>LikelyCause</name>
    <message>
        <source>Likely cause: no device configuration policy that requires a passcode is assigned to this device. Fix: assign a passcode policy (device restrictions or a work-profile password policy), let the device check in, then send the action again.</source>
        <translation>Cause probable&#xa0;: aucune stratégie de configuration d&apos;appareil exigeant un code secret n&apos;est affectée à cet appareil. Solution&#xa0;: affectez une stratégie de code secret (restrictions d&apos;appareil ou stratégie de mot de passe du profil professionnel), laissez l&apos;appareil effectuer un archivage, puis renvoyez l&apos;action.</translation>
    </message>
    <message>
        <source>Likely cause: Intune holds a wrong unlock token for this device, so the passcode cannot be removed. Only a wipe recovers the device.</source>
        <translation>Cause probable&#xa0;: Intune détient un jeton de déverrouillage erroné pour cet appareil, le code secret ne peut donc pas être supprimé. Seule une réinitialisation permet de récupérer l&apos;appareil.</translation>
    </message>
    <message>
        <source>Likely cause: the Microsoft PIN Reset Service is not set up in the tenant or not enabled on the device (PassportForWork EnablePinRecovery).</source>
        <translation>Cause probable&#xa0;: le service de réinitialisation du code confidentiel Microsoft n&apos;est pas configuré dans le locataire ou n&apos;est pas activé sur l&apos;appareil (PassportForWork EnablePinRecovery).</translation>
    </message>
    <message>
        <source>Check the device in the Intune admin center and send the action again if it still applies.</source>
        <translation>Vérifiez l&apos;appareil dans le centre d&apos;administration Intune et renvoyez l&apos;action si elle s&apos;applique toujours.</translation>
    </message>
    <message>
        <source>Likely cause: the user has not activated the work-profile reset token. A work-profile passcode policy must be assigned and the user must accept the prompt to set the work-profile passcode; then send the action again.</source>
        <translation>Cause probable&#xa0;: l&apos;utilisateur n&apos;a pas activé le jeton de réinitialisation du profil professionnel. Une stratégie de code secret du profil professionnel doit être affectée et l&apos;utilisateur doit accepter l&apos;invite à définir le code secret du profil professionnel&#xa0;; renvoyez ensuite l&apos;action.</translation>
    </message>
    <message>
        <source>Intune reports that this device does not support the action. Check its platform and enrollment type against the supported platforms.</source>
        <translation>Intune signale que cet appareil ne prend pas en charge l&apos;action. Comparez sa plateforme et son type d&apos;inscription aux plateformes prises en charge.</translation>
    </message>
    <message>
        <source>No passcode policy is assigned to the device.</source>
        <translation>Aucune stratégie de code secret n&apos;est affectée à l&apos;appareil.</translation>
    </message>
    <message>
        <source>Intune holds a wrong unlock token for the device.</source>
        <translation>Intune détient un jeton de déverrouillage erroné pour l&apos;appareil.</translation>
    </message>
    <message>
        <source>The PIN Reset Service is not set up.</source>
        <translation>Le service de réinitialisation du code confidentiel n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>Check the device in the Intune admin center.</source>
        <translation>Vérifiez l&apos;appareil dans le centre d&apos;administration Intune.</translation>
    </message>
    <message>
        <source>The user has not activated the work-profile reset token.</source>
        <translation>L&apos;utilisateur n&apos;a pas activé le jeton de réinitialisation du profil professionnel.</translation>
    </message>
    <message>
        <source>The device does not support this action.</source>
        <translation>L&apos;appareil ne prend pas en charge cette action.</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>The sign-in was declined or cancelled in the browser.</source>
        <translation>La connexion a été refusée ou annulée dans le navigateur.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Le code de connexion a expiré avant d&apos;être utilisé. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in service did not recognise the sign-in code. Start the sign-in again.</source>
        <translation>Le service de connexion n&apos;a pas reconnu le code de connexion. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your organisation requires you to sign in again interactively.</source>
        <translation>Votre organisation exige que vous vous reconnectiez de manière interactive.</translation>
    </message>
    <message>
        <source>An administrator must grant consent to this application&apos;s permissions in the tenant.</source>
        <translation>Un administrateur doit accorder son consentement aux autorisations de cette application dans le locataire.</translation>
    </message>
    <message>
        <source>The application (client) ID is not registered in this tenant as a public client. Check the app registration and that “Allow public client flows” is on.</source>
        <translation>L&apos;ID d&apos;application (client) n&apos;est pas inscrit comme client public dans ce locataire. Vérifiez l&apos;inscription d&apos;application et que «&#xa0;Autoriser les flux clients publics&#xa0;» est activé.</translation>
    </message>
    <message>
        <source>The app registration does not allow the permissions this console needs (DeviceManagementManagedDevices.Read.All and PrivilegedOperations.All).</source>
        <translation>L&apos;inscription d&apos;application n&apos;autorise pas les autorisations dont cette console a besoin (DeviceManagementManagedDevices.Read.All et PrivilegedOperations.All).</translation>
    </message>
    <message>
        <source>The sign-in service does not support this way of signing in.</source>
        <translation>Le service de connexion ne prend pas en charge ce mode de connexion.</translation>
    </message>
    <message>
        <source>The sign-in service refused the request. Check the tenant and application ID.</source>
        <translation>Le service de connexion a refusé la demande. Vérifiez le locataire et l&apos;ID d&apos;application.</translation>
    </message>
    <message>
        <source>The sign-in service is temporarily unavailable. Try again in a few minutes.</source>
        <translation>Le service de connexion est temporairement indisponible. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in. Start the sign-in again.</source>
        <translation>Le navigateur a renvoyé une réponse qui n&apos;appartient pas à cette connexion. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>The sign-in service answered with HTTP status %1.</source>
        <translation>Le service de connexion a répondu avec le statut HTTP %1.</translation>
    </message>
</context>
<context>
    <name>OpenPgpFile</name>
    <message>
        <source>GnuPG (gpg) is not installed, or too old: the encrypted export needs it. Install the gpg and gpg-agent packages.</source>
        <translation>GnuPG (gpg) n&apos;est pas installé, ou trop ancien&#xa0;: l&apos;export chiffré en a besoin. Installez les paquets gpg et gpg-agent.</translation>
    </message>
    <message>
        <source>The GPGME library could not be initialised.</source>
        <translation>La bibliothèque GPGME n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>Enter a passphrase to encrypt the file.</source>
        <translation>Saisissez une phrase secrète pour chiffrer le fichier.</translation>
    </message>
    <message>
        <source>The passphrase cannot contain a line break.</source>
        <translation>La phrase secrète ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>%1 is not an executable program.</source>
        <translation>%1 n&apos;est pas un programme exécutable.</translation>
    </message>
    <message>
        <source>Cannot prepare the encryption: no private folder for gpg in %1.</source>
        <translation>Impossible de préparer le chiffrement&#xa0;: aucun dossier privé pour gpg dans %1.</translation>
    </message>
    <message>
        <source>Encryption with gpg failed; nothing was written. Check that the gpg and gpg-agent packages are installed.</source>
        <translation>Le chiffrement avec gpg a échoué&#xa0;; rien n&apos;a été écrit. Vérifiez que les paquets gpg et gpg-agent sont installés.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PasscodeCells</name>
    <message>
        <source>Reset passcode (work profile)</source>
        <translation>Réinitialiser le code secret (profil professionnel)</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>a passcode action is already under way</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1 acts on the %2.</source>
        <comment>Reset passcode acts on the work profile</comment>
        <translation>%1 agit sur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Passcode action available</source>
        <translation>Action de code secret disponible</translation>
    </message>
    <message>
        <source>No passcode action</source>
        <translation>Aucune action de code secret</translation>
    </message>
    <message>
        <source>Passcode action pending</source>
        <translation>Action de code secret en attente</translation>
    </message>
</context>
<context>
    <name>PasscodeExport</name>
    <message>
        <source>There are no passcodes to export.</source>
        <translation>Il n&apos;y a aucun code secret à exporter.</translation>
    </message>
</context>
<context>
    <name>PasscodeFormat</name>
    <message>
        <source>zero</source>
        <translation>zéro</translation>
    </message>
    <message>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <source>three</source>
        <translation>trois</translation>
    </message>
    <message>
        <source>four</source>
        <translation>quatre</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinq</translation>
    </message>
    <message>
        <source>six</source>
        <translation>six</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>huit</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neuf</translation>
    </message>
    <message>
        <source>hyphen</source>
        <translation>tiret</translation>
    </message>
    <message>
        <source>underscore</source>
        <translation>tiret bas</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>point</translation>
    </message>
    <message>
        <source>at sign</source>
        <translation>arobase</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>dièse</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <translation>point d&apos;exclamation</translation>
    </message>
    <message>
        <source>question mark</source>
        <translation>point d&apos;interrogation</translation>
    </message>
    <message>
        <source>asterisk</source>
        <translation>astérisque</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>equals sign</source>
        <translation>signe égal</translation>
    </message>
    <message>
        <source>slash</source>
        <translation>barre oblique</translation>
    </message>
    <message>
        <source>dollar sign</source>
        <translation>signe dollar</translation>
    </message>
    <message>
        <source>percent sign</source>
        <translation>signe pour cent</translation>
    </message>
    <message>
        <source>ampersand</source>
        <translation>esperluette</translation>
    </message>
    <message>
        <source>the character &quot;%1&quot;</source>
        <translation>le caractère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (capital)</source>
        <comment>spelling a capital letter</comment>
        <translation>%1 (majuscule)</translation>
    </message>
    <message>
        <source>%1 (lower case)</source>
        <comment>spelling a lower-case letter</comment>
        <translation>%1 (minuscule)</translation>
    </message>
</context>
<context>
    <name>PasscodeRules</name>
    <message>
        <source>iOS/iPadOS User Enrollment gives Intune no control over the device passcode.</source>
        <translation>L&apos;inscription des utilisateurs iOS/iPadOS ne donne à Intune aucun contrôle sur le code secret de l&apos;appareil.</translation>
    </message>
    <message>
        <source>Intune: Remove passcode (2020–2026 pages); User Enrollment limits</source>
        <translation>Intune&#xa0;: Supprimer le code secret (pages 2020–2026)&#xa0;; limites de l&apos;inscription des utilisateurs</translation>
    </message>
    <message>
        <source>2017 seed (iOS: supported); Intune: Remove passcode (2025–2026)</source>
        <translation>document de 2017 (iOS&#xa0;: pris en charge)&#xa0;; Intune&#xa0;: Supprimer le code secret (2025–2026)</translation>
    </message>
    <message>
        <source>macOS passcodes cannot be reset or removed by Intune; use Remote lock with its recovery PIN instead.</source>
        <translation>Intune ne peut ni réinitialiser ni supprimer les codes secrets macOS&#xa0;; utilisez plutôt le verrouillage à distance avec son code confidentiel de récupération.</translation>
    </message>
    <message>
        <source>2017 seed (macOS: not supported); Intune: Remote lock</source>
        <translation>document de 2017 (macOS&#xa0;: non pris en charge)&#xa0;; Intune&#xa0;: Verrouillage à distance</translation>
    </message>
    <message>
        <source>Windows 10/11 desktop passcodes cannot be reset by Intune.</source>
        <translation>Intune ne peut pas réinitialiser les codes secrets des ordinateurs Windows 10/11.</translation>
    </message>
    <message>
        <source>2017 seed (Windows: not supported)</source>
        <translation>document de 2017 (Windows&#xa0;: non pris en charge)</translation>
    </message>
    <message>
        <source>2017 seed (Windows Phone 8.1 to Windows 10 Creators Update, not Azure AD joined)</source>
        <translation>document de 2017 (Windows Phone 8.1 à Windows 10 Creators Update, non joint à Azure AD)</translation>
    </message>
    <message>
        <source>2020 seed; Intune: Windows 10 Mobile PIN reset</source>
        <translation>document de 2020&#xa0;; Intune&#xa0;: réinitialisation du code confidentiel Windows 10 Mobile</translation>
    </message>
    <message>
        <source>2017 seed (Windows 10 Creators Update and later)</source>
        <translation>document de 2017 (Windows 10 Creators Update et ultérieur)</translation>
    </message>
    <message>
        <source>This Windows phone is Azure AD joined but older than the Creators Update (10.0.15063): PIN reset needs the Creators Update, and passcode reset needs a device that is not Azure AD joined.</source>
        <translation>Ce téléphone Windows est joint à Azure AD mais antérieur à Creators Update (10.0.15063)&#xa0;: la réinitialisation du code confidentiel nécessite Creators Update, et la réinitialisation du code secret nécessite un appareil non joint à Azure AD.</translation>
    </message>
    <message>
        <source>2017 and 2020 seeds</source>
        <translation>documents de 2017 et 2020</translation>
    </message>
    <message>
        <source>2017 seed (Android before 7)</source>
        <translation>document de 2017 (Android antérieur à 7)</translation>
    </message>
    <message>
        <source>Android device administrator on Android 7.0 or later (or an unreported version): Google removed passcode reset for all MDM vendors.</source>
        <translation>Administrateur d&apos;appareil Android sur Android 7.0 ou ultérieur (ou version non signalée)&#xa0;: Google a retiré la réinitialisation du code secret pour tous les fournisseurs de MDM.</translation>
    </message>
    <message>
        <source>Intune: passcode reset (2018+ pages)</source>
        <translation>Intune&#xa0;: réinitialisation du code secret (pages de 2018 et ultérieures)</translation>
    </message>
    <message>
        <source>Intune: Reset passcode (2025)</source>
        <translation>Intune&#xa0;: Réinitialiser le code secret (2025)</translation>
    </message>
    <message>
        <source>Intune: Reset passcode (2022+ pages)</source>
        <translation>Intune&#xa0;: Réinitialiser le code secret (pages de 2022 et ultérieures)</translation>
    </message>
    <message>
        <source>Android work profile passcode reset needs Android 8.0 or later (this device reports an older or no version).</source>
        <translation>La réinitialisation du code secret du profil professionnel Android nécessite Android 8.0 ou ultérieur (cet appareil signale une version antérieure ou aucune version).</translation>
    </message>
    <message>
        <source>2017 seed (Android for Work: not supported); Intune 2018 page</source>
        <translation>document de 2017 (Android for Work&#xa0;: non pris en charge)&#xa0;; page Intune de 2018</translation>
    </message>
    <message>
        <source>Intune: Reset passcode (2025); memdocs issue #1311</source>
        <translation>Intune&#xa0;: Réinitialiser le code secret (2025)&#xa0;; problème memdocs #1311</translation>
    </message>
    <message>
        <source>Intune has no passcode action for this platform (%1).</source>
        <translation>Intune ne propose aucune action de code secret pour cette plateforme (%1).</translation>
    </message>
    <message>
        <source>Intune: supported platforms</source>
        <translation>Intune&#xa0;: plateformes prises en charge</translation>
    </message>
    <message>
        <source>%1 does not apply to this device; it takes %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne s&apos;applique pas à cet appareil&#xa0;; il faut utiliser «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The device is in the &quot;%1&quot; management state: retire, wipe and delete override passcode actions.</source>
        <translation>L&apos;appareil est dans l&apos;état de gestion «&#xa0;%1&#xa0;»&#xa0;: la mise hors service, la réinitialisation et la suppression priment sur les actions de code secret.</translation>
    </message>
    <message>
        <source>The Android management mode could not be determined (the device was read without its beta deviceType). Reload the device from the beta endpoint.</source>
        <translation>Le mode de gestion Android n&apos;a pas pu être déterminé (l&apos;appareil a été lu sans son deviceType bêta). Rechargez l&apos;appareil depuis le point de terminaison bêta.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>%1 is already pending for this device since %2; follow it instead of sending a second one.</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» est déjà en attente pour cet appareil depuis %2&#xa0;; suivez-la plutôt que d&apos;en envoyer une deuxième.</translation>
    </message>
    <message>
        <source>The device has never checked in: the action stays pending until it does.</source>
        <translation>L&apos;appareil n&apos;a jamais effectué d&apos;archivage&#xa0;: l&apos;action reste en attente jusqu&apos;à ce qu&apos;il le fasse.</translation>
    </message>
    <message numerus="yes">
        <source>The device last checked in %n day(s) ago: the action stays pending until it checks in again.</source>
        <translation>
            <numerusform>Le dernier archivage de l&apos;appareil date de %n jour&#xa0;: l&apos;action reste en attente jusqu&apos;à son prochain archivage.</numerusform>
            <numerusform>Le dernier archivage de l&apos;appareil date de %n jours&#xa0;: l&apos;action reste en attente jusqu&apos;à son prochain archivage.</numerusform>
        </translation>
    </message>
    <message>
        <source>A device configuration policy must already require a passcode on this device, or the reset fails.</source>
        <translation>Une stratégie de configuration d&apos;appareil doit déjà exiger un code secret sur cet appareil, sinon la réinitialisation échoue.</translation>
    </message>
    <message>
        <source>The user must have activated the work-profile reset token (a work-profile passcode policy and the user accepting the prompt); otherwise the action ends as &quot;not supported&quot;.</source>
        <translation>L&apos;utilisateur doit avoir activé le jeton de réinitialisation du profil professionnel (une stratégie de code secret du profil professionnel et l&apos;acceptation de l&apos;invite par l&apos;utilisateur)&#xa0;; sinon l&apos;action se termine à l&apos;état «&#xa0;non prise en charge&#xa0;».</translation>
    </message>
    <message>
        <source>Only the work-profile passcode is reset; the device PIN itself cannot be reset on a corporate-owned work profile.</source>
        <translation>Seul le code secret du profil professionnel est réinitialisé&#xa0;; le code confidentiel de l&apos;appareil lui-même ne peut pas être réinitialisé sur un profil professionnel appartenant à l&apos;entreprise.</translation>
    </message>
    <message>
        <source>If Intune holds a wrong unlock token, the removal fails for good and only a wipe recovers the device.</source>
        <translation>Si Intune détient un jeton de déverrouillage erroné, la suppression échoue définitivement et seule une réinitialisation permet de récupérer l&apos;appareil.</translation>
    </message>
    <message>
        <source>Microsoft documents Remove passcode for corporate-owned devices; this device is not marked corporate.</source>
        <translation>Microsoft documente Supprimer le code secret pour les appareils appartenant à l&apos;entreprise&#xa0;; cet appareil n&apos;est pas marqué comme appartenant à l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The Microsoft PIN Reset Service must be set up in the tenant and enabled on the device (PassportForWork EnablePinRecovery).</source>
        <translation>Le service de réinitialisation du code confidentiel Microsoft doit être configuré dans le locataire et activé sur l&apos;appareil (PassportForWork EnablePinRecovery).</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non signalée</translation>
    </message>
</context>
<context>
    <name>RemoteAction</name>
    <message>
        <source>Reset passcode</source>
        <translation>Réinitialiser le code secret</translation>
    </message>
    <message>
        <source>Remove passcode</source>
        <translation>Supprimer le code secret</translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation>Réinitialisation du code confidentiel</translation>
    </message>
</context>
<context>
    <name>ReplyInterpreter</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Le serveur a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The server name could not be resolved. Check the network connection.</source>
        <translation>Le nom du serveur n&apos;a pas pu être résolu. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Le service n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be established.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (TLS) avec le serveur.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Le réseau n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The server redirected the request in a way that was refused.</source>
        <translation>Le serveur a redirigé la demande d&apos;une manière qui a été refusée.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>Le serveur proxy n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke the HTTP protocol.</source>
        <translation>La réponse du serveur ne respecte pas le protocole HTTP.</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Une erreur réseau s&apos;est produite.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <source>Refused to send a request to an invalid address.</source>
        <translation>Envoi d&apos;une demande à une adresse non valide refusé.</translation>
    </message>
    <message>
        <source>Refused to send a request over plain http to %1: only https is allowed, except to this computer (loopback).</source>
        <translation>Envoi d&apos;une demande en http simple à %1 refusé&#xa0;: seul https est autorisé, sauf vers cet ordinateur (bouclage).</translation>
    </message>
    <message>
        <source>Refused to go from https to plain http.</source>
        <translation>Passage de https à http simple refusé.</translation>
    </message>
    <message>
        <source>Refused to send a request to another server (%1) than the configured one (%2).</source>
        <translation>Envoi d&apos;une demande à un autre serveur (%1) que celui configuré (%2) refusé.</translation>
    </message>
    <message>
        <source>Conditional Access requires a new sign-in (for example with multi-factor authentication). Sign in again.</source>
        <translation>L&apos;accès conditionnel exige une nouvelle connexion (par exemple avec l&apos;authentification multifacteur). Reconnectez-vous.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Permission denied: the app needs the Microsoft Graph permission %1 (with admin consent) to send remote actions such as Reset passcode. Ask an administrator to grant it.</source>
        <translation>Autorisation refusée&#xa0;: l&apos;application a besoin de l&apos;autorisation Microsoft Graph %1 (avec consentement administrateur) pour envoyer des actions à distance telles que Réinitialiser le code secret. Demandez à un administrateur de l&apos;accorder.</translation>
    </message>
    <message>
        <source>Permission denied: the app needs the Microsoft Graph permission %1 (with admin consent) to read devices. Ask an administrator to grant it.</source>
        <translation>Autorisation refusée&#xa0;: l&apos;application a besoin de l&apos;autorisation Microsoft Graph %1 (avec consentement administrateur) pour lire les appareils. Demandez à un administrateur de l&apos;accorder.</translation>
    </message>
    <message>
        <source>Permission denied by Intune: your account needs an Intune role that allows this remote action: Help Desk Operator, or a custom role with Remote tasks / Reset passcode, with scope tags that include the device.</source>
        <translation>Autorisation refusée par Intune&#xa0;: votre compte a besoin d&apos;un rôle Intune qui autorise cette action à distance&#xa0;: Opérateur du support technique, ou un rôle personnalisé avec Tâches à distance / Réinitialiser le code secret, avec des balises d&apos;étendue qui incluent l&apos;appareil.</translation>
    </message>
    <message>
        <source>Permission denied by Intune: your account needs an Intune role that can read managed devices, such as Help Desk Operator or Read Only Operator, with scope tags that include the devices.</source>
        <translation>Autorisation refusée par Intune&#xa0;: votre compte a besoin d&apos;un rôle Intune qui peut lire les appareils gérés, tel qu&apos;Opérateur du support technique ou Opérateur en lecture seule, avec des balises d&apos;étendue qui incluent les appareils.</translation>
    </message>
    <message>
        <source>Permission denied: the app needs the Microsoft Graph permission %1, and your account an Intune role with Remote tasks / Reset passcode (such as Help Desk Operator).</source>
        <translation>Autorisation refusée&#xa0;: l&apos;application a besoin de l&apos;autorisation Microsoft Graph %1, et votre compte d&apos;un rôle Intune avec Tâches à distance / Réinitialiser le code secret (tel qu&apos;Opérateur du support technique).</translation>
    </message>
    <message>
        <source>Permission denied: the app needs the Microsoft Graph permission %1, and your account an Intune role that can read managed devices (such as Help Desk Operator or Read Only Operator).</source>
        <translation>Autorisation refusée&#xa0;: l&apos;application a besoin de l&apos;autorisation Microsoft Graph %1, et votre compte d&apos;un rôle Intune qui peut lire les appareils gérés (tel qu&apos;Opérateur du support technique ou Opérateur en lecture seule).</translation>
    </message>
    <message>
        <source>The request was sent, but its outcome is unknown: %1 It was not sent again; check the device&apos;s action status before trying again.</source>
        <translation>La demande a été envoyée, mais son résultat est inconnu&#xa0;: %1 Elle n&apos;a pas été renvoyée&#xa0;; vérifiez l&apos;état des actions de l&apos;appareil avant de réessayer.</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>La demande n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>The request was sent, but no HTTP answer came back; its outcome is unknown. It was not sent again.</source>
        <translation>La demande a été envoyée, mais aucune réponse HTTP n&apos;est revenue&#xa0;; son résultat est inconnu. Elle n&apos;a pas été renvoyée.</translation>
    </message>
    <message>
        <source>No HTTP answer came back.</source>
        <translation>Aucune réponse HTTP n&apos;est revenue.</translation>
    </message>
    <message>
        <source>The service redirected a batched request (HTTP %1).</source>
        <translation>Le service a redirigé une demande d&apos;un lot (HTTP %1).</translation>
    </message>
    <message>
        <source>The service redirected the request (HTTP %1) without saying where to.</source>
        <translation>Le service a redirigé la demande (HTTP %1) sans indiquer vers où.</translation>
    </message>
    <message>
        <source>The service redirected a %1 request (HTTP %2); it was not sent again.</source>
        <translation>Le service a redirigé une demande %1 (HTTP %2)&#xa0;; elle n&apos;a pas été renvoyée.</translation>
    </message>
    <message numerus="yes">
        <source>Too many redirects (more than %n).</source>
        <translation>
            <numerusform>Trop de redirections (plus de %n).</numerusform>
            <numerusform>Trop de redirections (plus de %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request as invalid.</source>
        <translation>Microsoft Graph a rejeté la demande comme non valide.</translation>
    </message>
    <message>
        <source>Your sign-in was refused or has expired. Sign in again.</source>
        <translation>Votre connexion a été refusée ou a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The item was not found in Microsoft Graph. It may have been deleted or retired.</source>
        <translation>L&apos;élément est introuvable dans Microsoft Graph. Il a peut-être été supprimé ou mis hors service.</translation>
    </message>
    <message>
        <source>The service gave up waiting for the request (HTTP 408).</source>
        <translation>Le service a cessé d&apos;attendre la demande (HTTP 408).</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is limiting the rate of requests (HTTP 429). Try again in %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph limite le débit des demandes (HTTP 429). Réessayez dans %n seconde.</numerusform>
            <numerusform>Microsoft Graph limite le débit des demandes (HTTP 429). Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph is limiting the rate of requests (HTTP 429). Try again in a moment.</source>
        <translation>Microsoft Graph limite le débit des demandes (HTTP 429). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Microsoft Graph is temporarily unavailable (HTTP 503). Try again later.</source>
        <translation>Microsoft Graph est temporairement indisponible (HTTP 503). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The service failed while handling the request (HTTP %1), so its outcome is unknown. It was not sent again; check the device&apos;s action status before trying again.</source>
        <translation>Le service a échoué pendant le traitement de la demande (HTTP %1)&#xa0;: son résultat est donc inconnu. Elle n&apos;a pas été renvoyée&#xa0;; vérifiez l&apos;état des actions de l&apos;appareil avant de réessayer.</translation>
    </message>
    <message>
        <source>Microsoft Graph failed to answer (HTTP %1). Try again later.</source>
        <translation>Microsoft Graph n&apos;a pas pu répondre (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1).</source>
        <translation>Microsoft Graph a refusé la demande (HTTP %1).</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer that could not be read.</source>
        <translation>Microsoft Graph a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Le corps est vide.</translation>
    </message>
    <message>
        <source>%1 at offset %2 of %3 bytes (truncated or malformed).</source>
        <translation>%1 à la position %2 sur %3 octets (tronqué ou mal formé).</translation>
    </message>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>Le corps n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s answer lacks the expected field &quot;%1&quot;.</source>
        <translation>Il manque le champ attendu «&#xa0;%1&#xa0;» dans la réponse de Microsoft Graph.</translation>
    </message>
    <message>
        <source>The error body was too large and was not read. %1</source>
        <translation>Le corps de l&apos;erreur était trop volumineux et n&apos;a pas été lu. %1</translation>
    </message>
</context>
<context>
    <name>RunRecord</name>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non prise en charge</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not processed</source>
        <translation>Non traitée</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>The bulk run has no valid id.</source>
        <translation>L&apos;exécution groupée n&apos;a pas d&apos;identifiant valide.</translation>
    </message>
    <message>
        <source>The folder of the bulk runs cannot be created: %1</source>
        <translation>Le dossier des exécutions groupées ne peut pas être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bulk run %1 cannot be saved: %2</source>
        <translation>L&apos;exécution groupée %1 ne peut pas être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no bulk run %1.</source>
        <translation>Il n&apos;existe pas d&apos;exécution groupée %1.</translation>
    </message>
    <message>
        <source>The bulk run %1 cannot be read: %2</source>
        <translation>L&apos;exécution groupée %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file of the bulk run %1 is damaged.</source>
        <translation>Le fichier de l&apos;exécution groupée %1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>work profile</source>
        <translation>profil professionnel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language changes at once and is remembered. The --lang command-line option overrides it for one run.</source>
        <translation>La langue change immédiatement et est mémorisée. L&apos;option de ligne de commande --lang la remplace pour une exécution.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>&amp;Tenant (ID or domain):</source>
        <translation>&amp;Locataire (ID ou domaine)&#xa0;:</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com</source>
        <translation>contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>ID d&apos;&amp;application (client)&#xa0;:</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>Clou&amp;d&#xa0;:</translation>
    </message>
    <message>
        <source>The app registration your tenant admin made (see the README). Leave both empty to use the sandbox tenant. Changing the tenant signs you out and connects to the new one.</source>
        <translation>L&apos;inscription d&apos;application créée par l&apos;administrateur de votre locataire (voir le README). Laissez les deux champs vides pour utiliser le locataire de bac à sable. Changer de locataire vous déconnecte et connecte la console au nouveau.</translation>
    </message>
</context>
<context>
    <name>SyncRules</name>
    <message>
        <source>Intune: Sync (2025 page: Android, iOS/iPadOS, macOS, Windows)</source>
        <translation>Intune&#xa0;: Synchroniser (page de 2025&#xa0;: Android, iOS/iPadOS, macOS, Windows)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non signalée</translation>
    </message>
    <message>
        <source>Intune&apos;s Sync supports Android, iOS/iPadOS, macOS and Windows devices; this device&apos;s platform (%1) is not one of them.</source>
        <translation>La synchronisation Intune prend en charge les appareils Android, iOS/iPadOS, macOS et Windows&#xa0;; la plateforme de cet appareil (%1) n’en fait pas partie.</translation>
    </message>
    <message>
        <source>The device has never checked in: it answers a sync only once it is online and enrolled.</source>
        <translation>L’appareil ne s’est jamais archivé&#xa0;: il ne répond à une synchronisation qu’une fois en ligne et inscrit.</translation>
    </message>
    <message numerus="yes">
        <source>The device last checked in %n day(s) ago: it answers a sync only when it is online again.</source>
        <translation>
            <numerusform>Le dernier archivage de l’appareil date de %n jour&#xa0;: il ne répond à une synchronisation qu’une fois de nouveau en ligne.</numerusform>
            <numerusform>Le dernier archivage de l’appareil date de %n jours&#xa0;: il ne répond à une synchronisation qu’une fois de nouveau en ligne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>résultat inconnu</translation>
    </message>
</context>
<context>
    <name>TenantOptions</name>
    <message>
        <source>Unknown cloud &apos;%1&apos;: use global, usgov, usgov-dod or china.</source>
        <translation>Cloud «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez global, usgov, usgov-dod ou china.</translation>
    </message>
</context>
<context>
    <name>TenantPlanner</name>
    <message>
        <source>%1 (sandbox)</source>
        <comment>a sandbox tenant&apos;s name</comment>
        <translation>%1 (bac à sable)</translation>
    </message>
</context>
<context>
    <name>TenantRoster</name>
    <message>
        <source>A tenant named &apos;%1&apos; is already in the list.</source>
        <translation>Un locataire nommé « %1 » figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>No tenant &apos;%1&apos; in the list.</source>
        <translation>Aucun locataire « %1 » dans la liste.</translation>
    </message>
    <message>
        <source>The tenant needs a name.</source>
        <translation>Le locataire doit avoir un nom.</translation>
    </message>
    <message>
        <source>The tenant&apos;s name is longer than 64 characters.</source>
        <translation>Le nom du locataire dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour: use #RRGGBB.</source>
        <translation>« %1 » n’est pas une couleur : utilisez #RRVVBB.</translation>
    </message>
    <message>
        <source>Give either a tenant and a client id, or a Graph URL.</source>
        <translation>Indiquez soit un locataire et un ID client, soit une URL Graph.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tenant ID or domain.</source>
        <translation>« %1 » n’est ni un ID de locataire ni un domaine.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an application (client) ID.</source>
        <translation>« %1 » n’est pas un ID d’application (client).</translation>
    </message>
</context>
<context>
    <name>TenantSettings</name>
    <message>
        <source>No tenant is configured. Enter the tenant ID or a verified domain of your organisation.</source>
        <translation>Aucun locataire n&apos;est configuré. Saisissez l&apos;ID de locataire ou un domaine vérifié de votre organisation.</translation>
    </message>
    <message>
        <source>“%1” is not a tenant ID or domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un ID de locataire ni un nom de domaine.</translation>
    </message>
    <message>
        <source>No application (client) ID is configured. Enter the ID of the app registration your administrator created.</source>
        <translation>Aucun ID d&apos;application (client) n&apos;est configuré. Saisissez l&apos;ID de l&apos;inscription d&apos;application créée par votre administrateur.</translation>
    </message>
    <message>
        <source>“%1” is not an application (client) ID.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;application (client).</translation>
    </message>
</context>
<context>
    <name>TenantTarget</name>
    <message>
        <source>%1 is not an http(s) URL.</source>
        <translation>%1 n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>%1: a Graph URL has no query or fragment.</source>
        <translation>%1&#xa0;: une URL Graph n&apos;a ni requête ni fragment.</translation>
    </message>
    <message>
        <source>%1: plain http is allowed only to this computer (127.0.0.1, localhost); use https.</source>
        <translation>%1&#xa0;: http simple n&apos;est autorisé que vers cet ordinateur (127.0.0.1, localhost)&#xa0;; utilisez https.</translation>
    </message>
    <message>
        <source>No access token for %1: sign in to its tenant, or give an access token.</source>
        <translation>Aucun jeton d&apos;accès pour %1&#xa0;: connectez-vous à son locataire, ou fournissez un jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>never</source>
        <comment>last check-in</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>in the future (clock skew)</source>
        <comment>a time later than now</comment>
        <translation>dans le futur (décalage d&apos;horloge)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n jour %1 h</numerusform>
            <numerusform>%n jours %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>time left</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>time left</comment>
        <translation>expiré</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time left</comment>
        <translation>encore %1</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The ID token is not a JSON web token.</source>
        <translation>Le jeton d&apos;ID n&apos;est pas un jeton web JSON (JWT).</translation>
    </message>
    <message>
        <source>The client_info of the token response cannot be read.</source>
        <translation>Le champ client_info de la réponse de jeton est illisible.</translation>
    </message>
    <message>
        <source>The sign-in service answered with something that is not JSON.</source>
        <translation>Le service de connexion a répondu par un contenu qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation>Le service de connexion n&apos;a envoyé aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The sign-in service sent a token of an unexpected type.</source>
        <translation>Le service de connexion a envoyé un jeton d&apos;un type inattendu.</translation>
    </message>
    <message>
        <source>The sign-in service sent a token without a lifetime.</source>
        <translation>Le service de connexion a envoyé un jeton sans durée de vie.</translation>
    </message>
</context>
<context>
    <name>WidgetDialogPresenter</name>
    <message>
        <source>Export devices</source>
        <translation>Exporter les appareils</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The sign-in cannot be saved</source>
        <translation>La connexion ne peut pas être enregistrée</translation>
    </message>
    <message>
        <source>The system keychain cannot keep your sign-in: %1</source>
        <translation>Le trousseau du système ne peut pas conserver votre connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>You can go on for this session: nothing is saved, and you sign in again at the next start. To keep the sign-in, unlock or install a keychain (GNOME Keyring, KWallet, KeePassXC) and restart the console.</source>
        <translation>Vous pouvez continuer pour cette session&#xa0;: rien n&apos;est enregistré et vous vous reconnecterez au prochain démarrage. Pour conserver la connexion, déverrouillez ou installez un trousseau (GNOME Keyring, KWallet, KeePassXC) et redémarrez la console.</translation>
    </message>
    <message>
        <source>Continue for this session</source>
        <translation>Continuer pour cette session</translation>
    </message>
    <message>
        <source>Do not sign in</source>
        <translation>Ne pas se connecter</translation>
    </message>
    <message>
        <source>Sync %1?</source>
        <translation>Synchroniser %1&#xa0;?</translation>
    </message>
    <message>
        <source>Ask %1 to check in with Intune now (sandbox tenant %2)?</source>
        <translation>Demander à %1 de s’archiver auprès d’Intune maintenant (locataire de bac à sable %2)&#xa0;?</translation>
    </message>
    <message>
        <source>Ask %1 to check in with Intune now (tenant %2)?</source>
        <translation>Demander à %1 de s’archiver auprès d’Intune maintenant (locataire %2)&#xa0;?</translation>
    </message>
    <message>
        <source>The device receives its pending actions and policies when it checks in. Nothing else changes on it.</source>
        <translation>L’appareil reçoit ses actions et stratégies en attente lors de son archivage. Rien d’autre ne change sur l’appareil.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Passcode Console</source>
        <translation>Passcode Console</translation>
    </message>
    <message>
        <source>Microsoft Intune helpdesk console</source>
        <translation>Console de support technique Microsoft Intune</translation>
    </message>
    <message>
        <source>Sandbox tenant: an Intune-like Microsoft Graph and Entra ID server on 127.0.0.1. Prints its base URL on the first line, then serves until SIGINT or SIGTERM.</source>
        <translation>Locataire de bac à sable&#xa0;: un serveur Microsoft Graph et Entra ID semblable à Intune sur 127.0.0.1. Affiche son URL de base sur la première ligne, puis répond aux demandes jusqu&apos;à SIGINT ou SIGTERM.</translation>
    </message>
</context>
<context>
    <name>passcode::ReplyBodyLimit</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>The answer announced %1 bytes (Content-Length).</source>
        <translation>La réponse annonçait %1 octets (Content-Length).</translation>
    </message>
    <message>
        <source>%1 bytes had arrived when reading stopped.</source>
        <translation>%1 octets étaient arrivés quand la lecture s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1; stopped reading.</source>
        <translation>La réponse du serveur dépassait %1&#xa0;; lecture arrêtée.</translation>
    </message>
</context>
<context>
    <name>passcode::actions::ActionService</name>
    <message>
        <source>the rules do not allow it</source>
        <translation>les règles ne l&apos;autorisent pas</translation>
    </message>
    <message>
        <source>%1 cannot be sent to %2: %3</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» ne peut pas être envoyée à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is already under way for %2.</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» est déjà en cours pour %2.</translation>
    </message>
    <message>
        <source>The service answered with a device that was not asked for.</source>
        <translation>Le service a répondu avec un appareil qui n&apos;était pas demandé.</translation>
    </message>
    <message>
        <source>The service&apos;s answer for device %1 is not a device.</source>
        <translation>La réponse du service pour l&apos;appareil %1 n&apos;est pas un appareil.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>Another Passcode Console or passcodectl on this computer sent %1 to %2 at %3 (state: %4); no second passcode action is sent to the device while it is under way.</source>
        <translation>Une autre Passcode Console ou un autre passcodectl sur cet ordinateur a envoyé %1 à %2 à %3 (état : %4) ; aucune seconde action sur le code secret n&apos;est envoyée à l&apos;appareil tant qu&apos;elle est en cours.</translation>
    </message>
    <message>
        <source>Another Passcode Console or passcodectl on this computer, of a newer version, has an action on %1 that this version does not know (%2, state: %3); no passcode action is sent to the device while it may be under way.</source>
        <translation>Une autre Passcode Console ou un autre passcodectl plus récent sur cet ordinateur a sur %1 une action que cette version ne connaît pas (%2, état : %3) ; aucune action sur le code secret n&apos;est envoyée à l&apos;appareil tant qu&apos;elle peut être en cours.</translation>
    </message>
    <message>
        <source>%1 was not sent to %2: %3 No action leaves without its entry in the journal.</source>
        <translation>%1 n&apos;a pas été envoyé à %2 : %3 Aucune action ne part sans son entrée dans le journal.</translation>
    </message>
</context>
<context>
    <name>passcode::actions::BulkPlanner</name>
    <message>
        <source>%1 is not the passcode action of this device&apos;s platform (%2 is).</source>
        <translation>%1 n&apos;est pas l&apos;action de code secret de la plateforme de cet appareil (c&apos;est %2).</translation>
    </message>
    <message>
        <source>No passcode action is available for this device&apos;s platform.</source>
        <translation>Aucune action de code secret n&apos;est disponible pour la plateforme de cet appareil.</translation>
    </message>
    <message>
        <source>No managed device has this id (it may have been deleted or retired).</source>
        <translation>Aucun appareil géré n&apos;a cet identifiant (il a peut-être été supprimé ou mis hors service).</translation>
    </message>
    <message>
        <source>The device could not be read: %1</source>
        <translation>L&apos;appareil n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not this device.</source>
        <translation>La réponse du service ne correspond pas à cet appareil.</translation>
    </message>
    <message>
        <source>The reading was cancelled.</source>
        <translation>La lecture a été annulée.</translation>
    </message>
</context>
<context>
    <name>passcode::actions::BulkRun</name>
    <message>
        <source>The run was interrupted. Resume it to send the devices not sent yet.</source>
        <translation>L&apos;exécution a été interrompue. Reprenez-la pour envoyer les appareils pas encore envoyés.</translation>
    </message>
    <message>
        <source>The action journal cannot be written, so nothing more is sent: %1</source>
        <translation>Le journal des actions ne peut pas être écrit, donc plus rien n&apos;est envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>Non lu.</translation>
    </message>
    <message>
        <source>The device now calls for %1, not %2.</source>
        <translation>L&apos;appareil appelle désormais %1, et non %2.</translation>
    </message>
</context>
<context>
    <name>passcode::actions::SyncService</name>
    <message>
        <source>Sync cannot be sent to %1: %2</source>
        <translation>La synchronisation ne peut pas être envoyée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A sync is already on its way to %1.</source>
        <translation>Une synchronisation est déjà en route vers %1.</translation>
    </message>
</context>
<context>
    <name>passcode::auth::AuthSession</name>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Renewing sign-in…</source>
        <translation>Renouvellement de la connexion…</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Signed in (not saved)</source>
        <translation>Connecté (non enregistré)</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
</context>
<context>
    <name>passcode::auth::BrowserSignInFlow</name>
    <message>
        <source>No answer came from the browser in time. Start the sign-in again.</source>
        <translation>Aucune réponse n&apos;est venue du navigateur à temps. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Could not listen on this computer for the browser&apos;s answer: %1</source>
        <translation>Impossible d&apos;écouter sur cet ordinateur la réponse du navigateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Sign-in not waiting</source>
        <translation>Aucune connexion en attente</translation>
    </message>
    <message>
        <source>Passcode Console is not waiting for a sign-in. Start the sign-in again from the console.</source>
        <translation>Passcode Console n&apos;attend aucune connexion. Recommencez la connexion depuis la console.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Demande incorrecte</translation>
    </message>
    <message>
        <source>This address is only for the sign-in&apos;s answer.</source>
        <translation>Cette adresse sert uniquement à la réponse de la connexion.</translation>
    </message>
    <message>
        <source>Sign-in rejected</source>
        <translation>Connexion rejetée</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Passcode Console started. Start the sign-in again.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion lancée par Passcode Console. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Sign-in received</source>
        <translation>Connexion reçue</translation>
    </message>
    <message>
        <source>You can close this tab and return to Passcode Console.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Passcode Console.</translation>
    </message>
</context>
<context>
    <name>passcode::auth::ChunkedSecretStore</name>
    <message>
        <source>The sign-in saved in the keychain is incomplete: sign in again.</source>
        <translation>La connexion enregistrée dans le trousseau est incomplète&#xa0;: reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>passcode::auth::DeviceCodeFlow</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
</context>
<context>
    <name>passcode::auth::KeychainSecretStore</name>
    <message>
        <source>The keychain refused access. It may be locked: unlock it (for example by signing in to the desktop again) and retry.</source>
        <translation>Le trousseau a refusé l&apos;accès. Il est peut-être verrouillé&#xa0;: déverrouillez-le (par exemple en vous reconnectant à la session de bureau) et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available (on Linux: no Secret Service such as GNOME Keyring, KWallet or KeePassXC is running).</source>
        <translation>Aucun trousseau n&apos;est disponible (sous Linux&#xa0;: aucun service Secret Service tel que GNOME Keyring, KWallet ou KeePassXC n&apos;est en cours d&apos;exécution).</translation>
    </message>
    <message>
        <source>The keychain does not support this on this platform.</source>
        <translation>Le trousseau ne prend pas cela en charge sur cette plateforme.</translation>
    </message>
    <message>
        <source>The keychain could not delete the saved sign-in.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer la connexion enregistrée.</translation>
    </message>
    <message>
        <source>The keychain could not be used. It may be locked, or the Secret Service may not be running.</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé. Il est peut-être verrouillé, ou le Secret Service n&apos;est peut-être pas en cours d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>passcode::auth::LoopbackRedirectServer</name>
    <message>
        <source>Bad request</source>
        <translation>Demande incorrecte</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La demande est trop volumineuse.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>La demande est mal formée.</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Only GET is accepted.</source>
        <translation>Seul GET est accepté.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>passcode::auth::NullSecretStore</name>
    <message>
        <source>This build of Passcode Console cannot save the sign-in in a keychain.</source>
        <translation>Cette version de Passcode Console ne peut pas enregistrer la connexion dans un trousseau.</translation>
    </message>
</context>
<context>
    <name>passcode::auth::SignedInTokenProvider</name>
    <message>
        <source>Sign in to continue.</source>
        <translation>Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>No saved sign-in was found in the keychain. If the keychain is locked, unlock it and try again; otherwise sign in again.</source>
        <translation>Aucune connexion enregistrée n&apos;a été trouvée dans le trousseau. Si le trousseau est verrouillé, déverrouillez-le et réessayez&#xa0;; sinon, reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>passcode::auth::StaticTokenProvider</name>
    <message>
        <source>The access token was refused or has expired, and a token given on the command line cannot be renewed. Get a new one or sign in.</source>
        <translation>Le jeton d&apos;accès a été refusé ou a expiré, et un jeton fourni sur la ligne de commande ne peut pas être renouvelé. Procurez-vous-en un nouveau ou connectez-vous.</translation>
    </message>
</context>
<context>
    <name>passcode::console::ConsoleSession</name>
    <message>
        <source>%1: %2</source>
        <comment>tenant: reason</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No tenant could be opened.
%1</source>
        <translation>Aucun locataire n&apos;a pu être ouvert.
%1</translation>
    </message>
</context>
<context>
    <name>passcode::console::TenantSession</name>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion nécessaire</translation>
    </message>
    <message>
        <source>Loading %1 of %2</source>
        <translation>Chargement de %1 sur %2</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot use --graph-url %1 without a tenant: only a passcode-sandbox on this computer gives its own tokens. Add --tenant and --client-id to sign in to the tenant behind it.</source>
        <translation>Impossible d&apos;utiliser --graph-url %1 sans locataire&#xa0;: seul un passcode-sandbox sur cet ordinateur fournit lui-même ses jetons. Ajoutez --tenant et --client-id pour vous connecter au locataire derrière cette adresse.</translation>
    </message>
    <message>
        <source>Cannot use --graph-url: %1</source>
        <translation>Impossible d&apos;utiliser --graph-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tenant has no settings.</source>
        <translation>Le locataire n&apos;a pas de paramètres.</translation>
    </message>
    <message>
        <source>The sandbox tenant could not start: %1</source>
        <translation>Le locataire de bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tenant settings are not valid: %1 Correct them in Preferences.</source>
        <translation>Les paramètres du locataire ne sont pas valides&#xa0;: %1 Corrigez-les dans les Préférences.</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::ActionsListCommand</name>
    <message>
        <source>Device actions at %1 (UTC):</source>
        <translation>Actions d&apos;appareil au %1 (UTC)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::BulkResetCommand</name>
    <message>
        <source>No device matches; nothing was sent.</source>
        <translation>Aucun appareil ne correspond&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>No device of the plan is eligible for a passcode action; nothing was sent.</source>
        <translation>Aucun appareil du plan n&apos;est éligible à une action de code secret&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Nothing was sent. To send this plan, run the same command with --reason TEXT --yes (the devices are read again first).</source>
        <translation>Rien n&apos;a été envoyé. Pour envoyer ce plan, relancez la même commande avec --reason TEXTE --yes (les appareils sont d&apos;abord relus).</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: sending %n action(s), at most %2 writes per %3 s.</source>
        <translation>
            <numerusform>Exécution %1&#xa0;: envoi de %n action, au plus %2 écritures par %3 s.</numerusform>
            <numerusform>Exécution %1&#xa0;: envoi de %n actions, au plus %2 écritures par %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions not checked: %1</source>
        <translation>Autorisations non vérifiées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::BulkRunCommand</name>
    <message>
        <source>The run paused: %1 Nothing more was sent; resume it with &apos;passcodectl runs resume %2&apos;.</source>
        <translation>L&apos;exécution est en pause&#xa0;: %1 Plus rien n&apos;a été envoyé&#xa0;; reprenez-la avec «&#xa0;passcodectl runs resume %2&#xa0;».</translation>
    </message>
    <message>
        <source>No device of the run is eligible for a passcode action; nothing was sent.</source>
        <translation>Aucun appareil de l&apos;exécution n&apos;est éligible à une action de code secret&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed or are not supported; see each device&apos;s likely cause above.</source>
        <translation>
            <numerusform>%n action a échoué ou n&apos;est pas prise en charge&#xa0;; voir la cause probable indiquée plus haut.</numerusform>
            <numerusform>%n actions ont échoué ou ne sont pas prises en charge&#xa0;; voir la cause probable de chaque appareil plus haut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %1 s, %n action(s) had not finished; they are not sent again. Follow them with &apos;passcodectl runs resume %2 --wait&apos;.</source>
        <translation>
            <numerusform>Après %1 s, %n action n&apos;était pas terminée&#xa0;; elle n&apos;est pas renvoyée. Suivez-la avec «&#xa0;passcodectl runs resume %2 --wait&#xa0;».</numerusform>
            <numerusform>Après %1 s, %n actions n&apos;étaient pas terminées&#xa0;; elles ne sont pas renvoyées. Suivez-les avec «&#xa0;passcodectl runs resume %2 --wait&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n action(s) is unknown or they were not sent; nothing is sent twice. Follow them with &apos;passcodectl runs resume %1 --wait&apos;.</source>
        <translation>
            <numerusform>Le résultat de %n action est inconnu ou elle n&apos;a pas été envoyée&#xa0;; rien n&apos;est envoyé deux fois. Suivez-la avec «&#xa0;passcodectl runs resume %1 --wait&#xa0;».</numerusform>
            <numerusform>Le résultat de %n actions est inconnu ou elles n&apos;ont pas été envoyées&#xa0;; rien n&apos;est envoyé deux fois. Suivez-les avec «&#xa0;passcodectl runs resume %1 --wait&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The run is paused and nothing more is sent. &apos;passcodectl runs resume %2&apos; follows the %n action(s) still on the wire (never sent again) and sends the rest.</source>
        <translation>
            <numerusform>%1 L&apos;exécution est en pause et plus rien n&apos;est envoyé. «&#xa0;passcodectl runs resume %2&#xa0;» suit %n action encore en transit (jamais renvoyée) et envoie le reste.</numerusform>
            <numerusform>%1 L&apos;exécution est en pause et plus rien n&apos;est envoyé. «&#xa0;passcodectl runs resume %2&#xa0;» suit les %n actions encore en transit (jamais renvoyées) et envoie le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The run is paused and nothing more is sent; &apos;passcodectl runs resume %2&apos; sends the rest.</source>
        <translation>%1 L&apos;exécution est en pause et plus rien n&apos;est envoyé&#xa0;; «&#xa0;passcodectl runs resume %2&#xa0;» envoie le reste.</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::Command</name>
    <message>
        <source>warning:</source>
        <translation>avertissement&#xa0;:</translation>
    </message>
    <message>
        <source>Terminated (SIGTERM): stopped.</source>
        <translation>Terminé (SIGTERM)&#xa0;: arrêté.</translation>
    </message>
    <message>
        <source>Interrupted (Ctrl+C): stopped.</source>
        <translation>Interrompu (Ctrl+C)&#xa0;: arrêté.</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::CtlSession</name>
    <message>
        <source>No tenant is configured: give --tenant and --client-id (the app registration).</source>
        <translation>Aucun locataire n&apos;est configuré&#xa0;: indiquez --tenant et --client-id (l&apos;inscription d&apos;application).</translation>
    </message>
    <message>
        <source>No access token: pass --access-token (or PASSCODECTL_ACCESS_TOKEN), or sign in with &apos;passcodectl --tenant T --client-id ID login&apos;.</source>
        <translation>Aucun jeton d&apos;accès&#xa0;: passez --access-token (ou PASSCODECTL_ACCESS_TOKEN), ou connectez-vous avec «&#xa0;passcodectl --tenant T --client-id ID login&#xa0;».</translation>
    </message>
    <message>
        <source>No access token for %1: pass --access-token or set PASSCODECTL_ACCESS_TOKEN.</source>
        <translation>Aucun jeton d&apos;accès pour %1&#xa0;: passez --access-token ou définissez PASSCODECTL_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a tenant of the roster: its client id, cloud and URLs come from it (change them with &apos;passcodectl tenants remove&apos; and &apos;tenants add&apos;).</source>
        <translation>« %1 » est un locataire de la liste : son ID client, son cloud et ses URL viennent de la liste (modifiez-les avec « passcodectl tenants remove » et « tenants add »).</translation>
    </message>
    <message>
        <source>Not signed in: run &apos;%1&apos; first (or pass --access-token).</source>
        <translation>Non connecté : exécutez d’abord « %1 » (ou passez --access-token).</translation>
    </message>
    <message>
        <source>The saved sign-in of %1 has expired: run &apos;%2&apos; again.</source>
        <translation>La connexion enregistrée de %1 a expiré : exécutez de nouveau « %2 ».</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::DeviceResolver</name>
    <message>
        <source>No device matches &apos;%1&apos; (by id, device name or serial number).</source>
        <translation>Aucun appareil ne correspond à «&#xa0;%1&#xa0;» (par id, nom d&apos;appareil ou numéro de série).</translation>
    </message>
    <message>
        <source>%1 devices match &apos;%2&apos;; name one by its id: %3</source>
        <translation>%1 appareils correspondent à «&#xa0;%2&#xa0;»&#xa0;; désignez-en un par son id&#xa0;: %3</translation>
    </message>
    <message>
        <source>No device matches &apos;%1&apos; (by id, device name, serial number, IMEI or user).</source>
        <translation>Aucun appareil ne correspond à « %1 » (par ID, nom d’appareil, numéro de série, IMEI ou utilisateur).</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::DeviceSelector</name>
    <message>
        <source>The devices matching --all-matching could not all be read: %1</source>
        <translation>Les appareils correspondant à --all-matching n&apos;ont pas tous pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::DevicesFindCommand</name>
    <message>
        <source>No tenant in the roster: add them with &apos;passcodectl tenants add&apos; (or leave out --all-tenants).</source>
        <translation>Aucun locataire dans la liste : ajoutez-les avec « passcodectl tenants add » (ou omettez --all-tenants).</translation>
    </message>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation>Recherche impossible dans %1 : %2</translation>
    </message>
    <message>
        <source>No tenant could be searched.</source>
        <translation>La recherche n’a pu se faire dans aucun locataire.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) could not be searched: %1; the devices of the others are listed.</source>
        <translation>
            <numerusform>Recherche impossible dans %n locataire : %1 ; les appareils des autres sont listés.</numerusform>
            <numerusform>Recherche impossible dans %n locataires : %1 ; les appareils des autres sont listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No device matches &apos;%1&apos; in any tenant (%n searched).</source>
        <translation>
            <numerusform>Aucun appareil ne correspond à « %1 » dans aucun locataire (%n parcouru).</numerusform>
            <numerusform>Aucun appareil ne correspond à « %1 » dans aucun locataire (%n parcourus).</numerusform>
        </translation>
    </message>
    <message>
        <source>No device matches &apos;%1&apos;.</source>
        <translation>Aucun appareil ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::DevicesListCommand</name>
    <message>
        <source>The device list is incomplete (%1 devices loaded): %2</source>
        <translation>La liste des appareils est incomplète (%1 appareils chargés)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 The device list is incomplete (%2 devices loaded).</source>
        <translation>%1 La liste des appareils est incomplète (%2 appareils chargés).</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::LoginCommand</name>
    <message>
        <source>To sign in, open %1 and enter the code %2 (valid until %3).</source>
        <translation>Pour vous connecter, ouvrez %1 et entrez le code %2 (valide jusqu&apos;au %3).</translation>
    </message>
    <message>
        <source>To sign in, open this address in a browser on this computer: %1</source>
        <translation>Pour vous connecter, ouvrez cette adresse dans un navigateur sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (tenant %2).</source>
        <translation>Connecté en tant que %1 (locataire %2).</translation>
    </message>
    <message>
        <source>The sign-in cannot be kept: %1</source>
        <translation>La connexion ne peut pas être conservée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::LogoutCommand</name>
    <message>
        <source>Signed out %1.</source>
        <translation>%1 a été déconnecté.</translation>
    </message>
    <message>
        <source>Nobody was signed in.</source>
        <translation>Personne n&apos;était connecté.</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::ResetCommand</name>
    <message>
        <source>no passcode action applies to this device</source>
        <translation>aucune action de code secret ne s&apos;applique à cet appareil</translation>
    </message>
    <message>
        <source>%1: %2 is not available: %3</source>
        <translation>%1&#xa0;: l&apos;action «&#xa0;%2&#xa0;» n&apos;est pas disponible&#xa0;: %3</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer to the request was lost; the action is not sent again, and the device is polled to find out whether it arrived.</source>
        <translation>La réponse à la demande a été perdue&#xa0;; l&apos;action n&apos;est pas renvoyée, et l&apos;appareil est interrogé pour savoir si elle est arrivée.</translation>
    </message>
    <message>
        <source>%1: %2 was refused: %3</source>
        <translation>%1&#xa0;: l&apos;action «&#xa0;%2&#xa0;» a été refusée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the device is no longer in Intune (it was retired, wiped or deleted); the action cannot finish.</source>
        <translation>%1&#xa0;: l&apos;appareil n&apos;est plus dans Intune (il a été mis hors service, réinitialisé ou supprimé)&#xa0;; l&apos;action ne peut pas se terminer.</translation>
    </message>
    <message>
        <source>%1: %2 is still %3 after %4 s; it was not sent again. Follow it with &apos;passcodectl actions list&apos;.</source>
        <translation>%1&#xa0;: l&apos;action «&#xa0;%2&#xa0;» est toujours à l&apos;état «&#xa0;%3&#xa0;» après %4 s&#xa0;; elle n&apos;a pas été renvoyée. Suivez-la avec «&#xa0;passcodectl actions list&#xa0;».</translation>
    </message>
    <message>
        <source>%1 sent to %2: %3. Follow it with &apos;passcodectl actions list&apos;, or use --wait.</source>
        <translation>Action «&#xa0;%1&#xa0;» envoyée à %2&#xa0;: %3. Suivez-la avec «&#xa0;passcodectl actions list&#xa0;», ou utilisez --wait.</translation>
    </message>
    <message>
        <source>%1: the outcome of %2 is unknown (the answer was lost); it was not sent again. Check with &apos;passcodectl actions list&apos; before sending it again.</source>
        <translation>%1&#xa0;: le résultat de l&apos;action «&#xa0;%2&#xa0;» est inconnu (la réponse a été perdue)&#xa0;; elle n&apos;a pas été renvoyée. Vérifiez avec «&#xa0;passcodectl actions list&#xa0;» avant de la renvoyer.</translation>
    </message>
    <message>
        <source>%1 on %2: done.</source>
        <translation>Action «&#xa0;%1&#xa0;» sur %2&#xa0;: terminée.</translation>
    </message>
    <message>
        <source>The passcode was removed; if a passcode policy applies, the user is asked to set a new one.</source>
        <translation>Le code secret a été supprimé&#xa0;; si une stratégie de code secret s&apos;applique, l&apos;utilisateur est invité à en définir un nouveau.</translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <translation>Code secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shown in the device overview until %1.</source>
        <translation>Affiché dans la Vue d&apos;ensemble de l&apos;appareil jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>A new passcode is in the device overview until %1; add --show-passcode to print it.</source>
        <translation>Un nouveau code secret figure dans la Vue d&apos;ensemble de l&apos;appareil jusqu&apos;au %1&#xa0;; ajoutez --show-passcode pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>%1: %2 was never processed by Intune (the request&apos;s answer was lost and Intune never showed it); you may send it again.</source>
        <translation>%1&#xa0;: l&apos;action «&#xa0;%2&#xa0;» n&apos;a jamais été traitée par Intune (la réponse à la demande a été perdue et Intune ne l&apos;a jamais affichée)&#xa0;; vous pouvez la renvoyer.</translation>
    </message>
    <message>
        <source>%1: %2 failed on the device (error code %3).</source>
        <translation>%1&#xa0;: l&apos;action «&#xa0;%2&#xa0;» a échoué sur l&apos;appareil (code d&apos;erreur %3).</translation>
    </message>
    <message>
        <source>%1: %2 is not supported by the device (error code %3).</source>
        <translation>%1&#xa0;: l&apos;action «&#xa0;%2&#xa0;» n&apos;est pas prise en charge par l&apos;appareil (code d&apos;erreur %3).</translation>
    </message>
    <message>
        <source>%1: %2 was canceled (error code %3).</source>
        <translation>%1&#xa0;: l&apos;action «&#xa0;%2&#xa0;» a été annulée (code d&apos;erreur %3).</translation>
    </message>
    <message>
        <source>Permissions not checked: %1</source>
        <translation>Autorisations non vérifiées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::RunsResumeCommand</name>
    <message>
        <source>There is no run &apos;%1&apos; for this tenant; &apos;passcodectl runs list&apos; shows the runs.</source>
        <translation>Il n&apos;y a pas d&apos;exécution «&#xa0;%1&#xa0;» pour ce locataire&#xa0;; «&#xa0;passcodectl runs list&#xa0;» affiche les exécutions.</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::SyncCommand</name>
    <message>
        <source>%1: Sync is not available: %2</source>
        <translation>%1&#xa0;: la synchronisation n’est pas disponible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync sent to %1: Intune asked the device to check in; it does when it is online (see its last check-in with &apos;passcodectl devices show&apos;).</source>
        <translation>Synchronisation envoyée à %1&#xa0;: Intune a demandé à l’appareil de s’archiver&#xa0;; il le fait quand il est en ligne (voir son dernier archivage avec «&#xa0;passcodectl devices show&#xa0;»).</translation>
    </message>
    <message>
        <source>%1: Sync was refused: %2</source>
        <translation>%1&#xa0;: la synchronisation a été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the outcome of Sync is unknown (the answer was lost); it was not sent again.</source>
        <translation>%1&#xa0;: le résultat de la synchronisation est inconnu (la réponse a été perdue)&#xa0;; elle n’a pas été renvoyée.</translation>
    </message>
    <message>
        <source>%1: Sync is on its way.</source>
        <translation>%1&#xa0;: la synchronisation est en route.</translation>
    </message>
    <message>
        <source>Permissions not checked: %1</source>
        <translation>Autorisations non vérifiées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::TenantFinder</name>
    <message>
        <source>&apos;%1&apos; is too short to look up: give 2 characters or more.</source>
        <translation>« %1 » est trop court pour être cherché : donnez 2 caractères ou plus.</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::TenantsAddCommand</name>
    <message>
        <source>A tenant&apos;s name cannot hold control characters (tabs, line breaks...).</source>
        <translation>Le nom d’un locataire ne peut pas contenir de caractères de contrôle (tabulations, sauts de ligne…).</translation>
    </message>
    <message>
        <source>Unknown cloud &apos;%1&apos;: use global, usgov, usgov-dod or china.</source>
        <translation>Cloud « %1 » inconnu : utilisez global, usgov, usgov-dod ou china.</translation>
    </message>
    <message>
        <source>--client-id and --cloud describe a tenant: give --tenant too.</source>
        <translation>--client-id et --cloud décrivent un locataire : donnez aussi --tenant.</translation>
    </message>
    <message>
        <source>--login-url is the sign-in of a tenant: give --tenant and --client-id too (an endpoint without a tenant needs no sign-in).</source>
        <translation>--login-url est la connexion d’un locataire : donnez aussi --tenant et --client-id (un point de terminaison sans locataire n’a pas besoin de connexion).</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Le fichier de paramètres %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Added %1 (%2) to the tenants.</source>
        <translation>%1 (%2) a été ajouté aux locataires.</translation>
    </message>
    <message>
        <source>Added %1 (%2) to the tenants; sign in with &apos;passcodectl --tenant &quot;%1&quot; login&apos;.</source>
        <translation>%1 (%2) a été ajouté aux locataires ; connectez-vous avec « passcodectl --tenant &quot;%1&quot; login ».</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::TenantsRemoveCommand</name>
    <message>
        <source>No tenant &apos;%1&apos; in the roster (see &apos;passcodectl tenants list&apos;).</source>
        <translation>Aucun locataire « %1 » dans la liste (voir « passcodectl tenants list »).</translation>
    </message>
    <message>
        <source>%1 is still in the roster: its sign-in could not be removed from the keychain (%2).</source>
        <translation>%1 reste dans la liste : sa connexion n’a pas pu être retirée du trousseau (%2).</translation>
    </message>
    <message>
        <source>Signed out %1.</source>
        <translation>%1 est déconnecté.</translation>
    </message>
    <message>
        <source>Removed %1 from the tenants.</source>
        <translation>%1 a été retiré des locataires.</translation>
    </message>
</context>
<context>
    <name>passcode::ctl::WhoamiCommand</name>
    <message>
        <source>%1 (%2), tenant %3</source>
        <translation>%1 (%2), locataire %3</translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired: run &apos;passcodectl login&apos; again.</source>
        <translation>La connexion de %1 a expiré&#xa0;: exécutez à nouveau «&#xa0;passcodectl login&#xa0;».</translation>
    </message>
    <message>
        <source>Not signed in: run &apos;passcodectl login&apos;.</source>
        <translation>Non connecté&#xa0;: exécutez «&#xa0;passcodectl login&#xa0;».</translation>
    </message>
</context>
<context>
    <name>passcode::devices::DeviceDirectoryLoader</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
</context>
<context>
    <name>passcode::engine::ControlEndpointTokenProvider</name>
    <message>
        <source>No access token from %1: it is not a passcode-sandbox, or it did not answer. Give an access token, or sign in to its tenant.</source>
        <translation>Aucun jeton d&apos;accès de %1&#xa0;: ce n&apos;est pas un passcode-sandbox, ou il n&apos;a pas répondu. Fournissez un jeton d&apos;accès, ou connectez-vous à son locataire.</translation>
    </message>
</context>
<context>
    <name>passcode::engine::SandboxTokenProvider</name>
    <message>
        <source>The sandbox tenant has no account %1.</source>
        <translation>Le locataire de bac à sable n&apos;a pas de compte %1.</translation>
    </message>
</context>
<context>
    <name>passcode::engine::TenantEngine</name>
    <message>
        <source>The sign-in of %1 has ended.</source>
        <translation>La connexion à %1 a pris fin.</translation>
    </message>
    <message>
        <source>The sandbox tenant could not start: %1</source>
        <translation>Le locataire de bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox tenant gave no token for %1.</source>
        <translation>Le locataire de bac à sable n&apos;a fourni aucun jeton pour %1.</translation>
    </message>
    <message>
        <source>A ticket or reason is required for a bulk run.</source>
        <translation>Un ticket ou un motif est obligatoire pour une exécution groupée.</translation>
    </message>
    <message>
        <source>No device of the plan can get a passcode action.</source>
        <translation>Aucun appareil du plan ne peut recevoir d&apos;action de code secret.</translation>
    </message>
</context>
<context>
    <name>passcode::graph::GraphBatch</name>
    <message>
        <source>The Graph client is gone.</source>
        <translation>Le client Graph n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This request cannot be sent in a batch: its address is not under the Graph root.</source>
        <translation>Cette demande ne peut pas être envoyée dans un lot&#xa0;: son adresse n&apos;est pas sous la racine de Graph.</translation>
    </message>
    <message>
        <source>The batch answer did not include this action, so its outcome is unknown. It was not sent again.</source>
        <translation>La réponse du lot n&apos;incluait pas cette action&#xa0;: son résultat est donc inconnu. Elle n&apos;a pas été renvoyée.</translation>
    </message>
    <message>
        <source>The batch answer did not include this request.</source>
        <translation>La réponse du lot n&apos;incluait pas cette demande.</translation>
    </message>
    <message>
        <source>The batch answer lists no responses.</source>
        <translation>La réponse du lot ne contient aucune réponse.</translation>
    </message>
    <message>
        <source>The batch failed as a whole (HTTP %1), so the outcome of this action is unknown. It was not sent again.</source>
        <translation>Le lot a échoué dans son ensemble (HTTP %1)&#xa0;: le résultat de cette action est donc inconnu. Elle n&apos;a pas été renvoyée.</translation>
    </message>
    <message>
        <source>The batch request failed; the service may be unavailable. Try again later.</source>
        <translation>La demande de lot a échoué&#xa0;; le service est peut-être indisponible. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>passcode::graph::GraphClient</name>
    <message>
        <source>The network access manager is gone.</source>
        <translation>Le gestionnaire d&apos;accès réseau n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Not signed in: no access token is available.</source>
        <translation>Non connecté&#xa0;: aucun jeton d&apos;accès n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Your sign-in was refused or has expired. Sign in again.</source>
        <translation>Votre connexion a été refusée ou a expiré. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>passcode::graph::GraphPager</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <source>The Graph client is gone.</source>
        <translation>Le client Graph n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A page of results is not a list.</source>
        <translation>Une page de résultats n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The link to the next page of results is not valid.</source>
        <translation>Le lien vers la page de résultats suivante n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The service sent the same next page twice; paging stopped.</source>
        <translation>Le service a envoyé deux fois la même page suivante&#xa0;; la pagination s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The service kept sending pages: %1 items in %2 pages so far, more than this program reads in one list; paging stopped.</source>
        <translation>Le service envoyait toujours des pages&#xa0;: %1 éléments en %2 pages jusqu&apos;ici, plus que ce programme n&apos;en lit dans une liste&#xa0;; pagination arrêtée.</translation>
    </message>
    <message>
        <source>The service announced %1 items but kept sending more pages (%2 items in %3 pages so far); paging stopped.</source>
        <translation>Le service a annoncé %1 éléments mais envoyait toujours d&apos;autres pages (%2 éléments en %3 pages jusqu&apos;ici)&#xa0;; pagination arrêtée.</translation>
    </message>
</context>
<context>
    <name>passcode::rbac::PermissionCheck</name>
    <message>
        <source>the app lacks the Microsoft Graph permission DeviceManagementRBAC.Read.All (with admin consent).</source>
        <translation>l’application n’a pas l’autorisation Microsoft Graph DeviceManagementRBAC.Read.All (avec consentement administrateur).</translation>
    </message>
</context>
<context>
    <name>passcode::ui::ActionBar</name>
    <message>
        <source>Passcode actions</source>
        <translation>Actions de code secret</translation>
    </message>
    <message>
        <source>Waiting for the device&apos;s details.</source>
        <translation>En attente des détails de l&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 (work profile)</source>
        <comment>action (scope)</comment>
        <translation>%1 (profil professionnel)</translation>
    </message>
    <message>
        <source>Available: acts on the %1.</source>
        <comment>scope: device or work profile</comment>
        <translation>Disponible (cible&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Before you send it:</source>
        <translation>Avant de l&apos;envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Not available for this device.</source>
        <translation>Non disponible pour cet appareil.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Non disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not available:</source>
        <translation>Non disponible&#xa0;:</translation>
    </message>
    <message>
        <source>Source: %1 (passcode decision table, row %2).</source>
        <translation>Source&#xa0;: %1 (table de décision du code secret, ligne %2).</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Asks the device to check in with Intune now, so that it receives its pending actions and policies sooner.</source>
        <translation>Demande à l’appareil de s’archiver auprès d’Intune maintenant, pour qu’il reçoive plus tôt ses actions et stratégies en attente.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::ActionNotifications</name>
    <message>
        <source>%1: the new passcode is ready</source>
        <comment>device name</comment>
        <translation>%1&#xa0;: le nouveau code secret est prêt</translation>
    </message>
    <message>
        <source>%1: the passcode was removed</source>
        <comment>device name</comment>
        <translation>%1&#xa0;: le code secret a été supprimé</translation>
    </message>
    <message>
        <source>%1: the new PIN is ready</source>
        <comment>device name</comment>
        <translation>%1&#xa0;: le nouveau code confidentiel est prêt</translation>
    </message>
    <message>
        <source>%1: %2 failed</source>
        <comment>device name, action</comment>
        <translation>%1&#xa0;: échec de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 is not supported</source>
        <comment>device name, action</comment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>passcode::ui::ActionResultsModel</name>
    <message>
        <source>%1 (error %2)</source>
        <comment>state (error code)</comment>
        <translation>%1 (erreur %2)</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>Cette console</translation>
    </message>
    <message>
        <source>Intune</source>
        <comment>source of an action status</comment>
        <translation>Intune</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column: remote action</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column: state of a remote action</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
</context>
<context>
    <name>passcode::ui::AllTenantsActionsModel</name>
    <message>
        <source>Tenant %1</source>
        <translation>Locataire %1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
</context>
<context>
    <name>passcode::ui::AllTenantsActionsPage</name>
    <message>
        <source>Device actions — all tenants</source>
        <translation>Actions d&apos;appareil — tous les locataires</translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation>Filtre de locataire</translation>
    </message>
    <message>
        <source>Device actions of every tenant</source>
        <translation>Actions d&apos;appareil de tous les locataires</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passcode::ui::AllTenantsPage</name>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Device &amp;actions</source>
        <translation>&amp;Actions d&apos;appareil</translation>
    </message>
</context>
<context>
    <name>passcode::ui::Breadcrumb</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Devices › All devices › %1</source>
        <translation>Appareils › Tous les appareils › %1</translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkController</name>
    <message>
        <source>Bulk passcode action</source>
        <translation>Action groupée de code secret</translation>
    </message>
    <message>
        <source>The run could not be started: %1</source>
        <translation>L’exécution n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bulk passcode runs</source>
        <translation>Exécutions groupées</translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation>L’exécution n’a pas pu être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Interrupted bulk run</source>
        <translation>Exécution groupée interrompue</translation>
    </message>
    <message numerus="yes">
        <source>A bulk passcode run did not finish: ticket %1, started %2 by %3, %Ln device(s) not sent yet.</source>
        <translation>
            <numerusform>Une exécution groupée ne s’est pas terminée&#xa0;: ticket %1, démarrée le %2 par %3, %Ln appareil pas encore envoyé.</numerusform>
            <numerusform>Une exécution groupée ne s’est pas terminée&#xa0;: ticket %1, démarrée le %2 par %3, %Ln appareils pas encore envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume reads the devices never sent again and sends them if they are still eligible; the devices already sent are followed, never sent twice.</source>
        <translation>Reprendre relit les appareils jamais envoyés et les envoie s’ils sont encore éligibles&#xa0;; les appareils déjà envoyés sont suivis, jamais envoyés deux fois.</translation>
    </message>
    <message>
        <source>&amp;Resume the run</source>
        <translation>&amp;Reprendre l’exécution</translation>
    </message>
    <message>
        <source>&amp;Show it paused</source>
        <translation>&amp;Afficher en pause</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkPlanDialog</name>
    <message>
        <source>Passcode action for several devices</source>
        <translation>Action de code secret pour plusieurs appareils</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %Ln device(s)</source>
        <translation>
            <numerusform>Plan&#xa0;: %Ln appareil</numerusform>
            <numerusform>Plan&#xa0;: %Ln appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln device(s) again…</source>
        <translation>
            <numerusform>Nouvelle lecture de %Ln appareil…</numerusform>
            <numerusform>Nouvelle lecture de %Ln appareils…</numerusform>
        </translation>
    </message>
    <message>
        <source>Each device is read again from %1 so that the plan rests on fresh data. Nothing is sent before you confirm.</source>
        <translation>Chaque appareil est relu depuis %1 pour que le plan repose sur des données fraîches. Rien n’est envoyé avant votre confirmation.</translation>
    </message>
    <message>
        <source>Devices read</source>
        <translation>Appareils lus</translation>
    </message>
    <message>
        <source>Actions to send</source>
        <translation>Actions à envoyer</translation>
    </message>
    <message>
        <source>&amp;Skipped devices</source>
        <translation>Appareils &amp;ignorés</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation>Pourquoi il est ignoré</translation>
    </message>
    <message>
        <source>Skipped devices, grouped by reason</source>
        <translation>Appareils ignorés, regroupés par motif</translation>
    </message>
    <message>
        <source>&amp;Ticket or reason (required):</source>
        <translation>&amp;Ticket ou motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. INC-4711: kiosk fleet re-issue</source>
        <translation>p. ex. INC-4711&#xa0;: renouvellement du parc de bornes</translation>
    </message>
    <message>
        <source>Ticket or reason</source>
        <translation>Ticket ou motif</translation>
    </message>
    <message>
        <source>Number of devices, typed to confirm</source>
        <translation>Nombre d’appareils, saisi pour confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: send nothing</source>
        <translation>Annuler&#xa0;: ne rien envoyer</translation>
    </message>
    <message>
        <source>Send the passcode actions</source>
        <translation>Envoyer les actions de code secret</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s): %1</source>
        <translation>
            <numerusform>%Ln appareil&#xa0;: %1</numerusform>
            <numerusform>%Ln appareils&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No selected device can get a passcode action now.</source>
        <translation>Aucun appareil sélectionné ne peut recevoir d’action de code secret pour l’instant.</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>&amp;Skipped devices: %L1</source>
        <translation>Appareils &amp;ignorés&#xa0;: %L1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %Ln device(s)</source>
        <translation>
            <numerusform>%1 à %Ln appareil</numerusform>
            <numerusform>%1 à %Ln appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %1 in the tenant %2 (%Ln device(s) in all)? Each device gets its action once; the %3 skipped are left alone.</source>
        <translation>
            <numerusform>Envoyer %1 dans le locataire %2 (%Ln appareil en tout)&#xa0;? Chaque appareil reçoit son action une seule fois&#xa0;; les %3 ignorés ne sont pas touchés.</numerusform>
            <numerusform>Envoyer %1 dans le locataire %2 (%Ln appareils en tout)&#xa0;? Chaque appareil reçoit son action une seule fois&#xa0;; les %3 ignorés ne sont pas touchés.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Type &amp;%L1 to confirm:</source>
        <translation>Saisissez &amp;%L1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>A ticket or reason is required for a bulk run.</source>
        <translation>Un ticket ou un motif est obligatoire pour une exécution groupée.</translation>
    </message>
    <message>
        <source>Type the number of devices (%L1) to confirm.</source>
        <translation>Saisissez le nombre d’appareils (%L1) pour confirmer.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln device(s) in %1</source>
        <translation>
            <numerusform>Envoyer à %Ln appareil dans %1</numerusform>
            <numerusform>Envoyer à %Ln appareils dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkResultsModel</name>
    <message>
        <source>The answer to its request was lost: it is followed, never sent again.</source>
        <translation>La réponse à sa requête a été perdue&#xa0;: l’action est suivie, jamais renvoyée.</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Non envoyé&#xa0;: l’exécution a été annulée.</translation>
    </message>
    <message>
        <source>%1 (work profile)</source>
        <translation>%1 (profil professionnel)</translation>
    </message>
    <message>
        <source>Passcode hidden</source>
        <translation>Code secret masqué</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Likely cause and fix / reason</source>
        <translation>Cause probable et solution / motif</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID de l’appareil</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d’erreur</translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkRunWindow</name>
    <message>
        <source>Bulk passcode run — %1</source>
        <translation>Exécution groupée — %1</translation>
    </message>
    <message>
        <source>Ticket %1 · %2 · started %3 by %4</source>
        <translation>Ticket %1 · %2 · démarrée le %3 par %4</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progression de l’exécution</translation>
    </message>
    <message>
        <source>Stop sending: what has not left is never sent; what left is followed to its end.</source>
        <translation>Arrêter l’envoi&#xa0;: ce qui n’est pas parti ne le sera jamais&#xa0;; ce qui est parti est suivi jusqu’au bout.</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Results of the run</source>
        <translation>Résultats de l’exécution</translation>
    </message>
    <message>
        <source>&amp;Copy passcode</source>
        <translation>&amp;Copier le code secret</translation>
    </message>
    <message>
        <source>Copy the passcode of the selected device</source>
        <translation>Copier le code secret de l’appareil sélectionné</translation>
    </message>
    <message>
        <source>Copy the selected device&apos;s passcode (Ctrl+Shift+C); the clipboard is cleared after 60 seconds if it still holds it</source>
        <translation>Copier le code secret de l’appareil sélectionné (Ctrl+Maj+C)&#xa0;; le Presse-papiers est vidé après 60 secondes s’il le contient encore</translation>
    </message>
    <message>
        <source>Retry &amp;failed…</source>
        <translation>Réessayer les échec&amp;s…</translation>
    </message>
    <message>
        <source>Retry the failed and not processed devices</source>
        <translation>Réessayer les appareils en échec et non traités</translation>
    </message>
    <message>
        <source>Plan the failed, not processed and not sent devices again, after a fresh read</source>
        <translation>Planifier à nouveau les appareils en échec, non traités et non envoyés, après une nouvelle lecture</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Exporter les résultats en CSV</translation>
    </message>
    <message>
        <source>Export the grid to a CSV file (never a passcode)</source>
        <translation>Exporter la grille dans un fichier CSV (jamais de code secret)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the run (it goes on)</source>
        <translation>Fermer l’exécution (elle continue)</translation>
    </message>
    <message>
        <source>%L1 of %L2 finished</source>
        <translation>%L1 sur %L2 terminé(s)</translation>
    </message>
    <message>
        <source>%L1 done</source>
        <translation>%L1 réussi(s)</translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation>%L1 en échec</translation>
    </message>
    <message>
        <source>%L1 not supported</source>
        <translation>%L1 non pris en charge</translation>
    </message>
    <message>
        <source>%L1 pending</source>
        <translation>%L1 en attente</translation>
    </message>
    <message>
        <source>%L1 unknown</source>
        <translation>%L1 inconnu(s)</translation>
    </message>
    <message>
        <source>%L1 not sent yet</source>
        <translation>%L1 pas encore envoyé(s)</translation>
    </message>
    <message>
        <source>%L1 not processed</source>
        <translation>%L1 non traité(s)</translation>
    </message>
    <message>
        <source>%L1 skipped</source>
        <translation>%L1 ignoré(s)</translation>
    </message>
    <message>
        <source>All sent; following the devices</source>
        <translation>Tout est envoyé&#xa0;; suivi des appareils</translation>
    </message>
    <message>
        <source>About %1 left to send</source>
        <translation>Environ %1 d’envoi restant</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Pause the run</source>
        <translation>Mettre l’exécution en pause</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Reprendre l’exécution</translation>
    </message>
    <message>
        <source>&amp;Hide passcode</source>
        <translation>&amp;Masquer le code secret</translation>
    </message>
    <message>
        <source>S&amp;how passcode</source>
        <translation>A&amp;fficher le code secret</translation>
    </message>
    <message>
        <source>Hide the passcode of the selected device</source>
        <translation>Masquer le code secret de l’appareil sélectionné</translation>
    </message>
    <message>
        <source>Show the passcode of the selected device</source>
        <translation>Afficher le code secret de l’appareil sélectionné</translation>
    </message>
    <message>
        <source>Show or hide the selected device&apos;s passcode (Ctrl+R)</source>
        <translation>Afficher ou masquer le code secret de l’appareil sélectionné (Ctrl+R)</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the passcode.</source>
        <translation>
            <numerusform>Copié. Le Presse-papiers sera vidé dans %n seconde s’il contient encore le code secret.</numerusform>
            <numerusform>Copié. Le Presse-papiers sera vidé dans %n secondes s’il contient encore le code secret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be written to %1: %2</source>
        <translation>Les résultats n’ont pas pu être écrits dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>passcode-run-%1.csv</source>
        <comment>export file name</comment>
        <translation>execution-codes-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée dans %1.</numerusform>
            <numerusform>%Ln lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ca&amp;ncel run</source>
        <translation>A&amp;nnuler l’exécution</translation>
    </message>
    <message>
        <source>Export passcodes (encr&amp;ypted)…</source>
        <translation>Exporter les codes secrets (chiffr&amp;é)…</translation>
    </message>
    <message>
        <source>Export the passcodes to an encrypted file</source>
        <translation>Exporter les codes secrets dans un fichier chiffré</translation>
    </message>
    <message>
        <source>Write the collected passcodes to an OpenPGP file encrypted with a passphrase (gpg --decrypt opens it); never as plain text</source>
        <translation>Écrire les codes secrets recueillis dans un fichier OpenPGP chiffré par une phrase secrète (gpg --decrypt l’ouvre)&#xa0;; jamais en clair</translation>
    </message>
    <message>
        <source>Passcodes exported, encrypted, to %1.</source>
        <translation>Codes secrets exportés, chiffrés, dans %1.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::BulkRunsDialog</name>
    <message>
        <source>%L1 %2</source>
        <comment>count and state</comment>
        <translation>%L1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln appareil</numerusform>
            <numerusform>%Ln appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Bulk passcode runs</source>
        <translation>Exécutions groupées</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Open results</source>
        <translation>&amp;Ouvrir les résultats</translation>
    </message>
    <message>
        <source>Open the results of the selected run</source>
        <translation>Ouvrir les résultats de l’exécution sélectionnée</translation>
    </message>
</context>
<context>
    <name>passcode::ui::CallerCheckPanel</name>
    <message>
        <source>Primary user</source>
        <translation>Utilisateur principal</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Nom d&apos;utilisateur principal (UPN)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernier archivage</translation>
    </message>
    <message>
        <source>Enrollment type</source>
        <translation>Type d&apos;inscription</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Verify the caller</source>
        <translation>Vérifier l&apos;appelant</translation>
    </message>
    <message>
        <source>Check these with the caller before you read out a passcode.</source>
        <translation>Vérifiez ces informations avec l&apos;appelant avant de lui lire un code secret.</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;identity verified</source>
        <translation>&amp;Identité de l&apos;appelant vérifiée</translation>
    </message>
    <message>
        <source>Caller&apos;s identity verified</source>
        <translation>Identité de l&apos;appelant vérifiée</translation>
    </message>
    <message>
        <source>The passcode&apos;s Show and Copy stay disabled until you tick this. It is recorded in the journal (who, when, which device) and lasts until you leave this device.</source>
        <translation>Afficher et Copier restent désactivés tant que cette case n&apos;est pas cochée. La vérification est inscrite au journal (qui, quand, quel appareil) et vaut jusqu&apos;à ce que vous quittiez cet appareil.</translation>
    </message>
    <message>
        <source>Not recorded, so the passcode stays hidden: %1</source>
        <translation>Non inscrite au journal, le code secret reste donc masqué : %1</translation>
    </message>
    <message>
        <source>Verified by %1 at %2. Lasts until you leave this device.</source>
        <translation>Vérifiée par %1 le %2. Vaut jusqu&apos;à ce que vous quittiez cet appareil.</translation>
    </message>
    <message>
        <source>Verified at %1. Lasts until you leave this device.</source>
        <translation>Vérifiée le %1. Vaut jusqu&apos;à ce que vous quittiez cet appareil.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>No primary user</source>
        <translation>Aucun utilisateur principal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (how long ago)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>passcode::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type a page, a command, or a device&apos;s name, serial number, IMEI or UPN</source>
        <translation>Tapez une page, une commande, ou le nom, le numéro de série, l&apos;IMEI ou l&apos;UPN d&apos;un appareil</translation>
    </message>
    <message>
        <source>Search pages, commands and devices</source>
        <translation>Rechercher des pages, des commandes et des appareils</translation>
    </message>
    <message>
        <source>Up and Down choose a result, Enter goes to it, Escape closes. Pasting a serial number, IMEI or UPN opens the device it names.</source>
        <translation>Haut et Bas choisissent un résultat, Entrée y va, Échap ferme. Coller un numéro de série, un IMEI ou un UPN ouvre l&apos;appareil qu&apos;il désigne.</translation>
    </message>
    <message>
        <source>Pages, commands and devices</source>
        <translation>Pages, commandes et appareils</translation>
    </message>
    <message>
        <source>Enter goes to the result; Alt+1 to Alt+0 open the recent devices.</source>
        <translation>Entrée va au résultat ; Alt+1 à Alt+0 ouvrent les appareils récents.</translation>
    </message>
    <message>
        <source>Command palette status</source>
        <translation>État de la palette de commandes</translation>
    </message>
    <message>
        <source>Enter: go · %1 … %2: recent devices · Esc: close</source>
        <translation>Entrée&#xa0;: aller · %1 … %2&#xa0;: appareils récents · Échap&#xa0;: fermer</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Enter shows the page.</source>
        <translation>Entrée affiche la page.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Enter runs the command.</source>
        <translation>Entrée exécute la commande.</translation>
    </message>
    <message>
        <source>Recent device</source>
        <translation>Appareil récent</translation>
    </message>
    <message>
        <source>Enter opens the device.</source>
        <translation>Entrée ouvre l&apos;appareil.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a result&apos;s accessible name</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching device(s) shown: type more to narrow the search.</source>
        <translation>
            <numerusform>%1 sur %Ln appareil correspondant affichés&#xa0;: tapez davantage pour affiner la recherche.</numerusform>
            <numerusform>%1 sur %Ln appareils correspondants affichés&#xa0;: tapez davantage pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>passcode::ui::ConfirmActionDialog</name>
    <message>
        <source>Intune resets the work-profile passcode (not the device unlock PIN) when the device next checks in. The new passcode appears on this device&apos;s Overview and stays available for 7 days; the user types it to open the work profile.</source>
        <translation>Intune réinitialise le code secret du profil professionnel (pas le code confidentiel de déverrouillage de l&apos;appareil) lors du prochain archivage de l&apos;appareil. Le nouveau code secret apparaît dans la Vue d&apos;ensemble de cet appareil et reste disponible pendant 7 jours&#xa0;; l&apos;utilisateur le saisit pour ouvrir le profil professionnel.</translation>
    </message>
    <message>
        <source>Intune replaces the device passcode with a new one when the device next checks in. The new passcode appears on this device&apos;s Overview and stays available for 7 days; the user unlocks the device with it.</source>
        <translation>Intune remplace le code secret de l&apos;appareil par un nouveau lors du prochain archivage de l&apos;appareil. Le nouveau code secret apparaît dans la Vue d&apos;ensemble de cet appareil et reste disponible pendant 7 jours&#xa0;; l&apos;utilisateur s&apos;en sert pour déverrouiller l&apos;appareil.</translation>
    </message>
    <message>
        <source>Intune removes the device passcode when the device next checks in, so the device opens without one. No new code is generated. If a passcode policy applies, the user will be asked to set a new passcode.</source>
        <translation>Intune supprime le code secret de l&apos;appareil lors du prochain archivage de l&apos;appareil, qui s&apos;ouvre alors sans code. Aucun nouveau code n&apos;est généré. Si une stratégie de code secret s&apos;applique, l&apos;utilisateur sera invité à définir un nouveau code secret.</translation>
    </message>
    <message>
        <source>Intune asks the Microsoft PIN Reset Service for a new PIN when the device next checks in. The new PIN appears on this device&apos;s Overview and stays available for 7 days.</source>
        <translation>Intune demande un nouveau code confidentiel au service de réinitialisation du code confidentiel Microsoft lors du prochain archivage de l&apos;appareil. Le nouveau code confidentiel apparaît dans la Vue d&apos;ensemble de cet appareil et reste disponible pendant 7 jours.</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on %2?</source>
        <comment>action on device?</comment>
        <translation>%1 sur %2&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <comment>device name (serial number)</comment>
        <translation>%1 (n° de série %2)</translation>
    </message>
    <message>
        <source>No primary user</source>
        <translation>Aucun utilisateur principal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (UPN)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>platform — enrollment type, ownership</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Acts on the %1.</source>
        <comment>scope</comment>
        <translation>Cible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Mises en garde</translation>
    </message>
    <message>
        <source>&amp;Send: %1</source>
        <comment>button: send the action</comment>
        <translation>&amp;Envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;%1 in %2</source>
        <comment>button: send the action in the tenant</comment>
        <translation>&amp;%1 dans %2</translation>
    </message>
    <message>
        <source>%1 — training data, no real devices</source>
        <translation>%1 — données de formation, aucun appareil réel</translation>
    </message>
</context>
<context>
    <name>passcode::ui::CrossTenantResultsModel</name>
    <message>
        <source>Found on the server: not in %1&apos;s loaded device list yet.</source>
        <translation>Trouvé sur le serveur : pas encore dans la liste d&apos;appareils chargée de %1.</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Locataire %1</translation>
    </message>
    <message>
        <source>%1 (found on the server)</source>
        <comment>device name (marker)</comment>
        <translation>%1 (trouvé sur le serveur)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Primary user UPN</source>
        <translation>UPN de l&apos;utilisateur principal</translation>
    </message>
    <message>
        <source>OS</source>
        <comment>column: operating system and version</comment>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernier archivage</translation>
    </message>
</context>
<context>
    <name>passcode::ui::CrossTenantSearch</name>
    <message>
        <source>not open</source>
        <translation>non ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%1: searching… %Ln found so far</source>
        <translation>
            <numerusform>%1 : recherche… %Ln trouvé pour l&apos;instant</numerusform>
            <numerusform>%1 : recherche… %Ln trouvés pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: searching…</source>
        <translation>%1 : recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln found</source>
        <translation>
            <numerusform>%1 : %Ln trouvé</numerusform>
            <numerusform>%1 : %Ln trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <comment>tenant: HTTP status — error</comment>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tenant: error</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tenant: why it cannot be searched</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln found, more on the server (type more of the name)</source>
        <translation>
            <numerusform>%1 : %Ln trouvé, d&apos;autres sur le serveur (tapez davantage du nom)</numerusform>
            <numerusform>%1 : %Ln trouvés, d&apos;autres sur le serveur (tapez davantage du nom)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passcode::ui::CrossTenantSearchPage</name>
    <message>
        <source>Search all tenants</source>
        <translation>Rechercher dans tous les locataires</translation>
    </message>
    <message>
        <source>Device name, serial number, IMEI, UPN or device ID, in every open tenant</source>
        <translation>Nom d&apos;appareil, numéro de série, IMEI, UPN ou ID d&apos;appareil, dans chaque locataire ouvert</translation>
    </message>
    <message>
        <source>Search every tenant</source>
        <translation>Rechercher dans chaque locataire</translation>
    </message>
    <message>
        <source>Search progress by tenant</source>
        <translation>Progression de la recherche par locataire</translation>
    </message>
    <message>
        <source>Devices found in every tenant</source>
        <translation>Appareils trouvés dans tous les locataires</translation>
    </message>
    <message>
        <source>Type a device name, serial number, IMEI, UPN or device ID.</source>
        <translation>Tapez un nom d&apos;appareil, un numéro de série, un IMEI, un UPN ou un ID d&apos;appareil.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) found so far…</source>
        <translation>
            <numerusform>%Ln appareil trouvé pour l&apos;instant…</numerusform>
            <numerusform>%Ln appareils trouvés pour l&apos;instant…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found in %2.</source>
        <translation>%1 trouvé(s) dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln appareil</numerusform>
            <numerusform>%Ln appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln locataire</numerusform>
            <numerusform>%Ln locataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passcode::ui::DeviceActionsModel</name>
    <message>
        <source>Sent from this console; not in the tenant&apos;s audit feed yet.</source>
        <translation>Envoyée depuis cette console&#xa0;; pas encore dans le flux d&apos;audit du locataire.</translation>
    </message>
    <message>
        <source>Primary user: %1</source>
        <translation>Utilisateur principal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column: remote action</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column: state of a remote action</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>Requested</source>
        <comment>column: date and time the action was requested</comment>
        <translation>Date de la demande</translation>
    </message>
</context>
<context>
    <name>passcode::ui::DeviceActionsPage</name>
    <message>
        <source>Device actions</source>
        <translation>Actions d&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the tenant&apos;s remote actions now (F5)</source>
        <translation>Recharger maintenant les actions à distance du locataire (F5)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre d&apos;action</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>The last refresh failed: %1 The list shows the previous answer.</source>
        <translation>La dernière actualisation a échoué&#xa0;: %1 La liste affiche la réponse précédente.</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Dernière actualisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resume auto-refresh</source>
        <translation>Reprendre l&apos;actualisation automatique</translation>
    </message>
    <message>
        <source>Pause auto-refresh</source>
        <translation>Suspendre l&apos;actualisation automatique</translation>
    </message>
    <message numerus="yes">
        <source>Refreshes every %n second(s) while this page is shown.</source>
        <translation>
            <numerusform>Actualisation toutes les %n seconde tant que cette page est affichée.</numerusform>
            <numerusform>Actualisation toutes les %n secondes tant que cette page est affichée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected device action</source>
        <translation>Action d&apos;appareil sélectionnée</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>device — action: state</comment>
        <translation>%1 — %2 : %3</translation>
    </message>
</context>
<context>
    <name>passcode::ui::DeviceOverviewPage</name>
    <message>
        <source>Primary user</source>
        <translation>Utilisateur principal</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Enrollment type</source>
        <translation>Type d&apos;inscription</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Type de jonction</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernier archivage</translation>
    </message>
    <message>
        <source>Management state</source>
        <translation>État de gestion</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Géré par</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Essentials</source>
        <translation>Informations de base</translation>
    </message>
    <message>
        <source>Device action status</source>
        <translation>État des actions d&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Reading the latest details from Intune…</source>
        <translation>Lecture des derniers détails depuis Intune…</translation>
    </message>
    <message>
        <source>Could not read the device from Intune: %1</source>
        <translation>Impossible de lire l&apos;appareil depuis Intune&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the outcome of the request is unknown (%2). It will not be sent again; the device is polled until Intune reports it.</source>
        <translation>%1&#xa0;: le résultat de la demande est inconnu (%2). Elle ne sera pas renvoyée&#xa0;; l&apos;appareil est interrogé jusqu&apos;à ce qu&apos;Intune la signale.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>L&apos;action «&#xa0;%1&#xa0;» a été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Device not found</source>
        <translation>Appareil introuvable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (UPN)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No primary user</source>
        <translation>Aucun utilisateur principal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (how long ago)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Reading the device&apos;s current state from Intune first…</source>
        <translation>Lecture préalable de l&apos;état actuel de l&apos;appareil depuis Intune…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>Action «&#xa0;%1&#xa0;» envoyée à %2.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Caller verified for %1: the passcode can be shown.</source>
        <translation>Appelant vérifié pour %1 : le code secret peut être affiché.</translation>
    </message>
    <message>
        <source>Tick “Caller&apos;s identity verified” (under Verify the caller) to show or copy the passcode.</source>
        <translation>Cochez « Identité de l&apos;appelant vérifiée » (sous Vérifier l&apos;appelant) pour afficher ou copier le code secret.</translation>
    </message>
    <message>
        <source>Sync is on its way to Intune…</source>
        <translation>La synchronisation est en route vers Intune…</translation>
    </message>
    <message>
        <source>Sync sent at %1: Intune asked the device to check in; it does when it is online.</source>
        <translation>Synchronisation envoyée le %1&#xa0;: Intune a demandé à l’appareil de s’archiver&#xa0;; il le fait quand il est en ligne.</translation>
    </message>
    <message>
        <source>Sync sent at %1: its outcome is unknown (the answer was lost). It was not sent again; you may sync again.</source>
        <translation>Synchronisation envoyée le %1&#xa0;: son résultat est inconnu (la réponse a été perdue). Elle n’a pas été renvoyée&#xa0;; vous pouvez synchroniser de nouveau.</translation>
    </message>
    <message>
        <source>Sync sent at %1 was refused: %2</source>
        <translation>La synchronisation envoyée le %1 a été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>A sync is already on its way to the device.</source>
        <translation>Une synchronisation est déjà en route vers l’appareil.</translation>
    </message>
    <message>
        <source>Sync sent to %1.</source>
        <translation>Synchronisation envoyée à %1.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::DeviceTableModel</name>
    <message>
        <source>%1 — %2 %3</source>
        <comment>device name — manufacturer model</comment>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Géré par</translation>
    </message>
    <message>
        <source>Ownership</source>
        <comment>column: corporate or personal device</comment>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>OS</source>
        <comment>column: operating system</comment>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Version du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Primary user UPN</source>
        <translation>UPN de l&apos;utilisateur principal</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernier archivage</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>managed by</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Intune</source>
        <translation>Intune</translation>
    </message>
    <message>
        <source>Intune and Exchange ActiveSync</source>
        <translation>Intune et Exchange ActiveSync</translation>
    </message>
    <message>
        <source>Exchange ActiveSync</source>
        <translation>Exchange ActiveSync</translation>
    </message>
    <message>
        <source>Configuration Manager</source>
        <translation>Configuration Manager</translation>
    </message>
    <message>
        <source>Co-managed</source>
        <translation>Cogéré</translation>
    </message>
    <message>
        <source>Jamf</source>
        <translation>Jamf</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>Microsoft Defender for Endpoint</source>
        <translation>Microsoft Defender pour point de terminaison</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iOS/iPadOS</source>
        <translation>iOS/iPadOS</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Windows Phone / Windows 10 Mobile</source>
        <translation>Windows Phone / Windows 10 Mobile</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>platform</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Passcode action</source>
        <translation>Action de code secret</translation>
    </message>
    <message>
        <source>%1 (found on the server)</source>
        <comment>device name (marker)</comment>
        <translation>%1 (trouvé sur le serveur)</translation>
    </message>
    <message>
        <source>Found on the server: the device list is still loading, so this device was asked of Intune directly. It joins the list when the list reaches it.</source>
        <translation>Trouvé sur le serveur : la liste des appareils est encore en cours de chargement, cet appareil a donc été demandé directement à Intune. Il rejoint la liste quand celle-ci l&apos;atteint.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::DevicesPage</name>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Search name, serial number, UPN, IMEI or model (Ctrl+F)</source>
        <translation>Rechercher par nom, numéro de série, UPN, IMEI ou modèle (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Rechercher des appareils</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the device list from the tenant (F5)</source>
        <translation>Recharger la liste des appareils depuis le locataire (F5)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the devices shown (after search and filters) to a CSV file</source>
        <translation>Exporter les appareils affichés (après recherche et filtres) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop loading devices</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Filtre de plateforme</translation>
    </message>
    <message>
        <source>Ownership filter</source>
        <translation>Filtre de propriété</translation>
    </message>
    <message>
        <source>Compliance filter</source>
        <translation>Filtre de conformité</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>All ownerships</source>
        <translation>Tous les types de propriété</translation>
    </message>
    <message>
        <source>All compliance states</source>
        <translation>Tous les états de conformité</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln device(s)</source>
        <comment>shown of total</comment>
        <translation>
            <numerusform>%L1 sur %Ln appareil</numerusform>
            <numerusform>%L1 sur %Ln appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Chargement des appareils…</translation>
    </message>
    <message>
        <source>Loading devices… %L1 of %L2</source>
        <translation>Chargement des appareils… %L1 sur %L2</translation>
    </message>
    <message>
        <source>Loading devices… %L1 so far</source>
        <translation>Chargement des appareils… %L1 pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) loaded.</source>
        <translation>
            <numerusform>%Ln appareil chargé.</numerusform>
            <numerusform>%Ln appareils chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is incomplete: %L1 devices loaded. %2 Refresh (F5) to try again.</source>
        <translation>La liste est incomplète&#xa0;: %L1 appareils chargés. %2 Actualisez (F5) pour réessayer.</translation>
    </message>
    <message>
        <source>Loading was cancelled: %L1 devices loaded. Refresh (F5) to load them all.</source>
        <translation>Le chargement a été annulé&#xa0;: %L1 appareils chargés. Actualisez (F5) pour tous les charger.</translation>
    </message>
    <message>
        <source>devices-%1.csv</source>
        <comment>export file name</comment>
        <translation>appareils-%1.csv</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln device(s) to %1.</source>
        <translation>
            <numerusform>%Ln appareil exporté vers %1.</numerusform>
            <numerusform>%Ln appareils exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passcode action filter</source>
        <translation>Filtre d’action de code secret</translation>
    </message>
    <message>
        <source>All passcode actions</source>
        <translation>Toutes les actions de code secret</translation>
    </message>
    <message>
        <source>&amp;Passcode action for the selected devices…</source>
        <translation>Action de code &amp;secret des appareils sélectionnés…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Passcode action for %Ln device(s)…</source>
        <translation>
            <numerusform>Action de code &amp;secret pour %Ln appareil…</numerusform>
            <numerusform>Action de code &amp;secret pour %Ln appareils…</numerusform>
        </translation>
    </message>
    <message>
        <source>Passcode action for the selected devices</source>
        <translation>Action de code secret des appareils sélectionnés</translation>
    </message>
    <message>
        <source>Select devices first (Ctrl+click, Shift+click, or Ctrl+A for every device shown).</source>
        <translation>Sélectionnez d’abord des appareils (Ctrl+clic, Maj+clic, ou Ctrl+A pour tous les appareils affichés).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected device(s) has a passcode action available: see the Passcode action column.</source>
        <translation>
            <numerusform>L’appareil sélectionné (%Ln) n’a aucune action de code secret disponible&#xa0;: voir la colonne Action de code secret.</numerusform>
            <numerusform>Aucun des %Ln appareils sélectionnés n’a d’action de code secret disponible&#xa0;: voir la colonne Action de code secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan a passcode action for the %Ln eligible device(s) among the selected ones (Ctrl+Shift+P)</source>
        <translation>
            <numerusform>Planifier une action de code secret pour %Ln appareil éligible parmi la sélection (Ctrl+Maj+P)</numerusform>
            <numerusform>Planifier une action de code secret pour les %Ln appareils éligibles parmi la sélection (Ctrl+Maj+P)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open device</source>
        <translation>&amp;Ouvrir l’appareil</translation>
    </message>
    <message>
        <source>Server search status</source>
        <translation>État de la recherche sur le serveur</translation>
    </message>
</context>
<context>
    <name>passcode::ui::FreedesktopNotifier</name>
    <message>
        <source>Open the device</source>
        <translation>Ouvrir l&apos;appareil</translation>
    </message>
</context>
<context>
    <name>passcode::ui::MainWindow</name>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>About Passcode Console</source>
        <translation>À propos de Passcode Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passcode Console&lt;/b&gt; %1&lt;br&gt;A Microsoft Intune helpdesk console for device passcode actions: reset, remove and PIN reset, with the reasons when an action does not apply.&lt;br&gt;License: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Passcode Console&lt;/b&gt; %1&lt;br&gt;Une console de support technique Microsoft Intune pour les actions de code secret des appareils&#xa0;: réinitialisation, suppression et réinitialisation du code confidentiel, avec les raisons lorsqu&apos;une action ne s&apos;applique pas.&lt;br&gt;Licence&#xa0;: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Export devices to CSV…</source>
        <translation>&amp;Exporter les appareils en CSV…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;All devices</source>
        <translation>&amp;Tous les appareils</translation>
    </message>
    <message>
        <source>&amp;Device actions</source>
        <translation>Actions d&apos;a&amp;ppareil</translation>
    </message>
    <message>
        <source>&amp;Find a device</source>
        <translation>Rec&amp;hercher un appareil</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;About Passcode Console</source>
        <translation>À &amp;propos de Passcode Console</translation>
    </message>
    <message>
        <source>Sign-in expired: %1</source>
        <translation>Connexion expirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only, not saved)</source>
        <translation>Connecté en tant que %1 (cette session uniquement, non enregistrée)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Bulk passcode &amp;runs…</source>
        <translation>&amp;Exécutions groupées…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tenant: message</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tenant — state</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Device actions</source>
        <comment>tenant — page</comment>
        <translation>%1 — Actions d&apos;appareil</translation>
    </message>
    <message>
        <source>%1 — Device overview</source>
        <comment>tenant — page</comment>
        <translation>%1 — Vue d&apos;ensemble de l&apos;appareil</translation>
    </message>
    <message>
        <source>%1 — All devices</source>
        <comment>tenant — page</comment>
        <translation>%1 — Tous les appareils</translation>
    </message>
    <message>
        <source>Switch &amp;tenant…</source>
        <translation>Changer de &amp;locataire…</translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation>&amp;Volet de navigation</translation>
    </message>
    <message>
        <source>Show or hide the tenants and pages on the left (F9)</source>
        <translation>Afficher ou masquer les locataires et les pages à gauche (F9)</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Palette de co&amp;mmandes…</translation>
    </message>
    <message>
        <source>Find a page, a command or a device by typing (Ctrl+K)</source>
        <translation>Trouver une page, une commande ou un appareil en tapant (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>search serial IMEI UPN</source>
        <comment>palette keywords of Find a device</comment>
        <translation>rechercher chercher série IMEI UPN</translation>
    </message>
    <message>
        <source>reload update</source>
        <comment>palette keywords of Refresh</comment>
        <translation>recharger actualiser mettre à jour</translation>
    </message>
    <message>
        <source>csv save</source>
        <comment>palette keywords of Export</comment>
        <translation>csv enregistrer exporter</translation>
    </message>
    <message>
        <source>tenant</source>
        <comment>palette keywords of Switch tenant</comment>
        <translation>locataire tenant</translation>
    </message>
    <message>
        <source>sidebar tenants</source>
        <comment>palette keywords of Navigation pane</comment>
        <translation>volet latéral locataires</translation>
    </message>
    <message>
        <source>settings options</source>
        <comment>palette keywords of Preferences</comment>
        <translation>paramètres options réglages préférences</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>language</source>
        <comment>palette keywords of the language commands</comment>
        <translation>langue language</translation>
    </message>
    <message>
        <source>log out</source>
        <comment>palette keywords of Sign out</comment>
        <translation>déconnexion déconnecter se déconnecter</translation>
    </message>
    <message>
        <source>version help</source>
        <comment>palette keywords of About</comment>
        <translation>version aide à propos</translation>
    </message>
</context>
<context>
    <name>passcode::ui::NavigationPane</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Device actions</source>
        <translation>Actions d&apos;appareil</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>passcode::ui::PasscodePanel</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the passcode.</source>
        <translation>
            <numerusform>Copié. Le Presse-papiers sera vidé dans %n seconde s&apos;il contient encore le code secret.</numerusform>
            <numerusform>Copié. Le Presse-papiers sera vidé dans %n secondes s&apos;il contient encore le code secret.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passcode was cleared from the clipboard.</source>
        <translation>Le code secret a été effacé du Presse-papiers.</translation>
    </message>
    <message>
        <source>Error code reported by Intune: %1.</source>
        <translation>Code d&apos;erreur signalé par Intune&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No passcode action yet</source>
        <translation>Aucune action de code secret pour l&apos;instant</translation>
    </message>
    <message>
        <source>When a passcode action is sent, its progress and the new passcode appear here.</source>
        <translation>Lorsqu&apos;une action de code secret est envoyée, sa progression et le nouveau code secret apparaissent ici.</translation>
    </message>
    <message>
        <source>%1: waiting for the device (%2)</source>
        <translation>%1&#xa0;: en attente de l&apos;appareil (%2)</translation>
    </message>
    <message>
        <source>The device must check in to receive the action. The new passcode appears here when Intune reports it; this page keeps polling.</source>
        <translation>L&apos;appareil doit effectuer un archivage pour recevoir l&apos;action. Le nouveau code secret apparaît ici lorsqu&apos;Intune le signale&#xa0;; cette page continue d&apos;interroger Intune.</translation>
    </message>
    <message>
        <source>The device must check in to receive the action. The result appears here when Intune reports it; this page keeps polling.</source>
        <translation>L&apos;appareil doit effectuer un archivage pour recevoir l&apos;action. Le résultat apparaît ici lorsqu&apos;Intune le signale&#xa0;; cette page continue d&apos;interroger Intune.</translation>
    </message>
    <message>
        <source>%1: outcome unknown</source>
        <translation>%1&#xa0;: résultat inconnu</translation>
    </message>
    <message>
        <source>The connection dropped or timed out before Intune answered, so it is not known whether the request arrived. It was not sent again: this console keeps polling the device until Intune reports the action.</source>
        <translation>La connexion a été interrompue ou a expiré avant la réponse d&apos;Intune&#xa0;: on ne sait donc pas si la demande est arrivée. Elle n&apos;a pas été renvoyée&#xa0;: cette console continue d&apos;interroger l&apos;appareil jusqu&apos;à ce qu&apos;Intune signale l&apos;action.</translation>
    </message>
    <message>
        <source>New work-profile passcode</source>
        <translation>Nouveau code secret du profil professionnel</translation>
    </message>
    <message>
        <source>New device passcode</source>
        <translation>Nouveau code secret de l&apos;appareil</translation>
    </message>
    <message>
        <source>Read it to the user, who types it on the device. Verify the caller&apos;s identity before revealing it.</source>
        <translation>Lisez-le à l&apos;utilisateur, qui le saisit sur l&apos;appareil. Vérifiez l&apos;identité de l&apos;appelant avant de le révéler.</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminée</translation>
    </message>
    <message>
        <source>Intune no longer shows the passcode (it is kept for 7 days). Send the action again if the user still needs one.</source>
        <translation>Intune n&apos;affiche plus le code secret (il est conservé 7 jours). Renvoyez l&apos;action si l&apos;utilisateur en a encore besoin.</translation>
    </message>
    <message>
        <source>Passcode removed</source>
        <translation>Code secret supprimé</translation>
    </message>
    <message>
        <source>The passcode was removed; if a passcode policy applies, the user will be asked to set a new one.</source>
        <translation>Le code secret a été supprimé&#xa0;; si une stratégie de code secret s&apos;applique, l&apos;utilisateur sera invité à en définir un nouveau.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1&#xa0;: échec</translation>
    </message>
    <message>
        <source>%1: not supported on this device</source>
        <translation>%1&#xa0;: non prise en charge sur cet appareil</translation>
    </message>
    <message>
        <source>%1 was canceled</source>
        <translation>%1&#xa0;: annulée</translation>
    </message>
    <message>
        <source>Intune canceled the action (a retire, wipe or delete overrides pending actions).</source>
        <translation>Intune a annulé l&apos;action (une mise hors service, une réinitialisation ou une suppression prime sur les actions en attente).</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the passcode; the clipboard is cleared after a while if it still holds it.</source>
        <translation>Copier le code secret&#xa0;; le Presse-papiers est vidé au bout d&apos;un moment s&apos;il le contient encore.</translation>
    </message>
    <message>
        <source>Passcode, hidden</source>
        <translation>Code secret, masqué</translation>
    </message>
    <message numerus="yes">
        <source>Numeric: %n digit(s), typed on the numeric keypad.</source>
        <translation>
            <numerusform>Numérique&#xa0;: %n chiffre, saisi sur le pavé numérique.</numerusform>
            <numerusform>Numérique&#xa0;: %n chiffres, saisis sur le pavé numérique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alphanumeric: %n character(s), letters and digits, case-sensitive; the user needs the full keyboard.</source>
        <translation>
            <numerusform>Alphanumérique&#xa0;: %n caractère, lettres et chiffres, sensible à la casse&#xa0;; l&apos;utilisateur a besoin du clavier complet.</numerusform>
            <numerusform>Alphanumérique&#xa0;: %n caractères, lettres et chiffres, sensible à la casse&#xa0;; l&apos;utilisateur a besoin du clavier complet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read out: %1</source>
        <translation>À lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requested %1 (%2 ago).</source>
        <translation>Demandée le %1 (il y a %2).</translation>
    </message>
    <message>
        <source>%1 for %2.</source>
        <translation>%1 depuis %2.</translation>
    </message>
    <message>
        <source>The device last checked in %1 (%2).</source>
        <translation>Dernier archivage de l&apos;appareil&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Shown for 7 days: %1 (until %2).</source>
        <translation>Affiché pendant 7 jours&#xa0;: %1 (jusqu&apos;au %2).</translation>
    </message>
</context>
<context>
    <name>passcode::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters: a long phrase is easier to type than a short password and harder to guess.</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère&#xa0;: une longue phrase est plus facile à taper qu&apos;un mot de passe court, et plus difficile à deviner.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères&#xa0;: une longue phrase est plus facile à taper qu&apos;un mot de passe court, et plus difficile à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Saisissez de nouveau la phrase secrète pour la confirmer.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Passphrase for the encrypted export</source>
        <translation>Phrase secrète de l&apos;export chiffré</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>The passcodes are written to %1, encrypted with this passphrase (OpenPGP). Open it with &quot;gpg --decrypt&quot; or another OpenPGP tool. Give the passphrase to its recipient by another way than the file. It is not stored anywhere: if it is lost, the file cannot be opened.</source>
        <translation>Les codes secrets sont écrits dans %1, chiffrés avec cette phrase secrète (OpenPGP). Ouvrez-le avec «&#xa0;gpg --decrypt&#xa0;» ou un autre outil OpenPGP. Transmettez la phrase secrète à son destinataire par un autre moyen que le fichier. Elle n&apos;est enregistrée nulle part&#xa0;: si elle est perdue, le fichier ne peut plus être ouvert.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répéter la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Encrypt and save</source>
        <translation>&amp;Chiffrer et enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translation>Vérification de la phrase secrète</translation>
    </message>
</context>
<context>
    <name>passcode::ui::QuickSwitcher</name>
    <message>
        <source>Switch tenant</source>
        <translation>Changer de locataire</translation>
    </message>
    <message>
        <source>Type a tenant&apos;s name</source>
        <translation>Tapez le nom d&apos;un locataire</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tenant — state</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>tenant, state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
</context>
<context>
    <name>passcode::ui::SandboxBanner</name>
    <message>
        <source>Sandbox tenant — training data, no real devices</source>
        <translation>Locataire de bac à sable — données de formation, aucun appareil réel</translation>
    </message>
</context>
<context>
    <name>passcode::ui::ServerDeviceSearch</name>
    <message>
        <source>the list is still loading (%L1 of %L2)</source>
        <translation>la liste est encore en cours de chargement (%L1 sur %L2)</translation>
    </message>
    <message>
        <source>the list is still loading (%L1 so far)</source>
        <translation>la liste est encore en cours de chargement (%L1 pour l&apos;instant)</translation>
    </message>
    <message>
        <source>the list is not loaded</source>
        <translation>la liste n&apos;est pas chargée</translation>
    </message>
    <message>
        <source>the list is incomplete</source>
        <translation>la liste est incomplète</translation>
    </message>
    <message>
        <source>The server search failed: %1 Only the devices loaded so far are searched.</source>
        <translation>La recherche sur le serveur a échoué : %1 Seuls les appareils déjà chargés sont recherchés.</translation>
    </message>
    <message numerus="yes">
        <source>Searching the server… %Ln device(s) found so far.</source>
        <translation>
            <numerusform>Recherche sur le serveur… %Ln appareil trouvé pour l&apos;instant.</numerusform>
            <numerusform>Recherche sur le serveur… %Ln appareils trouvés pour l&apos;instant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the server…</source>
        <translation>Recherche sur le serveur…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) found on the server; %1.</source>
        <translation>
            <numerusform>%Ln appareil trouvé sur le serveur ; %1.</numerusform>
            <numerusform>%Ln appareils trouvés sur le serveur ; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device found on the server; %1.</source>
        <translation>Aucun appareil trouvé sur le serveur ; %1.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Global (commercial, GCC)</source>
        <translation>Mondial (commercial, GCC)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>Gouvernement des États-Unis (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>Gouvernement des États-Unis (DoD)</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>Chine (exploité par 21Vianet)</translation>
    </message>
    <message>
        <source>Enter the tenant too (its ID or a verified domain), or clear both fields for the sandbox.</source>
        <translation>Saisissez aussi le locataire (son ID ou un domaine vérifié), ou videz les deux champs pour le bac à sable.</translation>
    </message>
    <message>
        <source>Enter the application (client) ID of the app registration too, or clear both fields for the sandbox.</source>
        <translation>Saisissez aussi l&apos;ID d&apos;application (client) de l&apos;inscription d&apos;application, ou videz les deux champs pour le bac à sable.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tenant ID or domain name (for example contoso.onmicrosoft.com).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un ID de locataire ni un nom de domaine (par exemple contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an application (client) ID: copy the GUID from the app registration&apos;s Overview.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;application (client)&#xa0;: copiez le GUID depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Writes per 20 seconds:</source>
        <translation>Nombre d’é&amp;critures par 20 secondes&#xa0;:</translation>
    </message>
    <message>
        <source>Writes per 20 seconds</source>
        <translation>Écritures par 20 secondes</translation>
    </message>
    <message>
        <source>The most remote actions the console sends to the tenant in any 20 seconds, single actions and bulk runs together. Intune allows 200 per app and tenant; keeping below leaves room for other tools. Applies at once.</source>
        <translation>Le nombre maximal d’actions à distance que la console envoie au locataire sur 20 secondes, actions uniques et exécutions groupées ensemble. Intune en autorise 200 par application et par locataire&#xa0;; rester en dessous laisse de la place aux autres outils. S’applique immédiatement.</translation>
    </message>
    <message>
        <source>Remote actions</source>
        <translation>Actions à distance</translation>
    </message>
    <message>
        <source>Ask to &amp;verify the caller before a passcode can be shown or copied</source>
        <translation>Demander de &amp;vérifier l&apos;appelant avant d&apos;afficher ou de copier un code secret</translation>
    </message>
    <message>
        <source>Ask to verify the caller before a passcode can be shown or copied</source>
        <translation>Demander de vérifier l&apos;appelant avant d&apos;afficher ou de copier un code secret</translation>
    </message>
    <message>
        <source>On a device&apos;s Overview, Show and Copy of the passcode stay disabled until “Caller&apos;s identity verified” is ticked; each tick is recorded in the journal.</source>
        <translation>Dans la vue d&apos;ensemble d&apos;un appareil, Afficher et Copier restent désactivés tant que « Identité de l&apos;appelant vérifiée » n&apos;est pas cochée ; chaque vérification est inscrite au journal.</translation>
    </message>
    <message>
        <source>&amp;Notify me when an action ends while I am elsewhere</source>
        <translation>&amp;M&apos;avertir quand une action se termine pendant que je suis ailleurs</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifications du bureau</translation>
    </message>
    <message>
        <source>A desktop notification says when a passcode action is done, failed or not supported while the window is not active or shows another page. It never shows the passcode; clicking it opens the device.</source>
        <translation>Une notification du bureau signale qu&apos;une action sur le code secret est terminée, a échoué ou n&apos;est pas prise en charge pendant que la fenêtre n&apos;est pas active ou affiche une autre page. Elle ne montre jamais le code secret&#xa0;; un clic dessus ouvre l&apos;appareil.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::SignInBanner</name>
    <message>
        <source>Your sign-in has expired. Sign in again to go on; nothing on this page is lost.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous pour continuer&#xa0;; rien n&apos;est perdu sur cette page.</translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired. Sign in again to go on; nothing on this page is lost.</source>
        <translation>La connexion de %1 a expiré. Reconnectez-vous pour continuer&#xa0;; rien n&apos;est perdu sur cette page.</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
</context>
<context>
    <name>passcode::ui::SignInDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation>Sur cet appareil ou un autre, ouvrez &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; et saisissez ce code&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Code de connexion %1</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s).</source>
        <translation>
            <numerusform>Le code expire dans %n minute.</numerusform>
            <numerusform>Le code expire dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code has expired: ask for a new one.</source>
        <translation>Le code a expiré&#xa0;: demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>The sign-in page opened in your browser. If it did not, &lt;a href=&quot;#&quot;&gt;open it again&lt;/a&gt;.</source>
        <translation>La page de connexion s&apos;est ouverte dans votre navigateur. Sinon, &lt;a href=&quot;#&quot;&gt;ouvrez-la de nouveau&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Signing in as %1 with the saved sign-in…</source>
        <translation>Connexion en tant que %1 avec la connexion enregistrée…</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code and sign in…</source>
        <translation>En attente de la saisie du code et de votre connexion…</translation>
    </message>
    <message>
        <source>Asking Microsoft Entra ID for a sign-in code…</source>
        <translation>Demande d&apos;un code de connexion à Microsoft Entra ID…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser; this window follows on its own.</source>
        <translation>Terminez la connexion dans votre navigateur&#xa0;; cette fenêtre suit d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired or was revoked: sign in again. The page you were on stays as it is.</source>
        <translation>La connexion de %1 a expiré ou a été révoquée&#xa0;: reconnectez-vous. La page sur laquelle vous étiez reste telle quelle.</translation>
    </message>
    <message>
        <source>Signed in. The system keychain cannot save the sign-in: choose how to go on.</source>
        <translation>Connecté. Le trousseau du système ne peut pas enregistrer la connexion&#xa0;: choisissez comment continuer.</translation>
    </message>
    <message>
        <source>Sign in with your work account to reach the tenant&apos;s devices.</source>
        <translation>Connectez-vous avec votre compte professionnel pour accéder aux appareils du locataire.</translation>
    </message>
    <message>
        <source>Sign in — Passcode Console</source>
        <translation>Connexion — Passcode Console</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Your account needs the Intune Help Desk Operator role (or a custom role with Remote tasks › Reset passcode). Your sign-in is kept in the system keychain, never in a file.</source>
        <translation>Votre compte doit avoir le rôle Intune Opérateur du support technique (ou un rôle personnalisé avec Tâches à distance › Réinitialiser le code secret). Votre connexion est conservée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <source>Opens the Microsoft sign-in page in your web browser.</source>
        <translation>Ouvre la page de connexion Microsoft dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Sign in with a &amp;code</source>
        <translation>Se connecter avec un &amp;code</translation>
    </message>
    <message>
        <source>Shows a code to enter on another device: for computers without a browser, or remote sessions.</source>
        <translation>Affiche un code à saisir sur un autre appareil&#xa0;: pour les ordinateurs sans navigateur ou les sessions à distance.</translation>
    </message>
    <message>
        <source>&amp;Open the page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox tenant</source>
        <translation>Utiliser le locataire de &amp;bac à sable</translation>
    </message>
    <message>
        <source>Training data and no real devices; nothing reaches your tenant.</source>
        <translation>Données de formation et aucun appareil réel&#xa0;; rien n&apos;atteint votre locataire.</translation>
    </message>
    <message>
        <source>Practice: the sandbox tenant signs you in as its helpdesk technician once you approve on its own sign-in page. Nothing is saved.</source>
        <translation>Entraînement&#xa0;: le locataire de bac à sable vous connecte en tant que son technicien du support dès que vous approuvez sur sa propre page de connexion. Rien n&apos;est enregistré.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::SyncOffer</name>
    <message>
        <source>Intune delivers %1 when %2 checks in. Sync the device now so that it checks in sooner?</source>
        <translation>Intune transmet %1 lors de l’archivage de %2. Synchroniser l’appareil maintenant pour qu’il s’archive plus tôt&#xa0;?</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Sync offer</source>
        <translation>Proposition de synchronisation</translation>
    </message>
    <message>
        <source>Asks %1 to check in with Intune now.</source>
        <translation>Demande à %1 de s’archiver auprès d’Intune maintenant.</translation>
    </message>
    <message>
        <source>Hides this offer; Sync stays in the device&apos;s actions.</source>
        <translation>Masque cette proposition&#xa0;; Synchroniser reste dans les actions de l’appareil.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::TenantPages</name>
    <message>
        <source>The action journal could not be written: %1</source>
        <translation>Le journal des actions n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tenant: state</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Sign in to %1…</source>
        <translation>&amp;Se connecter à %1…</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Permissions not checked: %1 Passcode actions are offered as before; Intune still refuses what your role does not allow.</source>
        <translation>Autorisations non vérifiées&#xa0;: %1 Les actions de code secret sont proposées comme avant&#xa0;; Intune refuse toujours ce que votre rôle ne permet pas.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::TenantProfileDialog</name>
    <message>
        <source>&apos;%1&apos; is not a URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>Another tenant is already called &apos;%1&apos;.</source>
        <translation>Un autre locataire s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation>Ajouter un locataire</translation>
    </message>
    <message>
        <source>Edit a tenant</source>
        <translation>Modifier un locataire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contoso</source>
        <translation>Contoso</translation>
    </message>
    <message>
        <source>&amp;Tenant (ID or domain):</source>
        <translation>&amp;Locataire (ID ou domaine)&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant ID or domain</source>
        <translation>ID ou domaine du locataire</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com</source>
        <translation>contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>ID d&apos;&amp;application (client)&#xa0;:</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud&#xa0;:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>&amp;Graph URL (optional):</source>
        <translation>URL &amp;Graph (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Graph URL</source>
        <translation>URL Graph</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8443 for a passcode-sandbox</source>
        <translation>http://127.0.0.1:8443 pour un passcode-sandbox</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>C&amp;ouleur&#xa0;:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>#RRGGBB (empty: the next colour of the palette)</source>
        <translation>#RRVVBB (vide&#xa0;: la couleur suivante de la palette)</translation>
    </message>
    <message>
        <source>Give a tenant and the application (client) ID of its app registration to sign in through Entra ID; or only a Graph URL for a Graph-compatible endpoint such as a passcode-sandbox. Nothing secret is kept in the settings.</source>
        <translation>Indiquez un locataire et l&apos;ID d&apos;application (client) de son inscription d&apos;application pour vous connecter via Entra ID&#xa0;; ou seulement une URL Graph pour un point de terminaison compatible avec Graph, comme un passcode-sandbox. Rien de secret n&apos;est conservé dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::TenantRosterEditor</name>
    <message>
        <source>%1 — %2</source>
        <comment>tenant name — tenant or URL</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>tenant name, tenant or URL</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation>Ajouter un locataire</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected tenant</source>
        <translation>Modifier le locataire sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected tenant</source>
        <translation>Supprimer le locataire sélectionné</translation>
    </message>
    <message>
        <source>Each tenant signs in on its own. Removing a tenant signs out of it (its saved sign-in is deleted) and closes it when you press OK; an added tenant opens at once.</source>
        <translation>Chaque locataire se connecte de son côté. Supprimer un locataire le déconnecte (sa connexion enregistrée est effacée) et le ferme quand vous appuyez sur OK&#xa0;; un locataire ajouté s&apos;ouvre aussitôt.</translation>
    </message>
</context>
<context>
    <name>passcode::ui::TenantSwitcher</name>
    <message>
        <source>%1, %2</source>
        <comment>tenant, state</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
</context>
</TS>
