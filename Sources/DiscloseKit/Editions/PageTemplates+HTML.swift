extension PageTemplates {
    /// `privacy.html.mustache`: a standalone page (inline CSS, no scripts, no external fetches). Values are HTML-escaped;
    /// every word comes from the edition (`{{{words.*}}}`, escaped for HTML already).
    static let html = #"""
        <!DOCTYPE html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{{words.page_title}}}</title>
        {{#alternates}}
        <link rel="alternate" hreflang="{{language}}" href="{{href}}">
        {{/alternates}}
        <style>
        body { font-family: {{{words.font_family}}}; line-height: 1.6; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 2rem; margin-bottom: 0.25rem; }
        h2 { border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem; margin-top: 2.5rem; color: #1f4e79; }
        h3 { margin-top: 1.75rem; }
        .meta { color: #444; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
        th, td { border: 1px solid #999; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
        thead th { background: #e8eef5; }
        td.number { text-align: right; white-space: nowrap; }
        .status { font-weight: 600; white-space: nowrap; }
        .status-met { color: #14532d; }
        .status-not-met { color: #8b1a1a; }
        .status-insufficient-data { color: #7a4a00; }
        .status-reported { color: #333; }
        .coverage { font-size: 0.9rem; color: #444; }
        a { color: #1f4e79; }
        figure { margin: 1.5rem 0; }
        figcaption { font-size: 0.9rem; color: #444; }
        svg.chart { max-width: 100%; height: auto; }
        .chart-label, .chart-value { font-size: 13px; fill: #1a1a1a; }
        .chart-track { fill: #e8eef5; }
        .chart-bar { fill: #1f4e79; }
        .chart-target { stroke: #8b1a1a; stroke-width: 3; }{{{words.extra_style}}}
        @media (max-width: 40rem) { table { display: block; overflow-x: auto; } figure { overflow-x: auto; } svg.chart { max-width: none; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2, h3, h4 { break-after: avoid; }
          table, tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        </style>
        </head>
        <body>
        <header>
        <h1>{{title}}</h1>
        <p class="meta">{{{words.page_meta}}}</p>
        {{#other_editions}}
        <p class="editions"><a href="{{href}}" hreflang="{{language}}" lang="{{language}}">{{label}}</a></p>
        {{/other_editions}}
        </header>
        <main>
        <section id="governance" aria-labelledby="governance-heading">
        <h2 id="governance-heading">{{{words.heading_governance}}}</h2>
        {{{governance_html}}}
        </section>
        <section id="strategy" aria-labelledby="strategy-heading">
        <h2 id="strategy-heading">{{{words.heading_strategy}}}</h2>
        {{{strategy_html}}}
        </section>
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
        <h3>{{{words.heading_goals}}}</h3>
        {{#groups}}
        <h4>{{title}}</h4>
        <ul>
        {{#goals}}
        <li>{{text}}</li>
        {{/goals}}
        </ul>
        {{/groups}}
        {{^has_goals}}
        <p>{{{words.no_goals}}}</p>
        {{/has_goals}}
        {{#has_goals}}
        <h3>{{{words.heading_glance}}}</h3>
        <table>
        <caption>{{{words.caption_glance}}}</caption>
        <thead>
        <tr><th scope="col">{{{words.column_goal}}}</th><th scope="col">{{{words.column_target}}}</th><th scope="col">{{{words.column_result}}}</th><th scope="col">{{{words.column_prior_year}}}</th><th scope="col">{{{words.column_status}}}</th></tr>
        </thead>
        <tbody>
        {{#goals}}
        <tr id="{{anchor}}"><th scope="row">{{text}}{{#has_coverage}}<br><span class="coverage">{{coverage}}</span>{{/has_coverage}}</th><td class="number">{{target}}</td><td class="number">{{result}}</td><td class="number">{{prior}}</td><td class="status status-{{status_class}}"><span aria-hidden="true">{{status_symbol}}</span> {{status}}</td></tr>
        {{/goals}}
        </tbody>
        </table>
        {{/has_goals}}
        {{#any_achievements}}
        <h3>{{{words.heading_progress}}}</h3>
        {{#groups}}
        {{#has_achievements}}
        <h4>{{title}}</h4>
        <ul>
        {{#achievements}}
        <li>{{text}}</li>
        {{/achievements}}
        </ul>
        {{/has_achievements}}
        {{/groups}}
        {{/any_achievements}}
        {{#has_figures}}
        <h3>{{{words.heading_figures}}}</h3>
        <table>
        <caption>{{{words.caption_figures}}}</caption>
        <thead>
        <tr><th scope="col">{{{words.column_figure}}}</th><th scope="col">{{{words.column_value}}}</th></tr>
        </thead>
        <tbody>
        {{#figures}}
        <tr id="{{anchor}}"><th scope="row">{{name}}</th><td class="number">{{value}}</td></tr>
        {{/figures}}
        </tbody>
        </table>
        {{/has_figures}}
        {{#has_charts}}
        <h3>{{{words.heading_charts}}}</h3>
        {{#charts}}
        <figure id="{{id}}">
        <h4>{{title}}</h4>
        {{{svg}}}
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
        <figcaption>{{summary}}</figcaption>
        </figure>
        {{/charts}}
        {{/has_charts}}
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
        </section>
        <section id="initiatives" aria-labelledby="initiatives-heading">
        <h2 id="initiatives-heading">{{{words.heading_initiatives}}}</h2>
        {{{initiatives_html}}}
        </section>
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
        </main>
        </body>
        </html>
        """#
}
