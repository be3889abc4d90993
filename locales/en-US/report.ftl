## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = The printer answers
check-same-network = The printer is on this computer's network
# Source: facts/printer-protocols.md §3–4 (the details come from LEDM or CDM)
check-web-server = The app can read the printer's details from its web page
check-firmware = Firmware revision
check-wireless-adapter = The printer is on Wi-Fi
check-certificate = The printer's security certificate is the one the app knows
check-router-answers = The router answers
check-state-passed = Passed
check-state-failed = Failed
check-state-not-checked = Not checked yet
check-state-cannot = Cannot be checked from here

## Support summary
report-title = WPS PIN Helper: support summary
report-section-about = About this summary
report-section-printer = The printer
report-section-network = The network
report-section-checks = Checks made by the app
report-section-steps = Steps tried
report-created = Made on
report-app = App version
report-os = Computer
report-pin = WPS PIN
report-pin-redacted = (left out)
report-unknown = (not known)
report-address = Address
report-problem = Problem
report-no-printer = No printer was chosen.
report-this-computer = This computer's address
report-router = Router
report-no-checks = The checks were not run.
report-no-steps = None marked.

## Troubleshooting: measured checks, support
trouble-measured-title = Checks the app can make
trouble-measured-printer = The app checks the printer at { $address }, this computer's network and your router.
trouble-measured-no-printer = Without your printer's address, the app can only check your router. Add the address to check the printer too.
trouble-run-checks = Run the checks
trouble-checks-running = Checking…
trouble-ask-title = Checks only you can make
trouble-router-page = Find my router's settings page
trouble-support-title = When to call HP support
trouble-support-no-pin = The printer never shows a PIN, and push-button WPS does not work either.
trouble-support-rejected = The router rejects a PIN that you checked digit by digit. The router's maker can help with this too.
trouble-support-firmware = Updating the printer's firmware from HP did not help.
# Source: facts/printer-protocols.md §3–4 (the firmware revision is in the printer's identity, read over LEDM or CDM)
trouble-support-have = Have the printer's model, serial number and firmware revision at hand (the app shows the firmware revision on the “Your printer” page when the printer reports it), and the support summary below.
check-printer-answers-failed = The printer did not answer. Check that it is on and not asleep, and that the address is right.
# Source: facts/printer-protocols.md §1 (guest networks; setup networks); §5
check-same-network-failed = The printer is on a different network from this computer. A guest network, or the printer's own setup network, keeps them apart.
# Source: facts/printer-protocols.md §3 (LEDM: most inkjets and LaserJets since about 2009), §4 (CDM: newer models)
check-web-server-failed = The printer answers, but the app could not read details from its web page: printers older than about 2009 offer neither of the two ways the app reads them. If the printer has a web page, you can still open it in a browser.
# Source: facts/printer-protocols.md §3 (LEDM adapters: dd:IsConnected)
check-wireless-adapter-failed = The printer is not on Wi-Fi yet.
# Source: facts/printer-protocols.md §5 (certificates change after a reset or a firmware update)
check-certificate-failed = The printer's security certificate has changed since the app last talked to it, so the app stopped talking to it. A reset or a firmware update changes it; otherwise another device may be pretending to be your printer. If you did not reset or update the printer, ask the person who looks after your network before you go on.
check-router-answers-failed = Your router did not answer. This computer may be on another network, or the router may not have a settings page at that address.
# Source: facts/wps.md §1.11 (HP-specific: old firmware exposed the WPS PIN; fixed by an update)
check-firmware-passed = If HP offers a newer firmware for this model, update it from HP's own website or from the printer's menu.
check-not-checked-why = Needs your printer's address.
check-cannot-why = This printer or this computer does not report it.
check-passed-why = This looks fine.

## Support summary on the page
summary-title = Support summary
summary-intro = What the app knows, for HP support or whoever helps you: the printer, its model and control panel, the network, the checks, and what you tried. The PIN is left out unless you include it.
summary-include-serial = Include the serial number
summary-include-pin = Include the WPS PIN (left out unless you tick this)
summary-format = File type
summary-format-text = Plain text
summary-format-md = Markdown
summary-format-json = JSON (for tools)
summary-format-html = Web page (to print)
summary-save-where = Or type where to save it
summary-copy = Copy the summary
summary-save = Save the summary…
summary-save-here = Save to this file
summary-save-dialog-title = Save the support summary
summary-copied = The summary is copied. You can paste it into an email or a chat.
summary-not-saved = The summary could not be saved. Reason: { $reason }

## Your router
page-router = Your router
router-title = Your router
router-intro = Your router's settings page is where you start WPS or type the printer's PIN.
router-reading = Reading this computer's network…
router-no-network = This computer does not seem to be connected to a network.
router-this-computer = This computer: { $addresses } (on { $interface })
router-address = Your router is probably at { $address }.
router-open = Open my router's settings page
router-sign-in = The router asks for its own password. It may be printed on a label on the router; if not, ask whoever set up the router.
router-no-gateway = This computer has no router (default gateway) right now.
router-same-network = If the printer's address starts with the same numbers as this computer's, they are probably on the same network.
router-refresh = Read again
# Source: facts/wps.md §1.5, §1.6
trouble-one-device-picture = Picture: only the printer and the router, each with its WPS button pressed, within 2 minutes of each other.
report-section-journey = What was done in the app
report-simulated = A simulated printer (demo mode): nothing about it is real.
report-name = Name
report-mac = Hardware address (MAC)
report-host = Host name
# Source: facts/hp-printers.md §3.1 (the list is derived from HPLIP's models.dat)
report-family = Model family (in the app's list, from HPLIP)
report-panel = Control panel
report-guide = Guide
report-guide-step = { $guide }, step { $step } of { $total }
report-pin-check = PIN check
# Source: facts/wps.md §1.1 (8 digits: 7 and a check digit)
report-pin-valid-8 = 8 digits, the last digit matches the others
# Source: facts/wps.md §1.1 (4-digit PINs have no check digit)
report-pin-valid-4 = 4 digits, which have no check digit
# Source: facts/wps.md §1.1, §1.2 (a wrong check digit almost always means a typo)
report-pin-wrong-check-digit = 8 digits, but the last digit does not match the others
# Source: facts/wps.md §1.1 (a PIN has 4 or 8 digits)
report-pin-wrong-length = not 4 or 8 digits
report-pin-not-a-digit = a character that is not a digit
# Source: facts/wps.md §1.11 (published default PINs)
report-pin-well-known = a well-known default PIN
report-timer = Timer
report-timer-run = { $way }: started { $started }, { $end }
report-timer-running = still running
report-timer-stopped = stopped at { $at }
# Source: facts/wps.md §1.5 (walk time)
report-timer-time-up = the 2 minutes ran out at { $at }
report-timer-joined = the printer joined Wi-Fi at { $at }
report-timer-replaced = started again at { $at }
report-way-printer-pin = the printer's PIN
report-way-router-pin = the router's PIN
report-way-push-button = the WPS buttons
trouble-jump-summary = Make a support summary
cli-report-model-none = No HP printer matches “{ $query }”, so the summary names no model family.
cli-report-unknown-format = “{ $format }” is not a file type the summary can be written in. Use text, md, json or html.
cli-report-not-a-router = “{ $address }” is not a router address. Type one like 192.168.1.1 or 192.168.1.1:8080.
check-why-by-name = The printer was given by name, so the app cannot compare its address with this computer's network.
# Source: facts/printer-protocols.md §3–4 (the firmware is read over LEDM or CDM)
check-why-no-firmware = The printer does not report its firmware revision.
# Source: facts/printer-protocols.md §2 (IPP never reports Wi-Fi state)
check-why-no-wifi-state = The printer does not report whether it is on Wi-Fi.
# Source: facts/printer-protocols.md §5 (HTTPS web pages have certificates)
check-why-no-certificate = The printer's web page answered without a secure connection (HTTPS), so there is no certificate to compare.
summary-case = Case name (optional)
summary-note = Note (optional)
summary-saved-in = The summary is saved as “{ $file }” in { $folder }.
trouble-results-count = Results: { $passed } passed, { $failed } failed, { $other } not checked.

## The printer's Wi-Fi network against this computer's, and demo mode on the command line
check-same-wifi = The printer joined this computer's Wi-Fi network
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed = The printer joined a different Wi-Fi network from this computer's. If both names belong to your own router (some routers give each band a name of its own), this is fine. If the printer's network is a guest network or another router's, this computer may not find the printer: put the printer on this computer's network.
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed-names = The printer joined “{ $printer }”, but this computer is on “{ $computer }”. If both names belong to your own router (some routers give each band a name of its own), this is fine. If “{ $printer }” is a guest network or another router's, this computer may not find the printer: put the printer on “{ $computer }”.
check-why-no-printer-network = The printer is on Wi-Fi but does not say which network it joined.
check-why-no-computer-network = This computer is not on Wi-Fi, or its Wi-Fi could not be read, so there is no network to compare with.
demo-simulated = Demo mode: the printers, the router and the Wi-Fi here are simulated, for practice. Nothing was read from a real network.
cli-demo-not-with = { $option } does not go with --demo: demo mode reads nothing from this computer's network, radio or files.
cli-demo-no-save = --save does not go with --demo: a simulated reading saved to a file could later be taken for a real one.

## Checks not made, and the case the summary is for
check-state-not-asked = Not asked (no printer address)
check-state-skipped = Skipped (the printer did not answer)
report-case = Case
report-note = Note
