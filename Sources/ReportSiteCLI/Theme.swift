import ArgumentParser
import Foundation
import Pages
import SiteBuilder
import Theme

/// `report-site theme`: the built-in theme.
struct Theme: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the built-in theme.",
        subcommands: [ThemeExport.self, ThemeReference.self]
    )
}

/// `report-site theme export DIR`: writes the built-in templates, interface strings and
/// stylesheet into a folder, to start a site's overrides from.
struct ThemeExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in theme (Templates/, Templates/strings/, Public/) into a folder.",
        discussion: """
        A site uses the built-in theme unless it has a file of the same name in its own \
        Templates/, Templates/strings/ or Public/. Export into the site folder and delete the \
        files you do not change, so that later versions of the theme still reach them.
        """
    )

    @Argument(help: "The folder to write into, usually the site folder.")
    var directory: String = "."

    @Flag(help: "Replace files that exist.")
    var force = false

    mutating func run() throws {
        let code = execute(output: .standard)
        if code != 0 { throw ExitCode(code) }
    }

    func execute(output sink: OutputSink) -> Int32 {
        do {
            let paths = try BuiltInTheme.export(to: URL(fileURLWithPath: directory), overwrite: force)
            sink.out("wrote \(paths.count) theme files into \(directory)")
            return 0
        } catch {
            sink.err("error: \(error)")
            return 1
        }
    }
}

/// `report-site theme reference`: the variables each template is given, as Markdown
/// (docs/templates.md is this output).
struct ThemeReference: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Print the variables each template is given (docs/templates.md), as Markdown."
    )

    mutating func run() throws {
        _ = execute(output: .standard)
    }

    func execute(output sink: OutputSink) -> Int32 {
        // The sink adds the line break that ends the last line.
        sink.out(String(TemplateReference.markdown().dropLast()))
        return 0
    }
}
