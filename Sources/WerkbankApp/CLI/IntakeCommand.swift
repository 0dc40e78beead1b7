import WerkbankCore

/// `werkbank intake`: starts the terminal workbench straight on a new melding form.
public enum IntakeCommand: Subcommand {
    public static let name = "intake"
    public static let summaryKey = "cli.intake.summary"
    public static let helpKey = "cli.intake.help"
    public static let valuedOptions: Set<String> = ["theme"]

    public static func run(_ arguments: Arguments, context: CLIContext) throws -> Int32 {
        guard arguments.positional.isEmpty else {
            throw UsageError(cliText("cli.intake.no_arguments"))
        }
        return try Workbench.run(arguments, context: context, start: .intake, then: IntakeHomeCommand.new)
    }
}
