# 简体中文（中国大陆）: Simplified Chinese for mainland China.
## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = 打印机有响应
check-same-network = 打印机与这台电脑在同一网络中
check-web-server = 本应用可以从打印机的网页读取它的详细信息
check-firmware = 固件版本
check-wireless-adapter = 打印机已连上 Wi-Fi
check-certificate = 打印机的安全证书与本应用已知的一致
check-router-answers = 路由器有响应
check-state-passed = 通过
check-state-failed = 未通过
check-state-not-checked = 尚未检查
check-state-cannot = 无法从这里检查

## Support summary
report-title = WPS PIN Helper：技术支持摘要
report-section-about = 关于本摘要
report-section-printer = 打印机
report-section-network = 网络
report-section-checks = 应用进行的检查
report-section-steps = 已尝试的步骤
report-created = 生成时间
report-app = 应用版本
report-os = 电脑
report-pin = WPS PIN 码
report-pin-redacted = （已略去）
report-unknown = （未知）
report-address = 地址
report-problem = 问题
report-no-printer = 没有选择打印机。
report-this-computer = 这台电脑的地址
report-router = 路由器
report-no-checks = 未运行检查。
report-no-steps = 未勾选任何步骤。

## Troubleshooting: measured checks, support
trouble-measured-title = 应用可以进行的检查
trouble-measured-printer = 应用会检查位于 { $address } 的打印机、这台电脑的网络以及您的路由器。
trouble-measured-no-printer = 没有打印机的地址，应用只能检查您的路由器。添加地址后，也能检查打印机。
trouble-run-checks = 开始检查
trouble-checks-running = 正在检查……
trouble-ask-title = 只能由您自己进行的检查
trouble-router-page = 查找路由器设置页面
trouble-support-title = 何时联系 HP 技术支持
trouble-support-no-pin = 打印机从不显示 PIN 码，按钮式 WPS 也不起作用。
trouble-support-rejected = 路由器拒绝了您已逐位核对过的 PIN 码。路由器的制造商也可以帮您解决这个问题。
trouble-support-firmware = 从 HP 更新打印机固件后，问题依旧。
trouble-support-have = 请准备好打印机的型号、序列号和固件版本（打印机报告固件版本时，本应用会在“您的打印机”页面上显示），以及下面的技术支持摘要。
check-printer-answers-failed = 打印机没有响应。请确认它已开机、没有处于睡眠状态，并且地址正确。
check-same-network-failed = 打印机与这台电脑不在同一网络中。访客网络或打印机自己的设置网络会把它们隔开。
check-web-server-failed = 打印机有响应，但本应用无法从它的网页读取它的详细信息：大约 2009 年以前的打印机不提供本应用读取的两种方式中的任何一种。如果打印机有网页，您仍然可以在浏览器中打开它。
check-wireless-adapter-failed = 打印机还没有连上 Wi-Fi。
check-certificate-failed = 自本应用上次连接以来，打印机的安全证书已经改变，因此本应用停止了与它通信。重置或更新固件会改变证书；否则，可能有其他设备在冒充您的打印机。如果您没有重置或更新打印机，请先询问管理您网络的人员，再继续。
check-router-answers-failed = 您的路由器没有响应。这台电脑可能在另一个网络中，或者路由器在这个地址上没有设置页面。
check-firmware-passed = 如果 HP 为这个型号提供了更新的固件，请通过 HP 官方网站或打印机的菜单进行更新。
check-not-checked-why = 需要打印机的地址。
check-cannot-why = 这台打印机或这台电脑不报告这项信息。
check-passed-why = 看起来没问题。

## Support summary on the page
summary-title = 技术支持摘要
summary-intro = 本应用所知道的情况，供 HP 支持人员或帮助您的人参考：打印机、它的型号和控制面板、网络、检查结果，以及您尝试过的操作。除非您选择包含，否则不含 PIN 码。
summary-include-serial = 包含序列号
summary-include-pin = 包含 WPS PIN 码（不勾选此项就会略去）
summary-format = 文件类型
summary-format-text = 纯文本
summary-format-md = Markdown
summary-format-json = JSON（供工具使用）
summary-format-html = 网页（用于打印）
summary-save-where = 或者输入保存位置
summary-copy = 复制摘要
summary-save = 保存摘要……
summary-save-here = 保存到这个文件
summary-save-dialog-title = 保存技术支持摘要
summary-copied = 摘要已复制。您可以把它粘贴到电子邮件或聊天窗口中。
summary-not-saved = 无法保存摘要。原因：{ $reason }

## Your router
page-router = 您的路由器
router-title = 您的路由器
router-intro = 在路由器设置页面中，您可以启动 WPS，或输入打印机的 PIN 码。
router-reading = 正在读取这台电脑的网络信息……
router-no-network = 这台电脑似乎没有连接到任何网络。
router-this-computer = 这台电脑：{ $addresses }（网络接口：{ $interface }）
router-address = 您的路由器地址可能是 { $address }。
router-open = 打开路由器设置页面
router-sign-in = 路由器会要求输入它自己的密码。这个密码可能印在路由器的标签上；如果没有，请询问设置路由器的人。
router-no-gateway = 这台电脑目前没有路由器（默认网关）。
router-same-network = 如果打印机地址开头的几组数字与这台电脑的相同，它们很可能在同一网络中。
router-refresh = 重新读取
trouble-one-device-picture = 图片：只有打印机和路由器，各自按下 WPS 按钮，间隔不超过 2 分钟。
report-section-journey = 在本应用中做过的操作
report-simulated = 模拟的打印机（演示模式）：它的一切都不是真实的。
report-name = 名称
report-mac = 硬件地址（MAC）
report-host = 主机名
report-family = 型号系列（本应用的列表，来自 HPLIP）
report-panel = 控制面板
report-guide = 指南
report-guide-step = { $guide }，第 { $step } 步，共 { $total } 步
report-pin-check = PIN 码检查
report-pin-valid-8 = 8 位数字，最后一位与其他数字相符
report-pin-valid-4 = 4 位数字，没有校验位
report-pin-wrong-check-digit = 8 位数字，但最后一位与其他数字不符
report-pin-wrong-length = 不是 4 位或 8 位数字
report-pin-not-a-digit = 有一个字符不是数字
report-pin-well-known = 一个众所周知的默认 PIN 码
report-timer = 计时器
report-timer-run = { $way }：{ $started } 启动，{ $end }
report-timer-running = 仍在计时
report-timer-stopped = { $at } 停止
report-timer-time-up = 2 分钟在 { $at } 用完
report-timer-joined = 打印机在 { $at } 连上了 Wi-Fi
report-timer-replaced = { $at } 重新启动
report-way-printer-pin = 打印机的 PIN 码
report-way-router-pin = 路由器的 PIN 码
report-way-push-button = WPS 按钮
trouble-jump-summary = 生成支持摘要
cli-report-model-none = 没有与“{ $query }”相符的 HP 打印机，所以摘要中没有型号系列。
cli-report-unknown-format = “{ $format }”不是可以写入摘要的文件类型。请使用 text、md、json 或 html。
cli-report-not-a-router = “{ $address }”不是路由器地址。请输入类似 192.168.1.1 或 192.168.1.1:8080 的地址。
check-why-by-name = 打印机是用名称指定的，所以本应用无法将它的地址与这台电脑的网络进行比较。
check-why-no-firmware = 打印机没有报告它的固件版本。
check-why-no-wifi-state = 打印机没有报告它是否已连接 Wi-Fi。
check-why-no-certificate = 打印机的网页没有使用安全连接（HTTPS）响应，所以没有可以比较的证书。
summary-case = 案例名称（可选）
summary-note = 备注（可选）
summary-saved-in = 摘要已保存为“{ $file }”，位于 { $folder }。
trouble-results-count = 结果：{ $passed } 项通过，{ $failed } 项失败，{ $other } 项未检查。

## 打印机的 Wi-Fi 网络与这台电脑的网络比较，以及命令行中的演示模式
check-same-wifi = 打印机连上了这台电脑所在的 Wi-Fi 网络
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed = 打印机连上的 Wi-Fi 网络与这台电脑的不同。如果两个名称都属于您自己的路由器（有些路由器为每个频段单独命名），那就没有问题。如果打印机的网络是访客网络或其他路由器的网络，这台电脑可能找不到打印机：请把打印机连到这台电脑所在的网络。
# Source: facts/printer-protocols.md §1 (a computer on a guest network or a different network often does not find the printer)
check-same-wifi-failed-names = 打印机连上了“{ $printer }”，但这台电脑在“{ $computer }”上。如果两个名称都属于您自己的路由器（有些路由器为每个频段单独命名），那就没有问题。如果“{ $printer }”是访客网络或其他路由器的网络，这台电脑可能找不到打印机：请把打印机连到“{ $computer }”。
check-why-no-printer-network = 打印机已连上 Wi-Fi，但没有说明连上的是哪个网络。
check-why-no-computer-network = 这台电脑没有连接 Wi-Fi，或者无法读取它的 Wi-Fi，因此没有可以比较的网络。
demo-simulated = 演示模式：这里的打印机、路由器和 Wi-Fi 都是模拟的，用于练习。没有从真实网络读取任何内容。
cli-demo-not-with = { $option } 不能与 --demo 一起使用：演示模式不会读取这台电脑的网络、无线电或文件。
cli-demo-no-save = --save 不能与 --demo 一起使用：保存到文件中的模拟读取结果以后可能被误当作真实的结果。

## Checks not made, and the case the summary is for
check-state-not-asked = 未询问（没有打印机地址）
check-state-skipped = 已跳过（打印机没有应答）
report-case = 案例
report-note = 备注
