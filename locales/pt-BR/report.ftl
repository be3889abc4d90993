# Português (Brasil)
## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = A impressora responde
check-same-network = A impressora está na rede deste computador
check-web-server = A página web da impressora responde
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
report-no-printer = Nenhuma impressora foi verificada.
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
trouble-support-rejected = O roteador recusa um PIN que você conferiu dígito por dígito.
trouble-support-firmware = Atualizar o firmware da impressora pela HP não ajudou.
trouble-support-have = Tenha em mãos o modelo e o número de série da impressora, além do resumo para o suporte abaixo.
check-printer-answers-failed = A impressora não respondeu. Confira se ela está ligada e não está em repouso, e se o endereço está certo.
check-same-network-failed = A impressora está em uma rede diferente da deste computador. Uma rede de convidados, ou a rede de configuração da própria impressora, mantém os dois separados.
check-web-server-failed = A impressora responde, mas a página web dela não. A página web pode estar desativada.
check-wireless-adapter-failed = A impressora ainda não está no Wi-Fi.
check-certificate-failed = O certificado de segurança da impressora mudou desde a última vez que o aplicativo falou com ela, então o aplicativo parou de falar com ela. Uma redefinição ou uma atualização de firmware o muda; caso contrário, outro aparelho pode estar se passando pela sua impressora. Se você não redefiniu nem atualizou a impressora, fale com quem cuida da sua rede antes de continuar.
check-router-answers-failed = O seu roteador não respondeu. Este computador pode estar em outra rede, ou o roteador pode não ter uma página de configurações nesse endereço.
check-firmware-passed = Se a HP oferecer um firmware mais novo para este modelo, atualize pelo site da própria HP ou pelo menu da impressora.
check-not-checked-why = Precisa do endereço da sua impressora.
check-cannot-why = Esta impressora ou este computador não informa isso.
check-passed-why = Parece estar tudo certo.

## Support summary on the page
summary-title = Resumo para o suporte
summary-intro = Tudo o que o suporte da HP vai pedir: a impressora, a rede, as verificações e os passos que você tentou.
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
summary-no-file = Nenhum arquivo foi escolhido. Você também pode digitar abaixo onde salvar o resumo.
summary-copied = O resumo foi copiado. Você pode colá-lo em um e-mail ou em um chat.
summary-saved = O resumo foi salvo: { $path }
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
router-sign-in = O roteador pede a senha dele. Ela costuma estar impressa em uma etiqueta no roteador.
router-no-gateway = Este computador está sem roteador (gateway padrão) no momento.
router-same-network = Se o endereço da impressora começa com os mesmos números que o endereço deste computador, os dois provavelmente estão na mesma rede.
router-refresh = Ler de novo
trouble-one-device-picture = Imagem: só a impressora e o roteador, cada um com o botão WPS apertado, com menos de 2 minutos de diferença.
