// FILE: Types/Card.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Card`.
public struct Card: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Card/properties/number`.
    public var number: Swift.String
    /// - Remark: Generated from `#/components/schemas/Card/properties/holder`.
    public var holder: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["number", "holder"])

    /// Creates a `Card`.
    ///
    /// - Parameters:
    ///   - number: The `number` value.
    ///   - holder: The `holder` value.
    public init(
        number: Swift.String,
        holder: Swift.String? = nil,
    ) {
        self.number = number
        self.holder = holder
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.number = try container.decode(Swift.String.self, forKey: "number")
        self.holder = try container.decodeIfPresent(Swift.String.self, forKey: "holder")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.number, forKey: "number")
        try container.encodeIfPresent(self.holder, forKey: "holder")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Closed.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Closed`.
public struct Closed: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Closed/properties/holder`.
    public var holder: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["holder"])

    /// Creates a `Closed`.
    ///
    /// - Parameters:
    ///   - holder: The `holder` value.
    public init(
        holder: Swift.String? = nil,
    ) {
        self.holder = holder
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.holder = try container.decodeIfPresent(Swift.String.self, forKey: "holder")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.holder, forKey: "holder")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/ModelName.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ModelName`.
public enum ModelName: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case variant1(ModelName.Variant1)
    case date(Foundation.Date)
    case string(Swift.String)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string:
            switch try GeneratedClientRuntime.UnionCoding.string(in: decoder) {
            case "small", "large": self = .variant1(try ModelName.Variant1(from: decoder))
            case let text where GeneratedClientRuntime.UnionCoding.isDateTime(text): self = .date(try decoder.singleValueContainer().decode(Foundation.Date.self))
            default: self = .string(try Swift.String(from: decoder))
            }
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "ModelName")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .variant1(let value):
            try value.encode(to: encoder)
        case .date(let value):
            try value.encode(to: encoder)
        case .string(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ModelName {
    /// - Remark: Generated from `#/components/schemas/ModelName/anyOf/0`.
    public enum Variant1: GeneratedClientRuntime.OpenEnum {
        case small
        case large
        /// A value this client does not know yet; decoding never fails because the server added one.
        case unknown(Swift.String)

        public init(rawValue: Swift.String) {
            switch rawValue {
            case "small": self = .small
            case "large": self = .large
            default: self = .unknown(rawValue)
            }
        }

        public var rawValue: Swift.String {
            switch self {
            case .small: "small"
            case .large: "large"
            case .unknown(let value): value
            }
        }
    }
}

// FILE: Types/PaymentMethod.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/PaymentMethod`.
public enum PaymentMethod: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case card(Card)
    case wallet(Wallet)
    case closed(Closed)

    /// What each object variant's schema says about its objects, weighed by `UnionCoding.bestMatch`.
    private static let objectSignatures: [GeneratedClientRuntime.ObjectSignature] = [
        .init(required: ["number"], known: ["number", "holder"]),
        .init(required: ["number", "provider"], known: ["number", "provider"]),
        .init(required: [], known: ["holder"], closed: true),
    ]

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .object:
            switch try GeneratedClientRuntime.UnionCoding.bestMatch(Self.objectSignatures, in: decoder) {
            case 0: self = .card(try Card(from: decoder))
            case 1: self = .wallet(try Wallet(from: decoder))
            case 2: self = .closed(try Closed(from: decoder))
            default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "PaymentMethod")
            }
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "PaymentMethod")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .card(let value):
            try value.encode(to: encoder)
        case .wallet(let value):
            try value.encode(to: encoder)
        case .closed(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/Payments.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Payments`.
public enum Payments: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case cards([Card])
    case wallets([Wallet])

    /// What each array variant's element schema says about its objects, weighed against the first element.
    private static let elementSignatures: [GeneratedClientRuntime.ObjectSignature] = [
        .init(required: ["number"], known: ["number", "holder"]),
        .init(required: ["number", "provider"], known: ["number", "provider"]),
    ]

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .array:
            switch try GeneratedClientRuntime.UnionCoding.bestMatchOfFirstElement(Self.elementSignatures, in: decoder) {
            case nil: self = .cards(try [Card](from: decoder))
            case 0: self = .cards(try [Card](from: decoder))
            case 1: self = .wallets(try [Wallet](from: decoder))
            default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Payments")
            }
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Payments")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .cards(let value):
            try value.encode(to: encoder)
        case .wallets(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/Wallet.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Wallet`.
public struct Wallet: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Wallet/properties/number`.
    public var number: Swift.String
    /// - Remark: Generated from `#/components/schemas/Wallet/properties/provider`.
    public var provider: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["number", "provider"])

    /// Creates a `Wallet`.
    ///
    /// - Parameters:
    ///   - number: The `number` value.
    ///   - provider: The `provider` value.
    public init(
        number: Swift.String,
        provider: Swift.String,
    ) {
        self.number = number
        self.provider = provider
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.number = try container.decode(Swift.String.self, forKey: "number")
        self.provider = try container.decode(Swift.String.self, forKey: "provider")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.number, forKey: "number")
        try container.encode(self.provider, forKey: "provider")
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
    }
}

