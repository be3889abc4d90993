# Français (French)
## Printer catalog: why a printer is in the search results
catalog-why-exact = Le numéro de modèle { $model } correspond.
catalog-why-same-number = { $typed } a le même numéro que { $model }.
catalog-why-number-only = { $typed } est le numéro de { $model }.
catalog-why-beginning = { $model } commence par { $typed }.
catalog-why-in-series = { $typed } se situe dans la série { $model } ({ $first } à { $last }) : il en fait donc probablement partie.
catalog-why-series-covers = La série { $typed } ({ $first } à { $last }) comprend { $model }.
catalog-why-in-range = { $typed } fait partie de { $model }.
catalog-why-near = { $typed } ne figure pas parmi les noms de modèle de cette famille, mais les données du pilote HP l’appellent série { $model }.
catalog-why-words = Les mots du nom correspondent.
catalog-other-lines = Aucune imprimante { $lines } ne correspond. Ces imprimantes appartiennent à d’autres gammes.
catalog-not-in-list = Pas encore dans notre liste (ce modèle est peut-être plus récent que la liste). Vous pouvez continuer : choisissez votre panneau de commande d’après son image.
# Source: facts/hp-printers.md §3.1 (the list is derived from HPLIP's models.dat)
catalog-source = La liste des imprimantes provient des données de modèles de HPLIP { $version }, le logiciel d’impression de HP pour Linux : { $families } familles et { $names } noms de modèle.

## Wi-Fi: yes, no or not known, and where the answer comes from
wifi-yes = oui
wifi-no = non
wifi-unknown = inconnu
wifi-answer-with-source = { $answer } ({ $source })
wifi-source-printer = l’imprimante a signalé un adaptateur Wi-Fi
# Source: facts/hp-printers.md §3.1 (io-support bit 0x8 = wireless)
wifi-source-hplip = données du pilote HP
# Source: facts/hp-printers.md §3.4 (“w” after a LaserJet model number: built-in wireless; on other lines only a hint)
wifi-source-model-name = un « w » dans les lettres du nom de modèle
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-some-models = certains modèles de cette famille ont un « w » dans leurs lettres, et donc le Wi-Fi
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-model-name-not-in-family = les lettres de votre modèle ont un « w », mais cette famille n’a ce numéro qu’avec d’autres lettres
# Source: facts/hp-printers.md §3.1 (io-support bits 0x4 network, 0x8 wireless)
wifi-source-hplip-network-only = les données du pilote HP indiquent une connexion réseau, mais pas de Wi-Fi
# Source: facts/hp-printers.md §3.1 (io-support bit mask: no wireless bit)
wifi-source-hplip-usb-only = les données du pilote HP n’indiquent pas de Wi-Fi pour ce modèle
# Source: facts/hp-printers.md §3.1 (io-support bit mask: USB only)
wifi-source-hplip-usb-only-on-network = les données du pilote HP n’indiquent que l’USB, mais l’imprimante a répondu sur le réseau
# Source: facts/hp-printers.md §3.1 (io-support bit mask)
wifi-source-hplip-nothing = les données du pilote HP n’indiquent pas les connexions de ce modèle
wifi-source-not-in-list = ce modèle n’est pas dans notre liste

## Command line: lookup
catalog-no-match = Aucune imprimante HP ne correspond à « { $query } ». Vérifiez le nom sur l’avant de l’imprimante ou sur son étiquette.
words-yes = oui
words-no = non
catalog-facts = Wi-Fi : { $wifi }. Connexion réseau : { $cable }. Page web intégrée : { $web }.
cli-lookup-names = Autres noms de vente : { $names }

## Choose my model page
catalog-search-label = Tapez le nom ou le numéro du modèle. Il se trouve sur l’avant de l’imprimante ou sur son étiquette.
catalog-search-hint = Par exemple : OfficeJet Pro 9015e
catalog-search-intro = Les résultats s’affichent pendant que vous tapez. Un numéro seul, comme 9015, suffit.
catalog-results = { $count ->
    [one] { $count } imprimante correspond. Choisissez la vôtre.
   *[other] { $count } imprimantes correspondent. Choisissez la vôtre.
}
catalog-not-listed = Votre imprimante n’est pas dans la liste ? Les étapes dépendent du panneau de commande de l’imprimante : vous pouvez donc choisir celui-ci à la place.
catalog-fact-wifi = Wi-Fi : { $answer }
catalog-fact-web = Page web intégrée à l’imprimante : { $answer }
catalog-fact-cable = Connexion réseau : { $answer }
# Source: facts/hp-printers.md §3.1 (HPLIP's io-support bit mask: no wireless bit)
catalog-wifi-no = Les données du pilote HP n’indiquent pas de Wi-Fi pour ce modèle. Si votre imprimante a un bouton, un voyant ou un menu Wi-Fi, elle a le Wi-Fi.
catalog-wifi-unknown = Nous ne pouvons pas savoir si ce modèle a le Wi-Fi. Si votre imprimante a un bouton, un voyant ou un menu Wi-Fi, elle a le Wi-Fi.
catalog-what-works-if-none = Si elle n’a pas de Wi-Fi, ceci peut fonctionner à la place
catalog-use-usb = Branchez l’imprimante à l’ordinateur avec un câble USB.
catalog-use-ethernet = Branchez l’imprimante au routeur avec un câble réseau (Ethernet).
catalog-use-guide = Cherchez dans le guide de l’utilisateur de l’imprimante les façons de la connecter.
catalog-panel-question = Quel panneau de commande votre imprimante a-t-elle ? Choisissez l’image qui lui ressemble le plus.
catalog-panel-remember-note = Votre réponse est mémorisée pour ce modèle sur cet ordinateur.
catalog-panel-known = Vous nous avez déjà indiqué que ce modèle a : { $panel }.
catalog-panel-show-steps = Afficher les étapes
catalog-panel-change = Ce n’est pas ça : choisir à nouveau
catalog-choose-other = Choisir un autre modèle
catalog-answers-damaged = Les panneaux de commande mémorisés n’ont pas pu être lus : la question vous sera peut-être posée à nouveau.

## Sharing remembered control panels
catalog-share-title = Panneaux de commande mémorisés
catalog-share-count = { $count ->
    [0] Aucun panneau de commande n’est encore mémorisé.
    [one] Le panneau de commande de { $count } modèle est mémorisé.
   *[other] Les panneaux de commande de { $count } modèles sont mémorisés.
}
catalog-share-path = Fichier à partager avec d’autres ordinateurs
catalog-share-export = Enregistrer les réponses dans ce fichier
catalog-share-import = Ajouter les réponses de ce fichier
catalog-share-exported = Les réponses ont été enregistrées dans { $path }.
catalog-share-imported = { $count ->
    [0] Aucune réponse n’a été ajoutée.
    [one] 1 réponse a été ajoutée.
   *[other] { $count } réponses ont été ajoutées.
}
catalog-share-skipped = { $count ->
    [one] { $count } entrée n’a pas pu être lue et a été ignorée.
   *[other] { $count } entrées n’ont pas pu être lues et ont été ignorées.
}
catalog-card-remembered = Panneau de commande, comme vous nous l’avez indiqué : { $panel }
