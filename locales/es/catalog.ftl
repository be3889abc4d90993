# Español (neutro, para España y América Latina)
## Printer catalog: why a printer is in the search results
catalog-why-exact = El número de modelo { $model } coincide.
catalog-why-same-number = { $typed } tiene el mismo número que { $model }.
catalog-why-number-only = { $typed } es el número de { $model }.
catalog-why-beginning = { $model } empieza por { $typed }.
catalog-why-in-series = { $typed } está dentro de la serie { $model } (de { $first } a { $last }), así que probablemente pertenece a ella.
catalog-why-series-covers = La serie { $typed } (de { $first } a { $last }) incluye { $model }.
catalog-why-in-range = { $typed } es uno de { $model }.
catalog-why-near = { $typed } no está entre los nombres de modelo de esta familia, pero los datos del controlador de HP la llaman serie { $model }.
catalog-why-words = Las palabras del nombre coinciden.
catalog-other-lines = Ninguna impresora { $lines } coincide. Estas impresoras son de otras líneas.
catalog-not-in-list = Todavía no está en nuestra lista (puede ser más reciente que la lista). Puede continuar: elija su panel de control por su imagen.
# Source: facts/hp-printers.md §3.1 (the list is derived from HPLIP's models.dat)
catalog-source = La lista de impresoras procede de los datos de modelos de HPLIP { $version }, el software de impresión de HP para Linux: { $families } familias con { $names } nombres de modelo.

## Wi-Fi: yes, no or not known, and where the answer comes from
wifi-yes = sí
wifi-no = no
wifi-unknown = no se sabe
wifi-answer-with-source = { $answer } ({ $source })
wifi-source-printer = la impresora indicó un adaptador Wi-Fi
# Source: facts/hp-printers.md §3.1 (io-support bit 0x8 = wireless)
wifi-source-hplip = datos del controlador de HP
# Source: facts/hp-printers.md §3.4 (“w” after a LaserJet model number: built-in wireless; on other lines only a hint)
wifi-source-model-name = una “w” en las letras del nombre del modelo
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-some-models = algunos modelos de esta familia tienen una “w” en sus letras y, por tanto, Wi-Fi
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-model-name-not-in-family = las letras de su modelo tienen una “w”, pero esta familia solo tiene ese número con otras letras
# Source: facts/hp-printers.md §3.1 (io-support bits 0x4 network, 0x8 wireless)
wifi-source-hplip-network-only = los datos del controlador de HP indican una conexión de red, pero no Wi-Fi
# Source: facts/hp-printers.md §3.1 (io-support bit mask: no wireless bit)
wifi-source-hplip-usb-only = los datos del controlador de HP no indican Wi-Fi para este modelo
# Source: facts/hp-printers.md §3.1 (io-support bit mask: USB only)
wifi-source-hplip-usb-only-on-network = los datos del controlador de HP solo indican USB, pero la impresora respondió en la red
# Source: facts/hp-printers.md §3.1 (io-support bit mask)
wifi-source-hplip-nothing = los datos del controlador de HP no indican las conexiones de este modelo
wifi-source-not-in-list = este modelo no está en nuestra lista

## Command line: lookup
catalog-no-match = Ninguna impresora HP coincide con “{ $query }”. Compruebe el nombre en la parte delantera de la impresora o en su etiqueta.
words-yes = sí
words-no = no
catalog-facts = Wi-Fi: { $wifi }. Conexión de red: { $cable }. Página web propia: { $web }.
cli-lookup-names = También se vende como: { $names }

## Choose my model page
catalog-search-label = Escriba el nombre o el número del modelo. Está en la parte delantera de la impresora o en su etiqueta.
catalog-search-hint = Por ejemplo: OfficeJet Pro 9015e
catalog-search-intro = Los resultados aparecen mientras escribe. Basta con el número solo, como 9015.
catalog-results = { $count ->
    [one] 1 impresora coincide. Elija la suya.
   *[other] { $count } impresoras coinciden. Elija la suya.
}
catalog-not-listed = ¿Su impresora no está en la lista? Los pasos dependen del panel de control de la impresora, así que puede elegir el panel de control en su lugar.
catalog-fact-wifi = Wi-Fi: { $answer }
catalog-fact-web = Página web propia de la impresora: { $answer }
catalog-fact-cable = Conexión de red: { $answer }
# Source: facts/hp-printers.md §3.1 (HPLIP's io-support bit mask: no wireless bit)
catalog-wifi-no = Los datos del controlador de HP no indican Wi-Fi para este modelo. Si su impresora tiene un botón, una luz o un menú de Wi-Fi, tiene Wi-Fi.
catalog-wifi-unknown = No podemos saber si este modelo tiene Wi-Fi. Si su impresora tiene un botón, una luz o un menú de Wi-Fi, tiene Wi-Fi.
catalog-what-works-if-none = Si no tiene Wi-Fi, esto puede funcionar en su lugar
catalog-use-usb = Conecte la impresora a la computadora con un cable USB.
catalog-use-ethernet = Conecte la impresora al router con un cable de red (Ethernet).
catalog-use-guide = Consulte en el manual del usuario de la impresora las formas en que puede conectarse.
catalog-panel-question = ¿Qué panel de control tiene su impresora? Elija la imagen que más se le parezca.
catalog-panel-remember-note = Esta computadora recordará su respuesta para este modelo.
catalog-panel-known = Antes nos indicó que este modelo tiene: { $panel }.
catalog-panel-show-steps = Mostrar los pasos
catalog-panel-change = No es correcto: elegir de nuevo
catalog-choose-other = Elegir otro modelo
catalog-answers-damaged = No se pudieron leer los paneles de control recordados, así que es posible que se le vuelva a preguntar.

## Sharing remembered control panels
catalog-share-title = Paneles de control recordados
catalog-share-count = { $count ->
    [0] Todavía no hay ningún panel de control recordado.
    [one] Se recuerda el panel de control de 1 modelo.
   *[other] Se recuerdan los paneles de control de { $count } modelos.
}
catalog-share-path = Archivo para compartir con otras computadoras
catalog-share-export = Guardar las respuestas en este archivo
catalog-share-import = Agregar las respuestas de este archivo
catalog-share-exported = Las respuestas se guardaron en { $path }.
catalog-share-imported = { $count ->
    [0] No se agregó ninguna respuesta.
    [one] Se agregó 1 respuesta.
   *[other] Se agregaron { $count } respuestas.
}
catalog-share-skipped = { $count ->
    [one] No se pudo leer 1 entrada y se omitió.
   *[other] No se pudieron leer { $count } entradas y se omitieron.
}
catalog-card-remembered = Panel de control, según nos indicó antes: { $panel }
