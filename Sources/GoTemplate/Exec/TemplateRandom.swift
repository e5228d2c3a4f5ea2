/// The random source of one execution: the system's, or — when `TemplateOptions.randomSeed`
/// is set — SplitMix64 seeded per template, so repeated renders of the same input agree.
public struct TemplateRandom: RandomNumberGenerator {
    private var state: UInt64
    private let seeded: Bool
    private var system = SystemRandomNumberGenerator()

    public init(seed: UInt64?) {
        state = seed ?? 0
        seeded = seed != nil
    }

    public mutating func next() -> UInt64 {
        guard seeded else { return system.next() }
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// FNV-1a of a template name, mixed into the seed.
    public static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
