import Foundation
import WerkbankApp
import WerkbankBench

exit(CLI.main(Array(CommandLine.arguments.dropFirst()), commands: CLI.commands + [BenchCommand.self], reportsCrashes: true,
              startWorkbench: { try ToolkitDemoEntry.runOrStartWorkbench($0, context: $1) }))
