import TerminalUI

/// Below 120 columns a table's text column (a reason, what is due) is too narrow for its text:
/// the selected row's text is shown whole under the table, "Reden: …" wrapped onto at most
/// `maxLines` lines of `width` (nothing from 120 columns on, where the column has room).
enum SelectedTextLines {
    static func lines(_ label: String, _ text: String, width: Int, maxLines: Int = 3) -> [String] {
        guard width < 120, !text.isEmpty else { return [] }
        return Array(TextWrap.lines(label + ": " + text, width: max(1, width - 2)).prefix(maxLines))
    }

    /// Draws `lines` in `area`, one cell in from the left.
    static func render(_ lines: [String], in area: Rect, into buffer: inout Buffer) {
        for (index, line) in lines.enumerated() where index < area.height {
            buffer.put(" " + line, x: area.x, y: area.y + index, maxWidth: area.width - 1, style: Style(.text))
        }
    }
}
