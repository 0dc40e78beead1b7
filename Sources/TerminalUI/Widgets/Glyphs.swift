// How the widgets are built (read this before adding one):
//
// * Interactive widgets (Table, ListView, TextField, Select, MultiSelect, Checkbox, Tabs, Dialog,
//   Form, TextView, HelpOverlay, FunctionBar, CommandPalette) are `final class`es conforming to
//   `View`. Each object owns its persistent state (selection, scroll offset, text, marks) and
//   remembers the area it was last rendered into, so mouse events and page sizes need no extra
//   arguments. The owner keeps the object between frames and calls `render` every frame.
// * Display-only widgets (BorderBox, StatusBar, BarChart, Sparkline) are value types with the
//   same `render(_:into:)` method and no state.
// * Results go back to the owner through optional closures (`onActivate`, `onSort`, `onAnswer`,
//   `onPick`, `onKey`); the owner decides what happens. Widgets never hold domain knowledge and
//   never contain user-visible words of their own, except the overridable Dutch defaults
//   documented on each property.
// * Every widget takes a `Glyphs` value; `Glyphs.ascii` replaces box lines, arrows, blocks and the
//   ellipsis with 7-bit characters for `vt100` and non-UTF-8 terminals.

/// The non-ASCII symbols widgets draw, with a 7-bit fallback set.
public struct Glyphs: Hashable, Sendable {
    public var isASCII: Bool

    public init(ascii: Bool) { isASCII = ascii }

    public static let unicode = Glyphs(ascii: false)
    public static let ascii = Glyphs(ascii: true)

    public var ellipsis: String { isASCII ? "~" : "…" }
    public var sortAscending: String { isASCII ? "^" : "▲" }
    public var sortDescending: String { isASCII ? "v" : "▼" }
    public var mark: String { isASCII ? "*" : "●" }
    public var scrollThumb: String { isASCII ? "#" : "█" }
    public var scrollTrack: String { isASCII ? "|" : "│" }
    public var dropDown: String { isASCII ? "v" : "▾" }
    public var pointer: String { isASCII ? ">" : "›" }
    public var targetMarker: String { isASCII ? "|" : "┃" }
    public var separator: String { isASCII ? "|" : "│" }

    /// Sparkline levels, lowest first (8 of them).
    public var sparkLevels: [String] {
        isASCII ? ["_", ".", ",", "-", "=", "+", "*", "#"] : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    }

    /// Horizontal bar pieces: eighths of a cell, index 1…8 (index 0 is empty).
    public var barEighths: [String] {
        isASCII ? ["", "", "", "", "#", "#", "#", "#", "#"] : ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    }
}
