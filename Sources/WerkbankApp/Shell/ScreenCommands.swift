import TerminalUI

/// The commands of the screens. Each area declares `static let <area>: [Command]` in an
/// extension in its own folder and is listed here once.
enum ScreenCommands {
    static let all: [Command] = picker + caseload + dossier + ladder + instruments + today + vacancies
        + dashboard + drilldown + intake + intakeForm
}
