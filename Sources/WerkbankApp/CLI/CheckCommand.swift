import Foundation
import WerkbankCore

/// `werkbank check [--data DIR]`: validates every record (read-only), prints the number of
/// records per collection and each problem; exit code 1 when there is any problem.
public enum CheckCommand: Subcommand {
    public static let name = "check"
    public static let summaryKey = "cli.check.summary"
    public static let helpKey = "cli.check.help"
    public static let valuedOptions: Set<String> = []

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.isEmpty else { throw UsageError(cliText("cli.check.no_arguments")) }
        let store = try Store.open(try context.preparedDataDirectory(), user: context.user, readOnly: true)
        defer { store.close() }
        let report = DatasetCheck.run(store.data, today: Day.today(environment: context.environment))
        context.output.line(cliText("cli.check.header", context.dataDirectory.path))
        let labelWidth = report.counts.map(\.label.count).max() ?? 0
        let numbers = report.counts.map { DutchNumber.integer($0.count) }
        let numberWidth = numbers.map(\.count).max() ?? 0
        for (count, number) in zip(report.counts, numbers) {
            let label = count.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            context.output.line("  " + label + "  " + String(repeating: " ", count: numberWidth - number.count) + number)
        }
        store.warnings.forEach { context.errors.line($0) }
        guard !report.problems.isEmpty else {
            context.output.line(cliText("cli.check.ok"))
            return 0
        }
        context.output.line(cliText("cli.check.problems", DutchNumber.integer(report.problems.count)))
        report.problems.forEach { context.output.line("  " + VisibleText.message($0)) }
        return 1
    }
}
