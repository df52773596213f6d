// The flat view models the templates in `Templates/` render. Every string is final Swift text:
// names are escaped, types spelled, literals quoted. Templates only place them. See Templates/README.md.

struct FileView {
    var imports: [String]
    var body: String
}

struct StructView {
    var docLines: [String]
    var deprecated: Bool
    var access: String
    var name: String
    var properties: [PropertyView]
    /// Some property's JSON name differs from its Swift name.
    var hasCodingKeys: Bool
    /// Set for response types with a required property: they get an `init(from:)` that decodes
    /// required values with `decodeRequired` (placeholders in tolerant mode).
    var decodesTolerantly: Bool
}

struct PropertyView {
    var propertyDocLines: [String]
    var propertyDeprecated: Bool
    /// Stored behind `@ClientRuntime.Indirect` (recursion): assigned through `_storageName`.
    var indirect: Bool
    /// Escaped.
    var name: String
    /// Not escaped: `_` + it names the property wrapper's storage.
    var storageName: String
    var type: String
    /// The initialiser's default: a tag's literal or `nil`.
    var defaultLiteral: String?
    /// The JSON name, when it differs from the Swift name.
    var codingKeyLiteral: String?
    /// `decodeRequired` or `decodeIfPresent`.
    var decodeMethod: String
    /// The type without its optional.
    var decodedType: String
}

struct StringEnumView {
    var docLines: [String]
    var deprecated: Bool
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
    var deprecated: Bool
    var access: String
    var name: String
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
    var needsDefault: Bool
}

struct BranchView {
    var patterns: String
    var caseName: String
    var type: String
}

struct KeyedGroupView {
    var pattern: String
    var keyed: [KeyedBranchView]
}

struct KeyedBranchView {
    var keyLiteral: String
    var caseName: String
    var type: String
}

struct ElementGroupView {
    var elements: [BranchView]
    var needsDefault: Bool
}

struct TypeAliasView {
    var docLines: [String]
    var deprecated: Bool
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
    var apiKeyVariableLiteral: String?
    var apiKeyVariable: String
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
