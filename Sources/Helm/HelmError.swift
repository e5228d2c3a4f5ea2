import Diagnostics
import GoTemplate

/// Everything that can go wrong loading, validating or rendering a chart.
/// `helmMessage` is Helm's own wording (what `helm template` prints after `Error: `);
/// `diagnostic` adds our location where one is known.
public enum HelmError: Error, DiagnosticConvertible, Equatable {
    /// A chart could not be loaded (missing Chart.yaml, bad metadata, broken archive...).
    case load(message: String, path: String)
    /// A values file or `--set` expression could not be read.
    case invalidValues(message: String, location: SourceLocation?)
    /// Values failed `values.schema.json` of one or more charts; the text is Helm's report.
    case schemaViolation(report: String)
    /// The chart's `kubeVersion` constraint rejects the target Kubernetes version.
    case incompatibleKubeVersion(constraint: String, kubeVersion: String)
    /// `--kube-version` could not be parsed.
    case invalidKubeVersion(String)
    /// A template failed to parse or execute; `message` is Helm's formatted text.
    case template(message: String, location: SourceLocation?)
    /// A rendered manifest is not valid YAML.
    case invalidManifest(template: String, reason: String)
    /// `--show-only` named a template that produced nothing.
    case showOnlyNotFound(String)
    /// A bound (recursion, size) was exceeded.
    case limitExceeded(String)
    /// The release name is not a valid Kubernetes-style name of at most 53 characters.
    case invalidReleaseName(String)
    /// `--name-template` failed to parse or execute (Go's message), or was combined with a NAME.
    case nameTemplate(String)

    public var helmMessage: String {
        switch self {
        case .load(let message, _): return message
        case .invalidValues(let message, _): return message
        case .schemaViolation(let report):
            return "values don't meet the specifications of the schema(s) in the following chart(s):\n" + report
        case .incompatibleKubeVersion(let constraint, let kubeVersion):
            return "chart requires kubeVersion: \(constraint) which is incompatible with Kubernetes \(kubeVersion)"
        case .invalidKubeVersion(let v):
            return "invalid kube version '\(v)': could not parse \"\(v)\" as version"
        case .template(let message, _): return message
        case .invalidManifest(let template, let reason):
            return "YAML parse error on \(template): \(reason)"
        case .showOnlyNotFound(let name): return "could not find template \(name) in chart"
        case .limitExceeded(let message): return message
        case .nameTemplate(let message): return message
        case .invalidReleaseName(let name):
            return name.isEmpty
                ? "release name check failed: no name provided"
                : "release name check failed: release name \(goQuote(name)): invalid release name, must match regex "
                    + ReleaseNameRule.pattern + " and the length must not be longer than \(ReleaseNameRule.maxLength)"
        }
    }

    /// What `helm template` writes to stderr for this error: `Error: MESSAGE`, plus the
    /// `--debug` hint Helm adds when the failure happened while rendering the release.
    public var helmStderr: String {
        switch self {
        case .template, .invalidManifest, .incompatibleKubeVersion:
            return "Error: \(helmMessage)\n\nUse --debug flag to render out invalid YAML\n"
        default:
            return "Error: \(helmMessage)\n"
        }
    }

    public var diagnostic: Diagnostic {
        switch self {
        case .load(let message, let path):
            return Diagnostic(.error, message, at: path.isEmpty ? nil : SourceLocation(path: path, line: 1, column: 1))
        case .invalidValues(_, let location), .template(_, let location):
            return Diagnostic(.error, helmMessage, at: location)
        default:
            return Diagnostic(.error, helmMessage)
        }
    }
}
