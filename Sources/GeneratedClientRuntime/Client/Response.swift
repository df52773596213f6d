import Foundation
import HTTPTypes

/// A buffered HTTP answer with a success status.
public struct Response: Sendable {
    public var operationID: String
    public var status: Int
    public var headerFields: HTTPFields
    public var body: Data
    /// The decoding mode, hook and logger of the client that received it.
    var decoder = ResponseDecoder()

    public init(operationID: String, status: Int, headerFields: HTTPFields, body: Data) {
        self.operationID = operationID
        self.status = status
        self.headerFields = headerFields
        self.body = body
    }

    public var requestID: String? { APIError.requestID(in: headerFields) }

    public var text: String { String(decoding: body, as: UTF8.self) }

    /// Decodes the body in the client's `DecodingMode`, reporting placeholders to its logger and
    /// hook, and naming the failing field's path instead of crashing or guessing.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoder.decode(type, from: body, operationID: operationID, requestID: requestID)
    }

    /// A success status the document does not describe.
    public func unexpectedStatus() -> APIClientError {
        .api(APIError(operationID: operationID, status: status, headerFields: headerFields, body: body))
    }
}
