## The router's side, read from the air: its WPS state and the Wi-Fi around this computer

## The "Your router" panel on the PIN page
air-panel-title = O que o seu roteador diz agora
air-reading = Lendo o Wi-Fi ao redor deste computador…
air-your-network = Sua rede: { $name }
air-quoted = “{ $name }”
# Source: facts/wifi-beacons.md §1 (hidden SSID), §5
air-hidden-name = (nome oculto)
air-this-network = { $network } (a rede deste computador)
air-line-with-age = { $line }. { $age }
air-not-on-wifi = Este computador não está conectado a uma rede Wi-Fi, então o aplicativo não consegue saber qual é a sua rede.
air-active-nearby = Esperando WPS agora: { $names }
air-nothing-seen = Nenhuma rede Wi-Fi foi vista. Verifique se o Wi-Fi deste computador está ligado.
air-age = { $seconds ->
    [one] Lido há { $seconds } segundo.
   *[other] Lido há { $seconds } segundos.
}

## Verdicts: what a network's WPS is doing
# Source: facts/wps.md §1.9 (a WPS element means WPS is on); facts/wifi-beacons.md §5 (1: no WPS element on any access point of the network; mesh systems without WPS)
air-verdict-no-wps = Nenhum ponto de acesso desta rede oferece WPS neste momento. O WPS pode estar desligado: ligue-o na página de configurações do roteador e confira de novo. Alguns roteadores não têm WPS, como alguns sistemas mesh: nesse caso, conecte a impressora de outro jeito.
# Source: facts/wifi-beacons.md §1 (Wi-Fi Protected Setup State 1: not configured); facts/wps.md §1.9
air-verdict-unconfigured = O roteador diz que o WPS dele está ligado, mas “não configurado”. Confira as configurações de WPS na página de configurações do roteador antes de iniciar o WPS.
# Source: facts/wifi-beacons.md §1 (AP Setup Locked; hostapd: previously authorized registrars may still add devices)
air-verdict-locked = O roteador informa que o WPS está bloqueado. Se a digitação do PIN falhar, reinicie o roteador.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with a Device Password ID other than push button)
air-verdict-pin-active = O seu roteador está esperando um PIN agora.
# Source: facts/wifi-beacons.md §1 (Selected Registrar with Device Password ID 0x0004); facts/wps.md §1.5 (push-button mode stops after the walk time, 2 minutes)
air-verdict-push-button-active = O WPS por botão do seu roteador estava ativo quando esta leitura foi feita. Ele fica ativo por no máximo 2 minutos depois que o botão é apertado: inicie agora o WPS por botão na impressora, se ainda não iniciou.
# Source: facts/wifi-beacons.md §1 (a WPS element that says configured, without an active registrar)
air-verdict-ready = O WPS está ligado. Neste momento o roteador não está esperando um PIN nem um botão.
air-verdict-unknown-state = O WPS está ligado, mas o roteador não diz se o WPS dele está configurado. Neste momento ele não está esperando um PIN nem um botão.
air-short-no-wps = sem WPS
air-short-unconfigured = WPS não configurado
# Source: facts/wifi-beacons.md §1 (AP Setup Locked)
air-short-locked = WPS bloqueado
air-short-pin-active = esperando um PIN
air-short-push-button-active = botão ativo
air-short-ready = WPS ligado, em espera
air-short-unknown-state = WPS ligado, estado não informado

## Warnings: what explains most failed WPS attempts
# Source: facts/wifi-beacons.md §5 (5: a 2.4 GHz-only printer and a network with no 2.4 GHz access point); §3 (said only after a scan)
air-warning-no-2-4-ghz = Este computador não vê nenhum ponto de acesso de 2,4 GHz desta rede. Uma impressora que só funciona em 2,4 GHz não consegue entrar nela: ligue a banda de 2,4 GHz do roteador e deixe-a ligada, porque a impressora precisa dela enquanto estiver no Wi-Fi.
air-band-not-checked = Nenhuma busca recente veio antes desta leitura, então o aplicativo não consegue saber se a sua rede tem um ponto de acesso de 2,4 GHz: o que ele leu pode conter só o ponto de acesso que este computador usa.
# Source: facts/wifi-beacons.md §2 (SAE without PSK is WPA3 only), §1 (vendor routers in WPA3-only mode: not established)
air-warning-wpa3-only = Esta rede usa só WPA3. Uma impressora que só conhece WPA2 não consegue entrar nela, e se o WPS funciona nesse modo depende do roteador. Se a impressora não entrar, coloque o roteador no modo misto WPA2/WPA3 e deixe assim: a impressora precisa disso enquanto estiver no Wi-Fi.
air-warning-transition-pmf = Esta rede oferece WPA2 e WPA3 juntos, mas exige quadros de gerenciamento protegidos (PMF). Uma impressora sem PMF não consegue entrar nela. Se a impressora não entrar, deixe o PMF como opcional na página de configurações do roteador (os nomes variam conforme o roteador).
air-warning-tkip-only = Esta rede usa WPA só com TKIP. Os roteadores que seguem o WPS 2.0 desligam o WPS com essa segurança. Coloque a segurança do roteador em WPA2 ou WPA2/WPA3 na página de configurações dele.
air-warning-open-or-wep = Esta rede não usa nem WPA2 nem WPA3: ela não tem senha, ou usa a segurança antiga WEP. Os roteadores que seguem o WPS 2.0 desligam o WPS com WEP. Coloque a segurança do roteador em WPA2 ou WPA2/WPA3 na página de configurações dele.
# Source: facts/wifi-beacons.md §1 (hostapd disables WPS with a hidden SSID), §5 (6)
air-warning-hidden = Esta rede esconde o nome. Alguns roteadores desligam o WPS enquanto o nome está oculto: mostre o nome durante a configuração.
# Source: facts/wifi-beacons.md §1 (push-button overlap: two access points with different UUID-E, WPS refuses); facts/wps.md §1.5 (walk time, 2 minutes), §1.6
air-warning-push-button-overlap = Dois roteadores estão no modo de botão ao mesmo tempo, então o WPS vai recusar. Espere dois minutos e depois pressione o botão de um roteador só.
# Source: facts/wps.md §0 (7: the PIN method is weak; turn WPS off after setup)
air-warning-wps-still-on = A sua impressora entrou nesta rede e o roteador ainda oferece WPS. O WPS é um ponto fraco conhecido: desligue-o nas configurações do roteador.

## When nothing could be read
air-unavailable-no-wifi = Este computador não tem adaptador Wi-Fi, então o aplicativo não consegue ler os roteadores ao redor.
air-unavailable-not-allowed = O sistema não deixou o aplicativo ler o Wi-Fi ao redor deste computador. O aplicativo pode estar rodando em uma área isolada (sandbox).
air-unavailable-not-on-this-system = A leitura do Wi-Fi ao redor deste computador ainda não está disponível neste sistema.
air-unavailable-failed = O aplicativo não conseguiu ler o Wi-Fi ao redor deste computador.
air-unavailable-file = A leitura salva não pôde ser usada. { $reason }
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-no-networkmanager = O NetworkManager não está rodando, então o aplicativo não pôde pedir uma nova busca. O que ele leu pode ter até 30 segundos.
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-not-permitted = O sistema não deixou o aplicativo pedir uma nova busca. O que ele leu pode ter até 30 segundos.
air-scan-refused = O Wi-Fi não fez uma busca agora. O aplicativo mostra o que captou por último.

## Access points, in lines
# Source: facts/wifi-beacons.md §2 (RSN element)
air-security-none = sem WPA2 nem WPA3
air-security-pmf = { $akms }, quadros de gerenciamento protegidos obrigatórios
air-damaged = alguns elementos danificados

## HP printers seen in the air (the scan page)
air-printers-title = Impressoras HP por perto, com Wi-Fi próprio
# Source: facts/wifi-beacons.md §4 (networks HP printers run themselves: setup and Wi-Fi Direct)
air-printers-intro = Estas redes Wi-Fi são criadas pelas próprias impressoras HP. O modelo no nome ajuda você a saber qual impressora é a sua antes que ela esteja na sua rede.
# Source: facts/wifi-beacons.md §4 (HP printers in setup mode offer their own setup network)
air-printer-setup = { $model } oferece a própria rede “{ $ssid }”. As impressoras HP fazem isso no modo de configuração, para serem colocadas no Wi-Fi.
air-printer-setup-unnamed = Uma impressora HP oferece a própria rede “{ $ssid }”. As impressoras HP fazem isso no modo de configuração, para serem colocadas no Wi-Fi.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct = A impressora { $model } oferece a própria rede Wi-Fi Direct “{ $ssid }”, para imprimir sem roteador. Não é a rede do seu roteador.
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct-unnamed = Uma impressora HP oferece a própria rede Wi-Fi Direct “{ $ssid }”, para imprimir sem roteador. Não é a rede do seu roteador.

## Checks read from the air (troubleshooting page and support summary)
check-air-wps = A sua rede Wi-Fi oferece WPS
check-air-configured = O roteador diz que o WPS dele está configurado
# Source: facts/wifi-beacons.md §1 (AP Setup Locked), §5
check-air-unlocked = O WPS não está bloqueado
# Source: facts/wifi-beacons.md §3 (each access point's frequency), §5 (5)
check-air-band = A sua rede tem um ponto de acesso de 2,4 GHz
# Source: facts/wifi-beacons.md §2 (PSK, SAE, management frame protection), §5 (6)
check-air-wpa2 = A sua rede aceita dispositivos WPA2
check-air-security = A segurança da sua rede permite o WPS
check-air-security-failed = Sua rede usa WPA só com TKIP, ou não usa nem WPA2 nem WPA3. Os roteadores que seguem o WPS 2.0 desligam o WPS com a segurança antiga WEP e com WPA só com TKIP. Coloque a segurança do roteador em WPA2 ou WPA2/WPA3 na página de configurações dele.
check-air-visible = A sua rede mostra o nome
check-air-one-button = Só um roteador está no modo de botão

## Support summary and command line
report-section-air = Wi-Fi ao redor deste computador
air-report-read = Lido em
cli-air-saved = A leitura foi salva: { $path }
