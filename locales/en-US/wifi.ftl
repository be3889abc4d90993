## Setting the printer's Wi-Fi through its own web services (LEDM, CDM)
# Source: facts/printer-wifi-setup.md §1 (LEDM, HP's XML web services)
wifi-protocol-ledm = LEDM (the printer's XML web services)
# Source: facts/printer-wifi-setup.md §2 (CDM, HP's JSON web services)
wifi-protocol-cdm = CDM (the printer's JSON web services)
wifi-read-over = Read through { $protocol }, over { $how }.
wifi-secure = a secure connection (HTTPS)
wifi-not-secure = an unencrypted connection (HTTP)
wifi-status-heading = Wi-Fi of the printer at { $address }
wifi-status-unread = The app could not read the Wi-Fi settings of the printer at { $address }.
wifi-status-connected = Connected to “{ $ssid }”.
wifi-status-connected-no-name = Connected to Wi-Fi.
wifi-status-not-connected = Not connected to Wi-Fi.
wifi-status-not-said = The printer does not say whether it is connected to Wi-Fi.
wifi-status-no-adapter = The printer reports no Wi-Fi adapter.
wifi-status-radio-off = Its Wi-Fi is switched off.
wifi-status-address = Its address on Wi-Fi: { $address }
wifi-status-cable = Its network cable is connected.
wifi-networks-heading = Networks the printer at { $address } sees
wifi-networks-none = The printer sees no Wi-Fi networks. Move it closer to the router, or check that the router's Wi-Fi is on.
wifi-network-line = “{ $ssid }”: { $details }
wifi-channel = channel { $channel }
wifi-security-open = open, no password
# Source: facts/printer-wifi-setup.md §1 (the scan entry's wifi:EncryptionType; WEP is probably not handled properly)
wifi-security-wep = WEP (an old kind of security)
# Source: facts/printer-wifi-setup.md §1 (EncryptionType WPA_PSK), §2 (wpaVersion)
wifi-security-wpa-personal = WPA personal (one password)
# Source: facts/printer-wifi-setup.md §2 (authenticationMode, wpaVersion)
wifi-security-wpa2-personal = WPA2 personal (one password)
# Source: facts/wifi-beacons.md §2 (SAE is WPA3 personal); facts/printer-wifi-setup.md §2
wifi-security-wpa3-personal = WPA3 personal (one password)
# Source: facts/wifi-beacons.md §2 (transition mode: PSK and SAE); facts/printer-wifi-setup.md §2
wifi-security-wpa2-wpa3-personal = WPA2/WPA3 personal (one password)
wifi-security-enterprise = enterprise (a sign-in for each person)
wifi-security-unknown = security not reported
wifi-progress-reaching = Reaching the printer's web services…
wifi-progress-radio-on = Turning the printer's Wi-Fi on…
wifi-progress-scanning = The printer is looking for networks… ({ $seconds } s)
wifi-progress-sending = Sending the network name and password to the printer…
# Source: facts/printer-wifi-setup.md §5 (joining can take up to about two minutes)
wifi-progress-waiting = Waiting for the printer to join: { $seconds } of { $limit } seconds.
wifi-joined = The printer joined “{ $ssid }”. Its address there is { $address }.
# Source: facts/printer-wifi-setup.md §5 (the Ethernet cable can keep Wi-Fi off; the printer is on a new address)
wifi-joined-find-again = Its address may change later, and a network cable may have to be unplugged. If the app loses the printer, find it again.
wifi-not-joined = The printer did not take the settings for “{ $ssid }”.
wifi-sent-not-verified = The printer took the settings for “{ $ssid }”, but it did not say that it joined.
# Source: facts/printer-protocols.md §4 (401/403 means the printer needs sign-in); facts/printer-wifi-setup.md §3
wifi-problem-sign-in = { $source }: the printer asks for its administrator password. Its label or its web page says where to find it.
wifi-problem-sign-in-refused = { $source }: the printer did not accept the administrator password.
wifi-problem-wrong-passphrase = The printer could not join: the Wi-Fi password may be wrong.
# Source: facts/printer-wifi-setup.md §1 (VsaCodes.xml; VSA603: wrong WPA pass phrase)
wifi-problem-wrong-passphrase-code = The printer could not join: it reports that the Wi-Fi password is wrong (code VSA{ $code }).
# Source: facts/printer-wifi-setup.md §1 (the printer's own scan, and a directed scan for one name); facts/wifi-beacons.md §5 (hidden networks)
wifi-problem-network-not-found = The printer does not see a network named “{ $ssid }”. Check the name. A hidden network must be within the printer's reach.
wifi-problem-name-not-sendable = The name “{ $ssid }” cannot be sent to this printer.
wifi-problem-unencrypted = The printer's web page has no secure connection the app can use, so no password was sent. Anyone on this network could have read it.
wifi-problem-not-supported = The printer's web services offer no Wi-Fi settings the app can use. Use the printer's control panel, or WPS.
# Source: facts/printer-wifi-setup.md §5 (HPLIP waits up to about 2 minutes, then says it did not connect)
wifi-problem-not-joined-in-time = The printer did not say that it joined within { $seconds } seconds. The Wi-Fi password may be wrong, or the network may be out of the printer's reach.
wifi-problem-lost-contact = The printer stopped answering at this address. It may have joined the new network and moved: find it again there.
# Source: facts/printer-wifi-setup.md §5 (VSA000/VSA001 and HPLIP: remove the Ethernet cable)
wifi-problem-cable = The printer's network cable may keep its Wi-Fi off: unplug the cable and try again.
# Source: facts/printer-wifi-setup.md §1 (VsaCodes.xml)
wifi-problem-code = The printer reports diagnostic code VSA{ $code }.
wifi-unencrypted-question = The printer's web page has no secure connection. The Wi-Fi password would cross the network unencrypted; anyone on this network could read it. Continue?
wifi-passphrase-too-short = The Wi-Fi password must have at least 8 characters.
wifi-passphrase-too-long = The Wi-Fi password can have at most 63 characters (or exactly 64 hexadecimal digits).
wifi-passphrase-control = The Wi-Fi password cannot contain a line break, a tab or another control character.
# Source: facts/wifi-beacons.md §4 (HP setup networks and Wi-Fi Direct names)
wifi-setup-not-here = Joining the printer's network from the app is not available on this system yet. Join it by hand in the system's Wi-Fi menu: pick the network named like “HP-Setup…” or “DIRECT-…-HP…”, then come back.
wifi-setup-no-nm = NetworkManager does not answer on this computer, so the app cannot join the printer's network. Join it by hand in the system's Wi-Fi menu.
wifi-setup-no-device = This computer has no Wi-Fi device the app can use.
wifi-setup-not-permitted = This computer's settings do not allow the app to change its network. Join the printer's network by hand in the system's Wi-Fi menu.
wifi-setup-failed = Joining the printer's network “{ $ssid }” failed.
wifi-setup-timed-out = Joining the printer's network “{ $ssid }” took too long.
wifi-setup-returned = This computer is back on its previous network.
wifi-setup-nothing-to-return = This computer has left the printer's network.
wifi-setup-not-back = This computer has left the printer's network. Its previous network has not come back yet; it usually reconnects by itself.
cli-wifi-passphrase-prompt = Wi-Fi password for “{ $ssid }” (not shown as you type):
cli-wifi-passphrase-unread = The Wi-Fi password could not be read.
cli-wifi-admin-unread = The administrator password could not be read from that file.
cli-wifi-no-prompt = There is no terminal to type the Wi-Fi password in. Give it with --passphrase-file, or on standard input.
cli-wifi-ssid-bad = A Wi-Fi network name has 1 to 32 bytes. Give it with --ssid.
cli-wifi-allow-unencrypted = To send it anyway over the unencrypted connection, run the command again with --allow-unencrypted.
## The support summary: Wi-Fi set through the printer's web page (never the password)
report-section-printer-wifi = Wi-Fi set through the printer's web page
report-printer-wifi = Network and password sent to the printer
report-printer-wifi-setup-network = Reached on the printer's own setup network “{ $ssid }”.
report-printer-wifi-over = Through { $protocol }, over { $how }.
## The window: "Set up Wi-Fi through the printer"
page-printer-wifi = Set up Wi-Fi through the printer
wifi-window-offer = Set up Wi-Fi through the printer
wifi-window-offer-no-wps = WPS cannot work on this network. The printer can take the network's name and password through its own web page instead.
wifi-window-step = Step { $step } of { $total }: { $name }
wifi-window-step-reach = reach the printer
wifi-window-step-networks = choose the network
wifi-window-step-password = the network's password
wifi-window-step-result = the result
wifi-window-reach-intro = The app talks to the printer's own web page. It sends the printer your network's name and password, and nothing else. First, the app must reach the printer.
wifi-window-unreached = The app could not reach the printer's Wi-Fi settings.
wifi-window-use-chosen = Use my printer at { $address }
wifi-window-use-chosen-desc = The printer you chose. It must be connected to this network, by cable or on another Wi-Fi.
wifi-window-address-label = Or type the printer's address (for example 192.168.1.23)
wifi-window-address-only = The printer's address (for example 192.168.1.23)
wifi-window-use-address = Reach the printer at this address
# Source: facts/wifi-beacons.md §4 (HP printers in setup mode offer an open setup network)
wifi-window-setup-title = The printer's own network
wifi-window-setup-intro = The printer offers its own setup network “{ $ssid }”. This computer can join it for a moment, talk to the printer there, and then go back to its own network.
wifi-window-setup-join = Join “{ $ssid }” and reach the printer there
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct networks: DIRECT-xx-HP …)
wifi-window-direct-by-hand = “{ $ssid }” is the printer's Wi-Fi Direct network. It has a password of its own, so the app does not join it. To use it, join it in the system's Wi-Fi menu, then type the printer's address above.
wifi-window-restart = Use another printer
wifi-window-networks-intro = { $count ->
    [one] The printer sees one network. Choose yours.
   *[other] The printer sees { $count } networks. Choose yours.
}
# Source: facts/wifi-beacons.md §5 (hidden networks); facts/printer-wifi-setup.md §1 (a directed scan for one name)
wifi-window-hidden-label = Your network is not listed because it hides its name? Type its name
wifi-window-hidden-bad = Type the network's name as your router shows it.
wifi-window-hidden-use = Use this network name
wifi-window-look-again = Look for networks again
wifi-window-unencrypted-yes = Continue without encryption
wifi-window-unencrypted-no = No, send nothing
# Source: facts/printer-wifi-setup.md §3 (LEDM writes may need the EWS password; CDM asks for sign-in)
wifi-window-sign-in = The printer asks for its administrator password. Its label or its web page says where to find it.
# Source: facts/printer-wifi-setup.md §3 (the printer answers a wrong sign-in with a refusal)
wifi-window-sign-in-refused = The printer did not accept that administrator password. Check it and type it again.
wifi-window-admin-label = The printer's administrator password
wifi-window-show-password = Show the password
wifi-window-sign-in-button = Sign in
wifi-window-password-intro = Type the password of “{ $ssid }”. It goes to the printer and nowhere else. The app does not keep it.
wifi-window-password-hidden = Type the password of “{ $ssid }”. If that network has no password, leave the field empty.
wifi-window-password-label = Wi-Fi password of “{ $ssid }”
wifi-window-will-be-unencrypted = As you agreed, this password will cross the network unencrypted.
wifi-window-open-network = “{ $ssid }” is an open network: it has no password. Anyone nearby can use it.
wifi-window-send = Send to the printer
wifi-window-other-network = Choose another network
wifi-window-joining-setup = This computer is joining the printer's network “{ $ssid }”…
# Source: facts/printer-wifi-setup.md §5 (joining can take up to about 2 minutes)
wifi-window-sending-note = This can take up to two minutes. Keep the printer switched on.
wifi-window-find-again = Find the printer again
wifi-window-try-again = Type the password again
wifi-window-check-again = Ask the printer again
wifi-window-finish = Done
