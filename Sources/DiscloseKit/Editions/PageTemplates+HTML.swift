extension PageTemplates {
    /// The HTML page: a standalone page (inline CSS, no scripts, no external fetches). `privacy.html.mustache` is the
    /// page's frame; each `{{> name}}` partial it includes is one part of the page a person approves. Values are
    /// HTML-escaped; every word comes from the edition (`{{{words.*}}}`, escaped for HTML already). `{{{robots_meta}}}`
    /// and `{{{draft_banner}}}` carry a draft's marks. A chart's data table sits outside its `<details>` toggle: always
    /// read by screen readers and always printed, visually hidden on screen until the toggle before it is opened (or
    /// focus moves into it), so no figure is announced twice or left off paper.
    static let html: [(name: String, text: String)] = [
        (
            "privacy.html.mustache",
            #"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            {{> head}}
            <body>
            {{> header}}
            <main>
            {{> governance}}
            {{> strategy}}
            {{> metrics}}
            {{> initiatives}}
            {{> standards}}
            </main>
            {{> footer}}
            </body>
            </html>

            """#
        ),
        (
            "head.html.mustache",
            #"""
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            {{{robots_meta}}}
            <title>{{{words.page_title}}}</title>
            {{#alternates}}
            <link rel="alternate" hreflang="{{language}}" href="{{href}}">
            {{/alternates}}
            <style>
            body { font-family: {{{words.font_family}}}; line-height: 1.6; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; overflow-wrap: break-word; }
            h1 { font-size: 2rem; margin-bottom: 0.25rem; line-height: 1.25; }
            h2 { border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem; margin-top: 2.5rem; color: #1f4e79; }
            h3 { margin-top: 1.75rem; }
            .meta { color: #444; margin-top: 0; }
            nav.contents ol { padding-left: 1.25rem; margin: 0.25rem 0; }
            nav.contents h2 { font-size: 1rem; border: none; margin: 1rem 0 0; color: #1a1a1a; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
            caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
            th, td { border: 1px solid #999; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
            thead th { background: #e8eef5; }
            tbody th[scope="rowgroup"] { background: #f3f6fa; }
            td.number { text-align: right; white-space: nowrap; }
            .status { font-weight: 600; white-space: nowrap; }
            .status-met { color: #14532d; }
            .status-not-met { color: #8b1a1a; }
            .status-insufficient-data { color: #7a4a00; }
            .status-reported { color: #333; }
            .coverage, .restated { display: block; font-size: 0.875rem; color: #444; white-space: normal; text-align: left; }
            a { color: #1f4e79; }
            .draft-banner { border: 3px solid #8b1a1a; background: #fff4e5; color: #1a1a1a; padding: 0.6rem 1rem; margin: 1rem 0; }
            .index-draft { color: #8b1a1a; font-weight: 600; }
            figure { margin: 1.5rem 0; }
            figcaption p { font-size: 0.9rem; color: #444; margin: 0 0 0.5rem; }
            svg.chart { display: block; width: 100%; max-width: 30rem; height: auto; }
            .chart-label, .chart-value, .chart-note { font-size: 15px; fill: #1a1a1a; }
            .chart-note { fill: #333; }
            .chart-track { fill: #e8eef5; }
            .chart-bar { fill: #1f4e79; }
            .chart-bar-met { fill: #2e7d32; }
            .chart-bar-not-met { fill: #b3261e; }
            .chart-bar-insufficient-data { fill: #9a5b00; }
            .chart-target { stroke: #1a1a1a; stroke-width: 3; }
            .chart-axis { stroke: #666; stroke-width: 1; }
            details { margin: 0.5rem 0; }
            summary { cursor: pointer; color: #1f4e79; }
            .chart-data { overflow-x: auto; }
            @media screen {
              .chart-data { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
              details.chart-data-toggle[open] + .chart-data, .chart-data:focus-within { position: static; width: auto; height: auto; margin: 0; overflow-x: auto; clip-path: none; white-space: normal; }
            }
            footer { margin-top: 3rem; border-top: 1px solid #999; padding-top: 0.75rem; font-size: 0.9rem; color: #444; }
            footer ul { list-style: none; padding: 0; }
            footer li { margin: 0.5rem 0; }
            footer a, nav.contents a { display: inline-block; min-height: 24px; }
            @media (max-width: 40rem) {
              body { padding: 0.75rem 1rem 2rem; }
              h1 { font-size: 1.5rem; }
              table.cards, table.cards tbody, table.cards tr, table.cards th, table.cards td { display: block; width: auto; }
              table.cards caption { display: block; }
              table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
              table.cards tr { border: 1px solid #999; margin: 0 0 0.75rem; }
              table.cards th, table.cards td { border: none; border-top: 1px solid #ddd; }
              table.cards td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
              td.number { white-space: normal; text-align: left; }
            }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              h2, h3, h4 { break-after: avoid; }
              table, tr, figure { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
              nav.contents, details.chart-data-toggle { display: none; }
            }{{{words.extra_style}}}{{{extra_css}}}
            </style>
            </head>

            """#
        ),
        (
            "header.html.mustache",
            #"""
            <header>
            {{{draft_banner}}}
            <h1>{{title}}</h1>
            <p class="meta">{{{words.page_meta}}}</p>
            {{#other_editions}}
            <p class="editions"><a href="{{href}}" hreflang="{{language}}" lang="{{language}}">{{label}}</a></p>
            {{/other_editions}}
            {{> contents}}
            </header>

            """#
        ),
        (
            "contents.html.mustache",
            #"""
            <nav class="contents" aria-labelledby="contents-heading">
            <h2 id="contents-heading">{{{words.heading_contents}}}</h2>
            <ol>
            <li><a href="#governance">{{{words.heading_governance}}}</a></li>
            <li><a href="#strategy">{{{words.heading_strategy}}}</a></li>
            <li><a href="#metrics">{{{words.heading_metrics}}}</a></li>
            <li><a href="#initiatives">{{{words.heading_initiatives}}}</a></li>
            <li><a href="#standards">{{{words.heading_standards}}}</a></li>
            </ol>
            </nav>

            """#
        ),
        (
            "governance.html.mustache",
            #"""
            <section id="governance" aria-labelledby="governance-heading">
            <h2 id="governance-heading">{{{words.heading_governance}}}</h2>
            {{{governance_html}}}
            </section>

            """#
        ),
        (
            "strategy.html.mustache",
            #"""
            <section id="strategy" aria-labelledby="strategy-heading">
            <h2 id="strategy-heading">{{{words.heading_strategy}}}</h2>
            {{{strategy_html}}}
            </section>

            """#
        ),
        (
            "metrics.html.mustache",
            #"""
            <section id="metrics" aria-labelledby="metrics-heading">
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
            <li id="{{anchor}}">{{text}}</li>
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
            <h3>{{{words.heading_figures}}}</h3>
            <table>
            <caption>{{{words.caption_figures}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.column_figure}}}</th><th scope="col">{{{words.column_value}}}</th></tr>
            </thead>
            <tbody>
            {{#figures}}
            <tr id="{{anchor}}"><th scope="row">{{name}}</th><td class="number">{{value}}{{#has_restated}}<span class="restated">{{restated}}</span>{{/has_restated}}</td></tr>
            {{/figures}}
            </tbody>
            </table>
            {{/has_figures}}
            {{#has_charts}}
            <h3>{{{words.heading_charts}}}</h3>
            {{#charts}}
            <figure id="{{id}}">
            <figcaption><h4>{{title}}</h4><p>{{summary}}</p></figcaption>
            {{{svg}}}
            <details class="chart-data-toggle"><summary>{{{words.chart_show_data}}}</summary></details>
            <div class="chart-data">
            <table>
            <caption>{{{words.caption_chart}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.column_item}}}</th><th scope="col">{{value_header}}</th>{{#has_markers}}<th scope="col">{{{words.column_target}}}</th>{{/has_markers}}</tr>
            </thead>
            <tbody>
            {{#bars}}
            <tr><th scope="row">{{label}}</th><td class="number">{{value}}</td>{{#has_markers}}<td class="number">{{target}}</td>{{/has_markers}}</tr>
            {{/bars}}
            </tbody>
            </table>
            </div>
            </figure>
            {{/charts}}
            {{#trends}}
            <figure id="chart-trends">
            <figcaption><h4>{{title}}</h4><p>{{summary}}</p></figcaption>
            {{{svg}}}
            <details class="chart-data-toggle"><summary>{{{words.chart_show_data}}}</summary></details>
            <div class="chart-data">
            <table>
            <caption>{{{words.caption_chart}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.column_goal}}}</th>{{#years}}<th scope="col">{{year}}</th>{{/years}}</tr>
            </thead>
            <tbody>
            {{#rows}}
            <tr><th scope="row"><a href="#{{anchor}}">{{label}}</a></th>{{#values}}<td class="number">{{value}}</td>{{/values}}</tr>
            {{/rows}}
            </tbody>
            </table>
            </div>
            </figure>
            {{/trends}}
            {{/has_charts}}
            </section>

            """#
        ),
        (
            "goal-row.html.mustache",
            #"""
            <tr id="{{anchor}}"><th scope="row">{{#has_achievement}}<a href="#{{progress_anchor}}">{{text}}</a>{{/has_achievement}}{{^has_achievement}}{{text}}{{/has_achievement}}{{#has_coverage}}<br><span class="coverage">{{coverage}}</span>{{/has_coverage}}</th><td class="number" data-label="{{{words.column_target}}}">{{target}}</td><td class="number" data-label="{{{words.column_result}}}">{{result}}</td><td class="number" data-label="{{{words.column_prior_year}}}">{{prior}}{{#has_restated}}<span class="restated">{{restated}}</span>{{/has_restated}}</td><td class="status status-{{status_class}}" data-label="{{{words.column_status}}}"><span aria-hidden="true">{{status_symbol}}</span> {{status}}</td></tr>

            """#
        ),
        (
            "initiatives.html.mustache",
            #"""
            <section id="initiatives" aria-labelledby="initiatives-heading">
            <h2 id="initiatives-heading">{{{words.heading_initiatives}}}</h2>
            {{{initiatives_html}}}
            </section>

            """#
        ),
        (
            "standards.html.mustache",
            #"""
            <section id="standards" aria-labelledby="standards-heading">
            <h2 id="standards-heading">{{{words.heading_standards}}}</h2>
            {{#has_standards}}
            <table>
            <caption>{{{words.caption_standards}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.column_standard}}}</th><th scope="col">{{{words.column_figure}}}</th><th scope="col">{{{words.column_value}}}</th></tr>
            </thead>
            <tbody>
            {{#standards}}
            <tr><th scope="row">{{code}}</th><td><a href="#{{anchor}}">{{label}}</a></td><td class="number">{{value}}</td></tr>
            {{/standards}}
            </tbody>
            </table>
            {{/has_standards}}
            {{^has_standards}}
            <p>{{{words.no_standards}}}</p>
            {{/has_standards}}
            </section>

            """#
        ),
        (
            "footer.html.mustache",
            #"""
            <footer>
            <p>{{{words.footer_source}}}</p>
            <ul>
            <li><a href="{{data_href}}">{{{words.footer_data}}}</a></li>
            {{#other_editions}}
            <li><a href="{{href}}" hreflang="{{language}}" lang="{{language}}">{{label}}</a></li>
            {{/other_editions}}
            </ul>
            </footer>

            """#
        ),
    ]
}
