import TerminalUI
import WerkbankCore

/// The summary of the selected client beside the caseload list: who, where, BSN (masked),
/// ladder start → current → expected with a sparkline of the history, barriers, running
/// instruments with their end dates and the next action.
struct CaseloadPreview {
    var row: CaseloadRow
    var client: Client?
    var today: Day
    var glyphs: Glyphs

    /// One styled line of the preview.
    private struct Line {
        var parts: [(text: String, style: Style)]
        init(_ text: String, _ style: Style = Style(.text)) { parts = [(text, style)] }
        init(parts: [(text: String, style: Style)]) { self.parts = parts }
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        for (offset, line) in lines().prefix(area.height).enumerated() {
            var x = area.x + 1
            for part in line.parts where x < area.maxX - 1 {
                x = buffer.put(DisplayWidth.truncate(part.text, to: area.maxX - 1 - x, ellipsis: glyphs.ellipsis),
                               x: x, y: area.y + offset, style: part.style)
            }
        }
    }

    private func lines() -> [Line] {
        var lines: [Line] = []
        var who = [row.fullName]
        if let age = row.age { who.append(appText("caseload.preview.age", age)) }
        if !row.district.isEmpty { who.append(row.district) }
        lines.append(Line(who.joined(separator: " · "), Style(.accent, .bold)))
        var identity = [appText("caseload.preview.bsn", row.maskedBSN.isEmpty ? "—" : row.maskedBSN)]
        if row.targetGroups.contains(.statusHolder), let country = client?.countryOfOrigin, !country.isEmpty {
            identity.append(appText("caseload.preview.refugee", country))
        }
        lines.append(Line(identity.joined(separator: " · ")))
        lines.append(Line(appText("caseload.preview.coach", row.coachName.isEmpty ? "—" : row.coachName), Style(.muted)))
        lines.append(Line(""))
        lines.append(ladderLine())
        lines.append(Line(row.barriers.isEmpty ? appText("caseload.preview.no_barriers")
                          : appText("caseload.preview.barriers", row.barriers.map(\.label).joined(separator: ", "))))
        if row.activeInstruments.isEmpty {
            lines.append(Line(appText("caseload.preview.no_instruments")))
        } else {
            lines.append(Line(appText("caseload.preview.instruments")))
            for instrument in row.activeInstruments {
                let text = instrument.end.map { appText("caseload.preview.until", instrument.name, $0.dutch) } ?? instrument.name
                lines.append(Line("  " + text))
            }
        }
        lines.append(Line(""))
        if let action = row.nextAction {
            let style = action.due < today ? Style(.error, .bold) : action.due == today ? Style(.warning) : Style(.text)
            lines.append(Line(appText("caseload.preview.next_action", action.due.dutch, action.title), style))
        } else {
            lines.append(Line(appText("caseload.preview.no_action"), Style(.muted)))
        }
        let contact = row.lastContact.map(\.dutch) ?? appText("caseload.never_contact")
        lines.append(Line(appText("caseload.preview.contact", contact), row.outOfView ? Style(.warning, .bold) : Style(.text)))
        return lines
    }

    /// "Ladder ▂▂▃▃ start 2 → nu 3 → verw. 4 (01-06-2027)".
    private func ladderLine() -> Line {
        guard let current = row.currentRung else { return Line(appText("caseload.preview.no_ladder"), Style(.muted)) }
        var parts: [(text: String, style: Style)] = [(appText("caseload.preview.ladder") + " ", Style(.text))]
        let history = (client?.ladder ?? [])
            .filter { $0.kind != .expected }
            .sorted { $0.date < $1.date }
            .map { Double($0.rung.rawValue) }
        if history.count > 1 {
            parts.append((Sparkline(values: history, maxValue: 6, glyphs: glyphs).text(width: 8) + " ", Style(.accent)))
        }
        let arrow = glyphs.isASCII ? " -> " : " → "
        if let start = row.startRung {
            parts.append((appText("caseload.preview.start", start.rawValue), Style(Role.rung(start.rawValue))))
            parts.append((arrow, Style(.muted)))
        }
        parts.append((appText("caseload.preview.current", current.rawValue), Style(Role.rung(current.rawValue), .bold)))
        if let expected = row.expectedRung {
            parts.append((arrow, Style(.muted)))
            parts.append((appText("caseload.preview.expected", expected.rawValue), Style(Role.rung(expected.rawValue))))
            if let target = row.expectedTargetDate {
                parts.append((" " + appText("caseload.preview.target", target.dutch), Style(.muted)))
            }
        }
        return Line(parts: parts)
    }
}
