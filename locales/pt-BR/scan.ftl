# Português (Brasil)
## Find my printer: the live scan
scan-title = Encontrar minha impressora
scan-looking = { $count ->
    [0] Procurando impressoras… nenhuma encontrada ainda
    [one] Procurando impressoras… { $count } encontrada
   *[other] Procurando impressoras… { $count } encontradas
}
scan-failed = A busca por impressoras não pôde começar neste computador. A rede dele pode estar desligada, ou um firewall pode estar bloqueando a busca. Você ainda pode digitar o endereço da impressora abaixo.
scan-nothing-title = Nada encontrado ainda. Causas comuns:
scan-nothing-guest = Este computador está em uma rede de convidados ou em uma rede diferente da rede da impressora.
scan-nothing-isolation = O roteador mantém os aparelhos sem fio separados (muitas vezes isso se chama “isolamento de AP” ou “isolamento de clientes”; em inglês, “AP isolation” ou “client isolation”).
scan-nothing-off = A impressora está desligada ou em repouso. Aperte um botão nela para acordá-la.
scan-nothing-setup = A impressora está no modo de configuração, na própria rede Wi-Fi dela. Então ela ainda não está na sua rede: é isso que o WPS vai mudar.
scan-card-model = Modelo: { $model }
scan-card-address = Endereço: { $address }
scan-card-network-ipp = Conectada a esta rede, pronta para imprimir.
scan-card-network = Conectada a esta rede.
# Where the scan heard of it: the system's mDNS daemon's cache, the app's own search, or both.
scan-card-source = { $source ->
    [system] Este computador já a conhecia.
    [mdns] Ouvida na rede agora mesmo.
   *[both] Este computador já a conhecia, e ela foi ouvida na rede agora mesmo.
}
scan-this-one = Esta é a minha impressora
scan-not-listed = Minha impressora não está na lista
scan-address-label = Digite o endereço da impressora (por exemplo, 192.168.1.23) ou o nome dela
scan-check-address = Verificar este endereço
scan-checking = Verificando…
scan-answers = Algo responde em { $address }: { $ports }.
scan-no-answer = Nada responde em { $address } nas portas que as impressoras usam. Confira o endereço e se a impressora está ligada.
scan-not-an-address = “{ $input }” não é um endereço nem um nome de impressora.
scan-unknown-name = O nome “{ $input }” não foi encontrado nesta rede.
scan-use-this = Usar esta impressora
scan-port-ipp = impressão por IPP
scan-port-web = página web
scan-port-web-secure = página web segura
scan-port-raw = impressão direta (raw)
scan-port-number = porta { $port }
cli-scan-found = Encontrada: { $name } — { $model } — { $address }
cli-scan-none = Nenhuma impressora respondeu. Confira se a impressora está ligada e na mesma rede que este computador.
cli-scan-timeout = --timeout precisa estar entre 0,1 e 3600 segundos.
cli-scan-failed = A busca por impressoras não pôde começar neste computador. A rede dele pode estar desligada, ou um firewall pode estar bloqueando a busca.
