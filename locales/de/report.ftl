# Deutsch (German)

## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = Der Drucker antwortet
check-same-network = Der Drucker ist im Netzwerk dieses Computers
check-web-server = Die Webseite des Druckers antwortet
check-firmware = Firmware-Version
check-wireless-adapter = Der Drucker ist im WLAN
check-certificate = Das Sicherheitszertifikat des Druckers ist das bekannte
check-router-answers = Der Router antwortet
check-state-passed = Bestanden
check-state-failed = Nicht bestanden
check-state-not-checked = Noch nicht geprüft
check-state-cannot = Von hier aus nicht prüfbar

## Support summary
report-title = WPS PIN Helper: Support-Zusammenfassung
report-section-about = Über diese Zusammenfassung
report-section-printer = Der Drucker
report-section-network = Das Netzwerk
report-section-checks = Prüfungen der App
report-section-steps = Ausprobierte Schritte
report-created = Erstellt am
report-app = App-Version
report-os = Computer
report-pin = WPS-PIN
report-pin-redacted = (weggelassen)
report-unknown = (unbekannt)
report-address = Adresse
report-problem = Problem
report-no-printer = Es wurde kein Drucker geprüft.
report-this-computer = Adresse dieses Computers
report-router = Router
report-no-checks = Die Prüfungen wurden nicht ausgeführt.
report-no-steps = Keine abgehakt.

## Troubleshooting: measured checks, support
trouble-measured-title = Was die App prüfen kann
trouble-measured-printer = Die App prüft den Drucker unter { $address }, das Netzwerk dieses Computers und Ihren Router.
trouble-measured-no-printer = Ohne die Adresse Ihres Druckers kann die App nur Ihren Router prüfen. Geben Sie die Adresse ein, um auch den Drucker zu prüfen.
trouble-run-checks = Prüfungen starten
trouble-checks-running = Wird geprüft…
trouble-ask-title = Was nur Sie prüfen können
trouble-router-page = Einstellungsseite meines Routers finden
trouble-support-title = Wann Sie den HP-Support anrufen sollten
trouble-support-no-pin = Der Drucker zeigt nie eine PIN, und WPS per Tastendruck funktioniert auch nicht.
trouble-support-rejected = Der Router lehnt eine PIN ab, die Sie Ziffer für Ziffer geprüft haben.
trouble-support-firmware = Ein Firmware-Update von HP für den Drucker hat nicht geholfen.
trouble-support-have = Halten Sie das Modell und die Seriennummer des Druckers bereit, dazu die Support-Zusammenfassung unten.
check-printer-answers-failed = Der Drucker hat nicht geantwortet. Prüfen Sie, ob er eingeschaltet und nicht im Ruhemodus ist und ob die Adresse stimmt.
check-same-network-failed = Der Drucker ist in einem anderen Netzwerk als dieser Computer. Ein Gastnetzwerk oder das eigene Einrichtungsnetzwerk des Druckers trennt die beiden.
check-web-server-failed = Der Drucker antwortet, aber seine Webseite nicht. Vielleicht ist seine Webseite ausgeschaltet.
check-wireless-adapter-failed = Der Drucker ist noch nicht im WLAN.
check-certificate-failed = Das Sicherheitszertifikat des Druckers hat sich seit dem letzten Kontakt geändert, deshalb spricht die App nicht mehr mit ihm. Ein Zurücksetzen oder ein Firmware-Update ändert es; sonst gibt sich vielleicht ein anderes Gerät als Ihr Drucker aus. Wenn Sie den Drucker weder zurückgesetzt noch aktualisiert haben, fragen Sie die Person, die Ihr Netzwerk betreut, bevor Sie weitermachen.
check-router-answers-failed = Ihr Router hat nicht geantwortet. Vielleicht ist dieser Computer in einem anderen Netzwerk, oder der Router hat unter dieser Adresse keine Einstellungsseite.
check-firmware-passed = Wenn HP für dieses Modell eine neuere Firmware anbietet, aktualisieren Sie sie über die Website von HP oder über das Menü des Druckers.
check-not-checked-why = Dafür wird die Adresse Ihres Druckers gebraucht.
check-cannot-why = Dieser Drucker oder dieser Computer meldet das nicht.
check-passed-why = Das sieht gut aus.

## Support summary on the page
summary-title = Support-Zusammenfassung
summary-intro = Alles, wonach der HP-Support fragen wird: der Drucker, das Netzwerk, die Prüfungen und die Schritte, die Sie ausprobiert haben.
summary-include-serial = Seriennummer mit aufnehmen
summary-include-pin = WPS-PIN mit aufnehmen (sie wird weggelassen, wenn Sie hier keinen Haken setzen)
summary-format = Dateityp
summary-format-text = Nur Text
summary-format-md = Markdown
summary-format-json = JSON (für Programme)
summary-format-html = Webseite (zum Drucken)
summary-save-where = Oder geben Sie ein, wo sie gespeichert werden soll
summary-copy = Zusammenfassung kopieren
summary-save = Zusammenfassung speichern…
summary-save-here = In dieser Datei speichern
summary-save-dialog-title = Support-Zusammenfassung speichern
summary-no-file = Es wurde keine Datei gewählt. Sie können auch unten eingeben, wo die Zusammenfassung gespeichert werden soll.
summary-copied = Die Zusammenfassung ist kopiert. Sie können sie in eine E-Mail oder einen Chat einfügen.
summary-saved = Die Zusammenfassung ist gespeichert: { $path }
summary-not-saved = Die Zusammenfassung konnte nicht gespeichert werden. Grund: { $reason }

## Your router
page-router = Ihr Router
router-title = Ihr Router
router-intro = Auf der Einstellungsseite Ihres Routers starten Sie WPS oder geben die PIN des Druckers ein.
router-reading = Das Netzwerk dieses Computers wird gelesen…
router-no-network = Dieser Computer scheint mit keinem Netzwerk verbunden zu sein.
router-this-computer = Dieser Computer: { $addresses } (über { $interface })
router-address = Ihr Router ist wahrscheinlich unter { $address } erreichbar.
router-open = Einstellungsseite meines Routers öffnen
router-sign-in = Der Router fragt nach seinem eigenen Passwort. Es steht oft auf einem Aufkleber am Router.
router-no-gateway = Dieser Computer hat im Moment keinen Router (Standard-Gateway).
router-same-network = Wenn die Adresse des Druckers mit denselben Zahlen beginnt wie die dieses Computers, sind beide wahrscheinlich im selben Netzwerk.
router-refresh = Noch einmal lesen
trouble-one-device-picture = Bild: nur der Drucker und der Router, jeweils mit gedrückter WPS-Taste, im Abstand von höchstens 2 Minuten.
