// The flat view models the templates in `Templates/` render. Every string is final Swift text:
// names are escaped, types spelled, literals quoted. Templates only place them. See Templates/README.md.

struct FileView {
    var imports: [String]
    var body: String
}

struct StructView {
    var docLines: [String]
    /// The memberwise initialiser's doc comment: each argument with its property's summary.
    var initDocLines: [String]
    /// Set when deprecated: the `@available(*, deprecated, message:)` reason.
    var deprecation: DeprecationView?
    var access: String
    var name: String
    /// Conforms to `Hashable` (the `hashable` setting).
    var hashable: Bool
    var properties: [PropertyView]
    /// `additionalProperties` beside named properties: a dictionary of the other keys.
    var additional: AdditionalPropertiesView?
    /// Some property is read from a key (not only composed parts). Coding is always written out,
    /// keyed by the runtime's shared `AnyCodingKey`: no `CodingKeys` enum and no synthesis per type,
    /// which is most of what a generated type costs the compiler.
    var hasKeyedProperties: Bool
    /// Nothing is read from or written to a key, yet the value is an object: the coding opens an
    /// object container all the same, as synthesis did (`{}` out, an object required in).
    var checksObject: Bool
}

/// A deprecated declaration's reason, as a quoted literal for `@available(*, deprecated, message:)`.
struct DeprecationView {
    var messageLiteral: String
}

struct AdditionalPropertiesView {
    /// The dictionary property, escaped.
    var extraName: String
    var extraValueType: String
    /// The named properties' JSON names, which are not other keys.
    var knownKeysLiteral: String
}

struct PropertyView {
    var propertyDocLines: [String]
    var propertyDeprecation: DeprecationView?
    /// Stored behind `@GeneratedClientRuntime.Indirect` (recursion): assigned through `_storageName`.
    var indirect: Bool
    /// Escaped.
    var name: String
    /// Not escaped: `_` + it names the property wrapper's storage.
    var storageName: String
    var type: String
    /// The initialiser's default: a tag's literal or `nil`.
    var defaultLiteral: String?
    /// `decodeRequired` (placeholders in tolerant mode), `decode` (strict: a type only sent) or
    /// `decodeIfPresent`.
    var decodeMethod: String
    /// `encode` or `encodeIfPresent`.
    var encodeMethod: String
    /// The type without its optional.
    var decodedType: String
    /// A union that is part of the object: read from and written into the whole object.
    var composed: Bool
    /// A required key fixed to one string (a union tag): a computed property returning this literal,
    /// not stored, not an initialiser argument, written by `encode(to:)`.
    var constantLiteral: String?
    /// The JSON name as a literal: the property's coding key.
    var jsonNameLiteral: String
}

struct StringEnumView {
    var docLines: [String]
    /// Set when deprecated: the `@available(*, deprecated, message:)` reason.
    var deprecation: DeprecationView?
    var access: String
    var name: String
    var cases: [EnumCaseView]
}

struct EnumCaseView {
    var caseName: String
    var literal: String
}

struct UnionView {
    var docLines: [String]
    /// Set when deprecated: the `@available(*, deprecated, message:)` reason.
    var deprecation: DeprecationView?
    var access: String
    var name: String
    /// Conforms to `Hashable` (the `hashable` setting).
    var hashable: Bool
    var nameLiteral: String
    var cases: [UnionCaseView]
    var hasUnknown: Bool
    /// Set for tag dispatch: the tag property as a literal.
    var tagPropertyLiteral: String?
    var tagBranches: [BranchView]
    var shapeDispatch: ShapeDispatchView?
}

struct UnionCaseView {
    var caseDocLines: [String]
    var indirect: Bool
    var caseName: String
    var type: String
    /// Encoding writes this tag after the payload (the Model's `Variant.writesTag`).
    var writtenTagLiteral: String?
}

struct ShapeDispatchView {
    var branches: [BranchView]
    var keyedGroups: [KeyedGroupView]
    var elementGroups: [ElementGroupView]
    /// At most one: strings told apart by value.
    var stringGroups: [StringGroupView]
    /// At most one: objects weighed against each variant's signature.
    var signatureGroups: [SignatureGroupView]
    /// At most one: arrays of objects, weighed by their first element.
    var elementSignatureGroups: [ElementSignatureGroupView]
    var needsDefault: Bool
}

struct StringGroupView {
    /// One per variant with values; `patterns` are its values as literals.
    var valueBranches: [BranchView]
    /// A `format: date-time` variant: takes the strings that parse as dates.
    var dateTimeBranch: BranchView?
    /// The variant that takes any other string.
    var otherBranch: BranchView
}

struct SignatureGroupView {
    var signatures: [SignatureView]
    var signatureBranches: [SignatureBranchView]
}

struct ElementSignatureGroupView {
    var elementSignatures: [SignatureView]
    var elementBranches: [SignatureBranchView]
    /// An empty array decodes as the first array variant.
    var emptyBranch: SignatureBranchView
}

struct SignatureView {
    var requiredLiteral: String
    var knownLiteral: String
    var closed: Bool
    /// A dictionary literal of the keys fixed to one value; nil when there are none.
    var constantsLiteral: String?
}

struct SignatureBranchView {
    /// The signature's position in `objectSignatures`.
    var position: Int
    var caseName: String
    var type: String
    var viaContainer: Bool
}

/// A variant a union decodes (`DecodeVariant.mustache`).
struct BranchView {
    var patterns: String
    var caseName: String
    var type: String
    /// `Date` and `Data` decode through a container, where the decoder's date and data strategies
    /// apply; their own `init(from:)` would not.
    var viaContainer: Bool
}

struct KeyedGroupView {
    var pattern: String
    var keyed: [KeyedBranchView]
}

struct KeyedBranchView {
    var keyLiteral: String
    var caseName: String
    var type: String
    var viaContainer: Bool
}

struct ElementGroupView {
    var elements: [BranchView]
    var needsElementDefault: Bool
}

struct TypeAliasView {
    var docLines: [String]
    /// Set when deprecated: the `@available(*, deprecated, message:)` reason.
    var deprecation: DeprecationView?
    var access: String
    var name: String
    var type: String
}

struct ExtensionView {
    var parent: String
    var body: String
}

struct ClientView {
    var docLines: [String]
    var access: String
    var clientName: String
    var serverLiteral: String
    /// The document's security requirements, sent unless an operation says otherwise.
    var securityLiteral: String
    var apiKeyVariableLiteral: String?
    var apiKeyVariable: String
    /// The variable that replaces the server URL in `fromEnvironment()`, when there is one.
    var serverURLVariableLiteral: String?
    var serverURLVariable: String
}

struct ExampleCatalogView {
    var clientModule: String
    var examples: [ExampleView]
}

struct ExampleView {
    var pointerLiteral: String
    var type: String
    var jsonLiteral: String
}
