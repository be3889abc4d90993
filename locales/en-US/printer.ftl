## My printer: watched live
page-printer = Your printer
printer-title = Your printer
printer-intro = Type your printer's address to see what it says about itself. While you work through WPS, the app keeps checking it.
printer-address-label = The printer's address (for example 192.168.1.23) or its web page address
printer-address-hint = 192.168.1.23
printer-address-bad = This is not an address the app can use. Type numbers like 192.168.1.23, a name like HP123456.local, or a web address.
address-other-host = The IPP address names another device than the printer. Give both addresses for the same printer.
printer-check = Check this printer
printer-stop = Stop checking
printer-status-title = Your printer
printer-status-checking = Checking the printer at { $address }…
printer-status-no-answer = The printer at { $address } does not answer. It may be off, asleep, or on another network. The app keeps trying.
# Source: facts/printer-protocols.md §3 (the printer reports a Wi-Fi adapter, io:Adapter with dd:IsConnected false)
printer-status-not-wifi = The printer answers, but it is not on Wi-Fi yet.
# Source: facts/printer-protocols.md §2 (IPP never reports Wi-Fi state), §4 (CDM adapters often need sign-in)
printer-status-wifi-unknown = The printer answers, but it does not say whether it is on Wi-Fi.
printer-status-cable-wifi-unknown = The printer answers through its network cable. It does not say whether it is also on Wi-Fi.
# Source: facts/printer-protocols.md §3 (an Ethernet adapter connected, the Wi-Fi adapter not)
printer-status-cable = The printer answers through its network cable. It is not on Wi-Fi yet.
printer-on-wifi = Connected to Wi-Fi “{ $ssid }”
printer-signal-weak = signal weak
printer-signal-fair = signal fair
printer-signal-good = signal good
printer-joined-title = It worked
printer-joined = Your printer is now on Wi-Fi “{ $ssid }”.
printer-joined-ok = OK
printer-identity = What the printer says
printer-model = Model
printer-firmware = Firmware
printer-firmware-date = Firmware date
printer-serial = Serial number
printer-uuid = Device ID
printer-connections = Connections
printer-open-web = Open the printer's web page
printer-copy = Copy these facts
pin-check-printer = Check my printer's connection
find-know-address = I know my printer's address
printer-strip = Your printer: { $address }
