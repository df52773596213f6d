@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension Message {
    /// A user message with text: `.user("What is the meaning of life?")`.
    public static func user(_ text: String) -> Message {
        .user(Message.User(content: .string(text)))
    }

    /// A user message made of parts, such as an image and a question about it.
    public static func user(_ parts: [ContentPart]) -> Message {
        .user(Message.User(content: .contentParts(parts)))
    }

    /// A system message with text: instructions for the model.
    public static func system(_ text: String) -> Message {
        .system(Message.System(content: .string(text)))
    }

    /// The assistant's reply as the next message of the conversation, with the tool calls it
    /// made: a tool loop sends it back before the tool results, as the API requires.
    public static func assistant(_ reply: ChoiceMessage) -> Message {
        .assistant(Message.Assistant(content: reply.content.map(Content.string), toolCalls: reply.toolCalls))
    }

    /// The result of a tool call, as text.
    public static func toolResult(_ text: String, for call: ToolCall) -> Message {
        .tool(Message.ToolMessage(content: .string(text), toolCallID: call.id))
    }

    /// The result of a tool call, as the JSON encoding of `value`.
    public static func toolResult(encoding value: some Encodable, for call: ToolCall) throws -> Message {
        let json = try JSONCoding.encode(value)
        return .toolResult(String(decoding: json, as: UTF8.self), for: call)
    }
}

/// `content: "Hello"` stands for `.string("Hello")`.
extension Content: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension ContentPart {
    /// A text part.
    public static func text(_ text: String) -> ContentPart {
        .text(ContentPart.Text(text: text))
    }

    /// An image by its public URL (or a `data:` URL).
    ///
    /// - Parameters:
    ///   - url: A public URL of a JPEG, PNG or WebP image, or a base64 `data:` URL.
    ///   - detail: How closely the model looks; `.high` spends more tokens on detail.
    public static func image(url: String, detail: ImageURL.Detail? = nil) -> ContentPart {
        .imageURL(ContentPart.ImageURLContentPart(imageURL: ImageURL(url: url, detail: detail)))
    }

    /// An image from local bytes, sent inline as a base64 `data:` URL.
    ///
    /// - Parameters:
    ///   - data: The image's bytes.
    ///   - mimeType: The image's type: `image/jpeg`, `image/png` or `image/webp`.
    ///   - detail: How closely the model looks; `.high` spends more tokens on detail.
    public static func image(data: Data, mimeType: String, detail: ImageURL.Detail? = nil) -> ContentPart {
        .image(url: "data:\(mimeType);base64,\(data.base64EncodedString())", detail: detail)
    }

    /// A file uploaded with the Files API, by its id.
    public static func file(id: String) -> ContentPart {
        .file(ContentPart.FileContentPart(file: FileRef(fileID: id)))
    }
}
