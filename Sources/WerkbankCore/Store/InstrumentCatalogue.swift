import Foundation

/// `instrumenten.json`: the instrumentenkoffer as plain, hand-editable JSON
/// `{"schema":1,"instruments":[...]}`. A missing file is an empty catalogue.
enum InstrumentCatalogue {
    static let fileName = "instrumenten.json"

    private struct File: Codable {
        var schema: Int
        var instruments: [Instrument]
    }

    static func load(_ path: String) throws -> [String: Instrument] {
        guard let data = try DataFile.read(path) else { return [:] }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw WerkbankError(coreText("store.bad_file", path, JSONLines.reason(error)))
        }
        guard file.schema <= schemaVersion else {
            throw WerkbankError(coreText("store.newer_schema", path, file.schema, schemaVersion))
        }
        var instruments: [String: Instrument] = [:]
        for (index, instrument) in file.instruments.enumerated() {
            guard instruments[instrument.id] == nil else {
                throw WerkbankError(coreText("store.bad_file", path, "instruments[\(index)].id: \(coreText("store.duplicate_id", instrument.id))"))
            }
            instruments[instrument.id] = instrument
        }
        return instruments
    }

    /// Pretty-printed and sorted by id, so an administrator can edit it and diffs stay small.
    static func encode(_ instruments: [String: Instrument]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(File(schema: schemaVersion, instruments: instruments.values.sorted { $0.id < $1.id }))
        data.append(0x0A)
        return data
    }
}
