# Deutsch (German)

## Find my printer: the live scan
scan-title = Meinen Drucker finden
scan-looking = { $count ->
    [0] Suche nach Druckern… noch keiner gefunden
    [one] Suche nach Druckern… 1 gefunden
   *[other] Suche nach Druckern… { $count } gefunden
}
scan-failed = Die Suche nach Druckern konnte auf diesem Computer nicht starten. Vielleicht ist sein Netzwerk aus, oder eine Firewall blockiert die Suche. Sie können die Adresse des Druckers trotzdem unten eingeben.
scan-nothing-title = Noch nichts gefunden. Häufige Ursachen:
scan-nothing-guest = Dieser Computer ist in einem Gastnetzwerk oder in einem anderen Netzwerk als der Drucker.
scan-nothing-isolation = Der Router hält drahtlose Geräte voneinander getrennt (oft „AP-Isolierung“ oder „Client-Isolierung“ genannt).
scan-nothing-off = Der Drucker ist ausgeschaltet oder im Ruhemodus. Drücken Sie eine Taste am Drucker, um ihn aufzuwecken.
scan-nothing-setup = Der Drucker ist im Einrichtungsmodus und hat sein eigenes WLAN-Netzwerk. Dann ist er noch nicht in Ihrem Netzwerk: Genau das ändert WPS.
scan-card-model = Modell: { $model }
scan-card-address = Adresse: { $address }
scan-card-network-ipp = Mit diesem Netzwerk verbunden, bereit zum Drucken.
scan-card-network = Mit diesem Netzwerk verbunden.
# Where the scan heard of it: the system's mDNS daemon's cache, the app's own search, or both.
scan-card-source = { $source ->
    [system] Diesem Computer schon bekannt.
    [mdns] Eben im Netzwerk gehört.
   *[both] Diesem Computer schon bekannt und eben im Netzwerk gehört.
}
scan-this-one = Das ist mein Drucker
scan-not-listed = Mein Drucker ist nicht dabei
scan-address-label = Geben Sie die Adresse des Druckers (zum Beispiel 192.168.1.23) oder seinen Namen ein
scan-check-address = Diese Adresse prüfen
scan-checking = Wird geprüft…
scan-answers = Unter { $address } antwortet etwas: { $ports }.
scan-no-answer = Unter { $address } antwortet nichts auf den Ports, die Drucker verwenden. Prüfen Sie die Adresse und ob der Drucker eingeschaltet ist.
scan-not-an-address = „{ $input }“ ist weder eine Adresse noch ein Druckername.
scan-unknown-name = Der Name „{ $input }“ wurde in diesem Netzwerk nicht gefunden.
scan-use-this = Diesen Drucker verwenden
scan-port-ipp = Drucken über IPP
scan-port-web = Webseite
scan-port-web-secure = sichere Webseite
scan-port-raw = Direktdruck (raw)
scan-port-number = Port { $port }
cli-scan-found = Gefunden: { $name } — { $model } — { $address }
cli-scan-none = Kein Drucker hat geantwortet. Prüfen Sie, ob der Drucker eingeschaltet ist und im selben Netzwerk wie dieser Computer.
cli-scan-timeout = --timeout muss zwischen 0,1 und 3600 Sekunden liegen.
cli-scan-failed = Die Suche nach Druckern konnte auf diesem Computer nicht starten. Vielleicht ist sein Netzwerk aus, oder eine Firewall blockiert die Suche.
