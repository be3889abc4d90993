# Español (neutro, para España y América Latina)
## Find my printer: the live scan
scan-title = Buscar mi impresora
scan-looking = { $count ->
    [0] Buscando impresoras… todavía no se encontró ninguna
    [one] Buscando impresoras… se encontró 1
   *[other] Buscando impresoras… se encontraron { $count }
}
scan-failed = La búsqueda de impresoras no pudo iniciarse en esta computadora. Puede que su red esté desactivada o que un cortafuegos bloquee la búsqueda. Aun así, puede escribir la dirección de la impresora más abajo.
scan-nothing-title = Todavía no se encontró nada. Causas habituales:
scan-nothing-guest = Esta computadora está en una red de invitados, o en una red distinta de la de la impresora.
scan-nothing-isolation = El router mantiene separados los dispositivos inalámbricos (a menudo se llama “aislamiento de AP” o “aislamiento de clientes”; en inglés, “AP isolation” o “client isolation”).
scan-nothing-off = La impresora está apagada o en reposo. Presione un botón de la impresora para activarla.
scan-nothing-setup = La impresora está en modo de configuración, con su propia red Wi-Fi. Así que todavía no está en la red que usted usa: eso es lo que WPS va a cambiar.
scan-card-model = Modelo: { $model }
scan-card-address = Dirección: { $address }
scan-card-network-ipp = Conectada a esta red, lista para imprimir.
scan-card-network = Conectada a esta red.
# Where the scan heard of it: the system's mDNS daemon's cache, the app's own search, or both.
scan-card-source = { $source ->
    [system] Este equipo ya lo conocía.
    [mdns] Se acaba de oír en la red.
   *[both] Este equipo ya lo conocía, y se acaba de oír en la red.
}
scan-this-one = Esta es mi impresora
scan-not-listed = Mi impresora no aparece
scan-address-label = Escriba la dirección de la impresora (por ejemplo, 192.168.1.23) o su nombre
scan-check-address = Comprobar esta dirección
scan-checking = Comprobando…
scan-answers = Algo responde en { $address }: { $ports }.
scan-no-answer = Nada responde en { $address } en los puertos que usan las impresoras. Compruebe la dirección y que la impresora esté encendida.
scan-not-an-address = “{ $input }” no es una dirección ni un nombre de impresora.
scan-unknown-name = No se encontró el nombre “{ $input }” en esta red.
scan-use-this = Usar esta impresora
scan-port-ipp = impresión por IPP
scan-port-web = página web
scan-port-web-secure = página web segura
scan-port-raw = impresión directa (raw)
scan-port-number = puerto { $port }
cli-scan-found = Encontrada: { $name } — { $model } — { $address }
cli-scan-none = Ninguna impresora respondió. Compruebe que la impresora esté encendida y en la misma red que esta computadora.
cli-scan-timeout = --timeout debe estar entre 0,1 y 3600 segundos.
cli-scan-failed = La búsqueda de impresoras no pudo iniciarse en esta computadora. Puede que su red esté desactivada o que un cortafuegos bloquee la búsqueda.
