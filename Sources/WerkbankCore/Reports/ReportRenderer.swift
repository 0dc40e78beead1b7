import Foundation

/// The output formats of `werkbank report --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case table
    case csv
    case json

    /// Renders `report` in this format; the text ends with a newline.
    public func render(_ report: any Report) -> String {
        switch self {
        case .json: return report.json.text + "\n"
        case .csv: return ReportRenderer.csv(report.tables)
        case .table: return ReportRenderer.terminal(report.tables)
        }
    }
}

/// CSV and terminal text for report tables.
public enum ReportRenderer {
    /// `;`-separated, a BOM first, CRLF line ends, Dutch decimal comma, no thousands separator,
    /// so that Excel-NL opens it as numbers. Several tables are separated by an empty line and
    /// each gets its title on a line of its own.
    public static func csv(_ tables: [ReportTable]) -> String {
        var lines: [String] = []
        for (index, table) in tables.enumerated() {
            if tables.count > 1 {
                if index > 0 { lines.append("") }
                lines.append(csvField(VisibleText.visible(table.title)))
            }
            lines.append(table.columns.map(csvField).joined(separator: ";"))
            for row in table.rows {
                lines.append(row.map { csvField(VisibleText.visible(cellText($0, grouped: false))) }.joined(separator: ";"))
            }
        }
        return "\u{FEFF}" + lines.map { $0 + "\r\n" }.joined()
    }

    /// Aligned columns for the terminal: a title line, the headers, a rule, the rows; numbers
    /// right-aligned, text left-aligned. Several tables are separated by an empty line.
    public static func terminal(_ tables: [ReportTable]) -> String {
        tables.map(terminalTable).joined(separator: "\n")
    }

    /// The text of one cell as shown on screen (`1.234`, `41,2`, `–` for an undefined value).
    public static func cellText(_ value: ReportValue, grouped: Bool = true) -> String {
        switch value {
        case .integer(let number): return DutchNumber.integer(number, grouped: grouped)
        case .decimal(let number): return number.map { DutchNumber.tenths($0, grouped: grouped) } ?? (grouped ? "–" : "")
        case .cents(let number): return DutchNumber.cents(number, grouped: grouped)
        case .text(let text): return text
        }
    }

    /// Widths count characters: Core has no terminal code, and report headers and figures
    /// hold no wide or combining characters.
    /// Text from data (coach names) shows control characters as placeholders.
    private static func terminalTable(_ table: ReportTable) -> String {
        let texts = table.rows.map { $0.map { VisibleText.visible(cellText($0)) } }
        var widths = table.columns.map(\.count)
        for row in texts {
            for (column, text) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], text.count)
            }
        }
        let numeric = table.columns.indices.map { column in
            !table.rows.isEmpty && table.rows.allSatisfy { column >= $0.count || $0[column].isNumeric }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, text in
                let pad = String(repeating: " ", count: max(0, widths[column] - text.count))
                return numeric[column] ? pad + text : text + pad
            }.joined(separator: "  ").trailingSpacesRemoved
        }
        var lines = [VisibleText.visible(table.title), line(table.columns)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += texts.map(line)
        return lines.map { $0 + "\n" }.joined()
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
