import ClientModel
import OpenAPIReading

/// Builds `///` doc comment lines from the spec's text, ending with the JSON pointer they came from.
package enum DocComment {
    package static func lines(_ docs: Documentation, pointer: String?, extra: [String] = []) -> [String] {
        var body: [String] = []
        if let summary = docs.summary { body += paragraphs(summary) }
        if let details = docs.details, details != docs.summary {
            if !body.isEmpty { body.append("") }
            body += paragraphs(details)
        }
        var notes: [String] = []
        if let value = docs.defaultValue { notes.append("Default: `\(value)`.") }
        if let example = docs.examples.first { notes.append("Example: `\(example)`.") }
        notes += extra
        if let pointer { notes.append("Generated from `#\(pointer)`.") }
        if !notes.isEmpty {
            if !body.isEmpty { body.append("") }
            body += notes.count == 1 && pointer != nil ? ["- Remark: " + notes[0]] : notes.map { "- " + $0 }
        }
        return body.map { $0.isEmpty ? "///" : "/// " + $0 }
    }

    /// `/// Creates a `Name`.` and a `- Parameters:` list: each argument with the first line of its summary.
    package static func initializerLines(name: String, arguments: [(name: String, summary: String)]) -> [String] {
        let bare = name.replacingOccurrences(of: "`", with: "")
        let article = bare.first.map { "AEIOU".contains($0) } == true ? "an" : "a"
        var lines = ["/// Creates \(article) `\(bare)`."]
        guard !arguments.isEmpty else { return lines }
        lines += ["///", "/// - Parameters:"]
        for argument in arguments {
            let summary = paragraphs(argument.summary).first { !$0.isEmpty } ?? ""
            lines.append("///   - \(argument.name.replacingOccurrences(of: "`", with: "")): \(summary)")
        }
        return lines
    }

    private static func paragraphs(_ text: String) -> [String] {
        // Any line break (LF, CR, CRLF, U+2028, ...) ends a comment line.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            String($0).trimmingTrailingWhitespace()
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }
}

extension String {
    package func trimmingTrailingWhitespace() -> String {
        var scalars = Substring(self)
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
