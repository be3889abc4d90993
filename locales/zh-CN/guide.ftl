# 简体中文（中国大陆）: Simplified Chinese for mainland China.
## Guides: where the PIN is, and how to use it. Menu names are general on purpose:
## no source gives HP's exact menus per model (facts/hp-printers.md §3.2).
guide-step-of = 第 { $step } 步，共 { $total } 步
guide-next = 下一步
guide-previous = 上一步
guide-see = 您应该看到
guide-if-not = 如果没有：请看“连不上怎么办”。
guide-open-trouble = 连不上怎么办
guide-other-routes = 查找 PIN 码或连接的其他方法
guide-names-vary = 菜单名称因型号而异。如果找不到某个菜单，请查看打印机的用户指南。
guide-done = 输入 PIN 码
guide-start-over = 回到第 1 步

guide-touchscreen-title = 带触摸屏的打印机
guide-touchscreen-intro = 您的打印机会在屏幕上显示 PIN 码，您再把它输入到路由器中。请先准备好路由器页面：打开它可能需要一些时间，而 WPS 只等待大约 2 分钟。
guide-touchscreen-1 = 把打印机放在路由器附近，触摸屏幕将它唤醒，然后打开无线或网络设置。
guide-touchscreen-2 = 选择 Wi-Fi Protected Setup（WPS），然后选择“PIN”。

guide-text-display-title = 带小型文字显示屏和按钮的打印机
guide-text-display-intro = 您的打印机会在小显示屏上显示 PIN 码，您再把它输入到路由器中。请先准备好路由器页面：打开它可能需要一些时间，而 WPS 只等待大约 2 分钟。
guide-text-display-1 = 用显示屏旁边的按钮打开网络或无线菜单（有些型号在“设置”菜单里）。
guide-text-display-2 = 找到 Wi-Fi Protected Setup 或 WPS Setup，选择“PIN”。

guide-lights-only-title = 只有按钮和指示灯的打印机
guide-lights-only-intro = 没有屏幕，打印机就无法显示 PIN 码，所以要用 WPS 按钮。有些型号会在网络配置页上打印 PIN 码：请查看那份指南。
guide-lights-only-1 = 把打印机放在路由器附近并打开电源。确认没有其他设备处于 WPS 模式：路由器会拒绝同时出现的两台设备。
guide-lights-only-2 = 在启动任何操作之前，先弄清楚您的打印机如何用“无线”按钮启动 WPS：要按住多久、要和哪个按钮一起按，因型号而异。请现在查看打印机的用户指南。同时找到路由器的 WPS 按钮，或者路由器设置页面中启动 WPS 的地方。
guide-lights-only-3 = 按照您查到的方法，用打印机上的“无线”按钮启动 WPS。
guide-lights-only-3-see = 打印机的“无线”指示灯会发生变化；有些型号的指示灯会开始闪烁。
guide-lights-only-4 = 在 2 分钟内按下路由器上的 WPS 按钮，或在路由器设置页面中启动 WPS。
guide-lights-only-5 = 查看是否已连接。如果您在本应用中选择了您的打印机，“您的打印机”页面会显示它何时连上 Wi-Fi。如果 2 分钟后还没有连上，请从第 3 步重新开始。

guide-label-title = 标签上的 PIN 码
guide-label-intro = 有些设备的标签上印有固定的 PIN 码。
guide-label-1 = 在打印机上找一张写有“WPS PIN”的标签。
guide-label-2 = 如果您的打印机有屏幕，请使用启动 WPS PIN 模式时屏幕上显示的 PIN 码，而不是标签上或旧打印件上的 PIN 码：带显示屏的设备应该在每次设置时生成新的 PIN 码。
guide-label-3 = 在启动任何操作之前：打开路由器设置页面，找到输入设备 PIN 码的地方；再在打印机的用户指南中查好如何让打印机进入 WPS PIN 模式。
guide-label-4 = 让打印机进入 WPS PIN 模式，然后立即把标签上的 PIN 码输入到路由器页面中并开始。如果打印机显示了自己的计时器，请以它为准。

guide-config-page-title = 网络配置页
guide-config-page-intro = 打印机可以打印一页关于其网络的信息：它的地址、它的 Wi-Fi，有些型号还会打印 WPS PIN 码。
guide-config-page-1 = 打印网络配置页或无线测试报告。有屏幕的打印机，请在菜单中找“报告”或“网络”。其他打印机则要同时按几个按钮。这两种方法都因型号而异：请查看打印机的用户指南。
guide-config-page-2 = 找到有关网络的几行：网络名称（SSID）、状态、IP 地址和硬件地址（MAC 地址）。
guide-config-page-2-see = 类似 192.168.1.23 的 IP 地址。在“查找我的打印机”页面输入这个地址，就可以从这台电脑检查打印机。
guide-config-page-3 = 如果这一页上有 WPS PIN 码，在启动任何操作之前：打开路由器设置页面，找到输入设备 PIN 码的地方；再在打印机的用户指南中查好如何让打印机进入 WPS PIN 模式。
guide-config-page-4 = 让打印机进入 WPS PIN 模式，然后立即把打印页上的 PIN 码输入到路由器页面中并开始。如果打印机显示了自己的计时器，请以它为准。

guide-web-page-title = 打印机自己的网页
guide-web-page-intro = 许多联网的打印机都有自己的网页，叫作“嵌入式 Web 服务器”。您可以在浏览器中打开它。如果打印机还没有连上您的网络，请先用网线把它连接到路由器，设置好 Wi-Fi 后再拔掉网线。
guide-web-page-1 = 找到打印机的地址：可以在“查找我的打印机”页面找，也可以在网络配置页上找。
guide-web-page-2 = 在同一网络中的一台电脑上，把这个地址输入到网页浏览器中。
guide-web-page-2-see = 打印机的网页，上面有打印机的名称和状态。在那里输入任何内容之前，请确认它的地址与打印机网络配置页上的地址一致。
guide-web-page-3 = 在“网络”或“无线”下面查找。有些型号可以在这里启动 WPS 或更改 Wi-Fi 设置。名称因型号而异。

guide-hp-smart-title = HP Smart 应用
guide-hp-smart-intro = HP 自己的应用 HP Smart 提供了它自己的方式把打印机连接到 Wi-Fi。它也可能会显示打印机的 WPS PIN 码，或告诉您如何获取。
guide-hp-smart-1 = 从 HP 或手机、电脑的应用商店安装 HP Smart 应用。
guide-hp-smart-2 = 打开应用，选择添加打印机，然后按提示操作。

guide-router-side-title = 路由器这一边
guide-router-side-intro = WPS 也需要路由器配合。下面介绍如何把打印机的 PIN 码交给路由器、如何使用路由器的 PIN 码，或如何按路由器上的按钮。
guide-router-side-1 = 打开路由器设置页面。“您的路由器”页面可以帮您打开它。路由器的密码可能印在它的标签上；如果没有，请询问设置路由器的人。
guide-router-side-2 = 找到 WPS（通常在“无线”或“Wi-Fi”下面），选择用 PIN 码添加设备。输入打印机的 PIN 码，然后开始。名称因路由器而异。
guide-router-side-2-see = 路由器显示 WPS 已启动。
guide-router-side-3 = 如果路由器有自己的 PIN 码（在它的标签上或设置页面中），您也可以改为在打印机上输入这个 PIN 码。请把这种方式放在最后：它能让打印机更改路由器的设置，而且有些路由器在输错几次后，会暂时不再接受这个 PIN 码。
guide-router-side-4 = 没有 PIN 码：在打印机上启动按钮式 WPS，然后在 2 分钟内按下路由器上的 WPS 按钮。
guide-router-side-5 = 同一时间只能有一台设备处于 WPS 模式。如果在 2 分钟内有两台设备启动按钮式 WPS，路由器会把两台都拒绝。

guide-after-setup-title = 设置完成后：关闭 WPS
guide-after-setup-intro = 打印机连上 Wi-Fi 后，就不再需要 WPS 了。
guide-after-setup-1 = 打开路由器设置页面，关闭 WPS，至少要关闭路由器的 PIN 码。
guide-after-setup-2 = 原因：路由器把 WPS PIN 码分成前后两半来检查，所以附近的人最多只需尝试大约 11,000 次就能猜中。关闭 WPS 后，只有知道您 Wi-Fi 密码的人才能连接。

## Text alternatives of the guide pictures
picture-panel-touchscreen = 图片：一台带大触摸屏的打印机；Wi-Fi 设置已突出显示。
picture-panel-text-display = 图片：打印机的小显示屏上显示“网络”菜单；显示屏和旁边的按钮已突出显示。
picture-panel-lights-only = 图片：一台只有按钮和指示灯的打印机；“无线”按钮已突出显示。
picture-printer-label = 图片：一台背面贴有标签的打印机；标签上的 PIN 码已突出显示。
picture-config-page = 图片：打印出来的网络配置页；写有打印机地址的那一行已突出显示。
picture-web-page = 图片：浏览器窗口中显示着打印机的网页；“网络”部分已突出显示。
picture-hp-smart = 图片：装有应用的手机；添加打印机的按钮已突出显示。
picture-router-admin = 图片：浏览器窗口中显示着路由器设置页面；WPS 部分及其 PIN 码输入框已突出显示。
picture-router-button = 图片：一台路由器；它的 WPS 按钮已突出显示。
picture-pin-to-router = 图片：打印机在屏幕上显示 PIN 码，这个 PIN 码被输入到路由器中。
picture-pin-to-printer = 图片：路由器标签上的 PIN 码被输入到打印机中。
picture-push-buttons = 图片：打印机和路由器上的 WPS 按钮，先后按下，间隔不超过 2 分钟。
## A menu item drawn on the printer's screen and web page in the pictures
picture-word-network = 网络
guide-print-footer = 由 WPS PIN Helper 打印。
guide-print = 打印或保存本指南
guide-not-printed = 无法保存本指南。原因：{ $reason }
cli-guide-routes = 指南：{ $routes }
cli-guide-unknown = 没有名为“{ $route }”的指南。
guide-print-model = 适用的打印机：{ $model }
guide-see-joined = 查看是否已连接
guide-router-first = 在打印机生成 PIN 码之前：在电脑或手机上打开路由器设置页面并登录。找到它输入设备 PIN 码的地方（通常在 WPS、无线或 Wi-Fi 下），并让该页面保持打开。“您的路由器”页面可以帮您找到它。
guide-touchscreen-2-see = 打印机会显示 8 位 PIN 码，通常还有一个计时器。
guide-pin-into-router = 请立即在您保持打开的路由器页面中输入 PIN 码，然后开始。如果打印机显示了自己的计时器，请以它为准。“输入 PIN 码”页面会检查 PIN 码并计算 2 分钟。
guide-text-display-2-see = 显示屏上会显示 PIN 码。请把它记下来。
guide-buttons-vary = 按钮和指示灯的亮法因型号而异。如果找不到某个按钮，请查看打印机的用户指南。
guide-done-home = 完成
guide-after-setup-3 = 让路由器的固件保持最新，并且只从路由器制造商处更新：通过它的设置页面或制造商的网站。
picture-word-wifi = Wi-Fi
picture-word-firmware = 固件
picture-touchscreen-pin = 图片：打印机触摸屏上的 WPS PIN 界面；8 位 PIN 码已突出显示，旁边有一个计时器。
picture-text-display-pin = 图片：打印机的小显示屏上显示 PIN 码；显示屏及其按钮已突出显示。
picture-lights-watch = 图片：只有按钮和指示灯的打印机；“无线”按钮上方的指示灯已突出显示，请留意它。
picture-printer-near-router = 图片：紧挨着路由器的打印机；打印机的电源按钮已突出显示。
picture-config-print = 图片：打印机正在打印一页；打印出来的那页已突出显示。
picture-config-page-pin = 图片：打印出来的网络配置页；写有 WPS PIN 码的那一行已突出显示。
picture-web-page-address = 图片：浏览器窗口；地址栏中打印机的地址已突出显示。
picture-hp-smart-install = 图片：正在下载应用的手机；下载已突出显示。
picture-router-sign-in = 图片：显示路由器地址的浏览器窗口；地址栏和密码框已突出显示。
picture-router-wps-off = 图片：路由器的设置页面；已关闭的 WPS 开关已突出显示。
picture-router-firmware = 图片：路由器的设置页面；更新固件的按钮已突出显示。
picture-pin-halves = 图片：分成两半的 PIN 码，每一半都已突出显示：路由器会分别检查这两半。
picture-one-at-a-time = 图片：打印机和路由器的 WPS 按钮已突出显示；它们之间一部同样处于 WPS 模式的手机被划掉了。
picture-user-guide = 图片：打开的打印机用户指南；介绍按钮的那一页已突出显示。
guide-save-dialog-title = 保存指南
guide-saved = 指南已保存为“{ $file }”，这是一个可以打开并打印的网页。
guide-saved-opening = 指南已保存为“{ $file }”。本应用已请浏览器打开它以便打印；如果没有打开，请从您选择的文件夹中打开该文件。
guide-no-file = 未选择文件。您也可以在下面输入指南的保存位置。
guide-save-where = 或者输入指南的保存位置

## 打印版指南的专用文字（拿着打印件的人可能没有本应用）
guide-print-config-page-2-see = 类似 192.168.1.23 的 IP 地址：这是打印机在您网络中的地址。
# Source: facts/wps.md §1.5 (walk time)
guide-print-lights-only-5 = 查看是否已连接：在连着您的 Wi-Fi 的电脑或手机上查找这台打印机，例如在添加打印机的地方。如果 2 分钟后还没有连上，请从第 3 步重新开始。
# Source: facts/wps.md §1.5 (the walk time is 2 minutes)
guide-print-pin-into-router = 请立即在您保持打开的路由器页面中输入 PIN 码，然后开始。如果打印机显示了自己的计时器，请以它为准。WPS 只会等待约 2 分钟。
guide-print-router-first = 在打印机生成 PIN 码之前：在电脑或手机上打开路由器设置页面并登录。找到它输入设备 PIN 码的地方（通常在 WPS、无线或 Wi-Fi 下），并让该页面保持打开。请把路由器的地址写在本指南末尾，以便再次找到这个页面。
guide-print-router-side-1 = 打开路由器设置页面：在网页浏览器中输入路由器的地址（请写在本指南末尾）。路由器的密码可能印在它的标签上；如果没有，请询问设置路由器的人。
# Source: facts/hp-printers.md §3.2 (report button combinations vary by model)
guide-print-web-page-1 = 在网络配置页上找到打印机的地址。打印网络配置页的方法因型号而异：请查看打印机的用户指南。
guide-print-write-title = 请写在这里
guide-print-write-pin = WPS PIN 码：
guide-print-write-router = 路由器的地址：
