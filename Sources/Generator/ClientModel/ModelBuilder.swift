import OpenAPIReading

/// Decides what Swift declaration each schema and operation becomes. All mapping decisions live here
/// and in its extensions; it records where names come from (`NameSource`), the naming stage makes them.
package final class ModelBuilder {
    let document: OpenAPIDocument
    let diagnostics: Diagnostics
    var declarations: [DeclID: TypeDecl] = [:]
    /// Declaration order: components first in spec order, then inline types as they are met.
    private(set) var order: [DeclID] = []
    /// Schema semantics (references, null branches, `allOf` merges, reachability), shared with Diff.
    let schemas: SchemaIndex
    private var inProgress: Set<String> = []
    var unmapped = 0

    package init(document: OpenAPIDocument, diagnostics: Diagnostics) {
        self.document = document
        self.diagnostics = diagnostics
        self.schemas = SchemaIndex(document: document, diagnostics: diagnostics)
    }

    package func build() throws(Diagnostic) -> GenerationModel {
        for (name, schema) in document.schemas {
            try declare(schema, name: .given(name), parent: nil)
        }
        var operations: [OperationDecl] = []
        for operation in document.operations {
            operations.append(try buildOperation(operation))
        }
        // Operations repeat the document's requirement when it has none (xAI puts `bearerAuth` on
        // each): the most common one becomes the client's default and only the others say theirs.
        let clientSecurity = document.security ?? Self.mostCommon(document.operations.compactMap(\.security)) ?? []
        for (index, operation) in document.operations.enumerated() {
            let own = operation.security ?? document.security ?? []
            operations[index].security = own == clientSecurity ? nil : own
        }
        var examples: [ExampleUse] = []
        for example in document.examples {
            examples.append(ExampleUse(pointer: example.pointer, type: try usage(example.schema, name: .example, parent: nil), json: example.value))
        }
        for index in operations.indices { useFileUploads(in: &operations[index]) }
        var types = order.compactMap { declarations[$0] }
        IndirectionAnalysis.markRecursion(in: &types)
        markDecodedFromResponses(&types)
        markTagWriters(&types)
        return GenerationModel(
            title: document.title,
            summary: document.summary,
            serverURL: document.serverURL,
            security: clientSecurity,
            types: types,
            operations: operations,
            examples: examples,
            unmappedCount: unmapped
        )
    }

    private func markTagWriters(_ types: inout [TypeDecl]) {
        func isUnion(_ type: TypeUsage) -> Bool {
            guard case .named(let id) = type.unwrapped, case .union? = declarations[id]?.kind else { return false }
            return true
        }
        /// A structure whose `property` is a constant writes it itself.
        func writesOwnTag(_ type: TypeUsage, _ property: String) -> Bool {
            guard case .named(let id) = type.unwrapped, case .structure(let structure)? = declarations[id]?.kind else { return false }
            return structure.properties.contains { $0.jsonName == property && $0.constant != nil }
        }
        var tagsWrittenFor: [DeclID: Set<String>] = [:]
        for index in types.indices {
            guard case .union(var union) = types[index].kind, case .tag(let property) = union.dispatch else { continue }
            for variant in union.variants.indices {
                let entry = union.variants[variant]
                union.variants[variant].writesTag = entry.tags.count == 1 && !entry.matchesMissingTag && !isUnion(entry.type)
                    && !writesOwnTag(entry.type, property)
                if union.variants[variant].writesTag, case .named(let id) = entry.type.unwrapped { tagsWrittenFor[id, default: []].insert(property) }
            }
            types[index].kind = .union(union)
        }
        // The union reads and writes the tag of a variant that has no property for it: the tag is no
        // unknown member of that variant.
        for index in types.indices {
            guard let tags = tagsWrittenFor[types[index].id], case .structure(var structure) = types[index].kind else { continue }
            structure.keysTheUnionCodes = tags.sorted().filter { tag in !structure.properties.contains { $0.jsonName == tag } }
            types[index].kind = .structure(structure)
        }
    }

    /// The value seen most often; the first of equals.
    static func mostCommon(_ values: [[[SecurityScheme]]]) -> [[SecurityScheme]]? {
        var counts: [[[SecurityScheme]]: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return values.max { counts[$0] ?? 0 < counts[$1] ?? 0 }
    }

    func warnUnmapped(_ message: String, _ schema: Schema) {
        unmapped += 1
        diagnostics.emit(.warning(message, at: schema.origin, pointer: schema.pointer))
    }

    // MARK: Declarations

    /// Makes sure `schema` has a declaration and returns its id.
    @discardableResult
    func declare(_ schema: Schema, name: NameSource, parent: DeclID?) throws(Diagnostic) -> DeclID {
        let id = DeclID(pointer: schema.pointer)
        if declarations[id] != nil || inProgress.contains(schema.pointer) { return id }
        inProgress.insert(schema.pointer)
        defer { inProgress.remove(schema.pointer) }
        order.append(id)
        // A placeholder lets recursive references find the id while the kind is being built.
        declarations[id] = TypeDecl(id: id, nameSource: name, parent: parent, origin: schema.origin, documentation: documentation(schema), kind: .alias(.json))
        let kind = try kind(of: schema, id: id, name: name)
        declarations[id]?.kind = kind
        return id
    }

    private func kind(of schema: Schema, id: DeclID, name: NameSource) throws(Diagnostic) -> TypeDecl.Kind {
        switch try classify(schema) {
        case .union(let variants):
            return .union(try buildUnion(schema, variants: variants, id: id))
        case .structure:
            return .structure(try buildStructure(schema, id: id))
        case .stringEnum(let values):
            return .stringEnum(StringEnum(values: values))
        case .tuple:
            var elements: [Tuple.Element] = []
            for (offset, element) in schema.prefixItems.enumerated() {
                let type = try usage(element, name: element.title.map { .given($0) } ?? .variant(position: offset + 1), parent: id)
                elements.append(Tuple.Element(type: type, documentation: documentation(element), title: element.title))
            }
            // Elements after the fixed ones: of `items`' type, or any JSON when it says nothing or
            // forbids them (`items: false`, a closed tuple: none ever arrive).
            let rest = try schema.items.flatMap { $0.isNever ? nil : $0 }.map { items throws(Diagnostic) in try usage(items, name: .item(of: name), parent: id) } ?? .json
            return .tuple(Tuple(elements: elements, rest: rest))
        case .other:
            // A chain of references must end in a schema; a cycle of aliases cannot be declared.
            if schema.ref != nil { _ = try schemas.target(of: schema) }
            // Nothing can be nested in a typealias, so its inline parts become top-level types.
            return .alias(try usage(schema, name: name, parent: nil, ignoringNullability: true))
        }
    }

    enum Classification {
        case union([Schema])
        case structure
        case stringEnum([String])
        case tuple
        case other
    }

    /// What a schema becomes when it needs a declaration of its own.
    func classify(_ schema: Schema) throws(Diagnostic) -> Classification {
        if schema.ref != nil { return .other }
        let variants = schemas.alternatives(of: schema)
        if variants.count > 1 {
            // Properties beside the union: an object with the union as a composed part.
            return schema.properties.isEmpty ? .union(variants) : .structure
        }
        if variants.count == 1, schema.properties.isEmpty, schema.allOf.isEmpty { return .other }
        if !schema.allOf.isEmpty {
            if try schemas.allOfValueMember(of: schema) != nil { return .other }
            return .structure
        }
        if let values = schema.enumValues, schema.types.isEmpty || schema.types == ["string"] {
            let strings = values.compactMap(\.string)
            if strings.count == values.count, !strings.isEmpty { return .stringEnum(strings) }
        }
        if !schema.properties.isEmpty { return .structure }
        if !schema.prefixItems.isEmpty, schema.types.isEmpty || schema.types == ["array"] { return .tuple }
        if schema.types.count > 1 { return .union(schema.types.map { Schema(pointer: schema.pointer + "/type/" + $0, origin: schema.origin, types: [$0], format: schema.format, items: schema.items) }) }
        return .other
    }

    func documentation(_ schema: Schema) -> Documentation {
        var text = schemas.description(of: schema) ?? schema.title
        if let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), trimmed.isEmpty { text = nil }
        return Documentation(
            summary: text,
            deprecation: Deprecation.reason(deprecated: schema.deprecated, message: schema.deprecationMessage, description: text),
            defaultValue: schema.defaultValue.map(JSONText.compact),
            examples: schema.examples.prefix(1).map { JSONText.compact($0.value) }.filter { $0.count <= 200 }
        )
    }
}
