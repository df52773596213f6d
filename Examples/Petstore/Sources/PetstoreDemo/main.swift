// Builds the same requests with both clients (committed by the command plugin, and generated on
// build by the build plugin) and prints what each would send, so a test can compare them.
import Foundation
import Petstore
import PetstoreOnBuild

func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

func describe(_ request: APIClient.Request) -> String {
    "\(request.method.rawValue) \(request.pathAndQuery)"
}

let committed = try PetstoreClient(apiKey: "demo-key")
let onBuild = try PetstoreOnBuildClient.make(apiKey: "demo-key")

let cat = Petstore.NewPet.indoorCat(named: "Tom")
let dog = PetstoreOnBuild.NewPet(name: "Rex", kind: .dog(.init(breed: "collie")))
print(describe(try committed.listPetsRequest(limit: 10, tags: ["a", "b"])))
print(describe(try onBuild.listPetsRequest(limit: 10, tags: ["a", "b"])))
print(describe(try committed.showPetByIDRequest(petID: "a/b")))
print(try json(cat))
print(try json(dog))
