// FILE: Types/APIClient.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/APIClient`.
public struct APIClient: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/APIClient/properties/client`.
    public var client: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["client"])

    /// Creates an `APIClient`.
    ///
    /// - Parameters:
    ///   - client: The `client` value.
    public init(
        client: Swift.String? = nil,
    ) {
        self.client = client
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.client = try container.decodeIfPresent(Swift.String.self, forKey: "client")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.client, forKey: "client")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Data.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Data`.
public struct Data: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Data/properties/date`.
    public var date: Date?
    /// - Remark: Generated from `#/components/schemas/Data/properties/url`.
    public var url: URL?
    /// - Remark: Generated from `#/components/schemas/Data/properties/payload`.
    public var payload: Foundation.Data?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["date", "url", "payload"])

    /// Creates a `Data`.
    ///
    /// - Parameters:
    ///   - date: The `date` value.
    ///   - url: The `url` value.
    ///   - payload: The `payload` value.
    public init(
        date: Date? = nil,
        url: URL? = nil,
        payload: Foundation.Data? = nil,
    ) {
        self.date = date
        self.url = url
        self.payload = payload
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.date = try container.decodeIfPresent(Date.self, forKey: "date")
        self.url = try container.decodeIfPresent(URL.self, forKey: "url")
        self.payload = try container.decodeIfPresent(Foundation.Data.self, forKey: "payload")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.date, forKey: "date")
        try container.encodeIfPresent(self.url, forKey: "url")
        try container.encodeIfPresent(self.payload, forKey: "payload")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Date.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Date`.
public struct Date: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Date/properties/when`.
    public var when: Foundation.Date?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["when"])

    /// Creates a `Date`.
    ///
    /// - Parameters:
    ///   - when: The `when` value.
    public init(
        when: Foundation.Date? = nil,
    ) {
        self.when = when
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.when = try container.decodeIfPresent(Foundation.Date.self, forKey: "when")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.when, forKey: "when")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Decoder2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Decoder`.
public struct Decoder2: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Decoder/properties/codingPath`.
    public var codingPath: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["codingPath"])

    /// Creates a `Decoder2`.
    ///
    /// - Parameters:
    ///   - codingPath: The `codingPath` value.
    public init(
        codingPath: Swift.String? = nil,
    ) {
        self.codingPath = codingPath
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.codingPath = try container.decodeIfPresent(Swift.String.self, forKey: "codingPath")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.codingPath, forKey: "codingPath")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Error2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Error`.
public struct Error2: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Error/properties/result`.
    public var result: Result?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["result"])

    /// Creates an `Error2`.
    ///
    /// - Parameters:
    ///   - result: The `result` value.
    public init(
        result: Result? = nil,
    ) {
        self.result = result
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.result = try container.decodeIfPresent(Result.self, forKey: "result")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.result, forKey: "result")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/JSONValue.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/JSONValue`.
public struct JSONValue: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/JSONValue/properties/value`.
    public var value: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["value"])

    /// Creates a `JSONValue`.
    ///
    /// - Parameters:
    ///   - value: The `value` value.
    public init(
        value: Swift.String? = nil,
    ) {
        self.value = value
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.value = try container.decodeIfPresent(Swift.String.self, forKey: "value")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.value, forKey: "value")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Optional.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Optional`.
public struct Optional: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Optional/properties/some`.
    public var `some`: Swift.String?
    /// - Remark: Generated from `#/components/schemas/Optional/properties/none`.
    public var none: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["some", "none"])

    /// Creates an `Optional`.
    ///
    /// - Parameters:
    ///   - some: The `some` value.
    ///   - none: The `none` value.
    public init(
        `some`: Swift.String? = nil,
        none: Swift.String? = nil,
    ) {
        self.`some` = `some`
        self.none = none
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.`some` = try container.decodeIfPresent(Swift.String.self, forKey: "some")
        self.none = try container.decodeIfPresent(Swift.String.self, forKey: "none")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.`some`, forKey: "some")
        try container.encodeIfPresent(self.none, forKey: "none")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/PETType.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/PET_`.
public enum PET: GeneratedClientRuntime.OpenEnum {
    case a
    case a2
    case _1
    case empty
    case self_
    case value
    case value2
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "a": self = .a
        case "A": self = .a2
        case "1": self = ._1
        case "": self = .empty
        case "self": self = .self_
        case "-": self = .value
        case "+": self = .value2
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case .a: "a"
        case .a2: "A"
        case ._1: "1"
        case .empty: ""
        case .self_: "self"
        case .value: "-"
        case .value2: "+"
        case .unknown(let value): value
        }
    }
}

// FILE: Types/Pet.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/pet`.
public struct Pet: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/pet/properties/name`.
    public var name: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["name"])

    /// Creates a `Pet`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    public init(
        name: Swift.String? = nil,
    ) {
        self.name = name
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.name, forKey: "name")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Pet2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Pet`.
public struct Pet2: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Pet/properties/friend`.
    public var friend: Pet?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["friend"])

    /// Creates a `Pet2`.
    ///
    /// - Parameters:
    ///   - friend: The `friend` value.
    public init(
        friend: Pet? = nil,
    ) {
        self.friend = friend
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.friend = try container.decodeIfPresent(Pet.self, forKey: "friend")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.friend, forKey: "friend")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Result.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Result`.
public enum Result: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case integer(Swift.Int)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .integer: self = .integer(try Swift.Int(from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Result")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .integer(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/String.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/String`.
public struct String: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/String/properties/self`.
    public var self_: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/class`.
    public var `class`: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/foo_bar`.
    public var fooBar: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/fooBar`.
    public var fooBar2: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/foo-bar`.
    public var fooBar3: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/FooBar`.
    public var fooBar4: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/größe`.
    public var größe: Swift.Int?
    /// - Remark: Generated from `#/components/schemas/String/properties/1st`.
    public var _1st: Swift.Bool?
    /// - Remark: Generated from `#/components/schemas/String/properties/type`.
    public var type: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/init`.
    public var init_: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/Type`.
    public var type2: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/Self`.
    public var self_2: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/protocol`.
    public var `protocol`: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/default`.
    public var `default`: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/`.
    public var value: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/$ref`.
    public var ref: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/additionalProperties`.
    public var additionalProperties: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["self", "class", "foo_bar", "fooBar", "foo-bar", "FooBar", "größe", "1st", "type", "init", "Type", "Self", "protocol", "default", "", "$ref", "additionalProperties"])

    /// Creates a `String`.
    ///
    /// - Parameters:
    ///   - self_: The `self` value.
    ///   - class: The `class` value.
    ///   - fooBar: The `foo_bar` value.
    ///   - fooBar2: The `fooBar` value.
    ///   - fooBar3: The `foo-bar` value.
    ///   - fooBar4: The `FooBar` value.
    ///   - größe: The `größe` value.
    ///   - _1st: The `1st` value.
    ///   - type: The `type` value.
    ///   - init_: The `init` value.
    ///   - type2: The `Type` value.
    ///   - self_2: The `Self` value.
    ///   - protocol: The `protocol` value.
    ///   - default: The `default` value.
    ///   - value: The `` value.
    ///   - ref: The `$ref` value.
    ///   - additionalProperties: The `additionalProperties` value.
    public init(
        self_: Swift.String? = nil,
        `class`: Swift.String? = nil,
        fooBar: Swift.String? = nil,
        fooBar2: Swift.String? = nil,
        fooBar3: Swift.String? = nil,
        fooBar4: Swift.String? = nil,
        größe: Swift.Int? = nil,
        _1st: Swift.Bool? = nil,
        type: Swift.String? = nil,
        init_: Swift.String? = nil,
        type2: Swift.String? = nil,
        self_2: Swift.String? = nil,
        `protocol`: Swift.String? = nil,
        `default`: Swift.String? = nil,
        value: Swift.String? = nil,
        ref: Swift.String? = nil,
        additionalProperties: Swift.String? = nil,
    ) {
        self.self_ = self_
        self.`class` = `class`
        self.fooBar = fooBar
        self.fooBar2 = fooBar2
        self.fooBar3 = fooBar3
        self.fooBar4 = fooBar4
        self.größe = größe
        self._1st = _1st
        self.type = type
        self.init_ = init_
        self.type2 = type2
        self.self_2 = self_2
        self.`protocol` = `protocol`
        self.`default` = `default`
        self.value = value
        self.ref = ref
        self.additionalProperties = additionalProperties
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.self_ = try container.decodeIfPresent(Swift.String.self, forKey: "self")
        self.`class` = try container.decodeIfPresent(Swift.String.self, forKey: "class")
        self.fooBar = try container.decodeIfPresent(Swift.String.self, forKey: "foo_bar")
        self.fooBar2 = try container.decodeIfPresent(Swift.String.self, forKey: "fooBar")
        self.fooBar3 = try container.decodeIfPresent(Swift.String.self, forKey: "foo-bar")
        self.fooBar4 = try container.decodeIfPresent(Swift.String.self, forKey: "FooBar")
        self.größe = try container.decodeIfPresent(Swift.Int.self, forKey: "größe")
        self._1st = try container.decodeIfPresent(Swift.Bool.self, forKey: "1st")
        self.type = try container.decodeIfPresent(Swift.String.self, forKey: "type")
        self.init_ = try container.decodeIfPresent(Swift.String.self, forKey: "init")
        self.type2 = try container.decodeIfPresent(Swift.String.self, forKey: "Type")
        self.self_2 = try container.decodeIfPresent(Swift.String.self, forKey: "Self")
        self.`protocol` = try container.decodeIfPresent(Swift.String.self, forKey: "protocol")
        self.`default` = try container.decodeIfPresent(Swift.String.self, forKey: "default")
        self.value = try container.decodeIfPresent(Swift.String.self, forKey: "")
        self.ref = try container.decodeIfPresent(Swift.String.self, forKey: "$ref")
        self.additionalProperties = try container.decodeIfPresent(Swift.String.self, forKey: "additionalProperties")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.self_, forKey: "self")
        try container.encodeIfPresent(self.`class`, forKey: "class")
        try container.encodeIfPresent(self.fooBar, forKey: "foo_bar")
        try container.encodeIfPresent(self.fooBar2, forKey: "fooBar")
        try container.encodeIfPresent(self.fooBar3, forKey: "foo-bar")
        try container.encodeIfPresent(self.fooBar4, forKey: "FooBar")
        try container.encodeIfPresent(self.größe, forKey: "größe")
        try container.encodeIfPresent(self._1st, forKey: "1st")
        try container.encodeIfPresent(self.type, forKey: "type")
        try container.encodeIfPresent(self.init_, forKey: "init")
        try container.encodeIfPresent(self.type2, forKey: "Type")
        try container.encodeIfPresent(self.self_2, forKey: "Self")
        try container.encodeIfPresent(self.`protocol`, forKey: "protocol")
        try container.encodeIfPresent(self.`default`, forKey: "default")
        try container.encodeIfPresent(self.value, forKey: "")
        try container.encodeIfPresent(self.ref, forKey: "$ref")
        try container.encodeIfPresent(self.additionalProperties, forKey: "additionalProperties")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Type_.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Type`.
public struct Type_: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Type/properties/value`.
    public var value: String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["value"])

    /// Creates a `Type_`.
    ///
    /// - Parameters:
    ///   - value: The `value` value.
    public init(
        value: String? = nil,
    ) {
        self.value = value
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.value = try container.decodeIfPresent(String.self, forKey: "value")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.value, forKey: "value")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/URL.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/URL`.
public typealias URL = Swift.String

// FILE: Types/_3DModel.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/3DModel`.
public struct _3DModel: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/3DModel/properties/2x`.
    public var _2x: Swift.Double?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["2x"])

    /// Creates a `_3DModel`.
    ///
    /// - Parameters:
    ///   - _2x: The `2x` value.
    public init(
        _2x: Swift.Double? = nil,
    ) {
        self._2x = _2x
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self._2x = try container.decodeIfPresent(Swift.Double.self, forKey: "2x")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self._2x, forKey: "2x")
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

