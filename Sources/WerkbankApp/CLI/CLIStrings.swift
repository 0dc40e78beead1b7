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

    // MARK: import, export, check
    "cli.import.summary": ("leest CSV-bestanden in (alles of niets)", "imports CSV files (all or nothing)"),
    "cli.import.help": (
        "gebruik: werkbank import CSVMAP [--data MAP]\n\nLeest klanten.csv (verplicht) en uitkeringen.csv, treden.csv en meldingen.csv\n(als ze er zijn) in de gegevensmap, in het formaat van IMPORT-FORMAT.md:\nUTF-8, ; als scheidingsteken, datums dd-mm-jjjj of jjjj-mm-dd.\n\nEen klant uit klanten.csv vervangt de velden van de klant met hetzelfde id;\nnotities, acties en inzet van instrumenten blijven staan. Uitkeringen en treden\nvan die klanten worden vervangen door de regels uit de bestanden.\nMeldingen worden op id vervangen. Voor elke onbekende coach komt er een\ngebruiker met de rol werkcoach.\n\nAlles of niets: bij een fout worden de problemen getoond als\nbestand:regel:kolom: reden (hooguit 20) en blijft de gegevensmap ongewijzigd.",
        "usage: werkbank import CSVDIR [--data DIR]\n\nReads klanten.csv (required) and uitkeringen.csv, treden.csv and meldingen.csv\n(when present) into the data directory, in the format of IMPORT-FORMAT.md:\nUTF-8, ; as separator, dates dd-mm-yyyy or yyyy-mm-dd.\n\nA client in klanten.csv replaces the fields of the client with the same id;\nnotes, actions and instrument deployments stay. Benefit periods and ladder\nobservations of those clients are replaced by the rows in the files.\nMeldingen are replaced by id. Every unknown coach becomes a user with the\nrole work coach.\n\nAll or nothing: on an error the problems are listed as\nfile:line:column: reason (at most 20) and the data directory stays unchanged."),
    "cli.import.need_directory": ("noem één map met CSV-bestanden", "name one directory holding the CSV files"),
    "cli.import.reading": ("gegevensmap {0} lezen…", "reading data directory {0}…"),
    "cli.import.saving": ("opslaan in {0}…", "saving to {0}…"),
    "cli.import.progress": ("{0} {1}/{2} regels", "{0} {1}/{2} lines"),
    "cli.import.journal": ("import uit {0}: {1}", "import from {0}: {1}"),
    "cli.import.done": ("ingelezen uit {0} in {1}:", "imported from {0} into {1}:"),
    "cli.export.summary": ("schrijft de gegevens als CSV-bestanden", "writes the data as CSV files"),
    "cli.export.help": (
        "gebruik: werkbank export CSVMAP [--data MAP]\n\nSchrijft klanten.csv, uitkeringen.csv, treden.csv en meldingen.csv in CSVMAP\n(gemaakt als die er niet is), in het formaat van IMPORT-FORMAT.md. Bestaande\nbestanden met die namen worden vervangen. De gegevensmap wordt alleen gelezen;\nde export wordt vastgelegd in het auditlog.",
        "usage: werkbank export CSVDIR [--data DIR]\n\nWrites klanten.csv, uitkeringen.csv, treden.csv and meldingen.csv into CSVDIR\n(created when missing), in the format of IMPORT-FORMAT.md. Existing files with\nthose names are replaced. The data directory is only read; the export is\nrecorded in the audit log."),
    "cli.export.need_directory": ("noem één map om de CSV-bestanden in te schrijven", "name one directory to write the CSV files into"),
    "cli.export.counts": ("{0} klanten en {1} meldingen", "{0} clients and {1} meldingen"),
    "cli.export.done": ("{0} geëxporteerd naar {1}", "{0} exported to {1}"),
    "cli.check.summary": ("controleert alle gegevens", "checks all data"),
    "cli.check.help": (
        "gebruik: werkbank check [--data MAP]\n\nControleert elk record in de gegevensmap (alleen lezen): BSN (elfproef),\ndatums, postcodes, treden, uitkeringen die overlappen of eindigen voor ze\nbeginnen, duur van ingezette instrumenten tegen het maximum uit de\ninstrumentenkoffer, en verwijzingen naar onbekende klanten, werkgevers,\nvacatures en instrumenten. Toont de aantallen per soort en elk probleem.\nExitcode 1 als er problemen zijn.",
        "usage: werkbank check [--data DIR]\n\nChecks every record in the data directory (read-only): BSN (elfproef), dates,\npostcodes, rungs, benefit periods that overlap or end before they start,\ninstrument deployments longer than the catalogue maximum, and references to\nunknown clients, employers, vacancies and instruments. Shows the counts per\nkind and every problem. Exit code 1 when there are problems."),
    "cli.check.no_arguments": ("check neemt geen argumenten", "check takes no arguments"),
    "cli.check.header": ("gegevensmap {0}:", "data directory {0}:"),
    "cli.check.ok": ("geen problemen gevonden", "no problems found"),
    "cli.check.problems": ("{0} problemen:", "{0} problems:"),
])

func cliText(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    cliStrings.text(key, arguments.map(\.description))
}
