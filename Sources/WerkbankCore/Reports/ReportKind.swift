/// The reports `werkbank report NAME` and the dashboard offer.
public enum ReportKind: String, CaseIterable, Sendable {
    case bestand, uitstroom, preventie, ladder, kpi, caseload, instrumenten, plaatsingen

    /// The name on screen ("Bestandsontwikkeling").
    public var label: String { coreText("report.name.\(rawValue)") }

    /// What the report reads of a data directory (`Store.open(parts:)`): the parts its figures
    /// come from, and the clients' core (their coach) when it counts per coach or is limited to
    /// one coach's clients (their meldingen and placements are found through the clients).
    public func parts(options: ReportOptions) -> Set<DataPart> {
        var parts: Set<DataPart>
        switch self {
        case .bestand, .uitstroom: parts = [.benefits]
        case .preventie: parts = [.meldingen]
        case .ladder: parts = [.benefits, .ladder]
        case .kpi: parts = [.benefits, .ladder, .meldingen]
        case .caseload: parts = [.clients, .benefits, .ladder, .actions, .notes]
        case .instrumenten: parts = [.deployments]
        case .plaatsingen: parts = [.benefits, .placements]
        }
        if options.coach != nil { parts.insert(.clients) }
        return parts
    }

    /// Computes the report on the part of `dataset` that `options.coach` selects.
    public func compute(_ dataset: Dataset, options: ReportOptions) -> any Report {
        let data = dataset.scoped(toCoach: options.coach)
        switch self {
        case .bestand: return BestandReport(data, period: options.period)
        case .uitstroom: return UitstroomReport(data, period: options.period)
        case .preventie: return PreventieReport(data, period: options.period)
        case .ladder: return LadderReport(data, peildatum: options.peildatum)
        case .kpi: return KPIReport(data, options: options)
        case .caseload: return CaseloadReport(data, peildatum: options.peildatum, outOfViewWeeks: options.outOfViewWeeks)
        case .instrumenten: return InstrumentenReport(data, period: options.period, peildatum: options.peildatum)
        case .plaatsingen: return PlaatsingenReport(data, period: options.period, peildatum: options.peildatum)
        }
    }
}
