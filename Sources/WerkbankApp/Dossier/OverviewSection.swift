import TerminalUI
import WerkbankCore

/// The labels of the client's fields in the Overzicht tab and its forms
/// (`dossier.field.<raw value>`).
enum DossierField: String, CaseIterable {
    case firstName = "first_name", infix, lastName = "last_name", birthDate = "birth_date", address, postcode
    case district, phone, email, household, children, education, workExperience = "work_experience"
    case languageLevel = "language_level", drivingLicence = "driving_licence", skills, certificates, wishes, hours
    case targetGroups = "target_groups", barriers, country, inburgering, obligation
    case exemptionReason = "exemption_reason", exemptionEnd = "exemption_end", routes
    case wageAssessment = "wage_assessment"

    var label: String { appText("dossier.field." + rawValue) }
}

/// One row of the Overzicht tab: a label and its value (with the value's style).
struct OverviewRow {
    var label: String
    var value: String
    var style = Style(.text)
}

/// The sections of the Overzicht tab, in screen order. Each shows rows read from the client
/// and (except the benefit periods, which come from the income administration) has a form.
enum OverviewSection: String, CaseIterable {
    case person, household, work, groups, obligation, routes, benefits

    var title: String { appText("dossier.section.\(rawValue)") }

    func rows(of client: Client, today: Day) -> [OverviewRow] {
        let yes = appText("dossier.yes"), no = appText("dossier.no")
        switch self {
        case .person:
            let birth = client.birthDate.map { appText("dossier.birth_value", $0.dutch, $0.age(on: today)) }
            return [
                OverviewRow(label: DossierField.firstName.label, value: client.firstName.orDash),
                OverviewRow(label: DossierField.infix.label, value: client.infix.orDash),
                OverviewRow(label: DossierField.lastName.label, value: client.lastName.orDash),
                OverviewRow(label: DossierField.birthDate.label, value: birth.orDash),
                OverviewRow(label: DossierField.address.label, value: client.address.orDash),
                OverviewRow(label: DossierField.postcode.label, value: client.postcode.orDash),
                OverviewRow(label: DossierField.district.label, value: client.district.orDash),
                OverviewRow(label: DossierField.phone.label, value: client.phone.orDash),
                OverviewRow(label: DossierField.email.label, value: client.email.orDash),
            ]
        case .household:
            return [
                OverviewRow(label: DossierField.household.label, value: client.household?.label ?? "—"),
                OverviewRow(label: DossierField.children.label, value: String(client.children)),
            ]
        case .work:
            return [
                OverviewRow(label: DossierField.education.label, value: client.education?.label ?? "—"),
                OverviewRow(label: DossierField.workExperience.label, value: client.workExperience.orDash),
                OverviewRow(label: DossierField.languageLevel.label, value: client.languageLevel?.label ?? "—"),
                OverviewRow(label: DossierField.drivingLicence.label, value: client.drivingLicence ? yes : no),
                OverviewRow(label: DossierField.skills.label, value: client.skills.joined(separator: ", ").orDash),
                OverviewRow(label: DossierField.certificates.label, value: client.certificates.joined(separator: ", ").orDash),
                OverviewRow(label: DossierField.wishes.label, value: client.wishes.orDash),
                OverviewRow(label: DossierField.hours.label, value: client.hoursAvailable.map(String.init) ?? "—"),
            ]
        case .groups:
            return [
                OverviewRow(label: DossierField.targetGroups.label, value: client.targetGroups.map(\.label).joined(separator: ", ").orDash),
                OverviewRow(label: DossierField.barriers.label, value: client.barriers.map(\.label).joined(separator: ", ").orDash),
                OverviewRow(label: DossierField.country.label, value: client.countryOfOrigin.orDash),
                OverviewRow(label: DossierField.inburgering.label, value: client.inburgering.orDash),
            ]
        case .obligation:
            let expired = client.exemptionEnd.map { $0 < today } ?? false
            return [
                OverviewRow(label: DossierField.obligation.label, value: client.workObligation?.label ?? "—"),
                OverviewRow(label: DossierField.exemptionReason.label, value: client.exemptionReason.orDash),
                OverviewRow(label: DossierField.exemptionEnd.label,
                            value: client.exemptionEnd.map { expired ? appText("dossier.expired", $0.dutch) : $0.dutch } ?? "—",
                            style: Style(expired ? .warning : .text)),
            ]
        case .routes:
            return [
                OverviewRow(label: DossierField.routes.label, value: client.routes.map(\.label).joined(separator: ", ").orDash),
                OverviewRow(label: DossierField.wageAssessment.label, value: client.wageValueAssessment?.dutch ?? "—"),
            ]
        case .benefits:
            guard !client.benefits.isEmpty else { return [OverviewRow(label: appText("dossier.no_benefits"), value: "")] }
            let running = client.runningBenefit(on: today)
            let relapses = Relapse.find(in: client).reversed().map {
                OverviewRow(label: appText("dossier.relapse"), value: $0.text, style: Style(.warning, .bold))
            }
            return relapses + client.benefits.sorted { $0.start > $1.start }.map { period in
                let until = period.end.map { appText("dossier.benefit_until", $0.dutch) } ?? appText("dossier.benefit_running")
                let reason = period.endReason.map { " · " + $0.label } ?? ""
                return OverviewRow(label: appText("dossier.benefit_from", period.start.dutch), value: until + reason,
                                   style: period.id == running?.id ? Style(.success, .bold) : Style(.text))
            }
        }
    }

}
