# 简体中文（中国大陆）: Simplified Chinese for mainland China.
## Printer catalog: why a printer is in the search results
catalog-why-exact = 型号 { $model } 完全符合。
catalog-why-same-number = { $typed } 与 { $model } 的编号相同。
catalog-why-number-only = { $typed } 是 { $model } 的编号。
catalog-why-beginning = { $model } 以 { $typed } 开头。
catalog-why-in-series = { $typed } 在 { $model } 系列（{ $first } 至 { $last }）的范围内，所以很可能属于这个系列。
catalog-why-series-covers = { $typed } 系列（{ $first } 至 { $last }）包括 { $model }。
catalog-why-in-range = { $typed } 是 { $model } 中的一款。
catalog-why-near = { $typed } 不在此系列的型号名称中，但 HP 驱动数据把该系列称为 { $model } 系列。
catalog-why-words = 名称中的词语相符。
catalog-other-lines = 没有相符的 { $lines } 打印机。以下打印机来自其他产品线。
catalog-not-in-list = 我们的列表中还没有这个型号（它可能比列表更新）。您可以继续：按图片选择您的控制面板。
# Source: facts/hp-printers.md §3.1 (the list is derived from HPLIP's models.dat)
catalog-source = 打印机列表来自 HPLIP { $version }（HP 的 Linux 打印软件）的型号数据：共 { $families } 个系列、{ $names } 个型号名称。

## Wi-Fi: yes, no or not known, and where the answer comes from
wifi-yes = 有
wifi-no = 没有
wifi-unknown = 未知
wifi-answer-with-source = { $answer }（{ $source }）
wifi-source-printer = 打印机报告有 Wi-Fi 适配器
# Source: facts/hp-printers.md §3.1 (io-support bit 0x8 = wireless)
wifi-source-hplip = HP 驱动数据
# Source: facts/hp-printers.md §3.4 (“w” after a LaserJet model number: built-in wireless; on other lines only a hint)
wifi-source-model-name = 型号名称的字母中有“w”
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-some-models = 此系列的部分型号字母中有“w”，因此有 Wi-Fi
# Source: facts/hp-printers.md §3.4 (“w”: built-in wireless)
wifi-source-model-name-not-in-family = 您的型号字母中有“w”，但此系列中该编号只带有其他字母
# Source: facts/hp-printers.md §3.1 (io-support bits 0x4 network, 0x8 wireless)
wifi-source-hplip-network-only = HP 驱动数据列出了网络连接，但没有列出 Wi-Fi
# Source: facts/hp-printers.md §3.1 (io-support bit mask: no wireless bit)
wifi-source-hplip-usb-only = HP 驱动数据没有为此型号列出 Wi-Fi
# Source: facts/hp-printers.md §3.1 (io-support bit mask: USB only)
wifi-source-hplip-usb-only-on-network = HP 驱动数据只列出了 USB，但打印机在网络上作出了应答
# Source: facts/hp-printers.md §3.1 (io-support bit mask)
wifi-source-hplip-nothing = HP 驱动数据没有列出此型号的连接方式
wifi-source-not-in-list = 此型号不在我们的列表中

## Command line: lookup
catalog-no-match = 没有与“{ $query }”相符的 HP 打印机。请查看打印机正面或标签上的名称。
words-yes = 是
words-no = 否
catalog-facts = Wi-Fi：{ $wifi }。网络连接：{ $cable }。内置网页：{ $web }。
cli-lookup-names = 其他销售名称：{ $names }

## Choose my model page
catalog-search-label = 请输入型号名称或编号。它在打印机正面或标签上。
catalog-search-hint = 例如：OfficeJet Pro 9015e
catalog-search-intro = 输入时会立即显示结果。只输入数字（例如 9015）也可以。
catalog-results = { $count ->
   *[other] 有 { $count } 台打印机符合。请选择您的打印机。
}
catalog-not-listed = 列表中没有您的打印机？操作步骤取决于打印机的控制面板，所以您也可以改为选择控制面板的类型。
catalog-fact-wifi = Wi-Fi：{ $answer }
catalog-fact-web = 打印机内置网页：{ $answer }
catalog-fact-cable = 网络连接：{ $answer }
# Source: facts/hp-printers.md §3.1 (HPLIP's io-support bit mask: no wireless bit)
catalog-wifi-no = HP 驱动数据没有为此型号列出 Wi-Fi。如果您的打印机有 Wi-Fi 按钮、指示灯或菜单，它就有 Wi-Fi。
catalog-wifi-unknown = 我们无法确定此型号是否有 Wi-Fi。如果您的打印机有 Wi-Fi 按钮、指示灯或菜单，它就有 Wi-Fi。
catalog-what-works-if-none = 如果它没有 Wi-Fi，可以改用以下方法
catalog-use-usb = 用 USB 线把打印机连接到电脑。
catalog-use-ethernet = 用网线（以太网）把打印机连接到路由器。
catalog-use-guide = 查看打印机的用户指南，了解它支持哪些连接方式。
catalog-panel-question = 您的打印机是哪种控制面板？请选择最像的那张图片。
catalog-panel-remember-note = 这台电脑会记住您为这个型号选择的答案。
catalog-panel-known = 您之前告诉过我们，这个型号的控制面板是：{ $panel }。
catalog-panel-show-steps = 显示操作步骤
catalog-panel-change = 不对，重新选择
catalog-choose-other = 选择其他型号
catalog-answers-damaged = 无法读取已记住的控制面板，因此可能会再次询问您。

## Sharing remembered control panels
catalog-share-title = 已记住的控制面板
catalog-share-count = { $count ->
    [0] 还没有记住任何控制面板。
   *[other] 已记住 { $count } 个型号的控制面板。
}
catalog-share-path = 要与其他电脑共享的文件
catalog-share-export = 把答案保存到这个文件
catalog-share-import = 从这个文件添加答案
catalog-share-exported = 答案已保存到 { $path }。
catalog-share-imported = { $count ->
    [0] 没有添加任何答案。
   *[other] 已添加 { $count } 个答案。
}
catalog-share-skipped = { $count ->
   *[other] 有 { $count } 条记录无法读取，已略过。
}
catalog-card-remembered = 控制面板（您之前告诉我们的）：{ $panel }
