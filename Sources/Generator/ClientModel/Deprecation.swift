import OpenAPIReading

/// Why a declaration is deprecated, decided once for schemas, properties and operations alike.
///
/// OpenAPI's `deprecated: true` carries no reason, so the reason is, in order: the
/// `x-deprecation-message` extension beside it; else the first sentence of the description when it
/// speaks of the deprecation (`DEPRECATED in favor of included_x_handles.`); else a sentence saying
/// only that the document marks it deprecated. Swift shows it in `@available(*, deprecated, message:)`.
package enum Deprecation {
    package static let fallback = "Marked deprecated in the OpenAPI document."

    /// The reason, or nil when the declaration is not deprecated.
    package static func reason(deprecated: Bool, message: String?, description: String?) -> String? {
        guard deprecated else { return nil }
        if let message = oneLine(message), !message.isEmpty { return message }
        if let sentence = firstSentence(of: description), sentence.lowercased().contains("deprecat") { return sentence }
        return fallback
    }

    private static func oneLine(_ text: String?) -> String? {
        text?.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    private static func firstSentence(of text: String?) -> String? {
        guard let text = oneLine(text), !text.isEmpty else { return nil }
        if let end = text.range(of: ". ") { return String(text[..<end.lowerBound]) + "." }
        return text
    }
}
