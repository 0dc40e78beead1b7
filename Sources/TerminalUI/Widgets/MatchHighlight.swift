import Foundation

/// Finds a search term inside drawn text, ignoring case and diacritics ("e" finds "ë"),
/// and reports the hits as display-column ranges so they can be restyled in a buffer.
public enum MatchHighlight {
    public static func columnRanges(of query: String, in text: String) -> [Range<Int>] {
        guard !query.isEmpty, !text.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var searchStart = text.startIndex
        while searchStart < text.endIndex,
              let hit = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive],
                                   range: searchStart..<text.endIndex) {
            let start = DisplayWidth.of(String(text[text.startIndex..<hit.lowerBound]))
            let width = DisplayWidth.of(String(text[hit]))
            if width > 0 { ranges.append(start..<(start + width)) }
            searchStart = hit.upperBound > hit.lowerBound ? hit.upperBound : text.index(after: hit.lowerBound)
        }
        return ranges
    }

    /// Restyles every hit of `query` in the text drawn at (`x`, `y`).
    static func apply(_ query: String, text: String, x: Int, y: Int, style: Style, into buffer: inout Buffer) {
        for range in columnRanges(of: query, in: text) {
            buffer.setStyle(Rect(x: x + range.lowerBound, y: y, width: range.count, height: 1), style)
        }
    }
}
