import ArgumentParser
import DiscloseKit

/// `disclose schema`: the JSON Schema of pipeline.yaml.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of pipeline.yaml (for editor completion and validation).",
        discussion: """
            Example: disclose schema > pipeline.schema.json
            With the YAML language server, add this first line to pipeline.yaml:
              # yaml-language-server: $schema=./pipeline.schema.json
            """)

    func run() throws {
        Terminal.output(PipelineSchema.document.serialized())
    }
}
