# Deutsch (German). Every id matches the en-US reference locale.
language-name = Deutsch

## PIN verdicts (window and command line)
pin-valid-8 = { $pin } ist eine gültige PIN: Die letzte Ziffer passt zu den anderen.
pin-valid-4 = { $pin } ist eine 4-stellige PIN. Vierstellige PINs haben keine Prüfziffer. Bitte vergleichen Sie sie deshalb Ziffer für Ziffer.
pin-wrong-check-digit = Die letzte Ziffer passt nicht zu den anderen: Erwartet war { $expected }. Bitte prüfen Sie die PIN noch einmal.
pin-empty = Geben Sie die PIN ein: 8 Ziffern (manchmal 4).
pin-wrong-length = { $count ->
    [one] Sie haben 1 Ziffer eingegeben. Eine WPS-PIN hat 8 Ziffern (manchmal 4).
   *[other] Sie haben { $count } Ziffern eingegeben. Eine WPS-PIN hat 8 Ziffern (manchmal 4).
}
pin-not-a-digit = „{ $character }“ ist keine Ziffer. Eine WPS-PIN besteht nur aus den Ziffern 0 bis 9.
pin-warning-well-known = Dies ist eine bekannte Standard-PIN, die im Internet veröffentlicht ist. Jeder in der Nähe könnte sie nutzen. Schalten Sie deshalb nach der Einrichtung WPS an Ihrem Router aus.
words-warning = Warnung: { $message }

## Header and page titles
nav-back = Zurück
nav-home = Startseite
nav-settings = Einstellungen
page-home = Startseite
page-find-printer = Meinen Drucker finden
page-choose-model = Mein Modell wählen
page-where-pin = Wo ist die PIN?
page-enter-pin = PIN eingeben
page-troubleshoot = Es funktioniert nicht
page-settings = Einstellungen

## Words that introduce a message, so meaning never rests on colour alone
notice-ok = Gut
notice-warning = Warnung
notice-problem = Problem
notice-check-again = Bitte prüfen
notice-good-to-know = Gut zu wissen
notice-after-setup = Nach der Einrichtung
notice-time-up = Die Zeit ist um

## Home
home-question = Jetzt verbinden wir Ihren Drucker mit dem WLAN
home-intro = Wählen Sie, womit Sie beginnen möchten. Mit der Schaltfläche „Startseite“ kommen Sie jederzeit hierher zurück.
home-find-printer = Meinen Drucker finden
home-find-printer-desc = Nach Druckern in diesem Netzwerk suchen.
home-choose-model = Mein Modell wählen
home-choose-model-desc = Den Namen oder die Nummer Ihres Druckers eingeben.
home-where-pin = Wo ist die PIN?
home-where-pin-desc = Die 8-stellige PIN an Ihrem Drucker finden.
home-enter-pin = PIN eingeben
home-enter-pin-desc = Eine PIN prüfen und sehen, wie man sie verwendet.
home-troubleshoot = Es funktioniert nicht
home-troubleshoot-desc = Prüfungen zum Ausprobieren, eine nach der anderen.
home-settings = Einstellungen
home-settings-desc = Textgröße, Farben, Bewegung und Sprache.

## Settings
settings-title = Einstellungen
settings-intro = Änderungen gelten sofort und werden auf diesem Computer gespeichert.
settings-text-size = Textgröße
settings-text-smaller = Kleinerer Text
settings-text-larger = Größerer Text
settings-text-reset = Normale Größe
settings-text-shortcuts = Tastatur: Strg und + vergrößert den Text, Strg und − verkleinert ihn, Strg und 0 stellt die normale Größe wieder her.
settings-colours = Farben
settings-theme-normal = Normal
settings-theme-normal-desc = Dunkler Text auf weißem Hintergrund.
settings-theme-high-contrast = Hoher Kontrast
settings-theme-high-contrast-desc = Weißer Text auf Schwarz, mit einem dicken gelben Rahmen um das ausgewählte Bedienelement.
settings-motion = Bewegung
settings-reduce-motion = Bewegung verringern
settings-reduce-motion-desc = Schaltet Animationen aus. Der Timer springt dann einmal pro Sekunde weiter.
settings-language = Sprache
settings-language-system = Wie dieser Computer ({ $name })
settings-language-system-desc = Richtet sich nach der Sprache Ihres Computers.
settings-stored-in = Die Einstellungen sind in diesem Ordner gespeichert: { $path }
settings-not-saved = Ihre Einstellungen konnten nicht gespeichert werden. Sie gehen verloren, wenn Sie die App schließen. Grund: { $reason }
settings-problem-corrupt = Ihre Einstellungsdatei war beschädigt. Die App ist deshalb mit den normalen Einstellungen gestartet.
settings-problem-unreadable = Ihre Einstellungsdatei konnte nicht gelesen werden. Die App ist deshalb mit den normalen Einstellungen gestartet.
settings-problem-dismiss = OK
guide-progress-damaged = Die erreichten Schritte in den Anleitungen konnten nicht gelesen werden. Jede Anleitung beginnt deshalb wieder bei Schritt 1.
certificates-damaged = Die Liste der Druckerzertifikate, denen die App vertraut, konnte nicht gelesen werden. Die App vertraut dem Zertifikat jedes Druckers beim nächsten Kontakt wieder neu.
# After a notice about a stored file, for help-desk staff (shown on request in the window)
file-kept-here = Die beschädigte Datei wurde hier aufbewahrt: { $path }
file-is-here = Die Datei liegt hier: { $path }
file-where = Wo ist die Datei?
settings-where-files = Wo die App ihre Dateien ablegt

## Warum eine Datei nicht gelesen oder geschrieben werden konnte ({ $path } ist die Datei)
file-reason-not-found = { $path } gibt es nicht, oder den Ordner dafür gibt es nicht.
file-reason-no-permission = Dieser Computer erlaubt der App nicht, { $path } zu verwenden.
file-reason-no-space = Der Datenträger ist voll.
file-reason-too-large = { $path } ist zu groß für eine Datei dieser App.
file-reason-not-a-file = { $path } ist keine gewöhnliche Datei (vielleicht ein Ordner, ein Link oder ein Gerät), deshalb hat die App sie unverändert gelassen.
file-reason-damaged = { $path } hat nicht die Form, die die App erwartet.
file-reason-other = Etwas auf diesem Computer hat die App daran gehindert, { $path } zu verwenden.
file-reason-exists = { $path } gibt es schon, daher hat die App die Datei nicht ersetzt.
save-no-file-chosen = Es wurde keine Datei gewählt, daher wurde nichts gespeichert.
save-no-window = Auf diesem Computer kann sich kein Fenster zum Speichern öffnen. Geben Sie unten ein, wo die Datei gespeichert werden soll.

## PIN helper
pin-title = PIN eingeben
pin-intro = Mit einer WPS-PIN verbindet sich Ihr Drucker mit dem WLAN, ohne dass Sie das WLAN-Passwort eingeben. Ihr Router und Ihr Drucker müssen beide mitmachen.
pin-step-method = 1. Welches Gerät hat die PIN?
pin-method-printer = Mein Drucker zeigt eine PIN
pin-method-printer-desc = Sie geben die PIN des Druckers auf der Einstellungsseite Ihres Routers ein.
pin-method-router = Mein Router hat eine PIN
pin-method-router-desc = Sie steht auf dem Aufkleber des Routers oder auf seiner Einstellungsseite. Sie geben sie am Drucker ein.
pin-method-button = Es gibt keine PIN: WPS-Tasten verwenden
pin-method-button-desc = Sie starten WPS am Drucker und drücken dann WPS am Router.
pin-picture-printer = Bild: Der Drucker zeigt die PIN auf seinem Bildschirm, und die PIN wird in den Router eingegeben.
pin-picture-router = Bild: Die PIN vom Aufkleber des Routers wird in den Drucker eingegeben.
pin-picture-button = Bild: die WPS-Tasten am Drucker und am Router, im Abstand von höchstens 2 Minuten gedrückt.
pin-field-label-printer = Die PIN, die Ihr Drucker zeigt (8 Ziffern, manchmal 4)
pin-field-label-router = Die PIN Ihres Routers (8 Ziffern, manchmal 4)
pin-field-hint = 8 Ziffern
pin-progress = { $count ->
    [one] Bisher 1 Ziffer. Eine PIN hat 8 Ziffern (manchmal 4).
   *[other] Bisher { $count } Ziffern. Eine PIN hat 8 Ziffern (manchmal 4).
}
pin-wrong-check-digit-still = Wenn Sie sicher sind, dass Sie die PIN richtig abgeschrieben haben, können Sie sie trotzdem ausprobieren: Manche Router nehmen sie an.
pin-check = PIN prüfen
pin-copy = PIN kopieren
pin-clear = Löschen
pin-copied = Die PIN ist kopiert. Sie können sie auf der Einstellungsseite des Routers einfügen.
pin-router-lockout = Manche Router nehmen ihre PIN nach falschen Versuchen eine Zeit lang nicht mehr an. Wenn der Drucker meldet, dass die PIN abgelehnt wurde, warten Sie einige Minuten, bevor Sie es noch einmal versuchen. Wenn es immer wieder scheitert, starten Sie den Router neu.
pin-timer-explain = Der Timer zählt die 2 Minuten, die WPS wartet. Starten Sie ihn in dem Moment, den der Schritt darüber nennt.
pin-timer-start = 2-Minuten-Timer starten
pin-timer-left = Noch { $time }
pin-timer-follow-printer = Wenn Ihr Drucker einen eigenen Timer zeigt, richten Sie sich nach dem Timer des Druckers.
pin-timer-stop = Timer anhalten
pin-timer-ended = Starten Sie WPS an beiden Geräten noch einmal und dann den Timer neu.
pin-timer-again = Timer neu starten
pin-after-setup = Wenn Ihr Drucker verbunden ist, schalten Sie WPS auf der Einstellungsseite Ihres Routers aus, oder zumindest die PIN des Routers. Jemand in der Nähe kann eine WPS-PIN erraten.
pin-where-is-pin = Wo ist die PIN?
pin-not-working = Es funktioniert nicht

## Where is the PIN?
where-title = Wo ist die PIN?
where-intro = Welche Art von Bedienfeld hat Ihr Drucker?
where-touchscreen = Ein Touchscreen
where-touchscreen-desc = Ein Bildschirm, den Sie mit dem Finger antippen.
where-text-display = Eine kleine Textanzeige mit Tasten
where-text-display-desc = Eine oder zwei Textzeilen, mit Tasten daneben.
where-lights-only = Nur Tasten und Leuchten
where-lights-only-desc = Kein Bildschirm, der Text anzeigen kann.

## It doesn't work
trouble-title = Es funktioniert nicht
trouble-intro = Gehen Sie diese Prüfungen der Reihe nach durch. Haken Sie jede ab, die Sie ausprobiert haben.
trouble-tried = Habe ich ausprobiert
trouble-one-device = Nur ein Gerät im WPS-Modus
trouble-one-device-desc = Wenn zwei Geräte innerhalb von 2 Minuten WPS per Tastendruck starten, lehnt der Router beide ab. Beenden Sie WPS an anderen Geräten, warten Sie 2 Minuten und versuchen Sie es noch einmal nur mit dem Drucker.
trouble-two-minutes = Drucker und Router innerhalb von 2 Minuten starten
trouble-two-minutes-desc = WPS bleibt etwa 2 Minuten lang offen. Starten Sie WPS am zweiten Gerät kurz nach dem ersten.
trouble-wps-on = WPS ist am Router eingeschaltet
trouble-wps-on-desc = Bei manchen Routern lässt sich WPS ausschalten. Prüfen Sie auf der Einstellungsseite des Routers, ob WPS eingeschaltet ist. In einem Netzwerk der Arbeit oder Schule kann WPS absichtlich ausgeschaltet sein: Fragen Sie den Administrator des Netzwerks. Manche Mesh-Systeme und manche Router von Internetanbietern haben gar kein WPS: Nutzen Sie dann einen anderen Weg unten.
trouble-security = Die Sicherheit des Routers ist WPA2 (oder WPA2/WPA3 gemischt)
trouble-security-desc = Router, die WPS 2.0 folgen, schalten WPS aus, wenn das Netzwerk die alte WEP-Verschlüsselung oder WPA nur mit TKIP verwendet. Mit reinem WPA3 kann sich ein Drucker, der nur WPA2 kennt, nicht verbinden, und ob WPS funktioniert, hängt vom Router ab. Stellen Sie den Router auf seiner Einstellungsseite auf WPA2 oder auf WPA2/WPA3 gemischt und lassen Sie es so: Der Drucker braucht es, solange er im WLAN ist.
trouble-hidden = Der Netzwerkname ist sichtbar
trouble-hidden-desc = Manche Router schalten WPS aus, wenn der Netzwerkname (SSID) versteckt ist.
trouble-locked = Die PIN des Routers ist nicht gesperrt
trouble-locked-desc = Nach mehreren falschen Versuchen mit der PIN des Routers kann ein Router sie eine Zeit lang sperren. Warten Sie, oder verwenden Sie stattdessen die PIN des Druckers oder die WPS-Tasten. Wenn es immer wieder scheitert, starten Sie den Router neu.
trouble-restart = Drucker und Router neu gestartet und nah beieinander
trouble-restart-desc = Schalten Sie den Drucker und den Router aus und wieder ein. Stellen Sie den Drucker während der Einrichtung in die Nähe des Routers.
trouble-other-ways = Andere Wege, den Drucker zu verbinden
trouble-other-smart = Verwenden Sie die App HP Smart von HP. Sie zeigt vielleicht auch die WPS-PIN des Druckers oder sagt, wie Sie sie bekommen.
trouble-other-ews = Öffnen Sie die eigene Webseite des Druckers (seinen eingebetteten Webserver) in einem Browser; bei manchen Modellen lässt sich dort das WLAN einrichten. Das hilft auch, wenn Ihnen das Drücken der Tasten am Drucker schwerfällt. Wenn der Drucker noch nicht in Ihrem Netzwerk ist, verbinden Sie ihn zuerst mit einem Kabel (nächste Zeile).
trouble-other-cable = Verbinden Sie den Drucker mit einem Netzwerkkabel mit dem Router. Drucken Sie seine Netzwerkkonfigurationsseite, um seine Adresse zu finden, öffnen Sie unter dieser Adresse seine Webseite, richten Sie dort das WLAN ein und ziehen Sie dann das Kabel ab.
trouble-other-password = Geben Sie das WLAN-Passwort am Drucker ein, wenn er einen Bildschirm hat.
trouble-back-to-pin = PIN noch einmal versuchen


## Choose my model
model-by-panel = Art meines Bedienfelds wählen

## About
page-about = Über die App
settings-about = Über diese App
about-version = Version { $version }
about-what = Verbindet HP-Drucker per WPS mit dem WLAN. Die App kommuniziert nur innerhalb Ihres eigenen Netzwerks.
about-licence = Lizenz: { $licence }
about-components = Diese App ist aus { $count } Open-Source-Komponenten gebaut. Deren Lizenzen verlangen, dass wir ihre Hinweise zeigen (siehe unten).
about-show-notices = Hinweise zu Fremdkomponenten anzeigen
about-hide-notices = Hinweise zu Fremdkomponenten ausblenden

## How this language joins a label to its value, and the items of a list
words-label-value = { $label }: { $value }
words-list-separator = { ", " }
words-with-note = { $text } ({ $note })
words-with-detail = { $text } – { $detail }
words-bullet = • { $text }
words-numbered = { $number }. { $text }
words-percent = { $value } %
words-group-separator = { "." }
words-group-from = 4
demo-banner = Demo – simulierte Drucker
demo-banner-detail = Die Drucker hier sind zum Üben erfunden. Im Demomodus nimmt die App keinen Kontakt zu Druckern, Routern oder Netzwerken auf.
demo-not-asked = Im Demomodus nimmt die App keinen Kontakt zu echten Druckern auf. Wählen Sie einen der Demodrucker unter „Meinen Drucker finden“.
trouble-same-way = Drucker und Router verwenden denselben Weg
trouble-same-way-desc = Die PIN des Druckers gehört an die Stelle des Routers für die PIN eines Geräts; die eigene PIN des Routers gehört in den Drucker; die WPS-Tasten an Drucker und Router brauchen gar keine PIN. Manche Router kennen nur die WPS-Taste: Verwenden Sie dann die WPS-Tasten.
trouble-band = Das Netzwerk bietet 2,4 GHz
trouble-band-desc = Ein Drucker, der nur 2,4-GHz-WLAN nutzt, kann keinem Netzwerk ohne 2,4-GHz-Band beitreten. Wenn Ihr Router getrennte Netzwerke für 2,4 GHz und 5 GHz hat, verwenden Sie das 2,4-GHz-Netzwerk.
trouble-isolation = Kein Gastnetzwerk und keine Isolierung während der Einrichtung
trouble-isolation-desc = In einem Gastnetzwerk, oder wenn der Router drahtlose Geräte voneinander trennt („AP-Isolierung“ oder „Client-Isolierung“), erreicht dieser Computer den Drucker nicht. Verwenden Sie das Hauptnetzwerk, oder schalten Sie Gastmodus und Isolierung während der Einrichtung aus.
home-printer = Ihr Drucker
home-printer-desc = Sehen Sie, was Ihr Drucker meldet und ob er im WLAN ist.
scan-see-printer = Status ansehen
problem-source-web = Webseite des Druckers
nav-new-customer = Neuer Kunde
home-new-customer = Neuer Kunde
home-new-customer-desc = Für die nächste Person neu beginnen: Drucker, Modell, PIN, Prüfungen und Zusammenfassung werden gelöscht. Die Einstellungen und die gemerkten Bedienfelder bleiben.
question-new-customer = Ein 2-Minuten-Fenster für WPS läuft. Für einen neuen Kunden neu beginnen? Alles zu diesem Kunden wird gelöscht.
question-new-customer-yes = Neu beginnen
question-new-customer-no = Weitermachen
question-replace = „{ $file }“ gibt es in { $folder } schon. Ersetzen?
question-replace-yes = Ersetzen
question-replace-no = Alte Datei behalten
timer-bar = Noch { $time } vom 2-Minuten-Fenster für WPS
timer-last-minute = Noch eine Minute.
timer-bar-ended = Das 2-Minuten-Fenster ist abgelaufen.
pin-picture-printer-printed = Bild: Die PIN geht vom Drucker in den Router. Ein Drucker ohne Display kann sie nicht anzeigen: Manche Modelle drucken sie auf ihrer Netzwerkkonfigurationsseite.

## Command line: arguments and the files it writes
cli-not-text = „{ $argument }“ ist kein Text, den die App lesen kann (kein UTF-8). Nur Dateinamen dürfen andere Zeichen enthalten.
cli-out-folder = { $path } ist ein Ordner. Geben Sie --out einen Dateinamen, zum Beispiel { $example }
cli-written = Geschrieben nach { $path }
