# Português (Brasil)
## Printer catalog: why a printer is in the search results
catalog-why-exact = O número do modelo { $model } corresponde.
catalog-why-same-number = { $typed } tem o mesmo número que { $model }.
catalog-why-number-only = { $typed } é o número do modelo { $model }.
catalog-why-beginning = { $model } começa com { $typed }.
catalog-why-in-series = { $typed } está dentro da série { $model } (de { $first } a { $last }), então provavelmente faz parte dela.
catalog-why-series-covers = A série { $typed } (de { $first } a { $last }) inclui { $model }.
catalog-why-in-range = { $typed } é um dos modelos { $model }.
catalog-why-near = { $typed } não está entre os nomes de modelo desta família, mas os dados do driver da HP chamam a família de série { $model }.
catalog-why-words = As palavras do nome correspondem.
catalog-other-lines = Nenhuma impressora { $lines } corresponde. Estas impressoras são de outras linhas.
catalog-not-in-list = Ainda não está na nossa lista (pode ser mais novo que a lista). Você pode continuar: escolha o seu painel de controle pela imagem.
# Source: facts/hp-printers.md §3.1 (the list is derived from HPLIP's models.dat)
catalog-source = A lista de impressoras vem dos dados de modelos do HPLIP { $version }, o software de impressão da HP para Linux: { $families } famílias com { $names } nomes de modelo.

## Wi-Fi: yes, no or not known, and where the answer comes from
wifi-yes = sim
wifi-no = não
wifi-unknown = não se sabe
wifi-answer-with-source = { $answer } ({ $source })
wifi-source-printer = a impressora informou um adaptador Wi-Fi
# Source: facts/hp-printers.md §3.1 (io-support bit 0x8 = wireless)
wifi-source-hplip = dados do driver da HP
# Source: facts/hp-printers.md §3.4 (“w” after a LaserJet model number: built-in wireless; on other lines only a hint)
wifi-source-model-name = um “w” nas letras do nome do modelo
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-some-models = alguns modelos desta família têm um “w” nas letras e, portanto, Wi-Fi
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-model-name-not-in-family = as letras do seu modelo têm um “w”, mas esta família só tem esse número com outras letras
# Source: facts/hp-printers.md §3.1 (io-support bits 0x4 network, 0x8 wireless)
wifi-source-hplip-network-only = os dados do driver da HP indicam uma conexão de rede, mas não Wi-Fi
# Source: facts/hp-printers.md §3.1 (io-support bit mask: no wireless bit)
wifi-source-hplip-usb-only = os dados do driver da HP não indicam Wi-Fi para este modelo
# Source: facts/hp-printers.md §3.1 (io-support bit mask: USB only)
wifi-source-hplip-usb-only-on-network = os dados do driver da HP indicam só USB, mas a impressora respondeu na rede
# Source: facts/hp-printers.md §3.1 (io-support bit mask)
wifi-source-hplip-nothing = os dados do driver da HP não indicam as conexões deste modelo
wifi-source-not-in-list = este modelo não está na nossa lista

## Command line: lookup
catalog-no-match = Nenhuma impressora HP corresponde a “{ $query }”. Confira o nome na frente da impressora ou na etiqueta dela.
words-yes = sim
words-no = não
catalog-facts = Wi-Fi: { $wifi }. Conexão de rede: { $cable }. Página web na impressora: { $web }.
cli-lookup-names = Também vendida como: { $names }

## Choose my model page
catalog-search-label = Digite o nome ou o número do modelo. Essa informação fica na frente da impressora ou na etiqueta dela.
catalog-search-hint = Por exemplo: OfficeJet Pro 9015e
catalog-search-intro = Os resultados aparecem enquanto você digita. Basta um número, como 9015.
catalog-results = { $count ->
    [one] { $count } impressora encontrada. Escolha a sua.
   *[other] { $count } impressoras encontradas. Escolha a sua.
}
catalog-not-listed = Sua impressora não está na lista? Os passos dependem do painel de controle da impressora, então você pode escolher o painel em vez do modelo.
catalog-fact-wifi = Wi-Fi: { $answer }
catalog-fact-web = Página web na impressora: { $answer }
catalog-fact-cable = Conexão de rede: { $answer }
# Source: facts/hp-printers.md §3.1 (HPLIP's io-support bit mask: no wireless bit)
catalog-wifi-no = Os dados do driver da HP não indicam Wi-Fi para este modelo. Se a sua impressora tem um botão, uma luz ou um menu de Wi-Fi, ela tem Wi-Fi.
catalog-wifi-unknown = Não temos como saber se este modelo tem Wi-Fi. Se a sua impressora tem um botão, uma luz ou um menu de Wi-Fi, ela tem Wi-Fi.
catalog-what-works-if-none = Se ela não tiver Wi-Fi, isto pode funcionar no lugar
catalog-use-usb = Conecte a impressora ao computador com um cabo USB.
catalog-use-ethernet = Conecte a impressora ao roteador com um cabo de rede (Ethernet).
catalog-use-guide = Veja no manual do usuário da impressora as formas de conexão que ela aceita.
catalog-panel-question = Que painel de controle a sua impressora tem? Escolha a imagem mais parecida com ele.
catalog-panel-remember-note = Sua resposta fica guardada para este modelo neste computador.
catalog-panel-known = Você já nos disse que este modelo tem: { $panel }.
catalog-panel-show-steps = Mostrar os passos
catalog-panel-change = Não está certo: escolher de novo
catalog-choose-other = Escolher outro modelo
catalog-answers-damaged = Não foi possível ler os painéis de controle guardados, então talvez a pergunta seja feita de novo.

## Sharing remembered control panels
catalog-share-title = Painéis de controle guardados
catalog-share-count = { $count ->
    [0] Nenhum painel de controle foi guardado ainda.
    [one] O painel de controle de { $count } modelo está guardado.
   *[other] Os painéis de controle de { $count } modelos estão guardados.
}
catalog-share-path = Arquivo para compartilhar com outros computadores
catalog-share-export = Salvar as respostas neste arquivo
catalog-share-import = Adicionar as respostas deste arquivo
catalog-share-exported = As respostas foram salvas em { $path }.
catalog-share-imported = { $count ->
    [0] Nenhuma resposta foi adicionada.
    [one] 1 resposta foi adicionada.
   *[other] { $count } respostas foram adicionadas.
}
catalog-share-skipped = { $count ->
    [one] { $count } item não pôde ser lido e ficou de fora.
   *[other] { $count } itens não puderam ser lidos e ficaram de fora.
}
catalog-card-remembered = Painel de controle, como você nos disse antes: { $panel }
