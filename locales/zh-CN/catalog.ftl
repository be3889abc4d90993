# 简体中文（中国大陆）: Simplified Chinese for mainland China.
## Printer catalog: why a printer is in the search results
catalog-why-exact = 型号 { $model } 完全符合。
catalog-why-same-number = { $typed } 与 { $model } 的编号相同。
catalog-why-number-only = { $typed } 是 { $model } 的编号。
catalog-why-beginning = { $model } 以 { $typed } 开头。
catalog-why-in-series = { $typed } 属于 { $model } 系列（{ $first } 至 { $last }）。
catalog-why-series-covers = { $typed } 系列（{ $first } 至 { $last }）包括 { $model }。
catalog-why-in-range = { $typed } 是 { $model } 中的一款。
catalog-why-near = { $typed } 不在此系列的型号名称中，但 HP 驱动数据把该系列称为 { $model } 系列。
catalog-why-words = 名称中的词语相符。

## Command line: lookup
cli-lookup-none = 没有与“{ $query }”相符的 HP 打印机。请查看打印机正面或标签上的名称。
cli-lookup-yes = 是
cli-lookup-no = 否
cli-lookup-facts = Wi-Fi：{ $wifi }。网线接口：{ $cable }。内置网页：{ $web }。
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
catalog-fact-cable = 网线接口：{ $answer }
catalog-no-wifi = 这台打印机没有 Wi-Fi 功能。无论用 WPS 还是其他方法，它都无法连接 Wi-Fi 网络。
catalog-what-works = 可以改用的方法
catalog-use-usb = 用 USB 线把打印机连接到电脑。
catalog-use-ethernet = 用网线（以太网）把打印机连接到路由器。
catalog-use-guide = 查看打印机的用户指南，了解它支持哪些连接方式。
catalog-panel-question = 您的打印机是哪种控制面板？请选择最像的那张图片。
catalog-panel-remember-note = 这台电脑会记住您为这个型号选择的答案。
catalog-panel-known = 您之前告诉过我们，这个型号的控制面板是：{ $panel }。
catalog-panel-show-steps = 显示操作步骤
catalog-panel-change = 不对，重新选择
catalog-choose-other = 选择其他型号
catalog-answers-damaged = 无法读取已记住的控制面板，因此可能会再次询问您。损坏的文件保存在这里：{ $path }

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
   *[other] 已添加 { $count } 个答案。
}
catalog-share-skipped = { $count ->
   *[other] 有 { $count } 条记录无法读取，已略过。
}
catalog-card-remembered = 控制面板（您之前告诉我们的）：{ $panel }
