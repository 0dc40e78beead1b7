/// One value of a parsed JSON document, in document order ("tape"): a container is followed by
/// its contents (an object by key, value, key, value, …), so a value is found by index and
/// skipped in one step.
struct JSONToken {
    enum Kind: UInt8 {
        case object, array
        /// A string without escapes: its bytes are the value.
        case string
        /// A string with backslash escapes (already checked to be valid).
        case escapedString
        /// A number without fraction or exponent.
        case integer
        /// A number with a fraction or an exponent.
        case number
        case `true`, `false`, null
    }

    var kind: Kind
    /// Strings: first byte after the opening quote. Objects: where the object's member table
    /// starts in `JSONTape.memberTables`, or `JSONTape.noMemberTable`. Others: the first byte.
    var start: UInt32
    /// Strings: the closing quote; numbers and literals: the byte after the value;
    /// containers: the tape index after the container's last token.
    var end: UInt32
    /// Containers: the number of elements (members for an object). Keys without escapes:
    /// `JSONStrings.fingerprint` of the text, so looking up a key rarely compares bytes.
    var count: UInt32
}

/// A parsed document: the tokens, and for objects with many members a hash table from key
/// fingerprint to key token, so a member is found without scanning the object.
struct JSONTape {
    static let noMemberTable = UInt32.max
    /// Objects with fewer members are scanned.
    static let memberTableMinimum = 8

    var tokens: [JSONToken] = []
    /// Open-addressing tables (linear probing) of key token index + 1; 0 is an empty slot.
    var memberTables: [UInt32] = []

    /// Slots of the table for an object with `count` members: a power of two, at least twice `count`.
    static func memberTableSize(count: Int) -> Int {
        var size = 16
        while size < count * 2 { size <<= 1 }
        return size
    }

    static func slot(_ fingerprint: UInt32, size: Int) -> Int {
        Int((fingerprint &* 0x9E37_79B1) >> 16) & (size - 1)
    }
}
