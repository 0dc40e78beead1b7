/// The client fields a command sets one by one (`Change.setField`). The raw value is the field's
/// name in the client record's JSON and in the journal. Values are language-neutral texts: codes,
/// ISO dates, numbers, `true`/`false`; lists for the multi-valued fields; nil when empty.
public enum ClientField: String, Codable, CaseIterable, Sendable {
    case firstName, infix, lastName, bsn, birthDate, address, postcode, district, phone, email
    case household, children
    case education, workExperience, languageLevel, drivingLicence, skills, certificates, wishes, hoursAvailable
    case targetGroups, barriers, countryOfOrigin, inburgering
    case workObligation, exemptionReason, exemptionEnd
    case routes, wageValueAssessment
    case coach
    /// The day the profile was last confirmed with the client ("beschikbaarheid bevestigen").
    case profileConfirmed

    /// Private values: the history says "gewijzigd" without showing them.
    public var isPrivate: Bool { self == .bsn || self == .phone || self == .email }

    /// The field's name for people ("postcode", "telefoon").
    public var label: String { coreText("field.\(rawValue)") }

    /// The field's value in `client`.
    public func value(in client: Client) -> FieldValue? {
        switch self {
        case .firstName: return Self.text(client.firstName)
        case .infix: return Self.text(client.infix)
        case .lastName: return Self.text(client.lastName)
        case .bsn: return Self.text(client.bsn ?? "")
        case .birthDate: return client.birthDate.map { .text($0.iso) }
        case .address: return Self.text(client.address)
        case .postcode: return Self.text(client.postcode)
        case .district: return Self.text(client.district)
        case .phone: return Self.text(client.phone)
        case .email: return Self.text(client.email)
        case .household: return client.household.map { .text($0.code) }
        case .children: return .text(String(client.children))
        case .education: return client.education.map { .text($0.code) }
        case .workExperience: return Self.text(client.workExperience)
        case .languageLevel: return client.languageLevel.map { .text($0.code) }
        case .drivingLicence: return .text(client.drivingLicence ? "true" : "false")
        case .skills: return Self.list(client.skills)
        case .certificates: return Self.list(client.certificates)
        case .wishes: return Self.text(client.wishes)
        case .hoursAvailable: return client.hoursAvailable.map { .text(String($0)) }
        case .targetGroups: return Self.list(client.targetGroups.map(\.code))
        case .barriers: return Self.list(client.barriers.map(\.code))
        case .countryOfOrigin: return Self.text(client.countryOfOrigin)
        case .inburgering: return Self.text(client.inburgering)
        case .workObligation: return client.workObligation.map { .text($0.code) }
        case .exemptionReason: return Self.text(client.exemptionReason)
        case .exemptionEnd: return client.exemptionEnd.map { .text($0.iso) }
        case .routes: return Self.list(client.routes.map(\.code))
        case .wageValueAssessment: return client.wageValueAssessment.map { .text($0.iso) }
        case .coach: return Self.text(client.coach)
        case .profileConfirmed: return client.profileConfirmed.map { .text($0.iso) }
        }
    }

    /// Sets the field in `client` to `value` (nil empties it). A value that does not read as the
    /// field's type (a code a newer version added) empties the field rather than failing replay.
    public func set(_ value: FieldValue?, in client: inout Client) {
        let text: String = { if case .text(let text) = value { return text }; return "" }()
        let list: [String] = { if case .list(let items) = value { return items }; return [] }()
        switch self {
        case .firstName: client.firstName = text
        case .infix: client.infix = text
        case .lastName: client.lastName = text
        case .bsn: client.bsn = text.isEmpty ? nil : text
        case .birthDate: client.birthDate = Day(parsing: text)
        case .address: client.address = text
        case .postcode: client.postcode = text
        case .district: client.district = text
        case .phone: client.phone = text
        case .email: client.email = text
        case .household: client.household = Household(rawValue: text)
        case .children: client.children = Int(text) ?? 0
        case .education: client.education = EducationLevel(rawValue: text)
        case .workExperience: client.workExperience = text
        case .languageLevel: client.languageLevel = LanguageLevel(rawValue: text)
        case .drivingLicence: client.drivingLicence = text == "true"
        case .skills: client.skills = list
        case .certificates: client.certificates = list
        case .wishes: client.wishes = text
        case .hoursAvailable: client.hoursAvailable = Int(text)
        case .targetGroups: client.targetGroups = list.compactMap(TargetGroup.init(rawValue:))
        case .barriers: client.barriers = list.compactMap(Barrier.init(rawValue:))
        case .countryOfOrigin: client.countryOfOrigin = text
        case .inburgering: client.inburgering = text
        case .workObligation: client.workObligation = WorkObligation(rawValue: text)
        case .exemptionReason: client.exemptionReason = text
        case .exemptionEnd: client.exemptionEnd = Day(parsing: text)
        case .routes: client.routes = list.compactMap(Route.init(rawValue:))
        case .wageValueAssessment: client.wageValueAssessment = Day(parsing: text)
        case .coach: client.coach = text
        case .profileConfirmed: client.profileConfirmed = Day(parsing: text)
        }
    }

    /// `value` for people: codes as their labels, dates as dd-mm-jjjj, yes/no; "—" when empty.
    public func display(_ value: FieldValue?) -> String {
        switch value {
        case nil: return "—"
        case .list(let items): return items.map { displayText($0) }.joined(separator: ", ")
        case .text(let text): return text.isEmpty ? "—" : displayText(text)
        }
    }

    private func displayText(_ text: String) -> String {
        switch self {
        case .birthDate, .exemptionEnd, .wageValueAssessment, .profileConfirmed: return Day(parsing: text)?.dutch ?? text
        case .drivingLicence: return coreText(text == "true" ? "change.yes" : "change.no")
        case .household: return Household(rawValue: text)?.label ?? text
        case .education: return EducationLevel(rawValue: text)?.label ?? text
        case .languageLevel: return LanguageLevel(rawValue: text)?.label ?? text
        case .workObligation: return WorkObligation(rawValue: text)?.label ?? text
        case .targetGroups: return TargetGroup(rawValue: text)?.label ?? text
        case .barriers: return Barrier(rawValue: text)?.label ?? text
        case .routes: return Route(rawValue: text)?.label ?? text
        default: return text
        }
    }

    private static func text(_ text: String) -> FieldValue? { text.isEmpty ? nil : .text(text) }
    private static func list(_ items: [String]) -> FieldValue? { items.isEmpty ? nil : .list(items) }
}

extension Client {
    /// The item of `kind` with `id`, nil when there is none. A note whose text is in the notes
    /// file (`NoteRef.Place.stored`) is not in memory either: nil (`hasItem` tells it is there).
    public func item(_ kind: ClientItem.Kind, id: String) -> ClientItem? {
        switch kind {
        case .ladder: return ladder.first { $0.id == id }.map(ClientItem.ladder)
        case .note: return notes.first { $0.id == id }?.held.map(ClientItem.note)
        case .action: return actions.first { $0.id == id }.map(ClientItem.action)
        case .deployment: return deployments.first { $0.id == id }.map(ClientItem.deployment)
        case .benefit: return benefits.first { $0.id == id }.map(ClientItem.benefit)
        }
    }

    /// Whether the client has an item of `kind` with `id`.
    public func hasItem(_ kind: ClientItem.Kind, id: String) -> Bool {
        kind == .note ? notes.contains { $0.id == id } : item(kind, id: id) != nil
    }

    /// Adds `item`, or replaces the item of its kind with its id.
    mutating func insert(_ item: ClientItem) {
        func upsert<T: Identifiable>(_ value: T, into list: inout [T]) where T.ID == String {
            if let index = list.firstIndex(where: { $0.id == value.id }) { list[index] = value } else { list.append(value) }
        }
        switch item {
        case .ladder(let value): upsert(value, into: &ladder)
        case .note(let value): notes.upsert(value)
        case .action(let value): upsert(value, into: &actions)
        case .deployment(let value): upsert(value, into: &deployments)
        case .benefit(let value): upsert(value, into: &benefits)
        }
    }

    mutating func removeItem(_ kind: ClientItem.Kind, id: String) {
        switch kind {
        case .ladder: ladder.removeAll { $0.id == id }
        case .note: notes.remove(id: id)
        case .action: actions.removeAll { $0.id == id }
        case .deployment: deployments.removeAll { $0.id == id }
        case .benefit: benefits.removeAll { $0.id == id }
        }
    }
}
