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
    // MARK: demo
    "cli.demo.summary": ("maakt een map met demogegevens", "creates a directory with demo data"),
    "cli.demo.help": (
        "gebruik: werkbank demo --out MAP [--clients N] [--seed S]\n\nMaakt een nieuwe gegevensmap met een verzonnen gemeente: werkcoaches met hun caseload, een intaker,\neen teamleider, de 12 Hartwerk-werkgevers en andere werkgevers met vacatures, klanten met\nuitkeringen, treden, contacten, acties, instrumenten, plaatsingen en meldingen, en de standaard\ninstrumentenkoffer (instrumenten.json). Alles is relatief aan vandaag (of $WERKBANK_TODAY);\ndezelfde seed en dezelfde dag geven dezelfde gegevens.\n\n  --out MAP      nieuwe of lege map (een map met bestanden wordt nooit overschreven)\n  --clients N    aantal klanten (standaard 2.000, hoogstens 1.000.000)\n  --seed S       startgetal van het toeval (standaard 2017)",
        "usage: werkbank demo --out DIR [--clients N] [--seed S]\n\nCreates a new data directory with an invented municipality: work coaches with their caseloads, an\nintake officer, a supervisor, the 12 Hartwerk employers and other employers with vacancies,\nclients with benefits, rungs, contacts, actions, instruments, placements and meldingen, and the\nstandard instrument catalogue (instrumenten.json). Everything is relative to today (or\n$WERKBANK_TODAY); the same seed and day give the same data.\n\n  --out DIR      new or empty directory (a directory with files is never overwritten)\n  --clients N    number of clients (default 2,000, at most 1,000,000)\n  --seed S       random seed (default 2017)"),
    "cli.demo.missing_out": ("geef met --out MAP aan waar de demogegevens moeten komen", "name the directory for the demo data with --out DIR"),
    "cli.demo.unexpected": ("onverwacht argument '{0}'", "unexpected argument '{0}'"),
    "cli.demo.bad_clients": ("--clients '{0}' is geen aantal tussen 1 en {1}", "--clients '{0}' is not a number between 1 and {1}"),
    "cli.demo.bad_seed": ("--seed '{0}' is geen geheel getal van 0 of meer", "--seed '{0}' is not a whole number of 0 or more"),
    "cli.demo.not_a_directory": ("{0} bestaat al en is geen map; kies een nieuwe map voor de demogegevens",
                                 "{0} exists and is not a directory; choose a new directory for the demo data"),
    "cli.demo.not_empty": ("{0} is niet leeg; demogegevens komen alleen in een nieuwe of lege map, zodat er nooit gegevens worden overschreven",
                           "{0} is not empty; demo data only goes into a new or empty directory, so that no data is ever overwritten"),
    "cli.demo.generating": ("demogegevens maken voor {0} klanten…", "generating demo data for {0} clients…"),
    "cli.demo.done": ("demogegevens in {0}: {1} klanten, {2} gebruikers, {3} werkgevers, {4} vacatures, {5} plaatsingen, {6} meldingen, {7} instrumenten",
                      "demo data in {0}: {1} clients, {2} users, {3} employers, {4} vacancies, {5} placements, {6} meldingen, {7} instruments"),
    "cli.demo.details": ("seed {0}, peildatum {1}; gemaakt in {2} s, geschreven in {3} s", "seed {0}, reference date {1}; generated in {2} s, written in {3} s"),
])

func cliText(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    cliStrings.text(key, arguments.map(\.description))
}
