# Français (French)
## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = L’imprimante répond
check-same-network = L’imprimante est sur le réseau de cet ordinateur
check-web-server = L’application peut lire les informations de l’imprimante sur sa page web
check-firmware = Version du micrologiciel
check-wireless-adapter = L’imprimante est connectée au Wi-Fi
check-certificate = Le certificat de sécurité de l’imprimante est celui que l’application connaît
check-router-answers = Le routeur répond
check-state-passed = Réussi
check-state-failed = Échec
check-state-not-checked = Pas encore vérifié
check-state-cannot = Impossible à vérifier d’ici

## Support summary
report-title = WPS PIN Helper : résumé pour l’assistance
report-section-about = À propos de ce résumé
report-section-printer = L’imprimante
report-section-network = Le réseau
report-section-checks = Vérifications faites par l’application
report-section-steps = Étapes essayées
report-created = Créé le
report-app = Version de l’application
report-os = Ordinateur
report-pin = Code PIN WPS
report-pin-redacted = (non inclus)
report-unknown = (inconnu)
report-address = Adresse
report-problem = Problème
report-no-printer = Aucune imprimante n’a été choisie.
report-this-computer = Adresse de cet ordinateur
report-router = Routeur
report-no-checks = Les vérifications n’ont pas été lancées.
report-no-steps = Aucune étape cochée.

## Troubleshooting: measured checks, support
trouble-measured-title = Vérifications que l’application peut faire
trouble-measured-printer = L’application vérifie l’imprimante à l’adresse { $address }, le réseau de cet ordinateur et votre routeur.
trouble-measured-no-printer = Sans l’adresse de votre imprimante, l’application peut seulement vérifier votre routeur. Ajoutez l’adresse pour vérifier aussi l’imprimante.
trouble-run-checks = Lancer les vérifications
trouble-checks-running = Vérification en cours…
trouble-ask-title = Vérifications à faire vous-même
trouble-router-page = Trouver la page de réglages de mon routeur
trouble-support-title = Quand appeler l’assistance HP
trouble-support-no-pin = L’imprimante n’affiche jamais de code PIN, et le WPS par bouton ne fonctionne pas non plus.
trouble-support-rejected = Le routeur refuse un code PIN que vous avez vérifié chiffre par chiffre. Le fabricant du routeur peut aussi vous aider.
trouble-support-firmware = La mise à jour du micrologiciel de l’imprimante proposée par HP n’a pas résolu le problème.
trouble-support-have = Gardez sous la main le modèle, le numéro de série et la version du micrologiciel de l’imprimante (l’application affiche la version sur la page « Votre imprimante » quand l’imprimante l’indique), ainsi que le résumé pour l’assistance ci-dessous.
check-printer-answers-failed = L’imprimante n’a pas répondu. Vérifiez qu’elle est allumée et pas en veille, et que l’adresse est correcte.
check-same-network-failed = L’imprimante est sur un autre réseau que cet ordinateur. Un réseau invité, ou le réseau de configuration propre à l’imprimante, les sépare.
check-web-server-failed = L’imprimante répond, mais l’application n’a pas pu lire ses informations sur sa page web : les imprimantes antérieures à 2009 environ ne proposent aucune des deux méthodes que l’application lit. Si l’imprimante a une page web, vous pouvez quand même l’ouvrir dans un navigateur.
check-wireless-adapter-failed = L’imprimante n’est pas encore connectée au Wi-Fi.
check-certificate-failed = Le certificat de sécurité de l’imprimante a changé depuis le dernier échange avec l’application, qui a donc cessé de communiquer avec elle. Une réinitialisation ou une mise à jour du micrologiciel le change ; sinon, un autre appareil se fait peut-être passer pour votre imprimante. Si vous n’avez ni réinitialisé ni mis à jour l’imprimante, demandez conseil à la personne qui gère votre réseau avant de continuer.
check-router-answers-failed = Votre routeur n’a pas répondu. Cet ordinateur est peut-être sur un autre réseau, ou le routeur n’a peut-être pas de page de réglages à cette adresse.
check-firmware-passed = Si HP propose un micrologiciel plus récent pour ce modèle, installez-le depuis le site de HP ou depuis le menu de l’imprimante.
check-not-checked-why = Il faut l’adresse de votre imprimante.
check-cannot-why = Cette imprimante ou cet ordinateur ne fournit pas cette information.
check-passed-why = Tout semble correct.

## Support summary on the page
summary-title = Résumé pour l’assistance
summary-intro = Ce que sait l’application, pour l’assistance HP ou la personne qui vous aide : l’imprimante, son modèle et son panneau de commande, le réseau, les vérifications et ce que vous avez essayé. Le code PIN est omis, sauf si vous l’incluez.
summary-include-serial = Inclure le numéro de série
summary-include-pin = Inclure le code PIN WPS (non inclus si vous ne cochez pas cette case)
summary-format = Type de fichier
summary-format-text = Texte brut
summary-format-md = Markdown
summary-format-json = JSON (pour les outils)
summary-format-html = Page web (à imprimer)
summary-save-where = Ou tapez l’endroit où l’enregistrer
summary-copy = Copier le résumé
summary-save = Enregistrer le résumé…
summary-save-here = Enregistrer dans ce fichier
summary-save-dialog-title = Enregistrer le résumé pour l’assistance
summary-copied = Le résumé est copié. Vous pouvez le coller dans un e-mail ou une conversation en ligne.
summary-not-saved = Le résumé n’a pas pu être enregistré. Raison : { $reason }

## Your router
page-router = Votre routeur
router-title = Votre routeur
router-intro = C’est sur la page de réglages de votre routeur que vous lancez le WPS ou que vous tapez le code PIN de l’imprimante.
router-reading = Lecture du réseau de cet ordinateur…
router-no-network = Cet ordinateur ne semble pas connecté à un réseau.
router-this-computer = Cet ordinateur : { $addresses } (sur { $interface })
router-address = Votre routeur se trouve probablement à l’adresse { $address }.
router-open = Ouvrir la page de réglages de mon routeur
router-sign-in = Le routeur demande son propre mot de passe. Il est peut-être imprimé sur une étiquette collée sur le routeur ; sinon, demandez à la personne qui a installé le routeur.
router-no-gateway = Cet ordinateur n’a pas de routeur (passerelle par défaut) pour le moment.
router-same-network = Si l’adresse de l’imprimante commence par les mêmes nombres que celle de cet ordinateur, les deux appareils sont probablement sur le même réseau.
router-refresh = Actualiser
trouble-one-device-picture = Image : seulement l’imprimante et le routeur, chacun avec son bouton WPS pressé, à moins de 2 minutes d’intervalle.
report-section-journey = Ce qui a été fait dans l’application
report-simulated = Une imprimante simulée (mode démo) : rien n’est réel.
report-name = Nom
report-mac = Adresse matérielle (MAC)
report-host = Nom d’hôte
report-family = Famille de modèles (dans la liste de l’application, issue de HPLIP)
report-panel = Panneau de commande
report-guide = Guide
report-guide-step = { $guide }, étape { $step } sur { $total }
report-pin-check = Vérification du code PIN
report-pin-valid-8 = 8 chiffres, le dernier correspond aux autres
report-pin-valid-4 = 4 chiffres, sans chiffre de contrôle
report-pin-wrong-check-digit = 8 chiffres, mais le dernier ne correspond pas aux autres
report-pin-wrong-length = ni 4 ni 8 chiffres
report-pin-not-a-digit = un caractère qui n’est pas un chiffre
report-pin-well-known = un code PIN par défaut très connu
report-timer = Minuteur
report-timer-run = { $way } : démarré { $started }, { $end }
report-timer-running = toujours en cours
report-timer-stopped = arrêté { $at }
report-timer-time-up = les 2 minutes se sont écoulées { $at }
report-timer-joined = l’imprimante a rejoint le Wi-Fi { $at }
report-timer-replaced = redémarré { $at }
report-way-printer-pin = le code PIN de l’imprimante
report-way-router-pin = le code PIN du routeur
report-way-push-button = les boutons WPS
trouble-jump-summary = Créer un résumé pour l’assistance
cli-report-model-none = Aucune imprimante HP ne correspond à « { $query } » : le résumé n’indique donc aucune famille de modèles.
cli-report-unknown-format = « { $format } » n’est pas un type de fichier dans lequel le résumé peut être écrit. Utilisez text, md, json ou html.
cli-report-not-a-router = « { $address } » n’est pas une adresse de routeur. Tapez-en une comme 192.168.1.1 ou 192.168.1.1:8080.
check-why-by-name = L’imprimante a été indiquée par son nom : l’application ne peut donc pas comparer son adresse avec le réseau de cet ordinateur.
check-why-no-firmware = L’imprimante n’indique pas sa version de micrologiciel.
check-why-no-wifi-state = L’imprimante n’indique pas si elle est connectée au Wi-Fi.
check-why-no-certificate = La page web de l’imprimante a répondu sans connexion sécurisée (HTTPS) : il n’y a donc pas de certificat à comparer.
summary-case = Nom du dossier (facultatif)
summary-note = Note (facultatif)
summary-saved-in = Le résumé est enregistré sous « { $file } » dans { $folder }.
trouble-results-count = Résultats : { $passed } réussies, { $failed } en échec, { $other } non vérifiées.

## Le réseau Wi-Fi de l’imprimante comparé à celui de cet ordinateur, et le mode démo en ligne de commande
check-same-wifi = L’imprimante a rejoint le réseau Wi-Fi de cet ordinateur
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed = L’imprimante a rejoint un autre réseau Wi-Fi que celui de cet ordinateur. Si les deux noms sont ceux de votre propre routeur (certains routeurs donnent un nom à chaque bande), tout va bien. Si le réseau de l’imprimante est un réseau invité ou celui d’un autre routeur, cet ordinateur risque de ne pas trouver l’imprimante : mettez l’imprimante sur le réseau de cet ordinateur.
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed-names = L’imprimante a rejoint « { $printer } », mais cet ordinateur est sur « { $computer } ». Si les deux noms sont ceux de votre propre routeur (certains routeurs donnent un nom à chaque bande), tout va bien. Si « { $printer } » est un réseau invité ou celui d’un autre routeur, cet ordinateur risque de ne pas trouver l’imprimante : mettez l’imprimante sur « { $computer } ».
check-why-no-printer-network = L’imprimante est connectée au Wi-Fi, mais n’indique pas quel réseau elle a rejoint.
check-why-no-computer-network = Cet ordinateur n’est pas connecté au Wi-Fi, ou son Wi-Fi n’a pas pu être lu : il n’y a donc aucun réseau à comparer.
demo-simulated = Mode démo : les imprimantes, le routeur et le Wi-Fi présentés ici sont simulés, pour s’entraîner. Rien n’a été lu sur un vrai réseau.
cli-demo-not-with = { $option } ne va pas avec --demo : le mode démo ne lit rien du réseau, de la radio Wi-Fi ni des fichiers de cet ordinateur.
cli-demo-no-save = --save ne va pas avec --demo : une lecture simulée enregistrée dans un fichier pourrait plus tard passer pour une vraie.

## Checks not made, and the case the summary is for
check-state-not-asked = Pas demandé (aucune adresse d’imprimante)
check-state-skipped = Sauté (l’imprimante n’a pas répondu)
report-case = Dossier
report-note = Remarque
