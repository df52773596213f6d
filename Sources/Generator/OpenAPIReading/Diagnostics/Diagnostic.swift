/// A problem found in the input, printed as `file:line: severity: message [#/json/pointer]` so editors
/// and CI annotate it.
package struct Diagnostic: Error, Sendable, Equatable {
    package enum Severity: String, Sendable {
        case error, warning, note
    }

    package var severity: Severity
    package var message: String
    package var origin: SourceOrigin
    /// The JSON pointer of the offending node, without the leading `#`.
    package var pointer: String?

    package static func error(_ message: String, at origin: SourceOrigin = .unknown, pointer: String? = nil) -> Diagnostic {
        Diagnostic(severity: .error, message: message, origin: origin, pointer: pointer)
    }

    package static func note(_ message: String, at origin: SourceOrigin = .unknown, pointer: String? = nil) -> Diagnostic {
        Diagnostic(severity: .note, message: message, origin: origin, pointer: pointer)
    }

    package static func warning(_ message: String, at origin: SourceOrigin = .unknown, pointer: String? = nil) -> Diagnostic {
        Diagnostic(severity: .warning, message: message, origin: origin, pointer: pointer)
    }
}

/// Collects diagnostics and knows which file each origin index names.
package final class Diagnostics: @unchecked Sendable {
    package private(set) var files: [String] = []
    package private(set) var all: [Diagnostic] = []

    package init() {}

    /// Registers a source file and returns the index its nodes carry.
    package func register(file: String) -> Int32 {
        files.append(file)
        return Int32(files.count - 1)
    }

    package func emit(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    package var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    package var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    package func format(_ diagnostic: Diagnostic) -> String {
        var location = "generator"
        if diagnostic.origin.file >= 0, Int(diagnostic.origin.file) < files.count {
            location = files[Int(diagnostic.origin.file)]
            if diagnostic.origin.line > 0 { location += ":\(diagnostic.origin.line)" }
        }
        var text = "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        if let pointer = diagnostic.pointer { text += " [#\(pointer)]" }
        return text
    }
}

/// JSON pointer helpers (RFC 6901).
package enum JSONPointer {
    package static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    package static func unescape(_ token: String) -> String {
        token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The name of a schema under `#/components/schemas`, which is declared as a top-level type.
    package static func componentSchemaName(_ pointer: String) -> String? {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false)
        guard tokens.count == 4, tokens[1] == "components", tokens[2] == "schemas" else { return nil }
        return unescape(String(tokens[3]))
    }
}
