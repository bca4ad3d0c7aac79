import Diagnostics
import Foundation

extension SiteConfig {
    /// Reads only `Content/site.yaml` of a site folder: for commands that add files to a site
    /// (`new-report`, `new-city`) and need its languages, whatever the state of the rest.
    public static func read(siteFolder root: URL) -> (config: SiteConfig?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let path = "Content/site.yaml"
        guard let file = SourceFile.read(root.appendingPathComponent(path), path: path, into: &diagnostics) else {
            return (nil, diagnostics)
        }
        let config = ConfigLoader.load(file, into: &diagnostics)
        return (config, diagnostics)
    }
}
