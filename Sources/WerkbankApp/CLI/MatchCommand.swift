import Foundation
import WerkbankCore

/// `werkbank match --vacature ID | --klant ID [--top N] [--format table|json] [--met-ontheffing]`:
/// candidates from all caseloads for a vacancy (or open vacancies for a client), with every
/// factor, its contribution, reason and freshness. Names of clients of other coaches are masked
/// in the table; the JSON carries client ids only. The viewing is recorded in the audit log.
public enum MatchCommand: Subcommand {
    public static let name = "match"
    public static let summaryKey = "cli.match.summary"
    public static let helpKey = "cli.match.help"
    public static let valuedOptions: Set<String> = ["vacature", "klant", "top", "format"]
    public static let flags: Set<String> = ["met-ontheffing"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.isEmpty else { throw UsageError(cliText("cli.match.unexpected", arguments.positional[0])) }
        let vacancyId = arguments.options["vacature"], clientId = arguments.options["klant"]
        guard (vacancyId == nil) != (clientId == nil) else { throw UsageError(cliText("cli.match.one_of")) }
        var top = 10
        if let text = arguments.options["top"] {
            guard let value = Int(text), value >= 1 else { throw UsageError(cliText("cli.match.bad_top", text)) }
            top = value
        }
        let json = try MatchFormat.isJSON(arguments, allowed: ["table", "json"])
        let today = Day.today(environment: context.environment)
        let store = try context.openStore(try context.preparedDataDirectory(), readOnly: true)
        defer { store.close() }
        let data = store.data
        let matcher = VacancyMatcher(dataset: data, today: today)
        let output: JSONValue
        let fits: [VacancyFit]
        if let vacancyId {
            guard let vacancy = data.vacancies[vacancyId] else { throw WerkbankError(cliText("cli.match.unknown_vacancy", vacancyId)) }
            fits = matcher.candidates(for: vacancy, scope: .all, limit: top, includeExempt: arguments.flags.contains("met-ontheffing"))
            output = .object([("vacature", .string(vacancyId)), ("kandidaten", .array(fits.map { fitJSON($0, subject: .client) }))])
        } else {
            let id = clientId ?? ""
            guard let client = data.clients[id] else { throw WerkbankError(cliText("cli.match.unknown_client", id)) }
            fits = matcher.vacancies(for: client, limit: top)
            output = .object([("klant", .string(id)), ("vacatures", .array(fits.map { fitJSON($0, subject: .vacancy) }))])
        }
        try store.recordAccess("match", subject: clientId, detail: vacancyId.map { "vacature=\($0)" } ?? "klant=\(clientId ?? "")")
        if json {
            context.output.line(output.text)
        } else {
            context.output.raw(table(fits, byVacancy: vacancyId != nil, user: context.user, data: data))
        }
        return 0
    }

    enum Subject { case client, vacancy }

    static func fitJSON(_ fit: VacancyFit, subject: Subject) -> JSONValue {
        var members: [(String, JSONValue)] = subject == .client
            ? [("klant_id", .string(fit.clientId))]
            : [("vacature_id", .string(fit.vacancyId)), ("functie", .string(fit.vacancyTitle)), ("werkgever", .string(fit.employerName))]
        members += [
            ("score", .integer(fit.score)),
            ("onzeker", .bool(fit.uncertain)),
            ("certificaten_compleet", .bool(fit.meetsHardRequirements)),
            ("factoren", .array(fit.factors.map { factor in
                .object([
                    ("factor", .string(factor.key)),
                    ("bijdrage", .integer(factor.points)),
                    ("gewicht", .integer(factor.weight)),
                    ("uitleg", .string(factor.explanation)),
                    ("bevestigd_op", factor.confirmedOn.map { .string($0.iso) } ?? .null),
                ])
            })),
            ("instrumenten", .array(fit.instruments.map { .object([("id", .string($0.id)), ("naam", .string($0.name)), ("reden", .string($0.reason))]) })),
        ]
        return .object(members)
    }

    /// The human table: one row per fit; a client of another coach shows as "via coach X".
    static func table(_ fits: [VacancyFit], byVacancy: Bool, user: String, data: Dataset) -> String {
        let columns = (byVacancy ? ["cli.match.column.klant", "cli.match.column.naam", "cli.match.column.bsn"]
            : ["cli.match.column.vacature", "cli.match.column.werkgever"])
            + ["cli.match.column.score", "cli.match.column.onzeker", "cli.match.column.waarom"]
        let rows: [[ReportValue]] = fits.map { fit in
            let who: [ReportValue]
            if byVacancy {
                let own = fit.clientCoach == user
                let bsn = BSN.masked(data.clients[fit.clientId]?.bsn)
                who = [.text(fit.clientId), .text(own ? fit.clientName : cliText("cli.match.via_coach", fit.clientCoach)), .text(bsn)]
            } else {
                who = [.text(fit.vacancyTitle), .text(fit.employerName)]
            }
            let why = (fit.reasonsFor.prefix(2).map { "+ " + $0 } + fit.reasonsAgainst.prefix(2).map { "− " + $0 }).joined(separator: " · ")
            return who + [.integer(fit.score), .text(fit.uncertain ? cliText("cli.match.uncertain") : ""), .text(why)]
        }
        return ReportRenderer.terminal([ReportTable(title: cliText(byVacancy ? "cli.match.title_candidates" : "cli.match.title_vacancies", fits.count),
                                                    columns: columns.map { cliText($0) }, rows: rows)])
    }
}
