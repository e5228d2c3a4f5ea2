/// What the kustomize-output walker writes to: goyaml.v2's emitter structure (block
/// mappings and sequences, `{}`/`[]` for empty ones, scalars with a requested style).
protocol KYAMLSink {
    mutating func scalar(_ text: String, style: GoYAMLEmitter.ScalarStyle)
    mutating func key(_ text: String, style: GoYAMLEmitter.ScalarStyle)
    mutating func beginMapping()
    /// `inMapping`: the sequence is a mapping value, where goyaml.v2 does not indent it.
    mutating func beginSequence(inMapping: Bool)
    mutating func sequenceItem()
    mutating func endCollection()
    mutating func emptyCollection(mapping: Bool)
    /// Ends the document and returns the bytes.
    mutating func finish() -> [UInt8]
}

/// The Swift port of goyaml.v2's emitter (Sources/YAML/GoEncoding) as the production sink.
extension GoYAMLEmitter: KYAMLSink {
    mutating func scalar(_ text: String, style: ScalarStyle) { scalar(Array(text.utf8), requested: style) }
    mutating func key(_ text: String, style: ScalarStyle) { mappingKey(Array(text.utf8), requested: style) }
    mutating func beginMapping() { beginBlockMapping() }
    mutating func beginSequence(inMapping: Bool) { beginBlockSequence(inMapping: inMapping) }
    mutating func endCollection() { endBlock() }
    mutating func emptyCollection(mapping: Bool) {
        if mapping {
            emptyFlow(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"))
        } else {
            emptyFlow(open: UInt8(ascii: "["), close: UInt8(ascii: "]"))
        }
    }
    mutating func finish() -> [UInt8] {
        finishDocument()
        return out
    }
}
