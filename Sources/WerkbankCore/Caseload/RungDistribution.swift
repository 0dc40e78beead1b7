/// Clients per rung for the caseload bar chart: start, current and expected position.
public struct RungDistribution: Equatable, Sendable {
    public private(set) var start = RungCounts()
    public private(set) var current = RungCounts()
    public private(set) var expected = RungCounts()
    public private(set) var total = 0

    /// Counts the rows, typically a `CaseloadResult` (the filtered list).
    public init<Rows: Sequence>(rows: Rows) where Rows.Element == CaseloadRow {
        for row in rows {
            total += 1
            start.add(row.startRung)
            current.add(row.currentRung)
            expected.add(row.expectedRung)
        }
    }

    public func counts(_ kind: LadderKind) -> RungCounts {
        switch kind {
        case .start: return start
        case .actual: return current
        case .expected: return expected
        }
    }
}

/// How many clients are on each rung (0 = in onderzoek), and how many have no position.
public struct RungCounts: Equatable, Sendable {
    private var perRung = Array(repeating: 0, count: Rung.allCases.count)
    public private(set) var notSet = 0

    public init() {}

    public subscript(rung: Rung) -> Int { perRung[rung.rawValue] }

    /// The largest bar (to scale a chart).
    public var maximum: Int { max(perRung.max() ?? 0, notSet) }

    mutating func add(_ rung: Rung?) {
        if let rung { perRung[rung.rawValue] += 1 } else { notSet += 1 }
    }
}
