// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// One event of a `/v1/responses` stream (`stream: true`). The stream's last event is `response.completed`, `response.failed`, `response.incomplete` or `error`.
///
/// - Remark: Generated from `#/components/schemas/ResponseStreamEvent`.
public enum ResponseStreamEvent: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The response was created; `response.status` is `in_progress`.
    case responseCreated(ResponseStreamEvent.ResponseCreated)
    /// The response is being generated.
    case responseInProgress(ResponseStreamEvent.ResponseInProgress)
    /// An output item (message, function call, reasoning, ...) was started.
    case responseOutputItemAdded(ResponseStreamEvent.ResponseOutputItemAdded)
    /// A content part was started in an output message.
    case responseContentPartAdded(ResponseStreamEvent.ResponseContentPartAdded)
    /// A piece of output text; append `delta` to the part's text.
    case responseOutputTextDelta(ResponseStreamEvent.ResponseOutputTextDelta)
    /// The output text of a content part is complete.
    case responseOutputTextDone(ResponseStreamEvent.ResponseOutputTextDone)
    /// A content part of an output message is complete.
    case responseContentPartDone(ResponseStreamEvent.ResponseContentPartDone)
    /// A piece of a function call's arguments (a JSON string being built).
    case responseFunctionCallArgumentsDelta(ResponseStreamEvent.ResponseFunctionCallArgumentsDelta)
    /// A function call's arguments are complete.
    case responseFunctionCallArgumentsDone(ResponseStreamEvent.ResponseFunctionCallArgumentsDone)
    /// An output item is complete.
    case responseOutputItemDone(ResponseStreamEvent.ResponseOutputItemDone)
    /// The response is complete (last event of a successful stream).
    case responseCompleted(ResponseStreamEvent.ResponseCompleted)
    /// The response failed; `response.error` says why (last event).
    case responseFailed(ResponseStreamEvent.ResponseFailed)
    /// The response ended early; `response.incomplete_details` says why (last event).
    case responseIncomplete(ResponseStreamEvent.ResponseIncomplete)
    /// An error occurred while streaming.
    case error(ResponseStreamEvent.ErrorResponseStreamEvent)
    /// A part of a reasoning item's summary was started.
    case responseReasoningSummaryPartAdded(ResponseStreamEvent.ResponseReasoningSummaryPartAdded)
    /// A part of a reasoning item's summary is complete.
    case responseReasoningSummaryPartDone(ResponseStreamEvent.ResponseReasoningSummaryPartDone)
    /// A piece of reasoning summary text; append `delta` to the summary part.
    case responseReasoningSummaryTextDelta(ResponseStreamEvent.ResponseReasoningSummaryTextDelta)
    /// The text of a reasoning summary part is complete.
    case responseReasoningSummaryTextDone(ResponseStreamEvent.ResponseReasoningSummaryTextDone)
    /// A web search call was started.
    case responseWebSearchCallInProgress(ResponseStreamEvent.ResponseWebSearchCallInProgress)
    /// A web search call is searching.
    case responseWebSearchCallSearching(ResponseStreamEvent.ResponseWebSearchCallSearching)
    /// A web search call is complete; its item (with the query and sources) follows in `response.output_item.done`.
    case responseWebSearchCallCompleted(ResponseStreamEvent.ResponseWebSearchCallCompleted)
    /// A citation was added to an output text part.
    case responseOutputTextAnnotationAdded(ResponseStreamEvent.ResponseOutputTextAnnotationAdded)
    /// A piece of a custom tool call's input; append `delta` to the call's `input`.
    case responseCustomToolCallInputDelta(ResponseStreamEvent.ResponseCustomToolCallInputDelta)
    /// A custom tool call's input is complete.
    case responseCustomToolCallInputDone(ResponseStreamEvent.ResponseCustomToolCallInputDone)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "response.created": self = .responseCreated(try ResponseStreamEvent.ResponseCreated(from: decoder))
        case "response.in_progress": self = .responseInProgress(try ResponseStreamEvent.ResponseInProgress(from: decoder))
        case "response.output_item.added": self = .responseOutputItemAdded(try ResponseStreamEvent.ResponseOutputItemAdded(from: decoder))
        case "response.content_part.added": self = .responseContentPartAdded(try ResponseStreamEvent.ResponseContentPartAdded(from: decoder))
        case "response.output_text.delta": self = .responseOutputTextDelta(try ResponseStreamEvent.ResponseOutputTextDelta(from: decoder))
        case "response.output_text.done": self = .responseOutputTextDone(try ResponseStreamEvent.ResponseOutputTextDone(from: decoder))
        case "response.content_part.done": self = .responseContentPartDone(try ResponseStreamEvent.ResponseContentPartDone(from: decoder))
        case "response.function_call_arguments.delta": self = .responseFunctionCallArgumentsDelta(try ResponseStreamEvent.ResponseFunctionCallArgumentsDelta(from: decoder))
        case "response.function_call_arguments.done": self = .responseFunctionCallArgumentsDone(try ResponseStreamEvent.ResponseFunctionCallArgumentsDone(from: decoder))
        case "response.output_item.done": self = .responseOutputItemDone(try ResponseStreamEvent.ResponseOutputItemDone(from: decoder))
        case "response.completed": self = .responseCompleted(try ResponseStreamEvent.ResponseCompleted(from: decoder))
        case "response.failed": self = .responseFailed(try ResponseStreamEvent.ResponseFailed(from: decoder))
        case "response.incomplete": self = .responseIncomplete(try ResponseStreamEvent.ResponseIncomplete(from: decoder))
        case "error": self = .error(try ResponseStreamEvent.ErrorResponseStreamEvent(from: decoder))
        case "response.reasoning_summary_part.added": self = .responseReasoningSummaryPartAdded(try ResponseStreamEvent.ResponseReasoningSummaryPartAdded(from: decoder))
        case "response.reasoning_summary_part.done": self = .responseReasoningSummaryPartDone(try ResponseStreamEvent.ResponseReasoningSummaryPartDone(from: decoder))
        case "response.reasoning_summary_text.delta": self = .responseReasoningSummaryTextDelta(try ResponseStreamEvent.ResponseReasoningSummaryTextDelta(from: decoder))
        case "response.reasoning_summary_text.done": self = .responseReasoningSummaryTextDone(try ResponseStreamEvent.ResponseReasoningSummaryTextDone(from: decoder))
        case "response.web_search_call.in_progress": self = .responseWebSearchCallInProgress(try ResponseStreamEvent.ResponseWebSearchCallInProgress(from: decoder))
        case "response.web_search_call.searching": self = .responseWebSearchCallSearching(try ResponseStreamEvent.ResponseWebSearchCallSearching(from: decoder))
        case "response.web_search_call.completed": self = .responseWebSearchCallCompleted(try ResponseStreamEvent.ResponseWebSearchCallCompleted(from: decoder))
        case "response.output_text.annotation.added": self = .responseOutputTextAnnotationAdded(try ResponseStreamEvent.ResponseOutputTextAnnotationAdded(from: decoder))
        case "response.custom_tool_call_input.delta": self = .responseCustomToolCallInputDelta(try ResponseStreamEvent.ResponseCustomToolCallInputDelta(from: decoder))
        case "response.custom_tool_call_input.done": self = .responseCustomToolCallInputDone(try ResponseStreamEvent.ResponseCustomToolCallInputDone(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .responseCreated(let value):
            try value.encode(to: encoder)
        case .responseInProgress(let value):
            try value.encode(to: encoder)
        case .responseOutputItemAdded(let value):
            try value.encode(to: encoder)
        case .responseContentPartAdded(let value):
            try value.encode(to: encoder)
        case .responseOutputTextDelta(let value):
            try value.encode(to: encoder)
        case .responseOutputTextDone(let value):
            try value.encode(to: encoder)
        case .responseContentPartDone(let value):
            try value.encode(to: encoder)
        case .responseFunctionCallArgumentsDelta(let value):
            try value.encode(to: encoder)
        case .responseFunctionCallArgumentsDone(let value):
            try value.encode(to: encoder)
        case .responseOutputItemDone(let value):
            try value.encode(to: encoder)
        case .responseCompleted(let value):
            try value.encode(to: encoder)
        case .responseFailed(let value):
            try value.encode(to: encoder)
        case .responseIncomplete(let value):
            try value.encode(to: encoder)
        case .error(let value):
            try value.encode(to: encoder)
        case .responseReasoningSummaryPartAdded(let value):
            try value.encode(to: encoder)
        case .responseReasoningSummaryPartDone(let value):
            try value.encode(to: encoder)
        case .responseReasoningSummaryTextDelta(let value):
            try value.encode(to: encoder)
        case .responseReasoningSummaryTextDone(let value):
            try value.encode(to: encoder)
        case .responseWebSearchCallInProgress(let value):
            try value.encode(to: encoder)
        case .responseWebSearchCallSearching(let value):
            try value.encode(to: encoder)
        case .responseWebSearchCallCompleted(let value):
            try value.encode(to: encoder)
        case .responseOutputTextAnnotationAdded(let value):
            try value.encode(to: encoder)
        case .responseCustomToolCallInputDelta(let value):
            try value.encode(to: encoder)
        case .responseCustomToolCallInputDone(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ResponseStreamEvent {
    /// The response was created; `response.status` is `in_progress`.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/0`.
    public struct ResponseCreated: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/0/properties/type`.
        public var type: Swift.String { "response.created" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/0/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/0/properties/response`.
        public var response: ModelResponse?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "response"])

        /// Creates a `ResponseCreated`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - response: The `response` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            response: ModelResponse? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.response = response
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.response = try container.decodeIfPresent(ModelResponse.self, forKey: "response")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.created", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.response, forKey: "response")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// The response is being generated.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/1`.
    public struct ResponseInProgress: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/1/properties/type`.
        public var type: Swift.String { "response.in_progress" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/1/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/1/properties/response`.
        public var response: ModelResponse?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "response"])

        /// Creates a `ResponseInProgress`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - response: The `response` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            response: ModelResponse? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.response = response
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.response = try container.decodeIfPresent(ModelResponse.self, forKey: "response")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.in_progress", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.response, forKey: "response")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// An output item (message, function call, reasoning, ...) was started.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/2`.
    public struct ResponseOutputItemAdded: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/2/properties/type`.
        public var type: Swift.String { "response.output_item.added" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/2/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/2/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/2/properties/item`.
        public var item: ModelOutput?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "output_index", "item"])

        /// Creates a `ResponseOutputItemAdded`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - item: The `item` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            outputIndex: Swift.Int32? = nil,
            item: ModelOutput? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.outputIndex = outputIndex
            self.item = item
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.item = try container.decodeIfPresent(ModelOutput.self, forKey: "item")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.output_item.added", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.item, forKey: "item")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A content part was started in an output message.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/3`.
    public struct ResponseContentPartAdded: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/3/properties/type`.
        public var type: Swift.String { "response.content_part.added" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/3/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the output item the part belongs to.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/3/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/3/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// Index of the part in the item's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/3/properties/content_index`.
        public var contentIndex: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/3/properties/part`.
        public var part: OutputMessageContent?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "content_index", "part"])

        /// Creates a `ResponseContentPartAdded`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - itemID: ID of the output item the part belongs to.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - contentIndex: Index of the part in the item's `content`.
        ///   - part: The `part` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            contentIndex: Swift.Int32? = nil,
            part: OutputMessageContent? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.contentIndex = contentIndex
            self.part = part
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.contentIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "content_index")
            self.part = try container.decodeIfPresent(OutputMessageContent.self, forKey: "part")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.content_part.added", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.contentIndex, forKey: "content_index")
            try container.encodeIfPresent(self.part, forKey: "part")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A piece of output text; append `delta` to the part's text.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/4`.
    public struct ResponseOutputTextDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/4/properties/type`.
        public var type: Swift.String { "response.output_text.delta" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/4/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the output item the text belongs to.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/4/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/4/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// Index of the part in the item's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/4/properties/content_index`.
        public var contentIndex: Swift.Int32?
        /// The text added.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/4/properties/delta`.
        public var delta: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "content_index", "delta"])

        /// Creates a `ResponseOutputTextDelta`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - itemID: ID of the output item the text belongs to.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - contentIndex: Index of the part in the item's `content`.
        ///   - delta: The text added.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            contentIndex: Swift.Int32? = nil,
            delta: Swift.String? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.contentIndex = contentIndex
            self.delta = delta
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.contentIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "content_index")
            self.delta = try container.decodeIfPresent(Swift.String.self, forKey: "delta")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.output_text.delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.contentIndex, forKey: "content_index")
            try container.encodeIfPresent(self.delta, forKey: "delta")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// The output text of a content part is complete.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/5`.
    public struct ResponseOutputTextDone: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/5/properties/type`.
        public var type: Swift.String { "response.output_text.done" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/5/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the output item the text belongs to.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/5/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/5/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// Index of the part in the item's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/5/properties/content_index`.
        public var contentIndex: Swift.Int32?
        /// The whole text of the part.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/5/properties/text`.
        public var text: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "content_index", "text"])

        /// Creates a `ResponseOutputTextDone`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - itemID: ID of the output item the text belongs to.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - contentIndex: Index of the part in the item's `content`.
        ///   - text: The whole text of the part.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            contentIndex: Swift.Int32? = nil,
            text: Swift.String? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.contentIndex = contentIndex
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.contentIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "content_index")
            self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.output_text.done", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.contentIndex, forKey: "content_index")
            try container.encodeIfPresent(self.text, forKey: "text")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A content part of an output message is complete.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/6`.
    public struct ResponseContentPartDone: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/6/properties/type`.
        public var type: Swift.String { "response.content_part.done" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/6/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the output item the part belongs to.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/6/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/6/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// Index of the part in the item's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/6/properties/content_index`.
        public var contentIndex: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/6/properties/part`.
        public var part: OutputMessageContent?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "content_index", "part"])

        /// Creates a `ResponseContentPartDone`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - itemID: ID of the output item the part belongs to.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - contentIndex: Index of the part in the item's `content`.
        ///   - part: The `part` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            contentIndex: Swift.Int32? = nil,
            part: OutputMessageContent? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.contentIndex = contentIndex
            self.part = part
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.contentIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "content_index")
            self.part = try container.decodeIfPresent(OutputMessageContent.self, forKey: "part")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.content_part.done", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.contentIndex, forKey: "content_index")
            try container.encodeIfPresent(self.part, forKey: "part")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A piece of a function call's arguments (a JSON string being built).
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/7`.
    public struct ResponseFunctionCallArgumentsDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/7/properties/type`.
        public var type: Swift.String { "response.function_call_arguments.delta" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/7/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the function call item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/7/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/7/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// The characters added to the arguments.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/7/properties/delta`.
        public var delta: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "delta"])

        /// Creates a `ResponseFunctionCallArgumentsDelta`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - itemID: ID of the function call item.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - delta: The characters added to the arguments.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            delta: Swift.String? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.delta = delta
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.delta = try container.decodeIfPresent(Swift.String.self, forKey: "delta")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.function_call_arguments.delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.delta, forKey: "delta")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A function call's arguments are complete.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/8`.
    public struct ResponseFunctionCallArgumentsDone: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/8/properties/type`.
        public var type: Swift.String { "response.function_call_arguments.done" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/8/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the function call item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/8/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/8/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// The whole arguments, as a JSON string.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/8/properties/arguments`.
        public var arguments: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "arguments"])

        /// Creates a `ResponseFunctionCallArgumentsDone`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - itemID: ID of the function call item.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - arguments: The whole arguments, as a JSON string.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            arguments: Swift.String? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.arguments = arguments
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.arguments = try container.decodeIfPresent(Swift.String.self, forKey: "arguments")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.function_call_arguments.done", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.arguments, forKey: "arguments")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// An output item is complete.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/9`.
    public struct ResponseOutputItemDone: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/9/properties/type`.
        public var type: Swift.String { "response.output_item.done" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/9/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/9/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/9/properties/item`.
        public var item: ModelOutput?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "output_index", "item"])

        /// Creates a `ResponseOutputItemDone`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - item: The `item` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            outputIndex: Swift.Int32? = nil,
            item: ModelOutput? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.outputIndex = outputIndex
            self.item = item
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.item = try container.decodeIfPresent(ModelOutput.self, forKey: "item")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.output_item.done", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.item, forKey: "item")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// The response is complete (last event of a successful stream).
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/10`.
    public struct ResponseCompleted: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/10/properties/type`.
        public var type: Swift.String { "response.completed" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/10/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/10/properties/response`.
        public var response: ModelResponse?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "response"])

        /// Creates a `ResponseCompleted`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - response: The `response` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            response: ModelResponse? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.response = response
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.response = try container.decodeIfPresent(ModelResponse.self, forKey: "response")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.completed", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.response, forKey: "response")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// The response failed; `response.error` says why (last event).
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/11`.
    public struct ResponseFailed: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/11/properties/type`.
        public var type: Swift.String { "response.failed" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/11/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/11/properties/response`.
        public var response: ModelResponse?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "response"])

        /// Creates a `ResponseFailed`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - response: The `response` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            response: ModelResponse? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.response = response
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.response = try container.decodeIfPresent(ModelResponse.self, forKey: "response")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.failed", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.response, forKey: "response")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// The response ended early; `response.incomplete_details` says why (last event).
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/12`.
    public struct ResponseIncomplete: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/12/properties/type`.
        public var type: Swift.String { "response.incomplete" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/12/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/12/properties/response`.
        public var response: ModelResponse?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "response"])

        /// Creates a `ResponseIncomplete`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - response: The `response` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            response: ModelResponse? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.response = response
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.response = try container.decodeIfPresent(ModelResponse.self, forKey: "response")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.incomplete", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.response, forKey: "response")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// An error occurred while streaming.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/13`.
    public struct ErrorResponseStreamEvent: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/13/properties/type`.
        public var type: Swift.String { "error" }
        /// Position of this event in the stream, from 0.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/13/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// Machine-readable error code.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/13/properties/code`.
        public var code: Swift.String?
        /// Human-readable error message.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/13/properties/message`.
        public var message: Swift.String?
        /// The request parameter the error is about, if any.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/13/properties/param`.
        public var param: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "code", "message", "param"])

        /// Creates an `ErrorResponseStreamEvent`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream, from 0.
        ///   - code: Machine-readable error code.
        ///   - message: Human-readable error message.
        ///   - param: The request parameter the error is about, if any.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            code: Swift.String? = nil,
            message: Swift.String? = nil,
            param: Swift.String? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.code = code
            self.message = message
            self.param = param
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.code = try container.decodeIfPresent(Swift.String.self, forKey: "code")
            self.message = try container.decodeIfPresent(Swift.String.self, forKey: "message")
            self.param = try container.decodeIfPresent(Swift.String.self, forKey: "param")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("error", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.code, forKey: "code")
            try container.encodeIfPresent(self.message, forKey: "message")
            try container.encodeIfPresent(self.param, forKey: "param")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A part of a reasoning item's summary was started.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/14`.
    public struct ResponseReasoningSummaryPartAdded: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/14/properties/type`.
        public var type: Swift.String { "response.reasoning_summary_part.added" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/14/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the reasoning item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/14/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/14/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// Index of the part in the item's `summary`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/14/properties/summary_index`.
        public var summaryIndex: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/14/properties/part`.
        public var part: ReasoningSummaryPart?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "summary_index", "part"])

        /// Creates a `ResponseReasoningSummaryPartAdded`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the reasoning item.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - summaryIndex: Index of the part in the item's `summary`.
        ///   - part: The `part` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            summaryIndex: Swift.Int32? = nil,
            part: ReasoningSummaryPart? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.summaryIndex = summaryIndex
            self.part = part
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.summaryIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "summary_index")
            self.part = try container.decodeIfPresent(ReasoningSummaryPart.self, forKey: "part")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.reasoning_summary_part.added", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.summaryIndex, forKey: "summary_index")
            try container.encodeIfPresent(self.part, forKey: "part")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A part of a reasoning item's summary is complete.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/15`.
    public struct ResponseReasoningSummaryPartDone: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/15/properties/type`.
        public var type: Swift.String { "response.reasoning_summary_part.done" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/15/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the reasoning item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/15/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/15/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// Index of the part in the item's `summary`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/15/properties/summary_index`.
        public var summaryIndex: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/15/properties/part`.
        public var part: ReasoningSummaryPart?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "summary_index", "part"])

        /// Creates a `ResponseReasoningSummaryPartDone`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the reasoning item.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - summaryIndex: Index of the part in the item's `summary`.
        ///   - part: The `part` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            summaryIndex: Swift.Int32? = nil,
            part: ReasoningSummaryPart? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.summaryIndex = summaryIndex
            self.part = part
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.summaryIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "summary_index")
            self.part = try container.decodeIfPresent(ReasoningSummaryPart.self, forKey: "part")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.reasoning_summary_part.done", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.summaryIndex, forKey: "summary_index")
            try container.encodeIfPresent(self.part, forKey: "part")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A piece of reasoning summary text; append `delta` to the summary part.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/16`.
    public struct ResponseReasoningSummaryTextDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/16/properties/type`.
        public var type: Swift.String { "response.reasoning_summary_text.delta" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/16/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the reasoning item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/16/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/16/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// Index of the part in the item's `summary`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/16/properties/summary_index`.
        public var summaryIndex: Swift.Int32?
        /// The text added.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/16/properties/delta`.
        public var delta: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "summary_index", "delta"])

        /// Creates a `ResponseReasoningSummaryTextDelta`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the reasoning item.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - summaryIndex: Index of the part in the item's `summary`.
        ///   - delta: The text added.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            summaryIndex: Swift.Int32? = nil,
            delta: Swift.String? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.summaryIndex = summaryIndex
            self.delta = delta
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.summaryIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "summary_index")
            self.delta = try container.decodeIfPresent(Swift.String.self, forKey: "delta")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.reasoning_summary_text.delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.summaryIndex, forKey: "summary_index")
            try container.encodeIfPresent(self.delta, forKey: "delta")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// The text of a reasoning summary part is complete.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/17`.
    public struct ResponseReasoningSummaryTextDone: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/17/properties/type`.
        public var type: Swift.String { "response.reasoning_summary_text.done" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/17/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the reasoning item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/17/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/17/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// Index of the part in the item's `summary`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/17/properties/summary_index`.
        public var summaryIndex: Swift.Int32?
        /// The whole text of the summary part.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/17/properties/text`.
        public var text: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "summary_index", "text"])

        /// Creates a `ResponseReasoningSummaryTextDone`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the reasoning item.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - summaryIndex: Index of the part in the item's `summary`.
        ///   - text: The whole text of the summary part.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            summaryIndex: Swift.Int32? = nil,
            text: Swift.String? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.summaryIndex = summaryIndex
            self.text = text
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.summaryIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "summary_index")
            self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.reasoning_summary_text.done", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.summaryIndex, forKey: "summary_index")
            try container.encodeIfPresent(self.text, forKey: "text")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A web search call was started.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/18`.
    public struct ResponseWebSearchCallInProgress: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/18/properties/type`.
        public var type: Swift.String { "response.web_search_call.in_progress" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/18/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the web search call item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/18/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/18/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index"])

        /// Creates a `ResponseWebSearchCallInProgress`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the web search call item.
        ///   - outputIndex: Index of the item in `response.output`.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.web_search_call.in_progress", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A web search call is searching.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/19`.
    public struct ResponseWebSearchCallSearching: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/19/properties/type`.
        public var type: Swift.String { "response.web_search_call.searching" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/19/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the web search call item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/19/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/19/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index"])

        /// Creates a `ResponseWebSearchCallSearching`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the web search call item.
        ///   - outputIndex: Index of the item in `response.output`.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.web_search_call.searching", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A web search call is complete; its item (with the query and sources) follows in `response.output_item.done`.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/20`.
    public struct ResponseWebSearchCallCompleted: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/20/properties/type`.
        public var type: Swift.String { "response.web_search_call.completed" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/20/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the web search call item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/20/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/20/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index"])

        /// Creates a `ResponseWebSearchCallCompleted`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the web search call item.
        ///   - outputIndex: Index of the item in `response.output`.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.web_search_call.completed", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A citation was added to an output text part.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/21`.
    public struct ResponseOutputTextAnnotationAdded: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/21/properties/type`.
        public var type: Swift.String { "response.output_text.annotation.added" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/21/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the output message.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/21/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/21/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// Index of the part in the item's `content`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/21/properties/content_index`.
        public var contentIndex: Swift.Int32?
        /// Index of the annotation in the part's `annotations`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/21/properties/annotation_index`.
        public var annotationIndex: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/21/properties/annotation`.
        public var annotation: Annotation?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "content_index", "annotation_index", "annotation"])

        /// Creates a `ResponseOutputTextAnnotationAdded`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the output message.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - contentIndex: Index of the part in the item's `content`.
        ///   - annotationIndex: Index of the annotation in the part's `annotations`.
        ///   - annotation: The `annotation` value.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            contentIndex: Swift.Int32? = nil,
            annotationIndex: Swift.Int32? = nil,
            annotation: Annotation? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.contentIndex = contentIndex
            self.annotationIndex = annotationIndex
            self.annotation = annotation
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.contentIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "content_index")
            self.annotationIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "annotation_index")
            self.annotation = try container.decodeIfPresent(Annotation.self, forKey: "annotation")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.output_text.annotation.added", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.contentIndex, forKey: "content_index")
            try container.encodeIfPresent(self.annotationIndex, forKey: "annotation_index")
            try container.encodeIfPresent(self.annotation, forKey: "annotation")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A piece of a custom tool call's input; append `delta` to the call's `input`.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/22`.
    public struct ResponseCustomToolCallInputDelta: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/22/properties/type`.
        public var type: Swift.String { "response.custom_tool_call_input.delta" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/22/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the custom tool call item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/22/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/22/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// The characters added to the input.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/22/properties/delta`.
        public var delta: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "delta"])

        /// Creates a `ResponseCustomToolCallInputDelta`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the custom tool call item.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - delta: The characters added to the input.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            delta: Swift.String? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.delta = delta
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.delta = try container.decodeIfPresent(Swift.String.self, forKey: "delta")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.custom_tool_call_input.delta", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.delta, forKey: "delta")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ResponseStreamEvent {
    /// A custom tool call's input is complete.
    ///
    /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/23`.
    public struct ResponseCustomToolCallInputDone: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/23/properties/type`.
        public var type: Swift.String { "response.custom_tool_call_input.done" }
        /// Position of this event in the stream
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/23/properties/sequence_number`.
        public var sequenceNumber: Swift.Int64?
        /// ID of the custom tool call item.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/23/properties/item_id`.
        public var itemID: Swift.String?
        /// Index of the item in `response.output`.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/23/properties/output_index`.
        public var outputIndex: Swift.Int32?
        /// The whole input.
        ///
        /// - Remark: Generated from `#/components/schemas/ResponseStreamEvent/oneOf/23/properties/input`.
        public var input: Swift.String?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "sequence_number", "item_id", "output_index", "input"])

        /// Creates a `ResponseCustomToolCallInputDone`.
        ///
        /// - Parameters:
        ///   - sequenceNumber: Position of this event in the stream
        ///   - itemID: ID of the custom tool call item.
        ///   - outputIndex: Index of the item in `response.output`.
        ///   - input: The whole input.
        public init(
            sequenceNumber: Swift.Int64? = nil,
            itemID: Swift.String? = nil,
            outputIndex: Swift.Int32? = nil,
            input: Swift.String? = nil,
        ) {
            self.sequenceNumber = sequenceNumber
            self.itemID = itemID
            self.outputIndex = outputIndex
            self.input = input
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.sequenceNumber = try container.decodeIfPresent(Swift.Int64.self, forKey: "sequence_number")
            self.itemID = try container.decodeIfPresent(Swift.String.self, forKey: "item_id")
            self.outputIndex = try container.decodeIfPresent(Swift.Int32.self, forKey: "output_index")
            self.input = try container.decodeIfPresent(Swift.String.self, forKey: "input")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("response.custom_tool_call_input.done", as: "type", to: encoder)
            try container.encodeIfPresent(self.sequenceNumber, forKey: "sequence_number")
            try container.encodeIfPresent(self.itemID, forKey: "item_id")
            try container.encodeIfPresent(self.outputIndex, forKey: "output_index")
            try container.encodeIfPresent(self.input, forKey: "input")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
