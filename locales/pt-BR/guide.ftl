# Português (Brasil)
## Guides: where the PIN is, and how to use it. Menu names are general on purpose:
## no source gives HP's exact menus per model (facts/hp-printers.md §3.2).
guide-step-of = Passo { $step } de { $total }
guide-next = Próximo
guide-previous = Passo anterior
guide-see = O que você deve ver
guide-if-not = Se não: veja “Não funciona”.
guide-open-trouble = Não funciona
guide-other-routes = Outras formas de encontrar o PIN ou de conectar
guide-names-vary = Os nomes dos menus variam conforme o modelo. Se não encontrar um menu, consulte o manual do usuário da impressora.
guide-done = Digitar o PIN
guide-start-over = Voltar ao passo 1

guide-touchscreen-title = Impressora com tela sensível ao toque
guide-touchscreen-intro = Sua impressora mostra o PIN na tela, e você digita esse PIN no roteador. Prepare antes a página do roteador: ela pode demorar para abrir, e o WPS espera só cerca de 2 minutos.
guide-touchscreen-1 = Coloque a impressora perto do roteador, toque na tela para ativá-la e abra as configurações de Sem fio ou Rede.
guide-touchscreen-2 = Escolha Wi-Fi Protected Setup (WPS) e depois PIN.

guide-text-display-title = Impressora com visor de texto pequeno e botões
guide-text-display-intro = Sua impressora mostra o PIN no pequeno visor, e você digita esse PIN no roteador. Prepare antes a página do roteador: ela pode demorar para abrir, e o WPS espera só cerca de 2 minutos.
guide-text-display-1 = Com os botões ao lado do visor, abra o menu Rede ou Sem fio (em alguns modelos ele fica dentro de Configuração).
guide-text-display-2 = Procure Wi-Fi Protected Setup ou WPS Setup e escolha PIN.

guide-lights-only-title = Impressora só com botões e luzes
guide-lights-only-intro = Sem tela, a impressora não consegue mostrar um PIN, então o caminho são os botões WPS. Alguns modelos imprimem um PIN na página de configuração de rede: veja esse guia.
guide-lights-only-1 = Coloque a impressora perto do roteador e ligue-a. Confira que nenhum outro aparelho está no modo WPS: o roteador recusa dois ao mesmo tempo.
guide-lights-only-2 = Antes de iniciar qualquer coisa, descubra como a sua impressora inicia o WPS com o botão Sem fio: por quanto tempo segurar o botão e qual outro botão apertar junto com ele variam conforme o modelo. Procure isso agora no manual do usuário da impressora. Encontre também o botão WPS do seu roteador, ou o lugar da página de configurações dele que inicia o WPS.
guide-lights-only-3 = Inicie o WPS na impressora com o botão Sem fio, do jeito que você descobriu.
guide-lights-only-3-see = A luz Sem fio da impressora muda; em alguns modelos ela começa a piscar.
guide-lights-only-4 = Em até 2 minutos, aperte o botão WPS do roteador ou inicie o WPS na página de configurações dele.
guide-lights-only-5 = Veja se ela se conectou. Se você escolheu sua impressora neste aplicativo, a página “Sua impressora” mostra quando ela está no Wi-Fi. Se ela não se conectou depois de 2 minutos, comece de novo a partir do passo 3.

guide-label-title = Um PIN em uma etiqueta
guide-label-intro = Alguns aparelhos têm um PIN fixo impresso em uma etiqueta.
guide-label-1 = Procure na impressora uma etiqueta que diga “WPS PIN”.
guide-label-2 = Se a sua impressora tiver tela, use o PIN que ela mostra quando você inicia o modo PIN do WPS, e não um PIN de uma etiqueta ou de uma impressão antiga: um aparelho com tela deve criar um PIN novo a cada configuração.
guide-label-3 = Antes de iniciar qualquer coisa: abra a página de configurações do seu roteador e encontre onde ele recebe o PIN de um aparelho, e procure no manual do usuário da impressora como colocá-la no modo PIN do WPS.
guide-label-4 = Coloque a impressora no modo PIN do WPS e, na mesma hora, digite o PIN da etiqueta na página do roteador e inicie. Se a impressora mostrar o próprio cronômetro, siga esse.

guide-config-page-title = Página de configuração de rede
guide-config-page-intro = A impressora pode imprimir uma página sobre a rede dela: o endereço, o Wi-Fi e, em alguns modelos, um PIN WPS.
guide-config-page-1 = Imprima uma página de configuração de rede ou um relatório de teste da rede sem fio. Nas impressoras com tela, procure nos menus por Relatórios ou Rede. Nas outras, é uma combinação de botões. As duas coisas variam conforme o modelo: consulte o manual do usuário da impressora.
guide-config-page-2 = Encontre as linhas sobre a rede: o nome da rede (SSID), o status, o endereço IP e o endereço de hardware (MAC).
guide-config-page-2-see = Um endereço IP como 192.168.1.23. Digite esse endereço na página “Encontrar minha impressora” para verificar a impressora a partir deste computador.
guide-config-page-3 = Se a página mostrar um PIN WPS, antes de iniciar qualquer coisa: abra a página de configurações do seu roteador e encontre onde ele recebe o PIN de um aparelho, e procure no manual do usuário da impressora como colocá-la no modo PIN do WPS.
guide-config-page-4 = Coloque a impressora no modo PIN do WPS e, na mesma hora, digite o PIN da página impressa na página do roteador e inicie. Se a impressora mostrar o próprio cronômetro, siga esse.

guide-web-page-title = A página web da própria impressora
guide-web-page-intro = Muitas impressoras em rede têm a própria página web, chamada servidor web incorporado. Você abre essa página em um navegador. Se a impressora ainda não estiver na sua rede, conecte-a primeiro ao roteador com um cabo de rede e desconecte o cabo quando o Wi-Fi estiver configurado.
guide-web-page-1 = Encontre o endereço da impressora: na página “Encontrar minha impressora” ou em uma página de configuração de rede.
guide-web-page-2 = Digite o endereço em um navegador, em um computador que esteja na mesma rede.
guide-web-page-2-see = A página web da impressora, com o nome e o status dela. Antes de digitar qualquer coisa ali, confira se o endereço é o mesmo da página de configuração de rede da impressora.
guide-web-page-3 = Procure em Rede ou Sem fio. Alguns modelos permitem iniciar o WPS ou mudar as configurações de Wi-Fi ali. Os nomes variam conforme o modelo.

guide-hp-smart-title = O aplicativo HP Smart
guide-hp-smart-intro = O aplicativo da HP, o HP Smart, oferece o próprio jeito de colocar uma impressora no Wi-Fi. Ele também pode mostrar o PIN WPS da impressora ou dizer como obtê-lo.
guide-hp-smart-1 = Instale o aplicativo HP Smart. Você pode baixá-lo da HP ou da loja de aplicativos do seu celular ou computador.
guide-hp-smart-2 = Abra o aplicativo, escolha adicionar uma impressora e siga os passos.

guide-router-side-title = O lado do roteador
guide-router-side-intro = O WPS também precisa do roteador. Veja como passar o PIN da impressora para o roteador, usar o PIN do roteador ou apertar o botão dele.
guide-router-side-1 = Abra a página de configurações do roteador. A página “Seu roteador” abre essa página para você. A senha do roteador pode estar na etiqueta dele; se não estiver, pergunte a quem configurou o roteador.
guide-router-side-2 = Encontre o WPS, muitas vezes em Sem fio ou Wi-Fi, e escolha adicionar um aparelho com PIN. Digite o PIN da impressora e inicie. Os nomes variam conforme o roteador.
guide-router-side-2-see = O roteador mostra que o WPS começou.
guide-router-side-3 = Se o roteador tiver um PIN próprio (na etiqueta ou na página de configurações dele), você pode, em vez disso, digitar esse PIN na impressora. Use este jeito por último: ele deixa a impressora mudar as configurações do roteador, e alguns roteadores param de aceitar esse PIN por um tempo depois de tentativas erradas.
guide-router-side-4 = Sem PIN: inicie o WPS por botão na impressora e, em até 2 minutos, aperte o botão WPS do roteador.
guide-router-side-5 = Só um aparelho pode estar no modo WPS de cada vez. Se dois aparelhos iniciarem o WPS por botão dentro de 2 minutos, o roteador recusa os dois.

guide-after-setup-title = Depois da configuração: desligue o WPS
guide-after-setup-intro = Quando a sua impressora estiver no Wi-Fi, o WPS não é mais necessário.
guide-after-setup-1 = Abra a página de configurações do roteador e desligue o WPS ou, pelo menos, o PIN do roteador.
guide-after-setup-2 = Por quê: alguém por perto consegue adivinhar um PIN WPS em no máximo cerca de 11.000 tentativas, porque o roteador confere o PIN em duas metades. Com o WPS desligado, só quem sabe a senha do seu Wi-Fi consegue se conectar.

## Text alternatives of the guide pictures
picture-panel-touchscreen = Imagem: uma impressora com uma tela grande sensível ao toque; as configurações de Wi-Fi estão em destaque.
picture-panel-text-display = Imagem: o visor pequeno de uma impressora mostrando o menu Rede; o visor e os botões ao lado estão destacados.
picture-panel-lights-only = Imagem: uma impressora só com botões e luzes; o botão Sem fio está em destaque.
picture-printer-label = Imagem: uma impressora com uma etiqueta na parte de trás; o PIN da etiqueta está em destaque.
picture-config-page = Imagem: uma página de configuração de rede impressa; a linha com o endereço da impressora está destacada.
picture-web-page = Imagem: uma janela do navegador mostrando a página web da impressora; a seção Rede está em destaque.
picture-hp-smart = Imagem: um celular com um aplicativo; o botão para adicionar uma impressora está destacado.
picture-router-admin = Imagem: uma janela do navegador mostrando a página de configurações de um roteador; a seção WPS e o campo do PIN estão em destaque.
picture-router-button = Imagem: um roteador; o botão WPS dele está em destaque.
picture-pin-to-router = Imagem: a impressora mostra o PIN na tela, e o PIN vai para o roteador.
picture-pin-to-printer = Imagem: o PIN da etiqueta do roteador vai para a impressora.
picture-push-buttons = Imagem: os botões WPS da impressora e do roteador, apertados com menos de 2 minutos de diferença.
## A menu item drawn on the printer's screen and web page in the pictures
picture-word-network = Rede
guide-print-footer = Impresso pelo WPS PIN Helper.
guide-print = Imprimir ou salvar este guia
guide-not-printed = Não foi possível salvar o guia. Motivo: { $reason }
cli-guide-routes = Guias: { $routes }
cli-guide-unknown = Não existe um guia chamado “{ $route }”.
guide-print-model = Para a impressora: { $model }
guide-see-joined = Ver se ela se conectou
guide-router-first = Antes de a impressora gerar um PIN: em um computador ou celular, abra a página de configurações do roteador e entre nela. Encontre onde ela aceita o PIN de um aparelho (em geral em WPS, Sem fio ou Wi-Fi) e deixe essa página aberta. A página “Seu roteador” ajuda você a encontrá-la.
guide-touchscreen-2-see = A impressora mostra um PIN de 8 dígitos e muitas vezes um cronômetro.
guide-pin-into-router = Na mesma hora, digite o PIN na página do roteador que você deixou aberta e inicie. Se a impressora mostrar o próprio cronômetro, siga esse. A página “Digitar um PIN” confere o PIN e conta os 2 minutos.
guide-text-display-2-see = O visor mostra o PIN. Anote.
guide-buttons-vary = Os botões e os padrões das luzes variam conforme o modelo. Se não encontrar um botão, consulte o manual do usuário da impressora.
guide-done-home = Concluir
guide-after-setup-3 = Mantenha o firmware do roteador atualizado, e só pelo fabricante do roteador: pela página de configurações dele ou pelo site do fabricante.
picture-word-wifi = Wi-Fi
picture-word-firmware = Firmware
picture-touchscreen-pin = Imagem: a tela sensível ao toque de uma impressora em WPS PIN; o PIN de 8 dígitos está destacado, com um cronômetro ao lado.
picture-text-display-pin = Imagem: o pequeno visor de uma impressora mostrando o PIN; o visor e os botões estão destacados.
picture-lights-watch = Imagem: uma impressora só com botões e luzes; a luz acima do botão Sem fio está destacada, para observar.
picture-printer-near-router = Imagem: uma impressora logo ao lado do roteador; o botão liga/desliga da impressora está destacado.
picture-config-print = Imagem: uma impressora imprimindo uma página; a página que sai está destacada.
picture-config-page-pin = Imagem: uma página de configuração de rede impressa; a linha com um PIN WPS está destacada.
picture-web-page-address = Imagem: uma janela do navegador; o endereço da impressora na barra de endereços está destacado.
picture-hp-smart-install = Imagem: um celular baixando um aplicativo; o download está destacado.
picture-router-sign-in = Imagem: uma janela do navegador com o endereço do roteador; a barra de endereços e o campo de senha estão destacados.
picture-router-wps-off = Imagem: a página de configurações de um roteador; a chave do WPS, desligada, está destacada.
picture-router-firmware = Imagem: a página de configurações de um roteador; o botão para atualizar o firmware está destacado.
picture-pin-halves = Imagem: um PIN dividido em duas metades, cada uma destacada: o roteador confere uma de cada vez.
picture-one-at-a-time = Imagem: a impressora e o roteador com os botões WPS destacados; um celular entre eles, também no modo WPS, está riscado.
picture-user-guide = Imagem: o manual do usuário da impressora, aberto; a página sobre os botões dela está destacada.
guide-save-dialog-title = Salvar o guia
guide-saved = O guia foi salvo como “{ $file }”, uma página web que você pode abrir e imprimir.
guide-saved-opening = O guia foi salvo como “{ $file }”. O aplicativo pediu ao seu navegador que o abra, pronto para imprimir; se nada abrir, abra o arquivo na pasta que você escolheu.
guide-no-file = Nenhum arquivo foi escolhido. Você também pode digitar abaixo onde salvar o guia.
guide-save-where = Ou digite onde salvar o guia

## As palavras próprias do guia impresso (quem tem a folha pode não ter o aplicativo)
guide-print-config-page-2-see = Um endereço IP como 192.168.1.23: o endereço da impressora na sua rede.
# Source: facts/wps.md §1.5 (walk time)
guide-print-lights-only-5 = Veja se ela se conectou: em um computador ou celular no seu Wi-Fi, procure a impressora, por exemplo onde se adiciona uma impressora. Se ela não se conectou depois de 2 minutos, comece de novo no passo 3.
# Source: facts/wps.md §1.5 (the walk time is 2 minutes)
guide-print-pin-into-router = Na mesma hora, digite o PIN na página do roteador que você deixou aberta e inicie. Se a impressora mostrar o próprio cronômetro, siga esse. O WPS espera só cerca de 2 minutos.
guide-print-router-first = Antes de a impressora gerar um PIN: em um computador ou celular, abra a página de configurações do roteador e entre nela. Encontre onde ela aceita o PIN de um aparelho (em geral em WPS, Sem fio ou Wi-Fi) e deixe essa página aberta. Anote o endereço do roteador no fim deste guia, para encontrar a página de novo.
guide-print-router-side-1 = Abra a página de configurações do roteador: digite o endereço do roteador (anote-o no fim deste guia) em um navegador. A senha do roteador pode estar na etiqueta dele; se não estiver, pergunte a quem configurou o roteador.
# Source: facts/hp-printers.md §3.2 (report button combinations vary by model)
guide-print-web-page-1 = Encontre o endereço da impressora em uma página de configuração de rede. Como imprimir essa página varia conforme o modelo: consulte o manual do usuário da impressora.
guide-print-write-title = Anote aqui
guide-print-write-pin = O PIN do WPS:
guide-print-write-router = O endereço do roteador:
