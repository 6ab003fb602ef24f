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
}
