import Foundation
import WerkbankCore

/// Writes a shortlist of anonymous candidate cards (`CandidateCard`: no name, BSN, address or
/// amounts) for a vacancy to the home directory: a Markdown file and a CSV file, each 0600
/// and written atomically. The export is logged (`export` in the audit log) before anything is
/// written: when the log line cannot be written, nothing is (fail closed).
enum ShortlistExport {
    /// The two files written, absolute.
    struct Files { let markdown: URL, csv: URL }

    /// Cards for `clients` in order, referenced "Kandidaat 1", "Kandidaat 2", …
    static func cards(_ clients: [Client], data: Dataset, today: Day) -> [CandidateCard] {
        clients.enumerated().map { index, client in
            CandidateCard(client: client, reference: appText("desk.export.reference", index + 1), catalogue: data.instruments, today: today)
        }
    }

    /// Writes the shortlist of `clients` for `vacancy`; nil (and the status line says why) when
    /// the audit line could not be written or a file could not.
    static func write(_ clients: [Client], vacancy: Vacancy, model: AppModel,
                      environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Files? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let base = "werkbank-shortlist-\(fileNamePart(vacancy.id))-\(model.today.iso)"
        let directory = URL(fileURLWithPath: home).standardizedFileURL
        let files = Files(markdown: directory.appendingPathComponent(base + ".md"), csv: directory.appendingPathComponent(base + ".csv"))
        let detail = "shortlist \(vacancy.id) kandidaten=\(clients.map(\.id).joined(separator: ",")) → \(files.markdown.path), \(files.csv.path)"
        guard model.recordAccess("export", subject: nil, detail: detail, shown: appText("access.what.list")) else { return nil }
        let cards = cards(clients, data: model.data, today: model.today)
        let title = "# \(vacancy.title) · \(model.data.employers[vacancy.employerId]?.name ?? vacancy.employerId)\n\n"
        try AtomicFile.write(Array((title + cards.map(\.markdown).joined(separator: "\n")).utf8), to: files.markdown)
        try AtomicFile.write(Array(CandidateCard.csv(cards).utf8), to: files.csv)
        return files
    }

    private static func fileNamePart(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || "-_".contains($0) ? $0 : "_" })
    }
}
