import WerkbankCore

/// User-visible text of `werkbank bench` (its summary and help are in `cliStrings`).
let benchStrings = StringTable([
    "bench.bad_clients": ("--clients wil een getal van 100 tot 1000000, niet '{0}'", "--clients takes a number from 100 to 1000000, not '{0}'"),
    "bench.bad_format": ("--format wil table of json, niet '{0}'", "--format takes table or json, not '{0}'"),
    "bench.not_loaded": ("de rest van de klanten is niet overgenomen", "the rest of the clients was not taken over"),
    "bench.bad_probe": ("--probe is intern: first-screen met --data", "--probe is internal: first-screen with --data"),
    "bench.no_users": ("de gegevensmap heeft geen werkcoach en geen beheerder om mee te meten", "the data directory has no work coach and no administrator to measure with"),
    "bench.not_caseload": ("het eerste scherm van {0} is niet de klantenlijst maar '{1}'", "the first screen of {0} is not the caseload but '{1}'"),
    "bench.not_all_clients": ("de klantenlijst van {0} toont {1} van de {2} klanten; zoeken moet over alle klanten gaan", "the caseload of {0} lists {1} of the {2} clients; search must cover all clients"),
    "bench.no_dossier": ("Enter en 7 op de klantenlijst openden geen dossier op Historie", "Enter and 7 on the caseload opened no dossier on History"),
    "bench.edit_summary": ("notitie van de meting (bench)", "note of the measurement (bench)"),
    "bench.edit_failed": ("wijziging van klant {0} is niet opgeslagen", "the edit of client {0} was not saved"),
    "bench.report_failed": ("'werkbank report {0}' is mislukt", "'werkbank report {0}' failed"),
    "bench.probe_failed": ("het eerste scherm kon in het kindproces niet gemeten worden", "the first screen could not be measured in the child process"),
    "bench.step.copy": ("kopie maken van {0}", "copying {0}"),
    "bench.step.generate": ("gemeente met {0} klanten genereren", "generating a municipality with {0} clients"),
    "bench.step.read": ("gegevensmap lezen (zoekvragen, gebruikers)", "reading the data directory (queries, users)"),
    "bench.step.first_screen": ("eerste scherm en geheugen (eigen proces)", "first screen and memory (own process)"),
    "bench.step.reports": ("rapporten (elk een eigen proces)", "reports (each its own process)"),
    "bench.step.peers": ("vergelijkers: fzf, grep, jq, cat, /bin/true", "peers: fzf, grep, jq, cat, /bin/true"),
    "bench.step.screens": ("zoeken, sorteren, dossiers, tekenen, wijzigen", "search, sort, dossiers, drawing, edits"),
    "bench.step.baseline": ("wijzigen bij {0} klanten", "edits at {0} clients"),
    "bench.header": ("werkbank bench — {0} klanten", "werkbank bench — {0} clients"),
    "bench.queries": ("zoekvragen (letter voor letter getypt): {0}", "queries (typed letter by letter): {0}"),
    "bench.row.first_screen": ("eerste scherm werkcoach (openen + klantenlijst)", "first screen of a work coach (open + caseload)"),
    "bench.row.all_clients": ("alle klanten geladen en doorzoekbaar (achtergrond)", "all clients loaded and searchable (background)"),
    "bench.row.rss": ("geheugen met alle klanten geladen (VmRSS)", "memory with all clients loaded (VmRSS)"),
    "bench.row.report": ("traagste rapport ({0}, eigen proces)", "slowest report ({0}, own process)"),
    "bench.row.search": ("toets → scherm, alle klanten, p50 / p99 ({0} toetsen, {1} zoekvragen)", "key → screen, all clients, p50 / p99 ({0} keys, {1} queries)"),
    "bench.row.sort": ("sorteren (s), alle klanten", "sort (s), all clients"),
    "bench.row.dossier": ("dossier openen met historie", "open a dossier with its history"),
    "bench.row.edit": ("wijziging opslaan (fsync), p50 / p99", "save an edit (fsync), p50 / p99"),
    "bench.row.edit_ratio": ("wijziging bij {0} vs 1.000 klanten", "edit at {0} vs 1,000 clients"),
    "bench.row.frame": ("klantenlijst tekenen, volledig 200×60", "draw the caseload, full 200×60"),
    "bench.row.data": ("gegevensmap", "data directory"),
    "bench.row.peers": ("vergelijkers (eigen proces, mediaan):", "peers (own process, median):"),
    "bench.peer.fzf": ("fzf --filter Q < namen (p50 zoekvragen)", "fzf --filter Q < names (p50 of queries)"),
    "bench.peer.grep": ("grep -i Q < namen (p50 zoekvragen)", "grep -i Q < names (p50 of queries)"),
    "bench.peer.jq": ("jq: elke regel van de gegevens ontleed", "jq: every line of the data parsed"),
    "bench.peer.cat": ("cat van de gegevens", "cat of the data"),
    "bench.peer_missing": ("niet geïnstalleerd", "not installed"),
    "bench.peer_failed": ("fout (exitcode {0})", "error (exit status {0})"),
])

func benchText(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    benchStrings.text(key, arguments.map(\.description))
}
