@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension ResponseFormat {
    /// Asks for JSON that follows a JSON Schema.
    ///
    /// - Parameters:
    ///   - name: The schema's name.
    ///   - schema: The JSON Schema the answer follows.
    ///   - strict: Whether the model must follow the schema exactly.
    public static func jsonSchema(name: String, schema: JSONValue, strict: Bool? = nil) -> ResponseFormat {
        var format: [String: JSONValue] = ["name": .string(name), "schema": schema]
        if let strict { format["strict"] = .bool(strict) }
        return .jsonSchema(ResponseFormat.JSONSchema(jsonSchema: .object(format)))
    }
}

extension ToolChoice {
    /// Makes the model call the function named `name`.
    public static func function(named name: String) -> ToolChoice {
        .function(ToolChoice.FunctionToolChoice(function: FunctionChoice(name: name)))
    }
}

extension ChatResponse {
    /// Decodes the first choice's content, the JSON a structured-output request asked for.
    /// A missing or malformed answer throws `APIClientError.decoding` naming the field path,
    /// such as `choices[0].message.content.primes[1]`.
    public func decodeContent<T: Decodable>(as type: T.Type = T.self, mode: DecodingMode = .strict) throws -> T {
        guard let content = choices.first?.message.content else {
            throw APIClientError.decoding(DecodingFailure(operationID: "createChatCompletion", type: String(describing: T.self), path: "choices[0].message.content", reason: "the response has no content"))
        }
        return try JSONCoding.decodeEmbedded(type, fromText: content, at: "choices[0].message.content", operationID: "createChatCompletion", mode: mode)
    }
}

extension ToolCall {
    /// Decodes the arguments the model chose for this call. Malformed arguments throw
    /// `APIClientError.decoding` naming the field path, such as `function.arguments.city`.
    public func decodeArguments<T: Decodable>(as type: T.Type = T.self, mode: DecodingMode = .strict) throws -> T {
        try JSONCoding.decodeEmbedded(type, fromText: function.arguments, at: "function.arguments", operationID: "createChatCompletion", mode: mode)
    }
}
