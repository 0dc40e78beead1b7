/// Ladder positions at a reference date (peildatum): of the clients with a benefit running on
/// that date, per client the earliest `start`, the latest `actueel` and the latest `verwacht`
/// among the observations dated on or before it; steps = verwacht − start (unknown when either
/// is missing or 0). A client without an observation of a kind counts as "geen trede" in that
/// distribution, so every distribution sums to `klanten`.
public struct LadderReport: Report, Equatable {
    public var peildatum: Day
    public var clients: Int
    /// Clients per rung, every rung present (zeros included).
    public var start: [Rung: Int]
    public var actual: [Rung: Int]
    public var expected: [Rung: Int]
    /// Clients without a `start`, an `actueel` or a `verwacht` observation.
    public var noStart: Int
    public var noActual: Int
    public var noExpected: Int
    /// Clients per step count (only counts that occur).
    public var steps: [Int: Int]
    public var unknownSteps: Int

    public init(_ dataset: Dataset, peildatum: Day) {
        self.peildatum = peildatum
        let zero = Dictionary(uniqueKeysWithValues: Rung.allCases.map { ($0, 0) })
        var clients = 0, start = zero, actual = zero, expected = zero, steps: [Int: Int] = [:], unknownSteps = 0
        var noStart = 0, noActual = 0, noExpected = 0
        dataset.clients.values.forEach { client in
            guard client.runningBenefit(on: peildatum) != nil else { return }
            clients += 1
            let position = LadderPosition(history: client.ladder, on: peildatum)
            if let rung = position.start?.rung { start[rung, default: 0] += 1 } else { noStart += 1 }
            if let rung = position.actual?.rung { actual[rung, default: 0] += 1 } else { noActual += 1 }
            if let rung = position.expected?.rung { expected[rung, default: 0] += 1 } else { noExpected += 1 }
            if let step = position.steps { steps[step, default: 0] += 1 } else { unknownSteps += 1 }
        }
        self.clients = clients
        self.start = start
        self.actual = actual
        self.expected = expected
        self.noStart = noStart
        self.noActual = noActual
        self.noExpected = noExpected
        self.steps = steps
        self.unknownSteps = unknownSteps
    }

    public var json: JSONValue {
        func distribution(_ counts: [Rung: Int], none: Int) -> JSONValue {
            .object(Rung.allCases.map { (String($0.rawValue), .integer(counts[$0] ?? 0)) } + [("geen", .integer(none))])
        }
        return .object([
            ("peildatum", .string(peildatum.iso)),
            ("klanten", .integer(clients)),
            ("start", distribution(start, none: noStart)),
            ("actueel", distribution(actual, none: noActual)),
            ("verwacht", distribution(expected, none: noExpected)),
            ("stappen", .object(steps.keys.sorted().map { (String($0), .integer(steps[$0] ?? 0)) }
                + [("onbekend", .integer(unknownSteps))])),
        ])
    }

    public var tables: [ReportTable] {
        let positions = ReportTable(
            title: coreText("report.ladder.title", peildatum.dutch, DutchNumber.integer(clients)),
            columns: ["trede", "start", "actueel", "verwacht"].map { coreText("report.column.\($0)") },
            rows: Rung.allCases.map { rung in
                [.text("\(rung.rawValue) \(rung.label)"), .integer(start[rung] ?? 0), .integer(actual[rung] ?? 0),
                 .integer(expected[rung] ?? 0)]
            } + [[.text(coreText("report.ladder.no_rung")), .integer(noStart), .integer(noActual), .integer(noExpected)]])
        let stepTable = ReportTable(
            title: coreText("report.ladder.steps_title"),
            columns: ["stappen", "klanten"].map { coreText("report.column.\($0)") },
            rows: steps.keys.sorted().map { [.text(String($0)), .integer(steps[$0] ?? 0)] }
                + [[.text(coreText("report.column.onbekend")), .integer(unknownSteps)]])
        return [positions, stepTable]
    }
}
