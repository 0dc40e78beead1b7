/// The reports `werkbank report NAME` and the dashboard offer.
public enum ReportKind: String, CaseIterable, Sendable {
    case bestand, uitstroom, preventie, ladder, kpi, caseload, instrumenten, plaatsingen

    /// The name on screen ("Bestandsontwikkeling").
    public var label: String { coreText("report.name.\(rawValue)") }

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
