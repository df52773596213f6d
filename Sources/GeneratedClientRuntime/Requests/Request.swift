import Foundation
import HTTPTypes
import OpenAPIRuntime

extension APIClient {
    /// One HTTP request as generated operations build it, before the client adds the server, the API key,
    /// its default headers and middlewares.
    public struct Request: Sendable {
        public var method: HTTPRequest.Method
        /// The path with path parameters filled in and escaped, without the query.
        public var path: String
        public var operationID: String
        public var query: [(name: String, value: String)] = []
        public var headerFields = HTTPFields()
        /// A body held in memory; it can be sent again when a call is retried.
        public var bodyData: Data?
        /// A body read as it is sent (an upload from disk). It is sent again on a retry when it can be
        /// iterated more than once, as `MultipartForm` bodies can.
        public var bodyStream: HTTPBody?
        /// False for calls that must not be repeated (`x-no-retry`), such as fetching a result the
        /// server hands out only once.
        public var allowsRetry = true
        /// How this call sends the API key, when it differs from the client's `security`: alternatives,
        /// each the schemes sent together; `[]` sends none.
        public var security: [[SecurityScheme]]?
        /// Why this request must not be sent (a header value with CR, LF or NUL), found while building it.
        private var refusal: String?

        public init(method: HTTPRequest.Method, path: String, operationID: String) {
            self.method = method
            self.path = path
            self.operationID = operationID
        }

        /// Adds a query parameter; nil adds nothing.
        public mutating func addQuery(_ name: String, _ value: (some ParameterValue)?) {
            guard let value else { return }
            query.append((name, value.parameterText))
        }

        /// Adds an array query parameter: `a=1&a=2` when exploded, `a=1,2` otherwise.
        public mutating func addQuery(_ name: String, _ values: [some ParameterValue]?, explode: Bool = true) {
            guard let values else { return }
            if explode {
                for value in values { query.append((name, value.parameterText)) }
            } else {
                query.append((name, values.map(\.parameterText).joined(separator: ",")))
            }
        }

        /// Sets a header parameter; nil sets nothing. A name or value HTTP cannot carry as given makes
        /// the call throw `APIClientError.invalidRequest` before sending.
        public mutating func setHeader(_ name: String, _ value: (some ParameterValue)?) {
            guard let value else { return }
            setHeaderText(name, value.parameterText)
        }

        /// An array header (`style: simple`): the values joined by commas.
        public mutating func setHeader(_ name: String, _ values: [some ParameterValue]?) {
            guard let values else { return }
            setHeaderText(name, values.map(\.parameterText).joined(separator: ","))
        }

        private mutating func setHeaderText(_ name: String, _ text: String) {
            do {
                try HeaderValidation.check(name: name, value: text, what: "\(operationID): header parameter")
                headerFields[HTTPField.Name(name)!] = text
            } catch {
                refusal = refusal ?? "\(error)"
            }
        }

        /// Throws what building the request found wrong with it, before anything is sent.
        func validate() throws {
            if let refusal { throw APIClientError.invalidRequest(String(refusal.trimmingPrefix("invalid request: "))) }
        }

        /// Encodes `value` as the JSON body; a value JSON cannot hold (`Double.nan`) throws
        /// `APIClientError.invalidRequest`, before anything is sent.
        public mutating func setJSONBody(_ value: some Encodable, contentType: String = "application/json") throws {
            let data = try Self.encode(value, describing: "\(operationID): the request body")
            setBody(data, contentType: contentType)
        }

        /// JSON for a value about to be sent; `what` names it in the error (`createChatCompletion: the request body`).
        static func encode(_ value: some Encodable, describing what: String) throws -> Data {
            do {
                return try JSONCoding.encode(value)
            } catch {
                throw APIClientError.invalidRequest("\(what) cannot be encoded: \(error)")
            }
        }

        public mutating func setBody(_ data: Data, contentType: String) {
            headerFields[.contentType] = contentType
            bodyData = data
            bodyStream = nil
        }

        /// False when the body can be read only once, so a retry could not send it again.
        var canResend: Bool { bodyStream.map { $0.iterationBehavior == .multiple } ?? true }

        @_spi(Generated) public mutating func setMultipartBody(_ form: MultipartForm) {
            headerFields[.contentType] = form.contentType
            bodyData = nil
            bodyStream = form.body()
        }

        @_spi(Generated) public mutating func setFormBody(_ form: FormURLEncoded) {
            setBody(Data(form.encoded.utf8), contentType: "application/x-www-form-urlencoded")
        }

        /// The body as the transport receives it.
        public var body: HTTPBody? {
            bodyStream ?? bodyData.map { HTTPBody($0) }
        }

        /// The path and query as sent: `/v1/files?limit=10`.
        public var pathAndQuery: String {
            guard !query.isEmpty else { return path }
            return path + "?" + query.map { PathEncoding.escape($0.name) + "=" + PathEncoding.escape($0.value) }.joined(separator: "&")
        }
    }
}
