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
# Source: facts/wifi-beacons.md §1 (Selected Registrar: a registrar is active now)
air-active-nearby = Waiting for WPS right now: { $names }
air-nothing-seen = No Wi-Fi networks were seen. Check that this computer's Wi-Fi is switched on.
air-age = { $seconds ->
    [one] Read { $seconds } second ago.
   *[other] Read { $seconds } seconds ago.
}

## Verdicts: what a network's WPS is doing
# Source: facts/wps.md §1.9 (a WPS element means WPS is on); facts/wifi-beacons.md §5 (1: no WPS element on any access point of the network; mesh systems without WPS)
air-verdict-no-wps = No access point of this network offers WPS right now. WPS may be switched off: turn it on in the router's settings page, then check again. Some routers have no WPS at all, such as some mesh systems: then connect the printer another way.
# Source: facts/wifi-beacons.md §1 (Wi-Fi Protected Setup State 1: not configured); facts/wps.md §1.9
air-verdict-unconfigured = The router reports its WPS as on but “not configured”. Check the WPS settings in the router's settings page before you start WPS.
# Source: facts/wifi-beacons.md §1 (AP Setup Locked; hostapd: previously authorized registrars may still add devices)
air-verdict-locked = The router reports WPS as locked. If entering the PIN fails, restart the router.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with a Device Password ID other than push button)
air-verdict-pin-active = Your router is waiting for a PIN now.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with Device Password ID 0x0004); facts/wps.md §1.5 (push-button mode stops after the walk time, 2 minutes)
air-verdict-push-button-active = Your router's push-button WPS was active when this was read. It stays active for at most 2 minutes after the button is pressed: start push-button WPS on the printer now, if it is not started yet.
# Source: facts/wifi-beacons.md §1 (a WPS element that says configured, without an active registrar)
air-verdict-ready = WPS is on and idle: the router is not waiting for a PIN or a push button right now.
# Source: facts/wifi-beacons.md §1 (a WPS element without an active registrar; Wi-Fi Protected Setup State missing or not 1 or 2)
air-verdict-unknown-state = WPS is on and idle, but the router does not say whether its WPS is configured. It is not waiting for a PIN or a push button right now.
air-short-no-wps = no WPS
# Source: facts/wifi-beacons.md §1 (Wi-Fi Protected Setup State 1: not configured)
air-short-unconfigured = WPS not configured
# Source: facts/wifi-beacons.md §1 (AP Setup Locked)
air-short-locked = WPS locked
air-short-pin-active = waiting for a PIN
air-short-push-button-active = push button active
air-short-ready = WPS on, idle
air-short-unknown-state = WPS on, state not given

## Warnings: what explains most failed WPS attempts
# Source: facts/wifi-beacons.md §5 (5: a 2.4 GHz-only printer and a network with no 2.4 GHz access point); §3 (said only after a scan)
air-warning-no-2-4-ghz = This computer sees no 2.4 GHz access point of this network. A printer that works only on 2.4 GHz cannot join it: turn on the router's 2.4 GHz band and leave it on, because the printer needs it for as long as it stays on Wi-Fi.
# Source: facts/wifi-beacons.md §3 (the cache drops access points unseen for 30 s: someone must scan); §5 (5)
air-band-not-checked = No fresh scan came before this reading, so the app cannot tell whether your network has a 2.4 GHz access point: what it read may hold only the access point this computer uses.
# Source: facts/wifi-beacons.md §2 (SAE without PSK is WPA3 only), §1 (vendor routers in WPA3-only mode: not established)
air-warning-wpa3-only = This network uses WPA3 only. A printer that knows only WPA2 cannot join it, and whether WPS works in this mode depends on the router. If the printer does not join, set the router to WPA2/WPA3 mixed mode and leave it so: the printer needs it for as long as it stays on Wi-Fi.
# Source: facts/wifi-beacons.md §2 (PSK and SAE together is transition mode; RSN capabilities bit 6: management frame protection required), §5 (6: transition with PMF required)
air-warning-transition-pmf = This network offers WPA2 and WPA3 together, but it requires protected management frames (PMF). A printer without PMF cannot join it. If the printer does not join, set PMF to optional in the router's settings page (names vary by router).
# Source: facts/wps.md §1.10 (WPA/TKIP without WPA2/CCMP forces WPS off); facts/wifi-beacons.md §2 (cipher 2 = TKIP), §5 (6: TKIP-only)
air-warning-tkip-only = This network uses WPA with TKIP only. Routers that follow WPS 2.0 turn WPS off with that security. Set the router's security to WPA2 or WPA2/WPA3 in its settings page.
# Source: facts/wps.md §1.10 (WEP forces WPS off); facts/wifi-beacons.md §2 (the RSN element; the old WPA element), §5 (6: open)
air-warning-open-or-wep = This network uses neither WPA2 nor WPA3: it has no password, or it uses the old WEP security. Routers that follow WPS 2.0 turn WPS off with WEP. Set the router's security to WPA2 or WPA2/WPA3 in its settings page.
# Source: facts/wifi-beacons.md §1 (hostapd disables WPS with a hidden SSID), §5 (6)
air-warning-hidden = This network hides its name. Some routers turn WPS off while the name is hidden: show the name for the setup.
# Source: facts/wifi-beacons.md §1 (push-button overlap: two access points with different UUID-E, WPS refuses); facts/wps.md §1.5 (walk time, 2 minutes), §1.6
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
# Source: facts/wifi-beacons.md §2 (RSN capabilities bit 6: management frame protection required)
air-security-pmf = { $akms }, protected management frames required
air-damaged = some elements damaged

## HP printers seen in the air (the scan page)
air-printers-title = HP printers nearby, on their own Wi-Fi
# Source: facts/wifi-beacons.md §4 (networks HP printers run themselves: setup and Wi-Fi Direct)
air-printers-intro = These Wi-Fi networks are run by HP printers themselves. The model in the name helps you tell which printer is yours before it is on your network.
# Source: facts/wifi-beacons.md §4 (HP printers in setup mode offer their own setup network)
air-printer-setup = { $model } offers its own network “{ $ssid }”. HP printers do this in setup mode, to be put on Wi-Fi.
# Source: facts/wifi-beacons.md §4 (HP printers in setup mode offer their own setup network)
air-printer-setup-unnamed = An HP printer offers its own network “{ $ssid }”. HP printers do this in setup mode, to be put on Wi-Fi.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct = { $model } offers its own Wi-Fi Direct network “{ $ssid }”, for printing without a router. It is not your router's network.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct-unnamed = An HP printer offers its own Wi-Fi Direct network “{ $ssid }”, for printing without a router. It is not your router's network.

## Checks read from the air (troubleshooting page and support summary)
# Source: facts/wifi-beacons.md §1 (the WPS element), §5 (1)
check-air-wps = Your Wi-Fi network offers WPS
# Source: facts/wifi-beacons.md §1 (Wi-Fi Protected Setup State 2: configured)
check-air-configured = The router reports its WPS as configured
# Source: facts/wifi-beacons.md §1 (AP Setup Locked), §5
check-air-unlocked = WPS is not locked
# Source: facts/wifi-beacons.md §3 (each access point's frequency), §5 (5)
check-air-band = Your network has a 2.4 GHz access point
# Source: facts/wifi-beacons.md §2 (PSK, SAE, management frame protection), §5 (6)
check-air-wpa2 = Your network lets WPA2 devices join
# Source: facts/wps.md §1.10 (WEP or WPA/TKIP only force WPS off); facts/wifi-beacons.md §5 (6)
check-air-security = Your network's security lets WPS work
# Source: facts/wps.md §1.10 (WEP or WPA/TKIP only force WPS off); facts/wifi-beacons.md §2, §5 (6)
check-air-security-failed = Your network uses WPA with TKIP only, or neither WPA2 nor WPA3. Routers that follow WPS 2.0 turn WPS off with the old WEP security and with WPA/TKIP only. Set the router's security to WPA2 or WPA2/WPA3 in its settings page.
# Source: facts/wifi-beacons.md §1 (hidden SSID), §5 (6)
check-air-visible = Your network shows its name
# Source: facts/wifi-beacons.md §1 (push-button overlap), §5 (7)
check-air-one-button = Only one router is in push-button mode

## Support summary and command line
report-section-air = Wi-Fi around this computer
air-report-read = Read
cli-air-saved = The reading is saved: { $path }
