import Foundation

/// Reads the record lines of a snapshot into a dataset, a slice at a time, each slice's lines
/// decoded on all cores: a section of schema 4 (its part named), or before schema 4 the records of
/// every collection after the header.
struct SectionReader {
    let fd: Int32
    let path: String
    let schema: Int
    var counter: LoadCounter?
    var dataset = Dataset()
    /// Records read per collection (client parts other than the core are not counted).
    var counts: [Change.Kind: Int] = [:]

    init(fd: Int32, path: String, schema: Int) {
        self.fd = fd
        self.path = path
        self.schema = schema
    }

    /// Reads the lines of `slices` as section `part` (nil: tagged records of any collection);
    /// returns how many there were.
    mutating func read(_ slices: inout LineSlices, part: DataPart?) throws -> Int {
        var lines = 0
        var previous = ""
        while let batch = try slices.next() {
            lines += batch.count
            if case .client(let clientPart) = part?.content {
                for chunk in decode(batch, { try Client.readPart(clientPart, from: $0) }) {
                    for (line, (id, value)) in try chunk.get() {
                        if case .core(let client) = value {
                            guard dataset.clients.updateValue(client, forKey: id) == nil else {
                                throw WerkbankError(coreText("store.duplicate_record", path, line, Change.Kind.client.rawValue))
                            }
                            counts[.client, default: 0] += 1
                        } else {
                            // Sorted by id, one line each, of the clients of the core section (when
                            // that was not read, the client is made with its id).
                            guard id > previous else { throw WerkbankError(coreText("store.part_out_of_place", path, line, id)) }
                            if dataset.clients[id] == nil {
                                guard counts[.client] == nil else {
                                    throw WerkbankError(coreText("store.part_out_of_place", path, line, id))
                                }
                                dataset.clients[id] = Client(id: id)
                            }
                            dataset.clients[id]?.take(value)
                            previous = id
                        }
                    }
                }
            } else {
                try insert(decode(batch) { try Snapshot.Record(tape: $0).change }, of: part?.kind)
            }
            counter?.reportNow()
        }
        return lines
    }

    /// Puts decoded records into the dataset; each of collection `kind` when given.
    private mutating func insert(_ chunks: [Result<[(line: Int, value: Change)], Error>], of kind: Change.Kind?) throws {
        for chunk in chunks {
            for (line, change) in try chunk.get() {
                guard kind == nil || change.kind == kind else {
                    throw WerkbankError(coreText("store.wrong_section", path, line, change.kind.rawValue))
                }
                guard dataset.insertNew(change) else {
                    throw WerkbankError(coreText("store.duplicate_record", path, line, change.kind.rawValue))
                }
                counts[change.kind, default: 0] += 1
            }
        }
    }

    /// `read` applied to the JSON of every line, on all cores, in chunks in line order.
    private func decode<T: Sendable>(_ lines: [JSONLine], _ read: @escaping @Sendable (TapeObject) throws -> T)
        -> [Result<[(line: Int, value: T)], Error>] {
        let chunks = Parallel.chunkCount(for: lines.count)
        let (schema, path, counter) = (schema, path, counter)
        return Parallel.map(chunks) { index in
            let decoder = FastJSONDecoder()
            var values: [(line: Int, value: T)] = []
            for position in Parallel.range(index, of: chunks, total: lines.count) {
                counter?.tick()
                let line = lines[position]
                let json = try ChecksumFraming.json(line, schema: schema, path: path)
                do {
                    values.append((line.number, try decoder.withTapeObject(json, read)))
                } catch {
                    throw WerkbankError(coreText("store.bad_line", path, line.number, JSONLines.reason(error)))
                }
            }
            return values
        }
    }
}
