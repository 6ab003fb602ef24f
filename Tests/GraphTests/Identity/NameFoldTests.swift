import Foundation
import GraphTestSupport
import Testing

@testable import Graph

/// `NameKey.fold` takes shortcuts (bytes for ASCII, a per-scalar table for Latin letters);
/// the whole-string Unicode fold is the definition they must give.
@Suite struct NameFoldTests {
  /// Latin scalars of the table, as `NameKey` lists them.
  private static let latin: [Unicode.Scalar] = [0x80...0x24F, 0x1E00...0x1EFF].flatMap {
    $0.compactMap(Unicode.Scalar.init)
  }

  /// Every Latin scalar alone and beside others, then seeded random strings mixing them (the
  /// letters Unicode does not decompose, ø ß ł, among them) with ASCII letters, digits and
  /// punctuation: the table's fold equals the Unicode fold of the whole string.
  @Test func latinTableAgreesWithTheUnicodeFold() {
    var samples = Self.latin.flatMap { scalar in
      let letter = String(Character(scalar))
      return [letter, "a\(letter)b", "\(letter)\(letter)", "-\(letter)1"]
    }
    let ascii = Array("AbZz09.-'(,)_~".unicodeScalars)
    var random = SplitMix64(seed: 8)
    for _ in 0..<4_000 {
      var sample = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 1...6, using: &random) {
        let pool = Bool.random(using: &random) ? ascii : Self.latin
        sample.append(pool.randomElement(using: &random)!)
      }
      samples.append(String(sample))
    }
    var mismatches: [String] = []
    for sample in samples where NameKey.fold(sample) != NameKey.foldUnicode(sample) {
      mismatches.append(sample)
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    // The cases the table exists for, written out.
    #expect(NameKey.fold("Åsa Øvergård-Müller") == "asa overgard muller")
    #expect(NameKey.fold("Nguyễn Thị Đặng") == "nguyen thi dang")
    #expect(NameKey.fold("Straße Ŀlorenç ½") == "strasse l lorenc 1 2")
  }

  /// A combining mark or a script outside the table takes the Unicode path and still folds.
  @Test func textOutsideTheTableFoldsThroughUnicode() {
    #expect(NameKey.fold("e\u{0301}tienne") == "etienne")
    #expect(NameKey.fold("Ångström Иванов") == "angstrom иванов")
    #expect(NameKey.fold("ﬁsher") == "fisher")
  }

  /// Affiliation words, title words and the words of a fold are read from bytes when the
  /// fold is ASCII; the character-by-character definitions must give the same, on real
  /// affiliations and titles and on the awkward cases (numbers, stop words, short words,
  /// non-ASCII words of two or three characters).
  @Test func byteWordsAgreeWithSplittingCharacters() throws {
    func affiliationWords(_ text: String) -> Set<String> {
      var out = Set<String>()
      for word in NameKey.fold(text).split(separator: " ") where word.count > 2 {
        let text = String(word)
        if Corroboration.stopWords.contains(text) || text.allSatisfy(\.isNumber) { continue }
        out.insert(text)
      }
      return out
    }
    var samples = [
      "", "  ", "Dept. of Physics, 123 Main St., Boston MA 02115, USA", "a b cd efg 12 123 1a2",
      "Université de Montréal", "Zürich 8092", "東京大学 Tokyo", "ÅÅ ÅÅÅ", "the of and University",
      "One Two Three Four Five Six Seven Eight", "Dž ǆ Ŀl",
    ]
    if let url = RepositoryPaths.shared("data/pubmed-medline-xml/pubmed20n0014.first5000.xml.gz") {
      let lines = LineReader(try ByteSource(path: url.path))
      while let line = try lines.next(), samples.count < 4000 {
        for tag in ["Affiliation", "ArticleTitle"] {
          guard let open = line.range(of: "<\(tag)>"), let close = line.range(of: "</\(tag)>")
          else { continue }
          samples.append(String(line[open.upperBound..<close.lowerBound]))
        }
      }
      #expect(samples.count > 1000)
    }
    for sample in samples {
      let folded = NameKey.fold(sample)
      #expect(Corroboration.words(of: sample) == affiliationWords(sample), "\(sample)")
      #expect(NameKey.words(of: folded) == folded.split(separator: " "), "\(sample)")
      #expect(
        CitationMatchKey.titleWords(titleKey: folded)
          == folded.split(separator: " ").prefix(CitationMatchKey.titleWordCount)
          .joined(separator: " "), "\(sample)")
    }
  }
}
