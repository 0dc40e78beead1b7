import Foundation
import WerkbankCore

/// `werkbank report NAME [--from Y|YYYY-MM] [--to …] [--peildatum dd-mm-jjjj] [--coach NAAM]
/// [--format table|csv|json] [--weken N] [--regionaal PCT]`: prints one report computed from
/// the data directory, which is opened read-only. The viewing is recorded in the audit log.
public enum ReportCommand: Subcommand {
    public static let name = "report"
    public static let summaryKey = "cli.report.summary"
    public static let helpKey = "cli.report.help"
    public static let valuedOptions: Set<String> = ["from", "to", "peildatum", "coach", "format", "weken", "regionaal"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        let request = try ReportRequest(arguments, today: Day.today(environment: context.environment))
        let store = try context.openStore(try context.preparedDataDirectory(), readOnly: true,
                                          parts: request.kind.parts(options: request.options))
        defer { store.close() }
        try context.identify(on: store)
        try request.checkCoach(in: store.data)
        let report = request.kind.compute(store.data, options: request.options)
        try store.recordAccess("report", subject: nil, detail: request.auditDetail)
        context.output.raw(request.format.render(report))
        // The process ends right after a report: the system takes its memory back at once, while
        // freeing 100,000 clients record by record would take a fifth of the report's time.
        _ = Unmanaged.passRetained(store)
        return 0
    }
}

/// The checked command line of `werkbank report`; every bad value is a `UsageError` naming it.
public struct ReportRequest: Equatable, Sendable {
    public var kind: ReportKind
    public var format: ReportFormat
    public var options: ReportOptions

    public init(_ arguments: Arguments, today: Day) throws {
        let names = ReportKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let name = arguments.positional.first else { throw UsageError(cliText("cli.report.missing_name", names)) }
        guard arguments.positional.count == 1 else {
            throw UsageError(cliText("cli.report.too_many", arguments.positional.dropFirst().joined(separator: " ")))
        }
        guard let kind = ReportKind(rawValue: name.lowercased()) else { throw UsageError(cliText("cli.report.unknown_name", name, names)) }
        self.kind = kind

        let formatText = arguments.options["format"] ?? ReportFormat.table.rawValue
        guard let format = ReportFormat(rawValue: formatText.lowercased()) else { throw UsageError(cliText("cli.report.bad_format", formatText)) }
        self.format = format

        func bound(_ option: String) throws -> PeriodBound? {
            guard let text = arguments.options[option] else { return nil }
            guard let bound = PeriodBound(parsing: text) else { throw UsageError(cliText("cli.report.bad_period", option, text)) }
            return bound
        }
        let period = ReportPeriod(from: try bound("from"), to: try bound("to"))
        if period.isReversed, let from = arguments.options["from"], let to = arguments.options["to"] {
            throw UsageError(cliText("cli.report.reversed", to, from))
        }

        var peildatum = today
        if let text = arguments.options["peildatum"] {
            guard let day = Day(parsing: text) else { throw UsageError(cliText("cli.report.bad_date", text)) }
            peildatum = day
        }

        var weeks: Int?   // nil: the team setting (instellingen.json)
        if let text = arguments.options["weken"] {
            guard let value = Int(text), (1...520).contains(value) else { throw UsageError(cliText("cli.report.bad_weeks", text)) }
            weeks = value
        }

        var regional: Tenths?
        if let text = arguments.options["regionaal"] {
            guard let value = Tenths(parsing: text.replacingOccurrences(of: "%", with: "")),
                  (0...1000).contains(value.tenths) else { throw UsageError(cliText("cli.report.bad_rate", text)) }
            regional = value
        }

        let coach = arguments.options["coach"]
        if let coach, coach.trimmingCharacters(in: .whitespaces).isEmpty { throw UsageError(cliText("cli.report.unknown_coach", coach)) }
        options = ReportOptions(period: period, peildatum: peildatum, coach: coach, outOfViewWeeks: weeks, regionalOutflowRate: regional)
    }

    /// A coach that is neither a user nor assigned to any client is a typing mistake.
    public func checkCoach(in dataset: Dataset) throws {
        guard let coach = options.coach, dataset.users[coach] == nil,
              !dataset.clients.values.contains(where: { $0.coach == coach }) else { return }
        throw UsageError(cliText("cli.report.unknown_coach", coach))
    }

    /// What the audit log records about this viewing.
    var auditDetail: String {
        var parts = [kind.rawValue, "format=\(format.rawValue)"]
        if let coach = options.coach { parts.append("coach=\(coach)") }
        return parts.joined(separator: " ")
    }
}
