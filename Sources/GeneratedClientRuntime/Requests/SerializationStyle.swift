/// How OpenAPI's `style` and `explode` turn a value into name–value pairs, for query parameters and
/// `application/x-www-form-urlencoded` bodies alike.
@_spi(Generated) public enum SerializationStyle {
    /// `deepObject`: `name[key]=value`, nested as deep as the object goes. `form` exploded: one pair
    /// per member (`key=value`) or element (`name=a&name=b`); not exploded: `name=k,v,…` or
    /// `name=a,b`. Scalars are their text; `null` adds nothing.
    public static func pairs(_ name: String, _ value: JSONValue, style: String, explode: Bool) -> [(String, String)] {
        switch value {
        case .null:
            return []
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }
            if style == "deepObject" {
                return sorted.flatMap { key, member in deepPairs("\(name)[\(key)]", member) }
            }
            if explode {
                return sorted.compactMap { key, member in member == .null ? nil : (key, member.parameterText) }
            }
            return [(name, sorted.flatMap { [$0.key, $0.value.parameterText] }.joined(separator: ","))]
        case .array(let elements):
            if explode { return elements.map { (name, $0.parameterText) } }
            return [(name, elements.map(\.parameterText).joined(separator: ","))]
        case let scalar:
            return [(name, scalar.parameterText)]
        }
    }

    private static func deepPairs(_ name: String, _ value: JSONValue) -> [(String, String)] {
        switch value {
        case .null: []
        case .object(let members): members.sorted { $0.key < $1.key }.flatMap { deepPairs("\(name)[\($0.key)]", $0.value) }
        case .array(let elements): elements.map { (name + "[]", $0.parameterText) }
        case let scalar: [(name, scalar.parameterText)]
        }
    }
}
