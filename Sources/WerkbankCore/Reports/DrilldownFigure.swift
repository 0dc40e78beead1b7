/// One figure of a report that can be traced to the records behind it (a drill-down): "the
/// uitstroom of 2015", "the afgewezen meldingen of 2017-03", "the clients starting on rung 2".
/// The cases follow the reports' own definitions (docs/reports.md); `Drilldown.entries`
/// lists the records, and `DrillableReport.figure(table:row:column:)` finds the figure behind a
/// cell of a report table.
public enum ReportFigure: Hashable, Sendable {
    case bestand(year: Int, BestandMeasure)
    case uitstroom(year: Int, UitstroomMeasure)
    /// A month (`first == last`) or the total over the months of the period.
    case preventie(first: YearMonth, last: YearMonth, PreventieMeasure)
    case ladder(LadderMeasure)
    case kpi(KPIReport.Indicator, KPIPart)
    /// `coach` is a user name, empty for the clients without a coach.
    case caseload(coach: String, CaseloadMeasure)
    /// `instrumentId` nil: every instrument of the year (the total row).
    case instrumenten(year: Int, instrumentId: String?, InstrumentMeasure)
    case plaatsingen(PlacementMeasure)

    public enum BestandMeasure: Hashable, Sendable {
        case beginstand, inflow, inflowLonger, inflowShorter, outflow, eindstand
    }

    public enum UitstroomMeasure: Hashable, Sendable {
        case reason(EndReason)
        case toWork
        case total
    }

    public enum PreventieMeasure: Hashable, Sendable {
        case meldingen, applications, granted, rejected, notProcessed, withdrawn, undecided
        /// The meldingen not granted: the numerator of the preventiequote.
        case notGranted
    }

    public enum LadderMeasure: Hashable, Sendable {
        /// nil: the clients without an observation of that kind.
        case start(Rung?), actual(Rung?), expected(Rung?)
        /// Expected − start; nil = unknown.
        case steps(Int?)
    }

    public enum KPIPart: Hashable, Sendable {
        case numerator, denominator
    }

    public enum CaseloadMeasure: Hashable, Sendable {
        case clients
        /// Current rung; nil = no observation.
        case rung(Rung?)
        case overdueActions
        case outOfView
    }

    public enum InstrumentMeasure: Hashable, Sendable {
        case started, active
        /// The deployments charged in the year (every active one when the cost is per month,
        /// the ones starting in the year for a one-off cost).
        case cost
    }

    public enum PlacementMeasure: Hashable, Sendable {
        /// Placements that reached this stage or a later one.
        case funnel(PlacementStage)
        case lasting(months: Int, LastingMeasure)
    }

    public enum LastingMeasure: Hashable, Sendable {
        case placed, stillWorking, offBenefit
    }
}

/// One record behind a figure: a client, one of their benefit periods, actions or
/// deployments, a melding or a placement. `clientId` is the client it is about (nil for a
/// melding without a client record).
public struct DrilldownEntry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case client, benefit, melding, placement, deployment, action
    }

    public var kind: Kind
    /// The record's id (the client id for `.client`).
    public var id: String
    public var clientId: String?

    public init(_ kind: Kind, id: String, clientId: String?) {
        self.kind = kind
        self.id = id
        self.clientId = clientId
    }

    public static func client(_ id: String) -> DrilldownEntry { DrilldownEntry(.client, id: id, clientId: id) }
}
