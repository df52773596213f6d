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

    /// Every JSON and YAML file in the target's folder and below it: a document split over files
    /// may refer to any of them, so editing any one regenerates.
    var documentFiles: [URL] {
        let folder = spec.deletingLastPathComponent()
        let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return found.filter { ["yaml", "yml", "json"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
    }

    /// The generator's arguments; without settings, the client type is named after the target.
    func arguments(output: URL, clientName: String) -> [String] {
        var arguments = ["generate", "--spec", spec.path, "--output", output.path]
        if let overlay { arguments += ["--overlay", overlay.path] }
        if let config { arguments += ["--config", config.path] } else { arguments += ["--client-name", clientName] }
        return arguments
    }
}
