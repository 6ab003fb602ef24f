import Testing

@testable import Graph

/// `DisplayName.isSingleCase` decides ASCII names on bytes; the Character path is the
/// definition.
@Suite struct DisplayNameTests {
  @Test(arguments: [
    "", "123", "A", "a", "Ab", "O'NEIL", "o'neil", "van der Berg", "J. SMITH", "j. smith",
    "- 1 -", "MÜLLER", "müller", "Müller", "ÉTIENNE dupont", "李 王", "mcDonald", "X Æ A-12",
  ])
  func singleCaseBytePathEqualsTheCharacterPath(name: String) {
    #expect(DisplayName.isSingleCase(name) == DisplayName.isSingleCaseUnicode(name))
  }

  @Test(arguments: [
    "", "123", "A", "a", "Ab", "O'NEIL", "van der Berg", "J. SMITH", "- 1 -", "Smith, J.",
    "Zhang Wei", "A.B. de la Cruz-Ortiz", "[group] 42", "`~^_{|}", "@AZaz[`{",
  ])
  func asciiRankEqualsTheUnicodeRank(name: String) {
    #expect(DisplayName.rank(name) == DisplayName.rankUnicode(name))
  }

  @Test func bestIgnoresRepeatsAndOrder() {
    let variants = ["SMITH J", "John Smith", "J. Smith", "John Smith", "JOHN SMITH", "Jöhn Smith"]
    let best = DisplayName.best(of: variants)
    #expect(best == "Jöhn Smith")
    #expect(DisplayName.best(of: variants.reversed()) == best)
    #expect(DisplayName.best(of: ["SMITH J", "SMITH J"]) == "Smith J")
    #expect(DisplayName.best(of: [String]()) == nil)
    #expect(DisplayName.best(of: ["Ann Lee", "Ann Lea"]) == "Ann Lea")
  }
}
