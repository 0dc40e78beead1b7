import Foundation

/// The clients a matcher ranks, prepared once: their facts as plain values in Dutch name order,
/// with skills, certificates and wish words interned to ids, so that ranking a vacancy compares
/// integers and touches no text, no `Client` and no reference counts.
struct CandidatePool: Sendable {
    /// Every prepared client, by Dutch name then id; read only to explain a fit.
    let clients: [Client]
    let facts: [CandidateFacts]
    /// Per client (see `CandidateFacts`): skill ids, then certificate ids (both ids of `skills`),
    /// then wish word ids (ids of `wishWords`).
    let termIds: [Int32]
    /// Folded skills and certificates by id.
    let skills: [[UInt8]]
    /// Folded words of the wishes (four letters or more) by id.
    let wishWords: [[UInt8]]
    /// Running placements and pending proposals of the clients that have any.
    let pending: [Pending]
    /// Coach user name → the id in `CandidateFacts.coach`.
    let coaches: [String: Int32]
    /// Folded district → the id in `CandidateFacts.district`.
    let districts: [[UInt8]: Int32]

    struct Pending: Sendable {
        var running: [Placement]
        var proposals: [Proposal]
    }

    init(_ unsorted: [Client], dataset: Dataset, today: Day) {
        var running: [String: [Placement]] = [:]
        for placement in dataset.placements.values where placement.end == nil { running[placement.clientId, default: []].append(placement) }
        var proposals: [String: [Proposal]] = [:]
        for proposal in dataset.proposals.values where proposal.isPending { proposals[proposal.clientId, default: []].append(proposal) }

        let order = CandidatePool.nameOrder(unsorted)
        let outOfViewDays = dataset.settings.outOfViewWeeks * 7
        var interner = Interner()
        var facts: [CandidateFacts] = []
        facts.reserveCapacity(unsorted.count)
        var pending: [Pending] = []
        for index in order {
            let client = unsorted[index]
            var pendingIndex: Int32 = -1
            let clientRunning = running[client.id] ?? [], clientProposals = proposals[client.id] ?? []
            if !clientRunning.isEmpty || !clientProposals.isEmpty {
                pendingIndex = Int32(pending.count)
                pending.append(Pending(running: clientRunning.sorted { $0.id < $1.id }, proposals: clientProposals.sorted { $0.id < $1.id }))
            }
            facts.append(CandidateFacts(client, interner: &interner, pending: pendingIndex, today: today, outOfViewDays: outOfViewDays))
        }
        clients = order.map { unsorted[$0] }
        self.facts = facts
        self.pending = pending
        termIds = interner.termIds
        skills = interner.skills.terms
        wishWords = interner.wishWords.terms
        coaches = interner.coaches
        districts = interner.districts.ids
    }

    /// The indices of `clients` by Dutch name (`CaseloadRow.sortBytes`), then id. The names are
    /// folded into one buffer and compared in place.
    private static func nameOrder(_ clients: [Client]) -> [Int] {
        var bytes: [UInt8] = []
        var starts = [0]
        starts.reserveCapacity(clients.count + 1)
        for client in clients {
            bytes.append(contentsOf: CaseloadRow.sortBytes(client))
            starts.append(bytes.count)
        }
        return bytes.withUnsafeBufferPointer { buffer in
            clients.indices.sorted { a, b in
                let x = UnsafeBufferPointer(rebasing: buffer[starts[a]..<starts[a + 1]])
                let y = UnsafeBufferPointer(rebasing: buffer[starts[b]..<starts[b + 1]])
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                if order != 0 { return order < 0 }
                if x.count != y.count { return x.count < y.count }
                return clients[a].id < clients[b].id
            }
        }
    }
}

/// What ranking needs of one client, as plain values without references.
struct CandidateFacts: Sendable {
    let rung: Rung?
    /// The date of the observation the rung comes from.
    let rungDate: Day?
    let lastContact: Day?
    let profileConfirmed: Day?
    let hoursAvailable: Int?
    let languageLevel: LanguageLevel?
    /// `languageLevel.rank` (-1: unknown), so that ranking does not compute it per vacancy.
    let languageRank: Int
    /// The client's place in `PlaceDistance`, from the postcode.
    let place: Int?
    /// Ids in `CandidatePool.districts` and `.coaches`.
    let district: Int32
    let coach: Int32
    let barriers: MatchBarriers
    let drivingLicence: Bool
    let fullExemption: Bool
    let outOfView: Bool
    /// Confirmed within `ProfileConfirmation.months`.
    let profileIsConfirmed: Bool
    /// The client's ids in `CandidatePool.termIds`: skills from `skillStart`, certificates from
    /// `certificateStart`, wish words from `wishStart` up to `termEnd`.
    let skillStart: Int32
    let certificateStart: Int32
    let wishStart: Int32
    let termEnd: Int32
    /// Index in `CandidatePool.pending`, or -1.
    let pending: Int32

    fileprivate init(_ client: Client, interner: inout Interner, pending: Int32, today: Day, outOfViewDays: Int) {
        let position = client.ladderPosition
        rung = position.current
        rungDate = (position.actual ?? position.start)?.date
        lastContact = client.lastContact
        profileConfirmed = client.profileConfirmed
        hoursAvailable = client.hoursAvailable
        languageLevel = client.languageLevel
        languageRank = client.languageLevel?.rank ?? -1
        place = PlaceDistance.place(postcode: client.postcode)
        district = interner.district(client.district)
        coach = interner.coach(client.coach)
        barriers = MatchBarriers(client.barriers)
        drivingLicence = client.drivingLicence
        fullExemption = client.workObligation == .fullExemption
        outOfView = client.hasNoContact(forMoreThan: outOfViewDays, on: today)
        profileIsConfirmed = client.hasConfirmedProfile(on: today)
        skillStart = Int32(interner.termIds.count)
        for skill in client.skills { interner.termIds.append(interner.skills.id(of: skill)) }
        certificateStart = Int32(interner.termIds.count)
        for certificate in client.certificates { interner.termIds.append(interner.skills.id(of: certificate)) }
        wishStart = Int32(interner.termIds.count)
        interner.termIds.append(contentsOf: interner.wishes(client.wishes))
        termEnd = Int32(interner.termIds.count)
        self.pending = pending
    }
}

/// The barriers that weigh in a match.
struct MatchBarriers: OptionSet, Sendable {
    let rawValue: UInt8
    static let transport = MatchBarriers(rawValue: 1)
    static let language = MatchBarriers(rawValue: 2)
    /// Care tasks or childcare.
    static let care = MatchBarriers(rawValue: 4)
    static let physical = MatchBarriers(rawValue: 8)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ barriers: [Barrier]) {
        var flags: MatchBarriers = []
        for barrier in barriers {
            switch barrier {
            case .transport: flags.insert(.transport)
            case .language: flags.insert(.language)
            case .careTasks, .childcare: flags.insert(.care)
            case .physical: flags.insert(.physical)
            default: break
            }
        }
        self = flags
    }
}

/// Folded texts by id, each distinct text folded once.
struct TermTable {
    private(set) var terms: [[UInt8]] = []
    private(set) var ids: [[UInt8]: Int32] = [:]
    private var byText: [String: Int32] = [:]

    mutating func id(of text: String) -> Int32 {
        if let id = byText[text] { return id }
        let id = id(folded: SearchFolding.fold(text))
        byText[text] = id
        return id
    }

    mutating func id(folded: [UInt8]) -> Int32 {
        if let id = ids[folded] { return id }
        let id = Int32(terms.count)
        terms.append(folded)
        ids[folded] = id
        return id
    }
}

/// Interns the texts of the clients while a pool is prepared.
private struct Interner {
    var termIds: [Int32] = []
    var skills = TermTable()
    var wishWords = TermTable()
    var districts = TermTable()
    var coaches: [String: Int32] = [:]
    private var wishesByText: [String: [Int32]] = [:]

    mutating func district(_ text: String) -> Int32 { districts.id(of: text) }

    mutating func coach(_ name: String) -> Int32 {
        if let id = coaches[name] { return id }
        let id = Int32(coaches.count)
        coaches[name] = id
        return id
    }

    /// The ids of the words of four letters or more in `wishes`.
    mutating func wishes(_ text: String) -> [Int32] {
        if let ids = wishesByText[text] { return ids }
        let ids = SearchText(text).words.map(\.bytes).filter { $0.count >= 4 }.map { wishWords.id(folded: $0) }
        wishesByText[text] = ids
        return ids
    }
}
