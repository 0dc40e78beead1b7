/// Whose clients a query looks at.
public enum CaseloadScope: Hashable, Sendable {
    /// One coach's caseload (user name).
    case coach(String)
    /// Every client (supervisor, admin).
    case all
}

/// A facet of the caseload filter panel.
public enum CaseloadFacet: String, CaseIterable, Hashable, Sendable {
    /// `actief` (a running benefit, or in the caseload without one) or `uitgestroomd`.
    case status
    case rung = "trede"
    case expectedRung = "verwachte_trede"
    case targetGroup = "doelgroep"
    case barrier = "belemmering"
    case coach
    case overdue = "te_laat"
    case outOfView = "uit_beeld"
    /// Back on benefit within 12 months after leaving for work, flagged for `Relapse.signalDays`.
    case relapse = "terugval"
    case decision = "beslistermijn"
    case reassessment = "herbeoordeling"
    case exemption = "ontheffing"
    case instrument

    public var label: String { coreText("caseload.facet.\(rawValue)") }

    /// The facet of a worklist.
    public init?(_ kind: WorklistKind) {
        switch kind {
        case .decision: self = .decision
        case .reassessment: self = .reassessment
        case .exemption: self = .exemption
        case .outOfView: self = .outOfView
        }
    }

    /// The worklist a facet shows, if any.
    var worklist: WorklistKind? {
        switch self {
        case .decision: return .decision
        case .reassessment: return .reassessment
        case .exemption: return .exemption
        default: return nil
        }
    }
}

/// One value of a facet. `key` is a code: a rung number or `geen`, a target-group or barrier
/// code, a coach's user name, `ja`/`nee`, or an instrument id.
public struct FacetValue: Hashable, Sendable {
    public var facet: CaseloadFacet
    public var key: String

    public init(_ facet: CaseloadFacet, _ key: String) {
        self.facet = facet
        self.key = key
    }

    static let noneKey = "geen"
    static let yesKey = "ja"
    static let noKey = "nee"

    public static func rung(_ rung: Rung?) -> FacetValue { FacetValue(.rung, rung.map { String($0.rawValue) } ?? noneKey) }
    public static func expectedRung(_ rung: Rung?) -> FacetValue {
        FacetValue(.expectedRung, rung.map { String($0.rawValue) } ?? noneKey)
    }
    public static func targetGroup(_ group: TargetGroup) -> FacetValue { FacetValue(.targetGroup, group.rawValue) }
    public static func barrier(_ barrier: Barrier) -> FacetValue { FacetValue(.barrier, barrier.rawValue) }
    /// An empty user name stands for "no coach".
    public static func coach(_ userName: String) -> FacetValue { FacetValue(.coach, userName.isEmpty ? noneKey : userName) }
    public static func overdue(_ overdue: Bool) -> FacetValue { FacetValue(.overdue, overdue ? yesKey : noKey) }
    public static func outOfView(_ outOfView: Bool) -> FacetValue { FacetValue(.outOfView, outOfView ? yesKey : noKey) }
    public static func relapse(_ relapse: Bool) -> FacetValue { FacetValue(.relapse, relapse ? yesKey : noKey) }
    /// Where a client stands on a dated worklist (beslistermijn, herbeoordeling, ontheffing):
    /// `verlopen`, `binnenkort` or `geen`; uit beeld is `ja`/`nee`.
    public static func worklist(_ kind: WorklistKind, _ state: WorklistState?) -> FacetValue {
        guard let facet = CaseloadFacet(kind), facet != .outOfView else { return outOfView(state != nil) }
        return FacetValue(facet, state?.rawValue ?? noneKey)
    }
    public static func instrument(_ instrumentId: String) -> FacetValue { FacetValue(.instrument, instrumentId) }
    public static func status(active: Bool) -> FacetValue { FacetValue(.status, active ? activeKey : formerKey) }
    static let activeKey = "actief"
    static let formerKey = "uitgestroomd"
    /// The clients a coach works with: those on a running benefit and those without any benefit.
    public static let active = status(active: true)
}

/// A column the caseload can be sorted on. Empty values (no BSN, no contact, …) sort last in
/// both directions; equal values are ordered by name.
public enum CaseloadSortColumn: String, CaseIterable, Hashable, Sendable {
    case name = "naam"
    case bsn
    case rung = "trede"
    case expectedRung = "verwacht"
    case group = "groep"
    case lastContact = "laatste_contact"
    case nextActionDue = "volgende_actie"
    case age = "leeftijd"
    case coach

    public var label: String { coreText("caseload.column.\(rawValue)") }
}

/// What the caseload screen asks for on every keystroke.
public struct CaseloadQuery: Hashable, Sendable {
    public var scope: CaseloadScope
    /// Incremental search: name parts, BSN (whole or ≥ 4 digits), client id, postcode.
    public var text: String
    /// Selected values per facet: OR within a facet, AND across facets. An absent or empty
    /// set does not filter.
    public var filters: [CaseloadFacet: Set<String>]
    public var sort: CaseloadSortColumn
    public var ascending: Bool

    public init(scope: CaseloadScope = .all, text: String = "", filters: [CaseloadFacet: Set<String>] = [:],
                sort: CaseloadSortColumn = .name, ascending: Bool = true) {
        self.scope = scope
        self.text = text
        self.filters = filters
        self.sort = sort
        self.ascending = ascending
    }

    public func isSelected(_ value: FacetValue) -> Bool {
        filters[value.facet]?.contains(value.key) ?? false
    }

    /// Selects the value when it was not selected, else deselects it.
    /// The clients a coach works with in `scope` (flowed-out clients left out), sorted by name.
    public static func active(_ scope: CaseloadScope) -> CaseloadQuery {
        var query = CaseloadQuery(scope: scope)
        query.toggle(.active)
        return query
    }

    public mutating func toggle(_ value: FacetValue) {
        var selected = filters[value.facet] ?? []
        if selected.remove(value.key) == nil { selected.insert(value.key) }
        filters[value.facet] = selected.isEmpty ? nil : selected
    }

    public mutating func clearFilters(_ facet: CaseloadFacet? = nil) {
        if let facet { filters[facet] = nil } else { filters = [:] }
    }

    var activeFacets: [CaseloadFacet] {
        CaseloadFacet.allCases.filter { !(filters[$0]?.isEmpty ?? true) }
    }
}
