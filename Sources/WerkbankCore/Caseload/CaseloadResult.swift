/// The rows a caseload query found, in the asked order, with facet counts. Rows are not copied:
/// the result indexes into the index's rows, so a result over 100,000 clients is cheap.
/// Search highlights are computed per row on demand (for the lines on screen).
public struct CaseloadResult: RandomAccessCollection, Sendable {
    private let rows: [CaseloadRow]
    private let order: [Int32]
    private let search: SearchColumn
    private let text: SearchText
    /// Per facet, every value with its count (the other facets and the search applied).
    public let facetCounts: [CaseloadFacet: [FacetCount]]
    /// Clients in the scope before search and filters.
    public let inScope: Int

    init(rows: [CaseloadRow], order: [Int32], search: SearchColumn, text: SearchText,
         facetCounts: [CaseloadFacet: [FacetCount]], inScope: Int) {
        self.rows = rows
        self.order = order
        self.search = search
        self.text = text
        self.facetCounts = facetCounts
        self.inScope = inScope
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }
    public subscript(position: Int) -> CaseloadRow { rows[Int(order[position])] }

    public var clientIds: [String] { map(\.id) }

    /// Position of a client in the result (to keep the selection after re-querying).
    public func position(of clientId: String) -> Int? {
        order.firstIndex { rows[Int($0)].id == clientId }
    }

    /// Which fields the search words matched for the row at `position` (empty without search text).
    public func matchedFields(at position: Int) -> MatchFields {
        text.isEmpty ? [] : search.matchedFields(row: Int(order[position]), text: text)
    }

    /// Character ranges of `listName` to highlight for the row at `position`: the matched start
    /// of a surname or tussenvoegsel word, and the initial when a word matched the first name.
    public func matchedRanges(at position: Int) -> [Range<Int>] {
        guard !text.isEmpty else { return [] }
        let row = self[position]
        let layout = DutchName.listNameLayout(first: row.firstName, infix: row.infix, last: row.lastName)
        var ranges: [Range<Int>] = []
        for word in text.words {
            ranges += wordStartRanges(of: word.bytes, in: row.lastName, offset: layout.last.lowerBound)
            if let infix = layout.infix {
                ranges += wordStartRanges(of: word.bytes, in: row.infix, offset: infix.lowerBound)
            }
            if let initial = layout.initial, !wordStartRanges(of: word.bytes, in: row.firstName, offset: 0).isEmpty {
                ranges.append(initial)
            }
        }
        return merged(ranges)
    }

    private func wordStartRanges(of word: [UInt8], in part: String, offset: Int) -> [Range<Int>] {
        let (bytes, characters) = SearchFolding.foldWithOffsets(part)
        guard !word.isEmpty, bytes.count >= word.count else { return [] }
        var ranges: [Range<Int>] = []
        for start in 0...(bytes.count - word.count)
        where (start == 0 || !SearchFolding.isWordByte(bytes[start - 1])) && bytes[start..<(start + word.count)].elementsEqual(word) {
            ranges.append((offset + characters[start])..<(offset + characters[start + word.count - 1] + 1))
        }
        return ranges
    }

    private func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<Swift.max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
