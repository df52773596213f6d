import Foundation
import Logging

/// Decodes response bodies in a client's `DecodingMode` and reports every placeholder, with its
/// field path, to the client's logger and `APIClientConfiguration.onDecodingIssue`.
struct ResponseDecoder: Sendable {
    var mode: DecodingMode = .tolerant
    var onIssue: (@Sendable (DecodingIssue) -> Void)?
    var logger: Logger?

    /// Decodes `body` as `type`; a body that does not fit throws `APIClientError.decoding` naming the
    /// field, and an error body in tolerant mode throws `TolerationFloor.BodyIsAnError` for the caller,
    /// which knows the status, to turn into `APIClientError.api`.
    func decode<T: Decodable>(_ type: T.Type, from body: Data, storage: JSONBytes? = nil, operationID: String, requestID: String?) throws -> T {
        let value: T
        let substituted: [(path: String, kind: DecodingIssue.Kind)]
        do {
            (value, substituted) = try JSONCoding.decodeReporting(type, from: body, mode: mode, storage: storage)
        } catch let error as TolerationFloor.BodyIsAnError {
            throw error
        } catch {
            throw APIClientError.decoding(DecodingFailure(operationID: operationID, type: type, error: error, requestID: requestID))
        }
        for (path, kind) in substituted {
            let issue = DecodingIssue(operationID: operationID, type: String(describing: type), path: path, kind: kind, requestID: requestID)
            logger?.warning("\(issue)")
            onIssue?(issue)
        }
        return value
    }
}
