import Foundation
import WerkbankApp

exit(CLI.main(Array(CommandLine.arguments.dropFirst()), reportsCrashes: true))
