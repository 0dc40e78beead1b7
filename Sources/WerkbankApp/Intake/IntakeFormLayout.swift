import TerminalUI
import WerkbankCore

/// Drawing an intake form: the progress line (wizard) or title, what the form is about, the
/// fields with their messages, and per step the help below them (derived target groups, the
/// rungs of the ladder). The summary step lists every step with what it still misses.
extension IntakeFormScreen {
    typealias Line = (text: String, role: Role)

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        guard area.height > 4 else { return }
        renderTitle(Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 2), height: 1), into: &buffer)
        var y = area.y + 1
        for line in infoLines() where y < area.maxY {
            buffer.put(line.text, x: area.x + 1, y: y, maxWidth: area.width - 2, style: Style(line.role))
            y += 1
        }
        y += 1
        let body = Rect(x: area.x + 1, y: y, width: max(0, area.width - 2), height: max(0, area.maxY - y))
        if step == .summary {
            renderSummary(body, into: &buffer)
            return
        }
        let extras = extraLines()
        let room = body.height - (extras.isEmpty ? 0 : extras.count + 1)
        let formHeight = max(min(3, body.height), min(view.contentHeight, room))
        view.render(Rect(x: body.x, y: body.y, width: body.width, height: formHeight), into: &buffer)
        var extraY = body.y + formHeight + 1
        for line in extras where extraY < body.maxY {
            buffer.put(line.text, x: body.x, y: extraY, maxWidth: body.width, style: Style(line.role))
            extraY += 1
        }
    }

    /// "1 Persoon › 2 Opleiding › …": the current step highlighted, complete steps in green.
    /// When the line does not fit only the current step keeps its name.
    private func renderTitle(_ row: Rect, into buffer: inout Buffer) {
        guard steps.count > 1 else {
            buffer.put(title, x: row.x, y: row.y, maxWidth: row.width, style: Style(.accent, .bold))
            return
        }
        let separator = " \(root.glyphs.pointer) "
        func label(_ index: Int, full: Bool) -> String {
            full ? "\(index + 1) " + appText("intake.step.\(steps[index].rawValue)") : "\(index + 1)"
        }
        let fullWidth = steps.indices.map { DisplayWidth.of(label($0, full: true)) }.reduce(0, +) + (steps.count - 1) * 3
        var x = row.x
        for index in steps.indices {
            if index > 0 { x = buffer.put(separator, x: x, y: row.y, maxWidth: row.maxX - x, style: Style(.muted)) }
            let text = label(index, full: fullWidth <= row.width || index == form.step)
            let complete = steps[index] != .summary
                && IntakeRules.problems(form, step: steps[index], data: model.data, today: model.today).isEmpty
            let style = index == form.step ? Style(.selection, .bold) : complete ? Style(.success) : Style(.text)
            x = buffer.put(text, x: x, y: row.y, maxWidth: max(0, row.maxX - x), style: style)
        }
    }

    /// What the form is about, and the zoektijd when it applies.
    func infoLines() -> [Line] {
        var lines: [Line] = []
        switch form.kind {
        case .melding:
            if !form.isEmpty(.linkedClient), let client = model.client(form.text(.linkedClient)) {
                lines.append((appText("intake.linked", client.id, client.listName), .success))
            } else if let match = IntakeDuplicates.matches(bsn: BSN.isValid(form.text(.bsn)) ? form.text(.bsn) : "",
                                                           firstName: form.text(.firstName), infix: form.text(.infix),
                                                           lastName: form.text(.lastName), birthDate: form.day(.birthDate),
                                                           in: model.data.clients.values).first,
                      let client = model.client(match.clientId) {
                lines.append((appText("intake.possible_match", client.id, client.listName), .warning))
            }
            if let end = IntakeDerived.searchPeriodEnd(meldingDate: form.day(.meldingDate), birthDate: form.day(.birthDate)) {
                lines.append((appText("intake.search_period", end.dutch), .accent))
            }
        case .decision:
            guard let melding = form.meldingId.flatMap({ model.data.meldingen[$0] }) else { break }
            let birth = melding.birthDate.map { appText("intake.born", $0.dutch) } ?? ""
            lines.append((appText("intake.melding_line", melding.id, melding.date.dutch, melding.name, birth, melding.channel), .text))
            if !melding.question.isEmpty { lines.append((appText("intake.question_line", melding.question), .muted)) }
            if let end = melding.searchPeriodEnd { lines.append((appText("intake.search_period", end.dutch), .accent)) }
            if form.isEmpty(.decision), let applied = form.day(.applicationDate) {
                let due = Worklists.decisionDeadline(applied: applied)
                let left = model.today.days(until: due)
                let text = left >= 0 ? appText("intake.decision_due", due.dutch, left) : appText("intake.decision_overdue", due.dutch, -left)
                lines.append((text, left < 0 ? .error : left <= 14 ? .warning : .accent))
            }
        case .intake:
            guard let client = form.clientId.flatMap({ model.client($0) }) else { break }
            let age = form.day(.birthDate).map { appText("intake.age", $0.age(on: model.today)) } ?? ""
            let benefit = client.runningBenefit(on: model.today).map { appText("intake.benefit_since", $0.start.dutch) } ?? ""
            lines.append(([client.id, form.personName, age, benefit].filter { !$0.isEmpty }.joined(separator: " · "), .text))
        }
        return lines
    }

    /// Help under the fields of the step on screen.
    private func extraLines() -> [Line] {
        switch step {
        case .targetGroups:
            let age = form.day(.birthDate)?.age(on: model.today)
            let derived = IntakeDerived.targetGroups(birthDate: form.day(.birthDate), on: model.today)
            let names = derived.isEmpty ? appText("intake.derived.none") : derived.map(\.label).joined(separator: ", ")
            return [(appText("intake.derived", age.map(String.init) ?? "?", names), .accent)]
        case .ladder:
            let start = form.rung(.startRung), expected = form.rung(.expectedRung)
            return [(appText("intake.rungs.title"), .muted)] + Rung.allCases.map { rung in
                var marks: [String] = []
                if rung == start { marks.append(appText("intake.rungs.start")) }
                if rung == expected { marks.append(appText("intake.rungs.expected")) }
                let text = "\(rung.rawValue) \(rung.label) (\(rung.group.label))"
                let marked = marks.isEmpty ? "" : "  \(root.glyphs.pointer) " + marks.joined(separator: ", ")
                return (text + marked, rung == .research ? .muted : Role.rung(rung.rawValue))
            }
        case .coach:
            return [(appText("intake.coach.help"), .muted)]
        default:
            return []
        }
    }

    // MARK: summary step

    /// Every step with what it misses, and under it the values chosen (coach included), as
    /// many lines of them as the room allows; then "opslaan" and the verdict.
    private func renderSummary(_ area: Rect, into buffer: inout Buffer) {
        let all = IntakeRules.problems(form, data: model.data, today: model.today)
        let shownSteps = steps.filter { $0 != .summary }
        let valueWidth = max(1, area.width - 4)
        let values = shownSteps.map { TextWrap.lines(summaryValues($0), width: valueWidth) }
        var room = max(0, area.height - shownSteps.count - 3)
        let valueLines = values.map { lines -> Int in
            let taken = min(lines.count, room)
            room -= taken
            return taken
        }
        var y = area.y
        for (index, step) in shownSteps.enumerated() {
            guard y < area.maxY else { break }
            let missing = step.fields.filter { all[$0] != nil }
            let selected = index == summarySelection
            let name = DisplayWidth.pad("\(index + 1) " + appText("intake.step.\(step.rawValue)"), to: 18)
            let status = missing.isEmpty ? appText("intake.summary.complete") : IntakeFormScreen.missingText(missing, all)
            buffer.put((selected ? root.glyphs.pointer + " " : "  ") + name, x: area.x, y: y,
                       style: selected ? Style(.selection, .bold) : Style(.text))
            buffer.put(status, x: area.x + 20, y: y, maxWidth: max(0, area.width - 20), style: Style(missing.isEmpty ? .success : .warning))
            y += 1
            for line in values[index].prefix(valueLines[index]) where y < area.maxY {
                buffer.put(line, x: area.x + 4, y: y, maxWidth: valueWidth, style: Style(.text))
                y += 1
            }
        }
        y += 1
        guard y < area.maxY else { return }
        let saveSelected = summarySelection == steps.count - 1
        buffer.put((saveSelected ? root.glyphs.pointer + " " : "  ") + appText("intake.summary.save"), x: area.x, y: y,
                   style: saveSelected ? Style(.selection, .bold) : Style(.accent))
        y += 2
        let verdict = all.isEmpty ? appText("intake.summary.ready") : appText("intake.summary.missing", all.count)
        if y < area.maxY { buffer.put(verdict, x: area.x, y: y, maxWidth: area.width, style: Style(all.isEmpty ? .success : .warning)) }
    }

    /// The values of a step's filled-in fields, "Jan · de Vries · 12-03-1990 · …"; the coach by name.
    private func summaryValues(_ step: IntakeStep) -> String {
        step.fields.compactMap { field -> String? in
            if field == .coach { return form.isEmpty(.coach) ? nil : model.displayName(of: form.text(.coach)) }
            guard let text = controls[field]?.shownValue, !text.isEmpty else { return nil }
            return text
        }.joined(separator: " · ")
    }

    /// "ontbreekt: opleiding, taalniveau; e-mail: 'jan@' is geen e-mailadres".
    static func missingText(_ fields: [IntakeField], _ problems: [IntakeField: String]) -> String {
        let required = coreText("validation.required")
        let empty = fields.filter { problems[$0] == required }.map { appText("intake.field.\($0.rawValue)") }
        let wrong = fields.filter { problems[$0] != required }.map { appText("intake.field.\($0.rawValue)") + ": " + (problems[$0] ?? "") }
        return ((empty.isEmpty ? [] : [appText("intake.summary.empty", empty.joined(separator: ", "))]) + wrong).joined(separator: "; ")
    }

    /// Up/Down choose a step (or "opslaan"), Enter goes there.
    func handleSummary(_ key: Key) -> Bool {
        switch key {
        case .up, .char("k"): summarySelection = max(0, summarySelection - 1)
        case .down, .char("j"): summarySelection = min(steps.count - 1, summarySelection + 1)
        case .home: summarySelection = 0
        case .end: summarySelection = steps.count - 1
        case .enter:
            if summarySelection == steps.count - 1 {
                save()
            } else {
                let all = IntakeRules.problems(form, data: model.data, today: model.today)
                go(toStep: summarySelection, focus: steps[summarySelection].fields.first { all[$0] != nil })
            }
        case .char: break
        default: return false
        }
        return true
    }
}
