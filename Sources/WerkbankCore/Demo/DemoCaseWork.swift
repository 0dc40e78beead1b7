/// A coach's day-to-day record of a client: contact notes and the plan's actions.
/// For clients in the caseload the last contact is mostly within weeks, some are "uit beeld"
/// (no contact for more than 13 weeks) and some actions are overdue.
enum DemoCaseWork {
    static let channelTable = WeightedTable<ContactChannel>([(.meeting, 45), (.phone, 35), (.mail, 15), (.homeVisit, 5)])

    static func notes(clientId: String, timeline: DemoTimeline, ladder: DemoLadder, intake: Day, intaker: String,
                      coach: String, today: Day, random: inout SeededRandom) -> [ContactNote] {
        var notes = [ContactNote(id: clientId + "-n1", date: intake, by: intaker, channel: .meeting, text: DemoTexts.intakeNote)]
        let lastContact: Day
        if timeline.status == .former {
            lastContact = timeline.last
        } else {
            let gap = random.weighted([(0...42, 80.0), (43...91, 12.0), (92...240, 8.0)])
            lastContact = max(intake, today.adding(days: -random.int(gap)))
        }
        let span = intake.days(until: lastContact)
        guard span > 0 else { return notes }
        let count = min(12, 1 + random.int(0...max(0, span / 90)))
        for index in 0..<count {
            let date = index == count - 1 ? lastContact
                : intake.adding(days: max(1, span * (index + 1) / count - random.int(0...20)))
            let channel = channelTable.draw(&random)
            var text: String
            if timeline.status == .former, index == count - 1, let reason = timeline.periods.last?.endReason {
                text = "Uitkering beëindigd: " + coreStrings.text("code." + reason.rawValue, language: .nl) + "."
            } else {
                let group = ladder.rung(on: date).group
                text = random.pick(DemoTexts.noteOpenings[channel] ?? [""]) + " " + random.pick(DemoTexts.noteTopics[group] ?? [""])
                let agreement = random.pick(DemoTexts.noteAgreements)
                if !agreement.isEmpty { text += " " + agreement }
            }
            notes.append(ContactNote(id: clientId + "-n" + String(notes.count + 1), date: date, by: coach, channel: channel, text: text))
        }
        return notes
    }

    static func actions(clientId: String, timeline: DemoTimeline, ladder: DemoLadder, coach: String, today: Day,
                        random: inout SeededRandom) -> [PlanAction] {
        let begin = timeline.current?.start ?? timeline.periods.last?.start ?? timeline.known
        var actions: [PlanAction] = []
        func title(on date: Day) -> String {
            random.chance(0.15) ? random.pick(DemoTexts.commonActions)
                : random.pick(DemoTexts.actions[ladder.rung(on: date).group] ?? DemoTexts.commonActions)
        }
        func append(_ due: Day, _ status: ActionStatus, doneOn: Day? = nil) {
            actions.append(PlanAction(id: clientId + "-a" + String(actions.count + 1), title: title(on: min(due, today)),
                                      due: due, status: status, by: coach, doneOn: doneOn))
        }
        let pastSpan = begin.days(until: timeline.last)
        let pastCount = pastSpan < 30 ? 0 : random.int(timeline.status == .former ? 1...3 : 0...3)
        for _ in 0..<pastCount {
            let due = begin.adding(days: random.int(14...max(14, pastSpan)))
            if random.chance(0.85) {
                append(due, .done, doneOn: min(timeline.last, due.adding(days: random.int(-10...5))))
            } else {
                append(due, .cancelled)
            }
        }
        guard timeline.status != .former else { return actions }
        if random.chance(0.16) { append(today.adding(days: -random.int(1...45)), .open) }
        for _ in 0..<random.int(1...2) {
            append(today.adding(days: random.int(1...60)), .open)
        }
        return actions
    }
}
