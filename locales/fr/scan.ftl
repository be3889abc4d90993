# Français (French)
## Find my printer: the live scan
scan-title = Trouver mon imprimante
scan-looking = { $count ->
    [0] Recherche d’imprimantes… aucune trouvée pour l’instant
    [one] Recherche d’imprimantes… { $count } trouvée
   *[other] Recherche d’imprimantes… { $count } trouvées
}
scan-failed = La recherche d’imprimantes n’a pas pu démarrer sur cet ordinateur. Son réseau est peut-être désactivé, ou un pare-feu bloque la recherche. Vous pouvez tout de même saisir l’adresse de l’imprimante ci-dessous.
scan-nothing-title = Rien trouvé pour l’instant. Causes habituelles :
scan-nothing-guest = Cet ordinateur est sur un réseau invité, ou sur un autre réseau que l’imprimante.
scan-nothing-isolation = Le routeur isole les appareils sans fil les uns des autres (réglage souvent appelé « isolation AP » ou « isolation des clients »).
scan-nothing-off = L’imprimante est éteinte ou en veille. Appuyez sur l’un de ses boutons pour la réveiller.
scan-nothing-setup = L’imprimante est en mode configuration, sur son propre réseau Wi-Fi. Elle n’est donc pas encore sur le vôtre : c’est ce que le WPS va changer.
scan-card-model = Modèle : { $model }
scan-card-address = Adresse : { $address }
scan-card-network-ipp = Connectée à ce réseau, prête à imprimer.
scan-card-network = Connectée à ce réseau.
# Where the scan heard of it: the system's mDNS daemon's cache, the app's own search, or both.
scan-card-source = { $source ->
    [system] Déjà connue de cet ordinateur.
    [mdns] Entendue sur le réseau à l’instant.
   *[both] Déjà connue de cet ordinateur, et entendue sur le réseau à l’instant.
}
scan-this-one = C’est mon imprimante
scan-not-listed = Mon imprimante n’est pas dans la liste
scan-address-label = Tapez l’adresse de l’imprimante (par exemple 192.168.1.23) ou son nom
scan-check-address = Vérifier cette adresse
scan-checking = Vérification en cours…
scan-answers = Quelque chose répond à l’adresse { $address } : { $ports }.
scan-no-answer = Rien ne répond à l’adresse { $address } sur les ports utilisés par les imprimantes. Vérifiez l’adresse, et que l’imprimante est allumée.
scan-not-an-address = « { $input } » n’est ni une adresse ni un nom d’imprimante.
scan-unknown-name = Le nom « { $input } » est introuvable sur ce réseau.
scan-use-this = Utiliser cette imprimante
scan-port-ipp = impression IPP
scan-port-web = page web
scan-port-web-secure = page web sécurisée
scan-port-raw = impression brute
scan-port-number = port { $port }
cli-scan-found = Trouvée : { $name } — { $model } — { $address }
cli-scan-none = Aucune imprimante n’a répondu. Vérifiez que l’imprimante est allumée et connectée au même réseau que cet ordinateur.
cli-scan-timeout = --timeout doit être compris entre 0,1 et 3600 secondes.
cli-scan-failed = La recherche d’imprimantes n’a pas pu démarrer sur cet ordinateur. Son réseau est peut-être coupé, ou un pare-feu bloque la recherche.
