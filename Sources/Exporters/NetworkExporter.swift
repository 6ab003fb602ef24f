import Graph

/// The single entry point the CLI uses: renders a network in one of the `ExportFormat`s.
public enum NetworkExporter {
  /// Renders `network` with its `annotations` in `format`.
  ///
  /// The result is deterministic (same input, byte-identical output), uses `\n` line endings
  /// and ends with a newline. See `DOTWriter` and `GraphMLWriter` for the format details.
  public static func render(
    _ network: Network, annotations: NetworkAnnotations = .none, format: ExportFormat,
    options: ExportOptions = .init()
  ) -> String {
    switch format {
    case .dot: DOTWriter.render(network, annotations: annotations, options: options)
    case .graphml: GraphMLWriter.render(network, annotations: annotations)
    }
  }
}
