/// An anonymous candidate card for an employer: what the candidate can and wants, how many hours,
/// and what support comes with them. It never holds the name, BSN, address, postcode, phone,
/// email, birth date or any instrument amount (the policy paper: amounts are not shared with
/// employers) — only what `init` copies below.
public struct CandidateCard: Equatable, Sendable {
    /// "Kandidaat 1": how the employer refers to the candidate.
    public var reference: String
    public var skills: [String]
    public var certificates: [String]
    public var experience: String
    public var education: String?
    public var languageLevel: String?
    public var drivingLicence: Bool
    public var wishes: String
    public var hoursPerWeek: Int?
    /// "direct", or when the profile was last confirmed.
    public var availability: String
    /// Instruments that come with the candidate (names only): proefplaatsing, jobcoaching, …
    public var support: [String]

    public init(client: Client, reference: String, catalogue: [String: Instrument], today: Day) {
        self.reference = reference
        skills = client.skills
        certificates = client.certificates
        experience = client.workExperience
        education = client.education?.label
        languageLevel = client.languageLevel?.label
        drivingLicence = client.drivingLicence
        wishes = client.wishes
        hoursPerWeek = client.hoursAvailable
        availability = client.hasConfirmedProfile(on: today)
            ? coreText("card.available_confirmed", client.profileConfirmed?.dutch ?? "")
            : coreText("card.available_unconfirmed")
        support = MatchInstruments.applicable(for: client, catalogue: catalogue, on: today).map(\.name)
    }

    private var lines: [(label: String, value: String)] {
        let dash = "—"
        func list(_ items: [String]) -> String { items.isEmpty ? dash : items.joined(separator: ", ") }
        return [
            (coreText("card.skills"), list(skills)),
            (coreText("card.certificates"), list(certificates)),
            (coreText("card.experience"), experience.isEmpty ? dash : experience),
            (coreText("card.education"), education ?? dash),
            (coreText("card.language"), languageLevel ?? dash),
            (coreText("card.licence"), coreText(drivingLicence ? "card.yes" : "card.no")),
            (coreText("card.wishes"), wishes.isEmpty ? dash : wishes),
            (coreText("card.hours"), hoursPerWeek.map { coreText("card.hours_value", $0) } ?? dash),
            (coreText("card.availability"), availability),
            (coreText("card.support"), list(support)),
        ]
    }

    public var text: String {
        let width = lines.map(\.label.count).max() ?? 0
        return ([reference] + lines.map { $0.label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.value })
            .joined(separator: "\n") + "\n"
    }

    public var markdown: String {
        (["## \(reference)", ""] + lines.map { "- **\($0.label)**: \($0.value)" }).joined(separator: "\n") + "\n"
    }

    /// A shortlist of cards as CSV (`;`, BOM, Excel-NL), one row per card.
    public static func csv(_ cards: [CandidateCard]) -> String {
        guard let first = cards.first else { return ReportRenderer.csv([]) }
        let columns = [coreText("card.reference")] + first.lines.map(\.label)
        let rows = cards.map { card in ([card.reference] + card.lines.map(\.value)).map(ReportValue.text) }
        return ReportRenderer.csv([ReportTable(title: coreText("card.shortlist"), columns: columns, rows: rows)])
    }
}
