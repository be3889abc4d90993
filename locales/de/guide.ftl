# Deutsch (German)

## Guides: where the PIN is, and how to use it. Menu names are general on purpose:
## no source gives HP's exact menus per model (facts/hp-printers.md §3.2).
guide-step-of = Schritt { $step } von { $total }
guide-next = Weiter
guide-previous = Vorheriger Schritt
guide-see = Das sollten Sie sehen
guide-if-not = Wenn nicht: Siehe „Es funktioniert nicht“.
guide-open-trouble = Es funktioniert nicht
guide-other-routes = Andere Wege, die PIN zu finden oder den Drucker zu verbinden
guide-names-vary = Die Namen der Menüs sind je nach Modell verschieden. Wenn Sie ein Menü nicht finden, sehen Sie im Benutzerhandbuch Ihres Druckers nach.
guide-done = PIN eingeben
guide-start-over = Zurück zu Schritt 1

guide-touchscreen-title = Drucker mit Touchscreen
guide-touchscreen-intro = Ihr Drucker zeigt die PIN auf seinem Bildschirm, und Sie geben sie an Ihrem Router ein. Bereiten Sie zuerst die Seite des Routers vor: Sie braucht eine Weile zum Öffnen, und WPS wartet nur etwa 2 Minuten.
guide-touchscreen-1 = Stellen Sie den Drucker in die Nähe des Routers, tippen Sie auf seinen Bildschirm, um ihn zu wecken, und öffnen Sie die WLAN- oder Netzwerkeinstellungen.
guide-touchscreen-2 = Wählen Sie „Wi-Fi Protected Setup“ (WPS) und dann „PIN“.

guide-text-display-title = Drucker mit kleiner Textanzeige und Tasten
guide-text-display-intro = Ihr Drucker zeigt die PIN auf seiner kleinen Anzeige, und Sie geben sie an Ihrem Router ein. Bereiten Sie zuerst die Seite des Routers vor: Sie braucht eine Weile zum Öffnen, und WPS wartet nur etwa 2 Minuten.
guide-text-display-1 = Öffnen Sie mit den Tasten neben der Anzeige das Menü „Netzwerk“ oder „WLAN“ (bei manchen Modellen unter „Einrichtung“).
guide-text-display-2 = Suchen Sie „Wi-Fi Protected Setup“ oder „WPS Setup“ und wählen Sie „PIN“.

guide-lights-only-title = Drucker nur mit Tasten und Leuchten
guide-lights-only-intro = Ohne Bildschirm kann der Drucker keine PIN zeigen, darum sind die WPS-Tasten der Weg. Manche Modelle drucken eine PIN auf ihre Netzwerkkonfigurationsseite: Sehen Sie sich diese Anleitung an.
guide-lights-only-1 = Stellen Sie den Drucker in die Nähe des Routers und schalten Sie ihn ein. Achten Sie darauf, dass kein anderes Gerät im WPS-Modus ist: Zwei auf einmal lehnt der Router ab.
guide-lights-only-2 = Bevor Sie etwas starten, finden Sie heraus, wie Ihr Drucker WPS mit seiner WLAN-Taste startet: Wie lange Sie sie gedrückt halten und welche andere Taste Sie zusammen mit ihr drücken, ist je nach Modell verschieden. Sehen Sie jetzt im Benutzerhandbuch Ihres Druckers nach. Suchen Sie auch die WPS-Taste Ihres Routers oder die Stelle auf seiner Einstellungsseite, an der WPS startet.
guide-lights-only-3 = Starten Sie WPS am Drucker mit seiner WLAN-Taste, so wie Sie es nachgesehen haben.
guide-lights-only-3-see = Die WLAN-Leuchte des Druckers ändert sich; bei manchen Modellen beginnt sie zu blinken.
guide-lights-only-4 = Drücken Sie innerhalb von 2 Minuten die WPS-Taste am Router oder starten Sie WPS auf seiner Einstellungsseite.
guide-lights-only-5 = Sehen Sie nach, ob er verbunden ist. Wenn Sie Ihren Drucker in dieser App gewählt haben, zeigt die Seite „Ihr Drucker“, wann er im WLAN ist. Wenn er nach 2 Minuten nicht verbunden ist, beginnen Sie wieder bei Schritt 3.

guide-label-title = Eine PIN auf einem Aufkleber
guide-label-intro = Manche Geräte haben eine feste PIN, die auf einem Aufkleber steht.
guide-label-1 = Suchen Sie am Drucker einen Aufkleber mit der Aufschrift „WPS PIN“.
guide-label-2 = Wenn Ihr Drucker einen Bildschirm hat, verwenden Sie die PIN, die er beim Start des WPS-PIN-Modus zeigt, nicht eine PIN von einem Aufkleber oder einem alten Ausdruck: Ein Gerät mit Anzeige soll für jede Einrichtung eine neue PIN erzeugen.
guide-label-3 = Bevor Sie etwas starten: Öffnen Sie die Einstellungsseite Ihres Routers und suchen Sie die Stelle, an der er die PIN eines Geräts annimmt, und suchen Sie im Benutzerhandbuch Ihres Druckers, wie Sie den Drucker in den WPS-PIN-Modus schalten.
guide-label-4 = Schalten Sie den Drucker in den WPS-PIN-Modus und geben Sie dann sofort die PIN vom Aufkleber auf der Seite des Routers ein und starten Sie. Wenn der Drucker einen eigenen Timer zeigt, richten Sie sich nach ihm.

guide-config-page-title = Netzwerkkonfigurationsseite
guide-config-page-intro = Der Drucker kann eine Seite über sein Netzwerk drucken: mit seiner Adresse, seinem WLAN und bei manchen Modellen einer WPS-PIN.
guide-config-page-1 = Drucken Sie eine Netzwerkkonfigurationsseite oder einen WLAN-Testbericht. Bei Druckern mit Bildschirm suchen Sie in den Menüs nach „Berichte“ oder „Netzwerk“. Bei anderen geht es über eine Tastenkombination. Beides ist je nach Modell verschieden: Sehen Sie im Benutzerhandbuch Ihres Druckers nach.
guide-config-page-2 = Suchen Sie die Zeilen zum Netzwerk: den Netzwerknamen (SSID), den Status, die IP-Adresse und die Hardware-Adresse (MAC).
guide-config-page-2-see = Eine IP-Adresse wie 192.168.1.23. Geben Sie sie auf der Seite „Meinen Drucker finden“ ein, um den Drucker von diesem Computer aus zu prüfen.
guide-config-page-3 = Wenn auf der Seite eine WPS-PIN steht, bevor Sie etwas starten: Öffnen Sie die Einstellungsseite Ihres Routers und suchen Sie die Stelle, an der er die PIN eines Geräts annimmt, und suchen Sie im Benutzerhandbuch Ihres Druckers, wie Sie den Drucker in den WPS-PIN-Modus schalten.
guide-config-page-4 = Schalten Sie den Drucker in den WPS-PIN-Modus und geben Sie dann sofort die PIN von der Seite auf der Seite des Routers ein und starten Sie. Wenn der Drucker einen eigenen Timer zeigt, richten Sie sich nach ihm.

guide-web-page-title = Die eigene Webseite des Druckers
guide-web-page-intro = Viele Drucker im Netzwerk haben eine eigene Webseite, den sogenannten eingebetteten Webserver. Sie öffnen sie in einem Browser. Wenn der Drucker noch nicht in Ihrem Netzwerk ist, verbinden Sie ihn zuerst mit einem Netzwerkkabel mit dem Router und ziehen das Kabel ab, sobald das WLAN eingerichtet ist.
guide-web-page-1 = Finden Sie die Adresse des Druckers: auf der Seite „Meinen Drucker finden“ oder auf einer Netzwerkkonfigurationsseite.
guide-web-page-2 = Geben Sie die Adresse in einen Browser ein, auf einem Computer im selben Netzwerk.
guide-web-page-2-see = Die Webseite des Druckers mit seinem Namen und Status. Bevor Sie dort etwas eingeben, prüfen Sie, ob ihre Adresse mit der auf der Netzwerkkonfigurationsseite des Druckers übereinstimmt.
guide-web-page-3 = Sehen Sie unter „Netzwerk“ oder „WLAN“ nach. Bei manchen Modellen können Sie dort WPS starten oder die WLAN-Einstellungen ändern. Die Namen sind je nach Modell verschieden.

guide-hp-smart-title = Die App HP Smart
guide-hp-smart-intro = Die App von HP, HP Smart, bietet einen eigenen Weg, einen Drucker mit dem WLAN zu verbinden. Sie zeigt vielleicht auch die WPS-PIN des Druckers oder sagt, wie Sie sie bekommen.
guide-hp-smart-1 = Installieren Sie die App HP Smart von HP oder aus dem App-Store Ihres Smartphones oder Computers.
guide-hp-smart-2 = Öffnen Sie die App, fügen Sie einen Drucker hinzu und folgen Sie den Schritten der App.

guide-router-side-title = Was am Router zu tun ist
guide-router-side-intro = Bei WPS muss auch der Router mitmachen. Hier steht, wie Sie ihm die PIN des Druckers geben, die PIN des Routers verwenden oder seine WPS-Taste drücken.
guide-router-side-1 = Öffnen Sie die Einstellungsseite Ihres Routers. Die Seite „Ihr Router“ öffnet sie für Sie. Das Passwort des Routers steht vielleicht auf seinem Aufkleber; sonst fragen Sie, wer den Router eingerichtet hat.
guide-router-side-2 = Suchen Sie WPS, oft unter „Drahtlos“ oder „WLAN“, und wählen Sie die Option, ein Gerät per PIN hinzuzufügen. Geben Sie die PIN des Druckers ein und starten Sie. Die Namen sind je nach Router verschieden.
guide-router-side-2-see = Der Router zeigt an, dass WPS gestartet ist.
guide-router-side-3 = Wenn der Router eine eigene PIN hat (auf seinem Aufkleber oder auf seiner Einstellungsseite), können Sie stattdessen diese PIN am Drucker eingeben. Nutzen Sie diesen Weg zuletzt: Damit kann der Drucker die Einstellungen des Routers ändern, und manche Router nehmen diese PIN nach falschen Versuchen eine Zeit lang nicht mehr an.
guide-router-side-4 = Ohne PIN: Starten Sie WPS per Tastendruck am Drucker und drücken Sie dann innerhalb von 2 Minuten die WPS-Taste am Router.
guide-router-side-5 = Es darf immer nur ein Gerät im WPS-Modus sein. Wenn zwei Geräte innerhalb von 2 Minuten WPS per Tastendruck starten, lehnt der Router beide ab.

guide-after-setup-title = Nach der Einrichtung: WPS ausschalten
guide-after-setup-intro = Wenn Ihr Drucker im WLAN ist, wird WPS nicht mehr gebraucht.
guide-after-setup-1 = Öffnen Sie die Einstellungsseite Ihres Routers und schalten Sie WPS aus, oder zumindest die PIN des Routers.
guide-after-setup-2 = Der Grund: Jemand in der Nähe kann eine WPS-PIN mit höchstens etwa 11.000 Versuchen erraten, weil der Router sie in zwei Hälften prüft. Wenn WPS aus ist, kann sich nur verbinden, wer Ihr WLAN-Passwort kennt.

## Text alternatives of the guide pictures
picture-panel-touchscreen = Bild: ein Drucker mit großem Touchscreen; die WLAN-Einstellungen sind hervorgehoben.
picture-panel-text-display = Bild: die kleine Anzeige eines Druckers mit dem Menü „Netzwerk“; die Anzeige und die Tasten daneben sind hervorgehoben.
picture-panel-lights-only = Bild: ein Drucker nur mit Tasten und Leuchten; die WLAN-Taste ist hervorgehoben.
picture-printer-label = Bild: ein Drucker mit einem Aufkleber auf der Rückseite; die PIN auf dem Aufkleber ist hervorgehoben.
picture-config-page = Bild: eine gedruckte Netzwerkkonfigurationsseite; die Zeile mit der Adresse des Druckers ist hervorgehoben.
picture-web-page = Bild: ein Browserfenster mit der Webseite des Druckers; der Bereich „Netzwerk“ ist hervorgehoben.
picture-hp-smart = Bild: ein Smartphone mit einer App; ihre Schaltfläche zum Hinzufügen eines Druckers ist hervorgehoben.
picture-router-admin = Bild: ein Browserfenster mit der Einstellungsseite eines Routers; der WPS-Bereich und sein PIN-Feld sind hervorgehoben.
picture-router-button = Bild: ein Router; seine WPS-Taste ist hervorgehoben.
picture-pin-to-router = Bild: Der Drucker zeigt die PIN auf seinem Bildschirm, und die PIN wird in den Router eingegeben.
picture-pin-to-printer = Bild: Die PIN vom Aufkleber des Routers wird in den Drucker eingegeben.
picture-push-buttons = Bild: die WPS-Tasten am Drucker und am Router, im Abstand von höchstens 2 Minuten gedrückt.
## A menu item drawn on the printer's screen and web page in the pictures
picture-word-network = Netzwerk
guide-print-footer = Gedruckt mit WPS PIN Helper.
guide-print = Anleitung drucken oder speichern
guide-not-printed = Die Anleitung konnte nicht gespeichert werden. Grund: { $reason }
cli-guide-routes = Anleitungen: { $routes }
cli-guide-unknown = Es gibt keine Anleitung namens „{ $route }“.
guide-print-model = Für den Drucker: { $model }
guide-see-joined = Sehen, ob er verbunden ist
guide-router-first = Bevor der Drucker eine PIN erzeugt: Öffnen Sie auf einem Computer oder Smartphone die Einstellungsseite Ihres Routers und melden Sie sich an. Suchen Sie die Stelle, an der er die PIN eines Geräts annimmt (oft unter WPS, WLAN oder Drahtlos), und lassen Sie diese Seite offen. Die Seite „Ihr Router“ hilft Ihnen, sie zu finden.
guide-touchscreen-2-see = Der Drucker zeigt eine 8-stellige PIN und oft einen Timer.
guide-pin-into-router = Geben Sie die PIN sofort auf der offenen Seite des Routers ein und starten Sie. Wenn der Drucker einen eigenen Timer zeigt, richten Sie sich nach ihm. Die Seite „PIN eingeben“ prüft die PIN und zählt die 2 Minuten.
guide-text-display-2-see = Die Anzeige zeigt die PIN. Schreiben Sie sie auf.
guide-buttons-vary = Tasten und Leuchtmuster sind je nach Modell verschieden. Wenn Sie eine Taste nicht finden, sehen Sie im Benutzerhandbuch Ihres Druckers nach.
guide-done-home = Fertig
guide-after-setup-3 = Halten Sie die Firmware des Routers aktuell, und zwar nur vom Hersteller des Routers: über seine Einstellungsseite oder die Website des Herstellers.
picture-word-wifi = WLAN
picture-word-firmware = Firmware
picture-touchscreen-pin = Bild: der Touchscreen eines Druckers unter „WPS PIN“; die 8-stellige PIN ist hervorgehoben, daneben ein Timer.
picture-text-display-pin = Bild: die kleine Anzeige eines Druckers zeigt die PIN; die Anzeige und ihre Tasten sind hervorgehoben.
picture-lights-watch = Bild: ein Drucker mit nur Tasten und Leuchten; die Leuchte über der WLAN-Taste ist hervorgehoben, zum Beobachten.
picture-printer-near-router = Bild: ein Drucker direkt neben dem Router; die Einschalttaste des Druckers ist hervorgehoben.
picture-config-print = Bild: ein Drucker druckt eine Seite; die herauskommende Seite ist hervorgehoben.
picture-config-page-pin = Bild: eine gedruckte Netzwerkkonfigurationsseite; die Zeile mit einer WPS-PIN ist hervorgehoben.
picture-web-page-address = Bild: ein Browserfenster; die Adresse des Druckers in der Adressleiste ist hervorgehoben.
picture-hp-smart-install = Bild: ein Smartphone lädt eine App herunter; der Download ist hervorgehoben.
picture-router-sign-in = Bild: ein Browserfenster mit der Adresse des Routers; die Adressleiste und das Passwortfeld sind hervorgehoben.
picture-router-wps-off = Bild: die Einstellungsseite eines Routers; der ausgeschaltete WPS-Schalter ist hervorgehoben.
picture-router-firmware = Bild: die Einstellungsseite eines Routers; die Schaltfläche zum Aktualisieren seiner Firmware ist hervorgehoben.
picture-pin-halves = Bild: eine PIN, in ihre zwei Hälften geteilt, jede hervorgehoben: Der Router prüft sie einzeln.
picture-one-at-a-time = Bild: Drucker und Router mit hervorgehobenen WPS-Tasten; ein Smartphone dazwischen, ebenfalls im WPS-Modus, ist durchgestrichen.
picture-user-guide = Bild: das Benutzerhandbuch des Druckers, aufgeschlagen; die Seite über seine Tasten ist hervorgehoben.
guide-save-dialog-title = Anleitung speichern
guide-saved = Die Anleitung ist als „{ $file }“ gespeichert, als Webseite, die Sie öffnen und drucken können.
guide-saved-opening = Die Anleitung ist als „{ $file }“ gespeichert. Die App hat Ihren Browser gebeten, sie druckfertig zu öffnen; wenn sich nichts öffnet, öffnen Sie die Datei aus dem gewählten Ordner.
guide-no-file = Es wurde keine Datei gewählt. Sie können auch unten eingeben, wo die Anleitung gespeichert werden soll.
guide-save-where = Oder geben Sie ein, wo die Anleitung gespeichert werden soll

## Die eigenen Worte der gedruckten Anleitung (wer das Blatt hat, hat die App vielleicht nicht)
guide-print-config-page-2-see = Eine IP-Adresse wie 192.168.1.23: die Adresse des Druckers in Ihrem Netzwerk.
# Source: facts/wps.md §1.5 (walk time)
guide-print-lights-only-5 = Sehen Sie nach, ob er verbunden ist: Suchen Sie auf einem Computer oder Smartphone in Ihrem WLAN nach dem Drucker, zum Beispiel dort, wo man einen Drucker hinzufügt. Wenn er nach 2 Minuten nicht verbunden ist, beginnen Sie wieder bei Schritt 3.
# Source: facts/wps.md §1.5 (the walk time is 2 minutes)
guide-print-pin-into-router = Geben Sie die PIN sofort auf der offenen Seite des Routers ein und starten Sie. Wenn der Drucker einen eigenen Timer zeigt, richten Sie sich nach ihm. WPS wartet nur etwa 2 Minuten.
guide-print-router-first = Bevor der Drucker eine PIN erzeugt: Öffnen Sie auf einem Computer oder Smartphone die Einstellungsseite Ihres Routers und melden Sie sich an. Suchen Sie die Stelle, an der er die PIN eines Geräts annimmt (oft unter WPS, WLAN oder Drahtlos), und lassen Sie diese Seite offen. Schreiben Sie die Adresse des Routers ans Ende dieser Anleitung, um die Seite wiederzufinden.
guide-print-router-side-1 = Öffnen Sie die Einstellungsseite Ihres Routers: Geben Sie die Adresse des Routers (notieren Sie sie am Ende dieser Anleitung) in einen Webbrowser ein. Das Passwort des Routers steht vielleicht auf seinem Aufkleber; sonst fragen Sie, wer den Router eingerichtet hat.
# Source: facts/hp-printers.md §3.2 (report button combinations vary by model)
guide-print-web-page-1 = Finden Sie die Adresse des Druckers auf einer Netzwerk-Konfigurationsseite. Wie man sie druckt, ist je nach Modell verschieden: Sehen Sie im Benutzerhandbuch Ihres Druckers nach.
guide-print-write-title = Hier notieren
guide-print-write-pin = Die WPS-PIN:
guide-print-write-router = Die Adresse des Routers:
