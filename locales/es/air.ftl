## The router's side, read from the air: its WPS state and the Wi-Fi around this computer

## The "Your router" panel on the PIN page
air-panel-title = Lo que dice su router ahora mismo
air-reading = Leyendo el Wi-Fi alrededor de esta computadora…
air-your-network = Su red: { $name }
air-quoted = “{ $name }”
# Source: facts/wifi-beacons.md §1 (hidden SSID), §5
air-hidden-name = (nombre oculto)
air-this-network = { $network } (la red de esta computadora)
air-line-with-age = { $line }. { $age }
air-not-on-wifi = Esta computadora no está conectada a una red Wi-Fi, así que la aplicación no puede saber cuál es su red.
air-active-nearby = Esperando WPS ahora mismo: { $names }
air-nothing-seen = No se vio ninguna red Wi-Fi. Compruebe que el Wi-Fi de esta computadora esté encendido.
air-age = { $seconds ->
    [one] Leído hace { $seconds } segundo.
   *[other] Leído hace { $seconds } segundos.
}

## Verdicts: what a network's WPS is doing
# Source: facts/wps.md §1.9 (a WPS element means WPS is on); facts/wifi-beacons.md §5 (1: no WPS element on any access point of the network; mesh systems without WPS)
air-verdict-no-wps = Ningún punto de acceso de esta red ofrece WPS en este momento. Puede que WPS esté desactivado: actívelo en la página de configuración del router y vuelva a comprobar. Algunos routers no tienen WPS, como algunos sistemas mesh: entonces conecte la impresora de otra forma.
# Source: facts/wifi-beacons.md §1 (Wi-Fi Protected Setup State 1: not configured); facts/wps.md §1.9
air-verdict-unconfigured = El router indica que su WPS está activado pero “no configurado”. Revise la configuración de WPS en la página de configuración del router antes de iniciar WPS.
# Source: facts/wifi-beacons.md §1 (AP Setup Locked; hostapd: previously authorized registrars may still add devices)
air-verdict-locked = El router informa que WPS está bloqueado. Si falla al introducir el PIN, reinicie el router.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with a Device Password ID other than push button)
air-verdict-pin-active = Su router está esperando un PIN ahora.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with Device Password ID 0x0004); facts/wps.md §1.5 (push-button mode stops after the walk time, 2 minutes)
air-verdict-push-button-active = El WPS por botón de su router estaba activo cuando se hizo esta lectura. Sigue activo como máximo 2 minutos después de presionar el botón: inicie ahora WPS por botón en la impresora, si aún no lo inició.
# Source: facts/wifi-beacons.md §1 (a WPS element that says configured, without an active registrar)
air-verdict-ready = WPS está activado. En este momento el router no está esperando un PIN ni un botón.
air-verdict-unknown-state = WPS está activado, pero el router no indica si su WPS está configurado. En este momento no está esperando un PIN ni un botón.
air-short-no-wps = sin WPS
air-short-unconfigured = WPS sin configurar
# Source: facts/wifi-beacons.md §1 (AP Setup Locked)
air-short-locked = WPS bloqueado
air-short-pin-active = esperando un PIN
air-short-push-button-active = botón activo
air-short-ready = WPS activado, en espera
air-short-unknown-state = WPS activado, estado no indicado

## Warnings: what explains most failed WPS attempts
# Source: facts/wifi-beacons.md §5 (5: a 2.4 GHz-only printer and a network with no 2.4 GHz access point); §3 (said only after a scan)
air-warning-no-2-4-ghz = Esta computadora no ve ningún punto de acceso de 2,4 GHz de esta red. Una impresora que solo funciona en 2,4 GHz no puede conectarse a ella: active la banda de 2,4 GHz del router y déjela activada, porque la impresora la necesita mientras siga en el Wi-Fi.
air-band-not-checked = Antes de esta lectura no hubo una búsqueda reciente, así que la aplicación no puede saber si su red tiene un punto de acceso de 2,4 GHz: lo que leyó puede contener solo el punto de acceso que usa esta computadora.
# Source: facts/wifi-beacons.md §2 (SAE without PSK is WPA3 only), §1 (vendor routers in WPA3-only mode: not established)
air-warning-wpa3-only = Esta red usa solo WPA3. Una impresora que solo conoce WPA2 no puede conectarse a ella, y que WPS funcione en este modo depende del router. Si la impresora no se conecta, ponga el router en modo mixto WPA2/WPA3 y déjelo así: la impresora lo necesita mientras siga en el Wi-Fi.
air-warning-transition-pmf = Esta red ofrece WPA2 y WPA3 a la vez, pero exige tramas de administración protegidas (PMF). Una impresora sin PMF no puede conectarse a ella. Si la impresora no se conecta, ponga PMF como opcional en la página de configuración del router (los nombres varían según el router).
air-warning-tkip-only = Esta red usa WPA solo con TKIP. Los routers que siguen WPS 2.0 desactivan WPS con esa seguridad. Configure la seguridad del router en WPA2 o WPA2/WPA3 en su página de configuración.
air-warning-open-or-wep = Esta red no usa ni WPA2 ni WPA3: no tiene contraseña, o usa la antigua seguridad WEP. Los routers que siguen WPS 2.0 desactivan WPS con WEP. Configure la seguridad del router en WPA2 o WPA2/WPA3 en su página de configuración.
# Source: facts/wifi-beacons.md §1 (hostapd disables WPS with a hidden SSID), §5 (6)
air-warning-hidden = Esta red oculta su nombre. Algunos routers desactivan WPS mientras el nombre está oculto: muestre el nombre durante la configuración.
# Source: facts/wifi-beacons.md §1 (push-button overlap: two access points with different UUID-E, WPS refuses); facts/wps.md §1.5 (walk time, 2 minutes), §1.6
air-warning-push-button-overlap = Dos routers están en modo de botón al mismo tiempo, así que WPS se negará. Espere dos minutos y luego presione el botón de un solo router.
# Source: facts/wps.md §0 (7: the PIN method is weak; turn WPS off after setup)
air-warning-wps-still-on = Su impresora ya se conectó a esta red y el router todavía ofrece WPS. WPS es un punto débil conocido: desactívelo en la configuración del router.

## When nothing could be read
air-unavailable-no-wifi = Esta computadora no tiene adaptador Wi-Fi, así que la aplicación no puede leer los routers que la rodean.
air-unavailable-not-allowed = El sistema no permitió que la aplicación leyera el Wi-Fi alrededor de esta computadora. Es posible que la aplicación se esté ejecutando en un entorno aislado.
air-unavailable-not-on-this-system = Leer el Wi-Fi alrededor de esta computadora todavía no está disponible en este sistema.
air-unavailable-failed = La aplicación no pudo leer el Wi-Fi alrededor de esta computadora.
air-unavailable-file = No se pudo usar la lectura guardada. { $reason }
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-no-networkmanager = NetworkManager no se está ejecutando, así que la aplicación no pudo pedir un escaneo nuevo. Lo que leyó puede tener hasta 30 segundos.
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-not-permitted = El sistema no permitió que la aplicación pidiera un escaneo nuevo. Lo que leyó puede tener hasta 30 segundos.
air-scan-refused = El Wi-Fi no escaneó en este momento. La aplicación muestra lo último que captó.

## Access points, in lines
# Source: facts/wifi-beacons.md §2 (RSN element)
air-security-none = sin WPA2 ni WPA3
air-security-pmf = { $akms }, con tramas de gestión protegidas obligatorias
air-damaged = algunos elementos dañados

## HP printers seen in the air (the scan page)
air-printers-title = Impresoras HP cercanas, con su propio Wi-Fi
# Source: facts/wifi-beacons.md §4 (networks HP printers run themselves: setup and Wi-Fi Direct)
air-printers-intro = Estas redes Wi-Fi las crean las propias impresoras HP. El modelo que aparece en el nombre le ayuda a saber cuál es su impresora antes de que esté en su red.
# Source: facts/wifi-beacons.md §4 (HP printers in setup mode offer their own setup network)
air-printer-setup = { $model } ofrece su propia red “{ $ssid }”. Las impresoras HP lo hacen en modo de configuración, para que las conecten al Wi-Fi.
air-printer-setup-unnamed = Una impresora HP ofrece su propia red “{ $ssid }”. Las impresoras HP lo hacen en modo de configuración, para que las conecten al Wi-Fi.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct = La impresora { $model } ofrece su propia red Wi-Fi Direct “{ $ssid }”, para imprimir sin router. No es la red de su router.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct-unnamed = Una impresora HP ofrece su propia red Wi-Fi Direct “{ $ssid }”, para imprimir sin router. No es la red de su router.

## Checks read from the air (troubleshooting page and support summary)
check-air-wps = Su red Wi-Fi ofrece WPS
check-air-configured = El router indica que su WPS está configurado
# Source: facts/wifi-beacons.md §1 (AP Setup Locked), §5
check-air-unlocked = WPS no está bloqueado
# Source: facts/wifi-beacons.md §3 (each access point's frequency), §5 (5)
check-air-band = Su red tiene un punto de acceso de 2,4 GHz
# Source: facts/wifi-beacons.md §2 (PSK, SAE, management frame protection), §5 (6)
check-air-wpa2 = Su red admite dispositivos WPA2
check-air-security = La seguridad de su red permite WPS
check-air-security-failed = Su red usa WPA solo con TKIP, o no usa ni WPA2 ni WPA3. Los routers que siguen WPS 2.0 desactivan WPS con la antigua seguridad WEP y con WPA solo con TKIP. Configure la seguridad del router en WPA2 o WPA2/WPA3 en su página de configuración.
check-air-visible = Su red muestra su nombre
check-air-one-button = Solo un router está en modo de botón

## Support summary and command line
report-section-air = Wi-Fi alrededor de esta computadora
air-report-read = Lectura
cli-air-saved = La lectura se guardó: { $path }
