/// The `Encoder` for one value; it is its own single-value container. `depth` is the number of
/// containers open when the value began, so the state knows which container belongs to it.
struct JSONValueEncoder: Encoder, SingleValueEncodingContainer {
    let state: JSONEncodingState
    let depth: Int

    var codingPath: [any CodingKey] { state.writer.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        state.open(object: true, forEncoderAt: depth)
        return KeyedEncodingContainer(JSONKeyedEncodingContainer<Key>(state: state))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        state.open(object: false, forEncoderAt: depth)
        return JSONUnkeyedEncodingContainer(state: state)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() throws { state.writer.output.append("null") }
    func encode(_ value: Bool) throws { state.writer.output.writeBool(value) }
    func encode(_ value: String) throws { state.writer.output.writeString(value) }
    func encode(_ value: Double) throws { try state.writeFloatingPoint(value) }
    func encode(_ value: Float) throws { try state.writeFloatingPoint(value) }
    func encode(_ value: Int) throws { state.writer.output.writeInteger(value) }
    func encode(_ value: Int8) throws { state.writer.output.writeInteger(value) }
    func encode(_ value: Int16) throws { state.writer.output.writeInteger(value) }
    func encode(_ value: Int32) throws { state.writer.output.writeInteger(value) }
    func encode(_ value: Int64) throws { state.writer.output.writeInteger(value) }
    func encode(_ value: UInt) throws { state.writer.output.writeInteger(value) }
    func encode(_ value: UInt8) throws { state.writer.output.writeInteger(value) }
    func encode(_ value: UInt16) throws { state.writer.output.writeInteger(value) }
    func encode(_ value: UInt32) throws { state.writer.output.writeInteger(value) }
    func encode(_ value: UInt64) throws { state.writer.output.writeInteger(value) }
    func encode<T: Encodable>(_ value: T) throws { try state.encode(value) }
}

extension JSONEncodingState {
    /// NaN and infinity cannot be written in JSON: an error naming the field, as `JSONEncoder` does.
    func writeFloatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) throws {
        guard writer.output.writeFloatingPoint(value) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: writer.codingPath, debugDescription: coreText("json.not_finite", value)))
        }
    }
}

/// An object's members; they are written as they come and sorted when the object closes.
struct JSONKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: JSONEncodingState

    var codingPath: [any CodingKey] { state.writer.codingPath }

    private func member(_ key: Key, _ write: (inout JSONOutput) -> Void) {
        state.writer.member(key.stringValue, write)
    }

    mutating func encodeNil(forKey key: Key) throws { member(key) { $0.append("null") } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { member(key) { $0.writeBool(value) } }
    mutating func encode(_ value: String, forKey key: Key) throws { member(key) { $0.writeString(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        state.writer.beginMember(key.stringValue)
        try state.writeFloatingPoint(value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        state.writer.beginMember(key.stringValue)
        try state.writeFloatingPoint(value)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { member(key) { $0.writeInteger(value) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        state.writer.beginMember(key.stringValue)
        try state.encode(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        JSONEncodingState.unsupportedContainer(in: state, keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONEncodingState.unsupportedUnkeyedContainer(in: state)
    }

    mutating func superEncoder() -> any Encoder { JSONEncodingState.unsupportedEncoder(in: state) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { JSONEncodingState.unsupportedEncoder(in: state) }
}

/// An array's elements, written in order.
struct JSONUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let state: JSONEncodingState

    var codingPath: [any CodingKey] { state.writer.codingPath }
    var count: Int { state.writer.elementCount }

    private func element(_ write: (inout JSONOutput) -> Void) {
        state.writer.element(write)
    }

    mutating func encodeNil() throws { element { $0.append("null") } }
    mutating func encode(_ value: Bool) throws { element { $0.writeBool(value) } }
    mutating func encode(_ value: String) throws { element { $0.writeString(value) } }
    mutating func encode(_ value: Double) throws {
        state.writer.beginElement()
        try state.writeFloatingPoint(value)
    }
    mutating func encode(_ value: Float) throws {
        state.writer.beginElement()
        try state.writeFloatingPoint(value)
    }
    mutating func encode(_ value: Int) throws { element { $0.writeInteger(value) } }
    mutating func encode(_ value: Int8) throws { element { $0.writeInteger(value) } }
    mutating func encode(_ value: Int16) throws { element { $0.writeInteger(value) } }
    mutating func encode(_ value: Int32) throws { element { $0.writeInteger(value) } }
    mutating func encode(_ value: Int64) throws { element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt8) throws { element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt16) throws { element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt32) throws { element { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt64) throws { element { $0.writeInteger(value) } }
    mutating func encode<T: Encodable>(_ value: T) throws {
        state.writer.beginElement()
        try state.encode(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        JSONEncodingState.unsupportedContainer(in: state, keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONEncodingState.unsupportedUnkeyedContainer(in: state)
    }

    mutating func superEncoder() -> any Encoder { JSONEncodingState.unsupportedEncoder(in: state) }
}

/// Nested containers and super encoders outlive the call that makes them, which a streaming
/// writer cannot place; no model type uses them. They write into a discarded state and make
/// the encode call fail with a clear error.
extension JSONEncodingState {
    static func unsupportedContainer<NestedKey: CodingKey>(in state: JSONEncodingState, keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        state.unsupported = "nestedContainer"
        return discarded().container(keyedBy: keyType)
    }

    static func unsupportedUnkeyedContainer(in state: JSONEncodingState) -> any UnkeyedEncodingContainer {
        state.unsupported = "nestedUnkeyedContainer"
        return discarded().unkeyedContainer()
    }

    static func unsupportedEncoder(in state: JSONEncodingState) -> any Encoder {
        state.unsupported = "superEncoder"
        return discarded()
    }

    private static func discarded() -> JSONValueEncoder {
        JSONValueEncoder(state: JSONEncodingState(), depth: 0)
    }
}
