/// A key of a coding path: an object member name or an array position.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

/// Coding paths are not carried along while decoding (that would cost an array per value); they
/// are worked out from the tape when an error needs one.
enum JSONPath {
    /// The path from the root to the value at tape index `target`, or to the object holding it
    /// plus the key when `target` is a key.
    static func codingPath(to target: Int, tape: [JSONToken], bytes: UnsafeBufferPointer<UInt8>) -> [any CodingKey] {
        var path: [any CodingKey] = []
        var current = 0
        descending: while current < target {
            let container = tape[current]
            var child = current + 1
            var position = 0
            while child < Int(container.end) {
                let valueIndex = container.kind == .object ? child + 1 : child
                let after = next(after: valueIndex, in: tape)
                if target < after {
                    path.append(container.kind == .object ? key(tape[child], bytes) : JSONKey(intValue: position))
                    if target == child { break descending }
                    current = valueIndex
                    continue descending
                }
                child = after
                position += 1
            }
            break
        }
        return path
    }

    /// For a tape cut short by a syntax error: the path to the innermost container still open,
    /// plus the key whose value was being read. Open containers have no `end` yet (0).
    static func pathOfSyntaxError(tape: [JSONToken], bytes: UnsafeBufferPointer<UInt8>) -> [any CodingKey] {
        var path: [any CodingKey] = []
        var current = 0
        descending: while current < tape.count, tape[current].end == 0 {
            let container = tape[current]
            var child = current + 1
            var position = 0
            while child < tape.count {
                let valueIndex = container.kind == .object ? child + 1 : child
                if valueIndex >= tape.count {
                    path.append(key(tape[child], bytes))
                    break descending
                }
                let value = tape[valueIndex]
                if (value.kind == .object || value.kind == .array) && value.end == 0 {
                    path.append(container.kind == .object ? key(tape[child], bytes) : JSONKey(intValue: position))
                    current = valueIndex
                    continue descending
                }
                child = next(after: valueIndex, in: tape)
                position += 1
            }
            break
        }
        return path
    }

    private static func next(after index: Int, in tape: [JSONToken]) -> Int {
        let token = tape[index]
        return token.kind == .object || token.kind == .array ? Int(token.end) : index + 1
    }

    private static func key(_ token: JSONToken, _ bytes: UnsafeBufferPointer<UInt8>) -> JSONKey {
        JSONKey(stringValue: JSONStrings.string(token, in: bytes))
    }
}
