import Foundation

/// The spec, overlay and settings found in a target's folder.
struct ClientInputs {
    var spec: URL
    var overlay: URL?
    var config: URL?

    init?(in folder: URL) {
        func first(_ base: String) -> URL? {
            ["yaml", "yml", "json"].map { folder.appendingPathComponent("\(base).\($0)") }
                .first { FileManager.default.fileExists(atPath: $0.path) }
        }
        guard let spec = first("openapi") else { return nil }
        self.spec = spec
        overlay = first("openapi-overlay")
        config = first("generator")
    }

    /// The generator's arguments; without settings, the client type is named after the target.
    func arguments(output: URL, clientName: String) -> [String] {
        var arguments = ["generate", "--spec", spec.path, "--output", output.path]
        if let overlay { arguments += ["--overlay", overlay.path] }
        if let config { arguments += ["--config", config.path] } else { arguments += ["--client-name", clientName] }
        return arguments
    }
}
