/// The checks of the intake forms, per field, in the current language: required fields per
/// step, BSN (elfproef, not another client's), dates (dd-mm-jjjj, none in the future where that
/// cannot be, a besluit not before its aanvraag), postcode, and the rules between fields
/// (an early aanvraag needs a reason, an exemption needs a reason and an end date, …).
public enum IntakeRules {
    /// Problems of every field of every step of the form.
    public static func problems(_ form: IntakeForm, data: Dataset, today: Day) -> [IntakeField: String] {
        var result: [IntakeField: String] = [:]
        for step in form.kind.steps {
            result.merge(problems(form, step: step, data: data, today: today)) { first, _ in first }
        }
        return result
    }

    /// Problems of the fields on `step`.
    public static func problems(_ form: IntakeForm, step: IntakeStep, data: Dataset, today: Day) -> [IntakeField: String] {
        check(form, step: step, data: data, today: today).problems
    }

    /// Problems of the fields on `step`, and which of its fields are required as the form is
    /// now (an exemption makes its reason and end date required).
    public static func check(_ form: IntakeForm, step: IntakeStep, data: Dataset, today: Day)
        -> (problems: [IntakeField: String], required: Set<IntakeField>) {
        var check = FieldChecks(form: form, today: today)
        switch step {
        case .melding: meldingRules(&check, data: data)
        case .decision: decisionRules(&check, data: data)
        case .person: personRules(&check, data: data)
        case .education:
            check.required(.education)
            check.required(.languageLevel)
        case .barriers, .route, .summary: break
        case .targetGroups:
            if form.flag(.statusHolder) {
                check.required(.countryOfOrigin)
                check.required(.inburgering)
            }
        case .workObligation:
            check.required(.workObligation)
            if let obligation = form.code(.workObligation, as: WorkObligation.self), obligation != .imposed {
                check.required(.exemptionReason)
                check.required(.exemptionEnd)
                check.date(.exemptionEnd, notBefore: today)
            }
        case .ladder:
            check.required(.startRung)
            check.required(.expectedRung)
            check.required(.expectedDate)
            if let target = check.date(.expectedDate), target <= today {
                check.fail(.expectedDate, coreText("intake.target_not_after_today", target.dutch))
            }
        case .coach:
            check.required(.coach)
            let coach = form.text(.coach)
            if !coach.isEmpty, data.users[coach]?.role != .coach {
                check.fail(.coach, coreText("validation.unknown_user", coach))
            }
        }
        return (check.problems, check.requiredFields)
    }

    private static func meldingRules(_ check: inout FieldChecks, data: Dataset) {
        let form = check.form
        check.pastDate(.meldingDate, required: true)
        check.bsn(required: false, ownClient: form[.linkedClient], data: data)
        check.required(.firstName)
        check.required(.lastName)
        check.pastDate(.birthDate, required: true)
        check.required(.channel)
        check.required(.question)
    }

    private static func decisionRules(_ check: inout FieldChecks, data: Dataset) {
        let form = check.form
        guard let melding = form.meldingId.flatMap({ data.meldingen[$0] }) else {
            check.fail(.applicationDate, coreText("intake.unknown_melding", form.meldingId ?? ""))
            return
        }
        let application = check.pastDate(.applicationDate, required: false)
        let hasNoApplicationReason = !form.isEmpty(.noApplicationReason)
        if form.isEmpty(.applicationDate) && !hasNoApplicationReason {
            check.fail(.applicationDate, coreText("intake.application_or_reason"))
        }
        if !form.isEmpty(.applicationDate) && hasNoApplicationReason {
            check.fail(.noApplicationReason, coreText("intake.reason_with_application"))
        }
        if let application, application < melding.date {
            check.fail(.applicationDate, coreText("validation.before_melding", application.dutch, melding.date.dutch))
        }
        if let application, let end = melding.searchPeriodEnd, application < end {
            check.required(.earlyReason, message: coreText("intake.early_application", end.dutch))
        }
        guard let decision = form.code(.decision, as: Decision.self) else { return }
        if form.isEmpty(.applicationDate) {
            check.fail(.decision, coreText("intake.decision_without_application"))
        }
        check.required(.decisionReason)
        if let decided = check.pastDate(.decisionDate, required: true), let application, decided < application {
            check.fail(.decisionDate, coreText("intake.decision_before_application", decided.dutch, application.dutch))
        }
        if decision == .granted, let application, let client = IntakeRecords.client(for: melding, in: data) {
            let period = BenefitPeriod(id: "", start: application)
            if let overlap = BenefitRules.overlaps(in: client.benefits + [period]).first {
                check.fail(.decision, overlap.problem.message)
            }
        }
    }

    private static func personRules(_ check: inout FieldChecks, data: Dataset) {
        let form = check.form
        check.bsn(required: true, ownClient: form.clientId ?? "", data: data)
        check.required(.firstName)
        check.required(.lastName)
        check.pastDate(.birthDate, required: true)
        check.required(.postcode)
        if !form.isEmpty(.postcode) {
            do { _ = try Validate.postcode(form[.postcode]) } catch { check.fail(.postcode, error.message) }
        }
        let email = form.text(.email)
        if !email.isEmpty, !isEmailAddress(email) { check.fail(.email, coreText("intake.email", email)) }
        check.required(.household)
        let children = form.text(.children)
        if !children.isEmpty, Int(children).map({ !(0...20).contains($0) }) ?? true {
            check.fail(.children, coreText("intake.children", children))
        }
    }

    /// Something before an @ and a dotted domain after it.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }
}

/// Collects the first problem per field.
struct FieldChecks {
    let form: IntakeForm
    let today: Day
    private(set) var problems: [IntakeField: String] = [:]
    private(set) var requiredFields: Set<IntakeField> = []

    init(form: IntakeForm, today: Day) {
        self.form = form
        self.today = today
    }

    mutating func fail(_ field: IntakeField, _ message: String) {
        if problems[field] == nil { problems[field] = message }
    }

    mutating func required(_ field: IntakeField, message: String = coreText("validation.required")) {
        requiredFields.insert(field)
        if form.isEmpty(field) { fail(field, message) }
    }

    /// The field's date; a problem when it is filled but not a (possible) date.
    @discardableResult
    mutating func date(_ field: IntakeField) -> Day? {
        guard !form.isEmpty(field) else { return nil }
        do {
            return try Validate.day(form.text(field))
        } catch {
            fail(field, error.message)
            return nil
        }
    }

    mutating func date(_ field: IntakeField, notBefore earliest: Day) {
        if let day = date(field), day < earliest { fail(field, coreText("intake.date_in_past", day.dutch)) }
    }

    /// A date that cannot lie after today (birth, melding, aanvraag, besluit).
    @discardableResult
    mutating func pastDate(_ field: IntakeField, required isRequired: Bool) -> Day? {
        if isRequired { required(field) }
        guard let day = date(field) else { return nil }
        if day > today {
            fail(field, field == .birthDate ? coreText("validation.birth_in_future", day.dutch) : coreText("intake.date_in_future", day.dutch))
            return nil
        }
        return day
    }

    /// Nine digits, elfproef, and not the BSN of another client than `ownClient`.
    mutating func bsn(required isRequired: Bool, ownClient: String, data: Dataset) {
        if isRequired { required(.bsn) }
        guard !form.isEmpty(.bsn) else { return }
        let bsn: String
        do { bsn = try Validate.bsn(form[.bsn]) } catch {
            fail(.bsn, error.message)
            return
        }
        if let other = data.clients.values.first(where: { $0.bsn == bsn && $0.id != ownClient }) {
            fail(.bsn, coreText("intake.bsn_of_other", other.id, other.listName))
        }
    }
}
