# Português (Brasil)
language-name = Português (Brasil)

## PIN verdicts (window and command line)
pin-valid-8 = { $pin } é um PIN válido: o último dígito confere com os outros.
pin-valid-4 = { $pin } é um PIN de 4 dígitos. PINs de 4 dígitos não têm dígito verificador, então compare dígito por dígito.
pin-wrong-check-digit = O último dígito não confere com os outros: o esperado era { $expected }. Confira o PIN de novo.
pin-empty = Digite o PIN: 8 dígitos (às vezes 4).
pin-wrong-length = { $count ->
    [one] Você digitou { $count } dígito. Um PIN WPS tem 8 dígitos (às vezes 4).
   *[other] Você digitou { $count } dígitos. Um PIN WPS tem 8 dígitos (às vezes 4).
}
pin-not-a-digit = “{ $character }” não é um dígito. Um PIN WPS só tem os dígitos de 0 a 9.
pin-warning-well-known = Este é um PIN padrão muito conhecido, publicado na internet. Qualquer pessoa por perto poderia usá-lo, então desligue o WPS no roteador depois da configuração.
words-warning = Atenção: { $message }

## Header and page titles
nav-back = Voltar
nav-home = Início
nav-settings = Configurações
page-home = Início
page-find-printer = Encontrar minha impressora
page-choose-model = Escolher meu modelo
page-where-pin = Onde está o PIN?
page-enter-pin = Digitar um PIN
page-troubleshoot = Não funciona
page-settings = Configurações

## Words that introduce a message, so meaning never rests on colour alone
notice-ok = Tudo certo
notice-warning = Atenção
notice-problem = Problema
notice-check-again = Confira
notice-good-to-know = É bom saber
notice-after-setup = Depois da configuração
notice-time-up = O tempo acabou

## Home
home-question = Vamos conectar sua impressora ao Wi-Fi
home-intro = Escolha por onde você quer começar. O botão Início traz você de volta para cá a qualquer momento.
home-find-printer = Encontrar minha impressora
home-find-printer-desc = Procure impressoras nesta rede.
home-choose-model = Escolher meu modelo
home-choose-model-desc = Digite o nome ou o número da sua impressora.
home-where-pin = Onde está o PIN?
home-where-pin-desc = Encontre o PIN de 8 dígitos na sua impressora.
home-enter-pin = Digitar um PIN
home-enter-pin-desc = Confira um PIN e veja como usá-lo.
home-troubleshoot = Não funciona
home-troubleshoot-desc = Verificações para tentar, uma de cada vez.
home-settings = Configurações
home-settings-desc = Tamanho do texto, cores, movimento e idioma.

## Settings
settings-title = Configurações
settings-intro = As mudanças valem na hora e ficam guardadas neste computador.
settings-text-size = Tamanho do texto
settings-text-smaller = Texto menor
settings-text-larger = Texto maior
settings-text-reset = Tamanho normal
settings-text-shortcuts = Teclado: Ctrl e + aumenta o texto, Ctrl e − diminui o texto, Ctrl e 0 volta ao tamanho normal.
settings-colours = Cores
settings-theme-normal = Normal
settings-theme-normal-desc = Texto escuro em fundo branco.
settings-theme-high-contrast = Alto contraste
settings-theme-high-contrast-desc = Texto branco em fundo preto, com um contorno amarelo grosso em volta do controle selecionado.
settings-motion = Movimento
settings-reduce-motion = Reduzir movimento
settings-reduce-motion-desc = Desliga as animações. O cronômetro passa a mudar uma vez por segundo.
settings-language = Idioma
settings-language-system = Igual ao deste computador ({ $name })
settings-language-system-desc = Segue o idioma do seu computador.
settings-stored-in = As configurações ficam guardadas nesta pasta: { $path }
settings-not-saved = Não foi possível salvar suas configurações, então elas serão perdidas quando você fechar o aplicativo. Motivo: { $reason }
settings-problem-corrupt = O arquivo de configurações estava danificado, então o aplicativo começou com as configurações normais.
settings-problem-unreadable = Não foi possível ler o arquivo de configurações, então o aplicativo começou com as configurações normais.
settings-problem-dismiss = OK
guide-progress-damaged = Não foi possível ler os passos que você alcançou nos guias, então cada guia começa de novo no passo 1.
certificates-damaged = Não foi possível ler a lista de certificados de impressoras em que o aplicativo confia. O aplicativo voltará a confiar no certificado de cada impressora na próxima vez que falar com ela.
# After a notice about a stored file, for help-desk staff (shown on request in the window)
file-kept-here = O arquivo danificado foi mantido aqui: { $path }
file-is-here = O arquivo está aqui: { $path }
file-where = Onde está o arquivo?
settings-where-files = Onde o aplicativo guarda seus arquivos

## Por que um arquivo não pôde ser lido ou gravado ({ $path } é o arquivo)
file-reason-not-found = { $path } não existe, ou a pasta dele não existe.
file-reason-no-permission = Este computador não deixa o aplicativo usar { $path }.
file-reason-no-space = O disco está cheio.
file-reason-too-large = { $path } é grande demais para ser um arquivo deste aplicativo.
file-reason-not-a-file = { $path } não é um arquivo comum (pode ser uma pasta, um atalho ou um dispositivo), então o aplicativo o deixou como está.
file-reason-damaged = { $path } não está no formato que o aplicativo espera.
file-reason-other = Algo neste computador impediu o aplicativo de usar { $path }.
file-reason-exists = { $path } já existe, então o aplicativo não o substituiu.
save-no-file-chosen = Nenhum arquivo foi escolhido, então nada foi salvo.
save-no-window = Nenhuma janela para salvar pode abrir neste computador. Digite abaixo onde salvar o arquivo.

## PIN helper
pin-title = Digitar um PIN
pin-intro = Com um PIN WPS, sua impressora se conecta ao Wi-Fi sem que você precise digitar a senha do Wi-Fi. O roteador e a impressora precisam participar.
pin-step-method = 1. Qual aparelho tem o PIN?
pin-method-printer = Minha impressora mostra um PIN
pin-method-printer-desc = Você digita o PIN da impressora na página de configurações do roteador.
pin-method-router = Meu roteador tem um PIN
pin-method-router-desc = Ele está na etiqueta do roteador ou na página de configurações dele. Você digita esse PIN na impressora.
pin-method-button = Não há PIN: usar os botões WPS
pin-method-button-desc = Você inicia o WPS na impressora e depois aperta o WPS no roteador.
pin-picture-printer = Imagem: a impressora mostra o PIN na tela, e o PIN vai para o roteador.
pin-picture-router = Imagem: o PIN da etiqueta do roteador vai para a impressora.
pin-picture-button = Imagem: os botões WPS da impressora e do roteador, apertados com menos de 2 minutos de diferença.
pin-field-label-printer = O PIN que sua impressora mostra (8 dígitos, às vezes 4)
pin-field-label-router = O PIN do seu roteador (8 dígitos, às vezes 4)
pin-field-hint = 8 dígitos
pin-progress = { $count ->
    [one] { $count } dígito até agora. Um PIN tem 8 dígitos (às vezes 4).
   *[other] { $count } dígitos até agora. Um PIN tem 8 dígitos (às vezes 4).
}
pin-wrong-check-digit-still = Se você tem certeza de que copiou certo, ainda pode tentar usar esse PIN: alguns roteadores aceitam.
pin-check = Verificar PIN
pin-copy = Copiar PIN
pin-clear = Limpar
pin-copied = O PIN foi copiado. Você pode colá-lo na página de configurações do roteador.
pin-router-lockout = Alguns roteadores param de aceitar o PIN deles por um tempo depois de tentativas erradas. Se a impressora disser que o PIN foi recusado, espere alguns minutos antes de tentar de novo. Se continuar falhando, reinicie o roteador.
pin-timer-explain = O cronômetro conta os 2 minutos que o WPS espera. Inicie-o no momento que o passo acima indica.
pin-timer-start = Iniciar o cronômetro de 2 minutos
pin-timer-left = Faltam { $time }
pin-timer-follow-printer = Se a sua impressora mostrar o próprio cronômetro, siga o cronômetro da impressora.
pin-timer-stop = Parar o cronômetro
pin-timer-ended = Inicie o WPS de novo nos dois aparelhos e depois inicie o cronômetro outra vez.
pin-timer-again = Iniciar o cronômetro de novo
pin-after-setup = Quando a sua impressora estiver conectada, desligue o WPS nas configurações do roteador ou, pelo menos, o PIN do roteador. Alguém por perto pode adivinhar um PIN WPS.
pin-where-is-pin = Onde está o PIN?
pin-not-working = Não funciona

## Where is the PIN?
where-title = Onde está o PIN?
where-intro = Que tipo de painel de controle a sua impressora tem?
where-touchscreen = Uma tela sensível ao toque
where-touchscreen-desc = Uma tela que você toca com o dedo.
where-text-display = Um visor de texto pequeno com botões
where-text-display-desc = Uma ou duas linhas de texto, com botões ao lado.
where-lights-only = Só botões e luzes
where-lights-only-desc = Nenhuma tela que mostre texto.

## It doesn't work
trouble-title = Não funciona
trouble-intro = Faça estas verificações na ordem. Marque cada uma que você já tentou.
trouble-tried = Já tentei isto
trouble-one-device = Só um aparelho no modo WPS
trouble-one-device-desc = Se dois aparelhos iniciarem o WPS por botão dentro de 2 minutos, o roteador recusa os dois. Pare o WPS nos outros aparelhos, espere 2 minutos e tente de novo só com a impressora.
trouble-two-minutes = Inicie a impressora e o roteador em até 2 minutos
trouble-two-minutes-desc = O WPS fica aberto por cerca de 2 minutos. Inicie o WPS no segundo aparelho logo depois do primeiro.
trouble-wps-on = O WPS está ligado no roteador
trouble-wps-on-desc = Alguns roteadores permitem desligar o WPS. Confira na página de configurações do roteador se o WPS está ligado. Em uma rede de trabalho ou de escola, o WPS pode estar desligado de propósito: pergunte ao administrador da rede. Alguns sistemas mesh e alguns roteadores de provedores de internet não têm WPS: nesse caso, use outro jeito abaixo.
trouble-security = A segurança do roteador é WPA2 (ou WPA2/WPA3 misto)
trouble-security-desc = Os roteadores que seguem o WPS 2.0 desligam o WPS quando a rede usa a segurança antiga WEP ou WPA só com TKIP. Com WPA3 apenas, uma impressora que só conhece WPA2 não consegue entrar, e se o WPS funciona depende do roteador. Coloque o roteador em WPA2, ou em WPA2/WPA3 misto, na página de configurações dele e deixe assim: a impressora precisa disso enquanto estiver no Wi-Fi.
trouble-hidden = O nome da rede está visível
trouble-hidden-desc = Alguns roteadores desligam o WPS quando o nome da rede (SSID) está oculto.
trouble-locked = O PIN do roteador não está bloqueado
trouble-locked-desc = Depois de várias tentativas erradas com o PIN do roteador, o roteador pode bloquear esse PIN por um tempo. Espere ou, em vez disso, use o PIN da impressora ou os botões WPS. Se continuar falhando, reinicie o roteador.
trouble-restart = Impressora e roteador reiniciados e perto um do outro
trouble-restart-desc = Desligue e ligue de novo a impressora e o roteador. Deixe a impressora perto do roteador enquanto faz a configuração.
trouble-other-ways = Outras formas de conectar
trouble-other-smart = Use o aplicativo HP Smart, da HP. Ele também pode mostrar o PIN WPS da impressora ou dizer como obtê-lo.
trouble-other-ews = Abra a página web da própria impressora (o servidor web incorporado) em um navegador; alguns modelos permitem configurar o Wi-Fi ali. Isso também ajuda quem tem dificuldade para apertar os botões da impressora. Se a impressora ainda não estiver na sua rede, conecte-a primeiro com um cabo (próxima linha).
trouble-other-cable = Conecte a impressora ao roteador com um cabo de rede. Imprima a página de configuração de rede para ver o endereço dela, abra a página web nesse endereço, configure o Wi-Fi ali e depois desconecte o cabo.
trouble-other-password = Digite a senha do Wi-Fi na impressora, se ela tiver tela.
trouble-back-to-pin = Tentar o PIN de novo


## Choose my model
model-by-panel = Escolher pelo tipo de painel de controle

## About
page-about = Sobre
settings-about = Sobre este aplicativo
about-version = Versão { $version }
about-what = Conecta impressoras HP ao Wi-Fi com WPS. O aplicativo só se comunica com a sua própria rede.
about-licence = Licença: { $licence }
about-components = Este aplicativo é feito com { $count } componentes de código aberto. As licenças desses componentes pedem que mostremos os avisos deles, abaixo.
about-show-notices = Mostrar os avisos de terceiros
about-hide-notices = Ocultar os avisos de terceiros

## How this language joins a label to its value, and the items of a list
words-label-value = { $label }: { $value }
words-list-separator = { ", " }
words-with-note = { $text } ({ $note })
words-with-detail = { $text } — { $detail }
words-bullet = • { $text }
words-numbered = { $number }. { $text }
words-percent = { $value }%
words-group-separator = { "." }
words-group-from = 4
demo-banner = Demonstração — impressoras simuladas
demo-banner-detail = As impressoras daqui são inventadas para praticar. No modo de demonstração, o aplicativo não se comunica com nenhuma impressora, roteador ou rede.
demo-not-asked = No modo de demonstração, o aplicativo não se comunica com impressoras reais. Escolha uma das impressoras de demonstração em “Encontrar minha impressora”.
trouble-same-way = A impressora e o roteador usam o mesmo jeito
trouble-same-way-desc = O PIN da impressora vai no lugar do roteador para o PIN de um aparelho; o PIN do próprio roteador vai na impressora; os botões WPS da impressora e do roteador não precisam de PIN. Alguns roteadores aceitam só o botão: nesse caso, use os botões WPS.
trouble-band = A rede oferece 2,4 GHz
trouble-band-desc = Uma impressora que usa só Wi-Fi de 2,4 GHz não consegue entrar em uma rede sem a banda de 2,4 GHz. Se o seu roteador tiver redes separadas de 2,4 GHz e de 5 GHz, use a de 2,4 GHz.
trouble-isolation = Sem rede de convidados nem isolamento durante a configuração
trouble-isolation-desc = Em uma rede de convidados, ou com o roteador separando os aparelhos sem fio (“isolamento de AP” ou “isolamento de clientes”), este computador não alcança a impressora. Use a rede principal, ou desligue o modo convidado e o isolamento enquanto configura.
home-printer = Sua impressora
home-printer-desc = Veja o que sua impressora informa e se ela está no Wi-Fi.
scan-see-printer = Ver o status
problem-source-web = a página web da impressora
nav-new-customer = Novo cliente
home-new-customer = Novo cliente
home-new-customer-desc = Recomeçar para a próxima pessoa: a impressora, o modelo, o PIN, as verificações e o resumo são apagados. As configurações e os painéis de controle lembrados ficam.
question-new-customer = Uma janela WPS de 2 minutos está em andamento. Recomeçar para um novo cliente? Tudo sobre este cliente é apagado.
question-new-customer-yes = Recomeçar
question-new-customer-no = Continuar
question-replace = “{ $file }” já existe em { $folder }. Substituir?
question-replace-yes = Substituir
question-replace-no = Manter o arquivo antigo
timer-bar = Faltam { $time } da janela WPS de 2 minutos
timer-last-minute = Falta um minuto.
timer-bar-ended = A janela de 2 minutos terminou.
pin-picture-printer-printed = Imagem: o PIN vai da impressora para o roteador. Uma impressora sem tela não pode mostrá-lo: alguns modelos o imprimem na página de configuração de rede.

## Command line: arguments and the files it writes
cli-not-text = “{ $argument }” não é um texto que o aplicativo consiga ler (não é UTF-8). Só nomes de arquivo podem ter outros caracteres.
cli-out-folder = { $path } é uma pasta. Dê a --out um nome de arquivo, por exemplo { $example }
cli-written = Gravado em { $path }
