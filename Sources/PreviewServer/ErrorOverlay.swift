import Diagnostics

/// The box a broken build lays over every served page: each diagnostic with its file, line,
/// column, message and suggestion, all escaped, over the last good version of the page.
enum ErrorOverlay {
    static let elementID = "report-site-preview-errors"

    static func render(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedForDisplay().sorted { ($0.severity == .error ? 0 : 1) < ($1.severity == .error ? 0 : 1) }
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        var summary = "\(errors) error\(errors == 1 ? "" : "s")"
        if warnings > 0 { summary += ", \(warnings) warning\(warnings == 1 ? "" : "s")" }
        var html = """
        <div id="\(elementID)" role="alert" aria-labelledby="\(elementID)-title">
        <style>
        #\(elementID){position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);color:#f4f4f5;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;padding:2rem 1.25rem}
        #\(elementID) .box{max-width:60rem;margin:0 auto}
        #\(elementID) h2{font:600 1.25rem/1.3 system-ui,sans-serif;color:#fca5a5;margin:0 0 .5rem}
        #\(elementID) ol{list-style:none;margin:1rem 0;padding:0}
        #\(elementID) li{border-left:4px solid #f87171;background:#27272a;margin:0 0 .75rem;padding:.6rem .9rem;white-space:pre-wrap;overflow-wrap:anywhere}
        #\(elementID) li.warning{border-color:#fbbf24}
        #\(elementID) .where{color:#93c5fd}
        #\(elementID) .severity{font-weight:700;color:#fca5a5}
        #\(elementID) li.warning .severity{color:#fcd34d}
        #\(elementID) .suggestion{display:block;color:#a7f3d0}
        #\(elementID) button{font:inherit;color:inherit;background:#3f3f46;border:1px solid #71717a;border-radius:4px;padding:.25rem .75rem;cursor:pointer}
        </style>
        <div class="box">
        <h2 id="\(elementID)-title">The site does not build: \(summary)</h2>
        <p>This preview shows the last version that built. Fix the file and save; the page updates by itself.</p>
        <ol>

        """
        for diagnostic in sorted {
            let severity = diagnostic.severity.rawValue
            html += "<li class=\"\(severity)\"><span class=\"where\">\(escape(diagnostic.location.description))</span>: "
            html += "<span class=\"severity\">\(severity)</span>: <span class=\"message\">\(escape(diagnostic.message))</span>"
            if let suggestion = diagnostic.suggestion {
                html += "<span class=\"suggestion\">\(escape(suggestion))</span>"
            }
            html += "</li>\n"
        }
        html += """
        </ol>
        <button type="button" onclick="this.closest('#\(elementID)').remove()">Hide until the next change</button>
        </div>
        </div>

        """
        return html
    }

    /// Text and attribute escaping for the overlay (its own, so that the overlay does not
    /// depend on the site renderer's escaping helpers).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
