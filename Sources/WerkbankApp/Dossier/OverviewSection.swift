import TerminalUI
import WerkbankCore

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
                OverviewRow(label: field("first_name"), value: client.firstName.orDash),
                OverviewRow(label: field("infix"), value: client.infix.orDash),
                OverviewRow(label: field("last_name"), value: client.lastName.orDash),
                OverviewRow(label: field("birth_date"), value: birth.orDash),
                OverviewRow(label: field("address"), value: client.address.orDash),
                OverviewRow(label: field("postcode"), value: client.postcode.orDash),
                OverviewRow(label: field("district"), value: client.district.orDash),
                OverviewRow(label: field("phone"), value: client.phone.orDash),
                OverviewRow(label: field("email"), value: client.email.orDash),
            ]
        case .household:
            return [
                OverviewRow(label: field("household"), value: client.household?.label ?? "—"),
                OverviewRow(label: field("children"), value: String(client.children)),
            ]
        case .work:
            return [
                OverviewRow(label: field("education"), value: client.education?.label ?? "—"),
                OverviewRow(label: field("work_experience"), value: client.workExperience.orDash),
                OverviewRow(label: field("language_level"), value: client.languageLevel?.label ?? "—"),
                OverviewRow(label: field("driving_licence"), value: client.drivingLicence ? yes : no),
                OverviewRow(label: field("skills"), value: client.skills.joined(separator: ", ").orDash),
                OverviewRow(label: field("certificates"), value: client.certificates.joined(separator: ", ").orDash),
                OverviewRow(label: field("wishes"), value: client.wishes.orDash),
                OverviewRow(label: field("hours"), value: client.hoursAvailable.map(String.init) ?? "—"),
            ]
        case .groups:
            return [
                OverviewRow(label: field("target_groups"), value: client.targetGroups.map(\.label).joined(separator: ", ").orDash),
                OverviewRow(label: field("barriers"), value: client.barriers.map(\.label).joined(separator: ", ").orDash),
                OverviewRow(label: field("country"), value: client.countryOfOrigin.orDash),
                OverviewRow(label: field("inburgering"), value: client.inburgering.orDash),
            ]
        case .obligation:
            let expired = client.exemptionEnd.map { $0 < today } ?? false
            return [
                OverviewRow(label: field("obligation"), value: client.workObligation?.label ?? "—"),
                OverviewRow(label: field("exemption_reason"), value: client.exemptionReason.orDash),
                OverviewRow(label: field("exemption_end"),
                            value: client.exemptionEnd.map { expired ? appText("dossier.expired", $0.dutch) : $0.dutch } ?? "—",
                            style: Style(expired ? .warning : .text)),
            ]
        case .routes:
            return [
                OverviewRow(label: field("routes"), value: client.routes.map(\.label).joined(separator: ", ").orDash),
                OverviewRow(label: field("wage_assessment"), value: client.wageValueAssessment?.dutch ?? "—"),
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

    /// A field label ("Postcode") from the strings table.
    func field(_ key: String) -> String { appText("dossier.field.\(key)") }
}
