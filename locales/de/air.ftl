## The router's side, read from the air: its WPS state and the Wi-Fi around this computer

## The "Your router" panel on the PIN page
air-panel-title = Was Ihr Router gerade meldet
air-reading = Das WLAN um diesen Computer wird gelesen…
air-your-network = Ihr Netzwerk: { $name }
air-quoted = „{ $name }“
# Source: facts/wifi-beacons.md §1 (hidden SSID), §5
air-hidden-name = (Name verborgen)
air-this-network = { $network } (das Netzwerk dieses Computers)
air-line-with-age = { $line }. { $age }
air-not-on-wifi = Dieser Computer ist nicht mit einem WLAN verbunden. Daher kann die App nicht erkennen, welches Netzwerk Ihres ist.
air-active-nearby = Wartet gerade auf WPS: { $names }
air-nothing-seen = Es wurden keine WLAN-Netzwerke gefunden. Prüfen Sie, ob das WLAN dieses Computers eingeschaltet ist.
air-age = { $seconds ->
    [one] Vor { $seconds } Sekunde gelesen.
   *[other] Vor { $seconds } Sekunden gelesen.
}

## Verdicts: what a network's WPS is doing
# Source: facts/wps.md §1.9 (a WPS element means WPS is on); facts/wifi-beacons.md §5 (1: no WPS element on any access point of the network; mesh systems without WPS)
air-verdict-no-wps = Kein Zugangspunkt dieses Netzwerks bietet gerade WPS an. Vielleicht ist WPS ausgeschaltet: Schalten Sie es auf der Einstellungsseite des Routers ein und prüfen Sie dann erneut. Manche Router haben gar kein WPS, etwa manche Mesh-Systeme: Verbinden Sie den Drucker dann auf einem anderen Weg.
# Source: facts/wifi-beacons.md §1 (Wi-Fi Protected Setup State 1: not configured); facts/wps.md §1.9
air-verdict-unconfigured = Der Router meldet sein WPS als eingeschaltet, aber „nicht konfiguriert“. Prüfen Sie die WPS-Einstellungen auf der Einstellungsseite des Routers, bevor Sie WPS starten.
# Source: facts/wifi-beacons.md §1 (AP Setup Locked; hostapd: previously authorized registrars may still add devices)
air-verdict-locked = Der Router meldet WPS als gesperrt. Wenn die Eingabe der PIN fehlschlägt, starten Sie den Router neu.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with a Device Password ID other than push button)
air-verdict-pin-active = Ihr Router wartet jetzt auf eine PIN.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with Device Password ID 0x0004); facts/wps.md §1.5 (push-button mode stops after the walk time, 2 minutes)
air-verdict-push-button-active = WPS per Tastendruck war an Ihrem Router aktiv, als dies gelesen wurde. Es bleibt höchstens 2 Minuten nach dem Drücken der Taste aktiv: Starten Sie jetzt WPS per Tastendruck am Drucker, falls es noch nicht gestartet ist.
# Source: facts/wifi-beacons.md §1 (a WPS element that says configured, without an active registrar)
air-verdict-ready = WPS ist eingeschaltet, aber nicht aktiv: Der Router wartet gerade weder auf eine PIN noch auf einen Tastendruck.
air-verdict-unknown-state = WPS ist eingeschaltet, aber der Router sagt nicht, ob sein WPS konfiguriert ist. Er wartet gerade weder auf eine PIN noch auf einen Tastendruck.
air-short-no-wps = kein WPS
air-short-unconfigured = WPS nicht konfiguriert
# Source: facts/wifi-beacons.md §1 (AP Setup Locked)
air-short-locked = WPS gesperrt
air-short-pin-active = wartet auf eine PIN
air-short-push-button-active = WPS-Taste aktiv
air-short-ready = WPS an, bereit
air-short-unknown-state = WPS an, Zustand nicht angegeben

## Warnings: what explains most failed WPS attempts
# Source: facts/wifi-beacons.md §5 (5: a 2.4 GHz-only printer and a network with no 2.4 GHz access point); §3 (said only after a scan)
air-warning-no-2-4-ghz = Dieser Computer sieht keinen 2,4-GHz-Zugangspunkt dieses Netzwerks. Ein Drucker, der nur mit 2,4 GHz arbeitet, kann sich nicht verbinden: Schalten Sie das 2,4-GHz-Band des Routers ein und lassen Sie es eingeschaltet, denn der Drucker braucht es, solange er im WLAN ist.
air-band-not-checked = Vor dieser Messung gab es keine frische Suche, deshalb kann die App nicht erkennen, ob Ihr Netzwerk einen 2,4-GHz-Zugangspunkt hat: Was sie gelesen hat, enthält vielleicht nur den Zugangspunkt, den dieser Computer nutzt.
# Source: facts/wifi-beacons.md §2 (SAE without PSK is WPA3 only), §1 (vendor routers in WPA3-only mode: not established)
air-warning-wpa3-only = Dieses Netzwerk verwendet nur WPA3. Ein Drucker, der nur WPA2 kennt, kann sich nicht verbinden, und ob WPS in diesem Modus funktioniert, hängt vom Router ab. Wenn sich der Drucker nicht verbindet, stellen Sie den Router auf WPA2/WPA3 gemischt und lassen Sie es so: Der Drucker braucht es, solange er im WLAN ist.
air-warning-transition-pmf = Dieses Netzwerk bietet WPA2 und WPA3 zusammen an, verlangt aber geschützte Management-Frames (PMF). Ein Drucker ohne PMF kann sich nicht verbinden. Wenn sich der Drucker nicht verbindet, stellen Sie PMF auf der Einstellungsseite des Routers auf „optional“ (die Namen sind je nach Router verschieden).
air-warning-tkip-only = Dieses Netzwerk verwendet WPA nur mit TKIP. Router, die WPS 2.0 folgen, schalten WPS bei dieser Verschlüsselung aus. Stellen Sie die Sicherheit des Routers auf seiner Einstellungsseite auf WPA2 oder WPA2/WPA3.
air-warning-open-or-wep = Dieses Netzwerk verwendet weder WPA2 noch WPA3: Es hat kein Passwort, oder es verwendet die alte WEP-Verschlüsselung. Router, die WPS 2.0 folgen, schalten WPS bei WEP aus. Stellen Sie die Sicherheit des Routers auf seiner Einstellungsseite auf WPA2 oder WPA2/WPA3.
# Source: facts/wifi-beacons.md §1 (hostapd disables WPS with a hidden SSID), §5 (6)
air-warning-hidden = Dieses Netzwerk verbirgt seinen Namen. Manche Router schalten WPS aus, solange der Name verborgen ist: Machen Sie den Namen für die Einrichtung sichtbar.
# Source: facts/wifi-beacons.md §1 (push-button overlap: two access points with different UUID-E, WPS refuses); facts/wps.md §1.5 (walk time, 2 minutes), §1.6
air-warning-push-button-overlap = Zwei Router sind gleichzeitig im Tastenmodus, daher lehnt WPS ab. Warten Sie zwei Minuten und drücken Sie dann die Taste an nur einem Router.
# Source: facts/wps.md §0 (7: the PIN method is weak; turn WPS off after setup)
air-warning-wps-still-on = Ihr Drucker ist mit diesem Netzwerk verbunden, und der Router bietet noch WPS an. WPS ist eine bekannte Schwachstelle: Schalten Sie es in den Router-Einstellungen aus.

## When nothing could be read
air-unavailable-no-wifi = Dieser Computer hat keinen WLAN-Adapter. Daher kann die App die Router in der Umgebung nicht lesen.
air-unavailable-not-allowed = Das System hat der App nicht erlaubt, das WLAN um diesen Computer zu lesen. Vielleicht läuft die App in einer Sandbox.
air-unavailable-not-on-this-system = Das Lesen des WLANs um diesen Computer ist auf diesem System noch nicht verfügbar.
air-unavailable-failed = Die App konnte das WLAN um diesen Computer nicht lesen.
air-unavailable-file = Die gespeicherte Messung konnte nicht verwendet werden. { $reason }
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-no-networkmanager = NetworkManager läuft nicht, daher konnte die App keine neue Suche anfordern. Was sie gelesen hat, kann bis zu 30 Sekunden alt sein.
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-not-permitted = Das System hat der App nicht erlaubt, eine neue Suche anzufordern. Was sie gelesen hat, kann bis zu 30 Sekunden alt sein.
air-scan-refused = Das WLAN hat gerade nicht gesucht. Die App zeigt, was sie zuletzt empfangen hat.

## Access points, in lines
# Source: facts/wifi-beacons.md §2 (RSN element)
air-security-none = kein WPA2 oder WPA3
air-security-pmf = { $akms }, geschützte Management-Frames erforderlich
air-damaged = einige Elemente beschädigt

## HP printers seen in the air (the scan page)
air-printers-title = HP-Drucker in der Nähe, mit eigenem WLAN
# Source: facts/wifi-beacons.md §4 (networks HP printers run themselves: setup and Wi-Fi Direct)
air-printers-intro = Diese WLAN-Netzwerke kommen von HP-Druckern selbst. Das Modell im Namen hilft Ihnen zu erkennen, welcher Drucker Ihrer ist, bevor er in Ihrem Netzwerk ist.
# Source: facts/wifi-beacons.md §4 (HP printers in setup mode offer their own setup network)
air-printer-setup = { $model } bietet sein eigenes Netzwerk „{ $ssid }“ an. Das tun HP-Drucker im Einrichtungsmodus, um ins WLAN gebracht zu werden.
air-printer-setup-unnamed = Ein HP-Drucker bietet sein eigenes Netzwerk „{ $ssid }“ an. Das tun HP-Drucker im Einrichtungsmodus, um ins WLAN gebracht zu werden.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct = Der Drucker { $model } bietet sein eigenes Wi-Fi-Direct-Netzwerk „{ $ssid }“ an, zum Drucken ohne Router. Es ist nicht das Netzwerk Ihres Routers.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct-unnamed = Ein HP-Drucker bietet sein eigenes Wi-Fi-Direct-Netzwerk „{ $ssid }“ an, zum Drucken ohne Router. Es ist nicht das Netzwerk Ihres Routers.

## Checks read from the air (troubleshooting page and support summary)
check-air-wps = Ihr WLAN bietet WPS
check-air-configured = Der Router meldet sein WPS als konfiguriert
# Source: facts/wifi-beacons.md §1 (AP Setup Locked), §5
check-air-unlocked = WPS ist nicht gesperrt
# Source: facts/wifi-beacons.md §3 (each access point's frequency), §5 (5)
check-air-band = Ihr Netzwerk hat einen Zugangspunkt mit 2,4 GHz
# Source: facts/wifi-beacons.md §2 (PSK, SAE, management frame protection), §5 (6)
check-air-wpa2 = Ihr Netzwerk lässt WPA2-Geräte zu
check-air-security = Die Sicherheit Ihres Netzwerks lässt WPS zu
check-air-security-failed = Ihr Netzwerk verwendet WPA nur mit TKIP, oder weder WPA2 noch WPA3. Router, die WPS 2.0 folgen, schalten WPS bei der alten WEP-Verschlüsselung und bei WPA nur mit TKIP aus. Stellen Sie die Sicherheit des Routers auf seiner Einstellungsseite auf WPA2 oder WPA2/WPA3.
check-air-visible = Ihr Netzwerk zeigt seinen Namen
check-air-one-button = Nur ein Router ist im Tastenmodus

## Support summary and command line
report-section-air = WLAN um diesen Computer
air-report-read = Gelesen
cli-air-saved = Die Messung ist gespeichert: { $path }
