import Foundation
import WerkbankCore

/// `werkbank vacatures [--format table|json]`: every vacancy with function, employer, place,
/// hours, status and certificates; read-only.
public enum VacanciesCommand: Subcommand {
    public static let name = "vacatures"
    public static let summaryKey = "cli.vacatures.summary"
    public static let helpKey = "cli.vacatures.help"
    public static let valuedOptions: Set<String> = ["format"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.isEmpty else { throw UsageError(cliText("cli.match.unexpected", arguments.positional[0])) }
        let json = try MatchFormat.isJSON(arguments, allowed: ["table", "json"])
        let store = try context.openStore(try context.preparedDataDirectory(), readOnly: true)
        defer { store.close() }
        let data = store.data
        let vacancies = data.vacancies.values.sorted { $0.id < $1.id }
        func employer(_ vacancy: Vacancy) -> String { data.employers[vacancy.employerId]?.name ?? vacancy.employerId }
        if json {
            context.output.line(JSONValue.array(vacancies.map { vacancy in
                .object([
                    ("id", .string(vacancy.id)),
                    ("functie", .string(vacancy.function)),
                    ("titel", .string(vacancy.title)),
                    ("werkgever", .string(employer(vacancy))),
                    ("werkgever_id", .string(vacancy.employerId)),
                    ("plaats", .string(vacancy.place)),
                    ("uren", .integer(vacancy.hoursPerWeek)),
                    ("taken", .integer(vacancy.tasks.count)),
                    ("certificaten", .array(vacancy.certificates.map(JSONValue.string))),
                    ("status", .string(vacancy.status.rawValue)),
                ])
            }).text)
        } else {
            let columns = ["cli.vacatures.column.id", "cli.vacatures.column.functie", "cli.vacatures.column.werkgever",
                           "cli.vacatures.column.plaats", "cli.vacatures.column.uren", "cli.vacatures.column.status"].map { cliText($0) }
            let rows: [[ReportValue]] = vacancies.map { vacancy in
                [.text(vacancy.id), .text(vacancy.function), .text(employer(vacancy)), .text(vacancy.place),
                 .integer(vacancy.hoursPerWeek), .text(vacancy.status.label)]
            }
            context.output.raw(ReportRenderer.terminal([ReportTable(title: cliText("cli.vacatures.title", vacancies.count),
                                                                    columns: columns, rows: rows)]))
        }
        return 0
    }
}

/// The `--format` option of the matching commands.
enum MatchFormat {
    /// True for json; `table`/`text` (the first allowed) is the default.
    static func isJSON(_ arguments: Arguments, allowed: [String]) throws -> Bool {
        let format = (arguments.options["format"] ?? allowed[0]).lowercased()
        guard allowed.contains(format) else {
            throw UsageError(cliText("cli.match.bad_format", arguments.options["format"] ?? "", allowed.joined(separator: ", ")))
        }
        return format == "json"
    }
}
