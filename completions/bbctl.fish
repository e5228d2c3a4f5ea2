function __bbctl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __bbctl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __bbctl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __bbctl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __bbctl_parse_tokens -S
    set -l unparsed_tokens (__bbctl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'bbctl'
        __bbctl_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'init'
            __bbctl_parse_subcommand 1 'envs=' 'bigbang-version=' 'domain=+' 'source=' 'repo-url=' 'age-recipient=+' 'pgp-fingerprint=+' 'git' 'force' 'o/output=' 'version' 'h/help'
        case 'build'
            __bbctl_parse_subcommand 1 'o/output=' 'offline' 'version' 'h/help'
        case 'template'
            __bbctl_parse_subcommand -r 1 'f/values=+' 'set=+' 'set-string=+' 'set-json=+' 'set-file=+' 'set-literal=+' 'n/namespace=' 'g/generate-name' 'name-template=' 'release-name' 'output-dir=' 'kube-version=' 'a/api-versions=+' 's/show-only=+' 'include-crds' 'skip-crds' 'no-hooks' 'skip-tests' 'is-upgrade' 'skip-schema-validation' 'version' 'h/help'
        case 'render'
            __bbctl_parse_subcommand -r 1 'offline' 'depth=' 'repo-map=+' 'chart=+' 'age-key=+' 'kube-version=' 'lookup=' 'o/output=' 'kind=' 'name=' 'n/namespace=' 'show-secrets' 'version' 'h/help'
        case 'values'
            __bbctl_parse_subcommand 1 'release=' 'show-origin' 'offline' 'depth=' 'repo-map=+' 'chart=+' 'age-key=+' 'kube-version=' 'lookup=' 'o/output=' 'version' 'h/help'
        case 'images'
            __bbctl_parse_subcommand -r 1 'offline' 'depth=' 'repo-map=+' 'chart=+' 'age-key=+' 'kube-version=' 'lookup=' 'o/output=' 'version' 'h/help'
        case 'diff'
            __bbctl_parse_subcommand -r 1 'ref=' 'ref-a=' 'ref-b=' 'all' 'changed' 'level=' 'o/output=' 'show-secrets' 'order' 'U/context=' 'offline' 'depth=' 'repo-map=+' 'chart=+' 'age-key=+' 'kube-version=' 'lookup=' 'version' 'h/help'
        case 'validate'
            __bbctl_parse_subcommand -r 1 'o/output=' 'list-envs' 'disable=+' 'offline' 'depth=' 'repo-map=+' 'chart=+' 'age-key=+' 'kube-version=' 'lookup=' 'version' 'h/help'
        case 'envs'
            __bbctl_parse_subcommand 0 'o/output=' 'version' 'h/help'
        case 'promote'
            __bbctl_parse_subcommand 2 'dry-run' 'commit' 'force' 'strategy=' 'only=' 'include-secrets' 'o/output=' 'version' 'h/help'
        case 'completion'
            __bbctl_parse_subcommand 1 'version' 'h/help'
        case 'help'
            __bbctl_parse_subcommand -r 1 'version'
        end
    end
end

function __bbctl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __bbctl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __bbctl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __bbctl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__bbctl_tokens -p)
    if test -z "$(__bbctl_tokens -t)"
        set -l index (count (__bbctl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'bbctl' -f
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'init' -d 'Create a Big Bang deployment repository (base, one directory per environment).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'build' -d 'Build a kustomization directory (the same output as kustomize build).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'template' -d 'Render a chart locally (the same output as helm template).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'render' -d 'Render environments the way Flux would apply them (kustomize build + every HelmRelease templated).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'values' -d 'Print the values Flux composes for an environment\'s HelmReleases (valuesFrom, then spec.values).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'images' -d 'List every container image a rendered environment would pull (sorted, unique).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'diff' -d 'Compare environments, or an environment across git revisions.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'validate' -d 'Render environments and check them: schemas, references, deprecated APIs and Big Bang policies.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'envs' -d 'List the repository\'s environments (name, path, production).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'promote' -d 'Promote values from one environment to another, keeping the target\'s own settings.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'completion' -d 'Print a shell completion script.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl init" -eq 1' -fa '(__bbctl_complete_directories)'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init" envs' -l 'envs' -d 'Environments in promotion order (default: dev,staging,prod).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init" bigbang-version' -l 'bigbang-version' -d 'Big Bang release (default: 3.30.0).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init"' -l 'domain' -d 'The domain (environments other than prod get <env>.<domain>), or ENV=DOMAIN for one environment; repeatable (default: bigbang.example.mil).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init" source' -l 'source' -d 'Where the Big Bang chart comes from: git (GitRepository) or helm (OCI HelmRepository) (default: git).' -rfka 'git helm'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init" repo-url' -l 'repo-url' -d 'The Big Bang git repository or OCI registry (a mirror); default: the public one.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init"' -l 'age-recipient' -d 'age public key that may decrypt the secrets (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init"' -l 'pgp-fingerprint' -d 'PGP key fingerprint that may decrypt the secrets (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init" git' -l 'git' -d 'Initialise a git repository and make the first commit.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init" force' -l 'force' -d 'Write into a non-empty directory, replacing files of the same names.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init" o output' -s 'o' -l 'output' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl build" -eq 1' -fa '(__bbctl_complete_directories)'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl build" o output' -s 'o' -l 'output' -d 'Write the output to this file instead of stdout.' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl build" offline' -l 'offline' -d 'Never fetch remote bases; a missing one is an error naming its URL and ref.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl build" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl build" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl template" -ge 1' -fa '(__bbctl_complete_directories)'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template"' -s 'f' -l 'values' -d 'Values file (YAML); may be repeated, later files win.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template"' -l 'set' -d 'Set values (key1=val1,key2=val2; a.b[0].c=x).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template"' -l 'set-string' -d 'Set STRING values.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template"' -l 'set-json' -d 'Set JSON values (key=jsonvalue).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template"' -l 'set-file' -d 'Set values from files (key=path).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template"' -l 'set-literal' -d 'Set a literal STRING value (no parsing of the value).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" n namespace' -s 'n' -l 'namespace' -d 'Namespace of the release.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" g generate-name' -s 'g' -l 'generate-name' -d 'Generate the release name (with one CHART argument, helm template keeps release-name).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" name-template' -l 'name-template' -d 'Go template (with Sprig functions) whose output is the release name.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" release-name' -l 'release-name' -d 'Use the release name in the --output-dir path.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" output-dir' -l 'output-dir' -d 'Write the executed templates to files in this directory instead of stdout.' -rfa '(__bbctl_complete_directories)'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" kube-version' -l 'kube-version' -d 'Kubernetes version for Capabilities.KubeVersion (default v1.35.0).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template"' -s 'a' -l 'api-versions' -d 'Extra Kubernetes API versions for Capabilities.APIVersions (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template"' -s 's' -l 'show-only' -d 'Only show manifests rendered from these templates (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" include-crds' -l 'include-crds' -d 'Include CRDs from the chart\'s crds/ directory.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" skip-crds' -l 'skip-crds' -d 'Do not include CRDs (the default for template).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" no-hooks' -l 'no-hooks' -d 'Leave hooks out of the output.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" skip-tests' -l 'skip-tests' -d 'Leave test hooks out of the output.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" is-upgrade' -l 'is-upgrade' -d 'Set .Release.IsUpgrade instead of .Release.IsInstall.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" skip-schema-validation' -l 'skip-schema-validation' -d 'Do not validate values against values.schema.json.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl template" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl render" -ge 1' -fa '(__bbctl_complete_directories)'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" offline' -l 'offline' -d 'Never fetch git sources; a missing one is reported with its URL and ref.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" depth' -l 'depth' -d 'umbrella: template the environment\'s HelmReleases; packages: also the package HelmReleases they produce.' -rfka 'umbrella packages'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render"' -l 'repo-map' -d 'Use a local directory for a git URL (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render"' -l 'chart' -d 'Use a local chart directory for a chart or HelmRelease name (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render"' -l 'age-key' -d 'age identity file for SOPS (besides SOPS_AGE_KEY_FILE / SOPS_AGE_KEY).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" kube-version' -l 'kube-version' -d 'Kubernetes version for Capabilities (default: the Helm engine\'s current release).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" lookup' -l 'lookup' -d 'Objects Helm\'s lookup returns (default: .bbctl/lookup/ENV.yaml when present).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" o output' -s 'o' -l 'output' -d 'Output format: yaml or json.' -rfka 'yaml json'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" kind' -l 'kind' -d 'Only objects of this kind.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" name' -l 'name' -d 'Only objects with this name.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" n namespace' -s 'n' -l 'namespace' -d 'Only objects in this namespace.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" show-secrets' -l 'show-secrets' -d 'Print Secret values instead of masking them.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl render" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl values" -eq 1' -fa '(__bbctl_complete_directories)'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values" release' -l 'release' -d 'Only this HelmRelease (name or namespace/name; default: the environment\'s own HelmReleases).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values" show-origin' -l 'show-origin' -d 'Annotate each value with where it was set.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values" offline' -l 'offline' -d 'Never fetch git sources; a missing one is reported with its URL and ref.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values" depth' -l 'depth' -d 'umbrella: template the environment\'s HelmReleases; packages: also the package HelmReleases they produce.' -rfka 'umbrella packages'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values"' -l 'repo-map' -d 'Use a local directory for a git URL (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values"' -l 'chart' -d 'Use a local chart directory for a chart or HelmRelease name (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values"' -l 'age-key' -d 'age identity file for SOPS (besides SOPS_AGE_KEY_FILE / SOPS_AGE_KEY).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values" kube-version' -l 'kube-version' -d 'Kubernetes version for Capabilities (default: the Helm engine\'s current release).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values" lookup' -l 'lookup' -d 'Objects Helm\'s lookup returns (default: .bbctl/lookup/ENV.yaml when present).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values" o output' -s 'o' -l 'output' -d 'Output format: yaml or json.' -rfka 'yaml json'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl values" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl images" -ge 1' -fa '(__bbctl_complete_directories)'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images" offline' -l 'offline' -d 'Never fetch git sources; a missing one is reported with its URL and ref.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images" depth' -l 'depth' -d 'umbrella: template the environment\'s HelmReleases; packages: also the package HelmReleases they produce.' -rfka 'umbrella packages'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images"' -l 'repo-map' -d 'Use a local directory for a git URL (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images"' -l 'chart' -d 'Use a local chart directory for a chart or HelmRelease name (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images"' -l 'age-key' -d 'age identity file for SOPS (besides SOPS_AGE_KEY_FILE / SOPS_AGE_KEY).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images" kube-version' -l 'kube-version' -d 'Kubernetes version for Capabilities (default: the Helm engine\'s current release).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images" lookup' -l 'lookup' -d 'Objects Helm\'s lookup returns (default: .bbctl/lookup/ENV.yaml when present).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images" o output' -s 'o' -l 'output' -d 'Output format: yaml or json.' -rfka 'yaml json'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl images" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" ref' -l 'ref' -d 'Compare with the environment at this git revision (side A).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" ref-a' -l 'ref-a' -d 'Side A\'s git revision (default: the working tree).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" ref-b' -l 'ref-b' -d 'Side B\'s git revision (default: the working tree).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" all' -l 'all' -d 'Compare every environment of the repository across the revisions.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" changed' -l 'changed' -d 'Only the environments whose files (or shared files such as base/) changed between the revisions.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" level' -l 'level' -d 'What to compare: render (what Flux applies), build (kustomize output) or values (each HelmRelease\'s composed values).' -rfka 'render build values'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" format o output' -s 'o' -l 'output' -l 'format' -d 'Output format: human, unified, json or markdown.' -rfka 'human unified json markdown'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" show-secrets' -l 'show-secrets' -d 'Show Secret values instead of masking them.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" order' -l 'order' -d 'Report changes of list order (ignored by default).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" U context' -s 'U' -l 'context' -d 'Lines of context in line diffs.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" offline' -l 'offline' -d 'Never fetch git sources; a missing one is reported with its URL and ref.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" depth' -l 'depth' -d 'umbrella: template the environment\'s HelmReleases; packages: also the package HelmReleases they produce.' -rfka 'umbrella packages'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff"' -l 'repo-map' -d 'Use a local directory for a git URL (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff"' -l 'chart' -d 'Use a local chart directory for a chart or HelmRelease name (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff"' -l 'age-key' -d 'age identity file for SOPS (besides SOPS_AGE_KEY_FILE / SOPS_AGE_KEY).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" kube-version' -l 'kube-version' -d 'Kubernetes version for Capabilities (default: the Helm engine\'s current release).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" lookup' -l 'lookup' -d 'Objects Helm\'s lookup returns (default: .bbctl/lookup/ENV.yaml when present).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl diff" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl validate" -ge 1' -fa '(__bbctl_complete_directories)'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate" o output' -s 'o' -l 'output' -d 'Output format: text, json or junit (GitLab artifacts:reports:junit).' -rfka 'text json junit'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate" list-envs' -l 'list-envs' -d 'List the environments (name, path, production) instead of validating.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate"' -l 'disable' -d 'Switch a rule off (repeatable), besides .bbctl.yaml validate.disable.' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate" offline' -l 'offline' -d 'Never fetch git sources; a missing one is reported with its URL and ref.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate" depth' -l 'depth' -d 'umbrella: template the environment\'s HelmReleases; packages: also the package HelmReleases they produce.' -rfka 'umbrella packages'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate"' -l 'repo-map' -d 'Use a local directory for a git URL (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate"' -l 'chart' -d 'Use a local chart directory for a chart or HelmRelease name (repeatable).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate"' -l 'age-key' -d 'age identity file for SOPS (besides SOPS_AGE_KEY_FILE / SOPS_AGE_KEY).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate" kube-version' -l 'kube-version' -d 'Kubernetes version for Capabilities (default: the Helm engine\'s current release).' -rfka ''
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate" lookup' -l 'lookup' -d 'Objects Helm\'s lookup returns (default: .bbctl/lookup/ENV.yaml when present).' -rF
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl envs" o output' -s 'o' -l 'output' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl envs" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl envs" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl promote" dry-run' -l 'dry-run' -d 'Print the plan and the diff of TO\'s files; write nothing.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl promote" commit' -l 'commit' -d 'Commit TO\'s files (message `promote: FROM -> TO`, trailer Promoted-From).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl promote" force' -l 'force' -d 'Write even when TO\'s files have uncommitted changes.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl promote" strategy' -l 'strategy' -d 'Settle conflicts: ours keeps TO\'s value, theirs takes FROM\'s.' -rfka 'ours theirs'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl promote" only' -l 'only' -d 'Promote only this part (version: the Big Bang version everywhere TO names it).' -rfka 'version'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl promote" include-secrets' -l 'include-secrets' -d 'Promote values of SOPS-encrypted files (decrypted in memory only).'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl promote" o output' -s 'o' -l 'output' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl promote" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl promote" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_positional "bbctl completion" -eq 1' -fka 'bash zsh fish'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl completion" version' -l 'version' -d 'Show the version.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl completion" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'bbctl' -n '__bbctl_should_offer_completions_for_flags_or_options "bbctl help" version' -l 'version' -d 'Show the version.'