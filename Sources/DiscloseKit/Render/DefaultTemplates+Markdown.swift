extension DefaultTemplates {
    /// `privacy.md.mustache`: the page as Markdown. Values are Markdown-escaped; narrative is inserted as rendered.
    static let markdown = #"""
        {{% CONTENT_TYPE: MARKDOWN}}
        # {{title}}

        {{organization}} · Fiscal year {{fy}} ({{period_from}} to {{period_to}})

        ## Governance

        {{{governance_markdown}}}

        ## Strategy

        {{{strategy_markdown}}}

        ## Metrics and Targets

        ### Medium-term Goals and Priority Activities

        {{scope_note}}
        {{#medium_term}}

        Period: {{period}}

        {{#goals}}
        - {{title}}
        {{/goals}}
        {{/medium_term}}

        ### FY{{fy}} Goals

        {{#groups}}
        #### {{title}}

        {{#goals}}
        - {{text}}
        {{/goals}}

        {{/groups}}
        {{^has_goals}}
        No goals are set for FY{{fy}}.

        {{/has_goals}}
        {{#has_goals}}
        ### FY{{fy}} Goals at a Glance

        | Goal | Target | Result | Prior FY | Status |
        | --- | --- | --- | --- | --- |
        {{#goals}}
        | {{text}} | {{target}} | {{result}} | {{prior}} | {{status}} |
        {{/goals}}

        {{#goals}}
        {{#has_coverage}}
        - {{text}}: {{coverage}}.
        {{/has_coverage}}
        {{/goals}}

        {{/has_goals}}
        {{#has_achievements}}
        ### Progress, Achievements and Issues

        {{#groups}}
        {{#has_achievements}}
        #### {{title}}

        {{#achievements}}
        - {{text}}
        {{/achievements}}

        {{/has_achievements}}
        {{/groups}}
        {{/has_achievements}}
        {{#has_figures}}
        ### Key Figures FY{{fy}}

        | Figure | Value |
        | --- | --- |
        {{#figures}}
        | {{name}} | {{value}} |
        {{/figures}}

        {{/has_figures}}
        {{#has_charts}}
        ### Charts

        {{#charts}}
        #### {{title}}

        {{summary}}

        | Item | {{value_header}} |{{#has_markers}} Target |{{/has_markers}}
        | --- | --- |{{#has_markers}} --- |{{/has_markers}}
        {{#bars}}
        | {{label}} | {{value}} |{{#has_markers}} {{target}} |{{/has_markers}}
        {{/bars}}

        {{/charts}}
        {{/has_charts}}
        ### FY{{next_fy}} Goals

        {{#next_groups}}
        #### {{title}}

        {{#goals}}
        - {{text}}
        {{/goals}}

        {{/next_groups}}
        {{^has_next_goals}}
        No goals are set for FY{{next_fy}} yet.

        {{/has_next_goals}}
        ## Main Initiatives

        {{{initiatives_markdown}}}

        ## Standards Index

        {{#has_standards}}
        | Standard | Figure | Value |
        | --- | --- | --- |
        {{#standards}}
        | {{code}} | {{label}} | {{value}} |
        {{/standards}}
        {{/has_standards}}
        {{^has_standards}}
        No figure on this page carries a GRI or SASB code.
        {{/has_standards}}
        """#
}
