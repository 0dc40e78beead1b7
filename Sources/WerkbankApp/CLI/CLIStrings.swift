import WerkbankCore

/// User-visible text of the command line. Each command adds its own `cli.NAME.*` keys here.
public let cliStrings = StringTable([
    "cli.unknown_option": ("onbekende optie {0}", "unknown option {0}"),
    "cli.missing_value": ("optie {0} mist een waarde", "option {0} needs a value"),
    "cli.unknown_command": ("onbekend commando '{0}'", "unknown command '{0}'"),
    "cli.see_help": ("zie 'werkbank --help'", "see 'werkbank --help'"),
    "cli.bad_language": ("onbekende taal '{0}' (nl of en)", "unknown language '{0}' (nl or en)"),
    "cli.unexpected": ("onverwachte fout: {0}", "unexpected error: {0}"),
    "cli.help_header": (
        "werkbank — werkbank voor werkcoaches, intakers en teamleiders\n\ngebruik: werkbank [COMMANDO] [OPTIES]\nZonder commando start de werkbank in de terminal.\n\nCommando's:",
        "werkbank — workbench for work coaches, intake officers and supervisors\n\nusage: werkbank [COMMAND] [OPTIONS]\nWithout a command the terminal workbench starts.\n\nCommands:"),
    "cli.help_global": (
        "Algemene opties:\n  --data MAP    gegevensmap (anders $WERKBANK_DATA, anders de demomap)\n  --user NAAM   wie er werkt (anders $WERKBANK_USER, anders de gebruikersnaam)\n  --lang nl|en  taal\n  --help        hulp bij een commando",
        "Global options:\n  --data DIR    data directory (else $WERKBANK_DATA, else the demo directory)\n  --user NAME   who is working (else $WERKBANK_USER, else the OS user name)\n  --lang nl|en  language\n  --help        help for a command"),
    "cli.version.summary": ("toont de versie", "shows the version"),
    "cli.version.help": ("gebruik: werkbank version", "usage: werkbank version"),
])

func cliText(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    cliStrings.text(key, arguments.map(\.description))
}
