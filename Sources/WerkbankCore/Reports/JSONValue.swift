/// A JSON value whose objects keep their keys in the order given, so report output has the
/// stable, documented key order of docs/exchange-format.md.
public indirect enum JSONValue: Equatable, Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case integer(Int)
    case decimal(Tenths)
    /// A money amount in cents, written with two decimals.
    case cents(Int)
    case string(String)
    case bool(Bool)
    case null

    /// Compact JSON text (no spaces), as in the examples of docs/exchange-format.md.
    public var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                JSONValue.writeString(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .integer(let value): output += String(value)
        case .decimal(let value): output += value.description
        case .cents(let value): output += Money.machineText(cents: value)
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        }
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text == b.text }
}
