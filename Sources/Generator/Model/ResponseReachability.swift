/// Marks the structures and unions a client decodes from responses: those reachable from a success body or a
/// stream event. They decode tolerantly (a required value the server left out becomes a reported
/// placeholder); types only ever sent keep the compiler's strict decoding and cost no extra code.
enum ResponseReachability {
    static func mark(in types: inout [TypeDecl], operations: [OperationDecl]) {
        let index = Dictionary(types.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func named(_ usage: TypeUsage) -> [DeclID] {
            switch usage {
            case .named(let id): [id]
            case .optional(let wrapped), .array(let wrapped), .dictionary(let wrapped): named(wrapped)
            default: []
            }
        }
        var stack: [DeclID] = []
        for operation in operations {
            for outcome in operation.outcomes {
                if case .json(let usage) = outcome.content { stack += named(usage) }
            }
            if let event = operation.eventStream { stack += named(event) }
        }
        var seen: Set<DeclID> = []
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let position = index[id] else { continue }
            switch types[position].kind {
            case .structure(var structure):
                structure.decodedFromResponses = true
                types[position].kind = .structure(structure)
                stack += structure.properties.flatMap { named($0.type) }
            case .union(var union):
                // A value no variant accepts is kept as `.unknown` (reported; strict mode throws).
                union.hasUnknownCase = true
                types[position].kind = .union(union)
                stack += union.variants.flatMap { named($0.type) }
            case .alias(let usage):
                stack += named(usage)
            case .stringEnum:
                break
            }
        }
    }
}
