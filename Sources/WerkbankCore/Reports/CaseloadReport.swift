/// Per coach at the peildatum: the clients assigned, their current rung (latest `actueel` on or
/// before the peildatum, else the start rung), open actions due before the peildatum, and the
/// clients whose last contact is more than N weeks before the peildatum (or who have none).
public struct CaseloadReport: Report, Equatable {
    public struct Coach: Equatable, Sendable {
        /// User name; empty for clients without a coach.
        public var coach: String
        public var clients: Int
        /// Clients per current rung; every rung present (zeros included).
        public var rungs: [Rung: Int]
        public var unknownRung: Int
        public var overdueActions: Int
        public var withoutContact: Int
    }

    public var peildatum: Day
    public var contactWeeks: Int
    /// Sorted by coach name.
    public var coaches: [Coach]

    public init(_ dataset: Dataset, peildatum: Day, contactWeeks: Int = ReportOptions.defaultContactWeeks) {
        self.peildatum = peildatum
        self.contactWeeks = contactWeeks
        let contactLimit = peildatum.adding(days: -7 * contactWeeks)
        let zero = Dictionary(uniqueKeysWithValues: Rung.allCases.map { ($0, 0) })
        var byCoach: [String: Coach] = [:]
        for client in dataset.clients.values {
            var row = byCoach[client.coach] ?? Coach(coach: client.coach, clients: 0, rungs: zero, unknownRung: 0,
                                                     overdueActions: 0, withoutContact: 0)
            row.clients += 1
            if let rung = LadderPosition(history: client.ladder, on: peildatum).current {
                row.rungs[rung, default: 0] += 1
            } else {
                row.unknownRung += 1
            }
            row.overdueActions += client.actions.filter { $0.status == .open && $0.due < peildatum }.count
            let lastContact = client.notes.lazy.map(\.date).filter { $0 <= peildatum }.max()
            if lastContact.map({ $0 < contactLimit }) ?? true { row.withoutContact += 1 }
            byCoach[client.coach] = row
        }
        coaches = byCoach.values.sorted { $0.coach < $1.coach }
    }

    public var json: JSONValue {
        .object([
            ("peildatum", .string(peildatum.iso)),
            ("weken_zonder_contact", .integer(contactWeeks)),
            ("coaches", .array(coaches.map { row in
                .object([
                    ("coach", .string(row.coach)),
                    ("klanten", .integer(row.clients)),
                    ("treden", .object(Rung.allCases.map { (String($0.rawValue), .integer(row.rungs[$0] ?? 0)) }
                        + [("onbekend", .integer(row.unknownRung))])),
                    ("acties_te_laat", .integer(row.overdueActions)),
                    ("zonder_contact", .integer(row.withoutContact)),
                ])
            })),
        ])
    }

    public var tables: [ReportTable] {
        let columns = [coreText("report.column.coach"), coreText("report.column.klanten")]
            + Rung.allCases.map { coreText("report.column.trede_n", $0.rawValue) }
            + [coreText("report.column.onbekend"), coreText("report.column.acties_te_laat"),
               coreText("report.column.zonder_contact", contactWeeks)]
        return [ReportTable(
            title: coreText("report.caseload.title", peildatum.dutch),
            columns: columns,
            rows: coaches.map { row in
                [.text(row.coach.isEmpty ? coreText("report.caseload.no_coach") : row.coach), .integer(row.clients)]
                    + Rung.allCases.map { .integer(row.rungs[$0] ?? 0) }
                    + [.integer(row.unknownRung), .integer(row.overdueActions), .integer(row.withoutContact)]
            })]
    }
}
