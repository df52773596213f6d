import ArgumentParser
import GeneratedClientRuntime
import Foundation
import XAI

/// A small command-line program on the generated client: the flows from xAI's documentation.
/// Reads `XAI_API_KEY`; `XAI_BASE_URL` points it at another server (the tests use a local one).
@main
struct XAIExample: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xai-example",
        abstract: "Talk to Grok from the command line.",
        subcommands: [Chat.self, Tools.self, Models.self, Image.self, Deferred.self]
    )
}

/// Options every command shares.
struct Common: ParsableArguments {
    @Option(help: "The model to use.")
    var model = "grok-4"

    /// `XAI_BASE_URL`, when set, is read by `fromEnvironment()` itself.
    func client() throws -> XAIClient {
        try XAIClient.fromEnvironment()
    }
}

/// Prints a client error the way a person wants to read it, then exits non-zero.
func report(_ error: any Error) -> ExitCode {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    return ExitCode.failure
}

struct Chat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Ask a question and stream the answer.")
    @OptionGroup var common: Common
    @Argument var prompt: String

    func run() async throws {
        let request = ChatRequest(
            messages: [.system("You are Grok, a helpful assistant."), .user(prompt)],
            model: common.model
        )
        do {
            for try await chunk in try common.client().createChatCompletionStream(request) {
                print(chunk.choices.first?.delta.content ?? "", terminator: "")
            }
            print()
        } catch {
            throw report(error)
        }
    }
}

struct Tools: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Answer with the help of a local get_weather function (a tool-calling loop).")
    @OptionGroup var common: Common
    @Argument var prompt: String

    static let weatherTool = Tool.function(.init(function: FunctionDefinition(
        description: "Current temperature in a city, in degrees Celsius.",
        name: "get_weather",
        parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]
    )))

    struct WeatherQuery: Decodable { var city: String }

    /// The function the model may call.
    static func weather(_ query: WeatherQuery) -> String {
        #"{"city": "\#(query.city)", "temperature_celsius": 21}"#
    }

    func run() async throws {
        do {
            let xai = try common.client()
            var messages: [Message] = [.user(prompt)]
            for _ in 0..<5 {
                let response = try await xai.createChatCompletion(ChatRequest(messages: messages, model: common.model, tools: [Self.weatherTool]))
                guard let message = response.choices.first?.message else { break }
                let calls = message.toolCalls ?? []
                if calls.isEmpty {
                    print(message.content ?? "")
                    return
                }
                // The assistant's message with the calls goes first, then one result per call.
                messages.append(.assistant(message))
                for call in calls {
                    print("calling \(call.function.name)(\(call.function.arguments))")
                    messages.append(.toolResult(Self.weather(try call.decodeArguments(as: WeatherQuery.self)), for: call))
                }
            }
        } catch {
            throw report(error)
        }
    }
}

struct Models: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the models your key can use.")
    @OptionGroup var common: Common

    func run() async throws {
        do {
            for model in try await common.client().listModels().data {
                print(model.id)
            }
        } catch {
            throw report(error)
        }
    }
}

struct Image: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Generate an image and print its URL.")
    @OptionGroup var common: Common
    @Argument var prompt: String

    func run() async throws {
        do {
            let result = try await common.client().generateImage(GenerateImageRequest(model: "grok-imagine-image", prompt: prompt))
            for image in result.data { print(image.url ?? "(base64 image)") }
        } catch {
            throw report(error)
        }
    }
}

struct Deferred: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start a deferred completion, then poll until it is ready.")
    @OptionGroup var common: Common
    @Argument var prompt: String

    @Option(help: "Seconds between polls.")
    var interval = 2.0

    func run() async throws {
        do {
            let xai = try common.client()
            let requestID = try await xai.startDeferredChatCompletion(ChatRequest(messages: [.user(prompt)], model: common.model))
            print("request id: \(requestID)")
            let polling = PollingPolicy(interval: .milliseconds(Int64(interval * 1000)), timeout: .seconds(600))
            let response = try await xai.getDeferredChatCompletionWhenReady(requestID: requestID, polling: polling)
            print(response.choices.first?.message.content ?? "")
        } catch {
            throw report(error)
        }
    }
}
