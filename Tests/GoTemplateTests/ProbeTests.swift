import Foundation
import GoTemplate
import Testing

/// Development aid: `GT_PROBE=file swift test --filter ProbeTests` renders each line of the file.
@Test func probe() throws {
    guard let path = ProcessInfo.processInfo.environment["GT_PROBE"],
          let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
    for chunk in text.components(separatedBy: "\n====\n") {
        print("<<" + render(chunk) + ">>")
    }
}
