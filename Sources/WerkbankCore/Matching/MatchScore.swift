/// Accumulates points and factors in the order the criteria are checked. With `explain` off
/// (ranking all clients) no text is made: the reasons are autoclosures that are never called.
struct MatchScore {
    let explain: Bool
    private var earned = 0
    private var possible = 0
    private var penalties = 0
    private(set) var factors: [MatchFactor] = []
    var meetsHardRequirements = true
    var uncertain = false

    init(explain: Bool) { self.explain = explain }

    mutating func criterion(_ key: String, weight: Int, earned points: Int, confirmed: Day?,
                            for reasonFor: @autoclosure () -> String?, against reasonAgainst: @autoclosure () -> String?) {
        possible += weight
        earned += points
        if explain {
            factors.append(MatchFactor(key: key, points: points, weight: weight, reasonFor: reasonFor(),
                                       reasonAgainst: reasonAgainst(), confirmedOn: confirmed))
        }
    }

    mutating func penalty(_ key: String, _ points: Int, confirmed: Day?, _ reason: @autoclosure () -> String) {
        penalties += points
        if explain {
            factors.append(MatchFactor(key: key, points: -points, weight: 0, reasonFor: nil, reasonAgainst: reason(),
                                       confirmedOn: confirmed))
        }
    }

    /// A fact worth showing that does not change the score.
    mutating func note(_ key: String, confirmed: Day?, _ reason: @autoclosure () -> String) {
        if explain {
            factors.append(MatchFactor(key: key, points: 0, weight: 0, reasonFor: reason(), reasonAgainst: nil, confirmedOn: confirmed))
        }
    }

    var percentage: Int {
        let base = possible == 0 ? 0 : (100 * earned + possible / 2) / possible
        return min(100, max(0, base - penalties))
    }
}

/// A vacancy's text folded once for matching many clients.
struct VacancyProfile {
    struct Requirement {
        var text: String
        var folded: [UInt8]
    }

    struct Task {
        var name: String
        var skills: [[UInt8]]
    }

    let vacancy: Vacancy
    let requirements: [Requirement]
    let desired: [Requirement]
    let certificates: [Requirement]
    let tasks: [Task]
    /// The workplace in the place table.
    let place: Int?
    let foldedDistrict: [UInt8]
    /// Words of the title and function of four letters or more ("magazijnmedewerker", "schoonmaak").
    private let titleWords: [[UInt8]]

    init(_ vacancy: Vacancy) {
        self.vacancy = vacancy
        requirements = VacancyProfile.fold(vacancy.requiredSkills)
        desired = VacancyProfile.fold(vacancy.desiredSkills)
        certificates = VacancyProfile.fold(vacancy.certificates)
        tasks = vacancy.tasks.map { Task(name: $0.name, skills: VacancyProfile.fold($0.skills).map(\.folded)) }
        place = vacancy.place.isEmpty ? nil : PlaceDistance.place(named: vacancy.place)
        foldedDistrict = SearchFolding.fold(vacancy.district)
        var words = SearchText(vacancy.title).words.map(\.bytes)
        if vacancy.function != vacancy.title { words += SearchText(vacancy.function).words.map(\.bytes) }
        titleWords = words.filter { $0.count >= 4 }
    }

    private static func fold(_ texts: [String]) -> [Requirement] {
        texts.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { Requirement(text: $0, folded: SearchFolding.fold($0)) }
    }

    /// The client's wishes mention a word of the title (or a word of the wishes starts the title word:
    /// "magazijn" in the wishes fits "magazijnmedewerker").
    func isWished(by wishes: [[UInt8]]) -> Bool {
        titleWords.contains { title in
            wishes.contains { wish in title.starts(with: wish) || wish.starts(with: title) }
        }
    }

    /// Whether any of `owned` covers `requirement`.
    static func has(_ owned: [[UInt8]], _ requirement: [UInt8]) -> Bool {
        owned.contains { covers($0, requirement) }
    }

    /// A skill covers a requirement when one contains the other ("heftruckcertificaat" covers "heftruck").
    static func covers(_ skill: [UInt8], _ requirement: [UInt8]) -> Bool {
        guard !skill.isEmpty, !requirement.isEmpty else { return false }
        return contains(skill, requirement) || (skill.count >= 3 && contains(requirement, skill))
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
