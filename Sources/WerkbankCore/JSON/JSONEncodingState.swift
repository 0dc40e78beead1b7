/// What the encoder, its containers and nested encoders share: the writer, changed through one
/// access per operation (each access to a class's stored property is checked at run time, so
/// the work itself happens inside `JSONWriter`'s mutating methods).
final class JSONEncodingState {
    var writer = JSONWriter()
    /// A use of the Encoder API this encoder does not support, reported when encoding ends.
    var unsupported: String?

    /// Encodes one value at the current position. Dates (the most common value after text) are
    /// written directly; `Day.encode(to:)` would build the text first.
    func encode<T: Encodable>(_ value: T) throws {
        if T.self == Day.self, writer.output.writeISODay(unsafeBitCast(value, to: Day.self)) { return }
        let depth = writer.depth
        let start = writer.output.bytes.count
        try value.encode(to: JSONValueEncoder(state: self, depth: depth))
        writer.finishValue(depth: depth, start: start)
    }

    /// Opens an object or array for the encoder at `depth`, unless that encoder has opened one
    /// already (asking for the container again gives the same one).
    func open(object: Bool, forEncoderAt depth: Int) {
        if !writer.open(object: object, forEncoderAt: depth) {
            unsupported = "keyed and unkeyed container for one value"
        }
    }
}

/// Writes JSON while `encode(to:)` runs, straight into one byte buffer. Values are written in
/// the order the type encodes them; when an object is closed its members are put in key order
/// (UTF-8 byte order, as `JSONEncoder` with `.sortedKeys` on Linux) by copying them once.
/// Containers nest strictly: a value's container is closed as soon as its `encode(to:)` returns.
struct JSONWriter {
    struct Frame {
        var isObject: Bool
        /// Members or elements written so far.
        var count = 0
        /// First byte after `{`/`[`.
        var contentStart: Int
        /// Index of the object's first entry in `members`, and of its first key byte in `keyBytes`.
        var firstMember: Int
        var firstKeyByte: Int
        /// Whether the members came in strictly increasing key order (no sorting needed).
        var inOrder = true
        /// A hash of the keys in the order written, to find the sort order of an earlier object
        /// with the same keys.
        var keySequence: UInt64 = 0xCBF2_9CE4_8422_2325
    }

    /// A member of an open object. Its bytes (`"key":value`) run from `start` to the comma
    /// before the next member (members are written one after the other), or to the object's end.
    struct Member {
        var start: Int
        /// The key's unescaped UTF-8 in `keyBytes`, and its first 8 bytes big-endian (zero
        /// padded), which decides most comparisons alone.
        var keyStart: Int
        var keyCount: Int
        var prefix: UInt64
    }

    var output = JSONOutput()
    private var frames: [Frame] = []
    private var members: [Member] = []
    private var keyBytes: [UInt8] = []
    private var scratch: [UInt8] = []
    /// Key order of objects seen before, by key sequence hash: positions in written order.
    /// Model types give a handful of key sequences; dictionaries with varying keys could give
    /// many, hence the limit.
    private var knownOrders: [UInt64: [Int]] = [:]
    private static let knownOrderLimit = 256

    var depth: Int { frames.count }

    /// After a value's `encode(to:)` returned: closes the container it opened, or writes `{}`
    /// when it encoded nothing (as JSONEncoder does).
    mutating func finishValue(depth: Int, start: Int) {
        if frames.count > depth {
            close()
        } else if output.bytes.count == start {
            output.append("{}")
        }
    }

    /// Opens an object or array for the encoder at `depth`, unless that encoder has opened one
    /// already; false when the one it opened is of the other kind.
    mutating func open(object: Bool, forEncoderAt depth: Int) -> Bool {
        if frames.count > depth { return frames[depth].isObject == object }
        output.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frames.append(Frame(isObject: object, contentStart: output.bytes.count, firstMember: members.count,
                            firstKeyByte: keyBytes.count))
        return true
    }

    // MARK: Objects

    /// Writes `"key":` and starts a member of the innermost object; its value is written next.
    mutating func beginMember(_ key: String) {
        let frame = frames.count - 1
        if frames[frame].count > 0 { output.append(UInt8(ascii: ",")) }
        frames[frame].count += 1
        let keyStart = keyBytes.count
        var key = key
        let member = key.withUTF8 { utf8 -> Member in
            keyBytes.append(contentsOf: utf8)
            let member = Member(start: output.bytes.count, keyStart: keyStart, keyCount: utf8.count, prefix: Self.prefix(utf8))
            output.writeString(utf8: utf8)
            output.append(UInt8(ascii: ":"))
            return member
        }
        frames[frame].keySequence = (frames[frame].keySequence ^ member.prefix ^ UInt64(member.keyCount)) &* 0x100_0000_01B3
        if frames[frame].inOrder && members.count > frames[frame].firstMember
            && !precedes(members[members.count - 1], member) {
            frames[frame].inOrder = false
        }
        members.append(member)
    }

    /// A member with a scalar value written by `write`.
    mutating func member(_ key: String, _ write: (inout JSONOutput) -> Void) {
        beginMember(key)
        write(&output)
    }

    private static func prefix(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0
        for index in 0..<8 { prefix = prefix << 8 | UInt64(index < utf8.count ? utf8[index] : 0) }
        return prefix
    }

    /// Key order: UTF-8 bytes lexicographically, a prefix before the longer key.
    private func precedes(_ left: Member, _ right: Member) -> Bool {
        if left.prefix != right.prefix { return left.prefix < right.prefix }
        return keyBytes[left.keyStart ..< left.keyStart + left.keyCount]
            .lexicographicallyPrecedes(keyBytes[right.keyStart ..< right.keyStart + right.keyCount])
    }

    private func sameKey(_ left: Member, _ right: Member) -> Bool {
        left.prefix == right.prefix
            && keyBytes[left.keyStart ..< left.keyStart + left.keyCount] == keyBytes[right.keyStart ..< right.keyStart + right.keyCount]
    }

    // MARK: Arrays

    /// An element with a scalar value written by `write`.
    mutating func element(_ write: (inout JSONOutput) -> Void) {
        beginElement()
        write(&output)
    }

    mutating func beginElement() {
        let frame = frames.count - 1
        if frames[frame].count > 0 { output.append(UInt8(ascii: ",")) }
        frames[frame].count += 1
    }

    /// Elements written so far into the innermost array.
    var elementCount: Int { frames.last?.count ?? 0 }

    // MARK: Closing

    /// Closes the innermost container, sorting an object's members by key. A key written twice
    /// keeps its last value, as in `JSONEncoder`.
    private mutating func close() {
        let frame = frames.removeLast()
        guard frame.isObject else {
            output.append(UInt8(ascii: "]"))
            return
        }
        if !frame.inOrder { writeInKeyOrder(frame) }
        output.append(UInt8(ascii: "}"))
        members.removeSubrange(frame.firstMember...)
        keyBytes.removeSubrange(frame.firstKeyByte...)
    }

    private mutating func writeInKeyOrder(_ frame: Frame) {
        let first = frame.firstMember
        let count = members.count - first
        let order: [Int]
        if let known = knownOrders[frame.keySequence], known.count == count,
           zip(known, known.dropFirst()).allSatisfy({ precedes(members[first + $0], members[first + $1]) }) {
            // Strictly ascending over all `count` members: a valid order for these keys.
            order = known
        } else {
            order = (0..<count).sorted { left, right in
                precedes(members[first + left], members[first + right])
                    || (!precedes(members[first + right], members[first + left]) && left < right)
            }
            if knownOrders.count < Self.knownOrderLimit { knownOrders[frame.keySequence] = order }
        }
        let contentEnd = output.bytes.count
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: output.bytes[frame.contentStart...])
        output.bytes.removeSubrange(frame.contentStart...)
        var written = 0
        for (position, index) in order.enumerated() {
            let member = members[first + index]
            if position + 1 < order.count && sameKey(member, members[first + order[position + 1]]) { continue }
            if written > 0 { output.append(UInt8(ascii: ",")) }
            written += 1
            let end = index + 1 < count ? members[first + index + 1].start - 1 : contentEnd
            output.bytes.append(contentsOf: scratch[member.start - frame.contentStart ..< end - frame.contentStart])
        }
    }

    // MARK: Errors

    /// Where the encoder is: the key of each open object's last member, the position in each open array.
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        for (level, frame) in frames.enumerated() where frame.count > 0 {
            if frame.isObject {
                let nextFrameMember = level + 1 < frames.count ? frames[level + 1].firstMember : members.count
                let member = members[nextFrameMember - 1]
                path.append(JSONKey(stringValue: String(decoding: keyBytes[member.keyStart ..< member.keyStart + member.keyCount], as: UTF8.self)))
            } else {
                path.append(JSONKey(intValue: frame.count - 1))
            }
        }
        return path
    }
}
