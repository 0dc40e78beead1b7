import WerkbankCore

/// Every text the screens show, Dutch first, English second. Each area keeps its keys in its
/// own `// MARK:` block, prefixed with the area name.
public let appStrings = StringTable([
    // MARK: shell
    "shell.app": ("Werkbank", "Werkbank"),
    "shell.too_small": ("venster te klein (min. 80×24)", "window too small (min. 80×24)"),
    "shell.saved": ("opgeslagen: {0}", "saved: {0}"),
    "shell.save_failed": ("niet opgeslagen: {0}", "not saved: {0}"),
    "shell.undone": ("ongedaan gemaakt: {0}", "undone: {0}"),
    "shell.nothing_to_undo": ("niets om ongedaan te maken", "nothing to undo"),
    "shell.cannot_undo": ("deze wijziging kan niet ongedaan worden gemaakt", "this change cannot be undone"),
    "shell.read_only": ("alleen lezen: {0}", "read only: {0}"),
    "shell.not_available": ("{0}: nog niet beschikbaar", "{0}: not available yet"),
    "shell.not_allowed": ("{0}: niet voor de rol {1}", "{0}: not for the role {1}"),
    "shell.help_title": ("Hulp — toetsen", "Help — keys"),
    "shell.help_global": ("Overal", "Everywhere"),
    "shell.palette_title": ("Opdrachten", "Commands"),
    "shell.quit_title": ("Stoppen", "Quit"),
    "shell.quit_dirty": ("Er zijn niet-opgeslagen wijzigingen in een formulier. Toch stoppen?", "A form has unsaved changes. Quit anyway?"),
    "shell.discard_title": ("Wijzigingen weggooien", "Discard changes"),
    "shell.discard_dirty": ("Dit formulier heeft niet-opgeslagen wijzigingen. Weggooien?", "This form has unsaved changes. Discard them?"),
    "shell.yes": ("Ja", "Yes"),
    "shell.no": ("Nee", "No"),
    "shell.weekday.0": ("ma", "Mon"), "shell.weekday.1": ("di", "Tue"), "shell.weekday.2": ("wo", "Wed"),
    "shell.weekday.3": ("do", "Thu"), "shell.weekday.4": ("vr", "Fri"), "shell.weekday.5": ("za", "Sat"),
    "shell.weekday.6": ("zo", "Sun"),
    "shell.pick_user_title": ("Wie ben je?", "Who are you?"),
    "shell.pick_user_intro": ("Gebruiker '{0}' is onbekend in deze gegevensmap. Kies wie je bent en druk op Enter.",
                              "User '{0}' is not known in this data directory. Pick who you are and press Enter."),
    "shell.no_users": ("Deze gegevensmap heeft nog geen gebruikers. Importeer eerst klanten (werkbank import).",
                       "This data directory has no users yet. Import clients first (werkbank import)."),
    // Help overlay section titles, one per key-map scope.
    "scope.picker": ("Gebruiker kiezen", "Pick a user"),
    // Global commands: help text and function-bar label.
    "cmd.global.help": ("hulp: alle toetsen van dit scherm", "help: every key of this screen"),
    "cmd.global.help.label": ("hulp", "help"),
    "cmd.global.intake": ("intake: nieuwe melding, open meldingen", "intake: new melding, open meldingen"),
    "cmd.global.intake.label": ("intake", "intake"),
    "cmd.global.search": ("zoek een klant (naam, BSN, klantnummer, postcode)", "find a client (name, BSN, id, postcode)"),
    "cmd.global.search.label": ("zoek", "search"),
    "cmd.global.filter": ("filter de caseload", "filter the caseload"),
    "cmd.global.filter.label": ("filter", "filter"),
    "cmd.global.ladder": ("participatieladder", "participation ladder"),
    "cmd.global.ladder.label": ("ladder", "ladder"),
    "cmd.global.instruments": ("instrumentenkoffer", "instrument case"),
    "cmd.global.instruments.label": ("koffer", "toolkit"),
    "cmd.global.vacancies": ("vacatures en matches", "vacancies and matches"),
    "cmd.global.vacancies.label": ("vacatures", "vacancies"),
    "cmd.global.dashboard": ("cijfers: stand, stromen, preventie, ladder, KPI's", "figures: stock, flows, prevention, ladder, KPIs"),
    "cmd.global.dashboard.label": ("cijfers", "figures"),
    "cmd.global.today": ("vandaag: acties die vandaag of eerder moesten", "today: actions due today or earlier"),
    "cmd.global.today.label": ("vandaag", "today"),
    "cmd.global.quit": ("stoppen", "quit"),
    "cmd.global.quit.label": ("stop", "quit"),
    "cmd.global.palette": ("opdrachtenlijst: typ om te zoeken", "command palette: type to search"),
    "cmd.global.back": ("terug", "back"),
    "cmd.global.undo": ("laatste wijziging ongedaan maken", "undo the last change"),
    "cmd.global.caseload": ("naar de caseload", "go to the caseload"),
    "cmd.picker.choose": ("deze gebruiker kiezen", "choose this user"),
])

/// Looks up a screen text in the current language.
func appText(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    appStrings.text(key, arguments.map(\.description))
}
