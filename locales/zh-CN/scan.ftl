# 简体中文（中国大陆）: Simplified Chinese for mainland China.
## Find my printer: the live scan
scan-title = 查找我的打印机
scan-looking = { $count ->
    [0] 正在查找打印机……尚未找到
   *[other] 正在查找打印机……已找到 { $count } 台
}
scan-failed = 无法在这台电脑上开始查找打印机。可能是它的网络已关闭，或者防火墙阻止了查找。您仍然可以在下方输入打印机的地址。
scan-nothing-title = 暂时没有找到打印机。常见原因：
scan-nothing-guest = 这台电脑连接的是访客网络，或者与打印机不在同一网络中。
scan-nothing-isolation = 路由器把无线设备互相隔开了（通常叫作“AP 隔离”或“客户端隔离”）。
scan-nothing-off = 打印机已关机或处于睡眠状态。按一下打印机上的按钮将它唤醒。
scan-nothing-setup = 打印机处于设置模式，使用的是它自己的 Wi-Fi 网络。这时它还不在您的网络中：WPS 正是要改变这一点。
scan-card-model = 型号：{ $model }
scan-card-address = 地址：{ $address }
scan-card-network-ipp = 已连接到这个网络，可以打印。
scan-card-network = 已连接到这个网络。
# Where the scan heard of it: the system's mDNS daemon's cache, the app's own search, or both.
scan-card-source = { $source ->
    [system] 这台电脑已经知道它。
    [mdns] 刚刚在网络上找到。
   *[both] 这台电脑已经知道它，并且刚刚在网络上找到。
}
scan-this-one = 这是我的打印机
scan-not-listed = 列表中没有我的打印机
scan-address-label = 输入打印机的地址（例如 192.168.1.23）或名称
scan-check-address = 检查这个地址
scan-checking = 正在检查……
scan-answers = { $address } 上有设备响应：{ $ports }。
scan-no-answer = { $address } 在打印机常用的端口上没有任何响应。请检查地址，并确认打印机已开机。
scan-not-an-address = “{ $input }”不是地址，也不是打印机名称。
scan-unknown-name = 在这个网络中找不到名称“{ $input }”。
scan-use-this = 使用这台打印机
scan-port-ipp = IPP 打印
scan-port-web = 网页
scan-port-web-secure = 安全网页
scan-port-raw = 原始打印
scan-port-number = 端口 { $port }
cli-scan-found = 找到：{ $name } — { $model } — { $address }
cli-scan-none = 没有打印机响应。请确认打印机已开机，并且与这台电脑在同一网络中。
cli-scan-timeout = --timeout 必须在 0.1 到 3600 秒之间。
cli-scan-failed = 这台电脑无法开始查找打印机。它的网络可能已关闭，或者防火墙阻止了查找。
