import Git
import Testing

@Suite struct URLRewriterTests {
    static let rules = [
        URLRewriter.Rule(base: "https://mirror/gh/", insteadOf: "https://github.com/"),
        URLRewriter.Rule(base: "https://mirror/bb/", insteadOf: "https://github.com/bigbang/"),
        URLRewriter.Rule(base: "file:///srv/git/", insteadOf: "git@github.com:"),
        URLRewriter.Rule(base: "https://first/", insteadOf: "https://repo1.dso.mil/"),
        URLRewriter.Rule(base: "https://second/", insteadOf: "https://repo1.dso.mil/"),
    ]

    @Test(arguments: [
        ("https://github.com/org/repo", "https://mirror/gh/org/repo"),
        ("https://github.com/bigbang/umbrella.git", "https://mirror/bb/umbrella.git"),   // longest prefix wins
        ("git@github.com:org/repo.git", "file:///srv/git/org/repo.git"),
        ("https://repo1.dso.mil/big-bang/bigbang", "https://first/big-bang/bigbang"),    // first of equal length
        ("https://gitlab.com/x/y", "https://gitlab.com/x/y"),
        ("https://github.co", "https://github.co"),
    ])
    func rewrites(url: String, expected: String) {
        #expect(URLRewriter(rules: Self.rules).rewrite(url) == expected)
    }

    @Test func readsAllLevelsInGitOrder() throws {
        let temp = TemporaryDirectory()
        try temp.write("system", "[url \"https://sys/\"]\n\tinsteadOf = https://a/\n")
        try temp.write("home/.gitconfig", "[url \"https://global/\"]\n\tinsteadOf = https://a/b/\n\tinsteadOf = https://c/\n[URL \"https://Case.Kept/\"]\n\tINSTEADOF = https://d/\n")
        try temp.write("home/.config/git/config", "[url \"https://xdg/\"]\n\tinsteadOf = https://c/\n")
        let env = GitEnvironment(["HOME": temp.path + "/home", "GIT_CONFIG_SYSTEM": temp.path + "/system"])
        let rewriter = try URLRewriter(environment: env)
        #expect(rewriter.rewrite("https://a/x") == "https://sys/x")
        #expect(rewriter.rewrite("https://a/b/x") == "https://global/x")
        #expect(rewriter.rewrite("https://c/x") == "https://xdg/x")   // XDG is read before ~/.gitconfig
        #expect(rewriter.rewrite("https://d/x") == "https://Case.Kept/x")
        try temp.write("tie", "[url \"https://A/\"]\n\tinsteadOf = https://x/1\n[url \"https://B/\"]\n\tinsteadOf = https://t/\n[url \"https://A/\"]\n\tinsteadOf = https://t/\n")
        let tie = GitEnvironment(["GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": temp.path + "/tie"])
        #expect(try URLRewriter(environment: tie).rewrite("https://t/r") == "https://A/r")   // as git: base A came first
        let noSystem = GitEnvironment(["HOME": temp.path + "/home", "GIT_CONFIG_SYSTEM": temp.path + "/system", "GIT_CONFIG_NOSYSTEM": "1"])
        #expect(try URLRewriter(environment: noSystem).rewrite("https://a/x") == "https://a/x")
        let onlyGlobal = GitEnvironment(["HOME": temp.path + "/home", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": temp.path + "/system"])
        #expect(try URLRewriter(environment: onlyGlobal).rewrite("https://c/x") == "https://c/x")
        #expect(try URLRewriter(environment: onlyGlobal).rewrite("https://a/x") == "https://sys/x")
    }
}
