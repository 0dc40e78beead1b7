/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many columns.
    case fixed(Int)
    /// At least this many columns; shares spare room like `flex(1)`.
    case min(Int)
    /// A share (weight) of the room left after fixed and minimum widths.
    case flex(Int)
    /// At least `min` columns, growing like `flex(1)` but never past `max` (a name column as
    /// wide as its longest name): the room it does not need goes to the other growing columns.
    case bounded(min: Int, max: Int)
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
    /// Widths for `columns` in `total` cells with `gap` cells between neighbours. Spare room is
    /// shared by weight; a bounded column stops at its maximum and the rest goes to the others.
    /// When room is short, columns are narrowed from the right; a column narrowed to nothing gets
    /// width 0. A fixed column (a date, a number) other than the first is shown whole or not at
    /// all: the room it would keep goes to the first column that takes spare room.
    static func widths(_ columns: [ColumnWidth], total: Int, gap: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        var widths = columns.map { width -> Int in
            switch width {
            case .fixed(let n), .min(let n), .bounded(let n, _): return max(0, n)
            case .flex: return 0
            }
        }
        let weights = columns.map { width -> Int in
            switch width {
            case .fixed: return 0
            case .min, .bounded: return 1
            case .flex(let w): return max(0, w)
            }
        }
        let caps = columns.map { width -> Int in
            if case .bounded(let low, let high) = width { return max(low, high) }
            return Int.max
        }
        var spare = total - gap * (columns.count - 1) - widths.reduce(0, +)
        share(&spare, into: &widths, weights: weights, caps: caps)
        var i = widths.count - 1
        while spare < 0 && i >= 0 {
            let cut = weights[i] == 0 && i > 0 ? widths[i] : min(widths[i], -spare)
            widths[i] -= cut; spare += cut
            if widths[i] == 0 && i > 0 { spare += gap }   // a vanished column frees its gap
            i -= 1
        }
        if spare > 0, let grow = widths.indices.first(where: { weights[$0] > 0 && widths[$0] > 0 && widths[$0] < caps[$0] }) {
            widths[grow] = min(caps[grow], widths[grow] + spare)
        }
        return widths
    }

    /// Hands `spare` cells to the growing columns by weight, round after round: a column that
    /// reaches its cap leaves the round and its unused share goes to the others. Cells no column
    /// can take stay in `spare`.
    private static func share(_ spare: inout Int, into widths: inout [Int], weights: [Int], caps: [Int]) {
        while spare > 0 {
            let growing = widths.indices.filter { weights[$0] > 0 && widths[$0] < caps[$0] }
            let weightSum = growing.reduce(0) { $0 + weights[$1] }
            guard weightSum > 0 else { return }
            var given = 0
            for i in growing {
                let share = min(spare * weights[i] / weightSum, caps[i] - widths[i])
                widths[i] += share; given += share
            }
            if given == 0 {   // the remainder: one cell each, left to right
                for i in growing where given < spare { widths[i] += 1; given += 1 }
            }
            spare -= given
        }
    }
}
