/// Horizontal bars, one per line: `label  ████████▌      value`. Bars are scaled to
/// `maxValue` (default: the largest value) with eighth-cell precision (whole cells in ASCII).
/// An optional `target` (same unit as the values) draws a marker column on every line.
public struct BarChart: Sendable {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double
        /// What is printed after the bar (the owner formats numbers, e.g. "1.234" or "55%").
        public var valueText: String
        public var role: Role
        public init(_ label: String, value: Double, valueText: String, role: Role = .accent) {
            self.label = label; self.value = value; self.valueText = valueText; self.role = role
        }
    }

    public var bars: [Bar]
    public var maxValue: Double?
    public var target: Double?
    public var glyphs: Glyphs

    public init(bars: [Bar], maxValue: Double? = nil, target: Double? = nil, glyphs: Glyphs = .unicode) {
        self.bars = bars; self.maxValue = maxValue; self.target = target; self.glyphs = glyphs
    }

    /// The bar for `value` in `width` cells.
    func barText(_ value: Double, scale: Double, width: Int) -> String {
        guard scale > 0, value > 0, width > 0 else { return "" }
        let eighths = Int((min(value, scale) / scale * Double(width * 8)).rounded())
        let pieces = glyphs.barEighths
        return String(repeating: pieces[8], count: eighths / 8) + pieces[eighths % 8]
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = bars.map { DisplayWidth.of($0.valueText) }.max() ?? 0
        let barX = area.x + labelWidth + 1
        let barWidth = max(0, area.maxX - barX - valueWidth - 1)
        let scale = maxValue ?? bars.map(\.value).max() ?? 0
        let targetColumn = target.flatMap { target -> Int? in
            guard scale > 0, barWidth > 0 else { return nil }
            return min(barWidth - 1, Int((target / scale * Double(barWidth)).rounded()))
        }
        for (row, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + row
            buffer.fill(area.row(row), with: Cell(" ", style: Style(.text)))
            buffer.put(TextFit.fit(bar.label, width: labelWidth, ellipsis: glyphs.ellipsis), x: area.x, y: y, style: Style(.text))
            buffer.put(barText(bar.value, scale: scale, width: barWidth), x: barX, y: y, maxWidth: barWidth, style: Style(bar.role))
            if let targetColumn {
                buffer.put(glyphs.targetMarker, x: barX + targetColumn, y: y, style: Style(.warning, .bold))
            }
            buffer.put(TextFit.fit(bar.valueText, width: valueWidth, alignment: .right, ellipsis: glyphs.ellipsis),
                       x: area.maxX - valueWidth, y: y, style: Style(.text))
        }
    }
}
