/// The keys of an edition's words table. A `{name}` in a word is filled in when the word is used.
///
/// Page templates see every word as `{{words.<raw value>}}`, already filled in for the page's fiscal year.
public enum Word: String, CaseIterable, Sendable {
    // Numbers, dates and fiscal years.
    /// The separator between groups of three digits.
    case digitGroup = "digit_group"
    /// `{value}` is the percentage rounded half-up to one decimal.
    case percent
    /// What an empty cell or a missing value shows.
    case noValue = "no_value"
    /// Twelve month names, separated by `|`.
    case monthNames = "month_names"
    /// `{year}`, `{month}` (a name from month_names), `{mm}`, `{day}`, `{dd}`.
    case date
    case monthYear = "month_year"
    /// The fiscal year as narrative content's `{{fy}}`: `{year}`.
    case fiscalYearValue = "fiscal_year_value"
    /// The fiscal year as a label: headings, chart bars, terminal tables.
    case fiscalYear = "fiscal_year"
    /// The last day of the fiscal year as narrative content's `{{fy_end}}`: `{year}`, `{month}`.
    case fiscalYearEnd = "fiscal_year_end"
    /// A span of months or days: `{from}`, `{to}`.
    case period
    /// `{count}` companies, singular and plural.
    case companiesOne = "companies_one"
    case companiesOther = "companies_other"
    case rowsOne = "rows_one"
    case rowsOther = "rows_other"
    /// Between the items of a list of names.
    case listSeparator = "list_separator"

    // Figures and coverage.
    /// A count over a scope: `{numerator}`, `{denominator}`, `{percent}`.
    case countOfScope = "count_of_scope"
    /// A value over the companies that reported, when some did not, labelled with its coverage: `{value}` (a bound
    /// from the partial_* words), `{reported}`, `{in_scope}` (with its noun).
    case partialValue = "partial_value"
    /// A partial count as a lower bound: `{value}`.
    case partialAtLeast = "partial_at_least"
    /// A partial count of zero: `{value}`.
    case partialSoFar = "partial_so_far"
    /// A partial earliest date: `{value}`.
    case partialOrEarlier = "partial_or_earlier"
    /// A partial count of companies over the whole scope: `{value}` (a bound), `{in_scope}` (a number).
    case partialOfScope = "partial_of_scope"
    /// A figure no company in scope reported.
    case notReported = "not_reported"
    /// A percentage with nothing to compute it from at the companies that reported (their denominator is zero):
    /// `{reported}`, `{in_scope}` (with its noun).
    case partialUndefined = "partial_undefined"
    /// A figure over a scope with no company, in running text (no dash).
    case narrativeNoCompanies = "narrative_no_companies"
    /// A figure over a scope that holds no company consolidated at fiscal year end.
    case figureNoCompanies = "figure_no_companies"
    case coverageNoCompanies = "coverage_no_companies"
    /// Incomplete coverage: `{reported}`, `{in_scope}` (with its noun), `{missing}` (names).
    case coverage
    /// Incomplete coverage when no company in scope reported: `{reported}`, `{in_scope}` (with its noun), `{missing}`.
    case coverageNone = "coverage_none"
    /// Narrative `{{figures.X.coverage}}` when every company reported: `{in_scope}` (with its noun).
    case coverageComplete = "coverage_complete"
    /// A goal's coverage sentence under the Markdown goal table: `{goal}`, `{coverage}`.
    case coverageNote = "coverage_note"
    /// An incomplete goal's coverage as the goal table shows it: `{coverage}`, `{missing_count}` (with its noun),
    /// `{reported}`, `{in_scope}` (with its noun). For a goal with a target, then for a goal that only reports.
    case goalCoverage = "goal_coverage"
    case goalCoverageReported = "goal_coverage_reported"
    /// The achievement sentence of a goal no company in scope reported, in place of the project's sentence (whose
    /// placeholders would read "not reported"); empty keeps the project's sentence. `{goal}`, `{missing_count}`,
    /// `{missing}`, `{in_scope}`.
    case achievementNotReported = "achievement_not_reported"
    /// Counter words that follow a number in running text (件, 社, 人), separated by `|`; empty where units precede
    /// or are words. A counter written after an incomplete figure's placeholder is placed after the figure's bound
    /// ("少なくとも2件（…）"), and dropped after a word that is no number ("未報告").
    case counters

    /// A goal's target in a reader's words, never as code: `{value}` (the threshold, with `%` when it has one, or a
    /// count with its counter, "0件") and `{as_written}` (as in pipeline.yaml, for terminal views only).
    case targetEqual = "target_equal"
    /// A target of exactly zero ("zero", 「0件」): `{value}`.
    case targetZero = "target_zero"
    /// The key figures' topics, each heading its own table, in the reference page's order.
    case topicPrivacyMark = "topic_privacy_mark"
    case topicManagementSystems = "topic_management_systems"
    case topicVerifications = "topic_verifications"
    case topicTraining = "topic_training"
    case topicIncidents = "topic_incidents"
    case topicControlForms = "topic_control_forms"
    case topicOther = "topic_other"
    /// Around a code written after a label: " (" and ")", 「（」 and 「）」.
    case bracketOpen = "bracket_open"
    case bracketClose = "bracket_close"
    case targetAtLeast = "target_at_least"
    case targetAtMost = "target_at_most"
    case targetGreater = "target_greater"
    case targetLess = "target_less"

    // Goal statuses.
    case statusMet = "status_met"
    case statusNotMet = "status_not_met"
    case statusInsufficientData = "status_insufficient_data"
    case statusReported = "status_reported"

    // The page. `{fy}`, `{prior_fy}` and `{next_fy}` are fiscal-year labels; `{year}` is the bare year.
    case fontFamily = "font_family"
    /// Extra CSS for the script (line breaking); empty for Latin scripts.
    case extraStyle = "extra_style"
    case pageTitle = "page_title"
    case pageMeta = "page_meta"
    /// The scope note when pipeline.yaml gives none.
    case scopeNoteDefault = "scope_note_default"
    case headingGovernance = "heading_governance"
    case headingStrategy = "heading_strategy"
    case headingMetrics = "heading_metrics"
    case headingMediumTerm = "heading_medium_term"
    case mediumTermPeriod = "medium_term_period"
    case headingGoals = "heading_goals"
    case noGoals = "no_goals"
    case captionGlance = "caption_glance"
    case columnGoal = "column_goal"
    case columnTarget = "column_target"
    case columnResult = "column_result"
    case columnPrior = "column_prior"
    case columnPriorYear = "column_prior_year"
    case columnStatus = "column_status"
    case headingProgress = "heading_progress"
    case headingFigures = "heading_figures"
    case captionFigures = "caption_figures"
    case columnFigure = "column_figure"
    case columnValue = "column_value"
    case headingCharts = "heading_charts"
    case captionChart = "caption_chart"
    case columnItem = "column_item"
    case headingNextGoals = "heading_next_goals"
    case noNextGoals = "no_next_goals"
    case headingInitiatives = "heading_initiatives"
    case headingStandards = "heading_standards"
    case captionStandards = "caption_standards"
    case columnStandard = "column_standard"
    case noStandards = "no_standards"
    case otherGoals = "other_goals"
    /// The link to the same page in another language: `{language}` is that language's own name.
    case otherEdition = "other_edition"
    /// This language's name in itself (日本語, English), for links from other editions.
    case languageName = "language_name"

    // Charts.
    case chartGoalsTitle = "chart_goals_title"
    case chartGoalsSummary = "chart_goals_summary"
    case chartGoalsValue = "chart_goals_value"
    /// `{goal}`.
    case chartTrendTitle = "chart_trend_title"
    /// `{first}`, `{last}`: fiscal-year labels.
    case chartTrendSummary = "chart_trend_summary"
    case chartTrendValue = "chart_trend_value"
    case chartTrainingTitle = "chart_training_title"
    case chartTrainingSummary = "chart_training_summary"
    case chartTrainingValue = "chart_training_value"
    /// A completion rate with its counts: `{value}`, `{numerator}`, `{denominator}`.
    case chartTrainingBar = "chart_training_bar"
    case populationOfficer = "population_officer"
    case populationEmployee = "population_employee"
    case populationDispatched = "population_dispatched"
    /// The summary line of a chart's collapsed data table.
    case chartShowData = "chart_show_data"
    /// A goal's bar: `{value}`, `{symbol}`, `{status}`.
    case chartBarStatus = "chart_bar_status"
    /// A bar short of its target: `{status_text}` (chart_bar_status), `{points}` short of `{target}`.
    case chartBarShort = "chart_bar_short"
    /// A bar at or past its target: `{status_text}`, `{target}`.
    case chartBarReached = "chart_bar_reached"
    /// The small-multiples block of trends: `{first}`, `{last}`.
    case chartTrendsTitle = "chart_trends_title"
    case chartTrendsSummary = "chart_trends_summary"
    /// Under a panel on a count axis: `{max}`.
    case chartCountAxis = "chart_count_axis"
    /// Under a panel on a percentage axis.
    case chartPercentAxis = "chart_percent_axis"

    // Contents, footer and restatements.
    case headingContents = "heading_contents"
    /// The footer's statement: `{organization}`, `{fy}`, `{from}`, `{to}`.
    case footerSource = "footer_source"
    /// The link to the page's data.json.
    case footerData = "footer_data"
    /// Beside a restated prior-year value: `{fy}` (the prior year), `{value}` (as that year's page published it).
    case restated
    /// Beside a key figure whose prior-year value changed: `{fy}` (the prior year), `{now}` (its value computed now),
    /// `{value}` (as that year's page published it).
    case restatedFigure = "restated_figure"
    /// A restatement with its reason: `{restated}`, `{reason}`.
    case restatedReason = "restated_reason"

    // Sign-off: the draft banner and the index of published pages (output/index.html, in the main language).
    case draftLead = "draft_lead"
    /// How the draft banner names a goal's row: `{goal}`.
    case draftGoalRow = "draft_goal_row"
    /// What sign-off calls the parts of the page's shell: its frame (what the page template writes around its
    /// partials), its head (title, style sheet), its header and its footer.
    case partPage = "part_page"
    case partHead = "part_head"
    case partHeader = "part_header"
    case partFooter = "part_footer"
    /// A count with its metric's unit, in words: `unit:one/other` entries separated by `|` (`incidents:incident/
    /// incidents`); a language without plurals gives one word (`incidents:件`). Used where a value stands alone
    /// beside another, as in a restatement.
    case unitNames = "unit_names"
    /// A count and its unit word: `{count}`, `{unit}`.
    case countWithUnit = "count_with_unit"
    case indexHeading = "index_heading"
    case indexIntro = "index_intro"
    case indexCaption = "index_caption"
    case indexColumnYear = "index_column_year"
    case indexColumnEdition = "index_column_edition"
    case indexColumnState = "index_column_state"
    case indexColumnPage = "index_column_page"
    case indexColumnMarkdown = "index_column_markdown"
    /// The index's column linking each edition's XHTML page with inline XBRL.
    case indexColumnInline = "index_column_inline"
    /// Labels of the taxonomy package's dimensions and groups (`disclose taxonomy export`).
    case taxonomyRegion = "taxonomy_region"
    case taxonomyRelationship = "taxonomy_relationship"
    case taxonomyMajor = "taxonomy_major"
    case taxonomyCompany = "taxonomy_company"
    /// A filter column's dimension: `{column}`.
    case taxonomyFilter = "taxonomy_filter"
    /// A `sql:` figure's concept: `{name}` (the figure's label).
    case taxonomyProjectFigure = "taxonomy_project_figure"
    /// The parts of a ratio figure's concept, beside the metric's or `sql:` figure's label: `{label}`.
    case taxonomyNumerator = "taxonomy_numerator"
    case taxonomyDenominator = "taxonomy_denominator"
    case taxonomyShare = "taxonomy_share"
    case indexColumnData = "index_column_data"
    case indexStateDraft = "index_state_draft"
    case indexStateFinal = "index_state_final"
    case indexEmpty = "index_empty"
    /// A language in the index: `{name}` (its own name), `{code}`.
    case indexLanguage = "index_language"

    // Terminal views (status, explain, diff, check) in the main language.
    /// `{title}`, `{organization}`, `{fy}`, `{from}`, `{to}`.
    case statusHeading = "status_heading"
    case statusNoGoals = "status_no_goals"
    /// `{count}` goals, then the count of each status.
    case statusSummary = "status_summary"
    /// The same for one goal.
    case statusSummaryOne = "status_summary_one"
    case statusCount = "status_count"
    case diffFigure = "diff_figure"
    case diffChange = "diff_change"
    case diffNote = "diff_note"
    case diffNoChange = "diff_no_change"
    case diffChanged = "diff_changed"
    case diffPoints = "diff_points"
    /// A change where either year's figure is incomplete: `{change}`.
    case diffIncomplete = "diff_incomplete"
    /// `{fy}`, `{value}`.
    case diffRestated = "diff_restated"
    /// `{fy}`.
    case diffNothingPublished = "diff_nothing_published"
    /// `{count}`, `{fy}`.
    case diffRestatedOne = "diff_restated_one"
    case diffRestatedOther = "diff_restated_other"
    case completenessHeading = "completeness_heading"
    case completenessNoFolder = "completeness_no_folder"
    case completenessCompany = "completeness_company"
    case completenessMissing = "completeness_missing"
    case completenessTotal = "completeness_total"
    /// A register file carried forward by `new-year` and not changed since: `{prior_fy}`.
    case completenessCarried = "completeness_carried"
    /// `{count}` registers (with the noun) carried forward unchanged from `{prior_fy}`, by company: `{companies}`.
    case completenessCarriedTotal = "completeness_carried_total"
    /// Files read in another encoding than UTF-8: `{encoding}`, `{files}` (with its noun).
    case completenessReadAs = "completeness_read_as"
    case filesOne = "files_one"
    case filesOther = "files_other"
    case explainGoal = "explain_goal"
    case explainFigure = "explain_figure"
    case explainMetric = "explain_metric"
    case explainMetricLine = "explain_metric_line"
    case explainSQLRule = "explain_sql_rule"
    case explainFilter = "explain_filter"
    case explainScope = "explain_scope"
    case explainResult = "explain_result"
    case explainVerdict = "explain_verdict"
    case explainCoverage = "explain_coverage"
    case explainNotReported = "explain_not_reported"
    case explainCompanies = "explain_companies"
    case explainCompany = "explain_company"
    case explainDidNotReport = "explain_did_not_report"
    /// One filter of `explain`: `{column}`, `{values}`.
    case explainFilterItem = "explain_filter_item"
    case explainSQL = "explain_sql"
    /// The datasets a `sql:` metric reads: `{datasets}`.
    case explainDatasets = "explain_datasets"
    /// A company scope: `{major}`, `{region}`, `{relationship}`, `{companies}` (each possibly empty); runs of spaces close up.
    case scopePattern = "scope_pattern"
    case scopeDomestic = "scope_domestic"
    case scopeOverseas = "scope_overseas"
    case scopeMajor = "scope_major"
    case scopeNonMajor = "scope_non_major"
    case scopeParent = "scope_parent"
    case scopeSubsidiaries = "scope_subsidiaries"
    case scopeSubSubsidiaries = "scope_sub_subsidiaries"
    case scopeGroupCompanies = "scope_group_companies"
    case scopeOr = "scope_or"
    case scopeAnd = "scope_and"
    /// `{codes}`.
    case scopeCompanies = "scope_companies"

    // Sign-off table of `disclose status`.
    case signOffColumnPart = "sign_off_column_part"
    case signOffColumnEdition = "sign_off_column_edition"
    case signOffColumnState = "sign_off_column_state"
    case signOffColumnApprovedBy = "sign_off_column_approved_by"
    case signOffApproved = "sign_off_approved"
    case signOffChanged = "sign_off_changed"
    case signOffNotApproved = "sign_off_not_approved"
    /// `{fy}`, `{pending}`, `{total}`.
    case signOffDraft = "sign_off_draft"
    case signOffFinal = "sign_off_final"

    // The evidence pack's index.html (headings, captions, column and fact labels).
    /// `{title}`, `{organization}`, `{fy}`.
    case evidenceTitle = "evidence_title"
    case evidenceHeading = "evidence_heading"
    case evidenceFigures = "evidence_figures"
    case evidenceFiguresCaption = "evidence_figures_caption"
    case evidenceColumnFigure = "evidence_column_figure"
    case evidenceColumnKind = "evidence_column_kind"
    case evidenceColumnElement = "evidence_column_element"
    case evidenceColumnPublished = "evidence_column_published"
    case evidenceHowCaption = "evidence_how_caption"
    case evidenceFactId = "evidence_fact_id"
    case evidenceFactRule = "evidence_fact_rule"
    case evidenceFactMetric = "evidence_fact_metric"
    case evidenceFactSQL = "evidence_fact_sql"
    case evidenceFactParameters = "evidence_fact_parameters"
    case evidenceFactCoverage = "evidence_fact_coverage"
    case evidenceFactPrior = "evidence_fact_prior"
    case evidenceFactRows = "evidence_fact_rows"
    case evidenceFactRatio = "evidence_fact_ratio"
    case evidenceFactStatement = "evidence_fact_statement"
    case evidenceCompaniesCaption = "evidence_companies_caption"
    case evidenceColumnCompany = "evidence_column_company"
    case evidenceColumnContribution = "evidence_column_contribution"
    case evidenceColumnFiles = "evidence_column_files"
    case evidenceManifest = "evidence_manifest"
    case evidenceRoleConfiguration = "evidence_role_configuration"
    case evidenceRoleContent = "evidence_role_content"
    case evidenceRoleInputs = "evidence_role_inputs"
    case evidenceRoleOutputs = "evidence_role_outputs"
    /// Under the heading: `{from}`, `{to}` (the period).
    case evidenceIntro = "evidence_intro"
    /// What kind of figure a row is.
    case evidenceKindGoal = "evidence_kind_goal"
    case evidenceKindKeyFigure = "evidence_kind_key_figure"
    case evidenceKindChartValue = "evidence_kind_chart_value"
    case evidenceKindZeroStatement = "evidence_kind_zero_statement"
    case evidenceNoParameters = "evidence_no_parameters"
    /// `{reported}`, `{in_scope}` (with its noun); then with `{coverage}` and `{missing}` (codes) when some did not report.
    case evidenceCoverageText = "evidence_coverage_text"
    case evidenceCoverageMissing = "evidence_coverage_missing"
    /// `{fy}`, `{value}`.
    case evidencePriorText = "evidence_prior_text"
    case evidenceNoPrior = "evidence_no_prior"
    case evidenceRowsMatching = "evidence_rows_matching"
    case evidenceRowsRead = "evidence_rows_read"
    case evidenceStatementShown = "evidence_statement_shown"
    case evidenceStatementHidden = "evidence_statement_hidden"
    /// `{number}`: a link to an earlier figure with the same query and companies.
    case evidenceSameAs = "evidence_same_as"
    /// `{rows}`, `{used}`, `{lines}`.
    case evidenceFileRows = "evidence_file_rows"
    case evidenceNoLinesUsed = "evidence_no_lines_used"
    /// `{datasets}`.
    case evidenceDidNotSend = "evidence_did_not_send"
    case evidenceNoFile = "evidence_no_file"
    /// `{version}`.
    case evidenceManifestIntro = "evidence_manifest_intro"
    /// A chart value's label: `{chart}`, `{bar}`.
    case evidenceChartValueLabel = "evidence_chart_value_label"
    /// A zero statement's label: `{figure}`, `{place}` (path:line).
    case evidenceZeroStatementLabel = "evidence_zero_statement_label"
    /// What a zero statement the page leaves out publishes.
    case evidenceNotStated = "evidence_not_stated"
}
