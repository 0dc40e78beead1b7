import Foundation

/// Decodes batches of snapshot lines on all cores; it holds nothing the reader changes, so it
/// can run while the reader puts the batch before into the dataset.
struct SnapshotLineDecoder: Sendable {
    let schema: Int
    let path: String
    let counter: LoadCounter?

    /// A batch of lines decoded: blocks of client parts, records, or the melding section's meldingen.
    enum Decoded: Sendable {
        case clientBlocks([Result<[(line: Int, value: [(id: String, value: ClientPartValue)])], Error>])
        case records([Result<[(line: Int, value: Change)], Error>])
        /// The melding section's records, kept as meldingen: a `Change` is the size of its largest
        /// case (a client, 448 bytes), a melding 184.
        case meldingen([Result<[(line: Int, value: Melding)], Error>])
    }

    /// A record of another collection than its section's.
    private struct WrongSection: Error {
        let kind: Change.Kind
    }

    func decode(_ batch: [JSONLine], part: DataPart?) -> Decoded {
        if case .client(let clientPart) = part?.content {
            return .clientBlocks(decode(batch, minimumChunk: 4) { try Client.readPartBlock(clientPart, from: $0) })
        }
        if part == .meldingen {
            return .meldingen(decode(batch) { object in
                let change = try Snapshot.Record(tape: object).change
                guard case .putMelding(let melding) = change else { throw WrongSection(kind: change.kind) }
                return melding
            })
        }
        return .records(decode(batch) { try Snapshot.Record(tape: $0).change })
    }

    /// `read` applied to the JSON of every line, on all cores, in chunks (of at least
    /// `minimumChunk` lines) in line order.
    private func decode<T: Sendable>(_ lines: [JSONLine], minimumChunk: Int = 512,
                                     _ read: @escaping @Sendable (TapeObject) throws -> T) -> [Result<[(line: Int, value: T)], Error>] {
        let chunks = Parallel.chunkCount(for: lines.count, minimumChunk: minimumChunk)
        return Parallel.map(chunks) { index in
            let decoder = FastJSONDecoder(), pool = TextPool()
            var values: [(line: Int, value: T)] = []
            for position in Parallel.range(index, of: chunks, total: lines.count) {
                let line = lines[position]
                counter?.tick(bytes: line.bytes.count + 1)
                let json = try ChecksumFraming.json(line, schema: schema, path: path)
                do {
                    values.append((line.number, try decoder.withTapeObject(json, pool: pool, read)))
                } catch let wrong as WrongSection {
                    throw WerkbankError(coreText("store.wrong_section", path, line.number, wrong.kind.rawValue))
                } catch {
                    throw WerkbankError(coreText("store.bad_line", path, line.number, JSONLines.reason(error)))
                }
            }
            return values
        }
    }
}
