/// A request for assistance (melding), the application (aanvraag) that may follow and its decision (besluit).
public struct Melding: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// Empty when no client record was made.
    public var clientId: String?
    public var date: Day
    /// How the melding came in (balie, telefoon, digitaal, …).
    public var channel: String
    public var question: String
    /// For a melding without a client record: who asked.
    public var name: String
    public var birthDate: Day?
    /// For a melding without a client record: the BSN given, if any (nil in older data).
    public var bsn: String?
    public var applicationDate: Day?
    /// Why an aanvraag was made before the end of the zoektijd (under 27).
    public var earlyApplicationReason: String
    public var noApplicationReason: NoApplicationReason?
    public var decision: Decision?
    public var decisionDate: Day?
    public var decisionReason: String
    public var by: String

    public init(id: String, clientId: String? = nil, date: Day, channel: String = "", question: String = "",
                name: String = "", birthDate: Day? = nil, bsn: String? = nil, applicationDate: Day? = nil,
                earlyApplicationReason: String = "", noApplicationReason: NoApplicationReason? = nil,
                decision: Decision? = nil, decisionDate: Day? = nil, decisionReason: String = "", by: String = "") {
        self.id = id; self.clientId = clientId; self.date = date; self.channel = channel; self.question = question
        self.name = name; self.birthDate = birthDate; self.bsn = bsn; self.applicationDate = applicationDate
        self.earlyApplicationReason = earlyApplicationReason; self.noApplicationReason = noApplicationReason
        self.decision = decision; self.decisionDate = decisionDate; self.decisionReason = decisionReason; self.by = by
    }

    /// Under 27: the aanvraag can be made four weeks after the melding (zoektijd).
    public func searchPeriodEnd(age: Int?) -> Day? {
        guard let age, age < 27 else { return nil }
        return date.adding(days: 28)
    }
}

/// Someone who works with werkbank.
public struct User: Codable, Hashable, Sendable, Identifiable {
    public var id: String { name }
    /// Login name (the coach column of klanten.csv).
    public var name: String
    public var displayName: String
    public var role: UserRole
    /// The OS login this user works under; when set, only that login can work as this user
    /// (an admin bound to their own login may act for them). Nil: not bound (older data).
    public var login: String?

    public init(name: String, displayName: String, role: UserRole, login: String? = nil) {
        self.name = name; self.displayName = displayName; self.role = role; self.login = login
    }
}

/// A form in progress (intake), saved on every step so nothing typed is lost.
public struct Draft: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var user: String
    public var kind: String
    public var updated: String
    public var step: Int
    public var fields: [String: String]

    public init(id: String, user: String, kind: String, updated: String, step: Int = 0, fields: [String: String] = [:]) {
        self.id = id; self.user = user; self.kind = kind; self.updated = updated; self.step = step; self.fields = fields
    }
}
