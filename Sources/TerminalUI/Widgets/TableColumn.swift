/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many columns.
    case fixed(Int)
    /// At least this many columns; shares spare room like `flex(1)`.
    case min(Int)
    /// A share (weight) of the room left after fixed and minimum widths.
    case flex(Int)
}

/// One column of a `Table`.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: TextAlignment
    /// Whether a header click asks the owner to sort by this column.
    public var sortable: Bool

    public init(_ title: String, width: ColumnWidth = .flex(1), alignment: TextAlignment = .left, sortable: Bool = true) {
        self.title = title; self.width = width; self.alignment = alignment; self.sortable = sortable
    }
}

public enum SortDirection: Hashable, Sendable {
    case ascending, descending
    public var flipped: SortDirection { self == .ascending ? .descending : .ascending }
}

enum ColumnLayout {
    /// Widths for `columns` in `total` cells with `gap` cells between neighbours. When room is
    /// short, columns are narrowed from the right; a column narrowed to nothing gets width 0.
    /// A fixed column (a date, a number) other than the first is shown whole or not at all: the
    /// room it would keep goes to the first column that takes spare room.
    static func widths(_ columns: [ColumnWidth], total: Int, gap: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        var widths = columns.map { width -> Int in
            switch width {
            case .fixed(let n), .min(let n): return max(0, n)
            case .flex: return 0
            }
        }
        let weights = columns.map { width -> Int in
            switch width {
            case .fixed: return 0
            case .min: return 1
            case .flex(let w): return max(0, w)
            }
        }
        var spare = total - gap * (columns.count - 1) - widths.reduce(0, +)
        let weightSum = weights.reduce(0, +)
        if spare > 0 && weightSum > 0 {
            var given = 0
            for i in widths.indices where weights[i] > 0 {
                let share = spare * weights[i] / weightSum
                widths[i] += share; given += share
            }
            var rest = spare - given
            for i in widths.indices where weights[i] > 0 && rest > 0 { widths[i] += 1; rest -= 1 }
            spare = 0
        }
        var i = widths.count - 1
        while spare < 0 && i >= 0 {
            let cut = weights[i] == 0 && i > 0 ? widths[i] : min(widths[i], -spare)
            widths[i] -= cut; spare += cut
            if widths[i] == 0 && i > 0 { spare += gap }   // a vanished column frees its gap
            i -= 1
        }
        if spare > 0, let grow = widths.indices.first(where: { weights[$0] > 0 && widths[$0] > 0 }) { widths[grow] += spare }
        return widths
    }
}
