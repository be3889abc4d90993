# Deutsch (German)

## probe: what one printer says about itself
probe-heading = Drucker unter { $address }
probe-no-answer = Unter { $address } hat nichts geantwortet. Prüfen Sie, ob der Drucker eingeschaltet ist und ob dieser Computer im selben Netzwerk ist.
probe-kind-ethernet = Netzwerkkabel
probe-kind-wifi = WLAN
probe-kind-wifi-direct = Eigenes WLAN des Druckers (Wi-Fi Direct)
probe-connected-to = verbunden mit „{ $ssid }“
probe-connected = verbunden
probe-not-connected = nicht verbunden
probe-state-unknown = Status nicht gemeldet
probe-mac = Hardware-Adresse { $mac }
probe-problems = Was nicht funktioniert hat:

## Problems met while reading a printer ({ $source } is what was read: IPP or a web page)
problem-no-answer = { $source }: Der Drucker hat nicht geantwortet.
problem-no-answer-refused = { $source }: An diesem Port hat nichts geantwortet. Vielleicht ist der Drucker aus oder im Ruhezustand, oder die Adresse gehört einem anderen Gerät.
problem-no-answer-no-route = { $source }: Dieser Computer kann diese Adresse nicht erreichen. Sie liegt vielleicht in einem anderen Netzwerk.
problem-no-answer-unknown-name = { $source }: Dieser Name wurde in diesem Netzwerk nicht gefunden. Versuchen Sie die Zahlenadresse des Druckers, zum Beispiel 192.168.1.23.
problem-no-answer-closed = { $source }: Der Drucker hat die Verbindung beendet, bevor er geantwortet hat.
problem-too-deep = { $source }: Die Antwort des Druckers ist so aufgebaut, dass die App sie nicht liest (viel zu tief verschachtelt). Die App hat sie deshalb beiseitegelegt.
problem-timeout = { $source }: Der Drucker hat zu lange für die Antwort gebraucht.
problem-too-large = { $source }: Die Antwort des Druckers war zu groß, deshalb hat die App sie nicht gelesen.
problem-redirected = { $source }: Der Drucker hat die App an { $to } verwiesen; die App ist dort nicht hingegangen.
problem-sign-in = { $source }: Für diese Seite ist eine Anmeldung am Drucker nötig.
problem-not-found = { $source }: Diese Seite gibt es bei diesem Modell nicht.
problem-status = { $source }: Der Drucker hat mit einem Fehler geantwortet (HTTP { $code }).
problem-certificate-changed = { $source }: Das Sicherheitszertifikat des Druckers hat sich seit dem letzten Kontakt mit der App geändert (vorher …{ $was }, jetzt …{ $now }). Das passiert nach einem Zurücksetzen oder einem Firmware-Update, könnte aber auch bedeuten, dass sich ein anderes Gerät als der Drucker ausgibt. Deshalb hat die App angehalten.
problem-secure-connection = { $source }: Eine sichere Verbindung zum Drucker ist fehlgeschlagen.
problem-not-asked = { $source }: Diese Adresse fragt die App nicht ab.
problem-ipp-refused = { $source }: Der Drucker hat die Anfrage abgelehnt (IPP-Status { $code }).
problem-unreadable = { $source }: Die Antwort des Druckers konnte nicht gelesen werden.
problem-two-identities = Der Drucker meldet zwei verschiedene Identitäten ({ $first-source } sagt { $first }, { $second-source } sagt { $second }).
probe-unknown-name = Der Name „{ $address }“ wurde in diesem Netzwerk nicht gefunden, darum wurde nichts abgefragt. Versuchen Sie die Zahlenadresse des Druckers, etwa 192.168.1.23.
probe-not-asked = Die App fragt { $address } nicht ab: Das ist keine Adresse, die ein Drucker in diesem Netzwerk hätte.
cli-lookup-empty = Geben Sie einen Modellnamen oder eine Modellnummer zum Nachschlagen ein, zum Beispiel: wps-pin-helper lookup 9015e
