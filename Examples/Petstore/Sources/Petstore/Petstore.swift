// Written by hand beside the generated client (the command plugin never touches a file without
// the generator's header).
extension NewPet {
    /// A cat that lives indoors.
    public static func indoorCat(named name: String) -> NewPet {
        NewPet(name: name, kind: .cat(.init(indoor: true)))
    }
}
