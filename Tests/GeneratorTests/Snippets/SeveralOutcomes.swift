// FILE: Operations/GetDeferred.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The successful outcomes of `getDeferred`.
///
/// - Remark: Generated from `#/paths/~1v1~1deferred~1{request_id}/get/responses`.
public enum GetDeferredOutput: Swift.Hashable, Swift.Sendable {
    /// Done.
    ///
    /// - HTTP 200.
    case ok(Result)
    /// Still running.
    ///
    /// - HTTP 202.
    case accepted
}
extension TestClient {
    /// - `GET /v1/deferred/{request_id}`
    /// - Generated from `#/paths/~1v1~1deferred~1{request_id}/get`.
    public func getDeferred(requestID: Swift.String) async throws -> GetDeferredOutput {
        try await raw.getDeferred(requestID: requestID).value
    }

    /// Calls `getDeferred` until it answers 200 with `state` one of `done`, `failed` (not 202), waiting `polling.interval` between calls.
    ///
    /// - Remark: Generated from `#/paths/~1v1~1deferred~1{request_id}/get`.
    public func getDeferredWhenReady(requestID: Swift.String, polling: GeneratedClientRuntime.PollingPolicy = .default) async throws -> Result {
        try await client.poll(polling, operationID: "getDeferred") {
            switch try await getDeferred(requestID: requestID) {
            case .ok(let value) where !["done", "failed"].contains(value.state.rawValue): return nil
            case .ok(let value): return value
            case .accepted: return nil
            }
        }
    }

    /// The HTTP request for `getDeferred`, before the client's middlewares and authentication.
    public func getDeferredRequest(requestID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/deferred/\(try GeneratedClientRuntime.PathEncoding.segment(requestID))", operationID: "getDeferred")
        request.setHeader("Accept", "application/json")
        request.allowsRetry = false
        return request
    }
}

extension TestClient.Raw {
    /// Like `getDeferred`, with the answer's status, headers, request id and rate limits.
    public func getDeferred(requestID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<GetDeferredOutput> {
        let request = try base.getDeferredRequest(requestID: requestID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(.ok(try response.decode(Result.self)))
        case 202: return response.carrying(.accepted)
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/Result.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Result`.
public struct Result: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Result/properties/text`.
    public var text: Swift.String?
    /// - Remark: Generated from `#/components/schemas/Result/properties/state`.
    public var state: Result.State
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["text", "state"])

    /// Creates a `Result`.
    ///
    /// - Parameters:
    ///   - text: The `text` value.
    ///   - state: The `state` value.
    public init(
        text: Swift.String? = nil,
        state: Result.State,
    ) {
        self.text = text
        self.state = state
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.text = try container.decodeIfPresent(Swift.String.self, forKey: "text")
        self.state = try container.decodeRequired(Result.State.self, forKey: "state")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.text, forKey: "text")
        try container.encode(self.state, forKey: "state")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension Result {
    /// - Remark: Generated from `#/components/schemas/Result/properties/state`.
    public enum State: GeneratedClientRuntime.OpenEnum {
        case running
        case done
        case failed
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "running": self = .running
            case "done": self = .done
            case "failed": self = .failed
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .running: "running"
            case .done: "done"
            case .failed: "failed"
            case .unknown(let value): value
            }
        }
    }
}

// FILE: Testing/TestClient+Mock.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
// A test kit: add it to test targets only.
@_exported import GeneratedClientTesting
@_exported import GeneratedClient
import Foundation

extension TestClient {
    /// A stand-in for the API in unit tests: hand ``client`` to the code under test, script what
    /// each operation answers (`returns`, `returnsExample`, `answers` with a fault, `streams`), and
    /// read back the requests it sent, typed. No network and no server: the client's own retries,
    /// errors, limits and stream handling run on the answers as on a server's.
    ///
    /// Each scripted answer is used once, in order; a call with none left gets a `501` naming the
    /// operation.
    public struct Mock: Swift.Sendable {
        /// The client to hand to the code under test: every call it makes is answered by this mock.
        public let client: TestClient
        /// Every request received, in order, and the answers not yet used.
        public let transport: GeneratedClientTesting.MockTransport

        /// A mock whose client has `configuration` (its retry policy, timeouts, limits,
        /// middlewares), its transport replaced by the mock's. Throws as the client's initialiser
        /// does for a configured header HTTP does not allow.
        public init(configuration: GeneratedClientRuntime.APIClientConfiguration = .init()) throws {
            let transport = GeneratedClientTesting.MockTransport()
            var configuration = configuration
            configuration.transport = transport
            self.transport = transport
            self.client = try TestClient(apiKey: "mock-api-key", serverURL: "https://mock.invalid", configuration: configuration)
        }

        /// `getDeferred` (`GET /v1/deferred/{request_id}`): its answers, in order, and the requests it received.
        public var getDeferred: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, GetDeferredOutput, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getDeferred", pathTemplate: "/v1/deferred/{request_id}",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                switch value {
                case .ok(let payload): return try .json(payload, status: 200, headers: headers)
                case .accepted: return .empty(status: 202, headers: headers)
                }
            }
        }
    }
}

