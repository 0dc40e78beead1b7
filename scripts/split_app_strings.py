#!/usr/bin/env python3
"""Splits Sources/WerkbankApp/Shell/AppStrings.swift (one big table) into one table per
screen area, each next to its screens, and rewrites AppStrings.swift to merge them.
Run from the repository root on a single-table AppStrings.swift. Key names and the order of
the keys inside an area stay as they were; an unknown key prefix stops the script."""
import re
import sys

APP = "Sources/WerkbankApp/"
# area: (file, variable, what the table holds, key prefixes, command/help scopes)
AREAS = [
    ("shell", "Shell/ShellStrings.swift", "shellStrings", "the shell: start, header, keys and theme files, dialogs, access and messages",
     ["draft", "shell", "keys", "theme", "access", "messages"], ["global", "picker", "messages"]),
    ("caseload", "Caseload/CaseloadStrings.swift", "caseloadStrings", "the caseload",
     ["caseload"], ["caseload"]),
    ("today", "Today/TodayStrings.swift", "todayStrings", "the agenda (F9)", ["today"], ["today"]),
    ("vacancies", "Shell/VacanciesStrings.swift", "vacanciesStrings",
     "the vacancy list (F7; kept in Shell until Sources/WerkbankApp/Vacancies is free to move it there)",
     ["vacancies"], ["vacancies"]),
    ("dossier", "Dossier/DossierStrings.swift", "dossierStrings", "the client dossier and its tabs",
     ["dossier"], ["dossier", "dossier-overzicht", "dossier-plan", "dossier-notities", "dossier-plaatsingen", "dossier-historie"]),
    ("forms", "Forms/FormStrings.swift", "formStrings", "the edit forms", ["form"], []),
    ("ladder", "Ladder/LadderStrings.swift", "ladderStrings", "the ladder screen (F5) and the dossier's Ladder tab",
     ["ladder"], ["ladder", "dossier-ladder"]),
    ("instruments", "Instruments/InstrumentStrings.swift", "instrumentStrings",
     "the instrumentenkoffer (F6) and the dossier's Instrumenten tab", ["koffer"], ["instruments", "dossier-instruments"]),
    ("dashboard", "Dashboard/DashboardStrings.swift", "dashboardStrings",
     "the figures (F8): teamleider overview, report panes and drill-down", ["dashboard", "drilldown", "overview"],
     ["dashboard", "drilldown"]),
    ("intake", "Intake/IntakeStrings.swift", "intakeStrings", "the intake overview (F2) and forms", ["intake"],
     ["intake", "intake-form"]),
]


def area_of(key):
    parts = key.split(".")
    for name, _, _, _, prefixes, scopes in AREAS:
        if parts[0] in ("cmd", "scope"):
            if parts[1] in scopes:
                return name
        elif parts[0] in prefixes:
            return name
    sys.exit(f"split_app_strings: no area for key {key}")


def paren_balance(line):
    depth, in_string, escaped = 0, False, False
    for ch in line:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
    return depth


def main():
    path = APP + "Shell/AppStrings.swift"
    text = open(path).read()
    start = text.index("public let appStrings = StringTable([\n") + len("public let appStrings = StringTable([\n")
    end = text.index("\n])\n", start)
    lines = text[start:end].split("\n")
    entries = {name: [] for name, *_ in AREAS}
    pending, current, depth = [], None, 0
    for line in lines:
        if current is not None:
            current.append(line)
            depth += paren_balance(line)
            if depth == 0:
                current = None
            continue
        stripped = line.strip()
        if stripped.startswith("// MARK:") or stripped == "":
            pending = []
            continue
        if stripped.startswith("//"):
            pending.append(line)
            continue
        match = re.match(r'\s*"([^"]+)":', line)
        if not match:
            sys.exit(f"split_app_strings: cannot read line: {line}")
        current = pending + [line]
        pending = []
        entries[area_of(match.group(1))].append(current)
        depth = paren_balance(line)
        if depth == 0:
            current = None
    for name, file, variable, what, _, _ in AREAS:
        body = "\n".join(l for entry in entries[name] for l in entry)
        open(APP + file, "w").write(
            f"/// The texts of {what}, Dutch first, English second (merged into `appStrings`).\n"
            f"let {variable}: AppStringEntries = [\n{body}\n]\n")
    names = [variable for _, _, variable, *_ in AREAS]
    variables = "\n".join("        " + ", ".join(names[i:i + 6]) + "," for i in range(0, len(names), 6))
    open(path, "w").write(text[:text.index("/// Every text the screens show")] + f'''/// The texts of one screen area: key → Dutch and English text.
typealias AppStringEntries = [String: (nl: String, en: String)]

/// Every text the screens show, Dutch first, English second. Each area keeps its keys, prefixed
/// with the area name, in a table next to its screens (`CaseloadStrings.swift`, …), listed in
/// `AppStrings.areas`; a key belongs to one area only.
public let appStrings = StringTable(AppStrings.areas.reduce(into: AppStringEntries()) {{ all, area in
    all.merge(area) {{ first, _ in first }}
}})

enum AppStrings {{
    static let areas: [AppStringEntries] = [
{variables}
    ]
}}
''' + text[end + len("\n])\n"):])


main()
