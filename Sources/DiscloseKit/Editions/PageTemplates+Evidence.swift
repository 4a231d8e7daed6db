extension PageTemplates {
    /// The evidence pack's `index.html`, rendered from evidence.json alone in the main language's words, with the
    /// page's own `{{> head}}` partial (title, style sheet) and a few rules of its own (`extra_css`).
    static let evidence: [(name: String, text: String)] = [
        (
            "evidence.html.mustache",
            #"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            {{> head}}
            <body class="evidence">
            <main>
            <h1>{{heading}}</h1>
            <p>{{intro}}</p>
            <h2 id="figures">{{{words.evidence_figures}}}</h2>
            <table class="cards">
            <caption>{{{words.evidence_figures_caption}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.evidence_column_figure}}}</th><th scope="col">{{{words.evidence_column_kind}}}</th><th scope="col">{{{words.evidence_column_element}}}</th><th scope="col">{{{words.evidence_column_published}}}</th></tr>
            </thead>
            <tbody>
            {{#figures}}
            <tr><th scope="row"><a href="#evidence-{{number}}">{{label}}</a></th><td data-label="{{{words.evidence_column_kind}}}">{{kind}}</td><td data-label="{{{words.evidence_column_element}}}"><code lang="zxx">{{anchor}}</code></td><td class="number" data-label="{{{words.evidence_column_published}}}">{{published}}</td></tr>
            {{/figures}}
            </tbody>
            </table>
            {{#figures}}
            <section id="evidence-{{number}}" aria-labelledby="evidence-{{number}}-heading">
            <h2 id="evidence-{{number}}-heading">{{label}}</h2>
            <table class="facts">
            <caption>{{{words.evidence_how_caption}}}</caption>
            <tbody>
            {{#facts}}
            <tr><th scope="row">{{label}}</th><td>{{#is_code}}<code lang="zxx">{{text}}</code>{{/is_code}}{{#is_sql}}<pre><code lang="zxx">{{text}}</code></pre>{{/is_sql}}{{#is_text}}{{text}}{{/is_text}}</td></tr>
            {{/facts}}
            </tbody>
            </table>
            {{#has_same_as}}
            <p><a href="#evidence-{{same_as}}">{{same_as_text}}</a></p>
            {{/has_same_as}}
            {{#has_companies}}
            <table class="cards">
            <caption>{{{words.evidence_companies_caption}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.evidence_column_company}}}</th><th scope="col">{{{words.evidence_column_contribution}}}</th><th scope="col">{{{words.evidence_column_files}}}</th></tr>
            </thead>
            <tbody>
            {{#companies}}
            <tr><th scope="row"><span class="company-code">{{code}}</span> <span class="company-name">{{name}}</span></th><td data-label="{{{words.evidence_column_contribution}}}">{{figure}}</td><td data-label="{{{words.evidence_column_files}}}">{{#files}}<div class="file"><code lang="zxx">{{path}}</code> <code class="digest" lang="zxx">{{sha256}}</code> <span>{{rows}}</span></div>{{/files}}{{#notes}}<div>{{text}}</div>{{/notes}}</td></tr>
            {{/companies}}
            </tbody>
            </table>
            {{/has_companies}}
            </section>
            {{/figures}}
            <section id="manifest" aria-labelledby="manifest-heading">
            <h2 id="manifest-heading">{{{words.evidence_manifest}}}</h2>
            <p>{{manifest_intro}}</p>
            {{#manifest}}
            <h3>{{role}} ({{count}})</h3>
            <pre><code lang="zxx">{{lines}}</code></pre>
            {{/manifest}}
            </section>
            </main>
            </body>
            </html>

            """#
        ),
    ]

    /// The evidence pack's own style rules, added after the page's style sheet: labels never break inside a word,
    /// a company's code and name sit on lines of their own; ids, paths, digests and SQL in the cells wrap anywhere.
    static let evidenceStyle = """

        .evidence th { overflow-wrap: normal; word-break: normal; }
        .evidence td, .evidence td code { overflow-wrap: break-word; }
        .evidence table.facts th[scope="row"] { width: 12rem; }
        .evidence code, .evidence pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.85rem; }
        .evidence pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
        .evidence .digest { word-break: break-all; }
        .evidence .company-code, .evidence .company-name { display: block; }
        .evidence .company-name { font-weight: normal; }
        .evidence .file { margin: 0 0 0.5rem; overflow-wrap: anywhere; }
        @media (max-width: 40rem) { .evidence table.facts th[scope="row"] { width: 7rem; } .evidence td, .evidence td code { overflow-wrap: anywhere; } }
        """
}
