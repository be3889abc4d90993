# Français (French)
## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = L’imprimante répond
check-same-network = L’imprimante est sur le réseau de cet ordinateur
check-web-server = La page web de l’imprimante répond
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
report-no-printer = Aucune imprimante n’a été vérifiée.
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
trouble-support-rejected = Le routeur refuse un code PIN que vous avez vérifié chiffre par chiffre.
trouble-support-firmware = La mise à jour du micrologiciel de l’imprimante proposée par HP n’a pas résolu le problème.
trouble-support-have = Gardez sous la main le modèle et le numéro de série de l’imprimante, ainsi que le résumé pour l’assistance ci-dessous.
check-printer-answers-failed = L’imprimante n’a pas répondu. Vérifiez qu’elle est allumée et pas en veille, et que l’adresse est correcte.
check-same-network-failed = L’imprimante est sur un autre réseau que cet ordinateur. Un réseau invité, ou le réseau de configuration propre à l’imprimante, les sépare.
check-web-server-failed = L’imprimante répond, mais pas sa page web. Sa page web est peut-être désactivée.
check-wireless-adapter-failed = L’imprimante n’est pas encore connectée au Wi-Fi.
check-certificate-failed = Le certificat de sécurité de l’imprimante a changé depuis le dernier échange avec l’application, qui a donc cessé de communiquer avec elle. Une réinitialisation ou une mise à jour du micrologiciel le change ; sinon, un autre appareil se fait peut-être passer pour votre imprimante. Si vous n’avez ni réinitialisé ni mis à jour l’imprimante, demandez conseil à la personne qui gère votre réseau avant de continuer.
check-router-answers-failed = Votre routeur n’a pas répondu. Cet ordinateur est peut-être sur un autre réseau, ou le routeur n’a peut-être pas de page de réglages à cette adresse.
check-firmware-passed = Si HP propose un micrologiciel plus récent pour ce modèle, installez-le depuis le site de HP ou depuis le menu de l’imprimante.
check-not-checked-why = Il faut l’adresse de votre imprimante.
check-cannot-why = Cette imprimante ou cet ordinateur ne fournit pas cette information.
check-passed-why = Tout semble correct.

## Support summary on the page
summary-title = Résumé pour l’assistance
summary-intro = Tout ce que l’assistance HP vous demandera : l’imprimante, le réseau, les vérifications et les étapes que vous avez essayées.
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
summary-no-file = Aucun fichier n’a été choisi. Vous pouvez aussi taper ci-dessous l’endroit où enregistrer le résumé.
summary-copied = Le résumé est copié. Vous pouvez le coller dans un e-mail ou une conversation en ligne.
summary-saved = Le résumé est enregistré : { $path }
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
router-sign-in = Le routeur demande son propre mot de passe. Il est souvent imprimé sur une étiquette collée sur le routeur.
router-no-gateway = Cet ordinateur n’a pas de routeur (passerelle par défaut) pour le moment.
router-same-network = Si l’adresse de l’imprimante commence par les mêmes nombres que celle de cet ordinateur, les deux appareils sont probablement sur le même réseau.
router-refresh = Actualiser
trouble-one-device-picture = Image : seulement l’imprimante et le routeur, chacun avec son bouton WPS pressé, à moins de 2 minutes d’intervalle.
