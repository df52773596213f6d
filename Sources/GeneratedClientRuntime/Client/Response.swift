import Foundation
import HTTPTypes

extension APIClient {
    /// A buffered HTTP answer with a success status.
    public struct Response: Sendable {
        public var operationID: String
        public var status: Int
        public var headerFields: HTTPFields
        public var body: Data
        /// The decoding mode, hook and logger of the client that received it.
        var decoder = ResponseDecoder()
        /// The memory `body` points into, when the client read it: decoding then reads it in place.
        var storage: JSONBytes?

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
        /// A body of another shape altogether is never a value of placeholders: one that carries none of
        /// the type's required keys but an `error` member throws `APIClientError.api` (an error sent with
        /// a success status), and otherwise `APIClientError.decoding` (see `TolerationFloor`).
        public func decode<T: Decodable>(_ type: T.Type) throws -> T {
            do {
                return try decoder.decode(type, from: body, storage: storage, operationID: operationID, requestID: requestID)
            } catch is TolerationFloor.BodyIsAnError {
                throw unexpectedStatus()
            }
        }

        /// A success status the document does not describe.
        public func unexpectedStatus() -> APIClientError {
            .api(APIError(operationID: operationID, status: status, headerFields: headerFields, body: body))
        }
    }
}
