# Deutsch (German)

## Printer catalog: why a printer is in the search results
catalog-why-exact = Die Modellnummer { $model } stimmt überein.
catalog-why-same-number = { $typed } hat dieselbe Nummer wie { $model }.
catalog-why-number-only = { $typed } ist die Nummer von { $model }.
catalog-why-beginning = { $model } beginnt mit { $typed }.
catalog-why-in-series = { $typed } liegt im Bereich der Serie { $model } ({ $first } bis { $last }) und gehört darum wahrscheinlich dazu.
catalog-why-series-covers = Die Serie { $typed } ({ $first } bis { $last }) umfasst { $model }.
catalog-why-in-range = { $typed } ist eines der Modelle { $model }.
catalog-why-near = { $typed } ist keiner der Modellnamen dieser Familie, aber die Treiberdaten von HP nennen die Familie Serie { $model }.
catalog-why-words = Die Wörter im Namen stimmen überein.
catalog-other-lines = Kein Drucker der Linie { $lines } passt. Diese Drucker sind aus anderen Produktlinien.
catalog-not-in-list = Noch nicht in unserer Liste (das Modell ist vielleicht neuer als die Liste). Sie können weitermachen: Wählen Sie Ihr Bedienfeld anhand des Bildes.
# Source: facts/hp-printers.md §3.1 (the list is derived from HPLIP's models.dat)
catalog-source = Die Druckerliste stammt aus den Modelldaten von HPLIP { $version }, der Druckersoftware von HP für Linux: { $families } Familien mit { $names } Modellnamen.

## Wi-Fi: yes, no or not known, and where the answer comes from
wifi-yes = ja
wifi-no = nein
wifi-unknown = unbekannt
wifi-answer-with-source = { $answer } ({ $source })
wifi-source-printer = der Drucker hat einen WLAN-Adapter gemeldet
# Source: facts/hp-printers.md §3.1 (io-support bit 0x8 = wireless)
wifi-source-hplip = Treiberdaten von HP
# Source: facts/hp-printers.md §3.4 (“w” after a LaserJet model number: built-in wireless; on other lines only a hint)
wifi-source-model-name = ein „w“ in den Buchstaben des Modellnamens
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-some-models = einige Modelle dieser Familie haben ein „w“ in ihren Buchstaben und damit WLAN
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-model-name-not-in-family = die Buchstaben Ihres Modells enthalten ein „w“, aber diese Familie führt diese Nummer nur mit anderen Buchstaben
# Source: facts/hp-printers.md §3.1 (io-support bits 0x4 network, 0x8 wireless)
wifi-source-hplip-network-only = die Treiberdaten von HP nennen eine Netzwerkverbindung, aber kein WLAN
# Source: facts/hp-printers.md §3.1 (io-support bit mask: no wireless bit)
wifi-source-hplip-usb-only = die Treiberdaten von HP nennen für dieses Modell kein WLAN
# Source: facts/hp-printers.md §3.1 (io-support bit mask: USB only)
wifi-source-hplip-usb-only-on-network = die Treiberdaten von HP nennen nur USB, aber der Drucker hat im Netzwerk geantwortet
# Source: facts/hp-printers.md §3.1 (io-support bit mask)
wifi-source-hplip-nothing = die Treiberdaten von HP nennen die Anschlüsse dieses Modells nicht
wifi-source-not-in-list = dieses Modell ist nicht in unserer Liste

## Command line: lookup
catalog-no-match = Kein HP-Drucker passt zu „{ $query }“. Prüfen Sie den Namen vorne am Drucker oder auf seinem Aufkleber.
words-yes = ja
words-no = nein
catalog-facts = WLAN: { $wifi }. Netzwerkverbindung: { $cable }. Webseite im Drucker: { $web }.
cli-lookup-names = Auch verkauft als: { $names }

## Choose my model page
catalog-search-label = Geben Sie den Namen oder die Nummer des Modells ein. Beides steht vorne am Drucker oder auf seinem Aufkleber.
catalog-search-hint = Zum Beispiel: OfficeJet Pro 9015e
catalog-search-intro = Die Ergebnisse erscheinen schon beim Tippen. Eine Nummer allein, etwa 9015, genügt.
catalog-results = { $count ->
    [one] 1 Drucker passt. Wählen Sie Ihren aus.
   *[other] { $count } Drucker passen. Wählen Sie Ihren aus.
}
catalog-not-listed = Ihr Drucker ist nicht in der Liste? Die Schritte hängen vom Bedienfeld des Druckers ab. Sie können deshalb stattdessen das Bedienfeld wählen.
catalog-fact-wifi = WLAN: { $answer }
catalog-fact-web = Webseite im Drucker: { $answer }
catalog-fact-cable = Netzwerkverbindung: { $answer }
# Source: facts/hp-printers.md §3.1 (HPLIP's io-support bit mask: no wireless bit)
catalog-wifi-no = Die Treiberdaten von HP nennen für dieses Modell kein WLAN. Wenn Ihr Drucker eine WLAN-Taste, eine WLAN-Leuchte oder ein WLAN-Menü hat, hat er WLAN.
catalog-wifi-unknown = Wir können nicht sagen, ob dieses Modell WLAN hat. Wenn Ihr Drucker eine WLAN-Taste, eine WLAN-Leuchte oder ein WLAN-Menü hat, hat er WLAN.
catalog-what-works-if-none = Wenn er kein WLAN hat, geht stattdessen Folgendes
catalog-use-usb = Verbinden Sie den Drucker mit einem USB-Kabel mit dem Computer.
catalog-use-ethernet = Verbinden Sie den Drucker mit einem Netzwerkkabel (Ethernet) mit dem Router.
catalog-use-guide = Sehen Sie im Benutzerhandbuch des Druckers nach, wie er sich verbinden lässt.
catalog-panel-question = Welches Bedienfeld hat Ihr Drucker? Wählen Sie das Bild, das ihm am ähnlichsten ist.
catalog-panel-remember-note = Die App merkt sich Ihre Antwort für dieses Modell auf diesem Computer.
catalog-panel-known = Ihre frühere Antwort zu diesem Modell: { $panel }.
catalog-panel-show-steps = Schritte anzeigen
catalog-panel-change = Das stimmt nicht: neu wählen
catalog-choose-other = Anderes Modell wählen
catalog-answers-damaged = Die gespeicherten Bedienfelder konnten nicht gelesen werden. Vielleicht werden Sie deshalb noch einmal gefragt.

## Sharing remembered control panels
catalog-share-title = Gespeicherte Bedienfelder
catalog-share-count = { $count ->
    [0] Es sind noch keine Bedienfelder gespeichert.
    [one] Das Bedienfeld von 1 Modell ist gespeichert.
   *[other] Die Bedienfelder von { $count } Modellen sind gespeichert.
}
catalog-share-path = Datei zum Teilen mit anderen Computern
catalog-share-export = Antworten in dieser Datei speichern
catalog-share-import = Antworten aus dieser Datei hinzufügen
catalog-share-exported = Die Antworten wurden in { $path } gespeichert.
catalog-share-imported = { $count ->
    [0] Es wurden keine Antworten hinzugefügt.
    [one] 1 Antwort wurde hinzugefügt.
   *[other] { $count } Antworten wurden hinzugefügt.
}
catalog-share-skipped = { $count ->
    [one] 1 Eintrag konnte nicht gelesen werden und wurde ausgelassen.
   *[other] { $count } Einträge konnten nicht gelesen werden und wurden ausgelassen.
}
catalog-card-remembered = Bedienfeld laut Ihrer früheren Antwort: { $panel }
