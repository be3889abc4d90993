## The PIN page's steps, per direction and kind of control panel, in the order that fits
## the two-minute window (crates/core/src/guide/howto.rs)
howto-title = 2. Faça isto, nesta ordem
howto-router-open = Em um computador ou celular conectado ao seu roteador, abra a página de configurações do roteador e entre nela. Isso pode demorar, então faça primeiro.
howto-router-find-pin-field = Encontre onde o roteador aceita o PIN de um aparelho: em geral em WPS, Sem fio ou Wi-Fi, como “adicionar um aparelho com PIN”. Deixe essa página aberta. Os nomes variam conforme o roteador. Alguns roteadores aceitam só o botão: nesse caso, use os botões WPS.
howto-make-pin-touchscreen = Agora gere o PIN: na tela sensível ao toque da impressora, abra as configurações de Sem fio ou Rede, depois Wi-Fi Protected Setup (WPS), e escolha PIN. Os nomes dos menus variam conforme o modelo.
howto-make-pin-text-display = Agora gere o PIN: com os botões ao lado do visor da impressora, abra o menu Rede ou Sem fio (em alguns modelos ele fica dentro de Configuração), depois Wi-Fi Protected Setup (WPS), e escolha PIN. Os nomes dos menus variam conforme o modelo.
howto-make-pin-lights-only = Sua impressora não tem tela para mostrar um PIN. Alguns modelos imprimem um PIN de WPS na página de configuração de rede: imprima essa página. O jeito de imprimir varia conforme o modelo: consulte o manual do usuário da impressora.
howto-make-pin-any = Agora gere o PIN na impressora: na tela dela, abra as configurações de Sem fio ou Rede, depois Wi-Fi Protected Setup (WPS), e escolha PIN. Os nomes dos menus variam conforme o modelo.
howto-timer-printer-pin = Quando a impressora mostrar o PIN, inicie o cronômetro abaixo. A partir daí, o WPS espera cerca de 2 minutos.
howto-timer-pin-mode = Inicie o modo PIN do WPS na impressora como o manual do usuário indica e, nesse momento, inicie o cronômetro abaixo.
howto-type-into-router = Na mesma hora, digite o PIN na página do roteador que você deixou aberta e inicie. Se a impressora mostrar o próprio cronômetro, siga esse. Para pegar um erro de digitação, você também pode digitar o PIN aqui: o aplicativo confere.
howto-joined-screen = Veja se ela se conectou: a impressora avisa na tela. Se você escolheu sua impressora neste aplicativo, a página “Sua impressora” também mostra.
howto-joined-light = Veja se ela se conectou: observe a luz Sem fio da impressora. O que cada padrão da luz significa está no manual do usuário. Se você escolheu sua impressora neste aplicativo, a página “Sua impressora” também mostra.
howto-joined-any = Veja se ela se conectou: a impressora avisa na tela ou com a luz Sem fio. Se você escolheu sua impressora neste aplicativo, a página “Sua impressora” também mostra.
howto-router-pin-find = Encontre o PIN do roteador: na etiqueta do roteador ou na página de configurações dele, em WPS. Você pode digitá-lo aqui: o aplicativo confere.
howto-enter-pin-touchscreen = Na tela sensível ao toque da impressora, abra as configurações de Sem fio ou Rede, depois Wi-Fi Protected Setup (WPS), e escolha digitar um PIN. Os nomes dos menus variam conforme o modelo.
howto-enter-pin-text-display = Com os botões ao lado do visor da impressora, abra o menu Rede ou Sem fio (em alguns modelos ele fica dentro de Configuração), depois Wi-Fi Protected Setup (WPS), e escolha digitar um PIN. Os nomes dos menus variam conforme o modelo.
howto-enter-pin-lights-only = Sua impressora não tem tela para digitar um PIN. Use os botões WPS: escolha “Não há PIN: usar os botões WPS” acima.
howto-enter-pin-any = Na impressora, abra as configurações de Wi-Fi Protected Setup (WPS) e escolha digitar um PIN. Os nomes dos menus variam conforme o modelo.
howto-timer-router-pin = Digite o PIN do roteador na impressora e inicie. Nesse momento, inicie o cronômetro abaixo.
howto-button-one-at-a-time = Confira que nenhum outro aparelho está no modo WPS: se dois aparelhos iniciarem o WPS por botão dentro de 2 minutos, o roteador recusa os dois.
howto-button-router = Aperte o botão WPS do roteador ou inicie o WPS na página de configurações dele. Nesse momento, inicie o cronômetro abaixo.
howto-button-printer-touchscreen = Em até 2 minutos, na tela sensível ao toque da impressora, abra as configurações de Sem fio ou Rede, depois Wi-Fi Protected Setup (WPS), e escolha a opção de botão (Push Button). Os nomes dos menus variam conforme o modelo.
howto-button-printer-text-display = Em até 2 minutos, com os botões ao lado do visor da impressora, abra o menu Rede ou Sem fio (em alguns modelos ele fica dentro de Configuração), depois Wi-Fi Protected Setup (WPS), e escolha a opção de botão (Push Button). Os nomes dos menus variam conforme o modelo.
howto-button-printer-lights-only = Em até 2 minutos, inicie o WPS na impressora com o botão Sem fio. Por quanto tempo segurar o botão e qual outro botão apertar junto com ele variam conforme o modelo: consulte o manual do usuário da impressora.
howto-button-printer-any = Em até 2 minutos, inicie o WPS por botão na impressora: em uma tela, escolha a opção de botão (Push Button) em Wi-Fi Protected Setup (WPS); sem tela, use o botão Sem fio. Os menus e os botões variam conforme o modelo.
howto-why-router-last = Use este jeito só quando os outros dois não funcionarem: o PIN do roteador deixa a impressora mudar as configurações do roteador, e é esse PIN que o roteador bloqueia depois de tentativas erradas.
