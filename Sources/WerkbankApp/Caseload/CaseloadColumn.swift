import TerminalUI
import WerkbankCore

/// A column of the caseload list: its title, width, sort key, how important it is when the
/// window is narrow, and how a row's cell reads and looks.
enum CaseloadColumn: CaseIterable {
    case name, bsn, rung, expectedRung, group, flags, lastContact, nextAction, coach

    var title: String {
        switch self {
        case .flags: return appText("caseload.column.flags")
        default: return sortColumn?.label ?? ""
        }
    }

    /// The column the index sorts on; nil for a column that cannot be sorted.
    var sortColumn: CaseloadSortColumn? {
        switch self {
        case .name: return .name
        case .bsn: return .bsn
        case .rung: return .rung
        case .expectedRung: return .expectedRung
        case .group: return .group
        case .flags: return nil
        case .lastContact: return .lastContact
        case .nextAction: return .nextActionDue
        case .coach: return .coach
        }
    }

    /// The width when the longest name in the list is `longestName` cells: the name column
    /// grows no wider than that, so the room goes to the next action's text.
    func width(longestName: Int) -> ColumnWidth {
        switch self {
        case .name:
            let needed = max(longestName, DisplayWidth.of(title) + 2)   // room for the sort arrow
            return .bounded(min: min(18, needed), max: needed)
        case .bsn: return .fixed(9)
        case .rung: return .fixed(5)
        case .expectedRung: return .fixed(5)
        case .group: return .fixed(14)
        case .flags: return .fixed(8)
        case .lastContact: return .fixed(max(15, DisplayWidth.of(appText("caseload.out_of_view", "999 d"))))
        case .nextAction: return .min(20)
        case .coach: return .fixed(16)
        }
    }

    private var minimumWidth: Int {
        switch width(longestName: Int.max) {
        case .fixed(let n), .min(let n), .bounded(let n, _): return n
        case .flex: return 1
        }
    }

    func tableColumn(longestName: Int) -> TableColumn {
        TableColumn(title, width: width(longestName: longestName), alignment: self == .rung || self == .expectedRung ? .right : .left,
                    sortable: sortColumn != nil)
    }

    /// Most important first: these stay when the window is narrow.
    private static let priority: [CaseloadColumn] = [.name, .nextAction, .rung, .lastContact, .expectedRung, .flags, .coach, .group, .bsn]

    /// The columns that fit in a table `width` cells wide (marks and scrollbar included), in
    /// display order. The coach column only shows when the list holds several coaches' clients.
    static func visible(width: Int, showsCoach: Bool) -> [CaseloadColumn] {
        let chrome = 2 + 1   // mark column and scrollbar
        var room = width - chrome
        var chosen: Set<CaseloadColumn> = []
        for column in priority where column != .coach || showsCoach {
            let needed = column.minimumWidth + (chosen.isEmpty ? 0 : Table.columnGap)
            guard needed <= room else { continue }
            chosen.insert(column)
            room -= needed
        }
        return allCases.filter(chosen.contains)
    }

    /// The cell text of `row`.
    func text(_ row: CaseloadRow, today: Day) -> String {
        switch self {
        case .name: return row.listName
        case .bsn: return row.maskedBSN
        case .rung: return row.currentRung.map { String($0.rawValue) } ?? "—"
        case .expectedRung: return row.expectedRung.map { String($0.rawValue) } ?? "—"
        case .group: return appText("caseload.group.\(row.group.rawValue)")
        case .flags: return row.targetGroupFlags
        case .lastContact:
            guard let days = row.daysSinceContact else { return appText("caseload.never_contact") }
            return row.outOfView ? appText("caseload.out_of_view", CaseloadColumn.elapsed(days: days)) : CaseloadColumn.elapsed(days: days)
        case .nextAction:
            guard let action = row.nextAction else { return "—" }
            let due = action.due.year == today.year ? action.due.shortDutch : action.due.dutch
            return due + " " + action.title
        case .coach: return row.coachName
        }
    }

    /// "12 d" below a year, "3 jr" from a year on (the column stays narrow).
    static func elapsed(days: Int) -> String {
        days < 365 ? appText("caseload.days", days) : appText("caseload.years", days / 365)
    }

    /// A warning or error colour for the cell, nil for the normal text colour.
    func style(_ row: CaseloadRow, today: Day) -> Style? {
        switch self {
        case .lastContact where row.outOfView: return Style(.warning, .bold)
        case .nextAction:
            guard let due = row.nextActionDue else { return Style(.muted) }
            if due < today { return Style(.error, .bold) }
            return due == today ? Style(.warning) : nil
        case .rung:
            return row.currentRung.map { Style(Role.rung($0.rawValue)) }
        default: return nil
        }
    }
}
