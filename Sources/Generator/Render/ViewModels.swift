// The flat view models the templates in `Templates/` render. Every string is final Swift text:
// names are escaped, types spelled, literals quoted. Templates only place them. See Templates/README.md.

struct FileView {
    var imports: [String]
    var body: String
}

struct StructView {
    var docLines: [String]
    var attributes: [String]
    var access: String
    var name: String
    var conformances: String
    var properties: [PropertyView]
    var initParameters: [String]
    var assignments: [String]
    var hasCodingKeys: Bool
    var codingKeys: [String]
    /// Set for response types with a required property: they get an `init(from:)` that decodes
    /// required values with `decodeRequired` (placeholders in tolerant mode).
    var decodesTolerantly: Bool
    var decodedProperties: [DecodedPropertyView]
}

struct DecodedPropertyView {
    var name: String
    /// `decodeRequired` or `decodeIfPresent`.
    var method: String
    /// The property's type without its optional.
    var type: String
}

struct PropertyView {
    var docLines: [String]
    var attributes: [String]
    var name: String
    var type: String
}

struct StringEnumView {
    var docLines: [String]
    var attributes: [String]
    var access: String
    var name: String
    var cases: [EnumCaseView]
}

struct EnumCaseView {
    var name: String
    var literal: String
}

struct UnionView {
    var docLines: [String]
    var attributes: [String]
    var access: String
    var name: String
    var nameLiteral: String
    var cases: [UnionCaseView]
    var hasUnknown: Bool
    /// The tag property as a literal; empty for shape dispatch.
    var propertyLiteral: String
    /// Set for tag dispatch: the tag property as a literal.
    var tagDispatch: TagDispatchView?
    var shapeDispatch: ShapeDispatchView?
}

struct UnionCaseView {
    var docLines: [String]
    var indirect: String
    var name: String
    var type: String
    /// Tag unions write the tag after the payload, so encoding always carries it.
    var tagLiteral: String?
}

struct TagDispatchView {
    var propertyLiteral: String
    var branches: [BranchView]
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
    var attributes: [String]
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
