// FILE: Operations/CreateShape.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension TestClient {
    /// - `POST /shapes`
    /// - Generated from `#/paths/~1shapes/post`.
    public func createShape(_ body: LabelledShape) async throws -> Drawing {
        try await raw.createShape(body).value
    }

    /// The HTTP request for `createShape`, before the client's middlewares and authentication.
    public func createShapeRequest(_ body: LabelledShape) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/shapes", operationID: "createShape")
        request.setHeader("Accept", "application/json")
        try request.setJSONBody(body)
        return request
    }
}

extension TestClient.Raw {
    /// Like `createShape`, with the answer's status, headers, request id and rate limits.
    public func createShape(_ body: LabelledShape) async throws -> GeneratedClientRuntime.APIResponse<Drawing> {
        let request = try base.createShapeRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(Drawing.self))
        default: throw response.unexpectedStatus()
        }
    }
}

// FILE: Types/Circle.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Circle`.
public struct Circle: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Circle/properties/kind`.
    public var kind: Swift.String { "circle" }
    /// - Remark: Generated from `#/components/schemas/Circle/properties/radius`.
    public var radius: Swift.Double
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["kind", "radius"])

    /// Creates a `Circle`.
    ///
    /// - Parameters:
    ///   - radius: The `radius` value.
    public init(
        radius: Swift.Double,
    ) {
        self.radius = radius
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.radius = try container.decode(Swift.Double.self, forKey: "radius")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try GeneratedClientRuntime.UnionCoding.encodeTag("circle", as: "kind", to: encoder)
        try container.encode(self.radius, forKey: "radius")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Drawing.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// A drawing with a title and either a pen or a brush.
///
/// - Remark: Generated from `#/components/schemas/Drawing`.
public struct Drawing: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Drawing/properties/title`.
    public var title: Swift.String
    /// - Remark: Generated from `#/components/schemas/Drawing/oneOf`.
    public var oneOf: Drawing.OneOf

    /// Creates a `Drawing`.
    ///
    /// - Parameters:
    ///   - title: The `title` value.
    ///   - oneOf: The `oneOf` value.
    public init(
        title: Swift.String,
        oneOf: Drawing.OneOf,
    ) {
        self.title = title
        self.oneOf = oneOf
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.title = try container.decodeRequired(Swift.String.self, forKey: "title")
        self.oneOf = try GeneratedClientRuntime.UnknownFields.decodingPart(of: decoder) { try Drawing.OneOf(from: $0) }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.title, forKey: "title")
        try self.oneOf.encode(to: encoder)
    }
}

extension Drawing {
    /// - Remark: Generated from `#/components/schemas/Drawing/oneOf`.
    public enum OneOf: Swift.Codable, Swift.Hashable, Swift.Sendable {
        case pen(Drawing.OneOf.Pen)
        case brush(Drawing.OneOf.Brush)

        public init(from decoder: any Swift.Decoder) throws {
            switch try GeneratedClientRuntime.JSONShape(of: decoder) {
            case .object:
                let keys = try GeneratedClientRuntime.UnionCoding.keys(in: decoder)
                if keys.contains("pen") { self = .pen(try Drawing.OneOf.Pen(from: decoder)); return }
                if keys.contains("brush") { self = .brush(try Drawing.OneOf.Brush(from: decoder)); return }
                throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Drawing.OneOf")
            default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Drawing.OneOf")
            }
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            switch self {
            case .pen(let value):
                try value.encode(to: encoder)
            case .brush(let value):
                try value.encode(to: encoder)
            }
        }
    }
}

extension Drawing.OneOf {
    /// - Remark: Generated from `#/components/schemas/Drawing/oneOf/0`.
    public struct Pen: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/Drawing/oneOf/0/properties/pen`.
        public var pen: Swift.String
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["pen"])

        /// Creates a `Pen`.
        ///
        /// - Parameters:
        ///   - pen: The `pen` value.
        public init(
            pen: Swift.String,
        ) {
            self.pen = pen
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.pen = try container.decodeRequired(Swift.String.self, forKey: "pen")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.pen, forKey: "pen")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension Drawing.OneOf {
    /// - Remark: Generated from `#/components/schemas/Drawing/oneOf/1`.
    public struct Brush: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/Drawing/oneOf/1/properties/brush`.
        public var brush: Swift.Int
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["brush"])

        /// Creates a `Brush`.
        ///
        /// - Parameters:
        ///   - brush: The `brush` value.
        public init(
            brush: Swift.Int,
        ) {
            self.brush = brush
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.brush = try container.decodeRequired(Swift.Int.self, forKey: "brush")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.brush, forKey: "brush")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

// FILE: Types/LabelledShape.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/LabelledShape`.
public struct LabelledShape: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/LabelledShape/allOf/1/properties/label`.
    public var label: Swift.String
    /// - Remark: Generated from `#/components/schemas/Shape`.
    public var shape: Shape

    /// Creates a `LabelledShape`.
    ///
    /// - Parameters:
    ///   - label: The `label` value.
    ///   - shape: The `Shape` value.
    public init(
        label: Swift.String,
        shape: Shape,
    ) {
        self.label = label
        self.shape = shape
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.label = try container.decodeRequired(Swift.String.self, forKey: "label")
        self.shape = try GeneratedClientRuntime.UnknownFields.decodingPart(of: decoder) { try Shape(from: $0) }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.label, forKey: "label")
        try self.shape.encode(to: encoder)
    }
}

// FILE: Types/Shape.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Shape`.
public enum Shape: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case circle(Circle)
    case square(Square)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("kind", in: decoder) {
        case "circle": self = .circle(try Circle(from: decoder))
        case "square": self = .square(try Square(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .circle(let value):
            try value.encode(to: encoder)
        case .square(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/Square.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Square`.
public struct Square: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Square/properties/kind`.
    public var kind: Swift.String { "square" }
    /// - Remark: Generated from `#/components/schemas/Square/properties/side`.
    public var side: Swift.Double
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["kind", "side"])

    /// Creates a `Square`.
    ///
    /// - Parameters:
    ///   - side: The `side` value.
    public init(
        side: Swift.Double,
    ) {
        self.side = side
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.side = try container.decode(Swift.Double.self, forKey: "side")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try GeneratedClientRuntime.UnionCoding.encodeTag("square", as: "kind", to: encoder)
        try container.encode(self.side, forKey: "side")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
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

        /// `createShape` (`POST /shapes`): its answers, in order, and the requests it received.
        public var createShape: GeneratedClientTesting.MockOperation<LabelledShape, Drawing, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createShape", pathTemplate: "/shapes",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createShape") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }
    }
}

