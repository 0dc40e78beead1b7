/// A type decoded by hand straight from a parsed document's tape, without the generic `Codable`
/// machinery (containers, boxes, key lookups through metadata), for the records a data directory
/// holds by the hundred thousand. `init(tape:)` must give exactly what the synthesized
/// `init(from:)` gives: a missing optional or null is nil, unknown members are ignored, a missing
/// required member or a value of the wrong type throws the same `DecodingError` with the same
/// coding path (worked out from the tape, as `JSONDocument` does).
protocol TapeDecodable: Decodable {
    init(tape object: TapeObject) throws
}

/// One value of a document, by tape index. Each reader throws what the `Codable` path throws for
/// the same value; where a value is refused, that path is asked for the error so that the two
/// cannot differ.
struct TapeValue {
    let document: JSONDocument
    let index: Int

    func string() throws -> String { try document.string(at: index) }
    func int() throws -> Int { try document.integer(Int.self, at: index) }
    func double() throws -> Double { try document.floatingPoint(Double.self, at: index) }
    func bool() throws -> Bool { try document.bool(at: index) }
    /// `jjjj-mm-dd` is read from the bytes; any other form goes through `Day.init(from:)`.
    func day() throws -> Day { try document.decode(Day.self, at: index) }

    /// A code of a `RawRepresentable` enum (a `CodeList`, a `Rung`).
    func code<T: RawRepresentable & Decodable>(_ type: T.Type = T.self) throws -> T where T.RawValue: JSONScalar {
        if let value = T(rawValue: try T.RawValue.read(from: document, at: index)) { return value }
        return try document.decode(T.self, at: index)
    }

    func object() throws -> TapeObject {
        try document.expect(.object, at: index, as: [String: Any].self)
        return TapeObject(document: document, object: index)
    }

    func decode<T: TapeDecodable>(_ type: T.Type = T.self) throws -> T { try T(tape: try object()) }

    /// Through the type's `init(from:)`, for members that are not decoded by hand.
    func decodable<T: Decodable>(_ type: T.Type = T.self) throws -> T { try document.decode(T.self, at: index) }

    /// The elements of an array, each read by `element`.
    func array<T>(_ element: (TapeValue) throws -> T) throws -> [T] {
        try document.expect(.array, at: index, as: [Any].self)
        let token = document.tape[index]
        var result: [T] = []
        result.reserveCapacity(Int(token.count))
        var child = index + 1
        while child < Int(token.end) {
            result.append(try element(TapeValue(document: document, index: child)))
            child = document.next(after: child)
        }
        return result
    }
}

/// The members of one object. A required member that is missing throws `keyNotFound`; an
/// optional one that is missing or null is nil (`decodeIfPresent`).
struct TapeObject {
    let document: JSONDocument
    let object: Int

    /// The member names in document order.
    var keys: [String] { document.memberNames(object) }

    func value(_ key: String) throws -> TapeValue {
        guard let index = document.member(key, in: object) else {
            throw DecodingError.keyNotFound(JSONKey(stringValue: key), DecodingError.Context(
                codingPath: document.codingPath(to: object), debugDescription: coreText("json.key_missing")))
        }
        return TapeValue(document: document, index: index)
    }

    func optionalValue(_ key: String) -> TapeValue? {
        guard let index = document.member(key, in: object), !document.isNull(index) else { return nil }
        return TapeValue(document: document, index: index)
    }

    func string(_ key: String) throws -> String { try value(key).string() }
    func int(_ key: String) throws -> Int { try value(key).int() }
    func bool(_ key: String) throws -> Bool { try value(key).bool() }
    func day(_ key: String) throws -> Day { try value(key).day() }
    func code<T: RawRepresentable & Decodable>(_ key: String) throws -> T where T.RawValue: JSONScalar { try value(key).code() }
    func decodable<T: Decodable>(_ type: T.Type, _ key: String) throws -> T { try value(key).decodable() }

    func optionalString(_ key: String) throws -> String? { try optionalValue(key)?.string() }
    func optionalInt(_ key: String) throws -> Int? { try optionalValue(key)?.int() }
    func optionalDouble(_ key: String) throws -> Double? { try optionalValue(key)?.double() }
    func optionalDay(_ key: String) throws -> Day? { try optionalValue(key)?.day() }
    func optionalCode<T: RawRepresentable & Decodable>(_ key: String) throws -> T? where T.RawValue: JSONScalar {
        try optionalValue(key)?.code()
    }

    /// A required array member, each element read by `element`.
    func array<T>(_ key: String, _ element: (TapeValue) throws -> T) throws -> [T] { try value(key).array(element) }
    func strings(_ key: String) throws -> [String] { try array(key) { try $0.string() } }
    func codes<T: RawRepresentable & Decodable>(_ key: String) throws -> [T] where T.RawValue: JSONScalar {
        try array(key) { try $0.code() }
    }
    func objects<T: TapeDecodable>(_ key: String) throws -> [T] { try array(key) { try $0.decode() } }
}
