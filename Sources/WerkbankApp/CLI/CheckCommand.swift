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
        let integrity = try IntegrityCheck.run(try context.preparedDataDirectory())
        context.output.line(cliText("cli.check.header", context.dataDirectory.path))
        var problems = integrity.problems
        if let dataset = integrity.dataset {
            let report = DatasetCheck.run(dataset, today: Day.today(environment: context.environment))
            let labelWidth = report.counts.map(\.label.count).max() ?? 0
            let numbers = report.counts.map { DutchNumber.integer($0.count) }
            let numberWidth = numbers.map(\.count).max() ?? 0
            for (count, number) in zip(report.counts, numbers) {
                let label = count.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                context.output.line("  " + label + "  " + String(repeating: " ", count: numberWidth - number.count) + number)
            }
            problems += report.problems
        }
        if let head = integrity.auditHead {
            context.output.line(cliText("cli.check.audit_chain", DutchNumber.integer(integrity.auditLines), head))
        }
        integrity.warnings.forEach { context.errors.line(VisibleText.message($0)) }
        guard !problems.isEmpty else {
            context.output.line(cliText("cli.check.ok"))
            return 0
        }
        context.output.line(cliText("cli.check.problems", DutchNumber.integer(problems.count)))
        problems.forEach { context.output.line("  " + VisibleText.message($0)) }
        return 1
    }
}
