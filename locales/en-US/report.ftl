## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = The printer answers
check-same-network = The printer is on this computer's network
check-web-server = The printer's web page answers
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
# Source: facts/printer-protocols.md §3–4 (the firmware revision is in the printer's identity)
trouble-support-have = Have the printer's model, serial number and firmware revision at hand (the firmware revision is on the network configuration page or the printer's web page), and the support summary below.
check-printer-answers-failed = The printer did not answer. Check that it is on and not asleep, and that the address is right.
# Source: facts/printer-protocols.md §1 (guest networks; setup networks); §5
check-same-network-failed = The printer is on a different network from this computer. A guest network, or the printer's own setup network, keeps them apart.
# Source: facts/printer-protocols.md §3–4 (the check passes only when LEDM or CDM answers; older models have neither)
check-web-server-failed = The printer answers, but the app could not read details from its web page: older models do not offer what the app reads. You can still open the printer's web page in a browser.
check-wireless-adapter-failed = The printer is not on Wi-Fi yet.
# Source: facts/printer-protocols.md §5 (certificates change after a reset or a firmware update)
check-certificate-failed = The printer's security certificate has changed since the app last talked to it, so the app stopped talking to it. A reset or a firmware update changes it; otherwise another device may be pretending to be your printer. If you did not reset or update the printer, ask the person who looks after your network before you go on.
check-router-answers-failed = Your router did not answer. This computer may be on another network, or the router may not have a settings page at that address.
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
summary-no-file = No file was chosen. You can also type where to save the summary below.
summary-copied = The summary is copied. You can paste it into an email or a chat.
summary-saved = The summary is saved as “{ $file }”.
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
check-why-by-name = The printer was given by name, so the app cannot compare its address with this computer's network.
check-why-no-firmware = The printer does not report its firmware revision.
check-why-no-wifi-state = The printer does not report whether it is on Wi-Fi.
# Source: facts/printer-protocols.md §5 (HTTPS web pages have certificates)
check-why-no-certificate = The printer's web page answered without a secure connection (HTTPS), so there is no certificate to compare.

## Checks not made, and the case the summary is for
check-state-not-asked = Not asked (no printer address)
check-state-skipped = Skipped (the printer did not answer)
report-case = Case
report-note = Note
