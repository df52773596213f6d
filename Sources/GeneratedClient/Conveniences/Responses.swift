@_spi(Generated) import GeneratedClientRuntime
import Foundation

// The Responses API (`POST /v1/responses`) read and written as Swift values.

extension ModelResponse {
    /// The text of every `output_text` part of every message in `output`, joined in order.
    public var outputText: String {
        messages.flatMap(\.content).compactMap { part -> String? in
            if case .outputText(let text) = part { return text.text }
            return nil
        }.joined()
    }

    /// The summaries of the response's reasoning items (`reasoning.summary[].text`), joined in order.
    public var reasoningSummaryText: String {
        output.compactMap { item -> Reasoning? in
            if case .reasoning(let reasoning) = item { return reasoning }
            return nil
        }.flatMap(\.summary).map(\.text).joined()
    }

    /// The citations (`url_citation` annotations) of the output text, in order, each URL once.
    public var citations: [Annotation] {
        var seen = Set<String>()
        return messages.flatMap(\.content).flatMap { part -> [Annotation] in
            if case .outputText(let text) = part { return text.annotations ?? [] }
            return []
        }.filter { seen.insert($0.url).inserted }
    }

    /// The client-side function calls the model asks for (`type: function_call`).
    public var functionCalls: [FunctionToolCall] {
        output.compactMap { item in
            if case .functionToolCall(let call) = item, call.type == .functionCall { return call }
            return nil
        }
    }

    private var messages: [OutputMessage] {
        output.compactMap { item in
            if case .message(let message) = item { return message }
            return nil
        }
    }
}

extension FunctionToolCall {
    /// The arguments, decoded from their JSON text into your type.
    public func decodeArguments<T: Decodable>(as type: T.Type = T.self, mode: DecodingMode = .strict) throws -> T {
        try JSONCoding.decodeEmbedded(type, fromText: arguments, at: "arguments", operationID: "createResponse", mode: mode)
    }
}

extension ModelInput: ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    /// A plain text input: `ModelRequest(input: "Hello", model: "grok-4.3")`.
    public init(stringLiteral value: String) {
        self = .string(value)
    }

    /// A conversation: `[.system("Be brief."), .user("Hello")]`.
    public init(arrayLiteral elements: ModelInputPart...) {
        self = .modelInputParts(elements)
    }
}

extension ModelInputPart {
    /// A message with this role and text.
    public static func message(_ role: String, _ text: String) -> ModelInputPart {
        .message(MessageModelInputPart(content: .string(text), role: role))
    }

    /// A message with this role and parts (text, images, files).
    public static func message(_ role: String, _ parts: [ModelInputContentItem]) -> ModelInputPart {
        .message(MessageModelInputPart(content: .modelInputContentItems(parts), role: role))
    }

    public static func system(_ text: String) -> ModelInputPart { .message("system", text) }
    public static func developer(_ text: String) -> ModelInputPart { .message("developer", text) }
    public static func user(_ text: String) -> ModelInputPart { .message("user", text) }
    public static func user(_ parts: [ModelInputContentItem]) -> ModelInputPart { .message("user", parts) }
    public static func assistant(_ text: String) -> ModelInputPart { .message("assistant", text) }

    /// The result of a function call, sent back for the call it answers.
    public static func functionOutput(_ output: String, for call: FunctionToolCall) -> ModelInputPart {
        .functionCallOutput(FunctionToolCallOutput(callID: call.callID, output: output))
    }
}

extension ModelInputContentItem {
    public static func text(_ text: String) -> ModelInputContentItem { .inputText(InputText(text: text)) }

    /// An image by public URL or `data:` URL.
    public static func image(url: String) -> ModelInputContentItem { .inputImage(InputImage(imageURL: url)) }

    /// An image sent inline (a base64 `data:` URL).
    public static func image(data: Data, mimeType: String) -> ModelInputContentItem {
        .image(url: "data:\(mimeType);base64,\(data.base64EncodedString())")
    }

    /// A file uploaded with `uploadFile`, by id.
    public static func file(id: String) -> ModelInputContentItem { .inputFile(InputFile(fileID: id)) }
}
