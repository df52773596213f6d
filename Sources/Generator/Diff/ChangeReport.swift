import Foundation

/// Writes a list of API changes for a terminal, a CI job summary (Markdown) or tools (JSON).
enum ChangeReport {
    enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    static func render(_ changes: [APIChange], as format: Format) -> String {
        let breaking = changes.filter(\.breaking).count
        let headline = changes.isEmpty ? "No API changes." : "API changes: \(changes.count) (\(breaking) breaking)"
        switch format {
        case .text:
            let width = changes.map(\.kind.count).max() ?? 0
            return ([headline] + changes.map { change in
                let label = change.breaking ? "BREAKING    " : "non-breaking"
                return "  \(label)  \(change.kind.padding(toLength: width, withPad: " ", startingAt: 0))  \(change.location): \(change.message)"
            }).joined(separator: "\n") + "\n"
        case .markdown:
            var lines = ["### \(headline)"]
            if !changes.isEmpty {
                lines += ["", "| | change | where | detail |", "|---|---|---|---|"]
                for change in changes {
                    let label = change.breaking ? "**breaking**" : "non-breaking"
                    lines.append("| \(label) | `\(change.kind)` | `\(escape(change.location))` | \(escape(change.message)) |")
                }
            }
            return lines.joined(separator: "\n") + "\n"
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            struct Body: Encodable {
                var breaking: Int
                var changes: [APIChange]
            }
            let data = (try? encoder.encode(Body(breaking: breaking, changes: changes))) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
