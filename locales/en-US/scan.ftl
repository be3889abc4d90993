## Find my printer: the live scan
scan-title = Find my printer
scan-looking = { $count ->
    [0] Looking for printers… none found yet
    [one] Looking for printers… 1 found
   *[other] Looking for printers… { $count } found
}
scan-failed = The search for printers could not start on this computer. Its network may be off, or a firewall may block the search. You can still type the printer's address below.
scan-nothing-title = Nothing found yet. Usual causes:
# Source: facts/printer-protocols.md §1 (common reasons a printer is not found)
scan-nothing-guest = This computer is on a guest network, or on a different network from the printer.
# Source: facts/printer-protocols.md §1 (common reasons a printer is not found)
scan-nothing-isolation = The router keeps wireless devices apart (often called "AP isolation" or "client isolation").
# Source: facts/printer-protocols.md §1 (the printer is asleep: a common reason a printer is not found)
scan-nothing-off = The printer is off or asleep. Press a button on it to wake it up.
# Source: facts/printer-protocols.md §5 (a computer on a printer's own network cannot see the home network)
scan-nothing-setup = The printer is in setup mode, on its own Wi-Fi network. Then it is not on yours yet: that is what WPS will change.
scan-card-model = Model: { $model }
scan-card-address = Address: { $address }
scan-card-network-ipp = Connected to this network, ready for printing.
scan-card-network = Connected to this network.
# Where the scan heard of it: the system's mDNS daemon's cache, the app's own search, or both.
scan-card-source = { $source ->
    [system] Already known to this computer.
    [mdns] Heard on the network just now.
   *[both] Already known to this computer, and heard on the network just now.
}
scan-this-one = This is my printer
scan-not-listed = My printer isn't listed
scan-address-label = Type the printer's address (for example 192.168.1.23) or its name
scan-check-address = Check this address
scan-checking = Checking…
scan-answers = Something answers at { $address }: { $ports }.
scan-no-answer = Nothing answers at { $address } on the ports printers use. Check the address, and that the printer is on.
scan-not-an-address = “{ $input }” is not an address or a printer name.
scan-unknown-name = The name “{ $input }” could not be found on this network.
scan-use-this = Use this printer
scan-port-ipp = IPP printing
scan-port-web = web page
scan-port-web-secure = secure web page
scan-port-raw = raw printing
scan-port-number = port { $port }
cli-scan-found = Found: { $name } — { $model } — { $address }
cli-scan-none = No printer answered. Check that the printer is on and on the same network as this computer.
cli-scan-timeout = --timeout must be between 0.1 and 3600 seconds.
cli-scan-failed = The search for printers could not start on this computer. Its network may be off, or a firewall may block the search.
