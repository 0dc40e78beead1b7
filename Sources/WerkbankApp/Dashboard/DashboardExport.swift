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
