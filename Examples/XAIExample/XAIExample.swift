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
        subcommands: [Respond.self, Chat.self, Tools.self, Models.self, Image.self, Deferred.self, BatchCommand.self, Speak.self]
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

struct Respond: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask a reasoning model through /v1/responses: stream its reasoning summary, then its answer."
    )
    @Option(help: "The model to use.")
    var model = "grok-4.3"
    @Option(help: "Reasoning effort: none, low, medium, high or xhigh (which a model accepts depends on the model).")
    var effort = "low"
    @Argument var prompt: String

    func run() async throws {
        let request = ModelRequest(input: [.user(prompt)], model: model,
                                   reasoning: ReasoningConfiguration(effort: ReasoningEffort(rawValue: effort), summary: "detailed"))
        do {
            var section = ""
            func enter(_ name: String) {
                if section != name { print(section.isEmpty ? "\(name):" : "\n\(name):"); section = name }
            }
            for try await event in try XAIClient.fromEnvironment().createResponseStream(request) {
                switch event {
                case .responseReasoningSummaryTextDelta(let summary):
                    enter("thinking")
                    print(summary.delta ?? "", terminator: "")
                case .responseOutputTextDelta(let text):
                    enter("answer")
                    print(text.delta ?? "", terminator: "")
                case .responseOutputTextAnnotationAdded(let citation):
                    print(" [\(citation.annotation?.url ?? "")]", terminator: "")
                case .responseCompleted(let completed):
                    print()
                    if let cost = completed.response?.costInUSD { print("cost: $\(cost)") }
                default:
                    break
                }
            }
        } catch {
            throw report(error)
        }
    }
}

/// `batch` (named apart from XAI's `Batch` type).
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Send each prompt as one request of a batch, wait until the batch is done, print the results."
    )
    @OptionGroup var common: Common
    @Option(help: "The batch's name.")
    var name = "xai-example"
    @Option(help: "Seconds between polls.")
    var interval = 30.0
    @Argument var prompts: [String]

    func run() async throws {
        do {
            let xai = try common.client()
            let batch = try await xai.createBatch(CreateBatchRequest(name: name))
            print("batch: \(batch.batchID)")
            let requests = prompts.enumerated().map { (id: "q\($0.offset + 1)", request: ChatRequest(messages: [.user($0.element)], model: common.model)) }
            try await xai.addChatRequests(requests, toBatch: batch.batchID)
            let polling = PollingPolicy(interval: .milliseconds(Int64(interval * 1000)), timeout: .seconds(86_400))
            let done = try await xai.waitUntilDone(batchID: batch.batchID, polling: polling)
            print("done: \(done.state?.numSuccess ?? 0) succeeded, \(done.state?.numError ?? 0) failed")
            for try await result in xai.batchResults(batchID: batch.batchID) {
                let answer = result.chatCompletion?.choices.first?.message.content ?? "error: \(result.errorMessage ?? "no answer")"
                print("\(result.batchRequestID): \(answer)")
            }
        } catch {
            throw report(error)
        }
    }
}

struct Speak: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Turn text into speech (POST /v1/tts) and write the audio to a file.")
    @Option(help: "The voice: eve, ara, leo, rex, sal or a custom voice id.")
    var voice = "eve"
    @Option(help: "BCP-47 language code, or auto.")
    var language = "en"
    @Option(help: "Where to write the MP3.")
    var output = "speech.mp3"
    @Argument var text: String

    func run() async throws {
        do {
            let destination = URL(fileURLWithPath: output)
            try await XAIClient.fromEnvironment().createSpeech(SpeechRequest(text: text, voiceID: voice, language: language), to: destination)
            let size = (try? FileManager.default.attributesOfItem(atPath: destination.path)[.size] as? Int) ?? 0
            print("wrote \(size) bytes to \(output)")
        } catch {
            throw report(error)
        }
    }
}
