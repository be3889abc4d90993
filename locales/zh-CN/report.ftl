# 简体中文（中国大陆）: Simplified Chinese for mainland China.
## Checks the app measures (troubleshooting page and support summary)
check-printer-answers = 打印机有响应
check-same-network = 打印机与这台电脑在同一网络中
check-web-server = 打印机的网页有响应
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
report-no-printer = 未检查任何打印机。
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
trouble-support-rejected = 路由器拒绝了您已逐位核对过的 PIN 码。
trouble-support-firmware = 从 HP 更新打印机固件后，问题依旧。
trouble-support-have = 请准备好打印机的型号和序列号，以及下面的技术支持摘要。
check-printer-answers-failed = 打印机没有响应。请确认它已开机、没有处于睡眠状态，并且地址正确。
check-same-network-failed = 打印机与这台电脑不在同一网络中。访客网络或打印机自己的设置网络会把它们隔开。
check-web-server-failed = 打印机有响应，但它的网页没有响应。它的网页可能已被关闭。
check-wireless-adapter-failed = 打印机还没有连上 Wi-Fi。
check-certificate-failed = 自本应用上次连接以来，打印机的安全证书已经改变，因此本应用停止了与它通信。重置或更新固件会改变证书；否则，可能有其他设备在冒充您的打印机。如果您没有重置或更新打印机，请先询问管理您网络的人员，再继续。
check-router-answers-failed = 您的路由器没有响应。这台电脑可能在另一个网络中，或者路由器在这个地址上没有设置页面。
check-firmware-passed = 如果 HP 为这个型号提供了更新的固件，请通过 HP 官方网站或打印机的菜单进行更新。
check-not-checked-why = 需要打印机的地址。
check-cannot-why = 这台打印机或这台电脑不报告这项信息。
check-passed-why = 看起来没问题。

## Support summary on the page
summary-title = 技术支持摘要
summary-intro = HP 技术支持会问到的所有信息：打印机、网络、检查结果，以及您尝试过的步骤。
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
summary-no-file = 未选择文件。您也可以在下面输入摘要的保存位置。
summary-copied = 摘要已复制。您可以把它粘贴到电子邮件或聊天窗口中。
summary-saved = 摘要已保存：{ $path }
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
router-sign-in = 路由器会要求输入它自己的密码。这个密码通常印在路由器的标签上。
router-no-gateway = 这台电脑目前没有路由器（默认网关）。
router-same-network = 如果打印机地址开头的几组数字与这台电脑的相同，它们很可能在同一网络中。
router-refresh = 重新读取
trouble-one-device-picture = 图片：只有打印机和路由器，各自按下 WPS 按钮，间隔不超过 2 分钟。
