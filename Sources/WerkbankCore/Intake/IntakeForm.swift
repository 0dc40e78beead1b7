/// What an intaker has typed into one intake form, as text per field (exactly what the screen
/// shows), plus the records the form is about. Stored as a `Draft` between sessions.
/// Lists are `,`-separated codes; a ticked box is `ja`.
public struct IntakeForm: Equatable, Sendable {
    public var kind: IntakeFormKind
    /// The melding a besluit form decides (and, for the wizard, the melding that led to it).
    public var meldingId: String?
    /// The client the wizard completes.
    public var clientId: String?
    public var values: [IntakeField: String]
    /// Index into `kind.steps` of the step on screen.
    public var step: Int

    public static let yes = "ja"

    public init(kind: IntakeFormKind, meldingId: String? = nil, clientId: String? = nil,
                values: [IntakeField: String] = [:], step: Int = 0) {
        self.kind = kind; self.meldingId = meldingId; self.clientId = clientId; self.values = values; self.step = step
    }

    public subscript(field: IntakeField) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue.isEmpty ? nil : newValue }
    }

    /// The value without surrounding spaces.
    public func text(_ field: IntakeField) -> String { self[field].trimmingCharacters(in: .whitespaces) }

    public func isEmpty(_ field: IntakeField) -> Bool { text(field).isEmpty }

    /// The date in the field, nil when empty or not a date.
    public func day(_ field: IntakeField) -> Day? {
        if case .day(let day) = DayParser.parse(self[field]) { return day }
        return nil
    }

    public func code<C: CodeList>(_ field: IntakeField, as type: C.Type) -> C? { C(code: self[field]) }

    /// The codes of a list field that are known (unknown ones are dropped).
    public func codes<C: CodeList>(_ field: IntakeField, as type: C.Type) -> [C] {
        self[field].split(separator: ",").compactMap { C(code: String($0)) }
    }

    public mutating func setCodes<C: CodeList>(_ field: IntakeField, _ codes: [C]) {
        self[field] = codes.map(\.code).joined(separator: ",")
    }

    public func flag(_ field: IntakeField) -> Bool { self[field] == IntakeForm.yes }

    public mutating func setFlag(_ field: IntakeField, _ on: Bool) { self[field] = on ? IntakeForm.yes : "" }

    public func rung(_ field: IntakeField) -> Rung? { Int(text(field)).flatMap(Rung.init(rawValue:)) }

    /// The person's name as typed: "Jan de Vries".
    public var personName: String {
        DutchName.fullName(first: text(.firstName), infix: text(.infix), last: text(.lastName))
    }
}

// MARK: Draft (de)serialisation

extension IntakeForm {
    private static let meldingKey = "_melding"
    private static let clientKey = "_klant"

    /// The form as a draft record of `user`; `updated` is a timestamp text.
    public func draft(id: String, user: String, updated: String) -> Draft {
        var fields = Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) })
        fields[IntakeForm.meldingKey] = meldingId
        fields[IntakeForm.clientKey] = clientId
        return Draft(id: id, user: user, kind: kind.rawValue, updated: updated, step: step, fields: fields)
    }

    /// The form stored in `draft`; nil when the draft is not an intake form. Unknown field keys
    /// (from a newer version) are dropped, a step out of range becomes the first.
    public init?(draft: Draft) {
        guard let kind = IntakeFormKind(rawValue: draft.kind) else { return nil }
        var values: [IntakeField: String] = [:]
        for (key, value) in draft.fields {
            if let field = IntakeField(rawValue: key), !value.isEmpty { values[field] = value }
        }
        let step = kind.steps.indices.contains(draft.step) ? draft.step : 0
        self.init(kind: kind, meldingId: draft.fields[IntakeForm.meldingKey], clientId: draft.fields[IntakeForm.clientKey],
                  values: values, step: step)
    }
}
