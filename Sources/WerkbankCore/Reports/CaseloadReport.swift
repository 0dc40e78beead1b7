/// Per coach at the peildatum: the clients the coach has then (active: on a running benefit, or
/// in the caseload without any benefit — as the caseload screen counts them), their current rung
/// (latest `actueel` on or before the peildatum, else the start rung), their open actions due
/// before the peildatum, and those "uit beeld" (no contact or no open plan action for more than
/// N weeks, N from `instellingen.json` unless given).
public struct CaseloadReport: Report, Equatable {
    public struct Coach: Equatable, Sendable {
        /// User name; empty for clients without a coach.
        public var coach: String
        public var clients: Int
        /// Clients per current rung; every rung present (zeros included).
        public var rungs: [Rung: Int]
        public var unknownRung: Int
        public var overdueActions: Int
        public var outOfView: Int
    }

    public var peildatum: Day
    /// The N of "uit beeld".
    public var outOfViewWeeks: Int
    /// Sorted by coach name.
    public var coaches: [Coach]

    /// `outOfViewWeeks` nil: the team setting of the dataset.
    public init(_ dataset: Dataset, peildatum: Day, outOfViewWeeks: Int? = nil) {
        self.peildatum = peildatum
        let weeks = outOfViewWeeks ?? dataset.settings.outOfViewWeeks
        self.outOfViewWeeks = weeks
        // Per coach: clients, a count per rung (index = rung), unknown rung, overdue actions, uit beeld.
        var counts: [String: [Int]] = [:]
        let unknown = Rung.allCases.count + 1, overdue = unknown + 1, silent = overdue + 1
        let zeros = [Int](repeating: 0, count: silent + 1)
        dataset.clients.values.forEach { client in   // borrows; for-in would copy each record
            guard client.isActive(on: peildatum) else { return }
            counts[client.coach, default: zeros][0] += 1
            if let rung = LadderPosition(history: client.ladder, on: peildatum).current {
                counts[client.coach, default: zeros][rung.rawValue + 1] += 1
            } else {
                counts[client.coach, default: zeros][unknown] += 1
            }
            var lateActions = 0
            for action in client.actions where action.status == .open && action.due < peildatum { lateActions += 1 }
            counts[client.coach, default: zeros][overdue] += lateActions
            if Worklists.isOutOfView(client, on: peildatum, weeks: weeks) { counts[client.coach, default: zeros][silent] += 1 }
        }
        coaches = counts.keys.sorted().map { coach in
            let row = counts[coach] ?? zeros
            return Coach(coach: coach, clients: row[0],
                         rungs: Dictionary(uniqueKeysWithValues: Rung.allCases.map { ($0, row[$0.rawValue + 1]) }),
                         unknownRung: row[unknown], overdueActions: row[overdue], outOfView: row[silent])
        }
    }

    public var json: JSONValue {
        .object([
            ("peildatum", .string(peildatum.iso)),
            ("weken_uit_beeld", .integer(outOfViewWeeks)),
            ("coaches", .array(coaches.map { row in
                .object([
                    ("coach", .string(row.coach)),
                    ("klanten", .integer(row.clients)),
                    ("treden", .object(Rung.allCases.map { (String($0.rawValue), .integer(row.rungs[$0] ?? 0)) }
                        + [("onbekend", .integer(row.unknownRung))])),
                    ("acties_te_laat", .integer(row.overdueActions)),
                    ("uit_beeld", .integer(row.outOfView)),
                ])
            })),
        ])
    }

    public var tables: [ReportTable] {
        let columns = [coreText("report.column.coach"), coreText("report.column.klanten")]
            + Rung.allCases.map { coreText("report.column.trede_n", $0.rawValue) }
            + [coreText("report.column.onbekend"), coreText("report.column.acties_te_laat"),
               coreText("report.column.uit_beeld", outOfViewWeeks)]
        return [ReportTable(
            title: coreText("report.caseload.title", peildatum.dutch),
            columns: columns,
            rows: coaches.map { row in
                [.text(row.coach.isEmpty ? coreText("report.caseload.no_coach") : row.coach), .integer(row.clients)]
                    + Rung.allCases.map { .integer(row.rungs[$0] ?? 0) }
                    + [.integer(row.unknownRung), .integer(row.overdueActions), .integer(row.outOfView)]
            })]
    }
}
