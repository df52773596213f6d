import Foundation

/// The bytes every coding benchmark decodes, built from the spec's own examples.
struct Payloads {
    let chatResponse: Data
    let largeResponse: Data
    let chatRequest: Data
    let streamChunk: Data

    init(spec: String) throws {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: spec))) as? [String: Any] ?? [:]
        func example(_ path: String, _ method: String, request: Bool = false) -> Any? {
            let paths = document["paths"] as? [String: Any]
            let operation = (paths?[path] as? [String: Any])?[method] as? [String: Any]
            let container = request ? operation?["requestBody"] as? [String: Any] : (operation?["responses"] as? [String: Any])?["200"] as? [String: Any]
            return ((container?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["example"]
        }
        func data(_ value: Any) throws -> Data { try JSONSerialization.data(withJSONObject: value) }
        chatResponse = try data(example("/v1/chat/completions", "post") ?? [:])

        // A long /v1/responses result: the example's output items repeated.
        var response = example("/v1/responses", "post") as? [String: Any] ?? [:]
        let output = response["output"] as? [Any] ?? []
        response["output"] = Array(repeating: output, count: 150).flatMap { $0 }
        largeResponse = try data(response)

        // A conversation of 400 messages with text and image parts.
        var messages: [[String: Any]] = [["role": "system", "content": "You are Grok, a helpful assistant."]]
        for turn in 0..<200 {
            messages.append(["role": "user", "content": [
                ["type": "text", "text": "Question \(turn): what is in this picture, and how does it relate to the previous one?"],
                ["type": "image_url", "image_url": ["url": "https://example.com/images/\(turn).jpg", "detail": "high"]],
            ]])
            messages.append(["role": "assistant", "content": "Answer \(turn): a lighthouse at dusk, the same coast as before but later in the evening."])
        }
        chatRequest = try data(["model": "grok-4", "messages": messages, "temperature": 0.7, "max_tokens": 1024])

        streamChunk = try data([
            "id": "chatcmpl-0b6e3f2a", "object": "chat.completion.chunk", "created": 1_735_000_000, "model": "grok-4",
            "system_fingerprint": "fp_1a2b3c",
            "choices": [["index": 0, "delta": ["content": "word "], "finish_reason": NSNull()]],
        ] as [String: Any])
    }

    /// A chat stream of `count` chunks as server-sent events, ending with `data: [DONE]`.
    func stream(chunks count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        let event = Array("data: ".utf8) + Array(streamChunk) + Array("\n\n".utf8)
        bytes.reserveCapacity(event.count * count + 16)
        for _ in 0..<count { bytes += event }
        bytes += Array("data: [DONE]\n\n".utf8)
        return bytes
    }
}
