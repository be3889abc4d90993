# Português (Brasil)
## probe: what one printer says about itself
probe-heading = Impressora em { $address }
probe-no-answer = Nada respondeu em { $address }. Confira se a impressora está ligada e se este computador está na mesma rede.
probe-kind-ethernet = Cabo de rede
probe-kind-wifi = Wi-Fi
probe-kind-wifi-direct = Wi-Fi próprio da impressora (Wi-Fi Direct)
probe-connected-to = conectado a “{ $ssid }”
probe-connected = conectado
probe-not-connected = não conectado
probe-state-unknown = estado não informado
probe-mac = endereço de hardware { $mac }
probe-problems = O que não funcionou:

## Problems met while reading a printer ({ $source } is what was read: IPP or a web page)
problem-no-answer = { $source }: a impressora não respondeu.
problem-no-answer-refused = { $source }: nada respondeu nessa porta. A impressora pode estar desligada ou em repouso, ou o endereço pode ser de outro aparelho.
problem-no-answer-no-route = { $source }: este computador não consegue chegar a esse endereço. Ele pode estar em outra rede.
problem-no-answer-unknown-name = { $source }: esse nome não foi encontrado nesta rede. Tente o endereço numérico da impressora, como 192.168.1.23.
problem-no-answer-closed = { $source }: a impressora fechou a conexão antes de responder.
problem-too-deep = { $source }: a resposta da impressora tem uma forma que o aplicativo não lê (aninhada em níveis demais), então o aplicativo a deixou de lado.
problem-timeout = { $source }: a impressora demorou demais para responder.
problem-too-large = { $source }: a resposta da impressora era grande demais, então o aplicativo não a leu.
problem-redirected = { $source }: a impressora mandou o aplicativo para { $to }; o aplicativo não foi até lá.
problem-sign-in = { $source }: esta página exige entrar na impressora com usuário e senha.
problem-not-found = { $source }: esta página não existe neste modelo.
problem-status = { $source }: a impressora respondeu com um erro (HTTP { $code }).
problem-certificate-changed = { $source }: o certificado de segurança da impressora mudou desde a última vez que o aplicativo se comunicou com ela (antes …{ $was }, agora …{ $now }). Isso acontece depois de uma redefinição ou de uma atualização de firmware, mas também pode significar que outro aparelho está se passando pela impressora, por isso o aplicativo parou.
problem-secure-connection = { $source }: não foi possível fazer uma conexão segura com a impressora.
problem-not-asked = { $source }: o aplicativo não consulta este endereço.
problem-ipp-refused = { $source }: a impressora recusou o pedido (status IPP { $code }).
problem-unreadable = { $source }: não foi possível ler a resposta da impressora.
problem-two-identities = A impressora informa duas identidades diferentes ({ $first-source } diz { $first }, { $second-source } diz { $second }).
probe-unknown-name = O nome “{ $address }” não foi encontrado nesta rede, então nada foi consultado. Tente o endereço numérico da impressora, como 192.168.1.23.
probe-not-asked = O aplicativo não consulta { $address }: não é um endereço que uma impressora desta rede teria.
cli-lookup-empty = Digite o nome ou o número de um modelo para pesquisar, por exemplo: wps-pin-helper lookup 9015e
