import Foundation

/// Folds OpenAI-style chat completion chunks (`choices[].delta`) into the final response
/// (`choices[].message`): text fields are concatenated, tool calls merged by `index` (or appended
/// whole, as xAI sends them), and the last `usage`, `citations`, `finish_reason` and other fields kept.
public struct ChatStreamAccumulator: Sendable {
    /// Keys whose string values arrive in pieces.
    static let concatenated: Set<String> = ["content", "reasoning_content", "refusal", "arguments"]
    private var response: [String: JSONValue] = [:]
    private var choices: [Int: [String: JSONValue]] = [:]

    public init() {}

    public mutating func add(_ chunk: some Encodable) throws {
        guard case .object(var members) = try JSONValue(encoding: chunk) else { return }
        if case .array(let deltas)? = members.removeValue(forKey: "choices") {
            for case .object(var choice) in deltas {
                let index = choice["index"].flatMap { if case .integer(let value) = $0 { Int(value) } else { nil } } ?? 0
                var merged = choices[index] ?? ["index": .integer(Int64(index))]
                if case .object(let delta)? = choice.removeValue(forKey: "delta") {
                    var message: JSONValue = merged["message"] ?? .object([:])
                    Self.merge(.object(delta), into: &message)
                    merged["message"] = message
                }
                for (key, value) in choice where value != .null { merged[key] = value }
                choices[index] = merged
            }
        }
        for (key, value) in members where value != .null { response[key] = value }
    }

    /// The accumulated response decoded as `T` (for xAI, `ChatResponse`).
    public func result<T: Decodable>(as type: T.Type) throws -> T {
        try result(as: type, decoder: ResponseDecoder())
    }

    /// Decoded like any response: placeholders reported by `decoder`, failures naming the field.
    func result<T: Decodable>(as type: T.Type, decoder: ResponseDecoder) throws -> T {
        var object = response
        object["object"] = "chat.completion"
        object["choices"] = .array(choices.keys.sorted().compactMap { choices[$0].map(JSONValue.object) })
        return try decoder.decode(type, from: JSONCoding.encode(JSONValue.object(object)), operationID: "stream", requestID: nil)
    }

    static func merge(_ delta: JSONValue, into target: inout JSONValue, key: String? = nil) {
        switch (target, delta) {
        case (_, .null):
            return
        case (.object(var existing), .object(let changes)):
            for (name, value) in changes {
                var current = existing[name] ?? .null
                merge(value, into: &current, key: name)
                existing[name] = current
            }
            target = .object(existing)
        case (.string(let existing), .string(let piece)) where key.map(concatenated.contains) == true:
            target = .string(existing + piece)
        case (.array(var existing), .array(let items)) where items.allSatisfy(isIndexed):
            for item in items {
                if let position = existing.firstIndex(where: { $0["index"] != nil && $0["index"] == item["index"] }) {
                    merge(item, into: &existing[position])
                } else {
                    existing.append(item)
                }
            }
            target = .array(existing)
        case (.array(let existing), .array(let items)) where key == "tool_calls":
            target = .array(existing + items)
        default:
            target = delta
        }
    }

    private static func isIndexed(_ value: JSONValue) -> Bool {
        value["index"] != nil
    }
}

extension EventStream where Event: Encodable {
    /// Reads the whole stream and returns it folded into one response (see `ChatStreamAccumulator`).
    public func accumulated<Final: Decodable>(as type: Final.Type) async throws -> Final {
        var accumulator = ChatStreamAccumulator()
        for try await event in self { try accumulator.add(event) }
        return try accumulator.result(as: type, decoder: decoder)
    }
}
