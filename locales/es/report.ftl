# Español (neutro, para España y América Latina)
## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = La impresora responde
check-same-network = La impresora está en la red de esta computadora
check-web-server = La aplicación puede leer los datos de la impresora en su página web
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
report-no-printer = No se eligió ninguna impresora.
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
trouble-support-rejected = El router rechaza un PIN que usted comprobó dígito por dígito. El fabricante del router también puede ayudar con esto.
trouble-support-firmware = Actualizar el firmware de la impresora desde HP no resolvió el problema.
trouble-support-have = Tenga a mano el modelo, el número de serie y la versión de firmware de la impresora (la aplicación muestra la versión de firmware en la página “Su impresora” cuando la impresora la informa), y el resumen para soporte técnico que aparece abajo.
check-printer-answers-failed = La impresora no respondió. Compruebe que esté encendida y no en reposo, y que la dirección sea correcta.
check-same-network-failed = La impresora está en una red distinta de la de esta computadora. Una red de invitados, o la red de configuración propia de la impresora, las mantiene separadas.
check-web-server-failed = La impresora responde, pero la aplicación no pudo leer sus datos en su página web: las impresoras anteriores a 2009, aproximadamente, no ofrecen ninguna de las dos formas que la aplicación lee. Si la impresora tiene página web, aun así puede abrirla en un navegador.
check-wireless-adapter-failed = La impresora todavía no está conectada a la red Wi-Fi.
check-certificate-failed = El certificado de seguridad de la impresora cambió desde la última vez que la aplicación se comunicó con ella, así que la aplicación dejó de comunicarse con ella. Un restablecimiento o una actualización del firmware lo cambian; si no, otro dispositivo podría estar haciéndose pasar por su impresora. Si usted no restableció ni actualizó la impresora, consulte a quien administra su red antes de continuar.
check-router-answers-failed = Su router no respondió. Es posible que esta computadora esté en otra red, o que el router no tenga una página de configuración en esa dirección.
check-firmware-passed = Si HP ofrece un firmware más reciente para este modelo, actualícelo desde el sitio web de HP o desde el menú de la impresora.
check-not-checked-why = Se necesita la dirección de su impresora.
check-cannot-why = Esta impresora o esta computadora no proporciona este dato.
check-passed-why = Parece que todo está bien.

## Support summary on the page
summary-title = Resumen para soporte técnico
summary-intro = Lo que sabe la aplicación, para el soporte de HP o para quien le ayude: la impresora, su modelo y su panel de control, la red, las comprobaciones y lo que usted probó. El PIN queda fuera salvo que usted lo incluya.
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
summary-copied = El resumen se copió. Puede pegarlo en un correo electrónico o en un chat.
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
router-sign-in = El router pide su propia contraseña. Puede estar impresa en una etiqueta del router; si no, pregunte a quien configuró el router.
router-no-gateway = En este momento, esta computadora no tiene router (puerta de enlace predeterminada).
router-same-network = Si la dirección de la impresora empieza por los mismos números que la de esta computadora, probablemente las dos estén en la misma red.
router-refresh = Leer de nuevo
trouble-one-device-picture = Imagen: solo la impresora y el router, cada uno con su botón WPS presionado, con menos de 2 minutos de diferencia.
report-section-journey = Lo que se hizo en la aplicación
report-simulated = Una impresora simulada (modo de demostración): nada de ella es real.
report-name = Nombre
report-mac = Dirección de hardware (MAC)
report-host = Nombre de host
report-family = Familia de modelos (en la lista de la aplicación, de HPLIP)
report-panel = Panel de control
report-guide = Guía
report-guide-step = { $guide }, paso { $step } de { $total }
report-pin-check = Revisión del PIN
report-pin-valid-8 = 8 dígitos, el último coincide con los demás
report-pin-valid-4 = 4 dígitos, que no tienen dígito de control
report-pin-wrong-check-digit = 8 dígitos, pero el último no coincide con los demás
report-pin-wrong-length = no tiene 4 ni 8 dígitos
report-pin-not-a-digit = un carácter que no es un dígito
report-pin-well-known = un PIN predeterminado muy conocido
report-timer = Temporizador
report-timer-run = { $way }: iniciado { $started }, { $end }
report-timer-running = aún en marcha
report-timer-stopped = detenido { $at }
report-timer-time-up = los 2 minutos se acabaron { $at }
report-timer-joined = la impresora se conectó a la red Wi-Fi { $at }
report-timer-replaced = reiniciado { $at }
report-way-printer-pin = el PIN de la impresora
report-way-router-pin = el PIN del router
report-way-push-button = los botones WPS
trouble-jump-summary = Crear un resumen para el soporte
cli-report-model-none = Ninguna impresora HP coincide con “{ $query }”, así que el resumen no indica ninguna familia de modelos.
cli-report-unknown-format = “{ $format }” no es un tipo de archivo en el que se pueda escribir el resumen. Use text, md, json o html.
cli-report-not-a-router = “{ $address }” no es una dirección de router. Escriba una como 192.168.1.1 o 192.168.1.1:8080.
check-why-by-name = La impresora se indicó por su nombre, así que la aplicación no puede comparar su dirección con la red de esta computadora.
check-why-no-firmware = La impresora no informa su versión de firmware.
check-why-no-wifi-state = La impresora no informa si está conectada a la red Wi-Fi.
check-why-no-certificate = La página web de la impresora respondió sin conexión segura (HTTPS), así que no hay ningún certificado que comparar.
summary-case = Nombre del caso (opcional)
summary-note = Nota (opcional)
summary-saved-in = El resumen se guardó como «{ $file }» en { $folder }.
trouble-results-count = Resultados: { $passed } correctas, { $failed } con fallos, { $other } sin comprobar.

## La red Wi-Fi de la impresora frente a la de esta computadora, y el modo de demostración en la línea de comandos
check-same-wifi = La impresora se conectó a la red Wi-Fi de esta computadora
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed = La impresora se conectó a una red Wi-Fi distinta de la de esta computadora. Si los dos nombres son de su propio router (algunos routers dan a cada banda un nombre propio), no pasa nada. Si la red de la impresora es una red de invitados o la de otro router, es posible que esta computadora no encuentre la impresora: conecte la impresora a la red de esta computadora.
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed-names = La impresora se conectó a “{ $printer }”, pero esta computadora está en “{ $computer }”. Si los dos nombres son de su propio router (algunos routers dan a cada banda un nombre propio), no pasa nada. Si “{ $printer }” es una red de invitados o la de otro router, es posible que esta computadora no encuentre la impresora: conecte la impresora a “{ $computer }”.
check-why-no-printer-network = La impresora está conectada a la red Wi-Fi, pero no indica a qué red.
check-why-no-computer-network = Esta computadora no está conectada a una red Wi-Fi, o no se pudo leer su Wi-Fi, así que no hay ninguna red con la que comparar.
demo-simulated = Modo de demostración: las impresoras, el router y la red Wi-Fi que aparecen aquí son simulados, para practicar. No se leyó nada de una red real.
cli-demo-not-with = { $option } no se puede usar con --demo: el modo de demostración no lee nada de la red, la radio Wi-Fi ni los archivos de esta computadora.
cli-demo-no-save = --save no se puede usar con --demo: una lectura simulada guardada en un archivo podría tomarse más tarde por una real.

## Checks not made, and the case the summary is for
check-state-not-asked = No se preguntó (sin dirección de impresora)
check-state-skipped = Omitida (la impresora no respondió)
report-case = Caso
report-note = Nota
