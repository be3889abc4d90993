## Guides: where the PIN is, and how to use it. Menu names are general on purpose:
## no source gives HP's exact menus per model (facts/hp-printers.md §3.2).
guide-step-of = Step { $step } of { $total }
guide-next = Next
guide-previous = Previous step
guide-see = What you should see
guide-if-not = If not: see "It doesn't work".
guide-open-trouble = It doesn't work
guide-other-routes = Other ways to find the PIN or to connect
# Source: facts/hp-printers.md §3.2 (no source gives HP's menus per model); facts/wps.md §0.9
guide-names-vary = Menu names vary by model. If you cannot find a menu, check your printer's user guide.
guide-done = Enter the PIN
guide-start-over = Back to step 1

guide-touchscreen-title = Printer with a touchscreen
# Source: facts/wps.md §1.5 (walk time)
guide-touchscreen-intro = Your printer shows the PIN on its screen, and you type it into your router. Get the router's page ready first: it can take a while to open, and WPS waits only about 2 minutes.
# Source: facts/hp-printers.md §3.2 (touchscreens: Wireless or Network settings; weak sources)
guide-touchscreen-1 = Put the printer near the router, touch its screen to wake it, and open the Wireless or Network settings.
# Source: facts/hp-printers.md §3.2 (touchscreens: Wi-Fi Protected Setup, then WPS PIN; weak sources)
guide-touchscreen-2 = Choose Wi-Fi Protected Setup (WPS), then PIN.

guide-text-display-title = Printer with a small text display and buttons
# Source: facts/wps.md §1.5 (walk time)
guide-text-display-intro = Your printer shows the PIN on its small display, and you type it into your router. Get the router's page ready first: it can take a while to open, and WPS waits only about 2 minutes.
# Source: facts/hp-printers.md §3.2 (2-line displays with buttons: a Setup or Network menu; weak sources, so “on some models”)
guide-text-display-1 = With the buttons beside the display, open the Network or Wireless menu (on some models it is inside Setup).
# Source: facts/hp-printers.md §3.2 (“WPS Setup” or “Wi-Fi Protected Setup” in the menu; weak sources)
guide-text-display-2 = Look for Wi-Fi Protected Setup or WPS Setup, and choose PIN.

guide-lights-only-title = Printer with only buttons and lights
# Source: facts/hp-printers.md §3.2 (button-only panels: push button; a PIN on the configuration page on some models)
guide-lights-only-intro = Without a screen, the printer cannot show a PIN, so the WPS buttons are the way. Some models print a PIN on their network configuration page: see that guide.
# Source: facts/wps.md §1.6 (push-button session overlap)
guide-lights-only-1 = Put the printer near the router and turn it on. Make sure no other device is in WPS mode: the router refuses two at once.
# Source: facts/hp-printers.md §3.2 (button combinations vary by model)
guide-lights-only-2 = Before you start anything, find out how your printer starts WPS with its Wireless button: how long to hold it, and which other button to press with it, varies by model. Look it up in your printer's user guide now. Find your router's WPS button too, or where its settings page starts WPS.
# Source: facts/hp-printers.md §3.2 (push button on button-only panels: the Wireless button)
guide-lights-only-3 = Start WPS on the printer with its Wireless button, the way you looked up.
# Source: facts/hp-printers.md §3.2 (the light blinks, then is solid when connected; weak source; light patterns vary by model)
guide-lights-only-3-see = The printer's Wireless light changes; on some models it starts to blink.
# Source: facts/wps.md §1.5 (walk time: both sides within 2 minutes)
guide-lights-only-4 = Within 2 minutes, press the WPS button on the router, or start WPS in its settings page.
# Source: facts/wps.md §1.5 (walk time)
guide-lights-only-5 = See whether it joined. If you chose your printer in this app, the “Your printer” page shows when it is on Wi-Fi. If it has not joined after 2 minutes, start again from step 3.

# Source: facts/wps.md §1.4 (a fixed PIN printed on a label)
guide-label-title = A PIN on a label
# Source: facts/wps.md §1.4 (a device without a display can use a fixed PIN printed on a label)
guide-label-intro = Some devices have a fixed PIN printed on a label.
# Source: facts/wps.md §1.4 (a device without a display can use a fixed PIN printed on a label)
guide-label-1 = Look for a label that says "WPS PIN" on the printer.
# Source: facts/wps.md §1.4 (a device with a display generates a new PIN for each registration session)
guide-label-2 = If your printer has a screen, use the PIN it shows when you start WPS PIN mode, not a PIN from a label or an old printout: a device with a display is meant to make a new PIN for each setup.
# Source: facts/wps.md §1.5 (walk time: look things up before it starts); facts/hp-printers.md §3.2 (how varies by model)
guide-label-3 = Before you start anything: open your router's settings page and find where it takes a device's PIN, and find in your printer's user guide how to put the printer in WPS PIN mode.
# Source: facts/wps.md §0.3 (the printer's PIN lifetime is not known: straight away, follow its timer); §1.5
guide-label-4 = Put the printer in WPS PIN mode, then straight away type the label's PIN into the router's page and start. If the printer shows its own timer, follow it.

guide-config-page-title = Network configuration page
# Source: facts/hp-printers.md §3.2 (the network configuration page: address, Wi-Fi; a WPS PIN on some models, weak source)
guide-config-page-intro = The printer can print a page about its network: its address, its Wi-Fi and, on some models, a WPS PIN.
# Source: facts/hp-printers.md §3.2 (report button combinations vary by model)
guide-config-page-1 = Print a network configuration page or a wireless test report. On printers with a screen, look in the menus for Reports or Network. On others it is a button combination. Both vary by model: see your printer's user guide.
# Source: facts/hp-printers.md §3.2 (fields of the network configuration page)
guide-config-page-2 = Find the lines for the network: the network name (SSID), the status, the IP address and the hardware (MAC) address.
guide-config-page-2-see = An IP address like 192.168.1.23. Type it on the "Find my printer" page to check the printer from this computer.
# Source: facts/hp-printers.md §3.2 (a PIN on the configuration page: some models, weak source; how varies by model); facts/wps.md §1.5
guide-config-page-3 = If the page shows a WPS PIN, before you start anything: open your router's settings page and find where it takes a device's PIN, and find in your printer's user guide how to put the printer in WPS PIN mode.
# Source: facts/wps.md §0.3 (the printer's PIN lifetime is not known: straight away, follow its timer); §1.5
guide-config-page-4 = Put the printer in WPS PIN mode, then straight away type the page's PIN into the router's page and start. If the printer shows its own timer, follow it.

guide-web-page-title = The printer's own web page
# Source: facts/printer-wifi-setup.md §5 (Ethernet blocks Wi-Fi: unplug the cable)
guide-web-page-intro = Many printers on a network have their own web page, called the embedded web server. You open it in a browser. If the printer is not on your network yet, connect it to the router with a network cable first, and unplug the cable when Wi-Fi is set up.
guide-web-page-1 = Find the printer's address: on the "Find my printer" page, or on a network configuration page.
guide-web-page-2 = Type the address into a web browser on a computer that is on the same network.
# Source: facts/printer-protocols.md §5 (the printer's web page certificate is self-signed); facts/hp-printers.md §3.2 (the configuration page lists the address)
guide-web-page-2-see = The printer's web page with its name and status. Before you type anything there, check that its address matches the one on the printer's network configuration page.
# Source: facts/hp-printers.md §3.2 (WPS menus in the web page: a gap, so “some models”)
guide-web-page-3 = Look under Network or Wireless. Some models let you start WPS or change Wi-Fi settings there. Names vary by model.

guide-hp-smart-title = The HP Smart app
# Source: facts/wps.md §6 (HP Smart's features are a gap: hedged with “offers” and “may”)
guide-hp-smart-intro = HP's own app, HP Smart, offers its own way to put a printer on Wi-Fi. It may also show the printer's WPS PIN or say how to get it.
guide-hp-smart-1 = Install the HP Smart app from HP or from your phone's or computer's app store.
guide-hp-smart-2 = Open it, choose to add a printer, and follow its steps.

guide-router-side-title = The router's side
# Source: facts/wps.md §1.4 (the two PIN directions; push button)
guide-router-side-intro = WPS needs the router too. Here is how to give it the printer's PIN, use the router's PIN, or press its button.
guide-router-side-1 = Open your router's settings page. The “Your router” page opens it for you. The router's password may be on its label; if not, ask whoever set up the router.
# Source: facts/wifi-beacons.md §1 (entering a device PIN starts the router's side); facts/wps.md §1.4
guide-router-side-2 = Find WPS, often under Wireless or Wi-Fi, and choose to add a device with a PIN. Type the printer's PIN and start. Names vary by router.
guide-router-side-2-see = The router shows that WPS has started.
# Source: facts/wps.md §1.4 (the router's PIN makes the printer an external registrar); §1.7 (lockout)
guide-router-side-3 = If the router has its own PIN (on its label or in its settings page), you can type that PIN on the printer instead. Use this way last: it lets the printer change the router's settings, and some routers stop accepting that PIN for a while after wrong tries.
# Source: facts/wps.md §1.5 (walk time)
guide-router-side-4 = No PIN: start push-button WPS on the printer, then press the router's WPS button within 2 minutes.
# Source: facts/wps.md §1.6 (push-button session overlap)
guide-router-side-5 = Only one device may be in WPS mode at a time. If two devices start push-button WPS within 2 minutes, the router refuses both.

# Source: facts/wps.md §0.7 (advise turning WPS off after setup)
guide-after-setup-title = After setup: turn WPS off
# Source: facts/wps.md §0.7 (turn WPS off after setup)
guide-after-setup-intro = When your printer is on Wi-Fi, WPS is no longer needed.
# Source: facts/wps.md §0.7 (turn WPS, especially the router-label PIN, off after setup)
guide-after-setup-1 = Open your router's settings page and turn WPS off, or at least its router PIN.
# Source: facts/wps.md §1.11 (VU#723755: at most 11,000 guesses, PIN checked in two halves)
guide-after-setup-2 = Why: someone nearby can guess a WPS PIN in at most about 11,000 tries, because the router checks it in two halves. With WPS off, only people who know your Wi-Fi password can join.

## Text alternatives of the guide pictures
picture-panel-touchscreen = Picture: a printer with a large touchscreen; the Wi-Fi settings are highlighted.
# Source: facts/hp-printers.md §3.2 (2-line displays with buttons)
picture-panel-text-display = Picture: a printer's small display showing the Network menu; the display and the buttons beside it are highlighted.
picture-panel-lights-only = Picture: a printer with only buttons and lights; the Wireless button is highlighted.
picture-printer-label = Picture: a printer with a label on its back; the PIN on the label is highlighted.
picture-config-page = Picture: a printed network configuration page; the line with the printer's address is highlighted.
picture-web-page = Picture: a browser window showing the printer's web page; the Network section is highlighted.
picture-hp-smart = Picture: a phone with an app; its button to add a printer is highlighted.
picture-router-admin = Picture: a browser window showing a router's settings page; the WPS section and its PIN field are highlighted.
picture-router-button = Picture: a router; its WPS button is highlighted.
picture-pin-to-router = Picture: the printer shows the PIN on its screen, and the PIN goes into the router.
# Source: facts/wps.md §1.4 (the AP PIN from a label on the router goes into the device)
picture-pin-to-printer = Picture: the PIN on the router's label goes into the printer.
# Source: facts/wps.md §1.5 (walk time)
picture-push-buttons = Picture: the WPS buttons on the printer and on the router, pressed within 2 minutes of each other.
## A menu item drawn on the printer's screen and web page in the pictures
picture-word-network = Network
guide-print-footer = Printed from WPS PIN Helper.
guide-print = Print or save this guide
guide-not-printed = The guide could not be saved. Reason: { $reason }
cli-guide-routes = Guides: { $routes }
cli-guide-unknown = There is no guide called “{ $route }”.
guide-print-model = For the printer: { $model }
guide-see-joined = See whether it joined
# Source: facts/wps.md §1.5 (walk time: the slow part comes before the PIN); facts/wifi-beacons.md §5 (2: a router's place for a device's PIN)
guide-router-first = Before the printer makes a PIN: on a computer or phone, open your router's settings page and sign in. Find where it takes a device's PIN (often under WPS, Wireless or Wi-Fi) and leave that page open. The “Your router” page helps you find it.
# Source: facts/hp-printers.md §3.2 (touchscreens show an 8-digit PIN and a timer: weak sources, so “often”); facts/wps.md §1.1
guide-touchscreen-2-see = The printer shows an 8-digit PIN and often a timer.
# Source: facts/wps.md §0.3 (the printer's PIN lifetime is not known: straight away, follow its timer); §1.5
guide-pin-into-router = Straight away, type the PIN into the router's page you left open, and start. If the printer shows its own timer, follow it. The “Enter a PIN” page checks the PIN and counts the 2 minutes.
guide-text-display-2-see = The display shows the PIN. Write it down.
# Source: facts/hp-printers.md §3.2 (button combinations vary by model)
guide-buttons-vary = Buttons and light patterns vary by model. If you cannot find a button, check your printer's user guide.
guide-done-home = Finish
# Source: facts/wps.md §1.11 (attacks on routers: general security advice)
guide-after-setup-3 = Keep the router's firmware up to date, from the router's maker only: through its settings page or its maker's website.
picture-word-wifi = Wi-Fi
picture-word-firmware = Firmware
# Source: facts/wps.md §1.1 (8 digits); facts/hp-printers.md §3.2 (a PIN and a timer on touchscreens: weak sources)
picture-touchscreen-pin = Picture: a printer's touchscreen under WPS PIN; the 8-digit PIN is highlighted, with a timer beside it.
# Source: facts/hp-printers.md §3.2 (2-line displays with buttons)
picture-text-display-pin = Picture: a printer's small display showing the PIN; the display and its buttons are highlighted.
# Source: facts/hp-printers.md §3.2 (the light to watch on button-only panels)
picture-lights-watch = Picture: a printer with only buttons and lights; the light above the Wireless button is highlighted, to watch.
picture-printer-near-router = Picture: a printer right next to the router; the printer's power button is highlighted.
picture-config-print = Picture: a printer printing a page; the page coming out is highlighted.
# Source: facts/hp-printers.md §3.2 (a WPS PIN on the configuration page: some models)
picture-config-page-pin = Picture: a printed network configuration page; the line with a WPS PIN is highlighted.
picture-web-page-address = Picture: a browser window; the printer's address in its address bar is highlighted.
picture-hp-smart-install = Picture: a phone downloading an app; the download is highlighted.
picture-router-sign-in = Picture: a browser window with the router's address; the address bar and the password field are highlighted.
picture-router-wps-off = Picture: a router's settings page; the WPS switch, turned off, is highlighted.
picture-router-firmware = Picture: a router's settings page; the button to update its firmware is highlighted.
# Source: facts/wps.md §1.11 (the PIN is checked in two halves)
picture-pin-halves = Picture: a PIN split into its two halves, each highlighted: a router checks them one at a time.
# Source: facts/wps.md §1.6 (push-button session overlap)
picture-one-at-a-time = Picture: the printer and the router with their WPS buttons highlighted; a phone between them, also in WPS mode, is crossed out.
picture-user-guide = Picture: the printer's user guide, open; the page about its buttons is highlighted.
guide-save-dialog-title = Save the guide
guide-saved = The guide is saved as “{ $file }”, as a web page you can open and print.
guide-saved-opening = The guide is saved as “{ $file }”. The app asked your browser to open it, ready to print; if nothing opens, open the file from the folder you chose.
guide-no-file = No file was chosen. You can also type where to save the guide below.
guide-save-where = Or type where to save the guide

## The printed guide's own words (whoever holds the printout may not have the app)
guide-print-config-page-2-see = An IP address like 192.168.1.23: the printer's address on your network.
# Source: facts/wps.md §1.5 (walk time)
guide-print-lights-only-5 = See whether it joined: on a computer or phone on your Wi-Fi, look for the printer, for example where you add a printer. If it has not joined after 2 minutes, start again from step 3.
# Source: facts/wps.md §1.5 (the walk time is 2 minutes)
guide-print-pin-into-router = Straight away, type the PIN into the router's page you left open, and start. If the printer shows its own timer, follow it. WPS waits only about 2 minutes.
guide-print-router-first = Before the printer makes a PIN: on a computer or phone, open your router's settings page and sign in. Find where it takes a device's PIN (often under WPS, Wireless or Wi-Fi) and leave that page open. Write the router's address at the end of this guide, to find the page again.
guide-print-router-side-1 = Open your router's settings page: type the router's address (write it at the end of this guide) into a web browser. The router's password may be on its label; if not, ask whoever set up the router.
# Source: facts/hp-printers.md §3.2 (report button combinations vary by model)
guide-print-web-page-1 = Find the printer's address on a network configuration page. How to print one varies by model: see your printer's user guide.
guide-print-write-title = Write it here
guide-print-write-pin = The WPS PIN:
guide-print-write-router = The router's address:
