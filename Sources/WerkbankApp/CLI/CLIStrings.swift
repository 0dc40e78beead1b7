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
    // MARK: report
    "cli.report.summary": ("rapportages: bestand, uitstroom, preventie, ladder, kpi, caseload, instrumenten, plaatsingen",
                           "reports: bestand, uitstroom, preventie, ladder, kpi, caseload, instrumenten, plaatsingen"),
    "cli.report.help": (
        "gebruik: werkbank report NAAM [--data MAP] [--from JJJJ|JJJJ-MM] [--to JJJJ|JJJJ-MM] [--peildatum dd-mm-jjjj] [--coach NAAM] [--format table|csv|json]\n\nRapporten:\n  bestand       beginstand, instroom (langer/korter dan 1 maand), uitstroom, saldo, eindstand per jaar\n  uitstroom     uitstroom per jaar naar reden, naar werk, totaal\n  preventie     meldingen, aanvragen, besluiten en preventiequote per maand\n  ladder        start, actueel, verwacht en aantal treden op de peildatum\n  kpi           de ambities van de nota met waarde en doel\n  caseload      per coach: klanten, treden, acties te laat, klanten zonder contact\n  instrumenten  inzet en kosten per instrument per jaar\n  plaatsingen   voorgesteld → proef → tijdelijk → vast, duurzame uitstroom na 6 en 12 maanden\n\nOpties:\n  --from, --to   een jaar (2012) of een maand (2017-01); standaard alles in de gegevens\n  --peildatum    standaard vandaag\n  --coach NAAM   alleen de klanten van deze coach\n  --format       table (standaard), csv (met ; en BOM, voor Excel) of json\n  --weken N      caseload: geen contact langer dan N weken (standaard 8)\n  --regionaal P  kpi: regionaal gemiddelde uitstroom naar werk in procenten",
        "usage: werkbank report NAME [--data DIR] [--from YYYY|YYYY-MM] [--to YYYY|YYYY-MM] [--peildatum dd-mm-yyyy] [--coach NAME] [--format table|csv|json]\n\nReports:\n  bestand       opening stock, inflow (longer/shorter than 1 month), outflow, balance, closing stock per year\n  uitstroom     outflow per year by reason, to work, total\n  preventie     requests, applications, decisions and prevention rate per month\n  ladder        start, current, expected rung and steps on the reference date\n  kpi           the paper's ambitions with value and target\n  caseload      per coach: clients, rungs, overdue actions, clients without contact\n  instrumenten  deployments and cost per instrument per year\n  plaatsingen   proposed → trial → temporary → permanent, lasting outflow after 6 and 12 months\n\nOptions:\n  --from, --to   a year (2012) or a month (2017-01); default everything in the data\n  --peildatum    reference date, default today\n  --coach NAME   only this coach's clients\n  --format       table (default), csv (with ; and BOM, for Excel) or json\n  --weken N      caseload: no contact for more than N weeks (default 8)\n  --regionaal P  kpi: regional average outflow to work in percent"),
    "cli.report.missing_name": ("welk rapport? kies uit: {0}", "which report? choose from: {0}"),
    "cli.report.too_many": ("onverwacht: {0} (één rapport tegelijk)", "unexpected: {0} (one report at a time)"),
    "cli.report.unknown_name": ("onbekend rapport '{0}'; kies uit: {1}", "unknown report '{0}'; choose from: {1}"),
    "cli.report.bad_format": ("--format '{0}': kies table, csv of json", "--format '{0}': choose table, csv or json"),
    "cli.report.bad_period": ("--{0} '{1}' is geen jaar (2012) of maand (2017-01)", "--{0} '{1}' is not a year (2012) or a month (2017-01)"),
    "cli.report.reversed": ("--to {0} ligt vóór --from {1}", "--to {0} comes before --from {1}"),
    "cli.report.bad_date": ("--peildatum '{0}' is geen bestaande datum (dd-mm-jjjj)", "--peildatum '{0}' is not an existing date (dd-mm-yyyy)"),
    "cli.report.bad_weeks": ("--weken '{0}' moet een geheel aantal weken van 1 tot en met 520 zijn", "--weken '{0}' must be a whole number of weeks from 1 to 520"),
    "cli.report.bad_rate": ("--regionaal '{0}' moet een percentage van 0 tot 100 zijn, bijvoorbeeld 12,5", "--regionaal '{0}' must be a percentage from 0 to 100, for example 12.5"),
    "cli.report.unknown_coach": ("coach '{0}' is geen gebruiker en heeft geen klanten", "coach '{0}' is not a user and has no clients"),
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
    // MARK: bench
    "cli.bench.summary": ("meet snelheid op een gegenereerde gemeente", "measures speed on a generated municipality"),
    "cli.bench.help": ("gebruik: werkbank bench [--clients N]\n\nGenereert N klanten (standaard 100.000) en meet openen, opslaan, zoeken, sorteren,\ntekenen, rapporten, import en export, naast cat/jq/grep gemeten in dezelfde run.",
                       "usage: werkbank bench [--clients N]\n\nGenerates N clients (default 100,000) and measures opening, saving, searching, sorting,\ndrawing, reports, import and export, next to cat/jq/grep measured in the same run."),
    "cli.bench.bad_clients": ("--clients wil een getal van 1000 tot 1000000, niet '{0}'", "--clients takes a number from 1000 to 1000000, not '{0}'"),
    // MARK: intake
    "cli.intake.summary": ("start de werkbank op een nieuwe melding (intake)", "starts the workbench on a new melding (intake)"),
    "cli.intake.help": (
        "gebruik: werkbank intake [--data MAP] [--user NAAM]\n\nStart de werkbank in de terminal op het formulier voor een nieuwe melding.\nEsc gaat naar het overzicht van open meldingen, aanvragen en intakes.",
        "usage: werkbank intake [--data DIR] [--user NAME]\n\nStarts the terminal workbench on the form for a new melding.\nEsc goes to the overview of open meldingen, applications and intakes."),
    "cli.intake.no_arguments": ("intake neemt geen argumenten", "intake takes no arguments"),
    // MARK: vacatures, match, kaart
    "cli.vacatures.summary": ("toont de vacatures", "lists the vacancies"),
    "cli.vacatures.help": (
        "gebruik: werkbank vacatures [--data MAP] [--format table|json]\n\nToont elke vacature met functie, werkgever, plaats, uren en status\n(open, voorgesteld, vervuld, ingetrokken). De gegevensmap wordt alleen gelezen.",
        "usage: werkbank vacatures [--data DIR] [--format table|json]\n\nLists every vacancy with function, employer, place, hours and status\n(open, voorgesteld, vervuld, ingetrokken). The data directory is only read."),
    "cli.vacatures.title": ("Vacatures ({0})", "Vacancies ({0})"),
    "cli.vacatures.column.id": ("Id", "Id"),
    "cli.vacatures.column.functie": ("Functie", "Function"),
    "cli.vacatures.column.werkgever": ("Werkgever", "Employer"),
    "cli.vacatures.column.plaats": ("Plaats", "Place"),
    "cli.vacatures.column.uren": ("Uren", "Hours"),
    "cli.vacatures.column.status": ("Status", "Status"),
    "cli.match.summary": ("wie past op een vacature, of welke vacatures passen bij een klant", "who fits a vacancy, or which vacancies fit a client"),
    "cli.match.help": (
        "gebruik: werkbank match (--vacature ID | --klant ID) [--top N] [--format table|json] [--met-ontheffing]\n\nRangschikt de klanten van alle caseloads voor een vacature, of de open vacatures voor een klant.\nElke factor toont zijn bijdrage, de uitleg en wanneer de gegevens het laatst zijn bevestigd.\nOnzeker (eerst bellen): meer dan 8 weken geen contact of profiel niet bevestigd in 6 maanden.\nCertificaten zijn harde eisen. Namen van klanten van andere coaches worden afgeschermd.\n\n  --top N            hoeveel (standaard 10)\n  --met-ontheffing   ook klanten met volledige ontheffing van de arbeidsplicht\n  --format           table (standaard) of json",
        "usage: werkbank match (--vacature ID | --klant ID) [--top N] [--format table|json] [--met-ontheffing]\n\nRanks the clients of all caseloads for a vacancy, or the open vacancies for a client.\nEvery factor shows its contribution, the reason and when its data was last confirmed.\nUncertain (call first): no contact for more than 8 weeks or profile not confirmed in 6 months.\nCertificates are hard requirements. Names of other coaches' clients are masked.\n\n  --top N            how many (default 10)\n  --met-ontheffing   include clients fully exempt from the work obligation\n  --format           table (default) or json"),
    "cli.match.unexpected": ("onverwacht argument '{0}'", "unexpected argument '{0}'"),
    "cli.match.one_of": ("geef --vacature ID of --klant ID (één van beide)", "give --vacature ID or --klant ID (one of them)"),
    "cli.match.bad_top": ("--top '{0}' moet een geheel getal van 1 of meer zijn", "--top '{0}' must be a whole number of 1 or more"),
    "cli.match.bad_format": ("--format '{0}': kies {1}", "--format '{0}': choose {1}"),
    "cli.match.unknown_vacancy": ("vacature '{0}' bestaat niet", "vacancy '{0}' does not exist"),
    "cli.match.unknown_client": ("klant '{0}' bestaat niet", "client '{0}' does not exist"),
    "cli.match.via_coach": ("(via coach {0})", "(through coach {0})"),
    "cli.match.uncertain": ("onzeker — eerst bellen", "uncertain — call first"),
    "cli.match.title_candidates": ("Kandidaten ({0})", "Candidates ({0})"),
    "cli.match.title_vacancies": ("Vacatures ({0})", "Vacancies ({0})"),
    "cli.match.column.klant": ("Klant", "Client"),
    "cli.match.column.naam": ("Naam", "Name"),
    "cli.match.column.bsn": ("BSN", "BSN"),
    "cli.match.column.vacature": ("Vacature", "Vacancy"),
    "cli.match.column.werkgever": ("Werkgever", "Employer"),
    "cli.match.column.score": ("Score", "Score"),
    "cli.match.column.onzeker": ("Onzeker", "Uncertain"),
    "cli.match.column.waarom": ("Waarom", "Why"),
    "cli.kaart.summary": ("anonieme kandidaatkaart voor een werkgever", "anonymous candidate card for an employer"),
    "cli.kaart.help": (
        "gebruik: werkbank kaart --klant ID [--format text|markdown]\n\nToont de anonieme kandidaatkaart: vaardigheden, ervaring, wensen, beschikbaarheid, uren en\nde ondersteuning die meekomt (jobcoach, proefplaatsing). Zonder naam, BSN, adres of bedragen.\nDe export wordt vastgelegd in het auditlog.",
        "usage: werkbank kaart --klant ID [--format text|markdown]\n\nShows the anonymous candidate card: skills, experience, wishes, availability, hours and the\nsupport that comes along (job coach, trial placement). No name, BSN, address or amounts.\nThe export is recorded in the audit log."),
    "cli.kaart.missing_client": ("geef met --klant ID aan voor wie de kaart is", "name the client with --klant ID"),
    "cli.kaart.reference": ("Kandidaat", "Candidate"),
])

func cliText(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    cliStrings.text(key, arguments.map(\.description))
}
