# Español (neutro, para España y América Latina)
## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = La impresora responde
check-same-network = La impresora está en la red de esta computadora
check-web-server = La página web de la impresora responde
check-firmware = Versión del firmware
check-wireless-adapter = La impresora está conectada a la red Wi-Fi
check-certificate = El certificado de seguridad de la impresora es el que la aplicación conoce
check-router-answers = El router responde
check-state-passed = Correcto
check-state-failed = Falló
check-state-not-checked = Todavía sin comprobar
check-state-cannot = No se puede comprobar desde aquí

## Support summary
report-title = WPS PIN Helper: resumen para soporte técnico
report-section-about = Acerca de este resumen
report-section-printer = La impresora
report-section-network = La red
report-section-checks = Comprobaciones hechas por la aplicación
report-section-steps = Pasos probados
report-created = Fecha de creación
report-app = Versión de la aplicación
report-os = Computadora
report-pin = PIN de WPS
report-pin-redacted = (omitido)
report-unknown = (desconocido)
report-address = Dirección
report-problem = Problema
report-no-printer = No se comprobó ninguna impresora.
report-this-computer = Dirección de esta computadora
report-router = Router
report-no-checks = No se hicieron las comprobaciones.
report-no-steps = No se marcó ninguno.

## Troubleshooting: measured checks, support
trouble-measured-title = Comprobaciones que puede hacer la aplicación
trouble-measured-printer = La aplicación comprueba la impresora en { $address }, la red de esta computadora y su router.
trouble-measured-no-printer = Sin la dirección de su impresora, la aplicación solo puede comprobar su router. Agregue la dirección para comprobar también la impresora.
trouble-run-checks = Hacer las comprobaciones
trouble-checks-running = Comprobando…
trouble-ask-title = Comprobaciones que solo usted puede hacer
trouble-router-page = Buscar la página de configuración de mi router
trouble-support-title = Cuándo llamar al soporte técnico de HP
trouble-support-no-pin = La impresora nunca muestra un PIN, y WPS por botón tampoco funciona.
trouble-support-rejected = El router rechaza un PIN que usted comprobó dígito por dígito.
trouble-support-firmware = Actualizar el firmware de la impresora desde HP no resolvió el problema.
trouble-support-have = Tenga a mano el modelo y el número de serie de la impresora, y el resumen para soporte técnico que aparece abajo.
check-printer-answers-failed = La impresora no respondió. Compruebe que esté encendida y no en reposo, y que la dirección sea correcta.
check-same-network-failed = La impresora está en una red distinta de la de esta computadora. Una red de invitados, o la red de configuración propia de la impresora, las mantiene separadas.
check-web-server-failed = La impresora responde, pero su página web no. Es posible que su página web esté desactivada.
check-wireless-adapter-failed = La impresora todavía no está conectada a la red Wi-Fi.
check-certificate-failed = El certificado de seguridad de la impresora cambió desde la última vez que la aplicación se comunicó con ella, así que la aplicación dejó de comunicarse con ella. Un restablecimiento o una actualización del firmware lo cambian; si no, otro dispositivo podría estar haciéndose pasar por su impresora. Si usted no restableció ni actualizó la impresora, consulte a quien administra su red antes de continuar.
check-router-answers-failed = Su router no respondió. Es posible que esta computadora esté en otra red, o que el router no tenga una página de configuración en esa dirección.
check-firmware-passed = Si HP ofrece un firmware más reciente para este modelo, actualícelo desde el sitio web de HP o desde el menú de la impresora.
check-not-checked-why = Se necesita la dirección de su impresora.
check-cannot-why = Esta impresora o esta computadora no proporciona este dato.
check-passed-why = Parece que todo está bien.

## Support summary on the page
summary-title = Resumen para soporte técnico
summary-intro = Todo lo que le pedirá el soporte técnico de HP: la impresora, la red, las comprobaciones y los pasos que usted probó.
summary-include-serial = Incluir el número de serie
summary-include-pin = Incluir el PIN de WPS (se omite si no marca esta casilla)
summary-format = Tipo de archivo
summary-format-text = Texto sin formato
summary-format-md = Markdown
summary-format-json = JSON (para herramientas)
summary-format-html = Página web (para imprimir)
summary-save-where = O escriba dónde guardarlo
summary-copy = Copiar el resumen
summary-save = Guardar el resumen…
summary-save-here = Guardar en este archivo
summary-save-dialog-title = Guardar el resumen para soporte técnico
summary-no-file = No se eligió ningún archivo. También puede escribir abajo dónde guardar el resumen.
summary-copied = El resumen se copió. Puede pegarlo en un correo electrónico o en un chat.
summary-saved = El resumen se guardó: { $path }
summary-not-saved = No se pudo guardar el resumen. Motivo: { $reason }

## Your router
page-router = Su router
router-title = Su router
router-intro = En la página de configuración del router es donde se inicia WPS o se escribe el PIN de la impresora.
router-reading = Leyendo la red de esta computadora…
router-no-network = Parece que esta computadora no está conectada a ninguna red.
router-this-computer = Esta computadora: { $addresses } (en { $interface })
router-address = Su router probablemente está en { $address }.
router-open = Abrir la página de configuración de mi router
router-sign-in = El router pide su propia contraseña. Suele estar impresa en una etiqueta del router.
router-no-gateway = En este momento, esta computadora no tiene router (puerta de enlace predeterminada).
router-same-network = Si la dirección de la impresora empieza por los mismos números que la de esta computadora, probablemente las dos estén en la misma red.
router-refresh = Leer de nuevo
trouble-one-device-picture = Imagen: solo la impresora y el router, cada uno con su botón WPS presionado, con menos de 2 minutos de diferencia.
