## The router's side, read from the air: its WPS state and the Wi-Fi around this computer

## The "Your router" panel on the PIN page
air-panel-title = What your router says right now
air-reading = Reading the Wi-Fi around this computer…
air-your-network = Your network: { $name }
air-quoted = “{ $name }”
# Source: facts/wifi-beacons.md §1 (hidden SSID), §5
air-hidden-name = (name hidden)
air-this-network = { $network } (this computer's network)
air-line-with-age = { $line }. { $age }
air-not-on-wifi = This computer is not connected to Wi-Fi, so the app cannot tell which network is yours.
air-active-nearby = Waiting for WPS right now: { $names }
air-nothing-seen = No Wi-Fi networks were seen. Check that this computer's Wi-Fi is switched on.
air-age = { $seconds ->
    [one] Read { $seconds } second ago.
   *[other] Read { $seconds } seconds ago.
}

## Verdicts: what a network's WPS is doing
# Source: facts/wifi-beacons.md §5 (1: no WPS element on any access point of the network)
air-verdict-no-wps = This network offers no WPS. Use the Wi-Fi password on the printer instead.
# Source: facts/wifi-beacons.md §1 (Wi-Fi Protected Setup State 1: not configured)
air-verdict-unconfigured = The router says its WPS is not configured. Finish setting up the router's Wi-Fi name and password, then try WPS.
# Source: facts/wifi-beacons.md §1 (AP Setup Locked; hostapd: previously authorized registrars may still add devices)
air-verdict-locked = The router reports WPS as locked. If entering the PIN fails, restart the router.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with a Device Password ID other than push button)
air-verdict-pin-active = Your router is waiting for a PIN now.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with Device Password ID 0x0004; walk time 120 s)
air-verdict-push-button-active = Your router's push button is active now. Press the WPS button on the printer within two minutes.
# Source: facts/wifi-beacons.md §1 (a WPS element without an active registrar)
air-verdict-ready = WPS is on and idle: the router is ready when you start WPS.
air-short-no-wps = no WPS
air-short-unconfigured = WPS not configured
# Source: facts/wifi-beacons.md §1 (AP Setup Locked)
air-short-locked = WPS locked
air-short-pin-active = waiting for a PIN
air-short-push-button-active = push button active
air-short-ready = WPS on, idle

## Warnings: what explains most failed WPS attempts
# Source: facts/wifi-beacons.md §5 (5: a 2.4 GHz-only printer and a network with no 2.4 GHz access point)
air-warning-no-2-4-ghz = No access point of this network uses 2.4 GHz. A printer that works only on 2.4 GHz cannot join it: turn on the router's 2.4 GHz band for the setup.
# Source: facts/wifi-beacons.md §2 (SAE without PSK is WPA3 only) and §1 (vendor routers in WPA3-only mode: not established)
air-warning-wpa3-only = This network uses WPA3 only. A printer that knows only WPA2 cannot join it, and whether WPS works in this mode depends on the router. If the printer does not join, set the router to WPA2/WPA3 for the setup.
# Source: facts/wifi-beacons.md §1 (hostapd turns WPS off for a hidden network) and §5 (6)
air-warning-hidden = This network hides its name. Some routers turn WPS off while the name is hidden: show the name for the setup.
# Source: facts/wifi-beacons.md §1 (push-button overlap: two access points with different UUID-E, WPS refuses)
air-warning-push-button-overlap = Two routers are in push-button mode at the same time, so WPS will refuse. Wait two minutes, then press the button on one router only.
# Source: facts/wps.md §0 (7: the PIN method is weak; turn WPS off after setup)
air-warning-wps-still-on = Your printer has joined this network and the router still offers WPS. WPS is a known weak point: turn it off in the router's settings.

## When nothing could be read
air-unavailable-no-wifi = This computer has no Wi-Fi adapter, so the app cannot read the routers around it.
air-unavailable-not-allowed = The system did not let the app read the Wi-Fi around this computer. The app may be running in a sandbox.
air-unavailable-not-on-this-system = Reading the Wi-Fi around this computer is not available on this system yet.
air-unavailable-failed = The app could not read the Wi-Fi around this computer.
air-unavailable-file = The saved reading could not be used. { $reason }
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-no-networkmanager = NetworkManager is not running, so the app could not ask for a fresh scan. What it read may be up to 30 seconds old.
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-not-permitted = The system did not let the app ask for a fresh scan. What it read may be up to 30 seconds old.
air-scan-refused = The Wi-Fi did not scan just now. The app shows what it heard last.

## Access points, in lines
# Source: facts/wifi-beacons.md §2 (RSN element)
air-security-none = no WPA2 or WPA3
air-security-pmf = { $akms }, protected management frames required
air-damaged = some elements damaged

## HP printers seen in the air (the scan page)
air-printers-title = HP printers nearby, on their own Wi-Fi
# Source: facts/wifi-beacons.md §4 (networks HP printers run themselves: setup and Wi-Fi Direct)
air-printers-intro = These Wi-Fi networks are run by HP printers themselves. The model in the name helps you tell which printer is yours before it is on your network.
# Source: facts/wifi-beacons.md §4 (an HP printer in setup mode offers its own network)
air-printer-setup = { $model } is in setup mode: it offers its own network “{ $ssid }” and waits to be put on your Wi-Fi.
air-printer-setup-unnamed = An HP printer is in setup mode: it offers its own network “{ $ssid }” and waits to be put on your Wi-Fi.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct = { $model } offers its own Wi-Fi Direct network “{ $ssid }”, for printing without a router. It is not your router's network.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names)
air-printer-direct-unnamed = An HP printer offers its own Wi-Fi Direct network “{ $ssid }”, for printing without a router. It is not your router's network.

## Checks read from the air (troubleshooting page and support summary)
check-air-wps = Your Wi-Fi network offers WPS
check-air-configured = WPS is set up on your router
# Source: facts/wifi-beacons.md §1 (AP Setup Locked), §5
check-air-unlocked = WPS is not locked
# Source: facts/wifi-beacons.md §1 (RF Bands), §5
check-air-band = Your network has a 2.4 GHz access point
# Source: facts/wifi-beacons.md §2, §5
check-air-wpa2 = Your network lets WPA2 devices join
check-air-visible = Your network shows its name
check-air-one-button = Only one router is in push-button mode

## Support summary and command line
report-section-air = Wi-Fi around this computer
air-report-read = Read
cli-air-saved = The reading is saved: { $path }
