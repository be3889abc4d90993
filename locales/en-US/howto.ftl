## The PIN page's steps, per direction and kind of control panel, in the order that fits
## the two-minute window (crates/core/src/guide/howto.rs)
howto-title = 2. Do this, in this order
# Source: facts/wps.md §1.5 (walk time: what takes long comes first)
howto-router-open = On a computer or phone connected to your router, open the router's settings page and sign in. This can take a while, so do it first.
# Source: facts/wifi-beacons.md §5 (2: a router with a push button but no field for a device PIN); facts/wps.md §1.4
howto-router-find-pin-field = Find where the router takes a device's PIN: often under WPS, Wireless or Wi-Fi, as “add a device with a PIN”. Leave that page open. Names vary by router. Some routers take only the push button: then use the WPS buttons.
# Source: facts/hp-printers.md §3.2 (general: no source gives the menus per model)
howto-make-pin-touchscreen = Now make the PIN: on the printer's touchscreen, open the Wireless or Network settings, then Wi-Fi Protected Setup (WPS), and choose PIN. Menu names vary by model.
# Source: facts/hp-printers.md §3.2 (general: no source gives the menus per model)
howto-make-pin-text-display = Now make the PIN: with the buttons beside the printer's display, open the Network or Wireless menu (on some models it is inside Setup), then Wi-Fi Protected Setup (WPS), and choose PIN. Menu names vary by model.
# Source: facts/hp-printers.md §3.2 (a PIN on the network configuration page: some models, weak source; how varies by model)
howto-make-pin-lights-only = Your printer has no screen to show a PIN. Some models print a WPS PIN on their network configuration page: print that page. How to print it, and how to start WPS PIN mode afterwards, varies by model: look both up in your printer's user guide now, before you go on.
# Source: facts/hp-printers.md §3.2 (general: no source gives the menus per model)
howto-make-pin-any = Now make the PIN on the printer: on its screen, open the Wireless or Network settings, then Wi-Fi Protected Setup (WPS), and choose PIN. Menu names vary by model.
# Source: facts/wps.md §1.5 (walk time 120 s); §0.3 (the printer's own PIN lifetime is not known)
howto-timer-printer-pin = When the printer shows the PIN, start the timer below. From then on, WPS waits about 2 minutes.
# Source: facts/wps.md §1.5 (walk time)
howto-timer-pin-mode = Start WPS PIN mode on the printer, and start the timer below at that moment.
# Source: facts/wps.md §0.3 (follow the printer's own timer); §1.1 (the check digit catches typos)
howto-type-into-router = Straight away, type the PIN into the router's page you left open, and start. If the printer shows its own timer, follow it. To catch a typo, you can also type the PIN here: the app checks it.
howto-joined-screen = See whether it joined: the printer says so on its screen. If you chose your printer in this app, the “Your printer” page shows it too.
# Source: facts/hp-printers.md §3.2 (the light blinks, then is solid when connected; weak source; patterns vary by model)
howto-joined-light = See whether it joined: watch the printer's Wireless light; light patterns vary by model. If you chose your printer in this app, the “Your printer” page shows it too.
howto-joined-any = See whether it joined: the printer says so on its screen or with its Wireless light. If you chose your printer in this app, the “Your printer” page shows it too.
# Source: facts/wps.md §1.4 (the AP PIN: on the router's label)
howto-router-pin-find = Find the router's PIN: on the router's label, or in its settings page under WPS. You can type it here: the app checks it.
# Source: facts/hp-printers.md §3.2 (general: no source gives the menus per model)
howto-enter-pin-touchscreen = On the printer's touchscreen, open the Wireless or Network settings, then Wi-Fi Protected Setup (WPS), and choose to enter a PIN. Menu names vary by model.
# Source: facts/hp-printers.md §3.2 (general: no source gives the menus per model)
howto-enter-pin-text-display = With the buttons beside the printer's display, open the Network or Wireless menu (on some models it is inside Setup), then Wi-Fi Protected Setup (WPS), and choose to enter a PIN. Menu names vary by model.
# Source: facts/hp-printers.md §3.2 (button-only panels: push button)
howto-enter-pin-lights-only = Your printer has no screen to type a PIN on. Use the WPS buttons instead: choose “There is no PIN: use the WPS buttons” above.
# Source: facts/hp-printers.md §3.2 (general: no source gives the menus per model)
howto-enter-pin-any = On the printer, open the Wi-Fi Protected Setup (WPS) settings and choose to enter a PIN. Menu names vary by model.
# Source: facts/wps.md §1.5 (wps_reg sessions time out after the walk time)
howto-timer-router-pin = Type the router's PIN on the printer and start. Start the timer below at that moment.
# Source: facts/wps.md §1.6 (push-button session overlap)
howto-button-one-at-a-time = Make sure no other device is in WPS mode: if two devices start push-button WPS within 2 minutes, the router refuses both.
# Source: facts/wps.md §1.5 (walk time: what takes long comes first)
howto-button-router-ready = Find how your router starts WPS: a WPS button on the router, or a push-button setting in its settings page. If it is in the settings page, open that page and sign in now: it can take a while.
# Source: facts/hp-printers.md §3.2 (button combinations vary by model)
howto-button-printer-find-lights-only = Find out how your printer starts WPS with its Wireless button: how long to hold it, and which other button to press with it, varies by model. Look it up in your printer's user guide now, before you start.
# Source: facts/hp-printers.md §3.2 (menus and button combinations vary by model)
howto-button-printer-find-any = Find out how your printer starts push-button WPS: on a screen, under Wi-Fi Protected Setup (WPS); without a screen, with its Wireless button, held in a way that varies by model. Look it up in your printer's user guide now, before you start.
# Source: facts/wps.md §1.5 (walk time: both sides within 2 minutes)
howto-button-router = Within 2 minutes, press the WPS button on the router, or start WPS in its settings page.
# Source: facts/hp-printers.md §3.2 (general: menus vary by model); facts/wps.md §1.5 (the walk time starts at the press)
howto-button-printer-touchscreen = On the printer's touchscreen, open the Wireless or Network settings, then Wi-Fi Protected Setup (WPS), and choose Push Button. Menu names vary by model. Start the timer below at that moment.
# Source: facts/hp-printers.md §3.2 (general: menus vary by model); facts/wps.md §1.5 (the walk time starts at the press)
howto-button-printer-text-display = With the buttons beside the printer's display, open the Network or Wireless menu (on some models it is inside Setup), then Wi-Fi Protected Setup (WPS), and choose Push Button. Menu names vary by model. Start the timer below at that moment.
# Source: facts/hp-printers.md §3.2 (the Wireless button on button-only panels); facts/wps.md §1.5 (the walk time starts at the press)
howto-button-printer-lights-only = Now start WPS on the printer with its Wireless button, the way you looked up. Start the timer below at that moment.
# Source: facts/wps.md §1.5 (the walk time starts at the press)
howto-button-printer-any = Start push-button WPS on the printer now, the way you looked up. Start the timer below at that moment.
# Source: facts/wps.md §1.4 (the router's PIN makes the printer an external registrar); §1.7 (lockout applies to the router's PIN)
howto-why-router-last = Use this way only when the other two do not work: the router's PIN lets the printer change the router's settings, and it is the PIN a router locks after wrong tries.
pin-step-text = Step { $step } of { $total }: { $text }
join-watching = Looking for your printer on the network. It shows here as soon as it appears; keep this page open.
join-found-model = Your { $model } is on the network: it is at { $address }.
join-found-other = A new HP printer appeared on the network: { $name }, at { $address }.
join-this-is-mine = This is my printer
# Source: facts/wifi-beacons.md §4
join-sign-setup-gone = Sign: the printer's own setup network is no longer in the air.
# Source: facts/wifi-beacons.md §1
join-sign-router-idle = Sign: your router is no longer waiting for WPS (a device connected, or its time ran out).
# Source: facts/wps.md §1.5
join-nothing = Nothing new appeared on the network in the 2 minutes.
