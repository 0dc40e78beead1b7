/// The four files of the exchange format (docs/exchange-format.md), their columns in the documented
/// order, and which of them an import needs.
public enum ExchangeFile: String, CaseIterable, Sendable {
    case clients = "klanten.csv"
    case benefits = "uitkeringen.csv"
    case ladder = "treden.csv"
    case meldingen = "meldingen.csv"

    public var name: String { rawValue }

    public var columns: [String] {
        switch self {
        case .clients:
            return ["klant_id", "bsn", "voornaam", "tussenvoegsel", "achternaam", "geboortedatum", "postcode", "wijk",
                    "coach", "doelgroepen", "belemmeringen", "arbeidsplicht"]
        case .benefits:
            return ["klant_id", "start", "einde", "reden_einde"]
        case .ladder:
            return ["klant_id", "datum", "soort", "trede"]
        case .meldingen:
            return ["melding_id", "klant_id", "datum_melding", "datum_aanvraag", "besluit", "datum_besluit"]
        }
    }

    /// Only `klanten.csv` must be there; each other file, when present, replaces what it covers.
    public var isRequired: Bool { self == .clients }
}
