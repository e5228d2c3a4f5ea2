import Crypto
import Foundation

/// The Helm release a HelmRelease installs: helm-controller's `GetReleaseName`,
/// `release.ShortenName` and `GetReleaseNamespace`.
public enum ReleaseNaming {
    /// Helm's limit on release names.
    static let maxLength = 53
    static let hashLength = 12

    /// `spec.releaseName`, else `[targetNamespace-]name`, shortened past 53 characters to its
    /// first 40 bytes, `-`, and the first 12 hex digits of the SHA-256 of the whole name.
    public static func releaseName(for release: HelmRelease) -> String {
        let full: String
        if let name = release.releaseName, !name.isEmpty {
            full = name
        } else if let target = release.targetNamespace, !target.isEmpty {
            full = target + "-" + release.name
        } else {
            full = release.name
        }
        return shorten(full)
    }

    /// helm-controller `release.ShortenName` (byte-based, as Go's `len` and slicing are).
    public static func shorten(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > maxLength else { return name }
        let digest = SHA256.hash(data: bytes)
        var hex = ""
        for byte in digest {
            hex += String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
            if hex.utf8.count >= hashLength { break }
        }
        let head = String(decoding: bytes[..<(maxLength - hashLength - 1)], as: UTF8.self)
        return head + "-" + hex.prefix(hashLength)
    }

    /// `spec.targetNamespace`, else the HelmRelease's own namespace.
    public static func releaseNamespace(for release: HelmRelease) -> String? {
        if let target = release.targetNamespace, !target.isEmpty { return target }
        return release.namespace
    }
}
