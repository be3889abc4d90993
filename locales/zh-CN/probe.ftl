# 简体中文（中国大陆）: Simplified Chinese for mainland China.
## probe: what one printer says about itself
probe-heading = 位于 { $address } 的打印机
probe-no-answer = { $address } 没有任何响应。请确认打印机已开机，并且这台电脑与它在同一网络中。
probe-kind-ethernet = 网线
probe-kind-wifi = Wi-Fi
probe-kind-wifi-direct = 打印机自带的 Wi-Fi（Wi-Fi Direct）
probe-connected-to = 已连接到“{ $ssid }”
probe-connected = 已连接
probe-not-connected = 未连接
probe-state-unknown = 未报告状态
probe-mac = 硬件地址 { $mac }
probe-problems = 未成功的项目：

## Problems met while reading a printer ({ $source } is what was read: IPP or a web page)
problem-no-answer = { $source }：打印机没有响应。
problem-no-answer-refused = { $source }：该端口上没有任何响应。打印机可能已关闭或处于睡眠状态，或者这个地址属于另一台设备。
problem-no-answer-no-route = { $source }：这台电脑无法到达该地址。它可能在另一个网络上。
problem-no-answer-unknown-name = { $source }：在这个网络上找不到该名称。请尝试打印机的数字地址，例如 192.168.1.23。
problem-no-answer-closed = { $source }：打印机在响应之前关闭了连接。
problem-too-deep = { $source }：打印机的响应采用了本应用无法读取的结构（嵌套层数过多），因此本应用将其搁置。
problem-timeout = { $source }：打印机响应时间太长。
problem-too-large = { $source }：打印机返回的内容太大，本应用没有读取。
problem-redirected = { $source }：打印机要求本应用转到 { $to }，本应用没有转过去。
problem-sign-in = { $source }：此页面需要登录打印机。
problem-not-found = { $source }：此型号没有这个页面。
problem-status = { $source }：打印机返回了错误（HTTP { $code }）。
problem-certificate-changed = { $source }：自本应用上次与打印机通信以来，打印机的安全证书已经更改（原来是 ……{ $was }，现在是 ……{ $now }）。重置打印机或更新固件后会出现这种情况，但也可能是其他设备在冒充这台打印机，因此本应用已停止。
problem-secure-connection = { $source }：与打印机建立安全连接失败。
problem-not-asked = { $source }：本应用不会访问这个地址。
problem-ipp-refused = { $source }：打印机拒绝了请求（IPP 状态 { $code }）。
problem-unreadable = { $source }：无法读取打印机的响应。
problem-two-identities = 打印机报告了两个不同的身份（{ $first-source } 显示 { $first }，{ $second-source } 显示 { $second }）。
probe-unknown-name = 在此网络上找不到名称“{ $address }”，所以没有进行查询。请尝试打印机的数字地址，例如 192.168.1.23。
probe-not-asked = 本应用不会查询 { $address }：这不是此网络上的打印机会使用的地址。
cli-lookup-empty = 请输入要查找的型号名称或编号，例如：wps-pin-helper lookup 9015e
