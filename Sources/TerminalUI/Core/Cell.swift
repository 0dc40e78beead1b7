/// One terminal cell: a grapheme cluster and its style. The cell right of a wide glyph holds
/// the empty string (a continuation) and is never drawn on its own.
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var style: Style

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol; self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { symbol.isEmpty }
}
