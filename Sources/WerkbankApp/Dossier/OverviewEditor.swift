import TerminalUI
import WerkbankCore

/// The editing form of each Overzicht section. Saving compares the form with the client,
/// builds the summary from the changed fields and commits one `putClient` edit.
struct OverviewEditor {
    let context: DossierContext
    let client: Client

    private var glyphs: Glyphs { context.glyphs }
    private func field(_ key: String) -> String { appText("dossier.field.\(key)") }
    /// "Postcode" → "postcode" for the summary; abbreviations (BSN) stay.
    private func lower(_ key: String) -> String {
        let label = field(key)
        let firstWord = label.prefix { $0 != " " }
        return firstWord.count > 1 && firstWord == firstWord.uppercased() ? label : label.prefix(1).lowercased() + label.dropFirst()
    }

    /// The form for `section`; nil for the benefit periods (read only).
    func form(for section: OverviewSection) -> EditForm? {
        let form = EditForm(title: appText("dossier.edit_title", section.title), glyphs: glyphs)
        let apply: (inout Client, inout ChangeSummary) -> Void
        switch section {
        case .person: apply = personFields(form)
        case .household: apply = householdFields(form)
        case .work: apply = workFields(form)
        case .groups: apply = groupFields(form)
        case .obligation: apply = obligationFields(form)
        case .routes: apply = routeFields(form)
        case .benefits: return nil
        }
        form.onSave = { [context, client] in
            var updated = client
            var summary = ChangeSummary()
            apply(&updated, &summary)
            guard !summary.isEmpty else {
                context.say(appText("dossier.no_changes"), severity: .text)
                return true
            }
            return context.save(updated, summary: summary.text)
        }
        return form
    }

    // MARK: Sections

    private func personFields(_ form: EditForm) -> (inout Client, inout ChangeSummary) -> Void {
        let today = context.today
        let first = form.add(field("first_name"), TextInput(client.firstName, maxLength: 60, glyphs: glyphs), required: true)
        let infix = form.add(field("infix"), TextInput(client.infix, maxLength: 20, glyphs: glyphs))
        let last = form.add(field("last_name"), TextInput(client.lastName, maxLength: 80, glyphs: glyphs), required: true)
        let bsn = form.add("BSN", TextInput.bsn(client.bsn ?? "", glyphs: glyphs), required: client.bsn != nil)
        bsn.addRule { [unowned bsn, context, client] in
            guard !bsn.text.isEmpty, bsn.text != client.bsn,
                  let other = context.model.data.clients.values.first(where: { $0.bsn == bsn.text && $0.id != client.id }) else { return nil }
            return coreText("validation.bsn_shared", other.id)
        }
        let birth = form.add(field("birth_date"), DateInput(client.birthDate, glyphs: glyphs,
                                                             notAfter: (today, { coreText("validation.birth_in_future", $0.dutch) })))
        let address = form.add(field("address"), TextInput(client.address, maxLength: 120, glyphs: glyphs))
        let postcode = form.add(field("postcode"), TextInput.postcode(client.postcode, glyphs: glyphs))
        let district = form.add(field("district"), TextInput(client.district, maxLength: 60, glyphs: glyphs))
        let phone = form.add(field("phone"), TextInput(client.phone, maxLength: 30, glyphs: glyphs))
        let email = form.add(field("email"), TextInput.email(client.email, glyphs: glyphs))
        return { [self] c, s in
            s.compare(lower("first_name"), c.firstName, first.text); c.firstName = first.text
            s.compare(lower("infix"), c.infix, infix.text); c.infix = infix.text
            s.compare(lower("last_name"), c.lastName, last.text); c.lastName = last.text
            let newBSN = bsn.text.isEmpty ? nil : bsn.text
            s.compare("BSN", c.bsn, newBSN, showsValues: false) { $0 }; c.bsn = newBSN
            s.compare(lower("birth_date"), c.birthDate, birth.day) { $0.dutch }; c.birthDate = birth.day
            s.compare(lower("address"), c.address, address.text); c.address = address.text
            s.compare(lower("postcode"), c.postcode, postcode.text); c.postcode = postcode.text
            s.compare(lower("district"), c.district, district.text); c.district = district.text
            s.compare(lower("phone"), c.phone, phone.text, showsValues: false); c.phone = phone.text
            s.compare(lower("email"), c.email, email.text, showsValues: false); c.email = email.text
        }
    }

    private func householdFields(_ form: EditForm) -> (inout Client, inout ChangeSummary) -> Void {
        let household = form.add(field("household"), ChoiceInput(Household.self, selected: client.household,
                                                                   noneLabel: appText("dossier.unknown"), glyphs: glyphs))
        let children = form.add(field("children"), NumberInput(client.children, range: 0...20, glyphs: glyphs), required: true)
        return { [self] c, s in
            s.compare(lower("household"), c.household, household.value) { $0.label }; c.household = household.value
            let count = children.value ?? 0
            s.compare(lower("children"), String(c.children), String(count)); c.children = count
        }
    }

    private func workFields(_ form: EditForm) -> (inout Client, inout ChangeSummary) -> Void {
        let education = form.add(field("education"), ChoiceInput(EducationLevel.self, selected: client.education,
                                                                   noneLabel: appText("dossier.unknown"), glyphs: glyphs))
        let experience = form.add(field("work_experience"), TextInput(client.workExperience, maxLength: 200, glyphs: glyphs))
        let language = form.add(field("language_level"), ChoiceInput(LanguageLevel.self, selected: client.languageLevel,
                                                                       noneLabel: appText("dossier.unknown"), glyphs: glyphs))
        let licence = form.add(field("driving_licence"), FlagInput(appText("dossier.driving_licence_box"), isOn: client.drivingLicence))
        let skills = form.add(field("skills"), TextInput.list(client.skills, glyphs: glyphs))
        let certificates = form.add(field("certificates"), TextInput.list(client.certificates, glyphs: glyphs))
        let wishes = form.add(field("wishes"), TextInput(client.wishes, maxLength: 200, glyphs: glyphs))
        let hours = form.add(field("hours"), NumberInput(client.hoursAvailable, range: 0...60, glyphs: glyphs))
        return { [self] c, s in
            s.compare(lower("education"), c.education, education.value) { $0.label }; c.education = education.value
            s.compare(lower("work_experience"), c.workExperience, experience.text); c.workExperience = experience.text
            s.compare(lower("language_level"), c.languageLevel, language.value) { $0.label }; c.languageLevel = language.value
            s.compare(lower("driving_licence"), c.drivingLicence, licence.isOn) { appText($0 ? "dossier.yes" : "dossier.no") }
            c.drivingLicence = licence.isOn
            s.compare(lower("skills"), list: c.skills, skills.items) { $0 }; c.skills = skills.items
            s.compare(lower("certificates"), list: c.certificates, certificates.items) { $0 }; c.certificates = certificates.items
            s.compare(lower("wishes"), c.wishes, wishes.text); c.wishes = wishes.text
            s.compare(lower("hours"), c.hoursAvailable, hours.value) { String($0) }; c.hoursAvailable = hours.value
        }
    }

    private func groupFields(_ form: EditForm) -> (inout Client, inout ChangeSummary) -> Void {
        let groups = form.add(field("target_groups"), CodesInput(client.targetGroups, visibleOptions: 7, glyphs: glyphs))
        let barriers = form.add(field("barriers"), CodesInput(client.barriers, visibleOptions: 6, glyphs: glyphs))
        let country = form.add(field("country"), TextInput(client.countryOfOrigin, maxLength: 60, glyphs: glyphs))
        let inburgering = form.add(field("inburgering"), TextInput(client.inburgering, maxLength: 80, glyphs: glyphs))
        return { [self] c, s in
            s.compare(lower("target_groups"), list: c.targetGroups, groups.values) { $0.label }; c.targetGroups = groups.values
            s.compare(lower("barriers"), list: c.barriers, barriers.values) { $0.label }; c.barriers = barriers.values
            s.compare(lower("country"), c.countryOfOrigin, country.text); c.countryOfOrigin = country.text
            s.compare(lower("inburgering"), c.inburgering, inburgering.text); c.inburgering = inburgering.text
        }
    }

    private func obligationFields(_ form: EditForm) -> (inout Client, inout ChangeSummary) -> Void {
        let obligation = form.add(field("obligation"), ChoiceInput(WorkObligation.self, selected: client.workObligation,
                                                                     noneLabel: appText("dossier.unknown"), glyphs: glyphs))
        let reason = form.add(field("exemption_reason"), TextInput(client.exemptionReason, maxLength: 200, glyphs: glyphs))
        let end = form.add(field("exemption_end"), DateInput(client.exemptionEnd, glyphs: glyphs))
        let isExemption = { obligation.value == .partialExemption || obligation.value == .fullExemption }
        reason.addRule { [unowned reason] in
            if isExemption() && reason.text.isEmpty { return appText("dossier.exemption_needs_reason") }
            if !isExemption() && !reason.text.isEmpty { return appText("dossier.reason_without_exemption") }
            return nil
        }
        end.addRule { [unowned end] in !isExemption() && end.day != nil ? appText("dossier.end_without_exemption") : nil }
        return { [self] c, s in
            s.compare(lower("obligation"), c.workObligation, obligation.value) { $0.label }; c.workObligation = obligation.value
            s.compare(lower("exemption_reason"), c.exemptionReason, reason.text); c.exemptionReason = reason.text
            s.compare(lower("exemption_end"), c.exemptionEnd, end.day) { $0.dutch }; c.exemptionEnd = end.day
        }
    }

    private func routeFields(_ form: EditForm) -> (inout Client, inout ChangeSummary) -> Void {
        let routes = form.add(field("routes"), CodesInput(client.routes, glyphs: glyphs))
        let assessment = form.add(field("wage_assessment"), DateInput(client.wageValueAssessment, glyphs: glyphs,
                                                                        notAfter: (context.today, { appText("dossier.date_in_future", $0.dutch) })))
        return { [self] c, s in
            s.compare(lower("routes"), list: c.routes, routes.values) { $0.label }; c.routes = routes.values
            s.compare(lower("wage_assessment"), c.wageValueAssessment, assessment.day) { $0.dutch }
            c.wageValueAssessment = assessment.day
        }
    }
}
