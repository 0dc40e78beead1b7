import Foundation

/// The team's settings, from `instellingen.json` in the data directory: plain pretty JSON
/// `{"schema": 1, "outOfViewWeeks": 8, "caseloadNorm": 120}`. A missing file or a missing
/// field is the default; an unknown field or a bad value is an error naming file and field.
public struct TeamSettings: Equatable, Sendable {
    public static let fileName = "instellingen.json"
    public static let schema = 1
    /// "Uit beeld" after this many weeks without contact or without an open plan action.
    public static let defaultOutOfViewWeeks = 8
    public static let defaultCaseloadNorm = 120

    /// The one N of "uit beeld": the caseload, the agenda, the overview and `report caseload`.
    public var outOfViewWeeks: Int
    /// The number of active clients a coach is expected to carry.
    public var caseloadNorm: Int

    public init(outOfViewWeeks: Int = TeamSettings.defaultOutOfViewWeeks, caseloadNorm: Int = TeamSettings.defaultCaseloadNorm) {
        self.outOfViewWeeks = outOfViewWeeks
        self.caseloadNorm = caseloadNorm
    }

    /// Reads `instellingen.json` in `directory` (defaults when it is missing).
    public static func load(directory: String) throws -> TeamSettings {
        let path = directory + "/" + fileName
        guard let data = try DataFile.read(path) else { return TeamSettings() }
        return try parse(data, path: path)
    }

    private struct File: Decodable {
        var schema: Int?
        var outOfViewWeeks: Int?
        var caseloadNorm: Int?
    }

    private static let fields = ["schema", "outOfViewWeeks", "caseloadNorm"]

    static func parse(_ data: Data, path: String) throws -> TeamSettings {
        func fail(_ field: String, _ reason: String) -> WerkbankError {
            WerkbankError(coreText("settings.bad_field", path, field, reason))
        }
        let file: File
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw WerkbankError(coreText("store.bad_file", path, coreText("settings.not_object")))
            }
            if let unknown = object.keys.sorted().first(where: { !fields.contains($0) }) {
                throw fail(unknown, coreText("settings.unknown_field", fields.joined(separator: ", ")))
            }
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let error as WerkbankError {
            throw error
        } catch let error as DecodingError {
            let field = error.field ?? "?"
            throw fail(field, coreText("settings.integer"))
        } catch {
            throw WerkbankError(coreText("store.bad_file", path, JSONLines.reason(error)))
        }
        func checked(_ value: Int?, _ field: String, _ range: ClosedRange<Int>, default fallback: Int) throws -> Int {
            guard let value else { return fallback }
            guard range.contains(value) else {
                throw fail(field, coreText("settings.integer_range", range.lowerBound, range.upperBound))
            }
            return value
        }
        let version = file.schema ?? schema
        guard version <= schema else { throw WerkbankError(coreText("store.newer_schema", path, version, schema)) }
        return TeamSettings(outOfViewWeeks: try checked(file.outOfViewWeeks, "outOfViewWeeks", 1...520, default: defaultOutOfViewWeeks),
                            caseloadNorm: try checked(file.caseloadNorm, "caseloadNorm", 1...10_000, default: defaultCaseloadNorm))
    }
}

private extension DecodingError {
    /// The top-level field a decoding error is about.
    var field: String? {
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.codingPath.first?.stringValue
        case .keyNotFound(let key, _):
            return key.stringValue
        @unknown default:
            return nil
        }
    }
}
