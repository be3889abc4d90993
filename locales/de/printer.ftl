# Deutsch (German)

## My printer: watched live
page-printer = Ihr Drucker
printer-title = Ihr Drucker
printer-intro = Geben Sie die Adresse Ihres Druckers ein, um zu sehen, was er über sich selbst meldet. Während Sie WPS durchführen, prüft die App ihn immer wieder.
printer-address-label = Die Adresse des Druckers (zum Beispiel 192.168.1.23) oder die Adresse seiner Webseite
printer-address-hint = 192.168.1.23
printer-address-bad = Mit dieser Adresse kann die App nichts anfangen. Geben Sie Zahlen wie 192.168.1.23 ein, einen Namen wie HP123456.local oder eine Webadresse.
address-other-host = Die IPP-Adresse gehört zu einem anderen Gerät als dem Drucker. Geben Sie beide Adressen desselben Druckers an.
printer-check = Diesen Drucker prüfen
printer-stop = Prüfen beenden
printer-status-title = Ihr Drucker
printer-status-checking = Der Drucker unter { $address } wird geprüft…
printer-status-no-answer = Der Drucker unter { $address } antwortet nicht. Vielleicht ist er ausgeschaltet, im Ruhemodus oder in einem anderen Netzwerk. Die App versucht es weiter.
printer-status-not-wifi = Der Drucker antwortet, ist aber noch nicht im WLAN.
printer-status-wifi-unknown = Der Drucker antwortet, sagt aber nicht, ob er im WLAN ist.
printer-status-cable-wifi-unknown = Der Drucker antwortet über sein Netzwerkkabel. Er sagt nicht, ob er auch im WLAN ist.
printer-status-cable = Der Drucker antwortet über sein Netzwerkkabel. Er ist noch nicht im WLAN.
printer-on-wifi = Verbunden mit dem WLAN „{ $ssid }“
printer-signal-weak = Signal schwach
printer-signal-fair = Signal mittel
printer-signal-good = Signal gut
printer-joined-title = Es hat geklappt
printer-joined = Ihr Drucker ist jetzt im WLAN „{ $ssid }“.
printer-joined-ok = OK
printer-identity = Was der Drucker meldet
printer-model = Modell
printer-firmware = Firmware
printer-firmware-date = Firmware-Datum
printer-serial = Seriennummer
printer-uuid = Geräte-ID
printer-connections = Verbindungen
printer-open-web = Webseite des Druckers öffnen
printer-copy = Diese Angaben kopieren
pin-check-printer = Verbindung meines Druckers prüfen
find-know-address = Ich kenne die Adresse meines Druckers
printer-strip = Ihr Drucker: { $address }
