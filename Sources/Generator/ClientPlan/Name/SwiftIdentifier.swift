import ClientModel
import OpenAPIReading

/// The one place Swift names are made from spec names: case conversion, reserved words and clashes.
package enum SwiftIdentifier {
    /// Swift keywords that need backticks when used as names.
    package static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "as", "false", "is", "nil", "super", "throws", "true", "try", "await", "async", "any", "some",
        "consume", "borrowing", "consuming", "copy", "discard", "each", "macro", "package", "actor", "nonisolated",
    ]
    /// Names that cannot be used even with backticks, or would break generated code; they get a suffix.
    package static let unusable: Set<String> = ["self", "Self", "Type", "Protocol", "Any", "_", "init", "deinit", "subscript"]
    /// Top-level names generated code relies on: a schema with one of these names is renamed.
    package static let reservedTypeNames: Set<String> = [
        "Swift", "Foundation", "GeneratedClientRuntime", "FoundationEssentials", "HTTPTypes", "OpenAPIRuntime", "CodingKeys",
        "Sendable", "Codable", "Hashable", "Decoder", "Encoder", "Error", "Type", "Self", "Any", "Protocol",
    ]

    /// Words spelled in capitals inside Swift names, as the API Design Guidelines do (`fileID`, `imageURL`).
    package static let acronyms: [String: String] = [
        "id": "ID", "ids": "IDs", "url": "URL", "urls": "URLs", "uri": "URI", "api": "API", "json": "JSON",
        "http": "HTTP", "https": "HTTPS", "xml": "XML", "html": "HTML", "sql": "SQL", "ui": "UI",
    ]

    /// A word capitalised for the middle of a name.
    private static func capitalised(_ word: String) -> String {
        acronyms[word.lowercased()] ?? (word.prefix(1).uppercased() + word.dropFirst())
    }

    /// `chat_response`, `chat-response`, `ChatResponse` → `ChatResponse`; `image_url` → `ImageURL`.
    package static func typeName(_ text: String) -> String {
        let words = Self.words(text)
        var name = words.map(capitalised).joined()
        if name.isEmpty { name = "Value" }
        if let first = name.unicodeScalars.first, !isIdentifierHead(first) { name = "_" + name }
        return name
    }

    /// `system_fingerprint` → `systemFingerprint`; `StringArray` → `stringArray`; `URL` → `url`.
    package static func memberName(_ text: String) -> String {
        let words = Self.words(text)
        guard let first = words.first else { return "value" }
        var name = lowercasedLeadingWord(first) + words.dropFirst().map(capitalised).joined()
        if let head = name.unicodeScalars.first, !isIdentifierHead(head) { name = "_" + name }
        return name
    }

    /// The name as written in Swift source: keywords get backticks.
    package static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// Makes `candidate` unique against `used` with a numeric suffix, and records it.
    package static func unique(_ candidate: String, in used: inout Set<String>) -> String {
        var name = unusable.contains(candidate) ? candidate + "_" : candidate
        if used.contains(name) {
            var counter = 2
            while used.contains(name + String(counter)) { counter += 1 }
            name += String(counter)
        }
        used.insert(name)
        return name
    }

    /// Splits on anything that is not a letter or digit, on lower-to-upper case changes, and before the
    /// last capital of a run followed by a lower-case letter (`HTTPMethod` → `HTTP`, `Method`).
    package static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if let previous = current.last, character.isUppercase {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let endsAcronym = previous.isUppercase && (next?.isLowercase ?? false)
                if previous.isLowercase || previous.isNumber || endsAcronym {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `URL` → `url`, `Name` → `name`.
    private static func lowercasedLeadingWord(_ word: String) -> String {
        if word.allSatisfy({ $0.isUppercase || $0.isNumber }) { return word.lowercased() }
        return word.prefix(1).lowercased() + word.dropFirst()
    }

    /// ASCII letters, digits and `_`, not starting with a digit: a safe module or file name.
    package static func isPlainIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    private static func isIdentifierHead(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }
}
