/// A report whose table cells can be traced to a `ReportFigure` (Enter on a figure in the
/// dashboard). The coordinates are those of `tables`: table index, row, column.
public protocol DrillableReport: Report {
    /// The figure behind a cell; nil for labels and for figures that are no set of records
    /// (a saldo, a target, a difference).
    func figure(table: Int, row: Int, column: Int) -> ReportFigure?
}

extension BestandReport: DrillableReport {
    public func figure(table: Int, row: Int, column: Int) -> ReportFigure? {
        let measures: [ReportFigure.BestandMeasure?] = [nil, .beginstand, .inflow, .inflowLonger, .inflowShorter, .outflow, nil, .eindstand]
        guard table == 0, years.indices.contains(row), measures.indices.contains(column), let measure = measures[column] else { return nil }
        return .bestand(year: years[row].year, measure)
    }
}

extension UitstroomReport: DrillableReport {
    public func figure(table: Int, row: Int, column: Int) -> ReportFigure? {
        let measures: [ReportFigure.UitstroomMeasure?] = [nil] + EndReason.allCases.map { .reason($0) } + [.toWork, .total]
        guard table == 0, years.indices.contains(row), measures.indices.contains(column), let measure = measures[column] else { return nil }
        return .uitstroom(year: years[row].year, measure)
    }
}

extension PreventieReport: DrillableReport {
    public func figure(table: Int, row: Int, column: Int) -> ReportFigure? {
        let measures: [ReportFigure.PreventieMeasure?] = [nil, .meldingen, .applications, .granted, .rejected, .notProcessed,
                                                          .withdrawn, .undecided, .granted, .notGranted]
        guard table == 0, measures.indices.contains(column), let measure = measures[column] else { return nil }
        if months.indices.contains(row) { return .preventie(first: months[row].month, last: months[row].month, measure) }
        guard row == months.count, let first = months.first?.month, let last = months.last?.month else { return nil }
        return .preventie(first: first, last: last, measure)
    }
}

extension LadderReport: DrillableReport {
    public func figure(table: Int, row: Int, column: Int) -> ReportFigure? {
        switch table {
        case 0:
            // The rows are the rungs, then "geen trede" (nil).
            guard row >= 0, row <= Rung.allCases.count else { return nil }
            let rung = Rung(rawValue: row)
            switch column {
            case 1: return .ladder(.start(rung))
            case 2: return .ladder(.actual(rung))
            case 3: return .ladder(.expected(rung))
            default: return nil
            }
        case 1:
            let values = steps.keys.sorted()
            guard column == 1, row <= values.count, row >= 0 else { return nil }
            return .ladder(.steps(row < values.count ? values[row] : nil))
        default:
            return nil
        }
    }
}

extension KPIReport: DrillableReport {
    /// Value and numerator lead to the numerator's records, the denominator to its own.
    public func figure(table: Int, row: Int, column: Int) -> ReportFigure? {
        guard table == 0, scores.indices.contains(row) else { return nil }
        switch column {
        case 1, 4: return .kpi(scores[row].indicator, .numerator)
        case 5: return .kpi(scores[row].indicator, .denominator)
        default: return nil
        }
    }
}

extension CaseloadReport: DrillableReport {
    public func figure(table: Int, row: Int, column: Int) -> ReportFigure? {
        guard table == 0, coaches.indices.contains(row) else { return nil }
        let coach = coaches[row].coach
        let rungColumns = 2..<(2 + Rung.allCases.count)
        switch column {
        case 1: return .caseload(coach: coach, .clients)
        case rungColumns: return .caseload(coach: coach, .rung(Rung(rawValue: column - rungColumns.lowerBound)))
        case rungColumns.upperBound: return .caseload(coach: coach, .rung(nil))
        case rungColumns.upperBound + 1: return .caseload(coach: coach, .overdueActions)
        case rungColumns.upperBound + 2: return .caseload(coach: coach, .outOfView)
        default: return nil
        }
    }
}

extension InstrumentenReport: DrillableReport {
    /// Rows are each year's instruments followed by the year's total row.
    public func figure(table: Int, row: Int, column: Int) -> ReportFigure? {
        let measures: [ReportFigure.InstrumentMeasure?] = [nil, nil, .started, .active, .cost]
        guard table == 0, measures.indices.contains(column), let measure = measures[column] else { return nil }
        var first = 0
        for year in years {
            let rows = year.lines.count + 1
            if row < first + rows {
                let line = row - first
                return .instrumenten(year: year.year, instrumentId: line < year.lines.count ? year.lines[line].instrumentId : nil, measure)
            }
            first += rows
        }
        return nil
    }
}

extension PlaatsingenReport: DrillableReport {
    public func figure(table: Int, row: Int, column: Int) -> ReportFigure? {
        switch table {
        case 0:
            guard column == 1, PlacementStage.allCases.indices.contains(row) else { return nil }
            return .plaatsingen(.funnel(PlacementStage.allCases[row]))
        case 1:
            let measures: [ReportFigure.LastingMeasure?] = [nil, .placed, .stillWorking, .offBenefit]
            guard lasting.indices.contains(row), measures.indices.contains(column), let measure = measures[column] else { return nil }
            return .plaatsingen(.lasting(months: lasting[row].months, measure))
        default:
            return nil
        }
    }
}
