/// A scalar the decoder reads straight from the tape (the types Codable decodes natively).
protocol JSONScalar {
    static func read(from document: JSONDocument, at index: Int) throws -> Self
}

extension String: JSONScalar {
    static func read(from document: JSONDocument, at index: Int) throws -> String { try document.string(at: index) }
}

extension Bool: JSONScalar {
    static func read(from document: JSONDocument, at index: Int) throws -> Bool { try document.bool(at: index) }
}

extension Double: JSONScalar {
    static func read(from document: JSONDocument, at index: Int) throws -> Double { try document.floatingPoint(Double.self, at: index) }
}

extension Float: JSONScalar {
    static func read(from document: JSONDocument, at index: Int) throws -> Float { try document.floatingPoint(Float.self, at: index) }
}

extension JSONScalar where Self: FixedWidthInteger {
    static func read(from document: JSONDocument, at index: Int) throws -> Self { try document.integer(Self.self, at: index) }
}

extension Int: JSONScalar {}
extension Int8: JSONScalar {}
extension Int16: JSONScalar {}
extension Int32: JSONScalar {}
extension Int64: JSONScalar {}
extension UInt: JSONScalar {}
extension UInt8: JSONScalar {}
extension UInt16: JSONScalar {}
extension UInt32: JSONScalar {}
extension UInt64: JSONScalar {}

/// The `Decoder` for one value of a document (the value at tape index `index`); it is its own
/// single-value container. Small enough (two words) to be passed without allocating.
struct JSONValueDecoder: Decoder, SingleValueDecodingContainer {
    let document: JSONDocument
    let index: Int

    var codingPath: [any CodingKey] { document.codingPath(to: index) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try document.expect(.object, at: index, as: [String: Any].self)
        return KeyedDecodingContainer(JSONKeyedDecodingContainer<Key>(document: document, object: index))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try document.expect(.array, at: index, as: [Any].self)
        return JSONUnkeyedDecodingContainer(document: document, array: index)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { document.isNull(index) }
    func decode(_ type: Bool.Type) throws -> Bool { try .read(from: document, at: index) }
    func decode(_ type: String.Type) throws -> String { try .read(from: document, at: index) }
    func decode(_ type: Double.Type) throws -> Double { try .read(from: document, at: index) }
    func decode(_ type: Float.Type) throws -> Float { try .read(from: document, at: index) }
    func decode(_ type: Int.Type) throws -> Int { try .read(from: document, at: index) }
    func decode(_ type: Int8.Type) throws -> Int8 { try .read(from: document, at: index) }
    func decode(_ type: Int16.Type) throws -> Int16 { try .read(from: document, at: index) }
    func decode(_ type: Int32.Type) throws -> Int32 { try .read(from: document, at: index) }
    func decode(_ type: Int64.Type) throws -> Int64 { try .read(from: document, at: index) }
    func decode(_ type: UInt.Type) throws -> UInt { try .read(from: document, at: index) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try .read(from: document, at: index) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try .read(from: document, at: index) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try .read(from: document, at: index) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try .read(from: document, at: index) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try document.decode(T.self, at: index) }
}

/// An object's members, looked up by key on the tape.
struct JSONKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let document: JSONDocument
    let object: Int

    var codingPath: [any CodingKey] { document.codingPath(to: object) }
    var allKeys: [Key] { document.memberNames(object).compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { document.member(key.stringValue, in: object) != nil }

    private func value(_ key: Key) throws -> Int {
        guard let index = document.member(key.stringValue, in: object) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: coreText("json.key_missing")))
        }
        return index
    }

    /// The value's index, or nil when the key is missing or the value is null.
    private func valueIfPresent(_ key: Key) -> Int? {
        guard let index = document.member(key.stringValue, in: object), !document.isNull(index) else { return nil }
        return index
    }

    private func read<T: JSONScalar>(_ key: Key) throws -> T { try T.read(from: document, at: try value(key)) }

    private func readIfPresent<T: JSONScalar>(_ key: Key) throws -> T? {
        guard let index = valueIfPresent(key) else { return nil }
        return try T.read(from: document, at: index)
    }

    func decodeNil(forKey key: Key) throws -> Bool { document.isNull(try value(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try read(key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try read(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try read(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try read(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try read(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try read(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try read(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try read(key) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try document.decode(T.self, at: try value(key))
    }

    // One lookup per optional field (the protocol's defaults look the key up three times).
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try readIfPresent(key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try readIfPresent(key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try readIfPresent(key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try readIfPresent(key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try readIfPresent(key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try readIfPresent(key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try readIfPresent(key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try readIfPresent(key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try readIfPresent(key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try readIfPresent(key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try readIfPresent(key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try readIfPresent(key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try readIfPresent(key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try readIfPresent(key) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = valueIfPresent(key) else { return nil }
        return try document.decode(T.self, at: index)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try JSONValueDecoder(document: document, index: try value(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try JSONValueDecoder(document: document, index: try value(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(named: JSONKey(stringValue: "super"))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try superDecoder(named: key)
    }

    private func superDecoder(named key: some CodingKey) throws -> any Decoder {
        guard let index = document.member(key.stringValue, in: object) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: coreText("json.key_missing")))
        }
        return JSONValueDecoder(document: document, index: index)
    }
}

/// An array's elements in order. Positions are 32-bit so the container fits an existential's
/// inline buffer (the tape is limited to 32-bit offsets anyway).
struct JSONUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let document: JSONDocument
    private let array: UInt32
    /// Tape index of the next element.
    private var next: UInt32
    private var position: UInt32 = 0

    init(document: JSONDocument, array: Int) {
        self.document = document
        self.array = UInt32(array)
        self.next = UInt32(array + 1)
    }

    var codingPath: [any CodingKey] { document.codingPath(to: Int(array)) }
    var count: Int? { Int(document.tape[Int(array)].count) }
    var isAtEnd: Bool { position >= document.tape[Int(array)].count }
    var currentIndex: Int { Int(position) }

    /// Reads the next element with `body` and moves past it only when that succeeded.
    private mutating func read<T>(_ type: T.Type, _ body: (Int) throws -> T) throws -> T {
        guard !isAtEnd else {
            var path = codingPath
            path.append(JSONKey(intValue: currentIndex))
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: path, debugDescription: coreText("json.list_ended")))
        }
        let value = try body(Int(next))
        next = UInt32(document.next(after: Int(next)))
        position += 1
        return value
    }

    private mutating func read<T: JSONScalar>() throws -> T {
        let document = document
        return try read(T.self) { try T.read(from: document, at: $0) }
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, document.isNull(Int(next)) else { return false }
        next += 1
        position += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try read() }
    mutating func decode(_ type: String.Type) throws -> String { try read() }
    mutating func decode(_ type: Double.Type) throws -> Double { try read() }
    mutating func decode(_ type: Float.Type) throws -> Float { try read() }
    mutating func decode(_ type: Int.Type) throws -> Int { try read() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try read() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try read() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try read() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try read() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try read() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try read() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try read() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try read() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try read() }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let document = document
        return try read(type) { try document.decode(T.self, at: $0) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let document = document
        return try read(KeyedDecodingContainer<NestedKey>.self) { try JSONValueDecoder(document: document, index: $0).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let document = document
        return try read((any UnkeyedDecodingContainer).self) { try JSONValueDecoder(document: document, index: $0).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        let document = document
        return try read((any Decoder).self) { JSONValueDecoder(document: document, index: $0) }
    }
}
