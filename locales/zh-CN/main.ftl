# 简体中文（中国大陆）: Simplified Chinese for mainland China.
language-name = 简体中文

## PIN verdicts (window and command line)
pin-valid-8 = { $pin } 是有效的 PIN 码：最后一位与前面的数字相符。
pin-valid-4 = { $pin } 是 4 位 PIN 码。4 位 PIN 码没有校验位，所以请逐位核对。
pin-wrong-check-digit = 最后一位与前面的数字不符：应该是 { $expected }。请再检查一下 PIN 码。
pin-empty = 请输入 PIN 码：8 位数字（有时是 4 位）。
pin-wrong-length = { $count ->
   *[other] 您输入了 { $count } 位数字。WPS PIN 码是 8 位数字（有时是 4 位）。
}
pin-not-a-digit = “{ $character }”不是数字。WPS PIN 码只包含数字 0 到 9。
pin-warning-well-known = 这是一个在网上公开的常见默认 PIN 码。附近的任何人都可能用它，所以设置完成后，请在路由器上关闭 WPS。
words-warning = 警告：{ $message }

## Header and page titles
nav-back = 返回
nav-home = 首页
nav-settings = 设置
page-home = 首页
page-find-printer = 查找我的打印机
page-choose-model = 选择打印机型号
page-where-pin = PIN 码在哪里？
page-enter-pin = 输入 PIN 码
page-troubleshoot = 连不上怎么办
page-settings = 设置

## Words that introduce a message, so meaning never rests on colour alone
notice-ok = 没问题
notice-warning = 警告
notice-problem = 问题
notice-check-again = 请检查
notice-good-to-know = 提示
notice-after-setup = 设置完成后
notice-time-up = 时间到了

## Home
home-question = 我们来把您的打印机连接到 Wi-Fi
home-intro = 请选择从哪里开始。随时按“首页”按钮都能回到这里。
home-find-printer = 查找我的打印机
home-find-printer-desc = 在这个网络中查找打印机。
home-choose-model = 选择打印机型号
home-choose-model-desc = 输入打印机的名称或编号。
home-where-pin = PIN 码在哪里？
home-where-pin-desc = 在打印机上找到 8 位 PIN 码。
home-enter-pin = 输入 PIN 码
home-enter-pin-desc = 检查 PIN 码，并了解如何使用它。
home-troubleshoot = 连不上怎么办
home-troubleshoot-desc = 可以逐项尝试的检查。
home-settings = 设置
home-settings-desc = 文字大小、颜色、动态效果和语言。

## Settings
settings-title = 设置
settings-intro = 更改会立即生效，并保存在这台电脑上。
settings-text-size = 文字大小
settings-text-smaller = 缩小文字
settings-text-larger = 放大文字
settings-text-reset = 正常大小
settings-text-shortcuts = 键盘：按 Ctrl 和 + 放大文字，按 Ctrl 和 − 缩小文字，按 Ctrl 和 0 恢复正常大小。
settings-colours = 颜色
settings-theme-normal = 正常
settings-theme-normal-desc = 白色背景，深色文字。
settings-theme-high-contrast = 高对比度
settings-theme-high-contrast-desc = 黑底白字，选中的控件周围有粗黄色边框。
settings-motion = 动态效果
settings-reduce-motion = 减少动态效果
settings-reduce-motion-desc = 关闭动画。计时器改为每秒更新一次。
settings-language = 语言
settings-language-system = 与这台电脑相同（{ $name }）
settings-language-system-desc = 跟随您电脑的语言。
settings-stored-in = 设置保存在这个文件夹中：{ $path }
settings-not-saved = 无法保存您的设置，关闭应用后这些设置会丢失。原因：{ $reason }
settings-problem-corrupt = 您的设置文件已损坏，因此应用已使用默认设置启动。
settings-problem-unreadable = 无法读取您的设置文件，因此应用已使用默认设置启动。
settings-problem-dismiss = 确定
guide-progress-damaged = 无法读取您在各指南中到达的步骤，因此每个指南都从第 1 步重新开始。
certificates-damaged = 无法读取本应用信任的打印机证书列表。下次与每台打印机通信时，本应用会重新信任它的证书。
# After a notice about a stored file, for help-desk staff (shown on request in the window)
file-kept-here = 损坏的文件保存在这里：{ $path }
file-is-here = 文件在这里：{ $path }
file-where = 文件在哪里？
settings-where-files = 本应用存放文件的位置

## 文件无法读取或写入的原因（{ $path } 是该文件）
file-reason-not-found = { $path } 不存在，或者它所在的文件夹不存在。
file-reason-no-permission = 这台电脑不允许本应用使用 { $path }。
file-reason-no-space = 磁盘已满。
file-reason-too-large = { $path } 太大，不可能是本应用的文件。
file-reason-not-a-file = { $path } 不是普通文件（可能是文件夹、链接或设备），因此本应用没有改动它。
file-reason-damaged = { $path } 的格式不是本应用所需要的。
file-reason-other = 这台电脑上的某些设置阻止了本应用使用 { $path }。
file-reason-exists = { $path } 已存在，应用没有替换它。
save-no-file-chosen = 没有选择文件，所以什么也没有保存。
save-no-window = 这台电脑上无法打开保存窗口。请在下面输入保存文件的位置。

## PIN helper
pin-title = 输入 PIN 码
pin-intro = 使用 WPS PIN 码，打印机不用输入 Wi-Fi 密码就能连上 Wi-Fi。路由器和打印机都需要参与操作。
pin-step-method = 1. 哪台设备有 PIN 码？
pin-method-printer = 我的打印机显示了 PIN 码
pin-method-printer-desc = 您把打印机的 PIN 码输入到路由器设置页面中。
pin-method-router = 我的路由器有 PIN 码
pin-method-router-desc = PIN 码在路由器的标签上或设置页面中。您把它输入到打印机上。
pin-method-button = 没有 PIN 码：使用 WPS 按钮
pin-method-button-desc = 您先在打印机上启动 WPS，再按路由器上的 WPS 按钮。
pin-picture-printer = 图片：打印机在屏幕上显示 PIN 码，这个 PIN 码被输入到路由器中。
pin-picture-router = 图片：路由器标签上的 PIN 码被输入到打印机中。
pin-picture-button = 图片：打印机和路由器上的 WPS 按钮，先后按下，间隔不超过 2 分钟。
pin-field-label-printer = 打印机显示的 PIN 码（8 位数字，有时是 4 位）
pin-field-label-router = 路由器的 PIN 码（8 位数字，有时是 4 位）
pin-field-hint = 8 位数字
pin-progress = { $count ->
   *[other] 已输入 { $count } 位数字。PIN 码是 8 位数字（有时是 4 位）。
}
pin-wrong-check-digit-still = 如果您确定没有抄错，仍然可以试一试：有些路由器会接受它。
pin-check = 检查 PIN 码
pin-copy = 复制 PIN 码
pin-clear = 清除
pin-copied = PIN 码已复制。您可以把它粘贴到路由器设置页面中。
pin-router-lockout = 有些路由器在输错几次后，会暂时不再接受它的 PIN 码。如果打印机提示 PIN 码被拒绝，请等几分钟再试。如果一直失败，请重新启动路由器。
pin-timer-explain = 计时器计算 WPS 等待的 2 分钟。请在上面那一步所说的时刻启动它。
pin-timer-start = 启动 2 分钟计时器
pin-timer-left = 还剩 { $time }
pin-timer-follow-printer = 如果打印机显示了自己的计时器，请以打印机的计时器为准。
pin-timer-stop = 停止计时器
pin-timer-ended = 请在两台设备上重新启动 WPS，然后重新启动计时器。
pin-timer-again = 重新启动计时器
pin-after-setup = 打印机连接成功后，请在路由器设置中关闭 WPS，至少要关闭路由器的 PIN 码。附近的人有可能猜出 WPS PIN 码。
pin-where-is-pin = PIN 码在哪里？
pin-not-working = 连不上怎么办

## Where is the PIN?
where-title = PIN 码在哪里？
where-intro = 您的打印机是哪种控制面板？
where-touchscreen = 触摸屏
where-touchscreen-desc = 用手指点按的屏幕。
where-text-display = 小型文字显示屏和按钮
where-text-display-desc = 一两行文字，旁边有按钮。
where-lights-only = 只有按钮和指示灯
where-lights-only-desc = 没有能显示文字的屏幕。

## It doesn't work
trouble-title = 连不上怎么办
trouble-intro = 请按顺序尝试以下检查。每试过一项，就勾选它。
trouble-tried = 我试过了
trouble-one-device = 只有一台设备处于 WPS 模式
trouble-one-device-desc = 如果在 2 分钟内有两台设备启动按钮式 WPS，路由器会把两台都拒绝。请停止其他设备上的 WPS，等待 2 分钟，然后只用打印机再试一次。
trouble-two-minutes = 在 2 分钟内启动打印机和路由器
trouble-two-minutes-desc = WPS 大约保持开启 2 分钟。在第一台设备上启动 WPS 后，请尽快在第二台设备上也启动 WPS。
trouble-wps-on = 路由器已开启 WPS
trouble-wps-on-desc = 有些路由器可以关闭 WPS。请在路由器设置页面中确认 WPS 已开启。在单位或学校的网络上，WPS 可能是有意关闭的：请询问网络管理员。有些网状（Mesh）系统和一些网络服务商的路由器根本没有 WPS：这时请使用下面的其他方式。
trouble-security = 路由器的安全方式是 WPA2（或 WPA2/WPA3 混合）
trouble-security-desc = 遵循 WPS 2.0 的路由器在网络使用旧的 WEP 安全方式或只带 TKIP 的 WPA 时会关闭 WPS。只用 WPA3 时，只支持 WPA2 的打印机无法加入，而 WPS 能否使用取决于路由器。请在路由器设置页面中把它设为 WPA2 或 WPA2/WPA3 混合模式，并保持这样：打印机只要还在这个 Wi-Fi 上，就需要它。
trouble-hidden = 网络名称没有隐藏
trouble-hidden-desc = 有些路由器在隐藏网络名称（SSID）时会关闭 WPS。
trouble-locked = 路由器的 PIN 码没有被锁定
trouble-locked-desc = 用路由器的 PIN 码输错几次后，路由器可能会暂时锁定这个 PIN 码。请等一会儿，或改用打印机的 PIN 码或 WPS 按钮。如果一直失败，请重新启动路由器。
trouble-restart = 打印机和路由器已重启，并且离得很近
trouble-restart-desc = 把打印机和路由器关机，再重新开机。设置时，把打印机放在路由器附近。
trouble-other-ways = 其他连接方法
trouble-other-smart = 使用 HP 提供的 HP Smart 应用。它也可能会显示打印机的 WPS PIN 码，或告诉您如何获取。
trouble-other-ews = 在浏览器中打开打印机自己的网页（嵌入式 Web 服务器）；有些型号可以在那里设置 Wi-Fi。如果您觉得打印机的按钮难以按动，这种方式也很合适。如果打印机还没有连上您的网络，请先用网线连接（见下一行）。
trouble-other-cable = 用网线把打印机连接到路由器。打印它的网络配置页找到它的地址，在这个地址打开它的网页，在那里设置 Wi-Fi，然后拔掉网线。
trouble-other-password = 如果打印机有屏幕，就在打印机上输入 Wi-Fi 密码。
trouble-back-to-pin = 再试一次 PIN 码


## Choose my model
model-by-panel = 按控制面板类型选择

## About
page-about = 关于
settings-about = 关于本应用
about-version = 版本 { $version }
about-what = 使用 WPS 把 HP 打印机连接到 Wi-Fi。本应用只与您自己的网络通信。
about-licence = 许可证：{ $licence }
about-components = 本应用使用了 { $count } 个开源组件。这些组件的许可证要求我们显示其声明，见下文。
about-show-notices = 显示第三方声明
about-hide-notices = 隐藏第三方声明

## How this language joins a label to its value, and the items of a list
words-label-value = { $label }：{ $value }
words-list-separator = 、
words-with-note = { $text }（{ $note }）
words-with-detail = { $text }——{ $detail }
words-bullet = • { $text }
words-numbered = { $number }. { $text }
words-percent = { $value }%
words-group-separator = { "," }
words-group-from = 4
demo-banner = 演示——模拟的打印机
demo-banner-detail = 这里的打印机都是为练习而虚构的。在演示模式下，本应用不会连接任何打印机、路由器或网络。
demo-not-asked = 在演示模式下，本应用不会连接真实的打印机。请在“查找我的打印机”中选择一台演示打印机。
trouble-same-way = 打印机和路由器使用同一种方式
trouble-same-way-desc = 打印机的 PIN 码要输入到路由器中输入设备 PIN 码的地方；路由器自己的 PIN 码要输入到打印机上；打印机和路由器上的 WPS 按钮完全不需要 PIN 码。有些路由器只支持按钮方式：这时请使用 WPS 按钮。
trouble-band = 网络提供 2.4 GHz
trouble-band-desc = 只使用 2.4 GHz Wi-Fi 的打印机无法加入没有 2.4 GHz 频段的网络。如果您的路由器有分开的 2.4 GHz 和 5 GHz 网络，请使用 2.4 GHz 的那个。
trouble-isolation = 设置期间不用访客网络，也不开启隔离
trouble-isolation-desc = 在访客网络上，或当路由器把无线设备彼此隔开（“AP 隔离”或“客户端隔离”）时，这台电脑无法访问打印机。请使用主网络，或在设置期间关闭访客模式和隔离。
home-printer = 您的打印机
home-printer-desc = 查看打印机报告的信息，以及它是否已连接 Wi-Fi。
scan-see-printer = 查看状态
problem-source-web = 打印机的网页
nav-new-customer = 新客户
home-new-customer = 新客户
home-new-customer-desc = 为下一位客户重新开始：清除打印机、型号、PIN 码、检查结果和摘要。设置和记住的控制面板保留。
question-new-customer = WPS 的 2 分钟时间窗口正在进行。要为新客户重新开始吗？这位客户的所有信息都会被清除。
question-new-customer-yes = 重新开始
question-new-customer-no = 继续
question-replace = “{ $file }”已在 { $folder } 中。要替换它吗？
question-replace-yes = 替换
question-replace-no = 保留原文件
timer-bar = WPS 的 2 分钟时间窗口还剩 { $time }
timer-last-minute = 还剩一分钟。
timer-bar-ended = 2 分钟时间窗口已结束。
pin-picture-printer-printed = 图片：PIN 码从打印机输入到路由器。没有屏幕的打印机无法显示它：有些型号会把它打印在网络配置页上。

## Command line: arguments and the files it writes
cli-not-text = “{ $argument }”不是本应用能读取的文本（不是 UTF-8）。只有文件名可以包含其他字符。
cli-out-folder = { $path } 是文件夹。请给 --out 一个文件名，例如 { $example }
cli-written = 已写入 { $path }
