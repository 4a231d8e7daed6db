extension PageTemplates {
    /// The output folder's index of published pages (`output/index.html`, `index.md`), in the main language. The
    /// HTML index takes its head (title, style sheet) from the page's own `{{> head}}` partial, so both share one
    /// shell; every value comes from the program's list of what it published, escaped for the format.
    static let index: [(name: String, text: String)] = [
        (
            "index.html.mustache",
            #"""
            <!DOCTYPE html>
            <html lang="{{language}}">
            {{> head}}
            <body>
            <main>
            <h1>{{title}}</h1>
            <p>{{{words.index_intro}}}</p>
            {{#has_entries}}
            <table class="cards">
            <caption>{{{words.index_caption}}}</caption>
            <thead>
            <tr><th scope="col">{{{words.index_column_year}}}</th><th scope="col">{{{words.index_column_edition}}}</th><th scope="col">{{{words.index_column_state}}}</th><th scope="col">{{{words.index_column_page}}}</th><th scope="col">{{{words.index_column_markdown}}}</th><th scope="col">{{{words.index_column_inline}}}</th><th scope="col">{{{words.index_column_data}}}</th></tr>
            </thead>
            <tbody>
            {{#entries}}
            <tr><th scope="row">{{year}}</th><td data-label="{{{words.index_column_edition}}}">{{edition}}</td><td data-label="{{{words.index_column_state}}}">{{#draft}}<span class="index-draft">{{{words.index_state_draft}}}</span>{{/draft}}{{^draft}}{{{words.index_state_final}}}{{/draft}}</td><td data-label="{{{words.index_column_page}}}"><a href="{{folder}}privacy.html">privacy.html</a></td><td data-label="{{{words.index_column_markdown}}}"><a href="{{folder}}privacy.md">privacy.md</a></td><td data-label="{{{words.index_column_inline}}}"><a href="{{folder}}privacy.xhtml">privacy.xhtml</a></td><td data-label="{{{words.index_column_data}}}"><a href="{{year_folder}}data.json">data.json</a></td></tr>
            {{/entries}}
            </tbody>
            </table>
            {{/has_entries}}
            {{^has_entries}}
            <p>{{{words.index_empty}}}</p>
            {{/has_entries}}
            </main>
            </body>
            </html>

            """#
        ),
        (
            "index.md.mustache",
            #"""
            {{% CONTENT_TYPE: MARKDOWN}}
            # {{title}}

            {{words.index_intro}}

            {{#has_entries}}
            | {{words.index_column_year}} | {{words.index_column_edition}} | {{words.index_column_state}} | {{words.index_column_page}} | {{words.index_column_markdown}} | {{words.index_column_inline}} | {{words.index_column_data}} |
            | --- | --- | --- | --- | --- | --- | --- |
            {{#entries}}
            | {{year}} | {{edition}} | {{state}} | [privacy.html]({{{folder}}}privacy.html) | [privacy.md]({{{folder}}}privacy.md) | [privacy.xhtml]({{{folder}}}privacy.xhtml) | [data.json]({{{year_folder}}}data.json) |
            {{/entries}}
            {{/has_entries}}
            {{^has_entries}}
            {{words.index_empty}}
            {{/has_entries}}

            """#
        ),
    ]
}
