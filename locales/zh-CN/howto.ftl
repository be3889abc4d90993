## The PIN page's steps, per direction and kind of control panel, in the order that fits
## the two-minute window (crates/core/src/guide/howto.rs)
howto-title = 2. 请按以下顺序操作
howto-router-open = 在已连接到路由器的电脑或手机上，打开路由器设置页面并登录。这可能需要一些时间，所以请先做这一步。
howto-router-find-pin-field = 找到路由器输入设备 PIN 码的地方：通常在 WPS、无线或 Wi-Fi 下，例如“用 PIN 码添加设备”。让该页面保持打开。名称因路由器而异。有些路由器只支持按钮方式：这时请使用 WPS 按钮。
howto-make-pin-touchscreen = 现在生成 PIN 码：在打印机的触摸屏上打开无线或网络设置，然后打开 Wi-Fi Protected Setup（WPS），选择 PIN。菜单名称因型号而异。
howto-make-pin-text-display = 现在生成 PIN 码：用打印机显示屏旁边的按钮打开网络或无线菜单（有些型号在“设置”菜单里），然后打开 Wi-Fi Protected Setup（WPS），选择 PIN。菜单名称因型号而异。
howto-make-pin-lights-only = 您的打印机没有可以显示 PIN 码的屏幕。有些型号会在网络配置页上打印 WPS PIN 码：请打印这一页。打印方法因型号而异：请查看打印机的用户指南。
howto-make-pin-any = 现在在打印机上生成 PIN 码：在它的屏幕上打开无线或网络设置，然后打开 Wi-Fi Protected Setup（WPS），选择 PIN。菜单名称因型号而异。
howto-timer-printer-pin = 打印机显示 PIN 码时，请启动下面的计时器。从这时起，WPS 大约等待 2 分钟。
howto-timer-pin-mode = 按照用户指南在打印机上启动 WPS PIN 模式，同时启动下面的计时器。
howto-type-into-router = 请立即在您保持打开的路由器页面中输入 PIN 码，然后开始。如果打印机显示了自己的计时器，请以它为准。为了发现输入错误，您也可以在这里输入 PIN 码：本应用会检查它。
howto-joined-screen = 查看是否已连接：打印机会在屏幕上显示。如果您在本应用中选择了您的打印机，“您的打印机”页面也会显示。
howto-joined-light = 查看是否已连接：留意打印机的“无线”指示灯。指示灯各种亮法的含义，请查看用户指南。如果您在本应用中选择了您的打印机，“您的打印机”页面也会显示。
howto-joined-any = 查看是否已连接：打印机会在屏幕上或通过“无线”指示灯显示。如果您在本应用中选择了您的打印机，“您的打印机”页面也会显示。
howto-router-pin-find = 找到路由器的 PIN 码：在路由器的标签上，或在路由器设置页面的 WPS 下。您可以在这里输入：本应用会检查它。
howto-enter-pin-touchscreen = 在打印机的触摸屏上打开无线或网络设置，然后打开 Wi-Fi Protected Setup（WPS），选择输入 PIN 码。菜单名称因型号而异。
howto-enter-pin-text-display = 用打印机显示屏旁边的按钮打开网络或无线菜单（有些型号在“设置”菜单里），然后打开 Wi-Fi Protected Setup（WPS），选择输入 PIN 码。菜单名称因型号而异。
howto-enter-pin-lights-only = 您的打印机没有可以输入 PIN 码的屏幕。请改用 WPS 按钮：选择上面的“没有 PIN 码：使用 WPS 按钮”。
howto-enter-pin-any = 在打印机上打开 Wi-Fi Protected Setup（WPS）设置，选择输入 PIN 码。菜单名称因型号而异。
howto-timer-router-pin = 在打印机上输入路由器的 PIN 码，然后开始。同时启动下面的计时器。
howto-button-one-at-a-time = 确认没有其他设备处于 WPS 模式：如果在 2 分钟内有两台设备启动按钮式 WPS，路由器会把两台都拒绝。
howto-button-router = 按下路由器上的 WPS 按钮，或在路由器设置页面中启动 WPS。同时启动下面的计时器。
howto-button-printer-touchscreen = 在 2 分钟内，在打印机的触摸屏上打开无线或网络设置，然后打开 Wi-Fi Protected Setup（WPS），选择“按钮”（Push Button）。菜单名称因型号而异。
howto-button-printer-text-display = 在 2 分钟内，用打印机显示屏旁边的按钮打开网络或无线菜单（有些型号在“设置”菜单里），然后打开 Wi-Fi Protected Setup（WPS），选择“按钮”（Push Button）。菜单名称因型号而异。
howto-button-printer-lights-only = 在 2 分钟内，用打印机上的“无线”按钮启动 WPS。要按住多久、要和哪个按钮一起按，因型号而异：请查看打印机的用户指南。
howto-button-printer-any = 在 2 分钟内，在打印机上启动按钮式 WPS：有屏幕的，在 Wi-Fi Protected Setup（WPS）下选择“按钮”（Push Button）；没有屏幕的，用它的“无线”按钮。菜单和按钮因型号而异。
howto-why-router-last = 只有在另外两种方式都不行时才用这种方式：路由器的 PIN 码能让打印机更改路由器的设置，而且路由器在输错几次后锁定的正是这个 PIN 码。
