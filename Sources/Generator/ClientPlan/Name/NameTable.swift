import ClientModel
import OpenAPIReading

/// Final Swift names for everything in the model, decided once so every renderer agrees. Keyed by
/// identity: a type by its `DeclID`, an operation by its `OperationID`. A name asked for that this
/// stage never assigned is a bug, and stops the generator.
package struct NameTable: Sendable {
    package struct TypeNames: Sendable, Equatable {
        /// Its own name: `System`.
        package var local: String
        /// Spelled from the module's top level: `Message.System`.
        package var qualified: String
        /// Property names (structures, then the other keys' dictionary), case names (enums and
        /// unions), in the order the model lists them.
        package var members: [String]
        /// The file of a top-level type; nested types are written into their parent's.
        package var file: String?
    }

    package struct OperationNames: Sendable, Equatable {
        package var method: String
        package var derived: DerivedMethodNames
        /// Argument labels, in the order of the operation's parameters, then the body's (`body`).
        package var arguments: [String]
        /// The arguments' names inside the method, in the order of `arguments`: the label, unless it
        /// would hide a name the generated method uses (`request`, `client`, ...).
        package var argumentLocals: [String]
        /// The enum returned when the operation has several success outcomes.
        package var output: String?
        /// The output enum's case names, in the order of the outcomes (`ok`, `accepted`).
        package var outcomeCases: [String]
        /// File paths in the module are unique even where the file system ignores case and SwiftPM
        /// ignores folders (it refuses two files with one name in a module).
        package var file: String
    }

    private var types: [DeclID: TypeNames]
    private var operations: [OperationID: OperationNames]
    package var clientFile: String

    package subscript(type id: DeclID) -> TypeNames {
        guard let names = types[id] else { preconditionFailure("the naming stage gave no name to the type at \(id.pointer)") }
        return names
    }

    /// The file a top-level type is written to (nested types go in their parent's).
    package func file(ofTopLevel id: DeclID) -> String {
        guard let file = self[type: id].file else { preconditionFailure("the type at \(id.pointer) is nested and has no file of its own") }
        return file
    }

    package subscript(operation id: OperationID) -> OperationNames {
        guard let names = operations[id] else { preconditionFailure("the naming stage gave no names to the operation at \(id.pointer)") }
        return names
    }
}

/// Names as they are assigned, one kind at a time; `NameTable.assign` checks that every type and
/// operation got each of them.
private struct Draft {
    var qualified: [DeclID: String] = [:]
    var local: [DeclID: String] = [:]
    var members: [DeclID: [String]] = [:]
    var typeFiles: [DeclID: String] = [:]
    var methods: [OperationID: String] = [:]
    var derived: [OperationID: DerivedMethodNames] = [:]
    var outputs: [OperationID: String] = [:]
    var arguments: [OperationID: [String]] = [:]
    var argumentLocals: [OperationID: [String]] = [:]
    var outcomeCases: [OperationID: [String]] = [:]
    var operationFiles: [OperationID: String] = [:]
    var clientFile = ""
}

/// The methods generated beside an operation's own, not yet escaped.
package struct DerivedMethodNames: Sendable, Equatable {
    /// `createChatCompletionRequest`: builds the HTTP request.
    package var requestBuilder: String
    /// `createChatCompletionStream`: reads server-sent events.
    package var stream: String
    /// `getDeferredChatCompletionWhenReady`: polls until 200.
    package var whenReady: String
    /// `listBatchesPages`: every item, page by page.
    package var pages: String
}

/// Assigns names in spec order, so adding a schema never renames an earlier one.
extension NameTable {
    /// Names the operation templates use inside a method (locals, the client, the derived methods'
    /// own arguments): an argument with one of these labels gets another name inside.
    package static let templateLocals: Set<String> = ["request", "response", "client", "streaming", "polling", "destination", "form", "value", "body", "raw", "base"]

    package static func assign(_ model: GenerationModel, clientName: String) -> NameTable {
        var names = Draft()
        // `Raw` and the test kit's `Mock` are the client's nested types (Templates/Client.mustache,
        // TestKit.mustache): a schema of either name would be shadowed inside the client's extensions.
        // Both are reserved whether or not a test kit is generated, so turning it on renames nothing.
        var topLevel: Set<String> = SwiftIdentifier.reservedTypeNames.union([clientName, "Raw", "Mock"])
        let byID = Dictionary(model.types.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let source = NameSourceText(declarations: byID)
        let roots = model.types.filter { $0.parent == nil }
        let rootNames = roots.map { SwiftIdentifier.unique(SwiftIdentifier.typeName(source.text($0.nameSource)), in: &topLevel) }
        for (decl, name) in zip(roots, rootNames) {
            names.local[decl.id] = name
            names.qualified[decl.id] = name
        }
        for operation in model.operations where operation.outcomes.count > 1 {
            names.outputs[operation.id] = SwiftIdentifier.unique(SwiftIdentifier.typeName(operation.operationID) + "Output", in: &topLevel)
        }
        var nestedUsed: [DeclID: Set<String>] = [:]
        for decl in model.types {
            if let parent = decl.parent, let parentName = names.qualified[parent], let parentLocal = names.local[parent] {
                var used = nestedUsed[parent] ?? topLevel.union(["CodingKeys"])
                var ancestor: DeclID? = parent
                while let current = ancestor, let currentName = names.local[current] {
                    used.insert(currentName)
                    ancestor = byID[current]?.parent
                }
                var candidate = SwiftIdentifier.typeName(source.text(decl.nameSource))
                if used.contains(candidate) {
                    let isVariant = if case .union? = byID[parent]?.kind { true } else { false }
                    candidate += isVariant ? parentLocal : "Payload"
                }
                let name = SwiftIdentifier.unique(candidate, in: &used)
                nestedUsed[parent] = used
                names.local[decl.id] = name
                names.qualified[decl.id] = parentName + "." + name
            }
            names.members[decl.id] = memberNames(decl, source: source)
        }
        // The client's own members (Templates/Client.mustache) and its mock's (TestKit.mustache) are
        // never an operation's name.
        var methodsUsed: Set<String> = ["client", "init", "configuration", "configured", "fromEnvironment", "defaultServerURL", "defaultSecurity", "raw", "base", "transport"]
        let methods = model.operations.map { SwiftIdentifier.unique(SwiftIdentifier.memberName($0.operationID), in: &methodsUsed) }
        for (operation, method) in zip(model.operations, methods) {
            names.methods[operation.id] = method
            // The body is always `body`: the templates read it by that name.
            var argumentsUsed: Set<String> = operation.body == nil ? [] : ["body"]
            var arguments = operation.parameters.map { SwiftIdentifier.unique(SwiftIdentifier.memberName($0.name), in: &argumentsUsed) }
            var localsUsed = Self.templateLocals.union(argumentsUsed)
            var locals = arguments.map { Self.templateLocals.contains($0) ? SwiftIdentifier.unique($0 + "Argument", in: &localsUsed) : $0 }
            if operation.body != nil {
                arguments.append("body")
                locals.append("body")
            }
            names.arguments[operation.id] = arguments
            names.argumentLocals[operation.id] = locals
        }
        // Derived names come after every operation's own, so `create` and `createRequest` keep theirs
        // and the builder of `create` becomes `createRequest2`. Built from the unescaped name:
        // `import` gives `importRequest`, not `` `import`Request ``.
        for (operation, method) in zip(model.operations, methods) {
            names.derived[operation.id] = DerivedMethodNames(
                requestBuilder: SwiftIdentifier.unique(method + "Request", in: &methodsUsed),
                stream: SwiftIdentifier.unique(method + "Stream", in: &methodsUsed),
                whenReady: SwiftIdentifier.unique(method + "WhenReady", in: &methodsUsed),
                pages: SwiftIdentifier.unique(method + "Pages", in: &methodsUsed)
            )
        }
        for operation in model.operations {
            var used: Set<String> = []
            names.outcomeCases[operation.id] = operation.outcomes.map { SwiftIdentifier.unique(outcomeCaseName($0.status), in: &used) }
        }
        assignFiles(types: zip(roots.map(\.id), rootNames), operations: zip(model.operations.map(\.id), methods), clientName: clientName, into: &names)
        return NameTable(draft: names, model: model)
    }

    private init(draft: Draft, model: GenerationModel) {
        func required<Key, Value>(_ values: [Key: Value], _ key: Key, _ what: String) -> Value {
            guard let value = values[key] else { preconditionFailure("the naming stage assigned no \(what) to \(key)") }
            return value
        }
        types = Dictionary(uniqueKeysWithValues: model.types.map { decl in
            (decl.id, TypeNames(
                local: required(draft.local, decl.id, "name"),
                qualified: required(draft.qualified, decl.id, "qualified name"),
                members: required(draft.members, decl.id, "member names"),
                file: decl.parent == nil ? required(draft.typeFiles, decl.id, "file") : nil
            ))
        })
        operations = Dictionary(uniqueKeysWithValues: model.operations.map { operation in
            (operation.id, OperationNames(
                method: required(draft.methods, operation.id, "method name"),
                derived: required(draft.derived, operation.id, "derived method names"),
                arguments: required(draft.arguments, operation.id, "argument labels"),
                argumentLocals: required(draft.argumentLocals, operation.id, "argument locals"),
                output: operation.outcomes.count > 1 ? required(draft.outputs, operation.id, "output enum name") : nil,
                outcomeCases: required(draft.outcomeCases, operation.id, "outcome case names"),
                file: required(draft.operationFiles, operation.id, "file")
            ))
        })
        clientFile = draft.clientFile
    }

    /// `ok`, `created`, `accepted`, …; `status4XX` for ranges and other codes.
    package static func outcomeCaseName(_ status: String) -> String {
        switch status {
        case "200": "ok"
        case "201": "created"
        case "202": "accepted"
        case "203": "nonAuthoritativeInformation"
        case "204": "noContent"
        case "206": "partialContent"
        default: "status" + status.uppercased()
        }
    }

    /// The client first, then types in spec order, then operations: an operation `createResponse`
    /// beside a schema `CreateResponse` gets `Operations/CreateResponseOperation.swift`.
    private static func assignFiles(
        types: Zip2Sequence<[DeclID], [String]>, operations: Zip2Sequence<[OperationID], [String]>, clientName: String, into names: inout Draft
    ) {
        var used: Set<String> = []
        func claim(_ folder: String, _ base: String, suffix: String) -> String {
            var candidate = used.contains(base.lowercased()) ? base + suffix : base
            var counter = 2
            while used.contains(candidate.lowercased()) {
                candidate = base + suffix + String(counter)
                counter += 1
            }
            used.insert(candidate.lowercased())
            return folder + candidate + ".swift"
        }
        names.clientFile = claim("", clientName, suffix: "Client")
        for (id, name) in types {
            names.typeFiles[id] = claim("Types/", name, suffix: "Type")
        }
        for (id, method) in operations {
            names.operationFiles[id] = claim("Operations/", SwiftIdentifier.typeName(method), suffix: "Operation")
        }
    }

    private static func memberNames(_ decl: TypeDecl, source: NameSourceText) -> [String] {
        switch decl.kind {
        case .structure(let structure):
            var used: Set<String> = []
            let names = structure.properties.map { SwiftIdentifier.unique(SwiftIdentifier.memberName($0.jsonName), in: &used) }
            // The dictionary of other keys comes last, after every named property kept its name: the
            // typed `additionalProperties`, or the members no property reads (`unknownFields`) and the
            // static list of the names properties do read.
            if structure.additionalProperties != nil { return names + [SwiftIdentifier.unique("additionalProperties", in: &used)] }
            if structure.keepsUnknownFields { return names + [SwiftIdentifier.unique("unknownFields", in: &used), SwiftIdentifier.unique("knownKeys", in: &used)] }
            return names
        case .stringEnum(let values):
            var used: Set<String> = ["unknown"]
            return values.values.map { SwiftIdentifier.unique($0.isEmpty ? "empty" : SwiftIdentifier.memberName($0), in: &used) }
        case .union(let union):
            // `objectSignatures` and `elementSignatures` are statics the template declares for weighing variants.
            var used: Set<String> = Set(["objectSignatures", "elementSignatures"]).union(union.hasUnknownCase ? ["unknown"] : [])
            return union.variants.map { SwiftIdentifier.unique(SwiftIdentifier.memberName(source.text($0.nameSource)), in: &used) }
        case .tuple(let tuple):
            var used: Set<String> = []
            let names = tuple.elements.enumerated().map { offset, element in
                SwiftIdentifier.unique(SwiftIdentifier.memberName(element.title ?? "item\(offset + 1)"), in: &used)
            }
            // The elements after the fixed ones come last, as in the array.
            return names + [SwiftIdentifier.unique("rest", in: &used)]
        case .alias:
            return []
        }
    }
}
