## The router's side, read from the air: its WPS state and the Wi-Fi around this computer

## The "Your router" panel on the PIN page
air-panel-title = Ce que votre routeur indique en ce moment
air-reading = Lecture du Wi-Fi autour de cet ordinateur…
air-your-network = Votre réseau : { $name }
air-quoted = « { $name } »
# Source: facts/wifi-beacons.md §1 (hidden SSID), §5
air-hidden-name = (nom masqué)
air-this-network = { $network } (le réseau de cet ordinateur)
air-line-with-age = { $line }. { $age }
air-not-on-wifi = Cet ordinateur n’est pas connecté au Wi-Fi : l’application ne peut donc pas savoir quel réseau est le vôtre.
air-active-nearby = En attente du WPS en ce moment : { $names }
air-nothing-seen = Aucun réseau Wi-Fi n’a été vu. Vérifiez que le Wi-Fi de cet ordinateur est activé.
air-age = { $seconds ->
    [one] Lu il y a { $seconds } seconde.
   *[other] Lu il y a { $seconds } secondes.
}

## Verdicts: what a network's WPS is doing
# Source: facts/wps.md §1.9 (a WPS element means WPS is on); facts/wifi-beacons.md §5 (1: no WPS element on any access point of the network; mesh systems without WPS)
air-verdict-no-wps = Aucun point d’accès de ce réseau ne propose le WPS en ce moment. Le WPS est peut-être désactivé : activez-le dans la page de réglages du routeur, puis vérifiez à nouveau. Certains routeurs n’ont pas du tout de WPS, comme certains systèmes mesh : connectez alors l’imprimante d’une autre façon.
# Source: facts/wifi-beacons.md §1 (Wi-Fi Protected Setup State 1: not configured); facts/wps.md §1.9
air-verdict-unconfigured = Le routeur indique que son WPS est activé mais « non configuré ». Vérifiez les réglages WPS dans la page de réglages du routeur avant de lancer le WPS.
# Source: facts/wifi-beacons.md §1 (AP Setup Locked; hostapd: previously authorized registrars may still add devices)
air-verdict-locked = Le routeur signale que le WPS est verrouillé. Si la saisie du code PIN échoue, redémarrez le routeur.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with a Device Password ID other than push button)
air-verdict-pin-active = Votre routeur attend un code PIN en ce moment.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with Device Password ID 0x0004); facts/wps.md §1.5 (push-button mode stops after the walk time, 2 minutes)
air-verdict-push-button-active = Le WPS par bouton de votre routeur était actif au moment de cette lecture. Il reste actif au plus 2 minutes après l’appui sur le bouton : lancez maintenant le WPS par bouton sur l’imprimante, s’il n’est pas déjà lancé.
# Source: facts/wifi-beacons.md §1 (a WPS element that says configured, without an active registrar)
air-verdict-ready = Le WPS est activé. Le routeur n’attend ni code PIN ni bouton en ce moment.
air-verdict-unknown-state = Le WPS est activé, mais le routeur n’indique pas si son WPS est configuré. Il n’attend ni code PIN ni bouton en ce moment.
air-short-no-wps = pas de WPS
air-short-unconfigured = WPS non configuré
# Source: facts/wifi-beacons.md §1 (AP Setup Locked)
air-short-locked = WPS verrouillé
air-short-pin-active = attend un code PIN
air-short-push-button-active = bouton actif
air-short-ready = WPS activé, en veille
air-short-unknown-state = WPS activé, état non indiqué

## Warnings: what explains most failed WPS attempts
# Source: facts/wifi-beacons.md §5 (5: a 2.4 GHz-only printer and a network with no 2.4 GHz access point); §3 (said only after a scan)
air-warning-no-2-4-ghz = Cet ordinateur ne voit aucun point d’accès 2,4 GHz de ce réseau. Une imprimante qui ne fonctionne qu’en 2,4 GHz ne peut pas s’y connecter : activez la bande 2,4 GHz du routeur et laissez-la activée, car l’imprimante en a besoin tant qu’elle reste sur le Wi-Fi.
air-band-not-checked = Aucune recherche récente n’a précédé cette lecture, donc l’application ne peut pas savoir si votre réseau a un point d’accès 2,4 GHz : ce qu’elle a lu ne contient peut-être que le point d’accès qu’utilise cet ordinateur.
# Source: facts/wifi-beacons.md §2 (SAE without PSK is WPA3 only), §1 (vendor routers in WPA3-only mode: not established)
air-warning-wpa3-only = Ce réseau utilise uniquement le WPA3. Une imprimante qui ne connaît que le WPA2 ne peut pas s’y connecter, et le fonctionnement du WPS dans ce mode dépend du routeur. Si l’imprimante ne se connecte pas, réglez le routeur en mode mixte WPA2/WPA3 et laissez-le ainsi : l’imprimante en a besoin tant qu’elle reste sur le Wi-Fi.
air-warning-transition-pmf = Ce réseau propose le WPA2 et le WPA3 ensemble, mais il exige la protection des trames de gestion (PMF). Une imprimante sans PMF ne peut pas s’y connecter. Si l’imprimante ne se connecte pas, réglez la PMF sur « facultative » dans la page de réglages du routeur (les noms varient selon le routeur).
air-warning-tkip-only = Ce réseau utilise le WPA avec TKIP seulement. Les routeurs qui suivent le WPS 2.0 désactivent le WPS avec cette sécurité. Réglez la sécurité du routeur sur WPA2 ou WPA2/WPA3 dans sa page de réglages.
air-warning-open-or-wep = Ce réseau n’utilise ni le WPA2 ni le WPA3 : il n’a pas de mot de passe, ou il utilise l’ancienne sécurité WEP. Les routeurs qui suivent le WPS 2.0 désactivent le WPS avec le WEP. Réglez la sécurité du routeur sur WPA2 ou WPA2/WPA3 dans sa page de réglages.
# Source: facts/wifi-beacons.md §1 (hostapd disables WPS with a hidden SSID), §5 (6)
air-warning-hidden = Ce réseau masque son nom. Certains routeurs désactivent le WPS tant que le nom est masqué : affichez le nom pendant la configuration.
# Source: facts/wifi-beacons.md §1 (push-button overlap: two access points with different UUID-E, WPS refuses); facts/wps.md §1.5 (walk time, 2 minutes), §1.6
air-warning-push-button-overlap = Deux routeurs sont en mode bouton en même temps : le WPS va donc refuser. Attendez deux minutes, puis appuyez sur le bouton d’un seul routeur.
# Source: facts/wps.md §0 (7: the PIN method is weak; turn WPS off after setup)
air-warning-wps-still-on = Votre imprimante s’est connectée à ce réseau et le routeur propose toujours le WPS. Le WPS est un point faible connu : désactivez-le dans les réglages du routeur.

## When nothing could be read
air-unavailable-no-wifi = Cet ordinateur n’a pas d’adaptateur Wi-Fi : l’application ne peut donc pas lire les routeurs alentour.
air-unavailable-not-allowed = Le système n’a pas permis à l’application de lire le Wi-Fi autour de cet ordinateur. L’application fonctionne peut-être dans un bac à sable.
air-unavailable-not-on-this-system = La lecture du Wi-Fi autour de cet ordinateur n’est pas encore disponible sur ce système.
air-unavailable-failed = L’application n’a pas pu lire le Wi-Fi autour de cet ordinateur.
air-unavailable-file = La lecture enregistrée n’a pas pu être utilisée. { $reason }
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-no-networkmanager = NetworkManager ne fonctionne pas : l’application n’a donc pas pu demander une nouvelle recherche. Ce qu’elle a lu peut dater de 30 secondes au plus.
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-not-permitted = Le système n’a pas permis à l’application de demander une nouvelle recherche. Ce qu’elle a lu peut dater de 30 secondes au plus.
air-scan-refused = Le Wi-Fi n’a pas fait de recherche à l’instant. L’application montre ce qu’elle a capté en dernier.

## Access points, in lines
# Source: facts/wifi-beacons.md §2 (RSN element)
air-security-none = ni WPA2 ni WPA3
air-security-pmf = { $akms }, trames de gestion protégées obligatoires
air-damaged = certains éléments endommagés

## HP printers seen in the air (the scan page)
air-printers-title = Imprimantes HP à proximité, sur leur propre Wi-Fi
# Source: facts/wifi-beacons.md §4 (networks HP printers run themselves: setup and Wi-Fi Direct)
air-printers-intro = Ces réseaux Wi-Fi sont émis par les imprimantes HP elles-mêmes. Le modèle indiqué dans le nom vous aide à reconnaître votre imprimante avant qu’elle soit sur votre réseau.
# Source: facts/wifi-beacons.md §4 (HP printers in setup mode offer their own setup network)
air-printer-setup = { $model } propose son propre réseau « { $ssid } ». Les imprimantes HP le font en mode configuration, pour être connectées au Wi-Fi.
air-printer-setup-unnamed = Une imprimante HP propose son propre réseau « { $ssid } ». Les imprimantes HP le font en mode configuration, pour être connectées au Wi-Fi.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct = L’imprimante { $model } propose son propre réseau Wi-Fi Direct « { $ssid } », pour imprimer sans routeur. Ce n’est pas le réseau de votre routeur.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct-unnamed = Une imprimante HP propose son propre réseau Wi-Fi Direct « { $ssid } », pour imprimer sans routeur. Ce n’est pas le réseau de votre routeur.

## Checks read from the air (troubleshooting page and support summary)
check-air-wps = Votre réseau Wi-Fi propose le WPS
check-air-configured = Le routeur indique que son WPS est configuré
# Source: facts/wifi-beacons.md §1 (AP Setup Locked), §5
check-air-unlocked = Le WPS n’est pas verrouillé
# Source: facts/wifi-beacons.md §3 (each access point's frequency), §5 (5)
check-air-band = Votre réseau a un point d’accès en 2,4 GHz
# Source: facts/wifi-beacons.md §2 (PSK, SAE, management frame protection), §5 (6)
check-air-wpa2 = Votre réseau accepte les appareils WPA2
check-air-security = La sécurité de votre réseau permet le WPS
check-air-security-failed = Votre réseau utilise le WPA avec TKIP seulement, ou ni le WPA2 ni le WPA3. Les routeurs qui suivent le WPS 2.0 désactivent le WPS avec l’ancienne sécurité WEP et avec le WPA/TKIP seul. Réglez la sécurité du routeur sur WPA2 ou WPA2/WPA3 dans sa page de réglages.
check-air-visible = Votre réseau affiche son nom
check-air-one-button = Un seul routeur est en mode bouton

## Support summary and command line
report-section-air = Wi-Fi autour de cet ordinateur
air-report-read = Lecture
cli-air-saved = La lecture est enregistrée : { $path }
