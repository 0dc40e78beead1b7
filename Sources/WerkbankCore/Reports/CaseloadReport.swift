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
        // Per coach: clients, a count per rung (index = rung), unknown rung, overdue actions, without contact.
        var counts: [String: [Int]] = [:]
        let unknown = Rung.allCases.count + 1, overdue = unknown + 1, silent = overdue + 1
        let zeros = [Int](repeating: 0, count: silent + 1)
        dataset.clients.values.forEach { client in   // borrows; for-in would copy each record
            counts[client.coach, default: zeros][0] += 1
            if let rung = LadderPosition(history: client.ladder, on: peildatum).current {
                counts[client.coach, default: zeros][rung.rawValue + 1] += 1
            } else {
                counts[client.coach, default: zeros][unknown] += 1
            }
            var lateActions = 0
            for action in client.actions where action.status == .open && action.due < peildatum { lateActions += 1 }
            counts[client.coach, default: zeros][overdue] += lateActions
            var lastContact: Day?
            for note in client.notes where note.date <= peildatum && (lastContact.map { note.date > $0 } ?? true) {
                lastContact = note.date
            }
            if lastContact.map({ $0 < contactLimit }) ?? true { counts[client.coach, default: zeros][silent] += 1 }
        }
        coaches = counts.keys.sorted().map { coach in
            let row = counts[coach] ?? zeros
            return Coach(coach: coach, clients: row[0],
                         rungs: Dictionary(uniqueKeysWithValues: Rung.allCases.map { ($0, row[$0.rawValue + 1]) }),
                         unknownRung: row[unknown], overdueActions: row[overdue], withoutContact: row[silent])
        }
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
