import ArgumentParser
import DiscloseKit

/// `disclose schema`: the JSON Schema of pipeline.yaml, or the data contract's datasets as JSON.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of pipeline.yaml (for editor completion and validation).",
        discussion: """
            Example: disclose schema > pipeline.schema.json.
            With the YAML language server, add this first line to pipeline.yaml:
              # yaml-language-server: $schema=./pipeline.schema.json

            With --datasets: every dataset's file and columns in file order, as JSON (what \
            scripts that write data files read, e.g. scripts/make-sample.py).
            """)

    @Flag(name: .long, help: "Print the datasets of the data contract (files, columns, types) instead.")
    var datasets = false

    func run() throws {
        Terminal.output((datasets ? DatasetCatalog.json : PipelineSchema.document).serialized())
    }
}
