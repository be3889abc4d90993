# Deutsch (German)

## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = Der Drucker antwortet
check-same-network = Der Drucker ist im Netzwerk dieses Computers
check-web-server = Die App kann die Angaben des Druckers von seiner Webseite lesen
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
report-no-printer = Es wurde kein Drucker gewählt.
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
trouble-support-rejected = Der Router lehnt eine PIN ab, die Sie Ziffer für Ziffer geprüft haben. Dabei kann auch der Hersteller des Routers helfen.
trouble-support-firmware = Ein Firmware-Update von HP für den Drucker hat nicht geholfen.
trouble-support-have = Halten Sie Modell, Seriennummer und Firmware-Version des Druckers bereit (die App zeigt die Firmware-Version auf der Seite „Ihr Drucker“, wenn der Drucker sie meldet), dazu die Support-Zusammenfassung unten.
check-printer-answers-failed = Der Drucker hat nicht geantwortet. Prüfen Sie, ob er eingeschaltet und nicht im Ruhemodus ist und ob die Adresse stimmt.
check-same-network-failed = Der Drucker ist in einem anderen Netzwerk als dieser Computer. Ein Gastnetzwerk oder das eigene Einrichtungsnetzwerk des Druckers trennt die beiden.
check-web-server-failed = Der Drucker antwortet, aber die App konnte seine Angaben nicht von seiner Webseite lesen: Drucker, die älter als etwa 2009 sind, bieten keinen der beiden Wege, die die App liest. Wenn der Drucker eine Webseite hat, können Sie sie trotzdem in einem Browser öffnen.
check-wireless-adapter-failed = Der Drucker ist noch nicht im WLAN.
check-certificate-failed = Das Sicherheitszertifikat des Druckers hat sich seit dem letzten Kontakt geändert, deshalb spricht die App nicht mehr mit ihm. Ein Zurücksetzen oder ein Firmware-Update ändert es; sonst gibt sich vielleicht ein anderes Gerät als Ihr Drucker aus. Wenn Sie den Drucker weder zurückgesetzt noch aktualisiert haben, fragen Sie die Person, die Ihr Netzwerk betreut, bevor Sie weitermachen.
check-router-answers-failed = Ihr Router hat nicht geantwortet. Vielleicht ist dieser Computer in einem anderen Netzwerk, oder der Router hat unter dieser Adresse keine Einstellungsseite.
check-firmware-passed = Wenn HP für dieses Modell eine neuere Firmware anbietet, aktualisieren Sie sie über die Website von HP oder über das Menü des Druckers.
check-not-checked-why = Dafür wird die Adresse Ihres Druckers gebraucht.
check-cannot-why = Dieser Drucker oder dieser Computer meldet das nicht.
check-passed-why = Das sieht gut aus.

## Support summary on the page
summary-title = Support-Zusammenfassung
summary-intro = Was die App weiß, für den HP-Support oder wer Ihnen hilft: der Drucker, sein Modell und Bedienfeld, das Netzwerk, die Prüfungen und was Sie versucht haben. Die PIN wird weggelassen, wenn Sie sie nicht einschließen.
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
summary-copied = Die Zusammenfassung ist kopiert. Sie können sie in eine E-Mail oder einen Chat einfügen.
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
router-sign-in = Der Router fragt nach seinem eigenen Passwort. Es steht vielleicht auf einem Aufkleber am Router; sonst fragen Sie, wer den Router eingerichtet hat.
router-no-gateway = Dieser Computer hat im Moment keinen Router (Standard-Gateway).
router-same-network = Wenn die Adresse des Druckers mit denselben Zahlen beginnt wie die dieses Computers, sind beide wahrscheinlich im selben Netzwerk.
router-refresh = Noch einmal lesen
trouble-one-device-picture = Bild: nur der Drucker und der Router, jeweils mit gedrückter WPS-Taste, im Abstand von höchstens 2 Minuten.
report-section-journey = Was in der App getan wurde
report-simulated = Ein simulierter Drucker (Demomodus): Nichts daran ist echt.
report-name = Name
report-mac = Hardware-Adresse (MAC)
report-host = Hostname
report-family = Modellfamilie (in der Liste der App, aus HPLIP)
report-panel = Bedienfeld
report-guide = Anleitung
report-guide-step = { $guide }, Schritt { $step } von { $total }
report-pin-check = PIN-Prüfung
report-pin-valid-8 = 8 Ziffern, die letzte passt zu den anderen
report-pin-valid-4 = 4 Ziffern, die keine Prüfziffer haben
report-pin-wrong-check-digit = 8 Ziffern, aber die letzte passt nicht zu den anderen
report-pin-wrong-length = weder 4 noch 8 Ziffern
report-pin-not-a-digit = ein Zeichen, das keine Ziffer ist
report-pin-well-known = eine bekannte Standard-PIN
report-timer = Timer
report-timer-run = { $way }: gestartet { $started }, { $end }
report-timer-running = läuft noch
report-timer-stopped = angehalten { $at }
report-timer-time-up = die 2 Minuten waren um { $at } abgelaufen
report-timer-joined = der Drucker war im WLAN { $at }
report-timer-replaced = neu gestartet { $at }
report-way-printer-pin = die PIN des Druckers
report-way-router-pin = die PIN des Routers
report-way-push-button = die WPS-Tasten
trouble-jump-summary = Zusammenfassung für den Support erstellen
cli-report-model-none = Kein HP-Drucker passt zu „{ $query }“, darum nennt die Zusammenfassung keine Modellfamilie.
cli-report-unknown-format = „{ $format }“ ist kein Dateityp, in dem die Zusammenfassung geschrieben werden kann. Verwenden Sie text, md, json oder html.
cli-report-not-a-router = „{ $address }“ ist keine Router-Adresse. Geben Sie eine wie 192.168.1.1 oder 192.168.1.1:8080 ein.
check-why-by-name = Der Drucker wurde mit seinem Namen angegeben, darum kann die App seine Adresse nicht mit dem Netzwerk dieses Computers vergleichen.
check-why-no-firmware = Der Drucker meldet seine Firmware-Version nicht.
check-why-no-wifi-state = Der Drucker meldet nicht, ob er im WLAN ist.
check-why-no-certificate = Die Webseite des Druckers hat ohne sichere Verbindung (HTTPS) geantwortet, darum gibt es kein Zertifikat zum Vergleichen.
summary-case = Fallname (optional)
summary-note = Notiz (optional)
summary-saved-in = Die Zusammenfassung ist als „{ $file }“ in { $folder } gespeichert.
trouble-results-count = Ergebnisse: { $passed } bestanden, { $failed } fehlgeschlagen, { $other } nicht geprüft.

## Das WLAN des Druckers im Vergleich mit dem dieses Computers, und der Demomodus auf der Befehlszeile
check-same-wifi = Der Drucker ist im WLAN dieses Computers
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed = Der Drucker ist einem anderen WLAN beigetreten als dem dieses Computers. Wenn beide Namen zu Ihrem eigenen Router gehören (manche Router geben jedem Frequenzband einen eigenen Namen), ist das in Ordnung. Wenn das Netzwerk des Druckers ein Gastnetzwerk oder das eines anderen Routers ist, findet dieser Computer den Drucker womöglich nicht: Bringen Sie den Drucker in das Netzwerk dieses Computers.
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed-names = Der Drucker ist „{ $printer }“ beigetreten, aber dieser Computer ist in „{ $computer }“. Wenn beide Namen zu Ihrem eigenen Router gehören (manche Router geben jedem Frequenzband einen eigenen Namen), ist das in Ordnung. Wenn „{ $printer }“ ein Gastnetzwerk oder das eines anderen Routers ist, findet dieser Computer den Drucker womöglich nicht: Bringen Sie den Drucker in „{ $computer }“.
check-why-no-printer-network = Der Drucker ist im WLAN, sagt aber nicht, in welchem Netzwerk.
check-why-no-computer-network = Dieser Computer ist nicht im WLAN, oder sein WLAN ließ sich nicht lesen. Es gibt also kein Netzwerk zum Vergleichen.
demo-simulated = Demomodus: Die Drucker, der Router und das WLAN hier sind simuliert, zum Üben. Nichts davon wurde aus einem echten Netzwerk gelesen.
cli-demo-not-with = { $option } passt nicht zu --demo: Der Demomodus liest nichts aus dem Netzwerk, dem WLAN-Funk oder den Dateien dieses Computers.
cli-demo-no-save = --save passt nicht zu --demo: Eine simulierte Messung in einer Datei könnte später für eine echte gehalten werden.

## Checks not made, and the case the summary is for
check-state-not-asked = Nicht gefragt (keine Druckeradresse)
check-state-skipped = Übersprungen (der Drucker hat nicht geantwortet)
report-case = Fall
report-note = Notiz
