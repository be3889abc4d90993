## Printer catalog: why a printer is in the search results
catalog-why-exact = Model number { $model } matches.
catalog-why-same-number = { $typed } has the same number as { $model }.
catalog-why-number-only = { $typed } is the number of { $model }.
catalog-why-beginning = { $model } begins with { $typed }.
# Source: facts/hp-printers.md §3.1 (HPLIP names series, not every model: a number within a series' range is likely, not certain, to be in it)
catalog-why-in-series = { $typed } falls within the { $model } series ({ $first } to { $last }), so it probably belongs to it.
catalog-why-series-covers = The { $typed } series ({ $first } to { $last }) includes { $model }.
catalog-why-in-range = { $typed } is one of { $model }.
# Source: facts/hp-printers.md §3.1 (HPLIP's models.dat names series)
catalog-why-near = { $typed } is not among this family's model names, but HP's driver data calls the family the { $model } series.
catalog-why-words = The words of the name match.
catalog-other-lines = No { $lines } printer matches. These printers are from other lines.
catalog-not-in-list = Not in our list yet (it may be newer than the list). You can go on: choose your control panel by its picture.
# Source: facts/hp-printers.md §3.1 (the list is derived from HPLIP's models.dat)
catalog-source = The printer list comes from the model data of HPLIP { $version }, HP's printer software for Linux: { $families } families with { $names } model names.

## Wi-Fi: yes, no or not known, and where the answer comes from
wifi-yes = yes
wifi-no = no
wifi-unknown = not known
wifi-answer-with-source = { $answer } ({ $source })
wifi-source-printer = the printer reported a Wi-Fi adapter
# Source: facts/hp-printers.md §3.1 (io-support bit 0x8 = wireless)
wifi-source-hplip = HP's driver data
# Source: facts/hp-printers.md §3.4 (“w” after a LaserJet model number: built-in wireless; on other lines only a hint)
wifi-source-model-name = a “w” in the letters of the model name
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-some-models = some models of this family have a “w” in their letters, and so Wi-Fi
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-model-name-not-in-family = your model's letters have a “w”, but this family lists that number only with other letters
# Source: facts/hp-printers.md §3.1 (io-support bits 0x4 network, 0x8 wireless)
wifi-source-hplip-network-only = HP's driver data lists a network connection but not Wi-Fi
# Source: facts/hp-printers.md §3.1 (io-support bit mask: no wireless bit)
wifi-source-hplip-usb-only = HP's driver data lists no Wi-Fi for this model
# Source: facts/hp-printers.md §3.1 (io-support bit mask: USB only)
wifi-source-hplip-usb-only-on-network = HP's driver data lists only USB, but the printer answered on the network
# Source: facts/hp-printers.md §3.1 (io-support bit mask)
wifi-source-hplip-nothing = HP's driver data does not list this model's connections
wifi-source-not-in-list = this model is not in our list

## Command line: lookup
catalog-no-match = No HP printer matches “{ $query }”. Check the name on the front of the printer or on its label.
words-yes = yes
words-no = no
# Source: facts/hp-printers.md §3.1 (HPLIP: io-support 0x4 network, embedded-server-type)
catalog-facts = Wi-Fi: { $wifi }. Network connection: { $cable }. Web page in the printer: { $web }.
cli-lookup-names = Also sold as: { $names }

## Choose my model page
catalog-search-label = Type the model name or number. It is on the front of the printer or on its label.
catalog-search-hint = For example: OfficeJet Pro 9015e
catalog-search-intro = Results appear while you type. A number alone, like 9015, is enough.
catalog-results = { $count ->
    [one] 1 printer matches. Choose yours.
   *[other] { $count } printers match. Choose yours.
}
catalog-not-listed = Is your printer not in the list? The steps depend on the printer's control panel, so you can choose that instead.
catalog-fact-wifi = Wi-Fi: { $answer }
# Source: facts/hp-printers.md §3.1 (HPLIP's embedded-server-type)
catalog-fact-web = Web page in the printer: { $answer }
# Source: facts/hp-printers.md §3.1 (HPLIP's io-support bit 0x4 means network, wired or not)
catalog-fact-cable = Network connection: { $answer }
# Source: facts/hp-printers.md §3.1 (HPLIP's io-support bit mask: no wireless bit)
catalog-wifi-no = HP's driver data lists no Wi-Fi for this model. If your printer has a Wi-Fi button, light or menu, it has Wi-Fi.
catalog-wifi-unknown = We cannot tell whether this model has Wi-Fi. If your printer has a Wi-Fi button, light or menu, it has Wi-Fi.
catalog-what-works-if-none = If it has no Wi-Fi, this can work instead
catalog-use-usb = Connect the printer to the computer with a USB cable.
catalog-use-ethernet = Connect the printer to the router with a network cable (Ethernet).
catalog-use-guide = Look in the printer's user guide for the ways it can connect.
catalog-panel-question = Which control panel does your printer have? Choose the picture that looks most like it.
catalog-panel-remember-note = Your answer is remembered for this model on this computer.
catalog-panel-known = You told us before that this model has: { $panel }.
catalog-panel-show-steps = Show the steps
catalog-panel-change = That is not right: choose again
catalog-choose-other = Choose another model
catalog-answers-damaged = The remembered control panels could not be read, so you may be asked again.

## Sharing remembered control panels
catalog-share-title = Remembered control panels
catalog-share-count = { $count ->
    [0] No control panels are remembered yet.
    [one] The control panel of 1 model is remembered.
   *[other] The control panels of { $count } models are remembered.
}
catalog-share-path = File to share with other computers
catalog-share-export = Save the answers to this file
catalog-share-import = Add the answers from this file
catalog-share-exported = The answers were saved to { $path }.
catalog-share-imported = { $count ->
    [0] No answers were added.
    [one] 1 answer was added.
   *[other] { $count } answers were added.
}
catalog-share-skipped = { $count ->
    [one] 1 entry could not be read and was left out.
   *[other] { $count } entries could not be read and were left out.
}
catalog-card-remembered = Control panel, as you told us before: { $panel }
