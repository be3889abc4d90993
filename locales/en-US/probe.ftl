## probe: what one printer says about itself
probe-heading = Printer at { $address }
probe-no-answer = Nothing answered at { $address }. Check that the printer is on and that this computer is on the same network.
probe-kind-ethernet = Network cable
probe-kind-wifi = Wi-Fi
# Source: facts/printer-protocols.md §3 (Wifi1: Wi-Fi Direct or the printer's own access point)
probe-kind-wifi-direct = Printer's own Wi-Fi (Wi-Fi Direct)
probe-connected-to = connected to “{ $ssid }”
probe-connected = connected
probe-not-connected = not connected
probe-state-unknown = state not reported
probe-mac = hardware address { $mac }
probe-problems = What did not work:

## Problems met while reading a printer ({ $source } is what was read: IPP or a web page)
problem-no-answer = { $source }: the printer did not answer.
problem-no-answer-refused = { $source }: nothing answered on that port. The printer may be off or asleep, or the address may be another device's.
problem-no-answer-no-route = { $source }: this computer has no way to reach that address. It may be on another network.
problem-no-answer-unknown-name = { $source }: that name could not be found on this network. Try the printer's number address, such as 192.168.1.23.
problem-no-answer-closed = { $source }: the printer closed the connection before it answered.
problem-too-deep = { $source }: the printer's answer was built in a way the app does not read (nested far too deeply), so the app set it aside.
problem-timeout = { $source }: the printer took too long to answer.
problem-too-large = { $source }: the printer's answer was too large, so the app did not read it.
problem-redirected = { $source }: the printer sent the app to { $to }; the app did not go there.
problem-sign-in = { $source }: this page needs the printer's sign-in.
problem-not-found = { $source }: this page is not on this model.
problem-status = { $source }: the printer answered with an error (HTTP { $code }).
# Source: facts/printer-protocols.md §5 (certificates change after a reset or a firmware update)
problem-certificate-changed = { $source }: the printer's security certificate has changed since the app last talked to it (was …{ $was }, now …{ $now }). This happens after a reset or a firmware update, but could also mean another device is pretending to be the printer, so the app stopped.
problem-secure-connection = { $source }: a secure connection to the printer failed.
problem-not-asked = { $source }: the app does not ask this address.
problem-ipp-refused = { $source }: the printer refused the request (IPP status { $code }).
problem-unreadable = { $source }: the printer's answer could not be read.
problem-two-identities = The printer reports two different identities ({ $first-source } says { $first }, { $second-source } says { $second }).
probe-unknown-name = The name “{ $address }” could not be found on this network, so nothing was asked. Try the printer's number address, such as 192.168.1.23.
probe-not-asked = The app does not ask { $address }: it is not an address a printer on this network would have.
cli-lookup-empty = Type a model name or number to look up, for example: wps-pin-helper lookup 9015e
