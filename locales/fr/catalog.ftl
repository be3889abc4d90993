# Français (French)
## Printer catalog: why a printer is in the search results
catalog-why-exact = Le numéro de modèle { $model } correspond.
catalog-why-same-number = { $typed } a le même numéro que { $model }.
catalog-why-number-only = { $typed } est le numéro de { $model }.
catalog-why-beginning = { $model } commence par { $typed }.
catalog-why-in-series = { $typed } fait partie de la série { $model } ({ $first } à { $last }).
catalog-why-series-covers = La série { $typed } ({ $first } à { $last }) comprend { $model }.
catalog-why-in-range = { $typed } fait partie de { $model }.
catalog-why-near = { $typed } ne figure pas parmi les noms de modèle de cette famille, mais les données du pilote HP l’appellent série { $model }.
catalog-why-words = Les mots du nom correspondent.

## Command line: lookup
cli-lookup-none = Aucune imprimante HP ne correspond à « { $query } ». Vérifiez le nom sur l’avant de l’imprimante ou sur son étiquette.
cli-lookup-yes = oui
cli-lookup-no = non
cli-lookup-facts = Wi-Fi : { $wifi }. Câble réseau : { $cable }. Page web : { $web }.
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
catalog-fact-cable = Prise pour câble réseau : { $answer }
catalog-no-wifi = Cette imprimante n’a pas de Wi-Fi. Elle ne peut pas se connecter à un réseau Wi-Fi, ni avec le WPS ni d’une autre façon.
catalog-what-works = Ce qui peut fonctionner à la place
catalog-use-usb = Branchez l’imprimante à l’ordinateur avec un câble USB.
catalog-use-ethernet = Branchez l’imprimante au routeur avec un câble réseau (Ethernet).
catalog-use-guide = Cherchez dans le guide de l’utilisateur de l’imprimante les façons de la connecter.
catalog-panel-question = Quel panneau de commande votre imprimante a-t-elle ? Choisissez l’image qui lui ressemble le plus.
catalog-panel-remember-note = Votre réponse est mémorisée pour ce modèle sur cet ordinateur.
catalog-panel-known = Vous nous avez déjà indiqué que ce modèle a : { $panel }.
catalog-panel-show-steps = Afficher les étapes
catalog-panel-change = Ce n’est pas ça : choisir à nouveau
catalog-choose-other = Choisir un autre modèle
catalog-answers-damaged = Les panneaux de commande mémorisés n’ont pas pu être lus : la question vous sera peut-être posée à nouveau. Le fichier endommagé a été conservé ici : { $path }

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
    [one] { $count } réponse a été ajoutée.
   *[other] { $count } réponses ont été ajoutées.
}
catalog-share-skipped = { $count ->
    [one] { $count } entrée n’a pas pu être lue et a été ignorée.
   *[other] { $count } entrées n’ont pas pu être lues et ont été ignorées.
}
catalog-card-remembered = Panneau de commande, comme vous nous l’avez indiqué : { $panel }
