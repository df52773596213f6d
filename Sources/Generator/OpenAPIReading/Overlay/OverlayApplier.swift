/// Applies an OpenAPI Overlay 1.0 document: each action's JSONPath `target` selects nodes that are
/// then merged with `update` or removed with `remove: true`, in the order the actions are written.
///
/// Merging follows the Overlay 1.0 text: an update whose target is an array is appended to it;
/// otherwise objects merge key by key (recursively), arrays are concatenated and any other value
/// replaces what was there. To replace an array, remove it in one action and set it in the next.
package enum OverlayApplier {
    package static func apply(_ overlay: Node, to document: Node) throws(Diagnostic) -> Node {
        guard let version = overlay["overlay"]?.string, version.hasPrefix("1.") else {
            throw .error("not an OpenAPI Overlay 1.x document: 'overlay: 1.0.0' is missing", at: overlay.origin, pointer: "")
        }
        guard let actions = overlay["actions"]?.elements else {
            throw .error("an overlay needs an 'actions' array", at: overlay.origin, pointer: "/actions")
        }
        var result = document
        for (position, action) in actions.enumerated() {
            let pointer = "/actions/\(position)"
            guard let target = action["target"]?.string else {
                throw .error("an overlay action needs a 'target'", at: action.origin, pointer: pointer)
            }
            let path: JSONPath
            do {
                path = try JSONPath(target)
            } catch {
                throw .error("invalid JSONPath '\(target)': \(error.message)", at: action.origin, pointer: pointer + "/target")
            }
            let locations = path.locations(in: result)
            if locations.isEmpty {
                throw .error("overlay target '\(target)' matches nothing", at: action.origin, pointer: pointer + "/target")
            }
            if action["remove"]?.bool == true {
                // Remove from the end so earlier array indices stay valid.
                for location in locations.reversed() {
                    result.modify(at: location[...], { _ in }, remove: true)
                }
            } else if let update = action["update"] {
                for location in locations {
                    result.modify(at: location[...]) { $0 = merge(update, into: $0) }
                }
            } else {
                throw .error("an overlay action needs 'update' or 'remove: true'", at: action.origin, pointer: pointer)
            }
        }
        return result
    }

    /// Applies an action's `update` to one selected node.
    package static func merge(_ update: Node, into target: Node) -> Node {
        if case .array(var elements) = target.value {
            elements.append(update)
            return Node(.array(elements), origin: target.origin)
        }
        return combine(update, into: target)
    }

    private static func combine(_ update: Node, into target: Node) -> Node {
        switch (target.value, update.value) {
        case (.object, .object(let changes)):
            var merged = target
            for change in changes {
                merged.set(change.key, merged[change.key].map { combine(change.value, into: $0) } ?? change.value)
            }
            return merged
        case (.array(let old), .array(let new)):
            return Node(.array(old + new), origin: target.origin)
        default:
            return update
        }
    }
}
