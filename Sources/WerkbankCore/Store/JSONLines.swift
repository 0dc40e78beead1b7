import Foundation

/// A line of a JSON-lines file: its 1-based number and its bytes without the newline.
struct JSONLine: Sendable {
    var number: Int
    var bytes: Data
}

enum JSONLines {
    /// The length of every line (with its newline) of `pieces`, in order; each piece holds whole lines.
    static func lengths(of pieces: [Data]) -> [Int] {
        var lengths: [Int] = []
        for piece in pieces {
            piece.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                guard let base = buffer.baseAddress else { return }
                var start = 0
                while start < buffer.count, let newline = memchr(base + start, 0x0A, buffer.count - start) {
                    let end = base.distance(to: newline) + 1
                    lengths.append(end - start)
                    start = end
                }
            }
        }
        return lengths
    }

    /// Splits `data` into lines, numbered from `firstNumber`. `complete` is false when the last
    /// line has no trailing newline (a torn write); `lengthOfCompleteLines` is the byte count up to
    /// and including the last newline.
    static func split(_ data: Data, firstNumber: Int = 1) -> (lines: [JSONLine], complete: Bool, lengthOfCompleteLines: Int) {
        var lines: [JSONLine] = []
        var lastNewlineEnd = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while start < buffer.count {
                guard let hit = memchr(base + start, 0x0A, buffer.count - start) else { break }
                let end = base.distance(to: UnsafeRawPointer(hit))
                lines.append(JSONLine(number: firstNumber + lines.count, bytes: data[data.startIndex + start ..< data.startIndex + end]))
                start = end + 1
                lastNewlineEnd = start
            }
        }
        let complete = lastNewlineEnd == data.count
        if !complete {
            lines.append(JSONLine(number: firstNumber + lines.count, bytes: data[(data.startIndex + lastNewlineEnd)...]))
        }
        return (lines, complete, lastNewlineEnd)
    }

    /// A short reason for a decoding failure: the field path and what was wrong.
    static func reason(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .dataCorrupted(let context):
            return describe(context.codingPath, context.debugDescription)
        case .keyNotFound(let key, let context):
            return describe(context.codingPath + [key], coreText("store.field_missing"))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return describe(context.codingPath, context.debugDescription)
        @unknown default:
            return String(describing: error)
        }
    }

    private static func describe(_ path: [CodingKey], _ detail: String) -> String {
        // `notes[1].date`: a dot before a member name, none before a position.
        let field = path.enumerated().map { index, key in
            key.intValue.map { "[\($0)]" } ?? (index == 0 ? key.stringValue : "." + key.stringValue)
        }.joined()
        return field.isEmpty ? detail : "\(field): \(detail)"
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
