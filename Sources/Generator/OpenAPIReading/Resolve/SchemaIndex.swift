/// What the schemas of one document mean, decided once: where a `$ref` leads, a union's alternatives
/// without its null branch, nullability, the properties an object gets through `allOf`, and which
/// schemas requests and responses reach. `generate` (Model) and `diff` (Diff) both read schemas
/// through it, so they cannot disagree.
package final class SchemaIndex {
    /// Which side of the wire reaches a schema.
    package struct Reach: OptionSet, Hashable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }
        /// A parameter or request body.
        package static let sent = Reach(rawValue: 1)
        /// A success response body or one of its stream events: decoded by the client.
        package static let received = Reach(rawValue: 2)
        /// An error response body.
        package static let errorBody = Reach(rawValue: 4)
        /// Merged into another object by `allOf`: its properties are reached, never the schema as a whole.
        package static let allOfMember = Reach(rawValue: 8)
    }

    /// An object's properties with those of everything it `allOf`-includes.
    package struct MergedObject {
        /// In order of first appearance; a later definition of a name replaces an earlier one in place.
        package var properties: [(name: String, schema: Schema)] = []
        package var required: Set<String> = []
        /// What the schema says about other keys: its own word, else the last included member's.
        package var additionalProperties: Schema.AdditionalProperties = .unspecified
        /// `allOf` members that are unions: their variants' properties are not part of the merge.
        package var unionMembers: [Schema] = []
        /// `allOf` members that are not objects (a string, an array): they add no properties.
        package var nonObjectMembers: [Schema] = []
    }

    package let document: OpenAPIDocument
    private let parser: SchemaParser
    private var byPointer: [String: Schema] = [:]
    private var reachByPointer: [String: Reach]?

    package init(document: OpenAPIDocument, diagnostics: Diagnostics) {
        self.document = document
        self.parser = SchemaParser(diagnostics: diagnostics)
        for (_, schema) in document.schemas { byPointer[schema.pointer] = schema }
    }

    // MARK: References

    /// The schema a local `$ref` points at, parsed once.
    package func resolve(_ ref: String, from schema: Schema) throws(Diagnostic) -> Schema {
        guard ref.hasPrefix("#") else {
            throw .error("$ref '\(ref)' names another file, which only a document read from a file can follow", at: schema.origin, pointer: schema.pointer + "/$ref")
        }
        let pointer = String(ref.dropFirst())
        if let known = byPointer[pointer] { return known }
        guard let node = DocumentReader.resolveLocal(ref, in: document.root) else {
            throw .error("$ref '\(ref)' points at nothing", at: schema.origin, pointer: schema.pointer + "/$ref")
        }
        let parsed = parser.parse(node, pointer: pointer)
        byPointer[pointer] = parsed
        return parsed
    }

    /// Follows `$ref` chains to the schema that says something.
    package func target(of schema: Schema) throws(Diagnostic) -> Schema {
        var current = schema
        var seen: Set<String> = []
        while let ref = current.ref {
            guard seen.insert(ref).inserted else {
                throw .error("$ref cycle '\(ref)' never reaches a schema", at: schema.origin, pointer: schema.pointer)
            }
            current = try resolve(ref, from: current)
        }
        return current
    }

    // MARK: Unions and nullability

    /// `oneOf`, else `anyOf`, without the branches that only allow null.
    package func alternatives(of schema: Schema) -> [Schema] {
        (schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf).filter { !$0.isNullOnly }
    }

    /// `oneOf: [{type: null}, X]`: a union whose only other branch is `X`.
    package func hasNullBranch(_ schema: Schema) -> Bool {
        (schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf).contains(where: \.isNullOnly)
    }

    /// Null is allowed by the schema itself, by a null branch, or by the schema a `$ref` leads to.
    package func isNullable(_ schema: Schema) throws(Diagnostic) -> Bool {
        var current = schema
        var seen: Set<String> = []
        while true {
            if current.nullable || hasNullBranch(current) { return true }
            guard let ref = current.ref, seen.insert(ref).inserted else { return false }
            current = try resolve(ref, from: current)
        }
    }

    /// The description of a schema; for `oneOf: [{type: null}, X]` without one of its own, that of
    /// the `X` branch, which is where specs put it.
    package func description(of schema: Schema) -> String? {
        if let text = schema.description { return text }
        let branches = alternatives(of: schema)
        if branches.count == 1, hasNullBranch(schema) { return branches[0].description }
        return nil
    }

    /// Looks through a `$ref`, a `oneOf: [{type: null}, X]` wrapper and an `allOf: [X]` wrapper to the
    /// schema that says something. A union of one variant without a null branch stays a union.
    package func unwrapped(_ schema: Schema) throws(Diagnostic) -> Schema {
        var current = try target(of: schema)
        for _ in 0..<16 {
            guard current.properties.isEmpty, current.types.isEmpty else { break }
            let branches = alternatives(of: current)
            if branches.count == 1, hasNullBranch(current), current.allOf.isEmpty {
                current = try target(of: branches[0])
            } else if let member = try allOfValueMember(of: current) {
                current = try target(of: member)
            } else {
                break
            }
        }
        return current
    }

    /// The member an `allOf` stands for when it merges no object: `allOf: [X]` alone, `X` beside
    /// members that only annotate (`{description: …}`, `{nullable: false}`), or the most specific of
    /// members that constrain one primitive type alike (`[{type: string, format: date-time}, {type: string}]`).
    /// Nil when the schema has properties or alternatives of its own, or its members merge objects.
    package func allOfValueMember(of schema: Schema) throws(Diagnostic) -> Schema? {
        guard !schema.allOf.isEmpty, schema.properties.isEmpty, alternatives(of: schema).isEmpty else { return nil }
        if schema.allOf.count == 1 { return schema.allOf[0] }
        var constraining: [(member: Schema, target: Schema)] = []
        for member in schema.allOf {
            let resolved = try target(of: member)
            if member.ref == nil, resolved.isUnconstrained, resolved.allOf.isEmpty { continue }
            constraining.append((member, resolved))
        }
        if constraining.count == 1 { return constraining[0].member }
        guard let first = constraining.first, !first.target.types.isEmpty, !first.target.types.contains("object"),
              constraining.allSatisfy({ $0.target.types == first.target.types && $0.target.properties.isEmpty }) else { return nil }
        return (constraining.first { $0.target.enumValues != nil || $0.target.constValue != nil || $0.target.format != nil } ?? first).member
    }

    // MARK: Objects

    /// Properties, required names and `additionalProperties`, own and through `allOf`.
    package func mergedObject(of schema: Schema) throws(Diagnostic) -> MergedObject {
        var merged = MergedObject()
        var visiting: Set<String> = []
        try merge(try target(of: schema), into: &merged, visiting: &visiting)
        return merged
    }

    private func merge(_ schema: Schema, into merged: inout MergedObject, visiting: inout Set<String>) throws(Diagnostic) {
        guard visiting.insert(schema.pointer).inserted else {
            throw .error("allOf includes itself; the merged type would be infinite", at: schema.origin, pointer: schema.pointer)
        }
        defer { visiting.remove(schema.pointer) }
        for member in schema.allOf {
            let resolved = try target(of: member)
            if alternatives(of: resolved).count > 1 {
                merged.unionMembers.append(resolved)
                continue
            }
            let describesOtherKeys = if case .schema = resolved.additionalProperties { true } else { false }
            if resolved.properties.isEmpty, resolved.allOf.isEmpty, !resolved.isUnconstrained, resolved.types != ["object"], !describesOtherKeys {
                merged.nonObjectMembers.append(resolved)
                continue
            }
            try merge(resolved, into: &merged, visiting: &visiting)
        }
        // The schema's own word on other keys outranks what it includes.
        if case .unspecified = schema.additionalProperties {} else { merged.additionalProperties = schema.additionalProperties }
        for property in schema.properties {
            if let index = merged.properties.firstIndex(where: { $0.name == property.name }) {
                merged.properties[index] = property
            } else {
                merged.properties.append(property)
            }
        }
        merged.required.formUnion(schema.required)
    }

    // MARK: Reachability

    /// Which sides of the wire reach the schema at `pointer` (after `$ref`s are followed).
    package func reach(_ pointer: String) -> Reach {
        if reachByPointer == nil { reachByPointer = computeReach() }
        return reachByPointer?[pointer] ?? []
    }

    private func computeReach() -> [String: Reach] {
        var result: [String: Reach] = [:]
        // `merged`: reached as an `allOf` member, so only its contents carry `reach`.
        var stack: [(schema: Schema, reach: Reach, merged: Bool)] = []
        var mergedVisits: Set<String> = []
        for operation in document.operations {
            for parameter in operation.parameters { stack.append((parameter.schema, .sent, false)) }
            for media in operation.requestBody?.contents ?? [] { if let schema = media.schema { stack.append((schema, .sent, false)) } }
            for response in operation.responses {
                let reach: Reach = response.status.hasPrefix("2") ? .received : .errorBody
                for media in response.contents { if let schema = media.schema { stack.append((schema, reach, false)) } }
            }
        }
        while let (schema, reach, merged) = stack.popLast() {
            // A broken reference reaches nothing; Model and Diff report it where they meet it.
            guard let resolved = try? target(of: schema) else { continue }
            let recorded: Reach = merged ? .allOfMember : reach
            if schema !== resolved { result[schema.pointer, default: []].formUnion(recorded) }
            if merged {
                guard mergedVisits.insert("\(reach.rawValue)\(resolved.pointer)").inserted else { continue }
                result[resolved.pointer, default: []].formUnion(recorded)
            } else {
                let before = result[resolved.pointer] ?? []
                guard !before.isSuperset(of: reach) else { continue }
                result[resolved.pointer] = before.union(reach)
            }
            for (_, property) in resolved.properties { stack.append((property, reach, false)) }
            // `allOf: [X]` alone, or beside annotations, stands for `X`; otherwise it merges objects.
            let wrapped = try? allOfValueMember(of: resolved)
            for member in resolved.allOf { stack.append((member, reach, wrapped == nil)) }
            for child in resolved.oneOf + resolved.anyOf { stack.append((child, reach, false)) }
            if let items = resolved.items { stack.append((items, reach, false)) }
            if case .schema(let values) = resolved.additionalProperties { stack.append((values, reach, false)) }
        }
        return result
    }
}
