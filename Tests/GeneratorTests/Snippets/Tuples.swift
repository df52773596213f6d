// FILE: Operations/GetMetrics.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `GET /metrics`
    /// - Generated from `#/paths/~1metrics/get`.
    public func getMetrics() async throws -> Metrics {
        try await raw.getMetrics().value
    }

    /// The HTTP request for `getMetrics`, before the client's middlewares and authentication.
    public func getMetricsRequest() throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/metrics", operationID: "getMetrics")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension TestClient.Raw {
    /// Like `getMetrics`, with the answer's status, headers, request id and rate limits.
    public func getMetrics() async throws -> GeneratedClientRuntime.APIResponse<Metrics> {
        let request = try base.getMetricsRequest()
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Metrics.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/Metrics.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Metrics`.
public struct Metrics: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Metrics/properties/points`.
    public var points: [Metrics.PointsItem]
    /// - Remark: Generated from `#/components/schemas/Metrics/properties/range`.
    public var range: Metrics.Range?
    /// - Remark: Generated from `#/components/schemas/Metrics/properties/table`.
    public var table: Metrics.Table?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["points", "range", "table"])

    /// Creates a `Metrics`.
    ///
    /// - Parameters:
    ///   - points: The `points` value.
    ///   - range: The `range` value.
    ///   - table: The `table` value.
    public init(
        points: [Metrics.PointsItem],
        range: Metrics.Range? = nil,
        table: Metrics.Table? = nil,
    ) {
        self.points = points
        self.range = range
        self.table = table
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.points = try container.decodeRequired([Metrics.PointsItem].self, forKey: "points")
        self.range = try container.decodeIfPresent(Metrics.Range.self, forKey: "range")
        self.table = try container.decodeIfPresent(Metrics.Table.self, forKey: "table")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.points, forKey: "points")
        try container.encodeIfPresent(self.range, forKey: "range")
        try container.encodeIfPresent(self.table, forKey: "table")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

extension Metrics {
    /// - Remark: Generated from `#/components/schemas/Metrics/properties/points/items`.
    public struct PointsItem: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// timestamp
        public var timestamp: Swift.Int
        public var item2: Metrics.PointsItem.Variant2
        /// The elements after the first 2.
        public var rest: [GeneratedClientRuntime.JSONValue]

        public init(
            timestamp: Swift.Int,
            item2: Metrics.PointsItem.Variant2,
            rest: [GeneratedClientRuntime.JSONValue] = [],
        ) {
            self.timestamp = timestamp
            self.item2 = item2
            self.rest = rest
        }

        /// Reads the array's elements in order; a missing one is a decoding error.
        public init(from decoder: any Swift.Decoder) throws {
            var container = try decoder.unkeyedContainer()
            self.timestamp = try container.decode(Swift.Int.self)
            self.item2 = try container.decode(Metrics.PointsItem.Variant2.self)
            var rest: [GeneratedClientRuntime.JSONValue] = []
            while !container.isAtEnd { rest.append(try container.decode(GeneratedClientRuntime.JSONValue.self)) }
            self.rest = rest
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(self.timestamp)
            try container.encode(self.item2)
            for element in self.rest { try container.encode(element) }
        }
    }
}

extension Metrics.PointsItem {
    /// - Remark: Generated from `#/components/schemas/Metrics/properties/points/items/prefixItems/1`.
    public enum Variant2: Swift.Codable, Swift.Hashable, Swift.Sendable {
        case integer(Swift.Int)
        case number(Swift.Double)

        public init(from decoder: any Swift.Decoder) throws {
            switch try GeneratedClientRuntime.JSONShape(of: decoder) {
            case .integer: self = .integer(try Swift.Int(from: decoder))
            case .number: self = .number(try Swift.Double(from: decoder))
            default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Metrics.PointsItem.Variant2")
            }
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .integer(let value):
                try value.encode(to: encoder)
            case .number(let value):
                try value.encode(to: encoder)
            }
        }
    }
}

extension Metrics {
    /// - Remark: Generated from `#/components/schemas/Metrics/properties/range`.
    public struct Range: Swift.Codable, Swift.Hashable, Swift.Sendable {
        public var item1: Foundation.Date
        public var item2: Foundation.Date
        /// The elements after the first 2.
        public var rest: [GeneratedClientRuntime.JSONValue]

        public init(
            item1: Foundation.Date,
            item2: Foundation.Date,
            rest: [GeneratedClientRuntime.JSONValue] = [],
        ) {
            self.item1 = item1
            self.item2 = item2
            self.rest = rest
        }

        /// Reads the array's elements in order; a missing one is a decoding error.
        public init(from decoder: any Swift.Decoder) throws {
            var container = try decoder.unkeyedContainer()
            self.item1 = try container.decode(Foundation.Date.self)
            self.item2 = try container.decode(Foundation.Date.self)
            var rest: [GeneratedClientRuntime.JSONValue] = []
            while !container.isAtEnd { rest.append(try container.decode(GeneratedClientRuntime.JSONValue.self)) }
            self.rest = rest
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(self.item1)
            try container.encode(self.item2)
            for element in self.rest { try container.encode(element) }
        }
    }
}

extension Metrics {
    /// - Remark: Generated from `#/components/schemas/Metrics/properties/table`.
    public struct Table: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The header.
        public var item1: Swift.String
        /// The elements after the first 1.
        public var rest: [[Swift.String]]

        public init(
            item1: Swift.String,
            rest: [[Swift.String]] = [],
        ) {
            self.item1 = item1
            self.rest = rest
        }

        /// Reads the array's elements in order; a missing one is a decoding error.
        public init(from decoder: any Swift.Decoder) throws {
            var container = try decoder.unkeyedContainer()
            self.item1 = try container.decode(Swift.String.self)
            var rest: [[Swift.String]] = []
            while !container.isAtEnd { rest.append(try container.decode([Swift.String].self)) }
            self.rest = rest
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(self.item1)
            for element in self.rest { try container.encode(element) }
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

        /// `getMetrics` (`GET /metrics`): its answers, in order, and the requests it received.
        public var getMetrics: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Metrics, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getMetrics", pathTemplate: "/metrics",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }
    }
}

