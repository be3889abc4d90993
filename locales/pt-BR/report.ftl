# Português (Brasil)
## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = A impressora responde
check-same-network = A impressora está na rede deste computador
check-web-server = O aplicativo consegue ler os dados da impressora na página web dela
check-firmware = Versão do firmware
check-wireless-adapter = A impressora está no Wi-Fi
check-certificate = O certificado de segurança da impressora é o que o aplicativo conhece
check-router-answers = O roteador responde
check-state-passed = Passou
check-state-failed = Não passou
check-state-not-checked = Ainda não verificado
check-state-cannot = Não é possível verificar daqui

## Support summary
report-title = WPS PIN Helper: resumo para o suporte
report-section-about = Sobre este resumo
report-section-printer = A impressora
report-section-network = A rede
report-section-checks = Verificações feitas pelo aplicativo
report-section-steps = Passos tentados
report-created = Criado em
report-app = Versão do aplicativo
report-os = Computador
report-pin = PIN WPS
report-pin-redacted = (omitido)
report-unknown = (desconhecido)
report-address = Endereço
report-problem = Problema
report-no-printer = Nenhuma impressora foi escolhida.
report-this-computer = Endereço deste computador
report-router = Roteador
report-no-checks = As verificações não foram feitas.
report-no-steps = Nenhum passo marcado.

## Troubleshooting: measured checks, support
trouble-measured-title = Verificações que o aplicativo pode fazer
trouble-measured-printer = O aplicativo verifica a impressora em { $address }, a rede deste computador e o seu roteador.
trouble-measured-no-printer = Sem o endereço da sua impressora, o aplicativo só consegue verificar o roteador. Adicione o endereço para verificar a impressora também.
trouble-run-checks = Fazer as verificações
trouble-checks-running = Verificando…
trouble-ask-title = Verificações que só você pode fazer
trouble-router-page = Encontrar a página de configurações do meu roteador
trouble-support-title = Quando ligar para o suporte da HP
trouble-support-no-pin = A impressora nunca mostra um PIN, e o WPS por botão também não funciona.
trouble-support-rejected = O roteador recusa um PIN que você conferiu dígito por dígito. O fabricante do roteador também pode ajudar com isso.
trouble-support-firmware = Atualizar o firmware da impressora pela HP não ajudou.
trouble-support-have = Tenha em mãos o modelo, o número de série e a versão do firmware da impressora (o aplicativo mostra a versão do firmware na página “Sua impressora” quando a impressora a informa), além do resumo para o suporte abaixo.
check-printer-answers-failed = A impressora não respondeu. Confira se ela está ligada e não está em repouso, e se o endereço está certo.
check-same-network-failed = A impressora está em uma rede diferente da deste computador. Uma rede de convidados, ou a rede de configuração da própria impressora, mantém os dois separados.
check-web-server-failed = A impressora responde, mas o aplicativo não conseguiu ler os dados dela na página web: impressoras anteriores a cerca de 2009 não oferecem nenhum dos dois jeitos que o aplicativo lê. Se a impressora tiver uma página web, você ainda pode abri-la em um navegador.
check-wireless-adapter-failed = A impressora ainda não está no Wi-Fi.
check-certificate-failed = O certificado de segurança da impressora mudou desde a última vez que o aplicativo falou com ela, então o aplicativo parou de falar com ela. Uma redefinição ou uma atualização de firmware o muda; caso contrário, outro aparelho pode estar se passando pela sua impressora. Se você não redefiniu nem atualizou a impressora, fale com quem cuida da sua rede antes de continuar.
check-router-answers-failed = O seu roteador não respondeu. Este computador pode estar em outra rede, ou o roteador pode não ter uma página de configurações nesse endereço.
check-firmware-passed = Se a HP oferecer um firmware mais novo para este modelo, atualize pelo site da própria HP ou pelo menu da impressora.
check-not-checked-why = Precisa do endereço da sua impressora.
check-cannot-why = Esta impressora ou este computador não informa isso.
check-passed-why = Parece estar tudo certo.

## Support summary on the page
summary-title = Resumo para o suporte
summary-intro = O que o aplicativo sabe, para o suporte da HP ou para quem ajuda você: a impressora, o modelo e o painel de controle dela, a rede, as verificações e o que você tentou. O PIN fica de fora, a menos que você o inclua.
summary-include-serial = Incluir o número de série
summary-include-pin = Incluir o PIN WPS (fica de fora se você não marcar esta opção)
summary-format = Tipo de arquivo
summary-format-text = Texto simples
summary-format-md = Markdown
summary-format-json = JSON (para ferramentas)
summary-format-html = Página web (para imprimir)
summary-save-where = Ou digite onde salvar
summary-copy = Copiar o resumo
summary-save = Salvar o resumo…
summary-save-here = Salvar neste arquivo
summary-save-dialog-title = Salvar o resumo para o suporte
summary-copied = O resumo foi copiado. Você pode colá-lo em um e-mail ou em um chat.
summary-not-saved = Não foi possível salvar o resumo. Motivo: { $reason }

## Your router
page-router = Seu roteador
router-title = Seu roteador
router-intro = É na página de configurações do roteador que você inicia o WPS ou digita o PIN da impressora.
router-reading = Lendo a rede deste computador…
router-no-network = Este computador parece não estar conectado a uma rede.
router-this-computer = Este computador: { $addresses } (em { $interface })
router-address = Seu roteador provavelmente está em { $address }.
router-open = Abrir a página de configurações do meu roteador
router-sign-in = O roteador pede a senha dele. Ela pode estar impressa em uma etiqueta no roteador; se não estiver, pergunte a quem configurou o roteador.
router-no-gateway = Este computador está sem roteador (gateway padrão) no momento.
router-same-network = Se o endereço da impressora começa com os mesmos números que o endereço deste computador, os dois provavelmente estão na mesma rede.
router-refresh = Ler de novo
trouble-one-device-picture = Imagem: só a impressora e o roteador, cada um com o botão WPS apertado, com menos de 2 minutos de diferença.
report-section-journey = O que foi feito no aplicativo
report-simulated = Uma impressora simulada (modo de demonstração): nada nela é real.
report-name = Nome
report-mac = Endereço de hardware (MAC)
report-host = Nome do host
report-family = Família de modelos (na lista do aplicativo, do HPLIP)
report-panel = Painel de controle
report-guide = Guia
report-guide-step = { $guide }, passo { $step } de { $total }
report-pin-check = Conferência do PIN
report-pin-valid-8 = 8 dígitos, o último combina com os outros
report-pin-valid-4 = 4 dígitos, que não têm dígito de verificação
report-pin-wrong-check-digit = 8 dígitos, mas o último não combina com os outros
report-pin-wrong-length = não tem 4 nem 8 dígitos
report-pin-not-a-digit = um caractere que não é um dígito
report-pin-well-known = um PIN padrão muito conhecido
report-timer = Cronômetro
report-timer-run = { $way }: iniciado { $started }, { $end }
report-timer-running = ainda em andamento
report-timer-stopped = parado { $at }
report-timer-time-up = os 2 minutos acabaram { $at }
report-timer-joined = a impressora entrou no Wi-Fi { $at }
report-timer-replaced = reiniciado { $at }
report-way-printer-pin = o PIN da impressora
report-way-router-pin = o PIN do roteador
report-way-push-button = os botões WPS
trouble-jump-summary = Criar um resumo para o suporte
cli-report-model-none = Nenhuma impressora HP corresponde a “{ $query }”, então o resumo não indica nenhuma família de modelos.
cli-report-unknown-format = “{ $format }” não é um tipo de arquivo em que o resumo possa ser gravado. Use text, md, json ou html.
cli-report-not-a-router = “{ $address }” não é um endereço de roteador. Digite um como 192.168.1.1 ou 192.168.1.1:8080.
check-why-by-name = A impressora foi indicada pelo nome, então o aplicativo não consegue comparar o endereço dela com a rede deste computador.
check-why-no-firmware = A impressora não informa a versão do firmware.
check-why-no-wifi-state = A impressora não informa se está no Wi-Fi.
check-why-no-certificate = A página da impressora respondeu sem conexão segura (HTTPS), então não há certificado para comparar.
summary-case = Nome do caso (opcional)
summary-note = Observação (opcional)
summary-saved-in = O resumo foi salvo como “{ $file }” em { $folder }.
trouble-results-count = Resultados: { $passed } aprovadas, { $failed } com falha, { $other } não verificadas.

## A rede Wi-Fi da impressora comparada à deste computador, e o modo de demonstração na linha de comando
check-same-wifi = A impressora entrou na rede Wi-Fi deste computador
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed = A impressora entrou em uma rede Wi-Fi diferente da deste computador. Se os dois nomes forem do seu próprio roteador (alguns roteadores dão a cada banda um nome próprio), tudo bem. Se a rede da impressora for uma rede de convidados ou a de outro roteador, este computador pode não encontrar a impressora: coloque a impressora na rede deste computador.
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed-names = A impressora entrou em “{ $printer }”, mas este computador está em “{ $computer }”. Se os dois nomes forem do seu próprio roteador (alguns roteadores dão a cada banda um nome próprio), tudo bem. Se “{ $printer }” for uma rede de convidados ou a de outro roteador, este computador pode não encontrar a impressora: coloque a impressora em “{ $computer }”.
check-why-no-printer-network = A impressora está no Wi-Fi, mas não informa em qual rede entrou.
check-why-no-computer-network = Este computador não está no Wi-Fi, ou não foi possível ler o Wi-Fi dele, então não há rede para comparar.
demo-simulated = Modo de demonstração: as impressoras, o roteador e o Wi-Fi aqui são simulados, para praticar. Nada foi lido de uma rede real.
cli-demo-not-with = { $option } não combina com --demo: o modo de demonstração não lê nada da rede, do rádio Wi-Fi nem dos arquivos deste computador.
cli-demo-no-save = --save não combina com --demo: uma leitura simulada salva em um arquivo poderia depois ser tomada por uma real.

## Checks not made, and the case the summary is for
check-state-not-asked = Não perguntado (sem endereço da impressora)
check-state-skipped = Pulado (a impressora não respondeu)
report-case = Caso
report-note = Observação
