# Français (French)
## probe: what one printer says about itself
probe-heading = Imprimante à l’adresse { $address }
probe-no-answer = Rien n’a répondu à l’adresse { $address }. Vérifiez que l’imprimante est allumée et que cet ordinateur est sur le même réseau.
probe-kind-ethernet = Câble réseau
probe-kind-wifi = Wi-Fi
probe-kind-wifi-direct = Wi-Fi propre à l’imprimante (Wi-Fi Direct)
probe-connected-to = connecté à « { $ssid } »
probe-connected = connecté
probe-not-connected = non connecté
probe-state-unknown = état non indiqué
probe-mac = adresse matérielle { $mac }
probe-problems = Ce qui n’a pas fonctionné :

## Problems met while reading a printer ({ $source } is what was read: IPP or a web page)
problem-no-answer = { $source } : l’imprimante n’a pas répondu.
problem-no-answer-refused = { $source } : rien n’a répondu sur ce port. L’imprimante est peut-être éteinte ou en veille, ou l’adresse est celle d’un autre appareil.
problem-no-answer-no-route = { $source } : cet ordinateur ne peut pas joindre cette adresse. Elle est peut-être sur un autre réseau.
problem-no-answer-unknown-name = { $source } : ce nom est introuvable sur ce réseau. Essayez l’adresse en chiffres de l’imprimante, comme 192.168.1.23.
problem-no-answer-closed = { $source } : l’imprimante a fermé la connexion avant de répondre.
problem-too-deep = { $source } : la réponse de l’imprimante a une forme que l’application ne lit pas (imbriquée beaucoup trop profondément) ; l’application l’a donc mise de côté.
problem-timeout = { $source } : l’imprimante a mis trop de temps à répondre.
problem-too-large = { $source } : la réponse de l’imprimante était trop volumineuse ; l’application ne l’a donc pas lue.
problem-redirected = { $source } : l’imprimante a renvoyé l’application vers { $to } ; l’application n’y est pas allée.
problem-sign-in = { $source } : cette page demande de se connecter à l’imprimante.
problem-not-found = { $source } : cette page n’existe pas sur ce modèle.
problem-status = { $source } : l’imprimante a répondu par une erreur (HTTP { $code }).
problem-certificate-changed = { $source } : le certificat de sécurité de l’imprimante a changé depuis le dernier échange avec l’application (avant …{ $was }, maintenant …{ $now }). Cela arrive après une réinitialisation ou une mise à jour du micrologiciel, mais cela peut aussi vouloir dire qu’un autre appareil se fait passer pour l’imprimante : l’application s’est donc arrêtée.
problem-secure-connection = { $source } : la connexion sécurisée à l’imprimante a échoué.
problem-not-asked = { $source } : l’application n’interroge pas cette adresse.
problem-ipp-refused = { $source } : l’imprimante a refusé la demande (état IPP { $code }).
problem-unreadable = { $source } : la réponse de l’imprimante est illisible.
problem-two-identities = L’imprimante indique deux identités différentes ({ $first-source } dit { $first }, { $second-source } dit { $second }).
probe-unknown-name = Le nom « { $address } » est introuvable sur ce réseau : rien n’a donc été demandé. Essayez l’adresse en chiffres de l’imprimante, par exemple 192.168.1.23.
probe-not-asked = L’application n’interroge pas { $address } : ce n’est pas une adresse qu’une imprimante de ce réseau aurait.
cli-lookup-empty = Tapez un nom ou un numéro de modèle à rechercher, par exemple : wps-pin-helper lookup 9015e
