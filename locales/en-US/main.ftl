# English (United States): the reference locale. Every other locale has exactly these ids.
language-name = English

## PIN verdicts (window and command line)
# Source: facts/wps.md §1.1 (8 digits: 7 and a check digit)
pin-valid-8 = { $pin } is a valid PIN: the last digit matches the others.
# Source: facts/wps.md §1.1 (4-digit PINs have no check digit)
pin-valid-4 = { $pin } is a 4-digit PIN. Four-digit PINs have no check digit, so please compare it digit by digit.
# Source: facts/wps.md §1.1, §1.2 (a wrong check digit almost always means a typo)
pin-wrong-check-digit = The last digit does not match the others: we expected { $expected }. Please check the PIN again.
# Source: facts/wps.md §1.1 (a PIN has 4 or 8 digits)
pin-empty = Type the PIN: 8 digits (sometimes 4).
# Source: facts/wps.md §1.1 (a PIN has 4 or 8 digits)
pin-wrong-length = { $count ->
    [one] You typed 1 digit. A WPS PIN has 8 digits (sometimes 4).
   *[other] You typed { $count } digits. A WPS PIN has 8 digits (sometimes 4).
}
# Source: facts/wps.md §1.1 (a PIN is all digits)
pin-not-a-digit = “{ $character }” is not a digit. A WPS PIN has only the digits 0 to 9.
# Source: facts/wps.md §1.11 (published static PINs)
pin-warning-well-known = This is a well-known default PIN that is published on the internet. Anyone nearby could use it, so turn WPS off on your router after setup.
words-warning = Warning: { $message }

## Header and page titles
nav-back = Back
nav-home = Home
nav-settings = Settings
page-home = Home
page-find-printer = Find my printer
page-choose-model = Choose my model
page-where-pin = Where is the PIN?
page-enter-pin = Enter a PIN
page-troubleshoot = It doesn't work
page-settings = Settings

## Words that introduce a message, so meaning never rests on colour alone
notice-ok = Good
notice-warning = Warning
notice-problem = Problem
notice-check-again = Please check
notice-good-to-know = Good to know
notice-after-setup = After setup
notice-time-up = Time is up

## Home
home-question = Let's connect your printer to Wi-Fi
home-intro = Choose where you want to start. The Home button brings you back here at any time.
home-find-printer = Find my printer
home-find-printer-desc = Look for printers on this network.
home-choose-model = Choose my model
home-choose-model-desc = Type your printer's name or number.
home-where-pin = Where is the PIN?
# Source: facts/wps.md §1.1 (8 digits)
home-where-pin-desc = Find the 8-digit PIN on your printer.
home-enter-pin = Enter a PIN
home-enter-pin-desc = Check a PIN and see how to use it.
home-troubleshoot = It doesn't work
home-troubleshoot-desc = Checks to try, one at a time.
home-settings = Settings
home-settings-desc = Text size, colours, motion and language.

## Settings
settings-title = Settings
settings-intro = Changes apply at once and are remembered on this computer.
settings-text-size = Text size
settings-text-smaller = Smaller text
settings-text-larger = Larger text
settings-text-reset = Normal size
settings-text-shortcuts = Keyboard: Ctrl and + makes text larger, Ctrl and − makes it smaller, Ctrl and 0 goes back to normal.
settings-colours = Colours
settings-theme-normal = Normal
settings-theme-normal-desc = Dark text on a white background.
settings-theme-high-contrast = High contrast
settings-theme-high-contrast-desc = White text on black, with a thick yellow outline around the selected control.
settings-motion = Motion
settings-reduce-motion = Reduce motion
settings-reduce-motion-desc = Turns off animations. The timer then moves once a second.
settings-language = Language
settings-language-system = Same as this computer ({ $name })
settings-language-system-desc = Follows the language of your computer.
settings-stored-in = Settings are stored in this folder: { $path }
settings-not-saved = Your settings could not be saved, so they will be lost when you close the app. Reason: { $reason }
settings-problem-corrupt = Your settings file was damaged, so the app started with normal settings.
settings-problem-unreadable = Your settings file could not be read, so the app started with normal settings.
settings-problem-dismiss = OK
guide-progress-damaged = The places you reached in the guides could not be read, so each guide starts again at step 1.
certificates-damaged = The list of printer certificates the app trusts could not be read. The app will trust each printer's certificate again the next time it talks to it.
# After a notice about a stored file, for help-desk staff (shown on request in the window)
file-kept-here = The damaged file was kept here: { $path }
file-is-here = The file is here: { $path }
file-where = Where is the file?
settings-where-files = Where the app keeps its files

## Why a file could not be read or written ({ $path } is the file)
file-reason-not-found = { $path } does not exist, or its folder does not.
file-reason-no-permission = This computer does not let the app use { $path }.
file-reason-no-space = The disk is full.
file-reason-too-large = { $path } is too large to be a file of this app.
file-reason-not-a-file = { $path } is not an ordinary file (it may be a folder, a link or a device), so the app left it as it is.
file-reason-damaged = { $path } is not in the form the app expects.
file-reason-other = Something on this computer stopped the app from using { $path }.
file-reason-exists = { $path } already exists, so the app did not replace it.
save-no-file-chosen = No file was chosen, so nothing was saved.
save-no-window = No save window can open on this computer. Type where to save the file below.

## PIN helper
pin-title = Enter a PIN
# Source: facts/wps.md §1.4 (Registrar and Enrollee: both devices take part)
pin-intro = With a WPS PIN, your printer joins Wi-Fi without typing the Wi-Fi password. Your router and your printer must both take part.
pin-step-method = 1. Which device has the PIN?
pin-method-printer = My printer shows a PIN
# Source: facts/wps.md §1.4 (device PIN direction)
pin-method-printer-desc = You type the printer's PIN into your router's settings page.
pin-method-router = My router has a PIN
# Source: facts/wps.md §1.4 (the AP PIN, e.g. from a label on the router)
pin-method-router-desc = It is on the router's label or in its settings page. You type it into the printer.
pin-method-button = There is no PIN: use the WPS buttons
pin-method-button-desc = You start WPS on the printer, then press WPS on the router.
# Source: facts/wps.md §1.4 (device PIN direction: the printer shows it, it is typed into the router)
pin-picture-printer = Picture: the printer shows the PIN on its screen, and the PIN goes into the router.
# Source: facts/wps.md §1.4 (the AP PIN from the router's label goes into the device)
pin-picture-router = Picture: the PIN on the router's label goes into the printer.
# Source: facts/wps.md §1.5 (walk time)
pin-picture-button = Picture: the WPS buttons on the printer and on the router, pressed within 2 minutes of each other.
# Source: facts/wps.md §1.1 (4 or 8 digits)
pin-field-label-printer = The PIN your printer shows (8 digits, sometimes 4)
# Source: facts/wps.md §1.1 (4 or 8 digits)
pin-field-label-router = Your router's PIN (8 digits, sometimes 4)
# Source: facts/wps.md §1.1 (a PIN has 4 or 8 digits)
pin-field-hint = 8 digits
# Source: facts/wps.md §1.1 (a PIN has 4 or 8 digits)
pin-progress = { $count ->
    [one] 1 digit so far. A PIN has 8 digits (sometimes 4).
   *[other] { $count } digits so far. A PIN has 8 digits (sometimes 4).
}
# Source: facts/wps.md §1.2 (some routers accept a PIN whose check digit is wrong)
pin-wrong-check-digit-still = If you are sure you copied it correctly, you can still try it: some routers accept it.
pin-check = Check PIN
pin-copy = Copy PIN
pin-clear = Clear
pin-copied = The PIN is copied. You can paste it into the router's settings page.
# Source: facts/wps.md §1.7 (lockout after wrong router-PIN tries); facts/wifi-beacons.md §1 (if entering the PIN fails, restart the router)
pin-router-lockout = Some routers stop accepting their PIN for a while after wrong tries. If the printer says the PIN was refused, wait a few minutes before you try again. If it keeps failing, restart the router.
# Source: facts/wps.md §1.5 (walk time 120 s)
pin-timer-explain = The timer counts the 2 minutes WPS waits. Start it at the moment the step above says.
# Source: facts/wps.md §1.5 (walk time)
pin-timer-start = Start the 2-minute timer
pin-timer-left = { $time } left
# Source: facts/wps.md §0.3 (the printer's own PIN lifetime is not known: follow the printer's timer)
pin-timer-follow-printer = If your printer shows its own timer, follow the printer's timer.
pin-timer-stop = Stop the timer
# Source: facts/wps.md §1.5 (after the walk time both sides stop: start again)
pin-timer-ended = Start WPS again on both devices, then start the timer again.
pin-timer-again = Start the timer again
# Source: facts/wps.md §1.11 (the PIN can be guessed; turn WPS off after setup)
pin-after-setup = When your printer is connected, turn WPS off in your router's settings, or at least its router PIN. A WPS PIN can be guessed by someone nearby.
pin-where-is-pin = Where is the PIN?
pin-not-working = It doesn't work

## Where is the PIN?
where-title = Where is the PIN?
where-intro = Which kind of control panel does your printer have?
where-touchscreen = A touchscreen
where-touchscreen-desc = A screen you tap with your finger.
where-text-display = A small text display with buttons
# Source: facts/hp-printers.md §3.2 (segment or 2-line displays with buttons)
where-text-display-desc = One or two lines of text, with buttons beside them.
where-lights-only = Only buttons and lights
where-lights-only-desc = No screen that can show text.

## It doesn't work
trouble-title = It doesn't work
trouble-intro = Try these checks in order. Tick each one you have tried.
trouble-tried = I tried this
# Source: facts/wps.md §1.6 (push-button session overlap)
trouble-one-device = Only one device in WPS mode
# Source: facts/wps.md §1.6 (push-button session overlap)
trouble-one-device-desc = If two devices start push-button WPS within 2 minutes, the router refuses both. Stop WPS on other devices, wait 2 minutes, and try again with only the printer.
# Source: facts/wps.md §1.5 (walk time)
trouble-two-minutes = Start the printer and the router within 2 minutes
# Source: facts/wps.md §1.5 (walk time)
trouble-two-minutes-desc = WPS stays open for about 2 minutes. Start WPS on the second device soon after the first.
# Source: facts/wifi-beacons.md §5 (1: no WPS on the network)
trouble-wps-on = WPS is turned on in the router
# Source: facts/wifi-beacons.md §5 (1: mesh systems and some provider routers have no WPS)
trouble-wps-on-desc = Some routers let you turn WPS off. Check in the router's settings page that WPS is on. On a work or school network, WPS may be off on purpose: ask the network's administrator. Some mesh systems and some internet providers' routers have no WPS at all: then use another way below.
# Source: facts/wps.md §1.10 (WPS off with WEP or TKIP only; WPA3-only is a gap); facts/wifi-beacons.md §5
trouble-security = The router's security is WPA2 (or WPA2/WPA3 mixed)
# Source: facts/wps.md §1.10 (WPS off with WEP or TKIP only; WPA3-only is not established); facts/wifi-beacons.md §2 (SAE without PSK is WPA3 only), §5 (6)
trouble-security-desc = Routers that follow WPS 2.0 switch WPS off when the network uses the old WEP security or WPA with TKIP only. With WPA3 only, a printer that knows only WPA2 cannot join, and whether WPS works depends on the router. Set the router to WPA2, or to WPA2/WPA3 mixed, in its settings page and leave it so: the printer needs it for as long as it stays on Wi-Fi.
# Source: facts/wps.md §1.10 (a hidden SSID forces WPS off in hostapd)
trouble-hidden = The network name is visible
# Source: facts/wps.md §1.10 (a hidden SSID forces WPS off in hostapd)
trouble-hidden-desc = Some routers switch WPS off when the network name (SSID) is hidden.
# Source: facts/wps.md §1.7 (AP Setup Locked after wrong router-PIN tries)
trouble-locked = The router's PIN is not locked
# Source: facts/wps.md §1.7 (lockout after wrong router-PIN tries); facts/wifi-beacons.md §1 (if it stays locked, restart the router)
trouble-locked-desc = After several wrong tries with the router's PIN, a router can lock it for a while. Wait, or use the printer's PIN or the WPS buttons instead. If it keeps failing, restart the router.
trouble-restart = Printer and router restarted and close together
trouble-restart-desc = Turn the printer and the router off and on again. Put the printer near the router while you set it up.
trouble-other-ways = Other ways to connect
# Source: facts/wps.md §6 (HP Smart's features are a gap: hedged with “may”)
trouble-other-smart = Use the HP Smart app from HP. It may also show the printer's WPS PIN or say how to get it.
# Source: facts/hp-printers.md §3.2 (Wi-Fi settings in the web page: some models, not established per model); facts/printer-wifi-setup.md §1 (HP's own tool sets Wi-Fi through the printer's web services)
trouble-other-ews = Open the printer's own web page (its embedded web server) in a browser; some models let you set Wi-Fi there. This also suits people who find the printer's buttons hard to press. If the printer is not on your network yet, connect it with a cable first (next line).
# Source: facts/hp-printers.md §3.2 (the network configuration page lists the address; Wi-Fi settings in the web page on some models)
trouble-other-cable = Connect the printer to the router with a network cable. Print its network configuration page to find its address, open its web page at that address, set up Wi-Fi there, then unplug the cable.
trouble-other-password = Type the Wi-Fi password on the printer, if it has a screen.
trouble-back-to-pin = Try the PIN again


## Choose my model
model-by-panel = Choose my kind of control panel

## About
page-about = About
settings-about = About this app
about-version = Version { $version }
about-what = Connects HP printers to Wi-Fi with WPS. It only talks to your own network.
about-licence = Licence: { $licence }
about-components = This app is built with { $count } open-source components. Their licences ask us to show their notices, below.
about-show-notices = Show the third-party notices
about-hide-notices = Hide the third-party notices

## How this language joins a label to its value, and the items of a list
words-label-value = { $label }: { $value }
words-list-separator = { ", " }
words-with-note = { $text } ({ $note })
words-with-detail = { $text } — { $detail }
words-bullet = • { $text }
words-numbered = { $number }. { $text }
words-percent = { $value }%
words-group-separator = { "," }
words-group-from = 4
demo-banner = Demo — simulated printers
demo-banner-detail = The printers here are made up for practice. In demo mode the app contacts no printer, router or network.
demo-not-asked = In demo mode the app does not contact real printers. Choose one of the demo printers on “Find my printer”.
# Source: facts/wps.md §1.4 (the two PIN directions); facts/wifi-beacons.md §5 (2: some routers take only the push button)
trouble-same-way = The printer and the router use the same way
# Source: facts/wps.md §1.4 (the two PIN directions); facts/wifi-beacons.md §5 (2: some routers take only the push button)
trouble-same-way-desc = The printer's PIN goes into the router's place for a device's PIN; the router's own PIN goes into the printer; the WPS buttons on the printer and the router need no PIN at all. Some routers take only the push button: then use the WPS buttons.
# Source: facts/wifi-beacons.md §5 (5: a 2.4 GHz-only printer and a network with no 2.4 GHz)
trouble-band = The network offers 2.4 GHz
# Source: facts/wifi-beacons.md §5 (5: a 2.4 GHz-only printer and a network with no 2.4 GHz)
trouble-band-desc = A printer that uses only 2.4 GHz Wi-Fi cannot join a network without a 2.4 GHz band. If your router has separate 2.4 GHz and 5 GHz networks, use the 2.4 GHz one.
# Source: facts/printer-protocols.md §1 (guest networks and AP isolation keep devices apart)
trouble-isolation = No guest network or isolation while you set up
# Source: facts/printer-protocols.md §1 (guest networks and AP isolation keep devices apart)
trouble-isolation-desc = On a guest network, or with the router keeping wireless devices apart (“AP isolation” or “client isolation”), this computer cannot reach the printer. Use the main network, or turn guest mode and isolation off while you set up.
home-printer = Your printer
home-printer-desc = See what your printer says and whether it is on Wi-Fi.
scan-see-printer = See its status
problem-source-web = the printer's web page
nav-new-customer = New customer
home-new-customer = New customer
home-new-customer-desc = Start over for the next person: the printer, model, PIN, checks and summary are cleared. The settings and the remembered control panels stay.
# Source: facts/wps.md §1.5
question-new-customer = A 2-minute WPS window is running. Start over for a new customer? Everything about this customer is cleared.
question-new-customer-yes = Start over
question-new-customer-no = Keep going
question-replace = “{ $file }” already exists in { $folder }. Replace it?
question-replace-yes = Replace it
question-replace-no = Keep the old file
# Source: facts/wps.md §1.5
timer-bar = { $time } left of the 2-minute WPS window
# Source: facts/wps.md §1.5 (the walk time is 120 s)
timer-last-minute = One minute left.
# Source: facts/wps.md §1.5 (the walk time is 120 s)
timer-bar-ended = The 2-minute window has ended.
# Source: facts/hp-printers.md §3.2 (a PIN on the network configuration page: some models, weak source)
pin-picture-printer-printed = Picture: the PIN goes from the printer into the router. A printer without a screen cannot show it: some models print it on their network configuration page.

## Command line: arguments and the files it writes
cli-not-text = “{ $argument }” is not text the app can read (it is not UTF-8). Only file names may hold other characters.
cli-out-folder = { $path } is a folder. Give --out a file name, for example { $example }
cli-written = Written to { $path }
