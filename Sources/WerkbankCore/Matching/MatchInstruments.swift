/// The instruments of the koffer that would go with placing a client at an employer, by the
/// koffer's own eligibility rules (`InstrumentEligibility`): proefplaatsing, loonkostensubsidie,
/// jobcoaching, no-riskpolis and werkplekaanpassing, when in the catalogue and eligible.
public enum MatchInstruments {
    static let placementInstruments = [
        InstrumentCatalogue.ID.trialPlacement, InstrumentCatalogue.ID.wageSubsidy, InstrumentCatalogue.ID.jobCoaching,
        InstrumentCatalogue.ID.noRiskPolicy, InstrumentCatalogue.ID.workplaceAdaptation,
    ]

    public static func applicable(for client: Client, catalogue: [String: Instrument], on date: Day) -> [MatchInstrument] {
        placementInstruments.compactMap { id in
            guard let instrument = catalogue[id], InstrumentEligibility.evaluate(instrument, for: client, on: date).isEligible else { return nil }
            return MatchInstrument(id: id, name: instrument.name, reason: reason(id, client))
        }
    }

    static func reason(_ id: String, _ client: Client) -> String {
        switch id {
        case InstrumentCatalogue.ID.wageSubsidy:
            return coreText("match.instrument.loonkostensubsidie", client.wageValueAssessment?.dutch ?? "?")
        case InstrumentCatalogue.ID.jobCoaching, InstrumentCatalogue.ID.workplaceAdaptation:
            return coreText("match.instrument.rung", client.ladderPosition.current.map { String($0.rawValue) } ?? "?")
        default:
            return coreText("match.instrument.\(id)")
        }
    }
}
