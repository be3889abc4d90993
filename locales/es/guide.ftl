# Español (neutro, para España y América Latina)
## Guides: where the PIN is, and how to use it. Menu names are general on purpose:
## no source gives HP's exact menus per model (facts/hp-printers.md §3.2).
guide-step-of = Paso { $step } de { $total }
guide-next = Siguiente
guide-previous = Paso anterior
guide-see = Lo que debería ver
guide-if-not = Si no es así: vea “No funciona”.
guide-open-trouble = No funciona
guide-other-routes = Otras formas de encontrar el PIN o de conectarse
guide-names-vary = Los nombres de los menús varían según el modelo. Si no encuentra un menú, consulte el manual del usuario de la impresora.
guide-done = Introducir el PIN
guide-start-over = Volver al paso 1

guide-touchscreen-title = Impresora con pantalla táctil
guide-touchscreen-intro = Su impresora muestra el PIN en su pantalla y usted lo escribe en el router. Prepare primero la página del router: puede tardar en abrirse, y WPS espera solo unos 2 minutos.
guide-touchscreen-1 = Ponga la impresora cerca del router, toque su pantalla para activarla y abra la configuración Inalámbrica o de Red.
guide-touchscreen-2 = Elija Wi-Fi Protected Setup (WPS) y luego PIN.

guide-text-display-title = Impresora con pantalla pequeña de texto y botones
guide-text-display-intro = Su impresora muestra el PIN en su pequeña pantalla y usted lo escribe en el router. Prepare primero la página del router: puede tardar en abrirse, y WPS espera solo unos 2 minutos.
guide-text-display-1 = Con los botones junto a la pantalla, abra el menú Red o Inalámbrico (en algunos modelos está dentro de Configuración).
guide-text-display-2 = Busque Wi-Fi Protected Setup o WPS Setup, y elija PIN.

guide-lights-only-title = Impresora solo con botones y luces
guide-lights-only-intro = Sin pantalla, la impresora no puede mostrar un PIN, así que el camino son los botones WPS. Algunos modelos imprimen un PIN en su página de configuración de red: consulte esa guía.
guide-lights-only-1 = Ponga la impresora cerca del router y enciéndala. Asegúrese de que ningún otro dispositivo esté en modo WPS: el router rechaza dos a la vez.
guide-lights-only-2 = Antes de iniciar nada, averigüe cómo inicia WPS su impresora con su botón de conexión inalámbrica: cuánto tiempo hay que mantenerlo presionado, y qué otro botón hay que presionar a la vez, depende del modelo. Búsquelo ahora en el manual del usuario de la impresora. Busque también el botón WPS de su router, o el lugar de su página de configuración donde se inicia WPS.
guide-lights-only-3 = Inicie WPS en la impresora con su botón de conexión inalámbrica, de la forma que averiguó.
guide-lights-only-3-see = La luz de conexión inalámbrica de la impresora cambia; en algunos modelos empieza a parpadear.
guide-lights-only-4 = En menos de 2 minutos, presione el botón WPS del router o inicie WPS en su página de configuración.
guide-lights-only-5 = Compruebe si se conectó. Si eligió su impresora en esta aplicación, la página “Su impresora” muestra cuándo está en el Wi-Fi. Si no se conectó después de 2 minutos, vuelva a empezar desde el paso 3.

guide-label-title = Un PIN en una etiqueta
guide-label-intro = Algunos dispositivos tienen un PIN fijo impreso en una etiqueta.
guide-label-1 = Busque en la impresora una etiqueta que diga “WPS PIN”.
guide-label-2 = Si su impresora tiene pantalla, use el PIN que muestra cuando inicia el modo PIN de WPS, no un PIN de una etiqueta o de una impresión antigua: un dispositivo con pantalla debe crear un PIN nuevo para cada configuración.
guide-label-3 = Antes de iniciar nada: abra la página de configuración de su router y busque dónde acepta el PIN de un dispositivo, y busque en el manual del usuario de la impresora cómo ponerla en modo PIN de WPS.
guide-label-4 = Ponga la impresora en modo PIN de WPS y, enseguida, escriba el PIN de la etiqueta en la página del router e inicie. Si la impresora muestra su propio temporizador, siga ese.

guide-config-page-title = Página de configuración de red
guide-config-page-intro = La impresora puede imprimir una página con datos de su red: su dirección, su red Wi-Fi y, en algunos modelos, un PIN de WPS.
guide-config-page-1 = Imprima una página de configuración de red o un informe de prueba de la red inalámbrica. En las impresoras con pantalla, busque en los menús Informes o Red. En las demás, se hace con una combinación de botones. Las dos cosas varían según el modelo: consulte el manual del usuario de la impresora.
guide-config-page-2 = Busque las líneas sobre la red: el nombre de la red (SSID), el estado, la dirección IP y la dirección de hardware (MAC).
guide-config-page-2-see = Una dirección IP como 192.168.1.23. Escríbala en la página “Buscar mi impresora” para comprobar la impresora desde esta computadora.
guide-config-page-3 = Si la página muestra un PIN de WPS, antes de iniciar nada: abra la página de configuración de su router y busque dónde acepta el PIN de un dispositivo, y busque en el manual del usuario de la impresora cómo ponerla en modo PIN de WPS.
guide-config-page-4 = Ponga la impresora en modo PIN de WPS y, enseguida, escriba el PIN de la página impresa en la página del router e inicie. Si la impresora muestra su propio temporizador, siga ese.

guide-web-page-title = La página web propia de la impresora
guide-web-page-intro = Muchas impresoras conectadas a una red tienen su propia página web, llamada servidor web integrado. Se abre en un navegador. Si la impresora aún no está en su red, conéctela primero al router con un cable de red y desconecte el cable cuando la red Wi-Fi esté configurada.
guide-web-page-1 = Busque la dirección de la impresora: en la página “Buscar mi impresora” o en una página de configuración de red.
guide-web-page-2 = Escriba la dirección en un navegador web, en una computadora conectada a la misma red.
guide-web-page-2-see = La página web de la impresora, con su nombre y su estado. Antes de escribir nada ahí, compruebe que su dirección coincide con la de la página de configuración de red de la impresora.
guide-web-page-3 = Busque en Red o Inalámbrico. Algunos modelos permiten iniciar WPS o cambiar la configuración Wi-Fi desde ahí. Los nombres varían según el modelo.

guide-hp-smart-title = La aplicación HP Smart
guide-hp-smart-intro = La aplicación de HP, HP Smart, ofrece su propia forma de conectar una impresora a la red Wi-Fi. También puede mostrar el PIN de WPS de la impresora o explicar cómo obtenerlo.
guide-hp-smart-1 = Instale la aplicación HP Smart. Puede obtenerla de HP o de la tienda de aplicaciones de su teléfono o de su computadora.
guide-hp-smart-2 = Ábrala, elija agregar una impresora y siga los pasos.

guide-router-side-title = Lo que se hace en el router
guide-router-side-intro = WPS también necesita al router. Aquí verá cómo darle el PIN de la impresora, cómo usar el PIN del router o cómo presionar su botón.
guide-router-side-1 = Abra la página de configuración del router. La página “Su router” la abre por usted. La contraseña del router puede estar en su etiqueta; si no, pregunte a quien configuró el router.
guide-router-side-2 = Busque WPS, a menudo en Inalámbrico o Wi-Fi, y elija agregar un dispositivo con PIN. Escriba el PIN de la impresora e inicie. Los nombres varían según el router.
guide-router-side-2-see = El router indica que WPS se ha iniciado.
guide-router-side-3 = Si el router tiene su propio PIN (en su etiqueta o en su página de configuración), puede escribir ese PIN en la impresora. Use esta forma al final: permite que la impresora cambie la configuración del router, y algunos routers dejan de aceptar ese PIN durante un tiempo después de varios intentos fallidos.
guide-router-side-4 = Sin PIN: inicie WPS por botón en la impresora y, en menos de 2 minutos, presione el botón WPS del router.
guide-router-side-5 = Solo puede haber un dispositivo en modo WPS a la vez. Si dos dispositivos inician WPS por botón en menos de 2 minutos, el router rechaza a los dos.

guide-after-setup-title = Después de la configuración: desactive WPS
guide-after-setup-intro = Cuando su impresora esté conectada a la red Wi-Fi, ya no necesita WPS.
guide-after-setup-1 = Abra la página de configuración del router y desactive WPS, o al menos el PIN del router.
guide-after-setup-2 = Por qué: alguien que esté cerca puede adivinar un PIN de WPS en unos 11 000 intentos como máximo, porque el router lo comprueba en dos mitades. Con WPS desactivado, solo pueden conectarse las personas que conocen la contraseña de su red Wi-Fi.

## Text alternatives of the guide pictures
picture-panel-touchscreen = Imagen: una impresora con una pantalla táctil grande; la configuración Wi-Fi está resaltada.
picture-panel-text-display = Imagen: la pantalla pequeña de una impresora con el menú Red; la pantalla y los botones de al lado están resaltados.
picture-panel-lights-only = Imagen: una impresora solo con botones y luces; el botón de conexión inalámbrica está resaltado.
picture-printer-label = Imagen: una impresora con una etiqueta en la parte trasera; el PIN de la etiqueta está resaltado.
picture-config-page = Imagen: una página de configuración de red impresa; la línea con la dirección de la impresora está resaltada.
picture-web-page = Imagen: una ventana del navegador con la página web de la impresora; la sección Red está resaltada.
picture-hp-smart = Imagen: un teléfono con una aplicación; su botón para agregar una impresora está resaltado.
picture-router-admin = Imagen: una ventana del navegador con la página de configuración de un router; la sección WPS y su campo para el PIN están resaltados.
picture-router-button = Imagen: un router; su botón WPS está resaltado.
picture-pin-to-router = Imagen: la impresora muestra el PIN en su pantalla, y ese PIN se escribe en el router.
picture-pin-to-printer = Imagen: el PIN de la etiqueta del router se escribe en la impresora.
picture-push-buttons = Imagen: los botones WPS de la impresora y del router, presionados con menos de 2 minutos de diferencia.
## A menu item drawn on the printer's screen and web page in the pictures
picture-word-network = Red
guide-print-footer = Impreso desde WPS PIN Helper.
guide-print = Imprimir o guardar esta guía
guide-not-printed = No se pudo guardar la guía. Motivo: { $reason }
cli-guide-routes = Guías: { $routes }
cli-guide-unknown = No hay ninguna guía llamada “{ $route }”.
guide-print-model = Para la impresora: { $model }
guide-see-joined = Ver si se conectó
guide-router-first = Antes de que la impresora genere un PIN: en una computadora o un teléfono, abra la página de configuración del router e inicie sesión. Busque dónde acepta el PIN de un dispositivo (suele estar en WPS, Inalámbrico o Wi-Fi) y deje esa página abierta. La página “Su router” le ayuda a encontrarla.
guide-touchscreen-2-see = La impresora muestra un PIN de 8 dígitos y a menudo un temporizador.
guide-pin-into-router = Enseguida, escriba el PIN en la página del router que dejó abierta e inicie. Si la impresora muestra su propio temporizador, siga ese. La página “Introducir un PIN” revisa el PIN y cuenta los 2 minutos.
guide-text-display-2-see = La pantalla muestra el PIN. Anótelo.
guide-buttons-vary = Los botones y las formas de encenderse las luces varían según el modelo. Si no encuentra un botón, consulte el manual del usuario de la impresora.
guide-done-home = Terminar
guide-after-setup-3 = Mantenga actualizado el firmware del router, y solo desde el fabricante del router: a través de su página de configuración o del sitio web del fabricante.
picture-word-wifi = Wi-Fi
picture-word-firmware = Firmware
picture-touchscreen-pin = Imagen: la pantalla táctil de una impresora en WPS PIN; el PIN de 8 dígitos está resaltado, con un temporizador al lado.
picture-text-display-pin = Imagen: la pequeña pantalla de una impresora mostrando el PIN; la pantalla y sus botones están resaltados.
picture-lights-watch = Imagen: una impresora con solo botones y luces; la luz sobre el botón de conexión inalámbrica está resaltada para observarla.
picture-printer-near-router = Imagen: una impresora justo al lado del router; el botón de encendido de la impresora está resaltado.
picture-config-print = Imagen: una impresora imprimiendo una página; la página que sale está resaltada.
picture-config-page-pin = Imagen: una página de configuración de red impresa; la línea con un PIN de WPS está resaltada.
picture-web-page-address = Imagen: una ventana del navegador; la dirección de la impresora en la barra de direcciones está resaltada.
picture-hp-smart-install = Imagen: un teléfono descargando una aplicación; la descarga está resaltada.
picture-router-sign-in = Imagen: una ventana del navegador con la dirección del router; la barra de direcciones y el campo de contraseña están resaltados.
picture-router-wps-off = Imagen: la página de configuración de un router; el interruptor de WPS, apagado, está resaltado.
picture-router-firmware = Imagen: la página de configuración de un router; el botón para actualizar su firmware está resaltado.
picture-pin-halves = Imagen: un PIN dividido en sus dos mitades, cada una resaltada: el router las comprueba una por una.
picture-one-at-a-time = Imagen: la impresora y el router con sus botones WPS resaltados; un teléfono entre ellos, también en modo WPS, está tachado.
picture-user-guide = Imagen: el manual del usuario de la impresora, abierto; la página sobre sus botones está resaltada.
guide-save-dialog-title = Guardar la guía
guide-saved = La guía se guardó como “{ $file }”, una página web que puede abrir e imprimir.
guide-saved-opening = La guía se guardó como “{ $file }”. La aplicación pidió a su navegador que la abra, lista para imprimir; si no se abre nada, abra el archivo desde la carpeta que eligió.
guide-no-file = No se eligió ningún archivo. También puede escribir abajo dónde guardar la guía.
guide-save-where = O escriba dónde guardar la guía

## Las palabras propias de la guía impresa (quien tiene la hoja puede no tener la aplicación)
guide-print-config-page-2-see = Una dirección IP como 192.168.1.23: la dirección de la impresora en su red.
# Source: facts/wps.md §1.5 (walk time)
guide-print-lights-only-5 = Compruebe si se conectó: en una computadora o un teléfono conectado a su red Wi-Fi, busque la impresora, por ejemplo donde se agrega una impresora. Si no se conectó después de 2 minutos, empiece otra vez desde el paso 3.
# Source: facts/wps.md §1.5 (the walk time is 2 minutes)
guide-print-pin-into-router = Enseguida, escriba el PIN en la página del router que dejó abierta e inicie. Si la impresora muestra su propio temporizador, siga ese. WPS espera solo unos 2 minutos.
guide-print-router-first = Antes de que la impresora genere un PIN: en una computadora o un teléfono, abra la página de configuración del router e inicie sesión. Busque dónde acepta el PIN de un dispositivo (suele estar en WPS, Inalámbrico o Wi-Fi) y deje esa página abierta. Anote la dirección del router al final de esta guía, para volver a encontrar la página.
guide-print-router-side-1 = Abra la página de configuración del router: escriba la dirección del router (anótela al final de esta guía) en un navegador web. La contraseña del router puede estar en su etiqueta; si no, pregunte a quien configuró el router.
# Source: facts/hp-printers.md §3.2 (report button combinations vary by model)
guide-print-web-page-1 = Busque la dirección de la impresora en una página de configuración de red. Cómo imprimirla varía según el modelo: consulte el manual del usuario de la impresora.
guide-print-write-title = Anótelo aquí
guide-print-write-pin = El PIN de WPS:
guide-print-write-router = La dirección del router:
