/// Final Swift names for everything in the model, decided once so every renderer agrees.
struct NameTable: Sendable {
    /// Spelled from the module's top level: `Message.System`.
    var qualified: [DeclID: String] = [:]
    var local: [DeclID: String] = [:]
    /// Property names (structures), case names (enums and unions), aligned with the model's order.
    var members: [DeclID: [String]] = [:]
    var methods: [String: String] = [:]
    /// Operation ID → the names derived from its method, clash-checked with every other method.
    var derived: [String: DerivedMethodNames] = [:]
    /// Operation ID → the enum returned when an operation has several success outcomes.
    var outputs: [String: String] = [:]
    /// Operation ID → argument labels, aligned with its parameters, then the body's (`body`).
    var arguments: [String: [String]] = [:]
    /// Operation ID → the arguments' names inside the method, aligned with `arguments`: the label,
    /// unless it would hide a name the generated method uses (`request`, `client`, ...).
    var argumentLocals: [String: [String]] = [:]
    /// Operation ID → the output enum's case names, aligned with its outcomes (`ok`, `accepted`).
    var outcomeCases: [String: [String]] = [:]
    /// File paths in the module, unique even where the file system ignores case and SwiftPM
    /// ignores folders (it refuses two files with one name in a module).
    var typeFiles: [DeclID: String] = [:]
    var operationFiles: [String: String] = [:]
    var clientFile = ""
}

/// The methods generated beside an operation's own, not yet escaped.
struct DerivedMethodNames: Sendable, Equatable {
    /// `createChatCompletionRequest`: builds the HTTP request.
    var requestBuilder: String
    /// `createChatCompletionStream`: reads server-sent events.
    var stream: String
    /// `getDeferredChatCompletionWhenReady`: polls until 200.
    var whenReady: String
}

/// Assigns names in spec order, so adding a schema never renames an earlier one.
extension NameTable {
    /// Names the operation templates use inside a method (locals, the client, the derived methods'
    /// own arguments): an argument with one of these labels gets another name inside.
    static let templateLocals: Set<String> = ["request", "response", "client", "streaming", "polling", "destination", "form", "value", "body"]

    static func assign(_ model: GenerationModel, clientName: String) -> NameTable {
        var names = NameTable()
        var topLevel: Set<String> = SwiftIdentifier.reservedTypeNames.union([clientName])
        let byID = Dictionary(model.types.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for decl in model.types where decl.parent == nil {
            let name = SwiftIdentifier.unique(SwiftIdentifier.typeName(decl.nameHint), in: &topLevel)
            names.local[decl.id] = name
            names.qualified[decl.id] = name
        }
        for operation in model.operations where operation.outcomes.count > 1 {
            names.outputs[operation.operationID] = SwiftIdentifier.unique(SwiftIdentifier.typeName(operation.operationID) + "Output", in: &topLevel)
        }
        var nestedUsed: [DeclID: Set<String>] = [:]
        for decl in model.types {
            if let parent = decl.parent, let parentName = names.qualified[parent] {
                var used = nestedUsed[parent] ?? topLevel.union(["CodingKeys"])
                var ancestor: DeclID? = parent
                while let current = ancestor, let currentName = names.local[current] {
                    used.insert(currentName)
                    ancestor = byID[current]?.parent
                }
                var candidate = SwiftIdentifier.typeName(decl.nameHint)
                if used.contains(candidate) {
                    let isVariant = if case .union? = byID[parent]?.kind { true } else { false }
                    candidate += isVariant ? (names.local[parent] ?? "Payload") : "Payload"
                }
                let name = SwiftIdentifier.unique(candidate, in: &used)
                nestedUsed[parent] = used
                names.local[decl.id] = name
                names.qualified[decl.id] = parentName + "." + name
            }
            names.members[decl.id] = memberNames(decl)
        }
        // The client's own members (Templates/Client.mustache) are never an operation's name.
        var methodsUsed: Set<String> = ["client", "init", "configuration", "configured", "fromEnvironment", "defaultServerURL", "defaultSecurity"]
        for operation in model.operations {
            names.methods[operation.operationID] = SwiftIdentifier.unique(SwiftIdentifier.memberName(operation.operationID), in: &methodsUsed)
            // The body is always `body`: the templates read it by that name.
            var argumentsUsed: Set<String> = operation.body == nil ? [] : ["body"]
            var arguments = operation.parameters.map { SwiftIdentifier.unique(SwiftIdentifier.memberName($0.name), in: &argumentsUsed) }
            var localsUsed = Self.templateLocals.union(argumentsUsed)
            var locals = arguments.map { Self.templateLocals.contains($0) ? SwiftIdentifier.unique($0 + "Argument", in: &localsUsed) : $0 }
            if operation.body != nil {
                arguments.append("body")
                locals.append("body")
            }
            names.arguments[operation.operationID] = arguments
            names.argumentLocals[operation.operationID] = locals
        }
        // Derived names come after every operation's own, so `create` and `createRequest` keep theirs
        // and the builder of `create` becomes `createRequest2`. Built from the unescaped name:
        // `import` gives `importRequest`, not `` `import`Request ``.
        for operation in model.operations {
            let method = names.methods[operation.operationID] ?? operation.operationID
            names.derived[operation.operationID] = DerivedMethodNames(
                requestBuilder: SwiftIdentifier.unique(method + "Request", in: &methodsUsed),
                stream: SwiftIdentifier.unique(method + "Stream", in: &methodsUsed),
                whenReady: SwiftIdentifier.unique(method + "WhenReady", in: &methodsUsed)
            )
        }
        for operation in model.operations {
            var used: Set<String> = []
            names.outcomeCases[operation.operationID] = operation.outcomes.map { SwiftIdentifier.unique(outcomeCaseName($0.status), in: &used) }
        }
        assignFiles(model, clientName: clientName, into: &names)
        return names
    }

    /// `ok`, `created`, `accepted`, …; `status4XX` for ranges and other codes.
    static func outcomeCaseName(_ status: String) -> String {
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
    private static func assignFiles(_ model: GenerationModel, clientName: String, into names: inout NameTable) {
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
        for decl in model.types where decl.parent == nil {
            names.typeFiles[decl.id] = claim("Types/", names.local[decl.id] ?? "Type", suffix: "Type")
        }
        for operation in model.operations {
            let base = SwiftIdentifier.typeName(names.methods[operation.operationID] ?? operation.operationID)
            names.operationFiles[operation.operationID] = claim("Operations/", base, suffix: "Operation")
        }
    }

    private static func memberNames(_ decl: TypeDecl) -> [String] {
        switch decl.kind {
        case .structure(let structure):
            var used: Set<String> = []
            let names = structure.properties.map { SwiftIdentifier.unique(SwiftIdentifier.memberName($0.jsonName), in: &used) }
            // The dictionary of other keys comes last, after every named property kept its name.
            return names + (structure.additionalProperties == nil ? [] : [SwiftIdentifier.unique("additionalProperties", in: &used)])
        case .stringEnum(let values):
            var used: Set<String> = ["unknown"]
            return values.values.map { SwiftIdentifier.unique($0.isEmpty ? "empty" : SwiftIdentifier.memberName($0), in: &used) }
        case .union(let union):
            // `objectSignatures` and `elementSignatures` are statics the template declares for weighing variants.
            var used: Set<String> = Set(["objectSignatures", "elementSignatures"]).union(union.hasUnknownCase ? ["unknown"] : [])
            return union.variants.map { SwiftIdentifier.unique(SwiftIdentifier.memberName($0.nameHint), in: &used) }
        case .alias:
            return []
        }
    }
}
