/// Keeps one copy of each text read while loading, so that a text that thousands of records
/// share (a ladder reason, a plan action's title, a melding's question, chosen from a short
/// list) takes its memory once: a `String` longer than 15 bytes is a heap allocation of its own,
/// and at 100,000 clients such repeats held about 105 MB. A text is looked up by its bytes, so a
/// repeat builds no `String` at all. Not thread-safe: one pool per decoding task.
final class TextPool {
    /// Texts this short live inside the `String` value itself; texts longer than this are free
    /// text that seldom repeats, not worth hashing.
    static let pooledLengths = 16...96

    private var texts: [String?]
    private var hashes: [Int]
    private var count = 0

    /// Room for `capacity` texts before the table first grows (a power of two, at least 16 slots).
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity { size *= 2 }
        texts = Array(repeating: nil, count: size)
        hashes = Array(repeating: 0, count: size)
    }

    /// The text of `utf8` (valid UTF-8 without escapes): the pool's copy when it has one.
    func text(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        guard Self.pooledLengths.contains(utf8.count) else { return String(decoding: utf8, as: UTF8.self) }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
        let hash = hasher.finalize()
        let mask = texts.count - 1
        var slot = hash & mask
        while let existing = texts[slot] {
            if hashes[slot] == hash, Self.equal(existing, utf8) { return existing }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: utf8, as: UTF8.self)
        texts[slot] = text
        hashes[slot] = hash
        count += 1
        if count * 2 > texts.count { grow() }
        return text
    }

    private static func equal(_ text: String, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { $0.elementsEqual(utf8) }
    }

    private func grow() {
        let old = zip(texts, hashes)
        texts = Array(repeating: nil, count: texts.count * 2)
        hashes = Array(repeating: 0, count: texts.count)
        let mask = texts.count - 1
        for (text, hash) in old {
            guard let text else { continue }
            var slot = hash & mask
            while texts[slot] != nil { slot = (slot + 1) & mask }
            texts[slot] = text
            hashes[slot] = hash
        }
    }
}
