/// What one row's search bytes can match, in 32 bytes: the bytes and byte pairs that start a
/// word of the name, the id or the postcode, and the digit pairs inside the id and the BSN.
/// A search word can only match a row whose signature holds everything the word needs
/// (`SearchSignature.Need`), so the search compares bytes only for the few rows that pass.
struct SearchSignature: Equatable, Sendable {
    /// A bit per byte that starts a name word, the id or the postcode (`bit(of:)`).
    var starts: UInt64 = 0
    /// A bit per pair of bytes at such a start (`pairBit`).
    var startPairs: UInt64 = 0
    /// Pairs of adjacent digits in the id and the BSN: "00"…"63" in `lowDigitPairs`, "64"…"99" in `highDigitPairs`.
    var lowDigitPairs: UInt64 = 0
    var highDigitPairs: UInt64 = 0

    init() {}

    /// The signature of one row's span, by the rules of `SearchColumn`: a name word starts at
    /// the start of the name or after a byte that is no word byte; id and postcode match at their start.
    init(_ buffer: UnsafeBufferPointer<UInt8>, span: SearchSpan) {
        let name = Int(span.name), id = Int(span.id), postcode = Int(span.postcode), bsn = Int(span.bsn), end = Int(span.end)
        for index in name..<id where index == name || !SearchFolding.isWordByte(buffer[index - 1]) {
            addStart(buffer, at: index, end: id)
        }
        if id < postcode { addStart(buffer, at: id, end: postcode) }
        if postcode < bsn { addStart(buffer, at: postcode, end: bsn) }
        addDigitPairs(buffer, range: id..<postcode)
        addDigitPairs(buffer, range: bsn..<end)
    }

    private mutating func addStart(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) {
        starts |= SearchSignature.bit(of: buffer[index])
        if index + 1 < end { startPairs |= SearchSignature.pairBit(buffer[index], buffer[index + 1]) }
    }

    private mutating func addDigitPairs(_ buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        guard range.count >= 2 else { return }
        for index in range.lowerBound..<(range.upperBound - 1)
        where SearchFolding.isDigit(buffer[index]) && SearchFolding.isDigit(buffer[index + 1]) {
            let pair = Int(buffer[index] - 0x30) * 10 + Int(buffer[index + 1] - 0x30)
            if pair < 64 { lowDigitPairs |= 1 << UInt64(pair) } else { highDigitPairs |= 1 << UInt64(pair - 64) }
        }
    }

    /// Letters a–z and digits have a bit of their own (0…35); other bytes share the rest.
    static func bit(of byte: UInt8) -> UInt64 {
        if byte >= 0x61 && byte <= 0x7A { return 1 << UInt64(byte - 0x61) }
        if SearchFolding.isDigit(byte) { return 1 << UInt64(byte - 0x30 + 26) }
        return 1 << UInt64(36 + Int(byte) % 28)
    }

    static func hasOwnBit(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || SearchFolding.isDigit(byte)
    }

    static func pairBit(_ first: UInt8, _ second: UInt8) -> UInt64 {
        1 << UInt64(((UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1) >> 26)
    }

    /// What a row's signature must hold for one search word to match it.
    struct Need: Sendable {
        var start: UInt64 = 0
        var startPair: UInt64 = 0
        /// Only a number fragment may match inside the id or the BSN.
        var isNumberFragment = false
        var lowDigitPairs: UInt64 = 0
        var highDigitPairs: UInt64 = 0
        /// The signature alone decides: a one-byte word (no fragment) whose byte has its own bit.
        var decides = false

        init(_ word: SearchText.Word) {
            let bytes = word.bytes
            guard let first = bytes.first else { return }
            start = SearchSignature.bit(of: first)
            if bytes.count >= 2 { startPair = SearchSignature.pairBit(first, bytes[1]) }
            decides = bytes.count == 1 && SearchSignature.hasOwnBit(first)
            isNumberFragment = word.isNumberFragment
            guard isNumberFragment else { return }
            var pairs = SearchSignature()
            bytes.withUnsafeBufferPointer { pairs.addDigitPairs($0, range: 0..<bytes.count) }
            lowDigitPairs = pairs.lowDigitPairs
            highDigitPairs = pairs.highDigitPairs
        }

        @inline(__always)
        func admits(_ signature: SearchSignature) -> Bool {
            (signature.starts & start == start && signature.startPairs & startPair == startPair)
                || (isNumberFragment && signature.lowDigitPairs & lowDigitPairs == lowDigitPairs
                    && signature.highDigitPairs & highDigitPairs == highDigitPairs)
        }
    }
}
