/// Turns completed intake forms into records: the melding, the besluit with the benefit period
/// it starts (and the client record when there was none), and the client after the wizard with
/// its start and expected ladder observations. The caller checks `IntakeRules` first and
/// commits the changes as one journaled edit.
public enum IntakeRecords {
    /// A new melding from the melding form.
    public static func melding(from form: IntakeForm, id: String, by user: String) -> Melding {
        let bsn = form.text(.bsn)
        return Melding(id: id, clientId: form.isEmpty(.linkedClient) ? nil : form.text(.linkedClient),
                       date: form.day(.meldingDate) ?? Day(ordinal: 0), channel: form.text(.channel),
                       question: form.text(.question), name: form.personName, birthDate: form.day(.birthDate),
                       bsn: bsn.isEmpty ? nil : bsn, by: user)
    }

    /// The client a melding is about: the linked one, else the one with the melding's BSN.
    public static func client(for melding: Melding, in data: Dataset) -> Client? {
        if let id = melding.clientId, let client = data.clients[id] { return client }
        guard let bsn = melding.bsn, !bsn.isEmpty else { return nil }
        return data.clients.values.first { $0.bsn == bsn }
    }

    /// The besluit form applied to its melding. A granted decision adds a benefit period from
    /// the aanvraag date to the client, made from the melding's person when there is no client
    /// record yet; the changes are the melding and, when granted, that client.
    public static func decide(_ form: IntakeForm, melding original: Melding, data: Dataset) -> [Change] {
        var melding = original
        melding.applicationDate = form.day(.applicationDate)
        melding.earlyApplicationReason = melding.applicationDate == nil ? "" : form.text(.earlyReason)
        melding.noApplicationReason = melding.applicationDate == nil ? form.code(.noApplicationReason, as: NoApplicationReason.self) : nil
        melding.decision = melding.applicationDate == nil ? nil : form.code(.decision, as: Decision.self)
        melding.decisionDate = melding.decision == nil ? nil : form.day(.decisionDate)
        melding.decisionReason = melding.decision == nil ? "" : form.text(.decisionReason)
        guard melding.decision == .granted, let start = melding.applicationDate else { return [.putMelding(melding)] }
        var client = client(for: melding, in: data) ?? newClient(from: melding, data: data)
        client.benefits.append(BenefitPeriod(id: IntakeRecordIDs.next(in: client.id, letter: "u", used: client.benefits.map(\.id)),
                                             start: start))
        melding.clientId = client.id
        return [.putMelding(melding), .putClient(client)]
    }

    static func newClient(from melding: Melding, data: Dataset) -> Client {
        let name = IntakeNameParts.split(melding.name)
        return Client(id: IntakeRecordIDs.next(prefix: "K", existing: data.clients.keys), bsn: melding.bsn,
                      firstName: name.first, infix: name.infix, lastName: name.last, birthDate: melding.birthDate)
    }

    /// The wizard's fields for a client: what the record already holds, derived target groups
    /// left out (the wizard shows them itself).
    public static func intakeForm(for client: Client, meldingId: String?) -> IntakeForm {
        var form = IntakeForm(kind: .intake, meldingId: meldingId, clientId: client.id)
        form[.bsn] = client.bsn ?? ""
        form[.firstName] = client.firstName
        form[.infix] = client.infix
        form[.lastName] = client.lastName
        form[.birthDate] = client.birthDate?.dutch ?? ""
        form[.postcode] = client.postcode
        form[.address] = client.address
        form[.phone] = client.phone
        form[.email] = client.email
        form[.household] = client.household?.code ?? ""
        form[.children] = client.children > 0 ? String(client.children) : ""
        form[.education] = client.education?.code ?? ""
        form[.workExperience] = client.workExperience
        form[.languageLevel] = client.languageLevel?.code ?? ""
        form.setFlag(.drivingLicence, client.drivingLicence)
        form[.certificates] = client.certificates.joined(separator: ", ")
        form.setCodes(.barriers, client.barriers)
        for (field, group) in IntakeDerived.askedTargetGroups { form.setFlag(field, client.targetGroups.contains(group)) }
        form[.countryOfOrigin] = client.countryOfOrigin
        form[.inburgering] = client.inburgering
        form[.workObligation] = client.workObligation?.code ?? ""
        form[.exemptionReason] = client.exemptionReason
        form[.exemptionEnd] = client.exemptionEnd?.dutch ?? ""
        form.setCodes(.routes, client.routes)
        form[.coach] = client.coach
        return form
    }

    /// The client with everything the wizard recorded: person, education, barriers, target
    /// groups (derived on `today` plus the ticked ones), work obligation, routes, coach, and a
    /// `start` and a `verwacht` ladder observation dated `today` by `user`.
    public static func completeIntake(_ form: IntakeForm, client original: Client, by user: String, today: Day) -> Client {
        var client = original
        client.bsn = form.text(.bsn)
        client.firstName = form.text(.firstName)
        client.infix = form.text(.infix)
        client.lastName = form.text(.lastName)
        client.birthDate = form.day(.birthDate)
        client.postcode = (try? Validate.postcode(form[.postcode])) ?? form.text(.postcode)
        client.address = form.text(.address)
        client.phone = form.text(.phone)
        client.email = form.text(.email)
        client.household = form.code(.household, as: Household.self)
        client.children = Int(form.text(.children)) ?? 0
        client.education = form.code(.education, as: EducationLevel.self)
        client.workExperience = form.text(.workExperience)
        client.languageLevel = form.code(.languageLevel, as: LanguageLevel.self)
        client.drivingLicence = form.flag(.drivingLicence)
        client.certificates = form[.certificates].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        client.barriers = form.codes(.barriers, as: Barrier.self)
        let kept = client.targetGroups.filter { group in
            group != .youth && group != .over50 && !IntakeDerived.askedTargetGroups.contains { $0.group == group }
        }
        let asked = IntakeDerived.askedTargetGroups.filter { form.flag($0.field) }.map(\.group)
        client.targetGroups = IntakeDerived.targetGroups(birthDate: client.birthDate, on: today) + asked + kept
        client.countryOfOrigin = form.flag(.statusHolder) ? form.text(.countryOfOrigin) : ""
        client.inburgering = form.flag(.statusHolder) ? form.text(.inburgering) : ""
        client.workObligation = form.code(.workObligation, as: WorkObligation.self)
        let exempt = client.workObligation != nil && client.workObligation != .imposed
        client.exemptionReason = exempt ? form.text(.exemptionReason) : ""
        client.exemptionEnd = exempt ? form.day(.exemptionEnd) : nil
        client.routes = form.codes(.routes, as: Route.self)
        client.coach = form.text(.coach)
        if let start = form.rung(.startRung) {
            client.ladder.append(LadderObservation(id: IntakeRecordIDs.next(in: client.id, letter: "t", used: client.ladder.map(\.id)),
                                                   date: today, kind: .start, rung: start, by: user, reason: coreText("intake.ladder_reason")))
        }
        if let expected = form.rung(.expectedRung) {
            client.ladder.append(LadderObservation(id: IntakeRecordIDs.next(in: client.id, letter: "t", used: client.ladder.map(\.id)),
                                                   date: today, kind: .expected, rung: expected, by: user,
                                                   reason: coreText("intake.ladder_reason"), targetDate: form.day(.expectedDate)))
        }
        return client
    }
}
