// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The outcome of one batch request.
///
/// - Remark: Generated from `#/components/schemas/BatchResult`.
public struct BatchResult: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/BatchResult/properties/batch_request_id`.
    public var batchRequestID: Swift.String
    /// - Remark: Generated from `#/components/schemas/BatchResult/properties/batch_result`.
    public var batchResult: BatchResult.BatchResultPayload?
    /// Why the request failed.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchResult/properties/error_message`.
    public var errorMessage: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["batch_request_id", "batch_result", "error_message"])

    /// Creates a `BatchResult`.
    ///
    /// - Parameters:
    ///   - batchRequestID: The `batch_request_id` value.
    ///   - batchResult: The `batch_result` value.
    ///   - errorMessage: Why the request failed.
    public init(
        batchRequestID: Swift.String,
        batchResult: BatchResult.BatchResultPayload? = nil,
        errorMessage: Swift.String? = nil,
    ) {
        self.batchRequestID = batchRequestID
        self.batchResult = batchResult
        self.errorMessage = errorMessage
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.batchRequestID = try container.decodeRequired(Swift.String.self, forKey: "batch_request_id")
        self.batchResult = try container.decodeIfPresent(BatchResult.BatchResultPayload.self, forKey: "batch_result")
        self.errorMessage = try container.decodeIfPresent(Swift.String.self, forKey: "error_message")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.batchRequestID, forKey: "batch_request_id")
        try container.encodeIfPresent(self.batchResult, forKey: "batch_result")
        try container.encodeIfPresent(self.errorMessage, forKey: "error_message")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension BatchResult {
    /// - Remark: Generated from `#/components/schemas/BatchResult/properties/batch_result`.
    public struct BatchResultPayload: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The response, under the request's kind.
        ///
        /// - Remark: Generated from `#/components/schemas/BatchResult/properties/batch_result/properties/response`.
        public var response: BatchResult.BatchResultPayload.Response?
        /// Why the request failed.
        ///
        /// - Remark: Generated from `#/components/schemas/BatchResult/properties/batch_result/properties/error`.
        public var error: GeneratedClientRuntime.JSONValue?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["response", "error"])

        /// Creates a `BatchResultPayload`.
        ///
        /// - Parameters:
        ///   - response: The response, under the request's kind.
        ///   - error: Why the request failed.
        public init(
            response: BatchResult.BatchResultPayload.Response? = nil,
            error: GeneratedClientRuntime.JSONValue? = nil,
        ) {
            self.response = response
            self.error = error
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.response = try container.decodeIfPresent(BatchResult.BatchResultPayload.Response.self, forKey: "response")
            self.error = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "error")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.response, forKey: "response")
            try container.encodeIfPresent(self.error, forKey: "error")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension BatchResult.BatchResultPayload {
    /// The response, under the request's kind.
    ///
    /// - Remark: Generated from `#/components/schemas/BatchResult/properties/batch_result/properties/response`.
    public struct Response: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/BatchResult/properties/batch_result/properties/response/properties/chat_get_completion`.
        public var chatGetCompletion: ChatResponse?
        /// The object's other keys and their values (`additionalProperties`).
        public var additionalProperties: [Swift.String: GeneratedClientRuntime.JSONValue]

        /// Creates a `Response`.
        ///
        /// - Parameters:
        ///   - chatGetCompletion: The `chat_get_completion` value.
        ///   - additionalProperties: The object's other keys and their values.
        public init(
            chatGetCompletion: ChatResponse? = nil,
            additionalProperties: [Swift.String: GeneratedClientRuntime.JSONValue] = [:],
        ) {
            self.chatGetCompletion = chatGetCompletion
            self.additionalProperties = additionalProperties
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.chatGetCompletion = try container.decodeIfPresent(ChatResponse.self, forKey: "chat_get_completion")
            self.additionalProperties = try GeneratedClientRuntime.AdditionalProperties.decode(GeneratedClientRuntime.JSONValue.self, from: decoder, excluding: ["chat_get_completion"])
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.chatGetCompletion, forKey: "chat_get_completion")
            try GeneratedClientRuntime.AdditionalProperties.encode(self.additionalProperties, to: encoder)
        }
    }
}
