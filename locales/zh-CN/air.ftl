## The router's side, read from the air: its WPS state and the Wi-Fi around this computer

## The "Your router" panel on the PIN page
air-panel-title = 您的路由器现在的状态
air-reading = 正在读取这台电脑周围的 Wi-Fi……
air-your-network = 您的网络：{ $name }
air-quoted = “{ $name }”
# Source: facts/wifi-beacons.md §1 (hidden SSID), §5
air-hidden-name = （名称已隐藏）
air-this-network = { $network }（这台电脑所在的网络）
air-line-with-age = { $line }。{ $age }
air-not-on-wifi = 这台电脑没有连接 Wi-Fi，所以应用无法判断哪个网络是您的。
air-active-nearby = 正在等待 WPS：{ $names }
air-nothing-seen = 没有发现任何 Wi-Fi 网络。请检查这台电脑的 Wi-Fi 是否已打开。
air-age = { $seconds } 秒前读取。

## Verdicts: what a network's WPS is doing
# Source: facts/wps.md §1.9 (a WPS element means WPS is on); facts/wifi-beacons.md §5 (1: no WPS element on any access point of the network; mesh systems without WPS)
air-verdict-no-wps = 这个网络的接入点现在都不提供 WPS。WPS 可能已关闭：请在路由器设置页面中打开它，然后再检查一次。有些路由器根本没有 WPS，例如某些 Mesh 系统：这时请用其他方式连接打印机。
# Source: facts/wifi-beacons.md §1 (Wi-Fi Protected Setup State 1: not configured); facts/wps.md §1.9
air-verdict-unconfigured = 路由器报告它的 WPS 已开启，但“未配置”。启动 WPS 前，请在路由器设置页面中检查 WPS 设置。
# Source: facts/wifi-beacons.md §1 (AP Setup Locked; hostapd: previously authorized registrars may still add devices)
air-verdict-locked = 路由器报告 WPS 已锁定。如果输入 PIN 码失败，请重启路由器。
# Source: facts/wifi-beacons.md §1 (Selected Registrar with a Device Password ID other than push button)
air-verdict-pin-active = 您的路由器现在正在等待 PIN 码。
# Source: facts/wifi-beacons.md §1 (Selected Registrar with Device Password ID 0x0004); facts/wps.md §1.5 (push-button mode stops after the walk time, 2 minutes)
air-verdict-push-button-active = 读取时，您的路由器的按钮式 WPS 处于激活状态。按下按钮后，它最多保持激活 2 分钟：如果打印机上的按钮式 WPS 还没有启动，请现在启动。
# Source: facts/wifi-beacons.md §1 (a WPS element that says configured, without an active registrar)
air-verdict-ready = WPS 已开启。路由器现在没有在等待 PIN 码或按钮。
air-verdict-unknown-state = WPS 已开启，但路由器没有说明它的 WPS 是否已配置。它现在没有在等待 PIN 码或按钮。
air-short-no-wps = 无 WPS
air-short-unconfigured = WPS 未配置
# Source: facts/wifi-beacons.md §1 (AP Setup Locked)
air-short-locked = WPS 已锁定
air-short-pin-active = 正在等待 PIN 码
air-short-push-button-active = 按钮已激活
air-short-ready = WPS 已开启，待命
air-short-unknown-state = WPS 已开启，状态未说明

## Warnings: what explains most failed WPS attempts
# Source: facts/wifi-beacons.md §5 (5: a 2.4 GHz-only printer and a network with no 2.4 GHz access point); §3 (said only after a scan)
air-warning-no-2-4-ghz = 这台电脑看不到这个网络的 2.4 GHz 接入点。只支持 2.4 GHz 的打印机无法加入：请打开路由器的 2.4 GHz 频段并保持开启，因为打印机只要还在这个 Wi-Fi 上，就需要它。
air-band-not-checked = 读取之前没有进行新的扫描，所以本应用无法判断您的网络有没有 2.4 GHz 接入点：读到的内容可能只有这台电脑正在使用的接入点。
# Source: facts/wifi-beacons.md §2 (SAE without PSK is WPA3 only), §1 (vendor routers in WPA3-only mode: not established)
air-warning-wpa3-only = 这个网络只使用 WPA3。只支持 WPA2 的打印机无法加入，而且 WPS 在这种模式下能否使用取决于路由器。如果打印机无法加入，请把路由器改为 WPA2/WPA3 混合模式，并保持这样：打印机只要还在这个 Wi-Fi 上，就需要它。
air-warning-transition-pmf = 这个网络同时提供 WPA2 和 WPA3，但要求受保护的管理帧（PMF）。不支持 PMF 的打印机无法加入。如果打印机无法加入，请在路由器设置页面中把 PMF 设为“可选”（名称因路由器而异）。
air-warning-tkip-only = 这个网络使用只带 TKIP 的 WPA。遵循 WPS 2.0 的路由器在这种安全方式下会关闭 WPS。请在路由器设置页面中把安全方式改为 WPA2 或 WPA2/WPA3。
air-warning-open-or-wep = 这个网络既不使用 WPA2，也不使用 WPA3：它没有密码，或者使用旧的 WEP 安全方式。遵循 WPS 2.0 的路由器在使用 WEP 时会关闭 WPS。请在路由器设置页面中把安全方式改为 WPA2 或 WPA2/WPA3。
# Source: facts/wifi-beacons.md §1 (hostapd disables WPS with a hidden SSID), §5 (6)
air-warning-hidden = 这个网络隐藏了名称。有些路由器在名称隐藏时会关闭 WPS：设置期间请显示网络名称。
# Source: facts/wifi-beacons.md §1 (push-button overlap: two access points with different UUID-E, WPS refuses); facts/wps.md §1.5 (walk time, 2 minutes), §1.6
air-warning-push-button-overlap = 有两台路由器同时处于按钮模式，因此 WPS 会拒绝连接。请等待两分钟，然后只按一台路由器上的按钮。
# Source: facts/wps.md §0 (7: the PIN method is weak; turn WPS off after setup)
air-warning-wps-still-on = 您的打印机已加入这个网络，但路由器仍在提供 WPS。WPS 是已知的安全弱点：请在路由器设置中将其关闭。

## When nothing could be read
air-unavailable-no-wifi = 这台电脑没有 Wi-Fi 适配器，所以应用无法读取周围的路由器。
air-unavailable-not-allowed = 系统不允许应用读取这台电脑周围的 Wi-Fi。应用可能运行在沙盒中。
air-unavailable-not-on-this-system = 此系统暂不支持读取这台电脑周围的 Wi-Fi。
air-unavailable-failed = 应用无法读取这台电脑周围的 Wi-Fi。
air-unavailable-file = 无法使用已保存的读取结果。{ $reason }
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-no-networkmanager = NetworkManager 没有运行，所以应用无法请求重新扫描。读取到的信息可能已有 30 秒之久。
# Source: facts/wifi-beacons.md §3 (the kernel's cache drops access points unseen for 30 s)
air-scan-not-permitted = 系统不允许应用请求重新扫描。读取到的信息可能已有 30 秒之久。
air-scan-refused = Wi-Fi 刚才没有扫描。应用显示的是最近一次收到的信息。

## Access points, in lines
# Source: facts/wifi-beacons.md §2 (RSN element)
air-security-none = 无 WPA2 或 WPA3
air-security-pmf = { $akms }，要求受保护的管理帧
air-damaged = 部分元素已损坏

## HP printers seen in the air (the scan page)
air-printers-title = 附近的 HP 打印机（自带 Wi-Fi）
# Source: facts/wifi-beacons.md §4 (networks HP printers run themselves: setup and Wi-Fi Direct)
air-printers-intro = 这些 Wi-Fi 网络由 HP 打印机自己发出。名称中的型号可以帮您在打印机连入您的网络之前认出哪台是您的。
# Source: facts/wifi-beacons.md §4 (HP printers in setup mode offer their own setup network)
air-printer-setup = { $model } 提供自己的网络“{ $ssid }”。HP 打印机在设置模式下会这样做，以便连接到 Wi-Fi。
air-printer-setup-unnamed = 一台 HP 打印机提供自己的网络“{ $ssid }”。HP 打印机在设置模式下会这样做，以便连接到 Wi-Fi。
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct = { $model } 提供自己的 Wi-Fi Direct 网络“{ $ssid }”，用于不经路由器直接打印。这不是您的路由器的网络。
# Source: facts/wifi-beacons.md §4 (Wi-Fi Direct names: DIRECT-, two characters, -HP and the model)
air-printer-direct-unnamed = 一台 HP 打印机提供自己的 Wi-Fi Direct 网络“{ $ssid }”，用于不经路由器直接打印。这不是您的路由器的网络。

## Checks read from the air (troubleshooting page and support summary)
check-air-wps = 您的 Wi-Fi 网络提供 WPS
check-air-configured = 路由器报告它的 WPS 已配置
# Source: facts/wifi-beacons.md §1 (AP Setup Locked), §5
check-air-unlocked = WPS 未锁定
# Source: facts/wifi-beacons.md §3 (each access point's frequency), §5 (5)
check-air-band = 您的网络有 2.4 GHz 接入点
# Source: facts/wifi-beacons.md §2 (PSK, SAE, management frame protection), §5 (6)
check-air-wpa2 = 您的网络允许 WPA2 设备加入
check-air-security = 您的网络的安全方式允许使用 WPS
check-air-security-failed = 您的网络使用只带 TKIP 的 WPA，或者既不使用 WPA2 也不使用 WPA3。遵循 WPS 2.0 的路由器在使用旧的 WEP 安全方式或只带 TKIP 的 WPA 时会关闭 WPS。请在路由器设置页面中把安全方式改为 WPA2 或 WPA2/WPA3。
check-air-visible = 您的网络显示名称
check-air-one-button = 只有一台路由器处于按钮模式

## Support summary and command line
report-section-air = 这台电脑周围的 Wi-Fi
air-report-read = 读取时间
cli-air-saved = 读取结果已保存：{ $path }
