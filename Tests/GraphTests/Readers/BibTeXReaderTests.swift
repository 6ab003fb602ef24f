import Foundation
import Testing

@testable import Graph

/// BibTeX: shared files, TeX accents, name forms, macros, crossref, broken entries.
@Suite struct BibTeXReaderTests {
  static let xampl = "data/bibtex-real/pybtex_xampl.bib.gz"
  static let biblatex = "data/bibtex-real/texlive-biblatex-examples.bib.gz"
  static let crossref = "data/crossref-json/crossref_content_negotiation.bib"

  @Test(.enabled(if: ReaderTestSupport.has(xampl))) func pybtexXamplIngests() throws {
    let s = try ReaderTestSupport.ingestShared(Self.xampl)
    #expect(s.format == "bibtex")
    // zcat pybtex_xampl.bib.gz | grep -ciE '^@'  → 40, minus
    // zcat pybtex_xampl.bib.gz | grep -ciE '^@(preamble|string|comment|set|xdata)' → 4
    #expect(s.recordsRead == 36)
    // zcat pybtex_xampl.bib.gz | grep -iE '^\s*author\s*=' | awk -F' and ' '{n+=NF} END{print n}' → 35,
    // plus Knuth inherited through crossref by inbook-crossref and book-crossref (whole-set) → 37
    #expect(s.mentions == 37)
    #expect(s.references == 0)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(biblatex))) func biblatexExamplesIngest() throws {
    let s = try ReaderTestSupport.ingestShared(Self.biblatex)
    #expect(s.format == "bibtex")
    // zcat … | grep -ciE '^@' → 100, minus grep -ciE '^@(preamble|string|comment|set|xdata)' → 10
    #expect(s.recordsRead == 90)
    // python: author = {...} values (balanced braces) split on \s+and\s+, 'others' excluded → 142;
    // no crossref parent there has authors to inherit
    #expect(s.mentions == 142)
    #expect(s.references == 0)
    #expect(s.skipped.isEmpty)
  }

  @Test(.enabled(if: ReaderTestSupport.has(crossref))) func crossrefContentNegotiationBib() throws {
    let s = try ReaderTestSupport.ingestShared(Self.crossref)
    // grep -c '^@' → 1; author={Frank, Henry S.} → 1
    #expect(s.recordsRead == 1)
    #expect(s.mentions == 1)
    #expect(s.skipped.isEmpty)
    #expect(try ReaderTestSupport.detected(Self.crossref) == .bibtex)
  }

  @Test func texAccentsBecomeUnicode() {
    #expect(TeX.plain(#"{\"u}ber \'{e}t\'e \c{c}a {\ss} {\o} \aa{} na\"{\i}ve"#) == "über été ça ß ø å naïve")
    #expect(TeX.plain(#"Aks{\i}n, {\"O}zge"#) == "Aksın, Özge")
    #expect(TeX.plain(#"\v{S}koda \H{o} \k{a} \u{g} \r{u} \~n \^o \=a \.z"#) == "Škoda ő ą ğ ů ñ ô ā ż")
    #expect(TeX.plain(#"{Pd-N}--heterocyclic \emph{carbenes} 10~\% $x$"#) == "Pd-N–heterocyclic carbenes 10 % x")
  }

  @Test func nameFormsSplitIntoGivenAndFamily() {
    let (authors, hidden) = BibTeXNames.parse(
      #"Ludwig van Beethoven and van Gennep, Arnold and Thames, Jr, Howard and {World Health Organization} and Donald E. Knuth and others"#,
      line: 3)
    #expect(hidden == 1)
    #expect(authors.count == 5)
    #expect(authors[0].given == "Ludwig" && authors[0].family == "van Beethoven")
    #expect(authors[1].given == "Arnold" && authors[1].family == "van Gennep")
    #expect(authors[2].given == "Howard" && authors[2].family == "Thames")
    #expect(authors[3].isGroup && authors[3].raw == "World Health Organization")
    #expect(authors[4].given == "Donald E." && authors[4].family == "Knuth")
  }

  @Test func stringMacrosConcatenationAndForwardCrossref() throws {
    let text = """
      @string{jams = {J.~Amer. Math. Soc.}}
      @string{ed = "Second" # " Edition"}
      @inproceedings{child, author = {M{\\"u}ller, Hans}, title = {A Paper}, crossref = {PARENT}, pages = {1--10}}
      @proceedings{parent, title = {Proceedings of Things}, year = 1999, journal = jams # { } # ed, publisher = {X}}
      @article{plain, author = "A. Author and others", title = "T", year = "2001", doi = {https://doi.org/10.1000/ABC}}
      """
    let (records, skipped) = try ReaderTestSupport.read(BibTeXReader.self, text)
    #expect(skipped.isEmpty)
    #expect(records.count == 3)
    let child = try #require(records.first { $0.recordKey == "child" })
    #expect(child.year == 1999)
    #expect(child.venue == "J. Amer. Math. Soc. Second Edition")
    #expect(child.title == "A Paper")
    #expect(child.pages == "1-10")
    #expect(child.authors.first?.family == "Müller")
    let plain = try #require(records.first { $0.recordKey == "plain" })
    #expect(plain.doi == "10.1000/abc")
    #expect(plain.hiddenAuthorCount == 1)
    #expect(plain.authors.count == 1)
  }

  @Test func unterminatedBraceSkipsThatEntryAndResumesAtTheNextAt() throws {
    let text = """
      @article{good1, title = {One}, author = {A. One}}

      @article{broken, title = {Two, author = {B. Two}
      more text

      @article{good2, title = {Three}, author = {C. Three}}
      """
    let (records, skipped) = try ReaderTestSupport.read(BibTeXReader.self, text)
    #expect(records.map(\.recordKey) == ["good1", "good2"])
    #expect(skipped.count == 1)
    #expect(skipped.first?.line == 3)
    #expect(skipped.first?.reason.contains("unterminated") == true)
  }

  @Test func unterminatedBraceIsFatalUnderStrictAndNothingIsWritten() throws {
    let text = "@article{a, title = {One}}\n@article{b, title = {Two}\n"
    let store = try GraphStore()
    #expect(throws: GraphError.self) {
      _ = try store.ingest(data: Data(text.utf8), name: "b.bib", options: IngestOptions(strict: true))
    }
    #expect(try store.counts().works == 0)
    let summary = try store.ingest(data: Data(text.utf8), name: "b.bib")
    #expect(summary.recordsRead == 1)
    #expect(summary.skipped == ["b.bib:2: unterminated @article entry (unbalanced brace)"])
    #expect(try store.integrityCheck() == "ok")
  }

  @Test func recognizesBibTeXButNotJSON() {
    #expect(BibTeXReader.recognizes(prefix: "% comment\n\n@Article{key,\n title={x}}"))
    #expect(!BibTeXReader.recognizes(prefix: "{\"title\": \"@article{x\"}"))
    #expect(!BibTeXReader.recognizes(prefix: "TY  - JOUR\n"))
  }
}
