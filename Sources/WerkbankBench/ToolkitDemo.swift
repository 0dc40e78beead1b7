import Foundation
import TerminalUI
import WerkbankApp
import WerkbankCore

/// `werkbank --toolkit-demo`: every widget of the terminal toolkit on one screen with tabs, so a
/// reviewer can try them in a real terminal (table with 100.000 rows, form with masks and
/// validation, charts, text, dialog, help, command palette, function bar).
final class ToolkitDemo: View {
    private let glyphs: Glyphs
    private let tabs: Tabs
    private let table: Table
    private let form: Form
    private let text: TextView
    private let functionBar: FunctionBar
    private var overlay: View?
    private var message = StatusMessage("Tab wisselt van blad · F1 hulp · : opdrachten · d dialoog · F10 stop")
    var onQuit: () -> Void = {}

    private static let names = ["Jansen, A.", "Vries, S. de", "Yılmaz, Ş.", "Öztürk, İ.", "Bakker, Ë.", "王, 秀英",
                                "El Amrani, F.", "Berg, M. van den", "Kaya, Ğ.", "Ahmed, 😀"]

    init(glyphs: Glyphs) {
        self.glyphs = glyphs
        tabs = Tabs(titles: ["Tabel", "Formulier", "Grafieken", "Tekst"], glyphs: glyphs)
        let names = ToolkitDemo.names
        table = Table(columns: [TableColumn("Nr", width: .fixed(7), alignment: .right), TableColumn("Naam", width: .flex(2)),
                                TableColumn("Trede", width: .fixed(6)), TableColumn("Wijk", width: .flex(1))],
                      count: 100_000, glyphs: glyphs) { row in
            ["\(row + 1)", names[row % names.count], "\(row % 7)", ["Berflo Es", "Tuindorp", "Woolde"][row % 3]]
        }
        table.isFocused = true
        table.showsMarks = true
        table.positionIndicator = .counter
        table.cellStyle = { row, column in column == 2 ? Style(Role.rung(row % 7)) : nil }
        let bsn = TextField(mask: .bsn, glyphs: glyphs)
        bsn.validator = { BSN.isValid($0) ? nil : "BSN klopt niet (elfproef)" }
        let date = TextField(mask: .date, glyphs: glyphs)
        date.validator = { Day(parsing: $0) == nil ? "geen bestaande datum" : nil }
        form = Form(fields: [
            FormField("Naam", TextField(glyphs: glyphs), required: true),
            FormField("BSN", bsn),
            FormField("Geboortedatum", date, required: true),
            FormField("Postcode", TextField(mask: .postcode, glyphs: glyphs)),
            FormField("Trede", Select(options: Rung.allCases.map { "\($0.rawValue) \($0.label)" }, glyphs: glyphs)),
            FormField("Belemmeringen", MultiSelect(options: Barrier.allCases.map(\.label), glyphs: glyphs)),
            FormField("Rijbewijs", Checkbox("rijbewijs B")),
        ], glyphs: glyphs)
        text = TextView(sections: Rung.allCases.map { TextSection(heading: "Trede \($0.rawValue)", body: $0.label + ". " + String(repeating: "Een momentopname, geen stempel. ", count: 6)) })
        functionBar = FunctionBar(items: [FunctionKeyItem("F1", "hulp", key: .function(1)), FunctionKeyItem("F10", "stop", key: .function(10))])
        functionBar.onKey = { [unowned self] key in _ = self.handle(.key(key)) }
        form.onSubmit = { [unowned self] in
            if let invalid = self.form.validate() { self.message = StatusMessage("veld \(invalid + 1) klopt niet", severity: .error) }
            else { self.message = StatusMessage("formulier is geldig", severity: .success) }
        }
    }

    func handle(_ event: Event) -> Bool {
        if let overlay { return overlay.handle(event) }
        if case .key(let key) = event {
            let typing = tabs.activeIndex == 1
            switch key {
            case .function(10): onQuit(); return true
            case .function(1): showHelp(); return true
            case .ctrl("p"): showPalette(); return true
            case .char(":") where !typing: showPalette(); return true
            case .char("d") where !typing: showDialog(); return true
            case .char("q") where !typing: onQuit(); return true
            case .tab where !typing, .backTab where !typing:
                tabs.activate((tabs.activeIndex + (key == .tab ? 1 : 3)) % 4); return true
            case .function(2): tabs.activate((tabs.activeIndex + 1) % 4); return true
            default: break
            }
        }
        switch tabs.activeIndex {
        case 0: return table.handle(event)
        case 1: return form.handle(event)
        case 3: return text.handle(event)
        default: return false
        }
    }

    private func showHelp() {
        let help = HelpOverlay(title: "Hulp", sections: [
            HelpSection(title: "Overal", entries: [HelpEntry(keys: "Tab / F2", description: "volgend blad"),
                                                   HelpEntry(keys: ": Ctrl-P", description: "opdrachtenlijst"),
                                                   HelpEntry(keys: "d", description: "dialoog"),
                                                   HelpEntry(keys: "F10 q", description: "stoppen")]),
            HelpSection(title: "Tabel", entries: [HelpEntry(keys: "j k ↑ ↓ PgUp PgDn", description: "bewegen"),
                                                  HelpEntry(keys: "Spatie", description: "markeren")]),
        ], glyphs: glyphs)
        help.onClose = { [unowned self] in self.overlay = nil }
        overlay = help
    }

    private func showPalette() {
        let palette = CommandPalette(entries: tabs.titles.map { PaletteEntry("Ga naar \($0)") }, glyphs: glyphs)
        palette.onPick = { [unowned self] index in self.tabs.activate(index); self.overlay = nil }
        palette.onCancel = { [unowned self] in self.overlay = nil }
        overlay = palette
    }

    private func showDialog() {
        let dialog = Dialog(title: "Bevestigen", message: "Dit is een dialoog. Doorgaan?", buttons: ["Ja", "Nee"], defaultButton: 1, glyphs: glyphs)
        dialog.onAnswer = { [unowned self] answer in
            self.message = StatusMessage(answer == 0 ? "ja gekozen" : "nee of Esc", severity: .success)
            self.overlay = nil
        }
        overlay = dialog
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        buffer.fill(area, with: Cell(" ", style: Style(.background)))
        let rows = area.rows([.length(1), .fill, .length(1), .length(1)])
        tabs.render(rows[0], into: &buffer)
        let body = rows[1]
        switch tabs.activeIndex {
        case 0: table.render(body, into: &buffer)
        case 1: form.render(body.inset(by: 1), into: &buffer)
        case 2: renderCharts(body, into: &buffer)
        default: text.render(body.inset(by: 1), into: &buffer)
        }
        StatusBar(left: " werkbank toolkit", message: message, glyphs: glyphs).render(rows[2], into: &buffer)
        functionBar.render(rows[3], into: &buffer)
        overlay?.render(area, into: &buffer)
    }

    private func renderCharts(_ area: Rect, into buffer: inout Buffer) {
        let halves = area.columns([.percentage(50), .fill], spacing: 2)
        let shares = [1.3, 9.2, 48.3, 20.9, 9.1, 11.1, 0.3]
        let bars = shares.enumerated().map { index, value in
            BarChart.Bar("trede \(index)", value: value, valueText: DutchNumber.tenths(Tenths(tenths: Int(value * 10))) + "%", role: Role.rung(index))
        }
        BarChart(bars: bars, maxValue: 60, target: 55, glyphs: glyphs).render(halves[0].inset(by: 1), into: &buffer)
        let preventie = [58.8, 61.2, 50.4, 55.0, 57.7, 54.3, 56.3, 60.1, 49.9, 55.5]
        buffer.put("preventiequote per maand", x: halves[1].x, y: halves[1].y + 1, style: Style(.header))
        Sparkline(values: preventie, maxValue: 100, glyphs: glyphs).render(Rect(x: halves[1].x, y: halves[1].y + 2, width: halves[1].width, height: 3), into: &buffer)
    }

    var cursorPosition: (x: Int, y: Int)? {
        if let overlay { return overlay.cursorPosition }
        return tabs.activeIndex == 1 ? form.cursorPosition : nil
    }

    static func run(environment: [String: String]) throws -> Int32 {
        let demo = ToolkitDemo(glyphs: Glyphs(ascii: !Workbench.terminalSupportsUnicode(environment)))
        var options = Application.Options()
        options.tooSmallMessage = appText("shell.too_small")
        options.environment = environment
        try Application.run(root: demo, options: options) { app in demo.onQuit = { app.quit() } }
        return 0
    }
}

/// What `werkbank` starts without a subcommand: the toolkit demo with `--toolkit-demo`, else the workbench.
public enum ToolkitDemoEntry {
    public static func runOrStartWorkbench(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        if arguments.flags.contains("toolkit-demo") { return try ToolkitDemo.run(environment: context.environment) }
        return try Workbench.run(arguments, context: context)
    }
}
