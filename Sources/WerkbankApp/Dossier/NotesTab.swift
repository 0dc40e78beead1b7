import TerminalUI
import WerkbankCore

/// The Notities tab's form for a new note, opened by the dossier's `n` on any tab.
enum NotesTabCommand: String, ScreenCommand {
    case new

    static let scope = "dossier-notities"
    var defaultKeys: [Key] { [] }
    var isListed: Bool { false }
}

/// Notities: the contact log, newest first. Each note shows date, channel and who wrote it,
/// then its text wrapped to the width. j/k move between notes; `n` (from any tab, see
/// `DossierCommand.note`) adds a note: date today, channel a meeting, the cursor on the text.
final class NotesTab: CommandTab {
    let title = appText("dossier.tab.notes")
    private let context: DossierContext
    private(set) var notes: [ContactNote] = []
    /// Why the notes cannot be read (a damaged notes file), shown instead of them.
    private var readFailure: String?
    private(set) var selected = 0
    private var offset = 0
    private var lastArea = Rect(x: 0, y: 0, width: 0, height: 0)

    init(context: DossierContext) {
        self.context = context
        reload()
    }

    func reload() {
        switch context.model.notes(of: context.clientId) {
        case .success(let read):
            notes = read.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
            readFailure = nil
        case .failure(let error):
            notes = []
            readFailure = error.message
        }
        selected = max(0, min(selected, notes.count - 1))
    }

    var statusHint: String { appText("dossier.notes.count", notes.count) }

    func perform(_ command: NotesTabCommand) {
        switch command {
        case .new: openNewNoteForm()
        }
    }

    private func openNewNoteForm() {
        guard context.client != nil else { return }
        let glyphs = context.glyphs
        let form = EditForm(title: appText("dossier.notes.new_title"), glyphs: glyphs)
        form.origin = .dossier(client: context.clientId, command: NotesTabCommand.new)
        let date = form.add(appText("dossier.notes.date"), DateInput(context.today, glyphs: glyphs,
            notAfter: (context.today, { appText("dossier.date_in_future", $0.dutch) })), required: true)
        let channel = form.add(appText("dossier.notes.channel"), ChoiceInput(ContactChannel.self, selected: .meeting, glyphs: glyphs),
                               required: true)
        let text = form.add(appText("dossier.notes.text"), TextAreaInput("", lines: 6, glyphs: glyphs), required: true)
        form.onSave = { [context, unowned self] in
            guard let day = date.day, let channelValue = channel.value else { return false }
            let command = AddNote(client: context.clientId, date: day, channel: channelValue, text: text.text)
            guard let edit = context.run(command) else { return false }
            let id = edit.changes.first?.addedItemId
            self.selected = self.notes.firstIndex { $0.id == id } ?? 0
            self.offset = 0
            return true
        }
        context.present(form)
    }

    // MARK: Events

    func handle(_ event: Event) -> Bool {
        switch event {
        case .key(.down), .key(.char("j")): selected = min(notes.count - 1, selected + 1)
        case .key(.up), .key(.char("k")): selected = max(0, selected - 1)
        case .key(.home), .key(.char("g")): selected = 0
        case .key(.end), .key(.char("G")): selected = max(0, notes.count - 1)
        case .key(.pageDown): selected = min(notes.count - 1, selected + 5)
        case .key(.pageUp): selected = max(0, selected - 5)
        case .mouse(let mouse) where lastArea.contains(x: mouse.x, y: mouse.y):
            if mouse.button == .wheelDown { selected = min(notes.count - 1, selected + 1) }
            if mouse.button == .wheelUp { selected = max(0, selected - 1) }
        default: return false
        }
        return true
    }

    // MARK: Drawing

    /// The lines of one note: a heading and the wrapped text, indented.
    private func lines(of note: ContactNote, width: Int) -> [String] {
        let heading = [note.date.dutch, note.channel.label, context.displayName(of: note.by)].joined(separator: " · ")
        return [heading] + TextWrap.lines(note.text, width: max(1, width - 4)).map { "    " + $0 }
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        lastArea = area
        buffer.fill(area, with: Cell(" ", style: Style(.text)))
        if let readFailure {
            let width = max(1, area.width - 2)
            let heading = TextWrap.lines(appText("dossier.notes.unreadable"), width: width)
            let lines = heading + TextWrap.lines(readFailure, width: width)
            for (number, line) in lines.enumerated() where number + 1 < area.height {
                buffer.put(" " + line, x: area.x, y: area.y + 1 + number, maxWidth: area.width - 1,
                           style: number < heading.count ? Style(.error, .bold) : Style(.error))
            }
            return
        }
        guard !notes.isEmpty else {
            buffer.put(" " + appText("dossier.notes.empty"), x: area.x, y: area.y + 1, maxWidth: area.width - 1, style: Style(.muted))
            return
        }
        let width = area.width - 2
        let blocks = notes.map { lines(of: $0, width: width) }
        var starts: [Int] = []
        var total = 0
        for block in blocks { starts.append(total); total += block.count + 1 }
        let selectedEnd = starts[selected] + blocks[selected].count
        if starts[selected] < offset { offset = starts[selected] }
        if selectedEnd > offset + area.height { offset = min(starts[selected], selectedEnd - area.height) }
        offset = max(0, min(offset, total - area.height))
        for (index, block) in blocks.enumerated() {
            for (number, line) in block.enumerated() {
                let y = area.y + starts[index] + number - offset
                guard y >= area.y, y < area.maxY else { continue }
                let isHeading = number == 0
                let style = isHeading ? Style(index == selected ? .selection : .header, .bold) : Style(.text)
                let text = isHeading ? DisplayWidth.pad((index == selected ? context.glyphs.pointer : " ") + " " + line, to: width) : line
                buffer.put(text, x: area.x + 1, y: y, maxWidth: width, style: style)
            }
        }
        if offset > 0 { buffer.put(context.glyphs.sortAscending, x: area.maxX - 1, y: area.y, style: Style(.muted)) }
        if offset + area.height < total { buffer.put(context.glyphs.sortDescending, x: area.maxX - 1, y: area.maxY - 1, style: Style(.muted)) }
    }
}
