@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import Testing

/// The hand-written shortcuts in `Sources/GeneratedClient/Conveniences` and the overlay's unions
/// (ContentPart, ToolChoice): the exact JSON they send, and errors that name the field path.
@Suite struct ConveniencesTests {
    func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func messagesAndParts() throws {
        #expect(try json(Message.user("Hi")) == #"{"content":"Hi","role":"user"}"#)
        #expect(try json(Message.system("Be brief.")) == #"{"content":"Be brief.","role":"system"}"#)
        let content: Content = "literal"
        #expect(try json(content) == #""literal""#)
        #expect(try json(ContentPart.text("What is this?")) == #"{"text":"What is this?","type":"text"}"#)
        #expect(try json(ContentPart.image(url: "https://x.ai/a.png", detail: .high)) == #"{"image_url":{"detail":"high","url":"https://x.ai/a.png"},"type":"image_url"}"#)
        #expect(try json(ContentPart.image(data: Data([1, 2, 3]), mimeType: "image/png")) == #"{"image_url":{"url":"data:image/png;base64,AQID"},"type":"image_url"}"#)
        #expect(try json(ContentPart.file(id: "file_1")) == #"{"file":{"file_id":"file_1"},"type":"file"}"#)
    }

    @Test func toolChoices() throws {
        #expect(try json(ToolChoice.mode(.auto)) == #""auto""#)
        #expect(try json(ToolChoice.mode(.required)) == #""required""#)
        #expect(try json(ToolChoice.function(named: "get_weather")) == #"{"function":{"name":"get_weather"},"type":"function"}"#)
    }

    @Test func tagsAreNotSettable() throws {
        // The tag is a computed property: read, never stored, never an initialiser argument.
        let system = Message.System(content: "x")
        #expect(system.role == "system")
        let decoded = try JSONDecoder().decode(Message.self, from: Data(#"{"role":"tool","content":"21","tool_call_id":"call_1"}"#.utf8))
        guard case .tool(let tool) = decoded else { Issue.record("\(decoded)"); return }
        #expect(tool.role == "tool" && tool.toolCallID == "call_1")
    }

    @Test func theAssistantReplyKeepsItsToolCalls() throws {
        let call = ToolCall(function: Function(arguments: #"{"city":"Paris"}"#, name: "get_weather"), id: "call_1", type: "function")
        let reply = ChoiceMessage(content: nil, role: "assistant", toolCalls: [call])
        #expect(try json(Message.assistant(reply)) == #"{"role":"assistant","tool_calls":[{"function":{"arguments":"{\"city\":\"Paris\"}","name":"get_weather"},"id":"call_1","type":"function"}]}"#)
        #expect(try json(Message.toolResult("21", for: call)) == #"{"content":"21","role":"tool","tool_call_id":"call_1"}"#)
    }

    struct Weather: Decodable { var city: String; var days: Int }

    @Test func toolArgumentsDecodeWithTheirFieldPath() throws {
        let call = ToolCall(function: Function(arguments: #"{"city":"Paris","days":"three"}"#, name: "get_weather"), id: "call_1")
        #expect {
            _ = try call.decodeArguments(as: Weather.self)
        } throws: { error in
            guard case .decoding(let failure) = error as? APIClientError else { return false }
            return failure.path == "function.arguments.days"
        }
        let good = ToolCall(function: Function(arguments: #"{"city":"Paris","days":3}"#, name: "get_weather"), id: "call_1")
        #expect(try good.decodeArguments(as: Weather.self).days == 3)
    }

    @Test func structuredOutputsDecodeWithTheirFieldPath() throws {
        func response(_ content: String?) -> ChatResponse {
            ChatResponse(choices: [Choice(index: 0, message: ChoiceMessage(content: content, role: "assistant"))], created: 0, id: "r", model: "grok-4", object: "chat.completion")
        }
        struct Primes: Decodable { var primes: [Int] }
        #expect(try response(#"{"primes":[2,3,5]}"#).decodeContent(as: Primes.self).primes == [2, 3, 5])
        for (content, path) in [(#"{"primes":[2,"x"]}"#, "choices[0].message.content.primes[1]"), (nil, "choices[0].message.content")] {
            #expect {
                _ = try response(content).decodeContent(as: Primes.self)
            } throws: { error in
                guard case .decoding(let failure) = error as? APIClientError else { return false }
                return failure.path == path
            }
        }
        let format = ResponseFormat.jsonSchema(name: "primes", schema: ["type": "object"], strict: true)
        #expect(try json(format) == #"{"json_schema":{"name":"primes","schema":{"type":"object"},"strict":true},"type":"json_schema"}"#)
    }
}
