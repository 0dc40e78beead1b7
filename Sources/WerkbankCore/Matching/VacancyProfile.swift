import Foundation

/// A vacancy prepared for ranking the clients of one pool: its texts folded once, and for every
/// skill id and wish word id of the pool what it covers, so that what a client holds is a few
/// table look-ups (`Holdings`) instead of text searches.
struct VacancyProfile: Sendable {
    /// A required or desired skill or a certificate, in its slot of the skill bitsets.
    struct Requirement: Sendable {
        var text: String
        var slot: Int
    }

    /// A task (job carving) and the slots of the skills it needs.
    struct Task: Sendable {
        var name: String
        var slots: Range<Int>
    }

    let vacancy: Vacancy
    let requirements: [Requirement]
    let desired: [Requirement]
    let certificates: [Requirement]
    let tasks: [Task]
    /// `minimumLanguageLevel.rank` (-1: none asked).
    let minimumLanguageRank: Int
    /// The workplace in the place table.
    let place: Int?
    /// The id of the folded district in the pool (-1: no client lives there).
    let district: Int32
    /// 64-bit words per bitset of slots.
    let words: Int
    /// Per skill id of the pool, `words` words: the slots the skill covers.
    let coverage: [UInt64]
    /// Per wish word id of the pool: it fits a word of the title or function.
    let wished: [Bool]
    /// Kilometres from each place of `PlaceDistance` to the workplace (empty without one).
    private let kilometres: [Int]

    init(_ vacancy: Vacancy, pool: CandidatePool) {
        self.vacancy = vacancy
        var needles: [[UInt8]] = []
        func slots(_ texts: [String]) -> [Requirement] {
            texts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { text in
                needles.append(SearchFolding.fold(text))
                return Requirement(text: text, slot: needles.count - 1)
            }
        }
        requirements = slots(vacancy.requiredSkills)
        desired = slots(vacancy.desiredSkills)
        certificates = slots(vacancy.certificates)
        tasks = vacancy.tasks.map { task in
            let first = needles.count
            _ = slots(task.skills)
            return Task(name: task.name, slots: first..<needles.count)
        }
        let words = max(1, (needles.count + 63) / 64)
        var coverage = [UInt64](repeating: 0, count: pool.skills.count * words)
        for (id, skill) in pool.skills.enumerated() {
            for (slot, needle) in needles.enumerated() where VacancyProfile.covers(skill, needle) {
                coverage[id * words + slot / 64] |= 1 << UInt64(slot % 64)
            }
        }
        self.words = words
        self.coverage = coverage
        var titleWords = SearchText(vacancy.title).words.map(\.bytes)
        if vacancy.function != vacancy.title { titleWords += SearchText(vacancy.function).words.map(\.bytes) }
        titleWords = titleWords.filter { $0.count >= 4 }
        // The client's wishes mention a word of the title (or a word of the wishes starts the title
        // word: "magazijn" in the wishes fits "magazijnmedewerker").
        wished = pool.wishWords.map { wish in titleWords.contains { $0.starts(with: wish) || wish.starts(with: $0) } }
        minimumLanguageRank = vacancy.minimumLanguageLevel?.rank ?? -1
        place = vacancy.place.isEmpty ? nil : PlaceDistance.place(named: vacancy.place)
        kilometres = place.map { place in PlaceDistance.places.indices.map { PlaceDistance.kilometres($0, place) } } ?? []
        district = pool.districts[SearchFolding.fold(vacancy.district)] ?? -1
    }

    /// Kilometres from a client's place to the workplace; nil when either is unknown.
    func kilometres(from clientPlace: Int?) -> Int? {
        guard place != nil, let clientPlace else { return nil }
        return kilometres[clientPlace]
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

/// What one client holds of a vacancy: the slots their skills and certificates cover, the slots
/// their certificates alone cover, and whether their wishes fit the title. One value is reused
/// from client to client, so ranking allocates nothing per client.
struct Holdings {
    private var owned: [UInt64]
    private var certified: [UInt64]
    private(set) var wished = false

    init(_ profile: VacancyProfile) {
        owned = Array(repeating: 0, count: profile.words)
        certified = owned
    }

    mutating func collect(_ facts: CandidateFacts, in pool: CandidatePool, for profile: VacancyProfile) {
        let words = profile.words
        for word in 0..<words { owned[word] = 0; certified[word] = 0 }
        for term in Int(facts.skillStart)..<Int(facts.wishStart) {
            let row = Int(pool.termIds[term]) * words
            let isCertificate = term >= Int(facts.certificateStart)
            for word in 0..<words {
                let covered = profile.coverage[row + word]
                owned[word] |= covered
                if isCertificate { certified[word] |= covered }
            }
        }
        wished = false
        for term in Int(facts.wishStart)..<Int(facts.termEnd) where profile.wished[Int(pool.termIds[term])] {
            wished = true
            break
        }
    }

    /// Some skill or certificate covers the requirement.
    func owns(_ requirement: VacancyProfile.Requirement) -> Bool { owns(slot: requirement.slot) }

    /// Some certificate covers the requirement.
    func certifies(_ requirement: VacancyProfile.Requirement) -> Bool {
        certified[requirement.slot / 64] & (1 << UInt64(requirement.slot % 64)) != 0
    }

    /// Every skill the task needs is covered.
    func fits(_ task: VacancyProfile.Task) -> Bool { task.slots.allSatisfy(owns(slot:)) }

    private func owns(slot: Int) -> Bool { owned[slot / 64] & (1 << UInt64(slot % 64)) != 0 }
}
