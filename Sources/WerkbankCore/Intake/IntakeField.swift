/// Every value an intaker types in the three intake forms (melding, aanvraag en besluit, intake
/// wizard). The raw value is the key in `Draft.fields`, so a draft stays readable in the journal.
public enum IntakeField: String, CaseIterable, Sendable {
    // Melding
    case meldingDate = "datum_melding"
    case bsn
    case firstName = "voornaam"
    case infix = "tussenvoegsel"
    case lastName = "achternaam"
    case birthDate = "geboortedatum"
    case channel = "kanaal"
    case question = "vraag"
    /// The existing client the melding was linked to ("Bestaande klant gevonden … koppelen").
    case linkedClient = "gekoppelde_klant"
    /// Ids of clients the intaker said are a different person (`,`-separated).
    case declinedMatches = "geen_match"
    // Aanvraag en besluit
    case applicationDate = "datum_aanvraag"
    case earlyReason = "reden_vroege_aanvraag"
    case noApplicationReason = "reden_geen_aanvraag"
    case decision = "besluit"
    case decisionDate = "datum_besluit"
    case decisionReason = "reden_besluit"
    // Intake: person and household
    case postcode
    case address = "adres"
    case phone = "telefoon"
    case email
    case household = "huishouden"
    case children = "kinderen"
    // Education and work
    case education = "opleiding"
    case workExperience = "werkervaring"
    case languageLevel = "taalniveau"
    case drivingLicence = "rijbewijs"
    case certificates = "certificaten"
    // Barriers and target groups
    case barriers = "belemmeringen"
    case statusHolder = "statushouder"
    case countryOfOrigin = "land_herkomst"
    case inburgering
    case jobAgreement = "doelgroepregister"
    case schoolLeaver = "pro_vso_entree"
    case parent = "ouder"
    case shelteredWork = "beschut"
    // Work obligation
    case workObligation = "arbeidsplicht"
    case exemptionReason = "reden_ontheffing"
    case exemptionEnd = "einde_ontheffing"
    // Ladder, route, coach
    case startRung = "starttrede"
    case expectedRung = "verwachte_trede"
    case expectedDate = "streefdatum"
    case routes
    case coach
}

/// Which of the three intake forms.
public enum IntakeFormKind: String, CaseIterable, Sendable {
    /// A new melding (request for assistance).
    case melding
    /// Aanvraag en besluit for an existing melding.
    case decision = "besluit"
    /// The intake wizard for a client whose benefit was granted.
    case intake
}

/// A page of the intake wizard; the melding and besluit forms have a single step.
public enum IntakeStep: String, CaseIterable, Sendable {
    case melding
    case decision = "besluit"
    case person = "persoon"
    case education = "opleiding"
    case barriers = "belemmeringen"
    case targetGroups = "doelgroepen"
    case workObligation = "arbeidsplicht"
    case ladder = "trede"
    case route
    case coach
    /// Everything at a glance, with what is still missing; every step is reachable from it.
    case summary = "overzicht"

    /// The fields on this step, in screen order.
    public var fields: [IntakeField] {
        switch self {
        case .melding: return [.meldingDate, .bsn, .firstName, .infix, .lastName, .birthDate, .channel, .question]
        case .decision: return [.applicationDate, .earlyReason, .noApplicationReason, .decision, .decisionDate, .decisionReason]
        case .person: return [.bsn, .firstName, .infix, .lastName, .birthDate, .postcode, .address, .phone, .email, .household, .children]
        case .education: return [.education, .workExperience, .languageLevel, .drivingLicence, .certificates]
        case .barriers: return [.barriers]
        case .targetGroups: return [.statusHolder, .countryOfOrigin, .inburgering, .jobAgreement, .schoolLeaver, .parent, .shelteredWork]
        case .workObligation: return [.workObligation, .exemptionReason, .exemptionEnd]
        case .ladder: return [.startRung, .expectedRung, .expectedDate]
        case .route: return [.routes]
        case .coach: return [.coach]
        case .summary: return []
        }
    }
}

extension IntakeFormKind {
    /// The steps of the form in order.
    public var steps: [IntakeStep] {
        switch self {
        case .melding: return [.melding]
        case .decision: return [.decision]
        case .intake: return [.person, .education, .barriers, .targetGroups, .workObligation, .ladder, .route, .coach, .summary]
        }
    }
}

/// Fixed choices for fields that are free text in the data (the same words the demo and the
/// municipalities' exports use).
public enum IntakeChoices {
    /// How a melding came in.
    public static let channels = ["balie", "telefoon", "digitaal"]
    /// Inburgering status of a statushouder.
    public static let inburgering = ["inburgeringsplichtig, traject loopt", "B1-route", "onderwijsroute", "Z-route",
                                     "inburgering afgerond", "ontheffing inburgering"]
}
