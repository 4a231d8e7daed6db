/// The CI recipe `disclose init` writes: `ci/disclose.sh` for any CI, and a GitHub Actions workflow that runs it
/// with a pinned disclose built from source and cached.
extension StarterProject {
    /// Files of the recipe by path; `ci/disclose.sh` is written executable.
    static var ciFiles: [String: String] {
        ["ci/disclose.sh": ciScript, ".github/workflows/disclosure.yml": workflow]
    }

    /// Files `write` marks executable.
    static let executables: Set<String> = ["ci/disclose.sh"]

    /// The POSIX shell script: drafts by default, `final` for the page to publish.
    public static let ciScript = #"""
        #!/bin/sh
        # CI for this disclosure project, for any CI runner (written by `disclose init`).
        #
        #   ci/disclose.sh          drafts, on every push: check --strict, build, build --check;
        #                           the pages in output/ are the artifact to keep or publish.
        #   ci/disclose.sh final    the page to publish: check --strict, then build --final, which
        #                           fails while any part of the page is not approved (disclose approve).
        #
        # DISCLOSE         the disclose executable (default: disclose on PATH).
        # DISCLOSE_FORMAT  how diagnostics are printed: text, or github for annotations on the lines
        #                  (default: github under GitHub Actions, else text).
        # DISCLOSE_SARIF   a file to write check's diagnostics to as SARIF 2.1.0, for code scanning.
        set -eu

        cd "$(dirname "$0")/.."
        disclose=${DISCLOSE:-disclose}
        mode=${1:-drafts}

        if ! command -v "$disclose" >/dev/null 2>&1; then
            echo "ci/disclose.sh: '$disclose' not found: install disclose, or set DISCLOSE to its path" >&2
            exit 127
        fi
        if [ -n "${GITHUB_ACTIONS:-}" ]; then format=github; else format=text; fi
        format=${DISCLOSE_FORMAT:-$format}

        run() {
            echo "==> disclose $*" >&2
            "$disclose" "$@"
        }

        check() {
            if [ -n "${DISCLOSE_SARIF:-}" ]; then
                run check --strict --format sarif >"$DISCLOSE_SARIF"
            else
                run check --strict --format "$format"
            fi
        }

        case "$mode" in
        drafts)
            check
            run build --format "$format"
            run build --check
            echo "ci/disclose.sh: draft pages built; keep output/ as the artifact" >&2
            ;;
        final)
            check
            run build --final --format "$format"
            echo "ci/disclose.sh: the final page is built; publish output/" >&2
            ;;
        *)
            echo "usage: ci/disclose.sh [drafts | final]" >&2
            exit 64
            ;;
        esac

        """#

    /// The GitHub Actions workflow: pins disclose (version and source repository at the top), builds it with
    /// SwiftPM once per version and caches the build, installs the system packages, then runs `ci/disclose.sh`.
    public static var workflow: String {
        #"""
        # CI for this disclosure project (written by `disclose init`). Every push builds the draft pages with
        # ci/disclose.sh and keeps output/ as an artifact; a tag v* runs `ci/disclose.sh final`, which fails
        # until every part of the page is approved.
        name: disclosure

        on:
          push:
            branches: [main]
            tags: ["v*"]
          pull_request:

        env:
          # The disclose this project is built with, pinned: a release tag (v<version>) of its source repository.
          # Change them together, deliberately, and commit what the new version builds.
          DISCLOSE_VERSION: "\#(DiscloseVersion.current)"
          DISCLOSE_REPOSITORY: "https://github.com/your-org/disclose.git"  # where your organisation keeps disclose's source

        jobs:
          disclosure:
            runs-on: ubuntu-24.04
            # Swift 6.3 on Ubuntu 24.04; the cache key below names it too.
            container: swift:6.3-noble
            permissions:
              contents: read
            steps:
              - uses: actions/checkout@v4

              - name: System packages disclose links against
                run: |
                  apt-get update -qq
                  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsqlite3-dev libyaml-dev libcmark-dev pkg-config git

              - name: Cache the disclose build
                id: cache
                uses: actions/cache@v4
                with:
                  path: /opt/disclose
                  key: disclose-${{ env.DISCLOSE_VERSION }}-swift-6.3-noble-${{ env.DISCLOSE_REPOSITORY }}

              - name: Build disclose ${{ env.DISCLOSE_VERSION }} with SwiftPM
                if: steps.cache.outputs.cache-hit != 'true'
                run: |
                  git clone --depth 1 --branch "v$DISCLOSE_VERSION" "$DISCLOSE_REPOSITORY" /tmp/disclose-source
                  swift build -c release --package-path /tmp/disclose-source
                  mkdir -p /opt/disclose/bin
                  cp "$(swift build -c release --package-path /tmp/disclose-source --show-bin-path)/disclose" /opt/disclose/bin/

              - name: Use the pinned disclose
                run: |
                  echo "DISCLOSE=/opt/disclose/bin/disclose" >> "$GITHUB_ENV"
                  /opt/disclose/bin/disclose --version

              - name: Draft pages
                if: ${{ !startsWith(github.ref, 'refs/tags/') }}
                run: ci/disclose.sh

              - name: Final page
                if: ${{ startsWith(github.ref, 'refs/tags/') }}
                run: ci/disclose.sh final

              - name: Keep the pages
                if: ${{ always() }}
                uses: actions/upload-artifact@v4
                with:
                  name: disclosure-pages
                  path: output/
                  if-no-files-found: ignore

        """#
    }
}
