/// The standard instrumentenkoffer (DOMAIN.md), written as `instrumenten.json` into a new demo
/// directory. After that the catalogue is data: a municipality edits the JSON file.
extension InstrumentCatalogue {
    /// Ids of the standard instruments, for code that generates or tests deployments.
    public enum ID {
        public static let wageSubsidy = "loonkostensubsidie"
        public static let noRiskPolicy = "no_riskpolis"
        public static let trialPlacement = "proefplaatsing"
        public static let jobCoaching = "jobcoaching"
        public static let workplaceAdaptation = "werkplekaanpassing"
        public static let learnAndWork = "leren_werken"
        public static let apprenticeship = "bbl_plek"
        public static let courseVCA = "cursus_vca"
        public static let courseForklift = "cursus_heftruck"
        public static let shelteredWork = "beschut_werk"
        public static let selfEmployed = "begeleiding_zelfstandigen"
        public static let volunteering = "vrijwilligerswerk"
        public static let dayActivities = "dagbesteding"
        public static let languageNT2 = "taal_nt2"
    }

    public static let standard: [Instrument] = [
        Instrument(
            id: ID.wageSubsidy, name: "Loonkostensubsidie", side: .employer,
            description: "Subsidie aan de werkgever ter hoogte van het gemeten verlies aan productiviteit. "
                + "Vereist een loonwaardemeting (methode Loonbalans) door een arbeidsdeskundige; ook buiten het doelgroepregister mogelijk.",
            provider: "Werkplein Twente", maxMonths: nil, cost: 1_150, costPerMonth: true,
            rungs: [.paidWorkWithSupport, .paidWork], prerequisites: [.wageValueAssessment, .employer]),
        Instrument(
            id: ID.noRiskPolicy, name: "No-riskpolis", side: .employer,
            description: "De werkgever is verzekerd tegen loonkosten bij ziekteverzuim van een werknemer uit het doelgroepregister.",
            provider: "UWV", maxMonths: 60, cost: nil,
            rungs: [.paidWorkWithSupport, .paidWork], prerequisites: [.targetRegister, .employer]),
        Instrument(
            id: ID.trialPlacement, name: "Proefplaatsing", side: .client,
            description: "Werken met behoud van uitkering bij een werkgever, maximaal drie maanden; moet uitzicht geven op een arbeidscontract.",
            provider: "Werkplein Twente", maxMonths: 3, cost: nil,
            rungs: [.unpaidWork, .paidWorkWithSupport, .paidWork], prerequisites: [.runningBenefit, .employer]),
        Instrument(
            id: ID.jobCoaching, name: "Jobcoaching", side: .client,
            description: "Enkele uren per maand begeleiding op de werkplek; de intensiteit bepaalt de arbeidsdeskundige bij de loonwaardemeting.",
            provider: "Jobcoachorganisatie (via Werkplein Twente)", maxMonths: 36, cost: 95, costPerMonth: true,
            rungs: [.paidWorkWithSupport, .paidWork], prerequisites: [.wageValueAssessment, .employer]),
        Instrument(
            id: ID.workplaceAdaptation, name: "Werkplekaanpassing", side: .employer,
            description: "Eenmalige aanpassing van de werkplek of hulpmiddel, zodat de werknemer het werk kan doen.",
            provider: "Werkplein Twente", maxMonths: nil, cost: 2_500, costPerMonth: false,
            rungs: [.paidWorkWithSupport, .paidWork], prerequisites: [.employer]),
        Instrument(
            id: ID.learnAndWork, name: "Leren en werken", side: .client,
            description: "Werkervaring opdoen met een vastgelegd leerdeel; maximaal zes maanden of de duur van de opleiding.",
            provider: "Leerwerkloket Twente", maxMonths: 6, cost: 400, costPerMonth: true,
            rungs: [.organisedActivities, .unpaidWork, .paidWorkWithSupport]),
        Instrument(
            id: ID.apprenticeship, name: "BBL-plek", side: .client,
            description: "Beroepsbegeleidende leerweg: vier dagen werken, één dag school, met een leerbedrijf.",
            provider: "ROC van Twente", maxMonths: 24, cost: 1_200, costPerMonth: false,
            rungs: [.unpaidWork, .paidWorkWithSupport, .paidWork], prerequisites: [.employer]),
        Instrument(
            id: ID.courseVCA, name: "Korte cursus VCA", side: .client,
            description: "Cursus en examen Veiligheid, Gezondheid en Milieu (VCA basis).",
            provider: "Leerwerkloket Twente / ROC van Twente", maxMonths: 1, cost: 350, costPerMonth: false,
            rungs: [.organisedActivities, .unpaidWork, .paidWorkWithSupport, .paidWork]),
        Instrument(
            id: ID.courseForklift, name: "Korte cursus heftruck", side: .client,
            description: "Opleiding en certificaat heftruckchauffeur.",
            provider: "Leerwerkloket Twente / ROC van Twente", maxMonths: 1, cost: 450, costPerMonth: false,
            rungs: [.organisedActivities, .unpaidWork, .paidWorkWithSupport, .paidWork]),
        Instrument(
            id: ID.shelteredWork, name: "Beschut werk nieuwe stijl", side: .client,
            description: "Betaald werk in een beschutte omgeving voor wie alleen met intensieve begeleiding kan werken (advies UWV).",
            provider: "SWB (sociaal werkbedrijf)", maxMonths: nil, cost: 1_600, costPerMonth: true,
            targetGroups: [.shelteredWork]),
        Instrument(
            id: ID.selfEmployed, name: "Begeleiding zelfstandigen / Bbz", side: .client,
            description: "Onderzoek naar levensvatbaarheid, begeleiding en zo nodig Bbz-krediet voor (startende) zelfstandigen.",
            provider: "ROZ Twente", maxMonths: 18, cost: 250, costPerMonth: true,
            rungs: [.paidWorkWithSupport, .paidWork]),
        Instrument(
            id: ID.volunteering, name: "Vrijwilligerswerk", side: .participation,
            description: "Bemiddeling naar passend vrijwilligerswerk, met begeleiding van een participatiecoach.",
            provider: "Wijkracht", maxMonths: nil, cost: nil,
            rungs: [.isolated, .socialContacts, .organisedActivities]),
        Instrument(
            id: ID.dayActivities, name: "Dagbesteding", side: .participation,
            description: "Structuur en sociale contacten in een groep, als eerste stap op de ladder.",
            provider: "Wijkracht", maxMonths: nil, cost: 300, costPerMonth: true,
            rungs: [.isolated, .socialContacts, .organisedActivities]),
        Instrument(
            id: ID.languageNT2, name: "Taal (NT2)", side: .participation,
            description: "Nederlands als tweede taal, taalmaatje of taalcafé.",
            provider: "Wijkracht / ROC van Twente", maxMonths: 12, cost: 150, costPerMonth: true,
            rungs: [.isolated, .socialContacts, .organisedActivities]),
    ]
}
