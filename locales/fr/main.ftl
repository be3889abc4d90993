# Français (French). Every locale has exactly the ids of en-US.
language-name = Français

## PIN verdicts (window and command line)
pin-valid-8 = { $pin } est un code PIN valide : le dernier chiffre correspond aux autres.
pin-valid-4 = { $pin } est un code PIN à 4 chiffres. Les codes PIN à 4 chiffres n’ont pas de chiffre de contrôle : comparez-le donc chiffre par chiffre.
pin-wrong-check-digit = Le dernier chiffre ne correspond pas aux autres : nous attendions { $expected }. Vérifiez à nouveau le code PIN.
pin-empty = Tapez le code PIN : 8 chiffres (parfois 4).
pin-wrong-length = { $count ->
    [one] Vous avez tapé { $count } chiffre. Un code PIN WPS a 8 chiffres (parfois 4).
   *[other] Vous avez tapé { $count } chiffres. Un code PIN WPS a 8 chiffres (parfois 4).
}
pin-not-a-digit = « { $character } » n’est pas un chiffre. Un code PIN WPS ne contient que les chiffres de 0 à 9.
pin-warning-well-known = Ce code PIN est un code par défaut bien connu, publié sur Internet. N’importe qui à proximité pourrait l’utiliser : désactivez donc le WPS sur votre routeur après l’installation.
words-warning = Attention : { $message }

## Header and page titles
nav-back = Retour
nav-home = Accueil
nav-settings = Réglages
page-home = Accueil
page-find-printer = Trouver mon imprimante
page-choose-model = Choisir mon modèle
page-where-pin = Où est le code PIN ?
page-enter-pin = Saisir un code PIN
page-troubleshoot = Ça ne fonctionne pas
page-settings = Réglages

## Words that introduce a message, so meaning never rests on colour alone
notice-ok = C’est bon
notice-warning = Attention
notice-problem = Problème
notice-check-again = À vérifier
notice-good-to-know = Bon à savoir
notice-after-setup = Après l’installation
notice-time-up = Temps écoulé

## Home
home-question = Connectons votre imprimante au Wi-Fi
home-intro = Choisissez par où commencer. Le bouton Accueil vous ramène ici à tout moment.
home-find-printer = Trouver mon imprimante
home-find-printer-desc = Rechercher les imprimantes sur ce réseau.
home-choose-model = Choisir mon modèle
home-choose-model-desc = Tapez le nom ou le numéro de votre imprimante.
home-where-pin = Où est le code PIN ?
home-where-pin-desc = Trouvez le code PIN à 8 chiffres sur votre imprimante.
home-enter-pin = Saisir un code PIN
home-enter-pin-desc = Vérifiez un code PIN et voyez comment l’utiliser.
home-troubleshoot = Ça ne fonctionne pas
home-troubleshoot-desc = Des vérifications à faire, une à la fois.
home-settings = Réglages
home-settings-desc = Taille du texte, couleurs, animations et langue.

## Settings
settings-title = Réglages
settings-intro = Les modifications s’appliquent tout de suite et sont mémorisées sur cet ordinateur.
settings-text-size = Taille du texte
settings-text-smaller = Texte plus petit
settings-text-larger = Texte plus grand
settings-text-reset = Taille normale
settings-text-shortcuts = Clavier : Ctrl et + agrandit le texte, Ctrl et − le réduit, Ctrl et 0 revient à la taille normale.
settings-colours = Couleurs
settings-theme-normal = Normal
settings-theme-normal-desc = Texte foncé sur fond blanc.
settings-theme-high-contrast = Contraste élevé
settings-theme-high-contrast-desc = Texte blanc sur fond noir, avec un épais contour jaune autour de l’élément sélectionné.
settings-motion = Animations
settings-reduce-motion = Réduire les animations
settings-reduce-motion-desc = Désactive les animations. Le minuteur avance alors une fois par seconde.
settings-language = Langue
settings-language-system = Comme sur cet ordinateur ({ $name })
settings-language-system-desc = Suit la langue de votre ordinateur.
settings-stored-in = Les réglages sont enregistrés dans ce dossier : { $path }
settings-not-saved = Vos réglages n’ont pas pu être enregistrés : ils seront perdus à la fermeture de l’application. Raison : { $reason }
settings-problem-corrupt = Votre fichier de réglages était endommagé : l’application a donc démarré avec les réglages normaux.
settings-problem-unreadable = Votre fichier de réglages n’a pas pu être lu : l’application a donc démarré avec les réglages normaux.
settings-problem-dismiss = OK
guide-progress-damaged = Les étapes atteintes dans les guides n’ont pas pu être lues : chaque guide reprend donc à l’étape 1.
certificates-damaged = La liste des certificats d’imprimantes auxquels l’application fait confiance n’a pas pu être lue. L’application fera de nouveau confiance au certificat de chaque imprimante lors du prochain échange avec elle.
# After a notice about a stored file, for help-desk staff (shown on request in the window)
file-kept-here = Le fichier endommagé a été conservé ici : { $path }
file-is-here = Le fichier se trouve ici : { $path }
file-where = Où est le fichier ?
settings-where-files = Où l’application range ses fichiers

## Pourquoi un fichier n’a pas pu être lu ou écrit ({ $path } est le fichier)
file-reason-not-found = { $path } n’existe pas, ou son dossier n’existe pas.
file-reason-no-permission = Cet ordinateur ne permet pas à l’application d’utiliser { $path }.
file-reason-no-space = Le disque est plein.
file-reason-too-large = { $path } est trop volumineux pour être un fichier de cette application.
file-reason-not-a-file = { $path } n’est pas un fichier ordinaire (c’est peut-être un dossier, un lien ou un périphérique) ; l’application l’a laissé tel quel.
file-reason-damaged = { $path } n’a pas la forme attendue par l’application.
file-reason-other = Quelque chose sur cet ordinateur a empêché l’application d’utiliser { $path }.
file-reason-exists = { $path } existe déjà : l’application ne l’a pas remplacé.
save-no-file-chosen = Aucun fichier n’a été choisi, donc rien n’a été enregistré.
save-no-window = Aucune fenêtre d’enregistrement ne peut s’ouvrir sur cet ordinateur. Indiquez ci-dessous où enregistrer le fichier.

## PIN helper
pin-title = Saisir un code PIN
pin-intro = Avec un code PIN WPS, votre imprimante se connecte au Wi-Fi sans que vous ayez à taper le mot de passe Wi-Fi. Votre routeur et votre imprimante doivent tous les deux y participer.
pin-step-method = 1. Quel appareil a le code PIN ?
pin-method-printer = Mon imprimante affiche un code PIN
pin-method-printer-desc = Vous tapez le code PIN de l’imprimante sur la page de réglages de votre routeur.
pin-method-router = Mon routeur a un code PIN
pin-method-router-desc = Il se trouve sur l’étiquette du routeur ou sur sa page de réglages. Vous le tapez dans l’imprimante.
pin-method-button = Pas de code PIN : utiliser les boutons WPS
pin-method-button-desc = Vous lancez le WPS sur l’imprimante, puis vous appuyez sur le bouton WPS du routeur.
pin-picture-printer = Image : l’imprimante affiche le code PIN sur son écran, et ce code PIN est tapé dans le routeur.
pin-picture-router = Image : le code PIN de l’étiquette du routeur est tapé dans l’imprimante.
pin-picture-button = Image : les boutons WPS de l’imprimante et du routeur, pressés à moins de 2 minutes d’intervalle.
pin-field-label-printer = Le code PIN affiché par votre imprimante (8 chiffres, parfois 4)
pin-field-label-router = Le code PIN de votre routeur (8 chiffres, parfois 4)
pin-field-hint = 8 chiffres
pin-progress = { $count ->
    [one] { $count } chiffre pour l’instant. Un code PIN a 8 chiffres (parfois 4).
   *[other] { $count } chiffres pour l’instant. Un code PIN a 8 chiffres (parfois 4).
}
pin-wrong-check-digit-still = Si vous êtes sûr de l’avoir bien recopié, vous pouvez quand même l’essayer : certains routeurs l’acceptent.
pin-check = Vérifier le code PIN
pin-copy = Copier le code PIN
pin-clear = Effacer
pin-copied = Le code PIN est copié. Vous pouvez le coller sur la page de réglages du routeur.
pin-router-lockout = Après des essais erronés, certains routeurs refusent leur code PIN pendant un moment. Si l’imprimante indique que le code PIN a été refusé, attendez quelques minutes avant de réessayer. Si l’échec persiste, redémarrez le routeur.
pin-timer-explain = Le minuteur compte les 2 minutes pendant lesquelles le WPS attend. Démarrez-le au moment indiqué par l’étape ci-dessus.
pin-timer-start = Démarrer le minuteur de 2 minutes
pin-timer-left = Temps restant : { $time }
pin-timer-follow-printer = Si votre imprimante affiche son propre minuteur, suivez celui de l’imprimante.
pin-timer-stop = Arrêter le minuteur
pin-timer-ended = Relancez le WPS sur les deux appareils, puis redémarrez le minuteur.
pin-timer-again = Redémarrer le minuteur
pin-after-setup = Une fois votre imprimante connectée, désactivez le WPS dans les réglages de votre routeur, ou au moins le code PIN du routeur. Une personne à proximité peut deviner un code PIN WPS.
pin-where-is-pin = Où est le code PIN ?
pin-not-working = Ça ne fonctionne pas

## Where is the PIN?
where-title = Où est le code PIN ?
where-intro = Quel type de panneau de commande votre imprimante a-t-elle ?
where-touchscreen = Un écran tactile
where-touchscreen-desc = Un écran que l’on touche du doigt.
where-text-display = Un petit écran de texte avec des boutons
where-text-display-desc = Une ou deux lignes de texte, avec des boutons à côté.
where-lights-only = Seulement des boutons et des voyants
where-lights-only-desc = Pas d’écran capable d’afficher du texte.

## It doesn't work
trouble-title = Ça ne fonctionne pas
trouble-intro = Faites ces vérifications dans l’ordre. Cochez chaque vérification que vous avez essayée.
trouble-tried = J’ai essayé
trouble-one-device = Un seul appareil en mode WPS
trouble-one-device-desc = Si deux appareils lancent le WPS par bouton dans les 2 minutes, le routeur les refuse tous les deux. Arrêtez le WPS sur les autres appareils, attendez 2 minutes, puis réessayez avec l’imprimante seule.
trouble-two-minutes = Lancer le WPS sur l’imprimante et le routeur dans les 2 minutes
trouble-two-minutes-desc = Le WPS reste ouvert environ 2 minutes. Lancez le WPS sur le deuxième appareil peu après le premier.
trouble-wps-on = Le WPS est activé sur le routeur
trouble-wps-on-desc = Certains routeurs permettent de désactiver le WPS. Vérifiez sur la page de réglages du routeur que le WPS est activé. Sur un réseau d’entreprise ou d’école, le WPS peut être désactivé volontairement : demandez à l’administrateur du réseau. Certains systèmes maillés et certains routeurs de fournisseurs d’accès n’ont pas de WPS du tout : utilisez alors une autre méthode ci-dessous.
trouble-security = La sécurité du routeur est WPA2 (ou WPA2/WPA3 mixte)
trouble-security-desc = Les routeurs qui suivent le WPS 2.0 désactivent le WPS quand le réseau utilise l’ancienne sécurité WEP, ou WPA avec TKIP seulement. Avec WPA3 seul, une imprimante qui ne connaît que le WPA2 ne peut pas se connecter, et le fonctionnement du WPS dépend du routeur. Réglez le routeur sur WPA2, ou sur WPA2/WPA3 mixte, dans sa page de réglages, et laissez-le ainsi : l’imprimante en a besoin tant qu’elle reste sur le Wi-Fi.
trouble-hidden = Le nom du réseau est visible
trouble-hidden-desc = Certains routeurs désactivent le WPS quand le nom du réseau (SSID) est masqué.
trouble-locked = Le code PIN du routeur n’est pas bloqué
trouble-locked-desc = Après plusieurs essais erronés avec son code PIN, un routeur peut le bloquer pendant un moment. Patientez, ou utilisez plutôt le code PIN de l’imprimante ou les boutons WPS. Si l’échec persiste, redémarrez le routeur.
trouble-restart = Imprimante et routeur redémarrés, et proches l’un de l’autre
trouble-restart-desc = Éteignez puis rallumez l’imprimante et le routeur. Placez l’imprimante près du routeur pendant l’installation.
trouble-other-ways = Autres façons de se connecter
trouble-other-smart = Utilisez l’application HP Smart de HP. Elle peut aussi afficher le code PIN WPS de l’imprimante ou expliquer comment l’obtenir.
trouble-other-ews = Ouvrez la page web de l’imprimante (son serveur web intégré) dans un navigateur ; certains modèles permettent d’y régler le Wi-Fi. C’est aussi une solution si les boutons de l’imprimante sont difficiles à presser. Si l’imprimante n’est pas encore sur votre réseau, branchez-la d’abord avec un câble (ligne suivante).
trouble-other-cable = Branchez l’imprimante au routeur avec un câble réseau. Imprimez sa page de configuration réseau pour trouver son adresse, ouvrez sa page web à cette adresse, réglez-y le Wi-Fi, puis débranchez le câble.
trouble-other-password = Tapez le mot de passe Wi-Fi sur l’imprimante, si elle a un écran.
trouble-back-to-pin = Réessayer le code PIN


## Choose my model
model-by-panel = Choisir mon type de panneau de commande

## About
page-about = À propos
settings-about = À propos de cette application
about-version = Version { $version }
about-what = Cette application connecte les imprimantes HP au Wi-Fi avec le WPS. Elle communique uniquement avec votre propre réseau.
about-licence = Licence : { $licence }
about-components = Cette application utilise { $count } composants open source. Leurs licences nous demandent d’afficher leurs mentions ci-dessous.
about-show-notices = Afficher les mentions des composants tiers
about-hide-notices = Masquer les mentions des composants tiers

## How this language joins a label to its value, and the items of a list
words-label-value = { $label } : { $value }
words-list-separator = { ", " }
words-with-note = { $text } ({ $note })
words-with-detail = { $text } — { $detail }
words-bullet = • { $text }
words-numbered = { $number }. { $text }
words-percent = { $value } %
words-group-separator = { "\u202F" }
words-group-from = 4
demo-banner = Démo — imprimantes simulées
demo-banner-detail = Les imprimantes affichées ici sont inventées pour s’entraîner. En mode démo, l’application ne contacte aucune imprimante, aucun routeur ni aucun réseau.
demo-not-asked = En mode démo, l’application ne contacte pas de vraies imprimantes. Choisissez l’une des imprimantes de démo sur « Trouver mon imprimante ».
trouble-same-way = L’imprimante et le routeur utilisent la même méthode
trouble-same-way-desc = Le code PIN de l’imprimante se tape à l’endroit du routeur prévu pour le code PIN d’un appareil ; le code PIN du routeur se tape sur l’imprimante ; les boutons WPS de l’imprimante et du routeur n’ont besoin d’aucun code PIN. Certains routeurs n’acceptent que le bouton : utilisez alors les boutons WPS.
trouble-band = Le réseau propose le 2,4 GHz
trouble-band-desc = Une imprimante qui n’utilise que le Wi-Fi 2,4 GHz ne peut pas rejoindre un réseau sans bande 2,4 GHz. Si votre routeur a des réseaux 2,4 GHz et 5 GHz séparés, utilisez celui en 2,4 GHz.
trouble-isolation = Pas de réseau invité ni d’isolation pendant l’installation
trouble-isolation-desc = Sur un réseau invité, ou si le routeur sépare les appareils sans fil (« isolation AP » ou « isolation des clients »), cet ordinateur ne peut pas joindre l’imprimante. Utilisez le réseau principal, ou désactivez le mode invité et l’isolation pendant l’installation.
home-printer = Votre imprimante
home-printer-desc = Voyez ce qu’indique votre imprimante et si elle est connectée au Wi-Fi.
scan-see-printer = Voir son état
problem-source-web = la page web de l’imprimante
nav-new-customer = Nouveau client
home-new-customer = Nouveau client
home-new-customer-desc = Recommencer pour la personne suivante : l’imprimante, le modèle, le PIN, les vérifications et le résumé sont effacés. Les réglages et les panneaux de commande mémorisés restent.
question-new-customer = Une fenêtre WPS de 2 minutes est en cours. Recommencer pour un nouveau client ? Tout ce qui concerne ce client est effacé.
question-new-customer-yes = Recommencer
question-new-customer-no = Continuer
question-replace = « { $file } » existe déjà dans { $folder }. Le remplacer ?
question-replace-yes = Le remplacer
question-replace-no = Garder l’ancien fichier
timer-bar = Il reste { $time } sur la fenêtre WPS de 2 minutes
timer-last-minute = Il reste une minute.
timer-bar-ended = La fenêtre de 2 minutes est terminée.
pin-picture-printer-printed = Image : le PIN va de l’imprimante au routeur. Une imprimante sans écran ne peut pas l’afficher : certains modèles l’impriment sur leur page de configuration réseau.

## Command line: arguments and the files it writes
cli-not-text = « { $argument } » n’est pas un texte que l’application peut lire (ce n’est pas de l’UTF-8). Seuls les noms de fichier peuvent contenir d’autres caractères.
cli-out-folder = { $path } est un dossier. Donnez à --out un nom de fichier, par exemple { $example }
cli-written = Écrit dans { $path }
