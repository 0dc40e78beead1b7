/// What one row's search bytes can match, as 256 keys: the bytes and byte pairs that start a
/// word of the name, the id or the postcode, and the pairs of adjacent digits inside the id and
/// the BSN. A search word can only match a row that holds every key the word needs
/// (`SearchSignature.Need`); `SearchSignatureSets` finds those rows with a few bitmap operations.
struct SearchSignature: Equatable, Sendable {
    static let keyCount = 256
    /// Keys 0…63: a byte at a start. Letters a–z and digits have a key of their own (0…35).
    private static let startKeys = 0
    /// Keys 64…155: a pair of bytes at a start, hashed.
    private static let pairKeys = 64, pairKeyCount = 92
    /// Keys 156…255: a pair of adjacent digits in the id or the BSN ("00"…"99").
    private static let digitPairKeys = 156

    private(set) var bits = SIMD4<UInt64>(repeating: 0)

    init() {}

    /// The signature of one row's span.
    init(_ buffer: UnsafeBufferPointer<UInt8>, span: SearchSpan) {
        SearchSignature.forEachStart(buffer, span: span) { insertStart(buffer, at: $0, end: $1) }
        insertDigitPairs(buffer, range: Int(span.id)..<Int(span.postcode))
        insertDigitPairs(buffer, range: Int(span.bsn)..<Int(span.end))
    }

    /// Calls `body` with every position where a word can match at a start, and the end of its
    /// field: a name word starts at the start of the name or after a byte that is no word byte;
    /// id and postcode (when not empty) at their start.
    static func forEachStart(_ buffer: UnsafeBufferPointer<UInt8>, span: SearchSpan, _ body: (_ start: Int, _ end: Int) -> Void) {
        let name = Int(span.name), id = Int(span.id), postcode = Int(span.postcode), bsn = Int(span.bsn)
        for index in name..<id where index == name || !SearchFolding.isWordByte(buffer[index - 1]) { body(index, id) }
        if id < postcode { body(id, postcode) }
        if postcode < bsn { body(postcode, bsn) }
    }

    func isSuperset(of other: SearchSignature) -> Bool { bits & other.bits == other.bits }

    /// Calls `body` with every key, in increasing order.
    func forEachKey(_ body: (Int) -> Void) {
        for lane in 0..<4 {
            var remaining = bits[lane]
            while remaining != 0 {
                body(lane << 6 + remaining.trailingZeroBitCount)
                remaining &= remaining - 1
            }
        }
    }

    private mutating func insert(_ key: Int) {
        bits[key >> 6] |= 1 << UInt64(key & 63)
    }

    private mutating func insertStart(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) {
        insert(SearchSignature.startKey(buffer[index]))
        if index + 1 < end { insert(SearchSignature.pairKey(buffer[index], buffer[index + 1])) }
    }

    private mutating func insertDigitPairs(_ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        guard range.count >= 2 else { return }
        for index in range.lowerBound..<(range.upperBound - 1)
        where SearchFolding.isDigit(buffer[index]) && SearchFolding.isDigit(buffer[index + 1]) {
            insert(SearchSignature.digitPairKeys + Int(buffer[index] - 0x30) * 10 + Int(buffer[index + 1] - 0x30))
        }
    }

    private static func startKey(_ byte: UInt8) -> Int {
        if byte >= 0x61 && byte <= 0x7A { return startKeys + Int(byte - 0x61) }
        if SearchFolding.isDigit(byte) { return startKeys + 26 + Int(byte - 0x30) }
        return startKeys + 36 + Int(byte) % 28
    }

    private static func hasOwnStartKey(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || SearchFolding.isDigit(byte)
    }

    private static func pairKey(_ first: UInt8, _ second: UInt8) -> Int {
        let hash = (UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1
        return pairKeys + Int((UInt64(hash) * UInt64(pairKeyCount)) >> 32)
    }

    /// What a row's signature must hold for one search word to match it: all of `start` (the
    /// word at a start), or — for a number fragment — all of `fragment` (its digit pairs).
    struct Need: Sendable {
        private(set) var start = SearchSignature()
        private(set) var fragment: SearchSignature?
        /// The signature alone decides: a one-byte word whose byte has a key of its own.
        let decides: Bool

        init(_ word: SearchText.Word) {
            let bytes = word.bytes
            decides = bytes.count == 1 && SearchSignature.hasOwnStartKey(bytes[0])
            guard let first = bytes.first else { return }
            start.insert(SearchSignature.startKey(first))
            if bytes.count >= 2 { start.insert(SearchSignature.pairKey(first, bytes[1])) }
            guard word.isNumberFragment else { return }
            var pairs = SearchSignature()
            bytes.withUnsafeBufferPointer { pairs.insertDigitPairs($0, range: 0..<bytes.count) }
            fragment = pairs
        }
    }
}

/// For every signature key the rows that hold it, as bitmaps: the rows a search word may match
/// are found 64 at a time, without reading any row.
struct SearchSignatureSets: Sendable {
    private var sets: [RowSet]

    init(count: Int) {
        sets = Array(repeating: RowSet(count: count), count: SearchSignature.keyCount)
    }

    mutating func grow(to count: Int) {
        for key in sets.indices { sets[key].grow(to: count) }
    }

    mutating func insert(_ signature: SearchSignature, row: Int) {
        signature.forEachKey { sets[$0].insert(row) }
    }

    mutating func remove(_ signature: SearchSignature, row: Int) {
        signature.forEachKey { sets[$0].remove(row) }
    }

    /// The rows of `candidates` whose signature holds all of `keys`.
    func rows(holding keys: SearchSignature, among candidates: RowSet) -> RowSet {
        var result = candidates
        keys.forEachKey { result.formIntersection(sets[$0]) }
        return result
    }
}
