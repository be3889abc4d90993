# Deutsch (German)

## Printer catalog: why a printer is in the search results
catalog-why-exact = Die Modellnummer { $model } stimmt überein.
catalog-why-same-number = { $typed } hat dieselbe Nummer wie { $model }.
catalog-why-number-only = { $typed } ist die Nummer von { $model }.
catalog-why-beginning = { $model } beginnt mit { $typed }.
catalog-why-in-series = { $typed } gehört zur Serie { $model } ({ $first } bis { $last }).
catalog-why-series-covers = Die Serie { $typed } ({ $first } bis { $last }) umfasst { $model }.
catalog-why-in-range = { $typed } ist eines der Modelle { $model }.
catalog-why-near = { $typed } ist keiner der Modellnamen dieser Familie, aber die Treiberdaten von HP nennen die Familie Serie { $model }.
catalog-why-words = Die Wörter im Namen stimmen überein.

## Command line: lookup
cli-lookup-none = Kein HP-Drucker passt zu „{ $query }“. Prüfen Sie den Namen vorne am Drucker oder auf seinem Aufkleber.
cli-lookup-yes = ja
cli-lookup-no = nein
cli-lookup-facts = WLAN: { $wifi }. Netzwerkkabel: { $cable }. Webseite: { $web }.
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
catalog-fact-cable = Anschluss für Netzwerkkabel: { $answer }
catalog-no-wifi = Dieser Drucker hat kein WLAN. Er kann sich nicht mit einem WLAN-Netzwerk verbinden, weder mit WPS noch auf andere Weise.
catalog-what-works = Was stattdessen funktionieren kann
catalog-use-usb = Verbinden Sie den Drucker mit einem USB-Kabel mit dem Computer.
catalog-use-ethernet = Verbinden Sie den Drucker mit einem Netzwerkkabel (Ethernet) mit dem Router.
catalog-use-guide = Sehen Sie im Benutzerhandbuch des Druckers nach, wie er sich verbinden lässt.
catalog-panel-question = Welches Bedienfeld hat Ihr Drucker? Wählen Sie das Bild, das ihm am ähnlichsten ist.
catalog-panel-remember-note = Die App merkt sich Ihre Antwort für dieses Modell auf diesem Computer.
catalog-panel-known = Ihre frühere Antwort zu diesem Modell: { $panel }.
catalog-panel-show-steps = Schritte anzeigen
catalog-panel-change = Das stimmt nicht: neu wählen
catalog-choose-other = Anderes Modell wählen
catalog-answers-damaged = Die gespeicherten Bedienfelder konnten nicht gelesen werden. Vielleicht werden Sie deshalb noch einmal gefragt. Die beschädigte Datei wurde hier aufbewahrt: { $path }

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
    [one] 1 Antwort wurde hinzugefügt.
   *[other] { $count } Antworten wurden hinzugefügt.
}
catalog-share-skipped = { $count ->
    [one] 1 Eintrag konnte nicht gelesen werden und wurde ausgelassen.
   *[other] { $count } Einträge konnten nicht gelesen werden und wurden ausgelassen.
}
catalog-card-remembered = Bedienfeld laut Ihrer früheren Antwort: { $panel }
