/// One JSON Schema as the generator sees it, the same for OpenAPI 3.0 and 3.1: `nullable: true`,
/// `type: [T, "null"]` and `enum` containing null all become `nullable`; `example` joins `examples`.
package final class Schema: Sendable {
    package enum AdditionalProperties: Sendable {
        /// Not written: extra keys are allowed but carry no type.
        case unspecified
        case forbidden
        /// `true` or `{}`: free-form values.
        case any
        case schema(Schema)
    }

    package struct Discriminator: Sendable {
        package var propertyName: String
        /// Tag value → `$ref`, in the order written.
        package var mapping: [(value: String, ref: String)]
    }

    package let pointer: String
    package let origin: SourceOrigin
    package let ref: String?
    /// The JSON types allowed, without "null"; empty when the schema does not say.
    package let types: [String]
    package let nullable: Bool
    package let format: String?
    package let title: String?
    package let description: String?
    package let deprecated: Bool
    /// `x-deprecation-message`: why the schema is deprecated and what replaces it.
    package let deprecationMessage: String?
    package let properties: [(name: String, schema: Schema)]
    package let required: [String]
    package let additionalProperties: AdditionalProperties
    package let items: Schema?
    /// `prefixItems`: the schemas of an array's first elements, in order (a tuple).
    package let prefixItems: [Schema]
    package let allOf: [Schema]
    package let oneOf: [Schema]
    package let anyOf: [Schema]
    /// Enum values other than null.
    package let enumValues: [Node]?
    package let constValue: Node?
    package let defaultValue: Node?
    /// Example values with the pointer each was written at.
    package let examples: [(pointer: String, value: Node)]
    package let discriminator: Discriminator?
    /// `false` as a schema: nothing validates.
    package let isNever: Bool

    package init(
        pointer: String, origin: SourceOrigin, ref: String? = nil, types: [String] = [], nullable: Bool = false,
        format: String? = nil, title: String? = nil, description: String? = nil, deprecated: Bool = false, deprecationMessage: String? = nil,
        properties: [(name: String, schema: Schema)] = [], required: [String] = [],
        additionalProperties: AdditionalProperties = .unspecified, items: Schema? = nil, prefixItems: [Schema] = [],
        allOf: [Schema] = [], oneOf: [Schema] = [], anyOf: [Schema] = [], enumValues: [Node]? = nil,
        constValue: Node? = nil, defaultValue: Node? = nil, examples: [(pointer: String, value: Node)] = [],
        discriminator: Discriminator? = nil, isNever: Bool = false
    ) {
        self.pointer = pointer
        self.origin = origin
        self.ref = ref
        self.types = types
        self.nullable = nullable
        self.format = format
        self.title = title
        self.description = description
        self.deprecated = deprecated
        self.deprecationMessage = deprecationMessage
        self.properties = properties
        self.required = required
        self.additionalProperties = additionalProperties
        self.items = items
        self.prefixItems = prefixItems
        self.allOf = allOf
        self.oneOf = oneOf
        self.anyOf = anyOf
        self.enumValues = enumValues
        self.constValue = constValue
        self.defaultValue = defaultValue
        self.examples = examples
        self.discriminator = discriminator
        self.isNever = isNever
    }

    /// The `oneOf`/`anyOf` of a schema that also has `properties`, as a schema of its own at
    /// `pointer`: the union part of the object.
    package func unionPart(pointer: String) -> Schema {
        Schema(pointer: pointer, origin: origin, oneOf: oneOf, anyOf: anyOf, discriminator: discriminator)
    }

    /// True for `{type: "null"}` alone: a schema that only allows null.
    package var isNullOnly: Bool {
        nullable && types.isEmpty && ref == nil && properties.isEmpty && allOf.isEmpty && oneOf.isEmpty
            && anyOf.isEmpty && enumValues == nil && constValue == nil && items == nil
    }

    /// The single string a property must hold (`const: x` or `enum: [x]`), which tells union variants apart.
    package var singleStringValue: String? {
        if let constValue, let text = constValue.string { return text }
        if let enumValues, enumValues.count == 1, let text = enumValues[0].string { return text }
        return nil
    }

    /// True when the schema says nothing about its values (`{}`, or only annotations).
    package var isUnconstrained: Bool {
        types.isEmpty && ref == nil && properties.isEmpty && allOf.isEmpty && oneOf.isEmpty && anyOf.isEmpty
            && enumValues == nil && constValue == nil && items == nil && prefixItems.isEmpty && !isNever
            && { if case .schema = additionalProperties { return false } else { return true } }()
    }
}
