import Graph
import GraphTestSupport
import Metrics
import Testing

/// ARI and NMI against values scikit-learn documents (and that follow by hand).
@Suite struct PartitionComparisonTests {
  @Test func adjustedRandIndexMatchesScikitLearnExamples() throws {
    // sklearn.metrics.adjusted_rand_score docstring examples
    expectClose(try PartitionComparison.adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 1]), 1)
    expectClose(try PartitionComparison.adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0]), 1)
    // 4/7: pairs (tp, fp, fn, tn) = (1, 0, 1, 4) → 2(4 − 0) / ((2)(5) + (1)(4)) = 8/14
    expectClose(try PartitionComparison.adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1]), 4.0 / 7)
    expectClose(try PartitionComparison.adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]), 4.0 / 7)
    expectClose(try PartitionComparison.adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3]), 0)
    expectClose(try PartitionComparison.adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]), -0.5)
  }

  @Test func normalizedMutualInformationMatchesHandComputedValues() throws {
    // V refines U: I = H(U) = ln 2, H(V) = 1.5 ln 2 → 2 ln 2 / 2.5 ln 2 = 0.8
    expectClose(try PartitionComparison.normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2]), 0.8)
    expectClose(try PartitionComparison.normalizedMutualInformation([0, 0, 1, 1], [1, 1, 0, 0]), 1)
    // Independent labelings share no information
    expectClose(try PartitionComparison.normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1]), 0)
    // sklearn's conventions: one group each → 1; one group against several → 0
    expectClose(try PartitionComparison.normalizedMutualInformation([3, 3, 3], [0, 0, 0]), 1)
    expectClose(try PartitionComparison.normalizedMutualInformation([0, 0, 0, 0], [0, 1, 2, 3]), 0)
  }

  @Test func differentLengthsAreRejected() {
    let error = graphError { () throws(GraphError) in
      try PartitionComparison.adjustedRandIndex([0, 1], [0])
    }
    #expect(isInvalidParameter(error, named: "labels"))
  }

  @Test func randomLabelingsStayInRange() throws {
    var rng = SplitMix64(seed: 5)
    for _ in 0..<50 {
      let n = Int.random(in: 2...60, using: &rng)
      let a = (0..<n).map { _ in Int.random(in: 0..<4, using: &rng) }
      let b = (0..<n).map { _ in Int.random(in: 0..<6, using: &rng) }
      let ari = try PartitionComparison.adjustedRandIndex(a, b)
      let nmi = try PartitionComparison.normalizedMutualInformation(a, b)
      #expect(ari >= -1 && ari <= 1)
      #expect(nmi >= 0 && nmi <= 1)
      // Symmetric, and 1 against itself
      expectClose(try PartitionComparison.adjustedRandIndex(b, a), ari, tolerance: 1e-12)
      expectClose(try PartitionComparison.normalizedMutualInformation(b, a), nmi, tolerance: 1e-12)
      expectClose(try PartitionComparison.adjustedRandIndex(a, a), 1)
    }
  }
}
