extension PageTemplates {
    /// The Markdown page. `privacy.md.mustache` is the page's frame; each `{{> name}}` partial it includes is one part
    /// of the page a person approves. Values are Markdown-escaped; narrative is inserted as rendered. `{{#contents}}`
    /// lists the page's level-2 sections with the anchors their rendered headings get; `{{{draft_banner}}}` is a
    /// draft's banner line.
    static let markdown: [(name: String, text: String)] = [
        (
            "privacy.md.mustache",
            #"""
            {{% CONTENT_TYPE: MARKDOWN}}
            {{> header}}

            {{> contents}}

            {{> governance}}

            {{> strategy}}

            {{> metrics}}

            {{> initiatives}}

            {{> standards}}

            {{> footer}}

            """#
        ),
        (
            "header.md.mustache",
            #"""
            # {{title}}

            {{{draft_banner}}}

            {{words.page_meta}}
            {{#other_editions}}

            [{{label}}]({{href_markdown}})
            {{/other_editions}}

            """#
        ),
        (
            "contents.md.mustache",
            #"""
            ## {{words.heading_contents}}

            {{#contents}}
            - [{{text}}](#{{{anchor}}})
            {{/contents}}

            """#
        ),
        (
            "governance.md.mustache",
            #"""
            ## {{words.heading_governance}}

            {{{governance_markdown}}}

            """#
        ),
        (
            "strategy.md.mustache",
            #"""
            ## {{words.heading_strategy}}

            {{{strategy_markdown}}}

            """#
        ),
        (
            "metrics.md.mustache",
            #"""
            ## {{words.heading_metrics}}

            ### {{words.heading_medium_term}}

            {{scope_note}}
            {{#medium_term}}

            {{period_line}}

            {{#goals}}
            - {{title}}
            {{/goals}}
            {{/medium_term}}

            ### {{words.heading_goals}}

            {{#groups}}
            #### {{title}}

            | {{words.column_goal}} | {{words.column_target}} | {{words.column_result}} | {{words.column_prior}} | {{words.column_status}} |
            | --- | --- | --- | --- | --- |
            {{#goals}}
            {{> goal-row}}
            {{/goals}}

            {{/groups}}
            {{^has_goals}}
            {{words.no_goals}}

            {{/has_goals}}
            {{#has_goals}}
            {{#goals}}
            {{#has_coverage}}
            - {{coverage_note}}
            {{/has_coverage}}
            {{/goals}}

            {{/has_goals}}
            {{#any_achievements}}
            ### {{words.heading_progress}}

            {{#groups}}
            {{#has_achievements}}
            #### {{title}}

            {{#achievements}}
            - {{text}}
            {{/achievements}}

            {{/has_achievements}}
            {{/groups}}
            {{/any_achievements}}
            ### {{words.heading_next_goals}}

            {{#next_groups}}
            #### {{title}}

            {{#goals}}
            - {{text}}
            {{/goals}}

            {{/next_groups}}
            {{^has_next_goals}}
            {{words.no_next_goals}}

            {{/has_next_goals}}
            {{#has_figures}}
            ### {{words.heading_figures}}

            | {{words.column_figure}} | {{words.column_value}} |
            | --- | --- |
            {{#figures}}
            | {{name}} | {{value}}{{#has_restated}} ({{restated}}){{/has_restated}} |
            {{/figures}}

            {{/has_figures}}
            {{#has_charts}}
            ### {{words.heading_charts}}

            {{#charts}}
            #### {{title}}

            {{summary}}

            | {{words.column_item}} | {{value_header}} |{{#has_markers}} {{words.column_target}} |{{/has_markers}}
            | --- | --- |{{#has_markers}} --- |{{/has_markers}}
            {{#bars}}
            | {{label}} | {{value}} |{{#has_markers}} {{target}} |{{/has_markers}}
            {{/bars}}

            {{/charts}}
            {{#trends}}
            #### {{title}}

            {{summary}}

            | {{words.column_goal}} |{{#years}} {{year}} |{{/years}}
            | --- |{{#years}} --- |{{/years}}
            {{#rows}}
            | {{label}} |{{#values}} {{value}} |{{/values}}
            {{/rows}}

            {{/trends}}
            {{/has_charts}}

            """#
        ),
        (
            "goal-row.md.mustache",
            #"""
            | {{text}} | {{target}} | {{result}} | {{prior}}{{#has_restated}} ({{restated}}){{/has_restated}} | {{status}} |

            """#
        ),
        (
            "initiatives.md.mustache",
            #"""
            ## {{words.heading_initiatives}}

            {{{initiatives_markdown}}}

            """#
        ),
        (
            "standards.md.mustache",
            #"""
            ## {{words.heading_standards}}

            {{#has_standards}}
            | {{words.column_standard}} | {{words.column_figure}} | {{words.column_value}} |
            | --- | --- | --- |
            {{#standards}}
            | {{code}} | {{label}} | {{value}} |
            {{/standards}}
            {{/has_standards}}
            {{^has_standards}}
            {{words.no_standards}}
            {{/has_standards}}

            """#
        ),
        (
            "footer.md.mustache",
            #"""
            ---

            {{words.footer_source}}

            - [{{words.footer_data}}]({{data_href}})
            {{#other_editions}}
            - [{{label}}]({{href_markdown}})
            {{/other_editions}}

            """#
        ),
    ]
}
