/// A one-line trend of the last values that fit: ▁▂▃▄▅▆▇█, or `_.,-=+*#` in ASCII. Values are
/// scaled from `baseline` (default 0) to `maxValue` (default: the largest value shown).
public struct Sparkline: Sendable {
    public var values: [Double]
    public var maxValue: Double?
    public var baseline: Double
    public var glyphs: Glyphs
    public var style: Style

    public init(values: [Double], maxValue: Double? = nil, baseline: Double = 0, glyphs: Glyphs = .unicode, style: Style = Style(.accent)) {
        self.values = values; self.maxValue = maxValue; self.baseline = baseline; self.glyphs = glyphs; self.style = style
    }

    /// The glyphs for the most recent `width` values.
    public func text(width: Int) -> String {
        let shown = values.suffix(max(0, width))
        let levels = glyphs.sparkLevels
        let top = maxValue ?? shown.max() ?? baseline
        let range = top - baseline
        return shown.map { value -> String in
            guard range > 0 else { return levels[0] }
            let level = Int(((value - baseline) / range * Double(levels.count - 1)).rounded())
            return levels[max(0, min(levels.count - 1, level))]
        }.joined()
    }

    public func render(_ area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        buffer.put(text(width: area.width), x: area.x, y: area.y, style: style)
    }
}
