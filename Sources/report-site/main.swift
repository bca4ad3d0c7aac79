import Foundation
import ReportSiteCLI

// A thin main: the commands live in ReportSiteCLI, where tests call them in-process.
let code = await ReportSite.main(arguments: Array(CommandLine.arguments.dropFirst()))
exit(code)
