import Foundation

/// Writes a dataset as the four exchange files (docs/exchange-format.md): columns in the
/// documented order, rows sorted (clients and meldingen by id; benefits by client, start, end;
/// ladder by client, date, kind, rung), dates `dd-mm-jjjj`, UTF-8 with a byte order mark (as
/// the report CSV, for Excel-NL), `\n` line ends.
/// Export → import → export gives the same bytes.
public enum CSVExport {
    /// The contents of each file, in `ExchangeFile.allCases` order.
    public static func files(for data: Dataset) -> [(file: ExchangeFile, bytes: [UInt8])] {
        // Sorting ids rather than records keeps the large client values from being copied.
        let clientIds = data.clients.keys.sorted()
        let clients = { (body: (Client) -> Void) in
            for id in clientIds { if let client = data.clients[id] { body(client) } }
        }
        return [
            (.clients, table(.clients, rows: data.clients.count) { row in
                clients { row(clientRow($0)) }
            }),
            (.benefits, table(.benefits, rows: data.clients.count * 2) { row in
                clients { client in client.benefits.sorted(by: benefitOrder).forEach { row(benefitRow(client.id, $0)) } }
            }),
            (.ladder, table(.ladder, rows: data.clients.count * 2) { row in
                clients { client in client.ladder.sorted(by: ladderOrder).forEach { row(ladderRow(client.id, $0)) } }
            }),
            (.meldingen, table(.meldingen, rows: data.meldingen.count) { row in
                for id in data.meldingen.keys.sorted() { if let melding = data.meldingen[id] { row(meldingRow(melding)) } }
            }),
        ]
    }

    /// Writes the four files into `directory` (created 0700 when missing), each first to a
    /// temporary file (0600, fsync'ed) that is then renamed over the old one.
    public static func write(_ data: Dataset, to directory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw WerkbankError(coreText("exchange.cannot_write", directory.path, error.localizedDescription))
        }
        for (file, bytes) in files(for: data) {
            try AtomicFile.write(bytes, to: directory.appendingPathComponent(file.name))
        }
    }

    /// A file's bytes: the header, then the rows `body` hands to its `row` function.
    static func table(_ file: ExchangeFile, rows: Int, _ body: ((([String]) -> Void)) -> Void) -> [UInt8] {
        var writer = CSVWriter(capacity: rows * 12 * file.columns.count, byteOrderMark: true)
        writer.row(file.columns)
        body { writer.row($0) }
        return writer.bytes
    }

    static func clientRow(_ client: Client) -> [String] {
        [client.id, client.bsn ?? "", client.firstName, client.infix, client.lastName, client.birthDate?.dutch ?? "",
         client.postcode, client.district, client.coach, client.targetGroups.map(\.code).joined(separator: ","),
         client.barriers.map(\.code).joined(separator: ","), client.workObligation?.code ?? ""]
    }

    static func benefitRow(_ clientId: String, _ period: BenefitPeriod) -> [String] {
        [clientId, period.start.dutch, period.end?.dutch ?? "", period.endReason?.code ?? ""]
    }

    static func ladderRow(_ clientId: String, _ observation: LadderObservation) -> [String] {
        [clientId, observation.date.dutch, observation.kind.rawValue, String(observation.rung.rawValue)]
    }

    static func meldingRow(_ melding: Melding) -> [String] {
        [melding.id, melding.clientId ?? "", melding.date.dutch, melding.applicationDate?.dutch ?? "",
         melding.decision?.code ?? "", melding.decisionDate?.dutch ?? ""]
    }

    static func benefitOrder(_ a: BenefitPeriod, _ b: BenefitPeriod) -> Bool {
        (a.start.ordinal, a.end?.ordinal ?? Int.max, a.endReason?.code ?? "")
            < (b.start.ordinal, b.end?.ordinal ?? Int.max, b.endReason?.code ?? "")
    }

    static func ladderOrder(_ a: LadderObservation, _ b: LadderObservation) -> Bool {
        (a.date.ordinal, kindRank(a.kind), a.rung.rawValue) < (b.date.ordinal, kindRank(b.kind), b.rung.rawValue)
    }

    private static func kindRank(_ kind: LadderKind) -> Int {
        LadderKind.allCases.firstIndex(of: kind) ?? 0
    }
}
