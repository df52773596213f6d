import ClientModel
import OpenAPIReading

// The flat view models the templates in `Templates/` render. Every string is final Swift text:
// names are escaped, types spelled, literals quoted. Templates only place them. See Templates/README.md.

package struct StructView: Sendable {
    package var docLines: [String]
    /// The memberwise initialiser's doc comment: each argument with its property's summary.
    package var initDocLines: [String]
    /// Set when deprecated: the `@available(*, deprecated, message:)` reason.
    package var deprecation: DeprecationView?
    package var access: String
    package var name: String
    /// Conforms to `Hashable` (the `hashable` setting).
    package var hashable: Bool
    package var properties: [PropertyView]
    /// `additionalProperties` beside named properties: a dictionary of the other keys.
    package var additional: AdditionalPropertiesView?
    /// The members no property reads, kept as `JSONValue`s.
    package var unknown: UnknownFieldsView?
    /// Some property is read from a key (not only composed parts). Coding is always written out,
    /// keyed by the runtime's shared `AnyCodingKey`: no `CodingKeys` enum and no synthesis per type,
    /// which is most of what a generated type costs the compiler.
    package var hasKeyedProperties: Bool
    /// Nothing is read from or written to a key, yet the value is an object: the coding opens an
    /// object container all the same, as synthesis did (`{}` out, an object required in).
    package var checksObject: Bool
}

/// A deprecated declaration's reason, as a quoted literal for `@available(*, deprecated, message:)`.
package struct DeprecationView: Sendable {
    package var messageLiteral: String
}

package struct AdditionalPropertiesView: Sendable {
    /// The dictionary property, escaped.
    package var extraName: String
    package var extraValueType: String
    /// The named properties' JSON names, which are not other keys.
    package var knownKeysLiteral: String
}

package struct UnknownFieldsView: Sendable {
    /// The dictionary property, escaped.
    package var fieldsName: String
    /// The static list of the properties' JSON names, escaped.
    package var knownKeysName: String
    package var knownKeysLiteral: String
}

package struct PropertyView: Sendable {
    package var propertyDocLines: [String]
    package var propertyDeprecation: DeprecationView?
    /// Stored behind `@GeneratedClientRuntime.Indirect` (recursion): assigned through `_storageName`.
    package var indirect: Bool
    /// Escaped.
    package var name: String
    /// Not escaped: `_` + it names the property wrapper's storage.
    package var storageName: String
    package var type: String
    /// The initialiser's default: a tag's literal or `nil`.
    package var defaultLiteral: String?
    /// `decodeRequired` (placeholders in tolerant mode), `decode` (strict: a type only sent) or
    /// `decodeIfPresent`.
    package var decodeMethod: String
    /// `encode` or `encodeIfPresent`.
    package var encodeMethod: String
    /// The type without its optional.
    package var decodedType: String
    /// A union that is part of the object: read from and written into the whole object.
    package var composed: Bool
    /// A required key fixed to one string (a union tag): a computed property returning this literal,
    /// not stored, not an initialiser argument, written by `encode(to:)`.
    package var constantLiteral: String?
    /// The JSON name as a literal: the property's coding key.
    package var jsonNameLiteral: String
}

package struct StringEnumView: Sendable {
    package var docLines: [String]
    /// Set when deprecated: the `@available(*, deprecated, message:)` reason.
    package var deprecation: DeprecationView?
    package var access: String
    package var name: String
    package var cases: [EnumCaseView]
}

package struct EnumCaseView: Sendable {
    package var caseName: String
    package var literal: String
}

package struct UnionView: Sendable {
    package var docLines: [String]
    /// Set when deprecated: the `@available(*, deprecated, message:)` reason.
    package var deprecation: DeprecationView?
    package var access: String
    package var name: String
    /// Conforms to `Hashable` (the `hashable` setting).
    package var hashable: Bool
    package var nameLiteral: String
    package var cases: [UnionCaseView]
    package var hasUnknown: Bool
    /// Set for tag dispatch: the tag property as a literal.
    package var tagPropertyLiteral: String?
    package var tagBranches: [BranchView]
    package var shapeDispatch: ShapeDispatchView?
}

package struct UnionCaseView: Sendable {
    package var caseDocLines: [String]
    package var indirect: Bool
    package var caseName: String
    package var type: String
    /// Encoding writes this tag after the payload (the Model's `Variant.writesTag`).
    package var writtenTagLiteral: String?
}

package struct ShapeDispatchView: Sendable {
    package var branches: [BranchView]
    package var keyedGroups: [KeyedGroupView]
    package var elementGroups: [ElementGroupView]
    /// At most one: strings told apart by value.
    package var stringGroups: [StringGroupView]
    /// At most one: objects weighed against each variant's signature.
    package var signatureGroups: [SignatureGroupView]
    /// At most one: arrays of objects, weighed by their first element.
    package var elementSignatureGroups: [ElementSignatureGroupView]
    package var needsDefault: Bool
}

package struct StringGroupView: Sendable {
    /// One per variant with values; `patterns` are its values as literals.
    package var valueBranches: [BranchView]
    /// A `format: date-time` variant: takes the strings that parse as dates.
    package var dateTimeBranch: BranchView?
    /// The variant that takes any other string.
    package var otherBranch: BranchView
}

package struct SignatureGroupView: Sendable {
    package var signatures: [SignatureView]
    package var signatureBranches: [SignatureBranchView]
}

package struct ElementSignatureGroupView: Sendable {
    package var elementSignatures: [SignatureView]
    package var elementBranches: [SignatureBranchView]
    /// An empty array decodes as the first array variant.
    package var emptyBranch: SignatureBranchView
}

package struct SignatureView: Sendable {
    package var requiredLiteral: String
    package var knownLiteral: String
    package var closed: Bool
    /// A dictionary literal of the keys fixed to one value; nil when there are none.
    package var constantsLiteral: String?
}

package struct SignatureBranchView: Sendable {
    /// The signature's position in `objectSignatures`.
    package var position: Int
    package var caseName: String
    package var type: String
    package var viaContainer: Bool
}

/// A variant a union decodes (`DecodeVariant.mustache`).
package struct BranchView: Sendable {
    package var patterns: String
    package var caseName: String
    package var type: String
    /// `Date` and `Data` decode through a container, where the decoder's date and data strategies
    /// apply; their own `init(from:)` would not.
    package var viaContainer: Bool
}

package struct KeyedGroupView: Sendable {
    package var pattern: String
    package var keyed: [KeyedBranchView]
}

package struct KeyedBranchView: Sendable {
    package var keyLiteral: String
    package var caseName: String
    package var type: String
    package var viaContainer: Bool
}

package struct ElementGroupView: Sendable {
    package var elements: [BranchView]
    package var needsElementDefault: Bool
}

/// An array whose first elements each have their own type (`prefixItems`), coded as an array.
package struct TupleView: Sendable {
    package var docLines: [String]
    package var deprecation: DeprecationView?
    package var access: String
    package var name: String
    package var hashable: Bool
    package var elements: [TupleElementView]
    /// How many elements have their own type, as text for the doc comment.
    package var count: String
    /// The property holding the elements after them, and their type.
    package var restName: String
    package var restType: String
}

package struct TupleElementView: Sendable {
    package var elementDocLines: [String]
    package var name: String
    package var type: String
}

package struct TypeAliasView: Sendable {
    package var docLines: [String]
    /// Set when deprecated: the `@available(*, deprecated, message:)` reason.
    package var deprecation: DeprecationView?
    package var access: String
    package var name: String
    package var type: String
}

package struct ClientView: Sendable {
    package var docLines: [String]
    package var access: String
    package var clientName: String
    package var serverLiteral: String
    /// The document's security requirements, sent unless an operation says otherwise.
    package var securityLiteral: String
    package var apiKeyVariableLiteral: String?
    package var apiKeyVariable: String
    /// The variable that replaces the server URL in `fromEnvironment()`, when there is one.
    package var serverURLVariableLiteral: String?
    package var serverURLVariable: String
}

package struct ExampleCatalogView: Sendable {
    package var clientModule: String
    package var examples: [ExampleView]
}

package struct ExampleView: Sendable {
    package var pointerLiteral: String
    package var type: String
    package var jsonLiteral: String
}

/// `TestKit.mustache`: the client's `Mock`, one accessor per operation.
package struct TestKitView: Sendable {
    /// The file's name in the test kit's folder: `<ClientName>+Mock.swift`.
    package var fileName: String
    package var clientModule: String
    package var clientName: String
    package var access: String
    package var operations: [MockOperationView]
}

/// One operation's accessor on the mock: `MockOperation<Body, Value, Event>` and how it answers.
package struct MockOperationView: Sendable {
    package var docLines: [String]
    package var deprecation: DeprecationView?
    /// The accessor's access level: the kit's.
    package var memberAccess: String
    /// The operation's method name, escaped: the accessor has the same.
    package var methodName: String
    package var bodyType: String
    package var valueType: String
    package var eventType: String
    package var operationIDLiteral: String
    package var pathLiteral: String
    package var examples: [MockExampleView]
    /// The document gives no response example: `examples: []`.
    package var noExamples: Bool
    /// Reads a recorded body (`$0`, `Data`) back into `bodyType`.
    package var readBodyExpression: String
    /// The answer to `value` when the operation has one outcome; else `answerCases` switch over it.
    package var answerExpression: String?
    package var answerCases: [MockAnswerCaseView]
}

package struct MockExampleView: Sendable {
    package var nameLiteral: String
    package var status: String
    package var jsonLiteral: String
}

/// A `case` of the switch over an output enum and the answer it gives.
package struct MockAnswerCaseView: Sendable {
    /// `.ok(let payload)` or `.accepted`.
    package var pattern: String
    package var caseAnswer: String
}
