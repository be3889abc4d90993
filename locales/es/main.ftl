# Español (neutro, para España y América Latina)
language-name = Español

## PIN verdicts (window and command line)
pin-valid-8 = { $pin } es un PIN válido: el último dígito concuerda con los demás.
pin-valid-4 = { $pin } es un PIN de 4 dígitos. Los PIN de cuatro dígitos no tienen dígito de control, así que compárelo dígito por dígito.
pin-wrong-check-digit = El último dígito no concuerda con los demás: debería ser { $expected }. Vuelva a comprobar el PIN.
pin-empty = Escriba el PIN: 8 dígitos (a veces 4).
pin-wrong-length = { $count ->
    [one] Escribió 1 dígito. Un PIN de WPS tiene 8 dígitos (a veces 4).
   *[other] Escribió { $count } dígitos. Un PIN de WPS tiene 8 dígitos (a veces 4).
}
pin-not-a-digit = “{ $character }” no es un dígito. Un PIN de WPS solo tiene dígitos del 0 al 9.
pin-warning-well-known = Este es un PIN predeterminado muy conocido, publicado en internet. Cualquier persona cercana podría usarlo, así que desactive WPS en el router después de la configuración.
words-warning = Advertencia: { $message }

## Header and page titles
nav-back = Atrás
nav-home = Inicio
nav-settings = Configuración
page-home = Inicio
page-find-printer = Buscar mi impresora
page-choose-model = Elegir mi modelo
page-where-pin = ¿Dónde está el PIN?
page-enter-pin = Introducir un PIN
page-troubleshoot = No funciona
page-settings = Configuración

## Words that introduce a message, so meaning never rests on colour alone
notice-ok = Bien
notice-warning = Advertencia
notice-problem = Problema
notice-check-again = Compruebe
notice-good-to-know = Dato útil
notice-after-setup = Después de la configuración
notice-time-up = Se acabó el tiempo

## Home
home-question = Conectemos su impresora a la red Wi-Fi
home-intro = Elija por dónde quiere empezar. El botón Inicio le trae de vuelta aquí en cualquier momento.
home-find-printer = Buscar mi impresora
home-find-printer-desc = Busque impresoras en esta red.
home-choose-model = Elegir mi modelo
home-choose-model-desc = Escriba el nombre o el número de su impresora.
home-where-pin = ¿Dónde está el PIN?
home-where-pin-desc = Encuentre el PIN de 8 dígitos en su impresora.
home-enter-pin = Introducir un PIN
home-enter-pin-desc = Compruebe un PIN y vea cómo usarlo.
home-troubleshoot = No funciona
home-troubleshoot-desc = Comprobaciones que puede probar, una por una.
home-settings = Configuración
home-settings-desc = Tamaño del texto, colores, movimiento e idioma.

## Settings
settings-title = Configuración
settings-intro = Los cambios se aplican al instante y se recuerdan en esta computadora.
settings-text-size = Tamaño del texto
settings-text-smaller = Texto más pequeño
settings-text-larger = Texto más grande
settings-text-reset = Tamaño normal
settings-text-shortcuts = Teclado: Ctrl y + agranda el texto, Ctrl y − lo reduce, Ctrl y 0 lo devuelve al tamaño normal.
settings-colours = Colores
settings-theme-normal = Normal
settings-theme-normal-desc = Texto oscuro sobre fondo blanco.
settings-theme-high-contrast = Alto contraste
settings-theme-high-contrast-desc = Texto blanco sobre fondo negro, con un contorno amarillo grueso alrededor del control seleccionado.
settings-motion = Movimiento
settings-reduce-motion = Reducir el movimiento
settings-reduce-motion-desc = Desactiva las animaciones. El temporizador avanza entonces una vez por segundo.
settings-language = Idioma
settings-language-system = Igual que en esta computadora ({ $name })
settings-language-system-desc = Usa el idioma de su computadora.
settings-stored-in = La configuración se guarda en esta carpeta: { $path }
settings-not-saved = No se pudo guardar su configuración, así que se perderá al cerrar la aplicación. Motivo: { $reason }
settings-problem-corrupt = Su archivo de configuración estaba dañado, así que la aplicación se inició con la configuración normal.
settings-problem-unreadable = No se pudo leer su archivo de configuración, así que la aplicación se inició con la configuración normal.
settings-problem-dismiss = Aceptar
guide-progress-damaged = No se pudieron leer los pasos a los que llegó en las guías, así que cada guía empieza de nuevo en el paso 1.
certificates-damaged = No se pudo leer la lista de certificados de impresoras en los que confía la aplicación. La aplicación volverá a confiar en el certificado de cada impresora la próxima vez que se comunique con ella.
# After a notice about a stored file, for help-desk staff (shown on request in the window)
file-kept-here = El archivo dañado se guardó aquí: { $path }
file-is-here = El archivo está aquí: { $path }
file-where = ¿Dónde está el archivo?
settings-where-files = Dónde guarda la aplicación sus archivos

## Por qué no se pudo leer o escribir un archivo ({ $path } es el archivo)
file-reason-not-found = { $path } no existe, o no existe su carpeta.
file-reason-no-permission = Esta computadora no permite que la aplicación use { $path }.
file-reason-no-space = El disco está lleno.
file-reason-too-large = { $path } es demasiado grande para ser un archivo de esta aplicación.
file-reason-not-a-file = { $path } no es un archivo normal (puede ser una carpeta, un enlace o un dispositivo), así que la aplicación lo dejó como está.
file-reason-damaged = { $path } no tiene la forma que espera la aplicación.
file-reason-other = Algo en esta computadora impidió que la aplicación usara { $path }.
file-reason-exists = { $path } ya existe, así que la aplicación no lo reemplazó.
save-no-file-chosen = No se eligió ningún archivo, así que no se guardó nada.
save-no-window = En esta computadora no se puede abrir una ventana para guardar. Escriba abajo dónde guardar el archivo.

## PIN helper
pin-title = Introducir un PIN
pin-intro = Con un PIN de WPS, su impresora se conecta a la red Wi-Fi sin que tenga que escribir la contraseña de la red Wi-Fi. Tanto el router como la impresora tienen que participar.
pin-step-method = 1. ¿Qué dispositivo tiene el PIN?
pin-method-printer = Mi impresora muestra un PIN
pin-method-printer-desc = Usted escribe el PIN de la impresora en la página de configuración del router.
pin-method-router = Mi router tiene un PIN
pin-method-router-desc = Está en la etiqueta del router o en su página de configuración. Usted lo escribe en la impresora.
pin-method-button = No hay PIN: usar los botones WPS
pin-method-button-desc = Usted inicia WPS en la impresora y después presiona WPS en el router.
pin-picture-printer = Imagen: la impresora muestra el PIN en su pantalla, y ese PIN se escribe en el router.
pin-picture-router = Imagen: el PIN de la etiqueta del router se escribe en la impresora.
pin-picture-button = Imagen: los botones WPS de la impresora y del router, presionados con menos de 2 minutos de diferencia.
pin-field-label-printer = El PIN que muestra su impresora (8 dígitos, a veces 4)
pin-field-label-router = El PIN de su router (8 dígitos, a veces 4)
pin-field-hint = 8 dígitos
pin-progress = { $count ->
    [one] Por ahora hay 1 dígito. Un PIN tiene 8 dígitos (a veces 4).
   *[other] Por ahora hay { $count } dígitos. Un PIN tiene 8 dígitos (a veces 4).
}
pin-wrong-check-digit-still = Si tiene la certeza de haberlo copiado bien, puede probarlo de todos modos: algunos routers lo aceptan.
pin-check = Comprobar el PIN
pin-copy = Copiar el PIN
pin-clear = Borrar
pin-copied = El PIN se copió. Puede pegarlo en la página de configuración del router.
pin-router-lockout = Algunos routers dejan de aceptar su PIN durante un tiempo después de varios intentos fallidos. Si la impresora indica que el PIN fue rechazado, espere unos minutos antes de volver a intentarlo. Si sigue fallando, reinicie el router.
pin-timer-explain = El temporizador cuenta los 2 minutos que espera WPS. Póngalo en marcha en el momento que indica el paso de arriba.
pin-timer-start = Iniciar el temporizador de 2 minutos
pin-timer-left = Tiempo restante: { $time }
pin-timer-follow-printer = Si su impresora muestra su propio temporizador, siga el de la impresora.
pin-timer-stop = Detener el temporizador
pin-timer-ended = Inicie WPS de nuevo en los dos dispositivos y luego ponga en marcha el temporizador otra vez.
pin-timer-again = Iniciar el temporizador de nuevo
pin-after-setup = Cuando su impresora esté conectada, desactive WPS en la configuración del router, o al menos el PIN del router. Alguien que esté cerca podría adivinar un PIN de WPS.
pin-where-is-pin = ¿Dónde está el PIN?
pin-not-working = No funciona

## Where is the PIN?
where-title = ¿Dónde está el PIN?
where-intro = ¿Qué tipo de panel de control tiene su impresora?
where-touchscreen = Una pantalla táctil
where-touchscreen-desc = Una pantalla que se toca con el dedo.
where-text-display = Una pantalla pequeña de texto con botones
where-text-display-desc = Una o dos líneas de texto, con botones al lado.
where-lights-only = Solo botones y luces
where-lights-only-desc = No hay ninguna pantalla que pueda mostrar texto.

## It doesn't work
trouble-title = No funciona
trouble-intro = Haga estas comprobaciones en orden. Marque cada una que ya haya probado.
trouble-tried = Ya lo probé
trouble-one-device = Solo un dispositivo en modo WPS
trouble-one-device-desc = Si dos dispositivos inician WPS por botón en menos de 2 minutos, el router rechaza a los dos. Detenga WPS en los demás dispositivos, espere 2 minutos y vuelva a intentarlo solo con la impresora.
trouble-two-minutes = Iniciar WPS en la impresora y en el router en menos de 2 minutos
trouble-two-minutes-desc = WPS permanece abierto unos 2 minutos. Inicie WPS en el segundo dispositivo poco después del primero.
trouble-wps-on = WPS está activado en el router
trouble-wps-on-desc = Algunos routers permiten desactivar WPS. Compruebe en la página de configuración del router que WPS esté activado. En una red de trabajo o de estudios, WPS puede estar desactivado a propósito: pregunte al administrador de la red. Algunos sistemas en malla y algunos routers de proveedores de internet no tienen WPS: en ese caso, use otra forma de las de abajo.
trouble-security = La seguridad del router es WPA2 (o WPA2/WPA3 mixta)
trouble-security-desc = Los routers que siguen WPS 2.0 desactivan WPS cuando la red usa la antigua seguridad WEP o WPA solo con TKIP. Con solo WPA3, una impresora que solo conoce WPA2 no puede conectarse, y que WPS funcione depende del router. Configure el router en WPA2, o en WPA2/WPA3 mixto, en su página de configuración y déjelo así: la impresora lo necesita mientras siga en el Wi-Fi.
trouble-hidden = El nombre de la red está visible
trouble-hidden-desc = Algunos routers desactivan WPS cuando el nombre de la red (SSID) está oculto.
trouble-locked = El PIN del router no está bloqueado
trouble-locked-desc = Después de varios intentos fallidos con el PIN del router, el router puede bloquearlo durante un tiempo. Espere, o use en su lugar el PIN de la impresora o los botones WPS. Si sigue fallando, reinicie el router.
trouble-restart = Impresora y router reiniciados y cerca uno del otro
trouble-restart-desc = Apague la impresora y el router, y vuelva a encenderlos. Coloque la impresora cerca del router mientras la configura.
trouble-other-ways = Otras formas de conectarse
trouble-other-smart = Use la aplicación HP Smart de HP. También puede mostrar el PIN de WPS de la impresora o explicar cómo obtenerlo.
trouble-other-ews = Abra en un navegador la página web propia de la impresora (su servidor web integrado); algunos modelos permiten configurar la red Wi-Fi ahí. También es útil si le resulta difícil presionar los botones de la impresora. Si la impresora aún no está en su red, conéctela primero con un cable (línea siguiente).
trouble-other-cable = Conecte la impresora al router con un cable de red. Imprima su página de configuración de red para ver su dirección, abra su página web en esa dirección, configure ahí la red Wi-Fi y luego desconecte el cable.
trouble-other-password = Escriba la contraseña de la red Wi-Fi en la impresora, si tiene pantalla.
trouble-back-to-pin = Probar el PIN de nuevo


## Choose my model
model-by-panel = Elegir mi tipo de panel de control

## About
page-about = Acerca de
settings-about = Acerca de esta aplicación
about-version = Versión { $version }
about-what = Conecta impresoras HP a la red Wi-Fi con WPS. Solo se comunica con su propia red.
about-licence = Licencia: { $licence }
about-components = Esta aplicación está hecha con { $count } componentes de código abierto. Sus licencias nos piden mostrar sus avisos, que aparecen a continuación.
about-show-notices = Mostrar los avisos de terceros
about-hide-notices = Ocultar los avisos de terceros

## How this language joins a label to its value, and the items of a list
words-label-value = { $label }: { $value }
words-list-separator = { ", " }
words-with-note = { $text } ({ $note })
words-with-detail = { $text } — { $detail }
words-bullet = • { $text }
words-numbered = { $number }. { $text }
words-percent = { $value } %
words-group-separator = { "." }
words-group-from = 5
demo-banner = Demostración: impresoras simuladas
demo-banner-detail = Las impresoras de aquí son inventadas para practicar. En el modo de demostración, la aplicación no se comunica con ninguna impresora, router ni red.
demo-not-asked = En el modo de demostración, la aplicación no se comunica con impresoras reales. Elija una de las impresoras de demostración en “Buscar mi impresora”.
trouble-same-way = La impresora y el router usan la misma forma
trouble-same-way-desc = El PIN de la impresora va en el lugar del router para el PIN de un dispositivo; el PIN propio del router va en la impresora; los botones WPS de la impresora y del router no necesitan ningún PIN. Algunos routers solo aceptan el botón: entonces use los botones WPS.
trouble-band = La red ofrece 2,4 GHz
trouble-band-desc = Una impresora que solo usa Wi-Fi de 2,4 GHz no puede conectarse a una red sin banda de 2,4 GHz. Si su router tiene redes separadas de 2,4 GHz y de 5 GHz, use la de 2,4 GHz.
trouble-isolation = Sin red de invitados ni aislamiento durante la configuración
trouble-isolation-desc = En una red de invitados, o si el router mantiene separados los dispositivos inalámbricos (“aislamiento de AP” o “aislamiento de clientes”), esta computadora no puede llegar a la impresora. Use la red principal, o desactive el modo invitado y el aislamiento mientras configura.
home-printer = Su impresora
home-printer-desc = Vea lo que dice su impresora y si está conectada a la red Wi-Fi.
scan-see-printer = Ver su estado
problem-source-web = la página web de la impresora
nav-new-customer = Nuevo cliente
home-new-customer = Nuevo cliente
home-new-customer-desc = Empezar de nuevo para la próxima persona: se borran la impresora, el modelo, el PIN, las comprobaciones y el resumen. La configuración y los paneles de control recordados se conservan.
question-new-customer = Hay una ventana WPS de 2 minutos en curso. ¿Empezar de nuevo para un nuevo cliente? Se borra todo lo de este cliente.
question-new-customer-yes = Empezar de nuevo
question-new-customer-no = Continuar
question-replace = «{ $file }» ya existe en { $folder }. ¿Reemplazarlo?
question-replace-yes = Reemplazarlo
question-replace-no = Conservar el archivo anterior
timer-bar = Quedan { $time } de la ventana WPS de 2 minutos
timer-last-minute = Queda un minuto.
timer-bar-ended = La ventana de 2 minutos terminó.
pin-picture-printer-printed = Imagen: el PIN va de la impresora al router. Una impresora sin pantalla no puede mostrarlo: algunos modelos lo imprimen en su página de configuración de red.

## Command line: arguments and the files it writes
cli-not-text = “{ $argument }” no es un texto que la aplicación pueda leer (no es UTF-8). Solo los nombres de archivo pueden tener otros caracteres.
cli-out-folder = { $path } es una carpeta. Indique a --out un nombre de archivo, por ejemplo { $example }
cli-written = Se escribió en { $path }
