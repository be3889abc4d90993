# Español (neutro, para España y América Latina)
## probe: what one printer says about itself
probe-heading = Impresora en { $address }
probe-no-answer = No respondió nada en { $address }. Compruebe que la impresora esté encendida y que esta computadora esté en la misma red.
probe-kind-ethernet = Cable de red
probe-kind-wifi = Wi-Fi
probe-kind-wifi-direct = Red Wi-Fi propia de la impresora (Wi-Fi Direct)
probe-connected-to = con conexión a “{ $ssid }”
probe-connected = con conexión
probe-not-connected = sin conexión
probe-state-unknown = estado no indicado
probe-mac = dirección de hardware { $mac }
probe-problems = Lo que no funcionó:

## Problems met while reading a printer ({ $source } is what was read: IPP or a web page)
problem-no-answer = { $source }: la impresora no respondió.
problem-no-answer-refused = { $source }: nada respondió en ese puerto. Puede que la impresora esté apagada o en reposo, o que la dirección sea de otro dispositivo.
problem-no-answer-no-route = { $source }: esta computadora no tiene forma de llegar a esa dirección. Puede que esté en otra red.
problem-no-answer-unknown-name = { $source }: no se encontró ese nombre en esta red. Pruebe con la dirección numérica de la impresora, como 192.168.1.23.
problem-no-answer-closed = { $source }: la impresora cerró la conexión antes de responder.
problem-too-deep = { $source }: la respuesta de la impresora tiene una forma que la aplicación no lee (anidada a demasiados niveles), así que la aplicación la dejó de lado.
problem-timeout = { $source }: la impresora tardó demasiado en responder.
problem-too-large = { $source }: la respuesta de la impresora era demasiado grande, así que la aplicación no la leyó.
problem-redirected = { $source }: la impresora envió la aplicación a { $to }; la aplicación no fue allí.
problem-sign-in = { $source }: esta página pide iniciar sesión en la impresora.
problem-not-found = { $source }: esta página no existe en este modelo.
problem-status = { $source }: la impresora respondió con un error (HTTP { $code }).
problem-certificate-changed = { $source }: el certificado de seguridad de la impresora cambió desde la última vez que la aplicación se comunicó con ella (antes …{ $was }, ahora …{ $now }). Esto pasa después de un restablecimiento o de una actualización del firmware, pero también podría significar que otro dispositivo se hace pasar por la impresora, así que la aplicación se detuvo.
problem-secure-connection = { $source }: no se pudo establecer una conexión segura con la impresora.
problem-not-asked = { $source }: la aplicación no consulta esta dirección.
problem-ipp-refused = { $source }: la impresora rechazó la solicitud (estado IPP { $code }).
problem-unreadable = { $source }: no se pudo leer la respuesta de la impresora.
problem-two-identities = La impresora indica dos identidades distintas ({ $first-source } dice { $first }, { $second-source } dice { $second }).
probe-unknown-name = El nombre “{ $address }” no se encontró en esta red, así que no se preguntó nada. Pruebe con la dirección numérica de la impresora, por ejemplo 192.168.1.23.
probe-not-asked = La aplicación no consulta { $address }: no es una dirección que pueda tener una impresora de esta red.
cli-lookup-empty = Escriba el nombre o el número de un modelo para buscarlo, por ejemplo: wps-pin-helper lookup 9015e
