# Português (Brasil)
## Printer catalog: why a printer is in the search results
catalog-why-exact = O número do modelo { $model } corresponde.
catalog-why-same-number = { $typed } tem o mesmo número que { $model }.
catalog-why-number-only = { $typed } é o número do modelo { $model }.
catalog-why-beginning = { $model } começa com { $typed }.
catalog-why-in-series = { $typed } faz parte da série { $model } (de { $first } a { $last }).
catalog-why-series-covers = A série { $typed } (de { $first } a { $last }) inclui { $model }.
catalog-why-in-range = { $typed } é um dos modelos { $model }.
catalog-why-near = { $typed } não está entre os nomes de modelo desta família, mas os dados do driver da HP chamam a família de série { $model }.
catalog-why-words = As palavras do nome correspondem.

## Command line: lookup
cli-lookup-none = Nenhuma impressora HP corresponde a “{ $query }”. Confira o nome na frente da impressora ou na etiqueta dela.
cli-lookup-yes = sim
cli-lookup-no = não
cli-lookup-facts = Wi-Fi: { $wifi }. Cabo de rede: { $cable }. Página web: { $web }.
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
catalog-fact-cable = Entrada para cabo de rede: { $answer }
catalog-no-wifi = Esta impressora não tem Wi-Fi. Ela não consegue se conectar a uma rede Wi-Fi, nem com WPS nem de nenhum outro jeito.
catalog-what-works = O que pode funcionar em vez disso
catalog-use-usb = Conecte a impressora ao computador com um cabo USB.
catalog-use-ethernet = Conecte a impressora ao roteador com um cabo de rede (Ethernet).
catalog-use-guide = Veja no manual do usuário da impressora as formas de conexão que ela aceita.
catalog-panel-question = Que painel de controle a sua impressora tem? Escolha a imagem mais parecida com ele.
catalog-panel-remember-note = Sua resposta fica guardada para este modelo neste computador.
catalog-panel-known = Você já nos disse que este modelo tem: { $panel }.
catalog-panel-show-steps = Mostrar os passos
catalog-panel-change = Não está certo: escolher de novo
catalog-choose-other = Escolher outro modelo
catalog-answers-damaged = Não foi possível ler os painéis de controle guardados, então talvez a pergunta seja feita de novo. O arquivo danificado foi mantido aqui: { $path }

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
    [one] { $count } resposta foi adicionada.
   *[other] { $count } respostas foram adicionadas.
}
catalog-share-skipped = { $count ->
    [one] { $count } item não pôde ser lido e ficou de fora.
   *[other] { $count } itens não puderam ser lidos e ficaram de fora.
}
catalog-card-remembered = Painel de controle, como você nos disse antes: { $panel }
