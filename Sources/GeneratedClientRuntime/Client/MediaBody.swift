import Foundation

/// A response body the document describes in more than one kind of media (JSON beside text or
/// bytes), told apart by the `Content-Type` the server answered with.
public enum MediaBody<JSONBody: Sendable>: Sendable {
    case json(JSONBody)
    /// A `text/*` body, with the media type it came with.
    case text(String, mediaType: String)
    /// Any other body, with the media type it came with (empty when the server sent none).
    case bytes(Data, mediaType: String)
}

/// Hashable when its JSON type is: generated types are unless `hashable: false`.
extension MediaBody: Equatable where JSONBody: Equatable {}
extension MediaBody: Hashable where JSONBody: Hashable {}

extension APIClient.Response {
    /// The response's media type without parameters, lowercased (`application/json`).
    public var mediaType: String {
        let value = headerFields[.contentType] ?? ""
        return value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    /// Reads the body as JSON, text or bytes by the `Content-Type` the server sent. With no JSON
    /// type (`Never`), a JSON answer is kept as text.
    public func decodeMedia<JSONBody: Decodable & Sendable>(_ type: JSONBody.Type) throws -> MediaBody<JSONBody> {
        let media = mediaType
        let isJSON = media == "application/json" || media == "text/json" || media.hasSuffix("+json")
        if isJSON, JSONBody.self != Never.self { return .json(try decode(type)) }
        if isJSON || media.hasPrefix("text/") || media == "application/x-www-form-urlencoded" { return .text(text, mediaType: media) }
        return .bytes(body, mediaType: media)
    }
}
