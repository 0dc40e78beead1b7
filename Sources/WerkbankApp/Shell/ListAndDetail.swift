import TerminalUI

/// A list with a detail pane: side by side from 120 columns (detail `sideWidth` wide), else the
/// detail under the list (`bottomHeight` rows); a line of the border style between them.
enum ListAndDetail {
    /// The list, the separator and the detail area; the separator is drawn.
    static func split(_ area: Rect, sideWidth: Int, bottomHeight: Int, glyphs: Glyphs, into buffer: inout Buffer) -> (list: Rect, detail: Rect) {
        let wide = area.width >= 120
        let parts = wide ? area.columns([.fill, .length(1), .length(sideWidth)]) : area.rows([.fill, .length(1), .length(bottomHeight)])
        if wide {
            for y in parts[1].y..<parts[1].maxY { buffer.put(glyphs.separator, x: parts[1].x, y: y, style: Style(.border)) }
        } else {
            buffer.put(String(repeating: glyphs.isASCII ? "-" : "─", count: parts[1].width), x: parts[1].x, y: parts[1].y, style: Style(.border))
        }
        return (parts[0], parts[2])
    }
}
