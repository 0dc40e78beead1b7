import TerminalUI
import WerkbankCore

/// The editing form of each Overzicht section. Saving runs `SetClientFields` with the client as
/// the form was opened and as edited: Core journals one `set` per changed field (old → new).
struct OverviewEditor {
    let context: DossierContext
    let client: Client

    private var glyphs: Glyphs { context.glyphs }
    /// The form for `section`; nil for the benefit periods (read only).
    func form(for section: OverviewSection) -> EditForm? {
        let form = EditForm(title: appText("dossier.edit_title", section.title), glyphs: glyphs)
        let apply: (inout Client) -> Void
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
            var edited = client
            apply(&edited)
            let command = SetClientFields(basis: client, edited: edited)
            guard !command.isEmpty else {
                context.say(appText("dossier.no_changes"), severity: .text)
                return true
            }
            return context.run(command) != nil
        }
        return form
    }

    // MARK: Sections

    private func personFields(_ form: EditForm) -> (inout Client) -> Void {
        let today = context.today
        let first = form.add(DossierField.firstName.label, TextInput(client.firstName, maxLength: 60, glyphs: glyphs), required: true)
        let infix = form.add(DossierField.infix.label, TextInput(client.infix, maxLength: 20, glyphs: glyphs))
        let last = form.add(DossierField.lastName.label, TextInput(client.lastName, maxLength: 80, glyphs: glyphs), required: true)
        let bsn = form.add("BSN", TextInput.bsn(client.bsn ?? "", glyphs: glyphs), required: client.bsn != nil)
        bsn.addRule { [unowned bsn, context, client] in
            guard !bsn.text.isEmpty, bsn.text != client.bsn,
                  let other = context.model.data.clients.values.first(where: { $0.bsn == bsn.text && $0.id != client.id }) else { return nil }
            return coreText("validation.bsn_shared", other.id)
        }
        let birth = form.add(DossierField.birthDate.label, DateInput(client.birthDate, glyphs: glyphs,
                                                             notAfter: (today, { coreText("validation.birth_in_future", $0.dutch) })))
        let address = form.add(DossierField.address.label, TextInput(client.address, maxLength: 120, glyphs: glyphs))
        let postcode = form.add(DossierField.postcode.label, TextInput.postcode(client.postcode, glyphs: glyphs))
        let district = form.add(DossierField.district.label, TextInput(client.district, maxLength: 60, glyphs: glyphs))
        let phone = form.add(DossierField.phone.label, TextInput(client.phone, maxLength: 30, glyphs: glyphs))
        let email = form.add(DossierField.email.label, TextInput.email(client.email, glyphs: glyphs))
        return { c in
            c.firstName = first.text
            c.infix = infix.text
            c.lastName = last.text
            c.bsn = bsn.text.isEmpty ? nil : bsn.text
            c.birthDate = birth.day
            c.address = address.text
            c.postcode = postcode.text
            c.district = district.text
            c.phone = phone.text
            c.email = email.text
        }
    }

    private func householdFields(_ form: EditForm) -> (inout Client) -> Void {
        let household = form.add(DossierField.household.label, ChoiceInput(Household.self, selected: client.household,
                                                                   noneLabel: appText("dossier.unknown"), glyphs: glyphs))
        let children = form.add(DossierField.children.label, NumberInput(client.children, range: 0...20, glyphs: glyphs), required: true)
        return { c in
            c.household = household.value
            let count = children.value ?? 0
            c.children = count
        }
    }

    private func workFields(_ form: EditForm) -> (inout Client) -> Void {
        let education = form.add(DossierField.education.label, ChoiceInput(EducationLevel.self, selected: client.education,
                                                                   noneLabel: appText("dossier.unknown"), glyphs: glyphs))
        let experience = form.add(DossierField.workExperience.label, TextInput(client.workExperience, maxLength: 200, glyphs: glyphs))
        let language = form.add(DossierField.languageLevel.label, ChoiceInput(LanguageLevel.self, selected: client.languageLevel,
                                                                       noneLabel: appText("dossier.unknown"), glyphs: glyphs))
        let licence = form.add(DossierField.drivingLicence.label, FlagInput(appText("dossier.driving_licence_box"), isOn: client.drivingLicence))
        let skills = form.add(DossierField.skills.label, TextInput.list(client.skills, glyphs: glyphs))
        let certificates = form.add(DossierField.certificates.label, TextInput.list(client.certificates, glyphs: glyphs))
        let wishes = form.add(DossierField.wishes.label, TextInput(client.wishes, maxLength: 200, glyphs: glyphs))
        let hours = form.add(DossierField.hours.label, NumberInput(client.hoursAvailable, range: 0...60, glyphs: glyphs))
        return { c in
            c.education = education.value
            c.workExperience = experience.text
            c.languageLevel = language.value
            c.drivingLicence = licence.isOn
            c.skills = skills.items
            c.certificates = certificates.items
            c.wishes = wishes.text
            c.hoursAvailable = hours.value
        }
    }

    private func groupFields(_ form: EditForm) -> (inout Client) -> Void {
        let groups = form.add(DossierField.targetGroups.label, CodesInput(client.targetGroups, visibleOptions: 7, glyphs: glyphs))
        let barriers = form.add(DossierField.barriers.label, CodesInput(client.barriers, visibleOptions: 6, glyphs: glyphs))
        let country = form.add(DossierField.country.label, TextInput(client.countryOfOrigin, maxLength: 60, glyphs: glyphs))
        let inburgering = form.add(DossierField.inburgering.label, TextInput(client.inburgering, maxLength: 80, glyphs: glyphs))
        return { c in
            c.targetGroups = groups.values
            c.barriers = barriers.values
            c.countryOfOrigin = country.text
            c.inburgering = inburgering.text
        }
    }

    private func obligationFields(_ form: EditForm) -> (inout Client) -> Void {
        let obligation = form.add(DossierField.obligation.label, ChoiceInput(WorkObligation.self, selected: client.workObligation,
                                                                     noneLabel: appText("dossier.unknown"), glyphs: glyphs))
        let reason = form.add(DossierField.exemptionReason.label, TextInput(client.exemptionReason, maxLength: 200, glyphs: glyphs))
        let end = form.add(DossierField.exemptionEnd.label, DateInput(client.exemptionEnd, glyphs: glyphs))
        let isExemption = { obligation.value == .partialExemption || obligation.value == .fullExemption }
        reason.addRule { [unowned reason] in
            if isExemption() && reason.text.isEmpty { return appText("dossier.exemption_needs_reason") }
            if !isExemption() && !reason.text.isEmpty { return appText("dossier.reason_without_exemption") }
            return nil
        }
        end.addRule { [unowned end] in !isExemption() && end.day != nil ? appText("dossier.end_without_exemption") : nil }
        return { c in
            c.workObligation = obligation.value
            c.exemptionReason = reason.text
            c.exemptionEnd = end.day
        }
    }

    private func routeFields(_ form: EditForm) -> (inout Client) -> Void {
        let routes = form.add(DossierField.routes.label, CodesInput(client.routes, glyphs: glyphs))
        let assessment = form.add(DossierField.wageAssessment.label, DateInput(client.wageValueAssessment, glyphs: glyphs,
                                                                        notAfter: (context.today, { appText("dossier.date_in_future", $0.dutch) })))
        return { c in
            c.routes = routes.values
            c.wageValueAssessment = assessment.day
        }
    }
}
