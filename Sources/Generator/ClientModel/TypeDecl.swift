import OpenAPIReading

/// A type to generate: what it is and where it came from, and where its name comes from.
/// The naming stage spells the name.
package struct TypeDecl: Sendable, Equatable {
    package var id: DeclID
    /// Where its name comes from; the naming stage makes it a Swift name.
    package var nameSource: NameSource
    /// The type this one is nested in; nil for top-level types.
    package var parent: DeclID?
    package var origin: SourceOrigin
    package var documentation: Documentation
    package var kind: Kind

    package enum Kind: Sendable, Equatable {
        case structure(Structure)
        case stringEnum(StringEnum)
        case union(Union)
        /// An array whose first elements each have their own type (`prefixItems`).
        case tuple(Tuple)
        /// A named schema that is only another type (`type: string`, `type: array`, a `$ref`).
        case alias(TypeUsage)
    }
}

package struct Documentation: Sendable, Equatable {
    package var summary: String?
    package var details: String?
    /// Why it is deprecated (`Deprecation.reason`); nil when it is not.
    package var deprecation: String?
    package var defaultValue: String?
    package var examples: [String] = []

    /// Also for text the renderer writes (the client's summary, a polling method's).
    package init(summary: String? = nil, details: String? = nil, deprecation: String? = nil, defaultValue: String? = nil, examples: [String] = []) {
        self.summary = summary
        self.details = details
        self.deprecation = deprecation
        self.defaultValue = defaultValue
        self.examples = examples
    }

    package var deprecated: Bool { deprecation != nil }
}

package struct Structure: Sendable, Equatable {
    package var properties: [Property]
    /// `additionalProperties` beside named properties: the type of the other keys' values, kept in a
    /// dictionary so they survive decoding and encoding.
    package var additionalProperties: TypeUsage?
    /// Reachable from a response body or stream event (`SchemaIndex.reach`, marked by `ModelBuilder.markDecodedFromResponses`): decoded tolerantly.
    package var decodedFromResponses = false
    /// The tag a union writes for this variant, which has no property for it (`Variant.writesTag`).
    package var keysTheUnionCodes: [String] = []

    /// Keeps the members no property reads (`unknownFields`), so a field the document lacks is read,
    /// sent and round-tripped. Not with `additionalProperties` (its dictionary holds them, typed), nor
    /// for an object composed of parts (`allOf` with a `oneOf`), whose members are spread over them.
    package var keepsUnknownFields: Bool {
        additionalProperties == nil && !properties.contains { $0.isComposed }
    }
}

package struct Property: Sendable, Equatable {
    package var jsonName: String
    package var type: TypeUsage
    package var required: Bool
    package var documentation: Documentation
    /// The single value a required property must hold (`const`, one-value `enum`): the initialiser's default.
    package var constant: String?
    /// Stored behind a box because the type contains itself through this property.
    package var isIndirect = false
    package var pointer: String
    /// A `oneOf`/`anyOf` that is part of this object (an `allOf` member, or beside `properties`):
    /// decoded from and encoded into the whole object, not from one key. `jsonName` then names
    /// the part (its component's name, or `oneOf`/`anyOf`) and is no key.
    package var isComposed = false
}

/// `prefixItems`: the types of an array's first elements, in order, and of any after them when
/// `items` allows more (nil when it forbids them or says nothing of them: they are kept as JSON).
package struct Tuple: Sendable, Equatable {
    package var elements: [Element]
    package var rest: TypeUsage

    package struct Element: Sendable, Equatable {
        package var type: TypeUsage
        package var documentation: Documentation
        /// The element's schema `title`, which names its property.
        package var title: String?
    }
}

package struct StringEnum: Sendable, Equatable {
    package var values: [String]
}

package struct Union: Sendable, Equatable {
    package enum Dispatch: Sendable, Equatable {
        /// Read this property of the object first and pick the variant by its value.
        case tag(property: String)
        /// Pick by the JSON shape (string, array, object, ...), and among objects by a required key.
        case shape
    }

    package var dispatch: Dispatch
    package var variants: [Variant]
    /// Keeps payloads the generator cannot recognise (new tags) as raw JSON.
    package var hasUnknownCase: Bool
}

package struct Variant: Sendable, Equatable {
    package var nameSource: NameSource
    package var type: TypeUsage
    package var documentation: Documentation
    /// Tag values that select this variant (tag dispatch).
    package var tags: [String] = []
    /// Objects without the tag property decode as this variant (its tag is optional).
    package var matchesMissingTag = false
    /// JSON shapes that select this variant (shape dispatch).
    package var shapes: [JSONShape] = []
    /// For object variants told apart by shape dispatch: a required key only this variant has.
    package var distinguishingKey: String?
    /// For array variants told apart by their first element's shape.
    package var elementShapes: [JSONShape] = []
    /// For object variants no single key tells apart: the evidence the schema gives, weighed at run
    /// time against the keys an object has (`UnionCoding.bestMatch`).
    package var objectSignature: ObjectSignature?
    /// For array variants whose elements are all objects: the elements' signature, weighed against
    /// the first element (`UnionCoding.bestMatchOfFirstElement`).
    package var elementSignature: ObjectSignature?
    /// For string variants told apart by value: the values that select this one (an `enum` or
    /// `const`); empty for the one variant that takes every other string.
    package var stringValues: [String]?
    /// For string variants told apart by value: a `format: date-time` variant takes the strings
    /// that parse as dates.
    package var matchesDateTime = false
    /// Recursive payloads need `indirect`.
    package var isIndirect = false
    /// Encoding writes the tag after the payload: the variant requires it and has exactly one value.
    /// A variant whose tag is optional, a nested union, or a structure whose tag is a constant
    /// (a computed property it encodes) writes its own.
    package var writesTag = false
}

/// What an object variant's schema says about the objects it accepts.
package struct ObjectSignature: Sendable, Equatable {
    /// Keys every such object has.
    package var required: [String]
    /// Keys the schema names.
    package var known: [String]
    /// `additionalProperties: false`: no other keys.
    package var closed: Bool
    /// Keys fixed to one string (`const`, one-value `enum`).
    package var constants: [(key: String, value: String)]

    package static func == (lhs: Self, rhs: Self) -> Bool {
        Set(lhs.required) == Set(rhs.required) && Set(lhs.known) == Set(rhs.known) && lhs.closed == rhs.closed
            && lhs.constants.map { $0.key + "=" + $0.value }.sorted() == rhs.constants.map { $0.key + "=" + $0.value }.sorted()
    }
}

/// The kinds of JSON value, as the runtime's shape probe reports them.
package enum JSONShape: String, Sendable, Equatable, CaseIterable {
    case null, bool, integer, number, string, array, object
}
