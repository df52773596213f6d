/// A problem found in the input, printed as `file:line: severity: message [#/json/pointer]` so editors
/// and CI annotate it.
struct Diagnostic: Error, Sendable, Equatable {
    enum Severity: String, Sendable {
        case error, warning, note
    }

    var severity: Severity
    var message: String
    var origin: SourceOrigin
    /// The JSON pointer of the offending node, without the leading `#`.
    var pointer: String?

    static func error(_ message: String, at origin: SourceOrigin = .unknown, pointer: String? = nil) -> Diagnostic {
        Diagnostic(severity: .error, message: message, origin: origin, pointer: pointer)
    }

    static func note(_ message: String, at origin: SourceOrigin = .unknown, pointer: String? = nil) -> Diagnostic {
        Diagnostic(severity: .note, message: message, origin: origin, pointer: pointer)
    }

    static func warning(_ message: String, at origin: SourceOrigin = .unknown, pointer: String? = nil) -> Diagnostic {
        Diagnostic(severity: .warning, message: message, origin: origin, pointer: pointer)
    }
}

/// Collects diagnostics and knows which file each origin index names.
final class Diagnostics: @unchecked Sendable {
    private(set) var files: [String] = []
    private(set) var all: [Diagnostic] = []

    /// Registers a source file and returns the index its nodes carry.
    func register(file: String) -> Int32 {
        files.append(file)
        return Int32(files.count - 1)
    }

    func emit(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    func format(_ diagnostic: Diagnostic) -> String {
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
enum JSONPointer {
    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    static func unescape(_ token: String) -> String {
        token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    static func append(_ pointer: String, _ token: String) -> String {
        pointer + "/" + escape(token)
    }
}
