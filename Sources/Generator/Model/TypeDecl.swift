/// A type to generate: what it is and where it came from, with names still as hints.
/// The naming stage turns hints into final Swift names.
struct TypeDecl: Sendable, Equatable {
    var id: DeclID
    /// The spec's own name for it (a component name or a property name), made into a Swift name later.
    var nameHint: String
    /// The type this one is nested in; nil for top-level types.
    var parent: DeclID?
    var origin: SourceOrigin
    var documentation: Documentation
    var kind: Kind

    enum Kind: Sendable, Equatable {
        case structure(Structure)
        case stringEnum(StringEnum)
        case union(Union)
        /// A named schema that is only another type (`type: string`, `type: array`, a `$ref`).
        case alias(TypeUsage)
    }
}

struct Documentation: Sendable, Equatable {
    var summary: String?
    var details: String?
    /// Why it is deprecated (`Deprecation.reason`); nil when it is not.
    var deprecation: String?
    var defaultValue: String?
    var examples: [String] = []

    var deprecated: Bool { deprecation != nil }
}

struct Structure: Sendable, Equatable {
    var properties: [Property]
    /// `additionalProperties` beside named properties: the type of the other keys' values, kept in a
    /// dictionary so they survive decoding and encoding.
    var additionalProperties: TypeUsage?
    /// Reachable from a response body or stream event (`SchemaIndex.reach`, marked by `ModelBuilder.markDecodedFromResponses`): decoded tolerantly.
    var decodedFromResponses = false
}

struct Property: Sendable, Equatable {
    var jsonName: String
    var type: TypeUsage
    var required: Bool
    var documentation: Documentation
    /// The single value a required property must hold (`const`, one-value `enum`): the initialiser's default.
    var constant: String?
    /// Stored behind a box because the type contains itself through this property.
    var isIndirect = false
    var pointer: String
    /// A `oneOf`/`anyOf` that is part of this object (an `allOf` member, or beside `properties`):
    /// decoded from and encoded into the whole object, not from one key. `jsonName` is only a
    /// name hint then.
    var isComposed = false
}

struct StringEnum: Sendable, Equatable {
    var values: [String]
}

struct Union: Sendable, Equatable {
    enum Dispatch: Sendable, Equatable {
        /// Read this property of the object first and pick the variant by its value.
        case tag(property: String)
        /// Pick by the JSON shape (string, array, object, ...), and among objects by a required key.
        case shape
    }

    var dispatch: Dispatch
    var variants: [Variant]
    /// Keeps payloads the generator cannot recognise (new tags) as raw JSON.
    var hasUnknownCase: Bool
}

struct Variant: Sendable, Equatable {
    var nameHint: String
    var type: TypeUsage
    var documentation: Documentation
    /// Tag values that select this variant (tag dispatch).
    var tags: [String] = []
    /// Objects without the tag property decode as this variant (its tag is optional).
    var matchesMissingTag = false
    /// JSON shapes that select this variant (shape dispatch).
    var shapes: [JSONShape] = []
    /// For object variants told apart by shape dispatch: a required key only this variant has.
    var distinguishingKey: String?
    /// For array variants told apart by their first element's shape.
    var elementShapes: [JSONShape] = []
    /// For object variants no single key tells apart: the evidence the schema gives, weighed at run
    /// time against the keys an object has (`UnionCoding.bestMatch`).
    var objectSignature: ObjectSignature?
    /// For array variants whose elements are all objects: the elements' signature, weighed against
    /// the first element (`UnionCoding.bestMatchOfFirstElement`).
    var elementSignature: ObjectSignature?
    /// For string variants told apart by value: the values that select this one (an `enum` or
    /// `const`); empty for the one variant that takes every other string.
    var stringValues: [String]?
    /// For string variants told apart by value: a `format: date-time` variant takes the strings
    /// that parse as dates.
    var matchesDateTime = false
    /// Recursive payloads need `indirect`.
    var isIndirect = false
    /// Encoding writes the tag after the payload: the variant requires it and has exactly one value.
    /// A variant whose tag is optional, a nested union, or a structure whose tag is a constant
    /// (a computed property it encodes) writes its own.
    var writesTag = false
}

/// What an object variant's schema says about the objects it accepts.
struct ObjectSignature: Sendable, Equatable {
    /// Keys every such object has.
    var required: [String]
    /// Keys the schema names.
    var known: [String]
    /// `additionalProperties: false`: no other keys.
    var closed: Bool
    /// Keys fixed to one string (`const`, one-value `enum`).
    var constants: [(key: String, value: String)]

    static func == (lhs: Self, rhs: Self) -> Bool {
        Set(lhs.required) == Set(rhs.required) && Set(lhs.known) == Set(rhs.known) && lhs.closed == rhs.closed
            && lhs.constants.map { $0.key + "=" + $0.value }.sorted() == rhs.constants.map { $0.key + "=" + $0.value }.sorted()
    }
}

/// The kinds of JSON value, as the runtime's shape probe reports them.
enum JSONShape: String, Sendable, Equatable, CaseIterable {
    case null, bool, integer, number, string, array, object
}
