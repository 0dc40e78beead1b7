import TerminalUI
import WerkbankCore

/// The control for each intake field.
enum IntakeControls {
    static func make(_ field: IntakeField, model: AppModel, glyphs: Glyphs) -> IntakeFieldControl? {
        typealias C = IntakeFieldControl
        switch field {
        case .meldingDate, .birthDate, .applicationDate, .decisionDate, .exemptionEnd, .expectedDate:
            return C.text(field, mask: .date, glyphs: glyphs)
        case .bsn: return C.text(field, mask: .bsn, glyphs: glyphs)
        case .postcode: return C.text(field, mask: .postcode, glyphs: glyphs)
        case .children: return C.text(field, maxLength: 2, glyphs: glyphs)
        case .firstName, .infix, .lastName, .question, .earlyReason, .decisionReason, .address, .phone, .email,
             .workExperience, .certificates, .countryOfOrigin, .exemptionReason:
            return C.text(field, maxLength: 200, glyphs: glyphs)
        case .channel: return C.select(field, IntakeChoices.channels.map { ($0, $0) }, glyphs: glyphs)
        case .inburgering: return C.select(field, IntakeChoices.inburgering.map { ($0, $0) }, glyphs: glyphs)
        case .noApplicationReason: return C.select(field, C.choices(NoApplicationReason.self, optional: true), glyphs: glyphs)
        case .decision: return C.select(field, C.choices(Decision.self, optional: true), glyphs: glyphs)
        case .household: return C.select(field, C.choices(Household.self), glyphs: glyphs)
        case .education: return C.select(field, C.choices(EducationLevel.self), glyphs: glyphs)
        case .languageLevel: return C.select(field, C.choices(LanguageLevel.self), glyphs: glyphs)
        case .workObligation: return C.select(field, C.choices(WorkObligation.self), glyphs: glyphs)
        case .startRung, .expectedRung: return C.select(field, C.rungChoices(), glyphs: glyphs)
        case .barriers: return C.multi(field, C.choices(Barrier.self), glyphs: glyphs)
        case .routes: return C.multi(field, C.choices(Route.self), glyphs: glyphs)
        case .drivingLicence, .statusHolder, .jobAgreement, .schoolLeaver, .parent, .shelteredWork:
            return C.checkbox(field)
        case .coach: return coachControl(model: model, glyphs: glyphs)
        case .linkedClient, .declinedMatches: return nil
        }
    }

    /// The coaches as a list, each with the size of their caseload and how many of their
    /// clients stand on each rung now, so the intaker can balance the load.
    static func coachControl(model: AppModel, glyphs: Glyphs) -> IntakeFieldControl {
        let coaches = model.data.users.values.filter { $0.role == .coach }.sorted { $0.displayName < $1.displayName }
        let nameWidth = max(DisplayWidth.of(appText("intake.coach.name")), coaches.map { DisplayWidth.of($0.displayName) }.max() ?? 0)
        func row(_ name: String, _ cells: [String]) -> String {
            let widths = [9] + Array(repeating: 4, count: cells.count - 1)
            return DisplayWidth.pad(name, to: nameWidth) + zip(cells, widths).map { DisplayWidth.pad($0, to: $1, alignRight: true) }.joined()
        }
        let choices: [IntakeFieldControl.Choice] = coaches.map { coach in
            let rows = model.index.query(.active(.coach(coach.name)))
            let mix = RungDistribution(rows: rows).current
            return (coach.name, row(coach.displayName, [String(rows.count)] + Rung.allCases.map { String(mix[$0]) }))
        }
        let control = IntakeFieldControl.select(.coach, choices, height: max(1, choices.count), glyphs: glyphs)
        control.header = row(appText("intake.coach.name"), [appText("intake.coach.clients")] + Rung.allCases.map { "t\($0.rawValue)" })
        return control
    }
}
