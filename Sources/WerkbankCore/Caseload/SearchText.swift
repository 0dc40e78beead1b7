/// The search text of a caseload query, split into folded words. Every word must match the
/// client: as the start of a word of the name, as the start of the client id or the postcode,
/// or (four or more digits) anywhere in the BSN or the client id.
/// "7551 ab" is read as one postcode word, so a postcode can be typed with or without its space.
struct SearchText: Equatable, Sendable {
    struct Word: Equatable, Sendable {
        var bytes: [UInt8]
        var isDigits: Bool
        /// Long enough to be looked for inside a BSN or id, not only at their start.
        var isNumberFragment: Bool { isDigits && bytes.count >= SearchText.minimumFragmentDigits }
    }

    static let minimumFragmentDigits = 4

    let words: [Word]

    var isEmpty: Bool { words.isEmpty }

    init(_ text: String) {
        let folded = SearchFolding.fold(text)
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in folded {
            if SearchFolding.isWordByte(byte) {
                current.append(byte)
            } else if !current.isEmpty {
                parts.append(current)
                current = []
            }
        }
        if !current.isEmpty { parts.append(current) }
        words = SearchText.joiningPostcodes(parts).map { Word(bytes: $0, isDigits: $0.allSatisfy(SearchFolding.isDigit)) }
    }

    /// Joins "7551" followed by "a"/"ab" into "7551ab".
    private static func joiningPostcodes(_ parts: [[UInt8]]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var index = 0
        while index < parts.count {
            let part = parts[index]
            if part.count == 4, part.allSatisfy(SearchFolding.isDigit), index + 1 < parts.count,
               (1...2).contains(parts[index + 1].count),
               parts[index + 1].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                result.append(part + parts[index + 1])
                index += 2
            } else {
                result.append(part)
                index += 1
            }
        }
        return result
    }
}

/// Which part of a client a search word matched.
public struct MatchFields: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let name = MatchFields(rawValue: 1)
    public static let bsn = MatchFields(rawValue: 2)
    public static let clientId = MatchFields(rawValue: 4)
    public static let postcode = MatchFields(rawValue: 8)
}

/// Where a row's searchable bytes live in `SearchColumn.bytes`: name words, then id, postcode, BSN;
/// and its packed starts in `SearchColumn.packedStarts`.
struct SearchSpan: Sendable {
    var name: Int32
    var id: Int32
    var postcode: Int32
    var bsn: Int32
    var end: Int32
    var starts: Int32 = 0
    var startsEnd: Int32 = 0
}

/// The folded searchable text of every row in one contiguous byte buffer, the first bytes from
/// every start packed (`PackedPrefix`), and the rows of each `SearchSignature` key.
/// Replacing a row appends its new bytes; the old ones stay unused until the next rebuild.
struct SearchColumn: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var spans: [SearchSpan] = []
    /// Per row (`SearchSpan.starts..<startsEnd`) the bytes from each start, up to 8, packed.
    private var packedStarts: [UInt64] = []
    private var signatureSets = SearchSignatureSets(count: 0)

    init() {}

    init(rows: [CaseloadRow]) {
        bytes.reserveCapacity(rows.count * 48)
        spans.reserveCapacity(rows.count)
        packedStarts.reserveCapacity(rows.count * 6)
        rows.withUnsafeBufferPointer { rows in
            guard let first = rows.baseAddress else { return }
            for index in rows.indices { spans.append(write(first + index)) }
        }
        signatureSets = SearchSignatureSets(count: rows.count)
        for row in spans.indices { signatureSets.insert(signature(row: row), row: row) }
    }

    mutating func append(_ row: CaseloadRow) {
        spans.append(withUnsafePointer(to: row) { write($0) })
        signatureSets.grow(to: spans.count)
        signatureSets.insert(signature(row: spans.count - 1), row: spans.count - 1)
    }

    mutating func replace(row index: Int, with row: CaseloadRow) {
        signatureSets.remove(signature(row: index), row: index)
        spans[index] = withUnsafePointer(to: row) { write($0) }
        signatureSets.insert(signature(row: index), row: index)
    }

    private func signature(row: Int) -> SearchSignature {
        bytes.withUnsafeBufferPointer { SearchSignature($0, span: spans[row]) }
    }

    /// Reads the fields through the pointer: a loop over a buffer of rows copies no row.
    private mutating func write(_ row: UnsafePointer<CaseloadRow>) -> SearchSpan {
        let nameStart = Int32(bytes.count)
        for (position, part) in [row.pointee.lastName, row.pointee.infix, row.pointee.firstName].enumerated() {
            if position > 0 { bytes.append(0x20) }
            SearchFolding.append(part, to: &bytes)
        }
        let idStart = Int32(bytes.count)
        bytes.append(contentsOf: SearchFolding.foldAlphanumerics(row.pointee.id))
        let postcodeStart = Int32(bytes.count)
        bytes.append(contentsOf: SearchFolding.foldAlphanumerics(row.pointee.postcode))
        let bsnStart = Int32(bytes.count)
        bytes.append(contentsOf: (row.pointee.bsn ?? "").utf8.filter(SearchFolding.isDigit))
        var span = SearchSpan(name: nameStart, id: idStart, postcode: postcodeStart, bsn: bsnStart, end: Int32(bytes.count))
        span.starts = Int32(packedStarts.count)
        bytes.withUnsafeBufferPointer { buffer in
            SearchSignature.forEachStart(buffer, span: span) { packedStarts.append(PackedPrefix.pack(buffer, at: $0, end: $1)) }
        }
        span.startsEnd = Int32(packedStarts.count)
        return span
    }

    /// The rows of `candidates` that every word of `text` matches, narrowed word by word.
    func matchingRows(_ text: SearchText, among candidates: RowSet) -> RowSet {
        text.words.reduce(candidates) { rows(matching: $1, among: $0) }
    }

    /// The rows of `candidates` that `word` matches. At a start (name word, id, postcode): the
    /// rows with the word's start keys, then their packed starts compared (and for a word of more
    /// than 8 bytes the bytes). Inside the id or BSN (a number fragment): the rows with the
    /// fragment's digit pairs, then their bytes compared.
    private func rows(matching word: SearchText.Word, among candidates: RowSet) -> RowSet {
        let need = SearchSignature.Need(word)
        var found = signatureSets.rows(holding: need.start, among: candidates)
        word.bytes.withUnsafeBufferPointer { word in
            bytes.withUnsafeBufferPointer { buffer in
                spans.withUnsafeBufferPointer { spans in
                    if !need.decides {
                        let prefix = PackedPrefix(word)
                        packedStarts.withUnsafeBufferPointer { packed in
                            found = found.filter { row in
                                let span = spans[row]
                                for index in Int(span.starts)..<Int(span.startsEnd) where prefix.matches(packed[index]) {
                                    return prefix.isWhole
                                        || !SearchColumn.fields(of: word, isNumberFragment: false, in: buffer, span: span, stopAtFirst: true).isEmpty
                                }
                                return false
                            }
                        }
                    }
                    guard let fragment = need.fragment else { return }
                    found.formUnion(signatureSets.rows(holding: fragment, among: candidates).filter { row in
                        let span = spans[row]
                        return SearchColumn.contains(word, in: buffer, range: Int(span.id)..<Int(span.postcode))
                            || SearchColumn.contains(word, in: buffer, range: Int(span.bsn)..<Int(span.end))
                    })
                }
            }
        }
        return found
    }

    /// The fields of one row that the words matched (empty when some word matched nothing).
    func matchedFields(row: Int, text: SearchText) -> MatchFields {
        bytes.withUnsafeBufferPointer { buffer in
            var all: MatchFields = []
            for word in text.words {
                let fields = word.bytes.withUnsafeBufferPointer {
                    SearchColumn.fields(of: $0, isNumberFragment: word.isNumberFragment, in: buffer, span: spans[row], stopAtFirst: false)
                }
                if fields.isEmpty { return [] }
                all.formUnion(fields)
            }
            return all
        }
    }

    /// Where `word` matches in one row's span; with `stopAtFirst` only the first field found.
    @inline(__always)
    private static func fields(of word: UnsafeBufferPointer<UInt8>, isNumberFragment: Bool, in buffer: UnsafeBufferPointer<UInt8>,
                               span: SearchSpan, stopAtFirst: Bool) -> MatchFields {
        var fields: MatchFields = []
        if hasWordPrefix(word, in: buffer, range: Int(span.name)..<Int(span.id)) {
            fields.insert(.name)
            if stopAtFirst { return fields }
        }
        let id = Int(span.id)..<Int(span.postcode)
        if hasPrefix(word, in: buffer, range: id) || (isNumberFragment && contains(word, in: buffer, range: id)) {
            fields.insert(.clientId)
            if stopAtFirst { return fields }
        }
        if hasPrefix(word, in: buffer, range: Int(span.postcode)..<Int(span.bsn)) {
            fields.insert(.postcode)
            if stopAtFirst { return fields }
        }
        if isNumberFragment && contains(word, in: buffer, range: Int(span.bsn)..<Int(span.end)) {
            fields.insert(.bsn)
        }
        return fields
    }

    /// `word` occurs in `range` at the start of a word.
    @inline(__always)
    static func hasWordPrefix(_ word: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        guard let first = word.first, range.count >= word.count else { return false }
        let last = range.upperBound - word.count
        var index = range.lowerBound
        while index <= last {
            if buffer[index] == first,
               index == range.lowerBound || !SearchFolding.isWordByte(buffer[index - 1]),
               matches(word, in: buffer, at: index) {
                return true
            }
            index += 1
        }
        return false
    }

    @inline(__always)
    static func hasPrefix(_ word: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        range.count >= word.count && matches(word, in: buffer, at: range.lowerBound)
    }

    @inline(__always)
    static func contains(_ word: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        guard range.count >= word.count else { return false }
        var index = range.lowerBound
        while index <= range.upperBound - word.count {
            if matches(word, in: buffer, at: index) { return true }
            index += 1
        }
        return false
    }

    @inline(__always)
    private static func matches(_ word: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var offset = 0
        while offset < word.count {
            if buffer[start + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }
}
