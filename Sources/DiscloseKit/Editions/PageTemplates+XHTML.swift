extension PageTemplates {
    /// The XHTML page with inline XBRL (iXBRL 1.1): the HTML page's content in the elements XHTML 1.1 has (`div`, `p`,
    /// tables, lists, `img`; no sectioning elements, `aria-*`, `data-*` or `role`), charts as `img` with SVG data URIs
    /// beside their data tables. `{{{ix_header}}}` is the hidden `ix:header` (schema reference, contexts, unit); the
    /// `*_ix` values (and the `*_xhtml` narrative sections) are figures, goal statuses and targets already tagged
    /// (`ix:nonFraction`, `ix:nonNumeric`) and escaped for XML. The same partials as the HTML page, so each is the same part for sign-off.
    static let xhtml: [(name: String, text: String)] = [
        (
            "privacy.xhtml.mustache",
            #"""
            <?xml version="1.0" encoding="utf-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:disc="\#(XBRLNamespaces.builtIn)" xmlns:proj="\#(XBRLNamespaces.project)" xml:lang="{{language}}">
            {{> head}}
            <body>
            {{{ix_header}}}
            {{> header}}
            <div class="main">
            {{> governance}}
            {{> strategy}}
            {{> metrics}}
            {{> initiatives}}
            {{> standards}}
            </div>
            {{> footer}}
            </body>
            </html>

            """#
        ),
        (
            "head.xhtml.mustache",
            #"""
            <head>
            <meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            {{{robots_meta}}}
            <title>{{{words.page_title}}}</title>
            {{#alternates}}
            <link rel="alternate" hreflang="{{language}}" href="{{href_xhtml}}"/>
            {{/alternates}}
            <style type="text/css">
            body { font-family: {{{words.font_family}}}; line-height: 1.6; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; overflow-wrap: break-word; }
            h1 { font-size: 2rem; margin-bottom: 0.25rem; line-height: 1.25; }
            h2 { border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem; margin-top: 2.5rem; color: #1f4e79; }
            .meta, .footer { color: #444; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
            caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
            th, td { border: 1px solid #999; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
            thead th { background: #e8eef5; }
            td.number { text-align: right; white-space: nowrap; }
            .status { font-weight: 600; white-space: nowrap; }
            .status-met { color: #14532d; }
            .status-not-met { color: #8b1a1a; }
            .status-insufficient-data { color: #7a4a00; }
            .coverage, .restated { display: block; font-size: 0.875rem; color: #444; white-space: normal; text-align: left; }
            .draft-banner { border: 3px solid #8b1a1a; background: #fff4e5; padding: 0.6rem 1rem; margin: 1rem 0; }
            img.chart { display: block; width: 100%; }
            .chart-panels img.chart { display: inline-block; width: 15rem; vertical-align: top; }
            .footer { margin-top: 3rem; border-top: 1px solid #999; padding-top: 0.75rem; font-size: 0.9rem; }{{{words.extra_style}}}
            </style>
            </head>

            """#
        ),
        (
            "header.xhtml.mustache",
            #"""
            <div class="header">
            {{{draft_banner}}}
            <h1>{{title}}</h1>
            <p class="meta">{{{words.page_meta}}}</p>
            {{#other_editions}}
            <p class="editions"><a href="{{href_xhtml}}" hreflang="{{language}}" xml:lang="{{language}}">{{label}}</a></p>
            {{/other_editions}}
            {{> contents}}
            </div>

            """#
        ),
        (
            "contents.xhtml.mustache",
            #"""
            <div class="contents">
            <h2 id="contents-heading">{{{words.heading_contents}}}</h2>
            <ol>
            <li><a href="#governance">{{{words.heading_governance}}}</a></li>
            <li><a href="#strategy">{{{words.heading_strategy}}}</a></li>
            <li><a href="#metrics">{{{words.heading_metrics}}}</a></li>
            <li><a href="#initiatives">{{{words.heading_initiatives}}}</a></li>
            <li><a href="#standards">{{{words.heading_standards}}}</a></li>
            </ol>
            </div>

            """#
        ),
        (
            "governance.xhtml.mustache",
            #"""
            <div id="governance" class="section">
            <h2 id="governance-heading">{{{words.heading_governance}}}</h2>
            {{{governance_xhtml}}}
            </div>

            """#
        ),
        (
            "strategy.xhtml.mustache",
            #"""
            <div id="strategy" class="section">
            <h2 id="strategy-heading">{{{words.heading_strategy}}}</h2>
            {{{strategy_xhtml}}}
            </div>

            """#
        ),
        (
            "metrics.xhtml.mustache",
            #"""
            <div id="metrics" class="section">
            <h2 id="metrics-heading">{{{words.heading_metrics}}}</h2>
            <h3>{{{words.heading_medium_term}}}</h3>
            <p>{{scope_note}}</p>
            {{#medium_term}}
            <p>{{period_line}}</p>
            <ul>
            {{#goals}}
            <li>{{title}}</li>
            {{/goals}}
            </ul>
            {{/medium_term}}
            <h3 id="goals">{{{words.heading_goals}}}</h3>
            {{#has_goals}}
            <table class="cards">
            <caption>{{{words.caption_glance}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.column_goal}}}</th><th scope="col">{{{words.column_target}}}</th><th scope="col">{{{words.column_result}}}</th><th scope="col">{{{words.column_prior_year}}}</th><th scope="col">{{{words.column_status}}}</th></tr>
            </thead>
            {{#groups}}
            <tbody>
            <tr><th scope="rowgroup" colspan="5">{{title}}</th></tr>
            {{#goals}}
            {{> goal-row}}
            {{/goals}}
            </tbody>
            {{/groups}}
            </table>
            {{/has_goals}}
            {{^has_goals}}
            <p>{{{words.no_goals}}}</p>
            {{/has_goals}}
            {{#any_achievements}}
            <h3>{{{words.heading_progress}}}</h3>
            {{#groups}}
            {{#has_achievements}}
            <h4>{{title}}</h4>
            <ul>
            {{#achievements}}
            <li id="{{anchor}}">{{{text_ix}}}</li>
            {{/achievements}}
            </ul>
            {{/has_achievements}}
            {{/groups}}
            {{/any_achievements}}
            <h3>{{{words.heading_next_goals}}}</h3>
            {{#next_groups}}
            <h4>{{title}}</h4>
            <ul>
            {{#goals}}
            <li>{{text}}</li>
            {{/goals}}
            </ul>
            {{/next_groups}}
            {{^has_next_goals}}
            <p>{{{words.no_next_goals}}}</p>
            {{/has_next_goals}}
            {{#has_figures}}
            <h3 id="key-figures">{{{words.heading_figures}}}</h3>
            <p>{{{words.caption_figures}}}</p>
            {{#figure_groups}}
            <table class="figures" id="{{id}}">
            <caption>{{title}}</caption>
            <thead>
            <tr><th scope="col">{{{words.column_figure}}}</th><th scope="col" class="number">{{{words.column_value}}}</th></tr>
            </thead>
            <tbody>
            {{#figures}}
            <tr id="{{anchor}}"><th scope="row">{{name}}{{#has_standard}} <a class="standard-ref" href="#{{standard_anchor}}">{{standard}}</a>{{/has_standard}}</th><td class="number">{{{value_ix}}}{{#has_restated}}<span class="restated">{{restated}}</span>{{/has_restated}}</td></tr>
            {{/figures}}
            </tbody>
            </table>
            {{/figure_groups}}
            {{/has_figures}}
            {{#has_charts}}
            <h3>{{{words.heading_charts}}}</h3>
            {{#charts}}
            <div class="figure" id="{{id}}">
            <h4>{{title}}</h4>
            <p>{{summary}}</p>
            <img class="chart" src="{{{svg_src}}}" alt="{{title}}"/>
            <table>
            <caption>{{{words.caption_chart}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.column_item}}}</th><th scope="col">{{value_header}}</th>{{#has_markers}}<th scope="col">{{{words.column_target}}}</th>{{/has_markers}}</tr>
            </thead>
            <tbody>
            {{#bars}}
            <tr><th scope="row">{{label}}</th><td class="number">{{{value_ix}}}</td>{{#has_markers}}<td class="number">{{{target_ix}}}</td>{{/has_markers}}</tr>
            {{/bars}}
            </tbody>
            </table>
            </div>
            {{/charts}}
            {{#trends}}
            <div class="figure" id="chart-trends">
            <h4>{{title}}</h4>
            <p>{{summary}}</p>
            <div class="chart-panels">
            {{#images}}
            <img class="chart" src="{{{src}}}" alt="{{alt}}"/>
            {{/images}}
            </div>
            <table>
            <caption>{{{words.caption_chart}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.column_goal}}}</th>{{#years}}<th scope="col">{{year}}</th>{{/years}}</tr>
            </thead>
            <tbody>
            {{#rows}}
            <tr><th scope="row"><a href="#{{anchor}}">{{label}}</a></th>{{#values}}<td class="number">{{{value_ix}}}</td>{{/values}}</tr>
            {{/rows}}
            </tbody>
            </table>
            </div>
            {{/trends}}
            {{/has_charts}}
            </div>

            """#
        ),
        (
            "goal-row.xhtml.mustache",
            #"""
            <tr id="{{anchor}}"><th scope="row">{{#has_achievement}}<a href="#{{progress_anchor}}">{{text}}</a>{{/has_achievement}}{{^has_achievement}}{{text}}{{/has_achievement}}{{#has_coverage}}<br/><span class="coverage">{{coverage}}</span>{{/has_coverage}}</th><td class="number">{{{target_ix}}}</td><td class="number">{{{result_ix}}}</td><td class="number">{{{prior_ix}}}{{#has_restated}}<span class="restated">{{restated}}</span>{{/has_restated}}</td><td class="status status-{{status_class}}">{{status_symbol}} {{{status_ix}}}</td></tr>

            """#
        ),
        (
            "initiatives.xhtml.mustache",
            #"""
            <div id="initiatives" class="section">
            <h2 id="initiatives-heading">{{{words.heading_initiatives}}}</h2>
            {{{initiatives_xhtml}}}
            </div>

            """#
        ),
        (
            "standards.xhtml.mustache",
            #"""
            <div id="standards" class="section">
            <h2 id="standards-heading">{{{words.heading_standards}}}</h2>
            {{#has_standards}}
            <table>
            <caption>{{{words.caption_standards}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.column_standard}}}</th><th scope="col">{{{words.column_figure}}}</th><th scope="col">{{{words.column_value}}}</th></tr>
            </thead>
            <tbody>
            {{#standards}}
            <tr id="{{row_id}}"><th scope="row" class="code">{{#code_words}}<span class="token">{{word}}</span>{{^last}} {{/last}}{{/code_words}}</th><td><a href="#{{anchor}}">{{label}}</a></td><td class="number">{{{value_ix}}}</td></tr>
            {{/standards}}
            </tbody>
            </table>
            {{/has_standards}}
            {{^has_standards}}
            <p>{{{words.no_standards}}}</p>
            {{/has_standards}}
            </div>

            """#
        ),
        (
            "footer.xhtml.mustache",
            #"""
            <div class="footer">
            <p>{{{words.footer_source}}}</p>
            <ul>
            <li><a href="{{data_href}}">{{{words.footer_data}}}</a></li>
            {{#other_editions}}
            <li><a href="{{href_xhtml}}" hreflang="{{language}}" xml:lang="{{language}}">{{label}}</a></li>
            {{/other_editions}}
            </ul>
            </div>

            """#
        ),
    ]
}

/// The namespaces the XHTML page declares for its facts (the same as `XBRLVocabulary`'s, which the renderer uses).
enum XBRLNamespaces {
    static let builtIn = "https://taxonomy.disclose.invalid/privacy/1.0"
    static let project = "https://taxonomy.disclose.invalid/privacy/1.0/project"
}
