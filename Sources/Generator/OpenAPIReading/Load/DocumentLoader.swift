import Foundation

/// Reads a JSON or YAML file into a `Node`; the only place that knows about either syntax.
package enum DocumentLoader {
    /// Maximum input size; larger documents are rejected before parsing.
    package static let maxBytes = 64 << 20

    package static func load(path: String, diagnostics: Diagnostics) throws(Diagnostic) -> Node {
        let file = diagnostics.register(file: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .error("cannot read '\(path)'", at: SourceOrigin(file: file, line: 0))
        }
        return try parse(Array(data), file: file, path: path)
    }

    /// Parses bytes as JSON when they look like JSON (or the path ends in `.json`), as YAML otherwise.
    package static func parse(_ bytes: [UInt8], file: Int32, path: String) throws(Diagnostic) -> Node {
        guard bytes.count <= maxBytes else {
            throw .error("document is larger than \(maxBytes >> 20) MiB", at: SourceOrigin(file: file, line: 0))
        }
        if path.hasSuffix(".json") || looksLikeJSON(bytes) {
            return try JSONParser.parse(bytes, file: file)
        }
        return try YAMLParser.parse(bytes, file: file)
    }

    private static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) })
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
