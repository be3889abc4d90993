## probe: what one printer says about itself
probe-heading = Printer at { $address }
probe-no-answer = Nothing answered at { $address }. Check that the printer is on and that this computer is on the same network.
probe-model = Model: { $value } (from { $source })
probe-serial = Serial number: { $value } (from { $source })
probe-firmware = Firmware: { $value } (from { $source })
probe-firmware-date = Firmware date: { $value } (from { $source })
probe-uuid = Device ID: { $value } (from { $source })
probe-kind-ethernet = Network cable
probe-kind-wifi = Wi-Fi
probe-kind-wifi-direct = Printer's own Wi-Fi (Wi-Fi Direct)
probe-connected-to = connected to “{ $ssid }”
probe-connected = connected
probe-not-connected = not connected
probe-state-unknown = state not reported
probe-signal = signal { $bars } of 5
probe-mac = hardware address { $mac }
probe-problems = What did not work:
