import Foundation
import WerkbankCore

/// Writes the dashboard's current report as CSV (`ReportFormat.csv`: BOM, `;`, decimal comma),
/// atomically and readable by the owner only (0600).
enum DashboardExport {
    /// `path` as typed: `~/` is the home directory, a relative path is taken from
    /// `workingDirectory`. Returns the file written.
    @discardableResult
    static func write(_ report: any Report, to path: String, workingDirectory: String,
                      environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        let url = try resolve(path, workingDirectory: workingDirectory, environment: environment)
        try AtomicFile.write(Array(ReportFormat.csv.render(report).utf8), to: url)
        return url
    }

    /// Where an export goes unless the user types otherwise: the home directory, named after
    /// the report, the coach (or "alle") and the period —
    /// `/home/gwolbers/werkbank-bestand-alle-2022-2026.csv`.
    static func defaultPath(report: String, settings: DashboardSettings,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let period: String
        switch (settings.period.from, settings.period.to) {
        case (nil, nil): period = appText("dashboard.period.all")
        case (let from?, let to?) where from == to: period = from.text
        default: period = (settings.period.from?.text ?? "") + "-" + (settings.period.to?.text ?? "")
        }
        let parts = ["werkbank", report, settings.coach ?? appText("dashboard.export.all_coaches"), period]
        let name = parts.map(fileNamePart).filter { !$0.isEmpty }.joined(separator: "-") + ".csv"
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(name).path
    }

    /// Letters, digits, `-`, `_` and `.` stay; anything else becomes `_`.
    private static func fileNamePart(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
    }

    static func resolve(_ path: String, workingDirectory: String, environment: [String: String]) throws -> URL {
        var text = path.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !text.hasSuffix("/") else { throw WerkbankError(appText("dashboard.export.no_name")) }
        if text == "~" || text.hasPrefix("~/") {
            text = (environment["HOME"] ?? NSHomeDirectory()) + text.dropFirst()
        }
        let url = text.hasPrefix("/") ? URL(fileURLWithPath: text) : URL(fileURLWithPath: workingDirectory).appendingPathComponent(text)
        return url.standardizedFileURL
    }
}
