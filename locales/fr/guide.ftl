# Français (French)
## Guides: where the PIN is, and how to use it. Menu names are general on purpose:
## no source gives HP's exact menus per model (facts/hp-printers.md §3.2).
guide-step-of = Étape { $step } sur { $total }
guide-next = Suivant
guide-previous = Étape précédente
guide-see = Ce que vous devriez voir
guide-if-not = Sinon : consultez « Ça ne fonctionne pas ».
guide-open-trouble = Ça ne fonctionne pas
guide-other-routes = Autres façons de trouver le code PIN ou de se connecter
guide-names-vary = Les noms des menus varient selon le modèle. Si vous ne trouvez pas un menu, consultez le guide de l’utilisateur de votre imprimante.
guide-done = Saisir le code PIN
guide-start-over = Revenir à l’étape 1

guide-touchscreen-title = Imprimante avec écran tactile
guide-touchscreen-intro = Votre imprimante affiche le code PIN sur son écran, et vous le tapez dans votre routeur. Préparez d’abord la page du routeur : elle peut mettre un moment à s’ouvrir, et le WPS n’attend qu’environ 2 minutes.
guide-touchscreen-1 = Placez l’imprimante près du routeur, touchez son écran pour la réveiller, et ouvrez les réglages Sans fil ou Réseau.
guide-touchscreen-2 = Choisissez Wi-Fi Protected Setup (WPS), puis PIN.

guide-text-display-title = Imprimante avec petit écran de texte et boutons
guide-text-display-intro = Votre imprimante affiche le code PIN sur son petit écran, et vous le tapez dans votre routeur. Préparez d’abord la page du routeur : elle peut mettre un moment à s’ouvrir, et le WPS n’attend qu’environ 2 minutes.
guide-text-display-1 = Avec les boutons à côté de l’écran, ouvrez le menu Réseau ou Sans fil (sur certains modèles, il se trouve dans Configuration).
guide-text-display-2 = Cherchez Wi-Fi Protected Setup ou WPS Setup, et choisissez PIN.

guide-lights-only-title = Imprimante avec seulement des boutons et des voyants
guide-lights-only-intro = Sans écran, l’imprimante ne peut pas afficher de code PIN : la solution, ce sont les boutons WPS. Certains modèles impriment un code PIN sur leur page de configuration réseau : consultez ce guide.
guide-lights-only-1 = Placez l’imprimante près du routeur et allumez-la. Vérifiez qu’aucun autre appareil n’est en mode WPS : le routeur en refuse deux à la fois.
guide-lights-only-2 = Avant de lancer quoi que ce soit, trouvez comment votre imprimante lance le WPS avec son bouton Sans fil : la durée d’appui, et l’autre bouton sur lequel appuyer en même temps, varient selon le modèle. Cherchez-le maintenant dans le guide de l’utilisateur de votre imprimante. Repérez aussi le bouton WPS de votre routeur, ou l’endroit de sa page de réglages qui lance le WPS.
guide-lights-only-3 = Lancez le WPS sur l’imprimante avec son bouton Sans fil, de la façon que vous avez trouvée.
guide-lights-only-3-see = Le voyant Sans fil de l’imprimante change ; sur certains modèles, il se met à clignoter.
guide-lights-only-4 = Dans les 2 minutes, appuyez sur le bouton WPS du routeur, ou lancez le WPS sur sa page de réglages.
guide-lights-only-5 = Vérifiez si elle s’est connectée. Si vous avez choisi votre imprimante dans cette application, la page « Votre imprimante » indique quand elle est sur le Wi-Fi. Si elle ne s’est pas connectée après 2 minutes, recommencez à l’étape 3.

guide-label-title = Un code PIN sur une étiquette
guide-label-intro = Certains appareils ont un code PIN fixe imprimé sur une étiquette.
guide-label-1 = Cherchez sur l’imprimante une étiquette qui indique « WPS PIN ».
guide-label-2 = Si votre imprimante a un écran, utilisez le code PIN qu’elle affiche quand vous lancez le mode PIN WPS, et non un code PIN pris sur une étiquette ou sur une ancienne impression : un appareil doté d’un écran est censé créer un nouveau code PIN à chaque configuration.
guide-label-3 = Avant de lancer quoi que ce soit : ouvrez la page de réglages de votre routeur et trouvez l’endroit où il prend le code PIN d’un appareil, puis cherchez dans le guide de l’utilisateur de votre imprimante comment la mettre en mode PIN WPS.
guide-label-4 = Mettez l’imprimante en mode PIN WPS, puis tapez tout de suite le code PIN de l’étiquette sur la page du routeur et lancez l’opération. Si l’imprimante affiche son propre minuteur, suivez-le.

guide-config-page-title = Page de configuration réseau
guide-config-page-intro = L’imprimante peut imprimer une page sur son réseau : son adresse, son Wi-Fi et, sur certains modèles, un code PIN WPS.
guide-config-page-1 = Imprimez une page de configuration réseau ou un rapport de test sans fil. Sur les imprimantes avec écran, cherchez dans les menus Rapports ou Réseau. Sur les autres, il faut appuyer sur une combinaison de boutons. Les deux varient selon le modèle : consultez le guide de l’utilisateur de votre imprimante.
guide-config-page-2 = Repérez les lignes qui concernent le réseau : le nom du réseau (SSID), l’état, l’adresse IP et l’adresse matérielle (MAC).
guide-config-page-2-see = Une adresse IP comme 192.168.1.23. Tapez-la sur la page « Trouver mon imprimante » pour vérifier l’imprimante depuis cet ordinateur.
guide-config-page-3 = Si la page indique un code PIN WPS, avant de lancer quoi que ce soit : ouvrez la page de réglages de votre routeur et trouvez l’endroit où il prend le code PIN d’un appareil, puis cherchez dans le guide de l’utilisateur de votre imprimante comment la mettre en mode PIN WPS.
guide-config-page-4 = Mettez l’imprimante en mode PIN WPS, puis tapez tout de suite le code PIN de la page imprimée sur la page du routeur et lancez l’opération. Si l’imprimante affiche son propre minuteur, suivez-le.

guide-web-page-title = La page web de l’imprimante
guide-web-page-intro = Beaucoup d’imprimantes en réseau ont leur propre page web, appelée serveur web intégré. Vous l’ouvrez dans un navigateur. Si l’imprimante n’est pas encore sur votre réseau, branchez-la d’abord au routeur avec un câble réseau, et débranchez le câble une fois le Wi-Fi réglé.
guide-web-page-1 = Trouvez l’adresse de l’imprimante : sur la page « Trouver mon imprimante » ou sur une page de configuration réseau.
guide-web-page-2 = Tapez l’adresse dans un navigateur web, sur un ordinateur connecté au même réseau.
guide-web-page-2-see = La page web de l’imprimante, avec son nom et son état. Avant d’y taper quoi que ce soit, vérifiez que son adresse correspond à celle de la page de configuration réseau de l’imprimante.
guide-web-page-3 = Regardez sous Réseau ou Sans fil. Certains modèles permettent d’y lancer le WPS ou de modifier les réglages Wi-Fi. Les noms varient selon le modèle.

guide-hp-smart-title = L’application HP Smart
guide-hp-smart-intro = L’application de HP, HP Smart, propose sa propre façon de connecter une imprimante au Wi-Fi. Elle peut aussi afficher le code PIN WPS de l’imprimante ou expliquer comment l’obtenir.
guide-hp-smart-1 = Installez l’application HP Smart. Vous la trouverez chez HP ou dans la boutique d’applications de votre téléphone ou de votre ordinateur.
guide-hp-smart-2 = Ouvrez-la, choisissez d’ajouter une imprimante, puis suivez les étapes.

guide-router-side-title = Côté routeur
guide-router-side-intro = Le WPS a aussi besoin du routeur. Voici comment lui donner le code PIN de l’imprimante, utiliser le code PIN du routeur ou appuyer sur son bouton.
guide-router-side-1 = Ouvrez la page de réglages de votre routeur. La page « Votre routeur » l’ouvre pour vous. Le mot de passe du routeur est peut-être sur son étiquette ; sinon, demandez à la personne qui a installé le routeur.
guide-router-side-2 = Cherchez WPS, souvent sous Sans fil ou Wi-Fi, et choisissez d’ajouter un appareil avec un code PIN. Tapez le code PIN de l’imprimante et lancez l’opération. Les noms varient selon le routeur.
guide-router-side-2-see = Le routeur indique que le WPS a démarré.
guide-router-side-3 = Si le routeur a son propre code PIN (sur son étiquette ou sur sa page de réglages), vous pouvez plutôt taper ce code PIN sur l’imprimante. Utilisez cette méthode en dernier : elle permet à l’imprimante de modifier les réglages du routeur, et après des essais erronés, certains routeurs refusent ce code PIN pendant un moment.
guide-router-side-4 = Pas de code PIN : lancez le WPS par bouton sur l’imprimante, puis appuyez sur le bouton WPS du routeur dans les 2 minutes.
guide-router-side-5 = Un seul appareil à la fois peut être en mode WPS. Si deux appareils lancent le WPS par bouton dans les 2 minutes, le routeur les refuse tous les deux.

guide-after-setup-title = Après l’installation : désactivez le WPS
guide-after-setup-intro = Une fois votre imprimante connectée au Wi-Fi, le WPS n’est plus nécessaire.
guide-after-setup-1 = Ouvrez la page de réglages de votre routeur et désactivez le WPS, ou au moins le code PIN du routeur.
guide-after-setup-2 = Pourquoi : une personne à proximité peut deviner un code PIN WPS en 11 000 essais environ au maximum, car le routeur le vérifie en deux parties. Une fois le WPS désactivé, seules les personnes qui connaissent votre mot de passe Wi-Fi peuvent se connecter.

## Text alternatives of the guide pictures
picture-panel-touchscreen = Image : une imprimante avec un grand écran tactile ; les réglages Wi-Fi sont mis en évidence.
picture-panel-text-display = Image : le petit écran d’une imprimante affichant le menu Réseau ; l’écran et les boutons à côté sont mis en évidence.
picture-panel-lights-only = Image : une imprimante avec seulement des boutons et des voyants ; le bouton Sans fil est mis en évidence.
picture-printer-label = Image : une imprimante avec une étiquette au dos ; le code PIN de l’étiquette est mis en évidence.
picture-config-page = Image : une page de configuration réseau imprimée ; la ligne avec l’adresse de l’imprimante est mise en évidence.
picture-web-page = Image : une fenêtre de navigateur qui affiche la page web de l’imprimante ; la rubrique Réseau est mise en évidence.
picture-hp-smart = Image : un téléphone avec une application ; son bouton pour ajouter une imprimante est mis en évidence.
picture-router-admin = Image : une fenêtre de navigateur qui affiche la page de réglages d’un routeur ; la rubrique WPS et son champ pour le code PIN sont mis en évidence.
picture-router-button = Image : un routeur ; son bouton WPS est mis en évidence.
picture-pin-to-router = Image : l’imprimante affiche le code PIN sur son écran, et ce code PIN est tapé dans le routeur.
picture-pin-to-printer = Image : le code PIN de l’étiquette du routeur est tapé dans l’imprimante.
picture-push-buttons = Image : les boutons WPS de l’imprimante et du routeur, pressés à moins de 2 minutes d’intervalle.
## A menu item drawn on the printer's screen and web page in the pictures
picture-word-network = Réseau
guide-print-footer = Imprimé depuis WPS PIN Helper.
guide-print = Imprimer ou enregistrer ce guide
guide-not-printed = Le guide n’a pas pu être enregistré. Raison : { $reason }
cli-guide-routes = Guides : { $routes }
cli-guide-unknown = Il n’existe aucun guide nommé « { $route } ».
guide-print-model = Pour l’imprimante : { $model }
guide-see-joined = Voir si elle s’est connectée
guide-router-first = Avant que l’imprimante n’affiche un code PIN : sur un ordinateur ou un téléphone, ouvrez la page de réglages de votre routeur et connectez-vous. Cherchez où il accepte le code PIN d’un appareil (souvent sous WPS, Sans fil ou Wi-Fi) et laissez cette page ouverte. La page « Votre routeur » vous aide à la trouver.
guide-touchscreen-2-see = L’imprimante affiche un code PIN à 8 chiffres et souvent un minuteur.
guide-pin-into-router = Tout de suite, tapez le code PIN sur la page du routeur restée ouverte, et lancez l’opération. Si l’imprimante affiche son propre minuteur, suivez-le. La page « Saisir un code PIN » vérifie le code PIN et compte les 2 minutes.
guide-text-display-2-see = L’écran affiche le code PIN. Notez-le.
guide-buttons-vary = Les boutons et les signaux des voyants varient selon le modèle. Si vous ne trouvez pas un bouton, consultez le guide de l’utilisateur de votre imprimante.
guide-done-home = Terminer
guide-after-setup-3 = Tenez à jour le micrologiciel du routeur, uniquement depuis son fabricant : par sa page de réglages ou le site web du fabricant.
picture-word-wifi = Wi-Fi
picture-word-firmware = Micrologiciel
picture-touchscreen-pin = Image : l’écran tactile d’une imprimante sous WPS PIN ; le code PIN à 8 chiffres est mis en évidence, avec un minuteur à côté.
picture-text-display-pin = Image : le petit écran d’une imprimante affichant le code PIN ; l’écran et ses boutons sont mis en évidence.
picture-lights-watch = Image : une imprimante avec seulement des boutons et des voyants ; le voyant au-dessus du bouton Sans fil est mis en évidence, à observer.
picture-printer-near-router = Image : une imprimante juste à côté du routeur ; le bouton marche de l’imprimante est mis en évidence.
picture-config-print = Image : une imprimante qui imprime une page ; la page qui sort est mise en évidence.
picture-config-page-pin = Image : une page de configuration réseau imprimée ; la ligne avec un code PIN WPS est mise en évidence.
picture-web-page-address = Image : une fenêtre de navigateur ; l’adresse de l’imprimante dans la barre d’adresse est mise en évidence.
picture-hp-smart-install = Image : un téléphone qui télécharge une application ; le téléchargement est mis en évidence.
picture-router-sign-in = Image : une fenêtre de navigateur avec l’adresse du routeur ; la barre d’adresse et le champ du mot de passe sont mis en évidence.
picture-router-wps-off = Image : la page de réglages d’un routeur ; l’interrupteur WPS, désactivé, est mis en évidence.
picture-router-firmware = Image : la page de réglages d’un routeur ; le bouton de mise à jour de son micrologiciel est mis en évidence.
picture-pin-halves = Image : un code PIN coupé en deux moitiés, chacune mise en évidence : le routeur les vérifie l’une après l’autre.
picture-one-at-a-time = Image : l’imprimante et le routeur avec leurs boutons WPS mis en évidence ; un téléphone entre eux, lui aussi en mode WPS, est barré.
picture-user-guide = Image : le guide de l’utilisateur de l’imprimante, ouvert ; la page sur ses boutons est mise en évidence.
guide-save-dialog-title = Enregistrer le guide
guide-saved = Le guide est enregistré sous « { $file } », une page web que vous pouvez ouvrir et imprimer.
guide-saved-opening = Le guide est enregistré sous « { $file } ». L’application a demandé à votre navigateur de l’ouvrir, prêt à imprimer ; si rien ne s’ouvre, ouvrez le fichier depuis le dossier choisi.
guide-no-file = Aucun fichier n’a été choisi. Vous pouvez aussi taper ci-dessous l’endroit où enregistrer le guide.
guide-save-where = Ou tapez l’endroit où enregistrer le guide

## Les mots propres au guide imprimé (la personne qui a la feuille n’a peut-être pas l’application)
guide-print-config-page-2-see = Une adresse IP comme 192.168.1.23 : l’adresse de l’imprimante sur votre réseau.
# Source: facts/wps.md §1.5 (walk time)
guide-print-lights-only-5 = Vérifiez si elle s’est connectée : sur un ordinateur ou un téléphone connecté à votre Wi-Fi, cherchez l’imprimante, par exemple là où l’on ajoute une imprimante. Si elle ne s’est pas connectée après 2 minutes, recommencez à l’étape 3.
# Source: facts/wps.md §1.5 (the walk time is 2 minutes)
guide-print-pin-into-router = Tout de suite, tapez le code PIN sur la page du routeur restée ouverte, et lancez l’opération. Si l’imprimante affiche son propre minuteur, suivez-le. Le WPS n’attend qu’environ 2 minutes.
guide-print-router-first = Avant que l’imprimante n’affiche un code PIN : sur un ordinateur ou un téléphone, ouvrez la page de réglages de votre routeur et connectez-vous. Cherchez où il accepte le code PIN d’un appareil (souvent sous WPS, Sans fil ou Wi-Fi) et laissez cette page ouverte. Notez l’adresse du routeur à la fin de ce guide, pour retrouver la page.
guide-print-router-side-1 = Ouvrez la page de réglages de votre routeur : tapez l’adresse du routeur (notez-la à la fin de ce guide) dans un navigateur web. Le mot de passe du routeur est peut-être sur son étiquette ; sinon, demandez à la personne qui a installé le routeur.
# Source: facts/hp-printers.md §3.2 (report button combinations vary by model)
guide-print-web-page-1 = Trouvez l’adresse de l’imprimante sur une page de configuration réseau. La façon de l’imprimer varie selon le modèle : consultez le guide de l’utilisateur de votre imprimante.
guide-print-write-title = Notez-le ici
guide-print-write-pin = Le code PIN WPS :
guide-print-write-router = L’adresse du routeur :
