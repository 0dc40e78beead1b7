/// Up to the first 8 bytes of a word, packed into one integer (first byte lowest), so that
/// "does this start begin with the word" is one masked compare. A start is packed up to the end
/// of its field and padded with zero bytes, which no search word holds.
struct PackedPrefix: Sendable {
    let value: UInt64
    let mask: UInt64
    /// The word has at most 8 bytes: a masked match is a match.
    let isWhole: Bool

    init(_ word: UnsafeBufferPointer<UInt8>) {
        let length = min(word.count, 8)
        value = PackedPrefix.pack(word, at: 0, end: length)
        mask = length == 8 ? ~0 : (1 << UInt64(8 * length)) - 1
        isWhole = word.count <= 8
    }

    @inline(__always)
    func matches(_ packed: UInt64) -> Bool { packed & mask == value }

    /// The bytes of `buffer` from `start`, up to 8 and not past `end`.
    static func pack(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> UInt64 {
        var packed: UInt64 = 0
        for index in start..<min(end, start + 8) { packed |= UInt64(buffer[index]) << UInt64(8 * (index - start)) }
        return packed
    }
}
