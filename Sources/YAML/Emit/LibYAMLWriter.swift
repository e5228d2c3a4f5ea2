internal import CYAML

/// Feeds events to libyaml's C emitter and collects its bytes: the reference the Swift
/// `GoYAMLEmitter` is tested against. goyaml.v2's emitter (what sigs.k8s.io/yaml and so
/// kustomize print with) is a Go port of this one with the same defaults — indent 2, width
/// 80, unicode, block sequences not indented inside mappings. The only known difference: a
/// string starting with U+FEFF, where goyaml.v2 escapes every character (`"\uFEFF\x62…"`).
final class LibYAMLWriter: KYAMLSink {
    typealias ScalarStyle = GoYAMLEmitter.ScalarStyle

    private var emitter = yaml_emitter_t()
    private var event = yaml_event_t()
    private(set) var bytes: [UInt8] = []
    private var ok = true

    init() {
        bytes.reserveCapacity(4096)
        ok = yaml_emitter_initialize(&emitter) != 0
        yaml_emitter_set_unicode(&emitter, 1)
        yaml_emitter_set_output(&emitter, { data, buffer, size in
            guard let data, let buffer else { return 0 }
            let writer = Unmanaged<LibYAMLWriter>.fromOpaque(data).takeUnretainedValue()
            writer.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, Unmanaged.passUnretained(self).toOpaque())
        if ok {
            ok = yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING) != 0 && emit()
            ok = ok && yaml_document_start_event_initialize(&event, nil, nil, nil, 1) != 0 && emit()
        }
    }

    deinit { yaml_emitter_delete(&emitter) }

    private func emit() -> Bool { yaml_emitter_emit(&emitter, &event) != 0 }

    func scalar(_ text: String, style: ScalarStyle) {
        guard ok else { return }
        let cStyle: yaml_scalar_style_t
        switch style {
        case .plain: cStyle = YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted: cStyle = YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted: cStyle = YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: cStyle = YAML_LITERAL_SCALAR_STYLE
        }
        // withCString always yields a valid pointer (also for ""); libyaml copies `length` bytes.
        ok = text.withCString { p in
            p.withMemoryRebound(to: yaml_char_t.self, capacity: 1) { value in
                yaml_scalar_event_initialize(&event, nil, nil, value, Int32(clamping: text.utf8.count), 1, 1, cStyle) != 0
            }
        } && emit()
    }

    func beginMappingEvent() {
        guard ok else { return }
        ok = yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) != 0 && emit()
    }

    func endMapping() {
        guard ok else { return }
        ok = yaml_mapping_end_event_initialize(&event) != 0 && emit()
    }

    func beginSequenceEvent() {
        guard ok else { return }
        ok = yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) != 0 && emit()
    }

    func endSequence() {
        guard ok else { return }
        ok = yaml_sequence_end_event_initialize(&event) != 0 && emit()
    }

    func key(_ text: String, style: ScalarStyle) { scalar(text, style: style) }
    /// Whether each open collection is a mapping, to send the matching end event.
    private var openMappings: [Bool] = []
    func beginMapping() { openMappings.append(true); beginMappingEvent() }
    func beginSequence(inMapping: Bool) { openMappings.append(false); beginSequenceEvent() }
    func sequenceItem() {}
    func endCollection() {
        if openMappings.popLast() == true { endMapping() } else { endSequence() }
    }
    func emptyCollection(mapping: Bool) {
        if mapping {
            beginMappingEvent()
            endMapping()
        } else {
            beginSequenceEvent()
            endSequence()
        }
    }

    /// Ends the document and stream and returns everything written.
    func finish() -> [UInt8] {
        if ok {
            ok = yaml_document_end_event_initialize(&event, 1) != 0 && emit()
            // goyaml.v2 clears this before ending the stream, so a trailing `|+` block is not
            // followed by libyaml's `...` marker.
            emitter.open_ended = 0
            ok = ok && yaml_stream_end_event_initialize(&event) != 0 && emit()
            _ = yaml_emitter_flush(&emitter)
        }
        return bytes
    }
}
