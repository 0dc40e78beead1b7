/// What the exchange files hold, checked and typed but not yet merged. Benefit periods and
/// ladder observations have no ids yet; `nil` collections mean the file was absent.
struct ImportedRecords {
    /// Clients in file order, with only the CSV fields set.
    var clients: [Client] = []
    var clientLines: [String: Int] = [:]
    var benefits: [String: [BenefitPeriod]]?
    var ladder: [String: [LadderObservation]]?
    var meldingen: [Melding] = []
}

/// A row with at least one problem, and those problems.
struct ProblemRow {
    let file: ExchangeFile
    let record: CSVRecord
    let problems: [ImportProblem]
}

/// Turns the rows of each exchange file into records, checking every cell and reporting each
/// problem at its file, line and column. Only rows without problems become records; a row that
/// repeats the id of an earlier row, or a benefit period overlapping an earlier one of the same
/// client, is the row with the problem. When `rejecting`, rows naming a client whose row in
/// klanten.csv had a problem have a problem too.
final class ExchangeRowReader {
    let existing: Dataset
    var problems: ImportProblems
    let rejecting: Bool
    let progress: ImportProgress?
    var imported = ImportedRecords()
    /// Every row with a problem, in file order.
    private(set) var problemRows: [ProblemRow] = []
    /// Client ids whose (first) row in klanten.csv had a problem, with its line.
    private var rejectedClients: [String: Int] = [:]
    /// False when klanten.csv could not be read, so references to clients cannot be checked.
    var clientsKnown = false

    init(existing: Dataset, problems: ImportProblems, rejecting: Bool, progress: ImportProgress?) {
        self.existing = existing
        self.problems = problems
        self.rejecting = rejecting
        self.progress = progress
    }

    func readClients(_ table: ExchangeTable) {
        clientsKnown = true
        forEachRow(of: table) { row, problems in
            let id = row.check("klant_id", &problems) { text throws(FieldProblem) in try Validate.required(text) }
            let bsn = row.optional("bsn", &problems) { text throws(FieldProblem) in try Validate.bsn(text) }
            let birthDate = row.optional("geboortedatum", &problems) { text throws(FieldProblem) in try Validate.day(text) }
            let postcode = row.optional("postcode", &problems) { text throws(FieldProblem) in try Validate.postcode(text) }
            let groups = row.check("doelgroepen", &problems) { text throws(FieldProblem) in try Validate.codes(text, as: TargetGroup.self) }
            let barriers = row.check("belemmeringen", &problems) { text throws(FieldProblem) in try Validate.codes(text, as: Barrier.self) }
            let obligation = row.optional("arbeidsplicht", &problems) { text throws(FieldProblem) in try Validate.code(text, as: WorkObligation.self) }
            guard let id else { return }
            if let first = imported.clientLines[id] {
                problems.add(table.file, line: row.line(of: "klant_id"), column: "klant_id", coreText("exchange.duplicate_id", id, first))
                return
            }
            imported.clientLines[id] = row.line
            guard problems.rowIsClean, let bsn, let birthDate, let postcode, let groups, let barriers, let obligation else {
                rejectedClients[id] = row.line
                return
            }
            imported.clients.append(Client(
                id: id, bsn: bsn, firstName: row["voornaam"], infix: row["tussenvoegsel"], lastName: row["achternaam"],
                birthDate: birthDate, postcode: postcode ?? "", district: row["wijk"], targetGroups: groups,
                barriers: barriers, workObligation: obligation, coach: row["coach"]))
        }
    }

    func readBenefits(_ table: ExchangeTable) {
        var periods: [String: [BenefitPeriod]] = [:]
        forEachRow(of: table) { row, problems in
            let id = clientReference(row, &problems)
            let start = row.check("start", &problems) { text throws(FieldProblem) in try Validate.day(Validate.required(text)) }
            let end = row.optional("einde", &problems) { text throws(FieldProblem) in try Validate.day(text) }
            let reason = row.optional("reden_einde", &problems) { text throws(FieldProblem) in try Validate.code(text, as: EndReason.self) }
            guard let id, let start, let end, let reason else { return }
            let period = BenefitPeriod(id: "", start: start, end: end, endReason: reason)
            for (column, problem) in BenefitRules.problems(of: period) {
                problems.add(table.file, line: row.line(of: column), column: column, problem.message)
            }
            if let other = periods[id]?.first(where: { Self.overlap($0, period) }) {
                problems.add(table.file, line: row.line(of: "start"), column: "start", coreText("validation.benefit_overlap",
                             other.start.dutch, other.end?.dutch ?? coreText("validation.running")))
            }
            guard problems.rowIsClean else { return }
            periods[id, default: []].append(period)
        }
        imported.benefits = periods
    }

    /// True when two periods share a day; a running period reaches to the end of time.
    private static func overlap(_ a: BenefitPeriod, _ b: BenefitPeriod) -> Bool {
        (b.end.map { a.start <= $0 } ?? true) && (a.end.map { b.start <= $0 } ?? true)
    }

    func readLadder(_ table: ExchangeTable) {
        var observations: [String: [LadderObservation]] = [:]
        forEachRow(of: table) { row, problems in
            let id = clientReference(row, &problems)
            let date = row.check("datum", &problems) { text throws(FieldProblem) in try Validate.day(Validate.required(text)) }
            let kind = row.check("soort", &problems) { text throws(FieldProblem) in try Validate.code(text, as: LadderKind.self) }
            let rung = row.check("trede", &problems) { text throws(FieldProblem) in try Validate.rung(text) }
            guard problems.rowIsClean, let id, let date, let kind, let rung else { return }
            observations[id, default: []].append(LadderObservation(id: "", date: date, kind: kind, rung: rung))
        }
        imported.ladder = observations
    }

    func readMeldingen(_ table: ExchangeTable) {
        var lines: [String: Int] = [:]
        forEachRow(of: table) { row, problems in
            let id = row.check("melding_id", &problems) { text throws(FieldProblem) in try Validate.required(text) }
            let date = row.check("datum_melding", &problems) { text throws(FieldProblem) in try Validate.day(Validate.required(text)) }
            let applied = row.optional("datum_aanvraag", &problems) { text throws(FieldProblem) in try Validate.day(text) }
            let decision = row.optional("besluit", &problems) { text throws(FieldProblem) in try Validate.code(text, as: Decision.self) }
            let decided = row.optional("datum_besluit", &problems) { text throws(FieldProblem) in try Validate.day(text) }
            guard let id else { return }
            if let first = lines[id] {
                problems.add(table.file, line: row.line(of: "melding_id"), column: "melding_id", coreText("exchange.duplicate_id", id, first))
                return
            }
            lines[id] = row.line
            guard let date, let applied, let decision, let decided else { return }
            let clientId = row["klant_id"]
            let melding = Melding(id: id, clientId: clientId.isEmpty ? nil : clientId, date: date,
                                  applicationDate: applied, decision: decision, decisionDate: decided)
            if let clientId = melding.clientId { checkNotRejected(clientId, row, &problems) }
            let known = imported.clientLines
            let checkReferences = clientsKnown
            for (column, problem) in MeldingRules.problems(of: melding, clientExists: { !checkReferences || known[$0] != nil || existing.clients[$0] != nil }) {
                problems.add(table.file, line: row.line(of: column), column: column, problem.message)
            }
            guard problems.rowIsClean else { return }
            imported.meldingen.append(melding)
        }
    }

    /// The klant_id of a benefit or ladder row; it must name a client of klanten.csv.
    private func clientReference(_ row: ExchangeTable.Row, _ problems: inout ImportProblems) -> String? {
        guard let id = row.check("klant_id", &problems, { text throws(FieldProblem) in try Validate.required(text) }) else { return nil }
        if clientsKnown, imported.clientLines[id] == nil {
            problems.add(row.file, line: row.line(of: "klant_id"), column: "klant_id", coreText("exchange.unknown_client", id))
            return nil
        }
        checkNotRejected(id, row, &problems)
        return id
    }

    /// When rejecting rows, a row naming a client whose row in klanten.csv was rejected goes too.
    private func checkNotRejected(_ id: String, _ row: ExchangeTable.Row, _ problems: inout ImportProblems) {
        guard rejecting, let line = rejectedClients[id] else { return }
        problems.add(row.file, line: row.line(of: "klant_id"), column: "klant_id", coreText("exchange.rejected_client", id, line))
    }

    /// Calls `body` for every row with the right number of fields, collecting the rows with a
    /// problem and reporting progress.
    private func forEachRow(of table: ExchangeTable, _ body: (ExchangeTable.Row, inout ImportProblems) -> Void) {
        let total = table.rows.count
        for index in 0..<total {
            problems.startRow()
            if let row = table.row(index, problems: &problems) { body(row, &problems) }
            if !problems.rowIsClean {
                problemRows.append(ProblemRow(file: table.file, record: table.rows[index], problems: Array(problems.rowProblems)))
            }
            if let progress, (index + 1) % 5000 == 0 || index + 1 == total { progress(table.file, index + 1, total) }
        }
    }
}
