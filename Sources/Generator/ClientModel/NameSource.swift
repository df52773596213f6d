import OpenAPIReading

/// Where a type's or a union variant's name comes from. The model records it and never makes a
/// name; the naming stage (`ClientPlan`) spells it and makes it a Swift identifier.
package indirect enum NameSource: Sendable, Hashable {
    /// A name the document gives: a component's key, a property's JSON name, a schema's `title`, a
    /// tag value, the last token of a `$ref`, the key only one object variant has.
    case given(String)
    /// The elements of an array whose own name comes from `of`.
    case item(of: NameSource)
    /// The values of a dictionary whose own name comes from `of`.
    case value(of: NameSource)
    /// An operation's parameter.
    case parameter(operationID: String, name: String)
    /// An operation's request body, success response and stream event.
    case requestBody(operationID: String)
    case response(operationID: String)
    case event(operationID: String)
    /// The values of the keys beside an object's named properties.
    case additionalProperty
    /// The type an example decodes into.
    case example
    /// A union's variant at this 1-based position, when nothing else names it; `nil`: its only
    /// description is that it is a variant.
    case variant(position: Int?)
    /// A union variant named after its type (`string`, `integer`, `contentParts`), or after
    /// `fallback` when its type is any JSON value.
    case typeOf(TypeUsage, fallback: NameSource)
}
