import Foundation

@testable import Graph

/// A hand-made corpus where every resolution path is used (issue 7).
///
/// OpenAlex file: W1 (doi 10.1/a, pmid 111, 2001, Ann Smith + Bob Jones) cites W2 and W99
/// (absent); W2 (doi 10.1/b, 2002, Carl Brown); W3 (2003, Dana White) cites W1.
/// Crossref file: C1 (doi 10.1/c, 2005, Eve Green) cites 10.1/a (DOI → W1), an unstructured
/// string naming W3 (key), a structured entry naming W2 (key), 10.1/d (absent until the
/// late file) and an unknown work (stays unresolved).
/// PubMed file: P1 (pmid 222, 2006, Fay Black) cites pmid 111 (PMID → W1).
/// Late Crossref file: D1 (doi 10.1/d, 2004, Gus Gray), cites nothing.
enum CitationCorpus {
  static let openAlex = """
    {"id": "https://openalex.org/W1", "doi": "https://doi.org/10.1/A", "title": "Alpha paper on graphs", "publication_year": 2001, "ids": {"openalex": "https://openalex.org/W1", "pmid": "https://pubmed.ncbi.nlm.nih.gov/111"}, "authorships": [{"author": {"id": "https://openalex.org/A1", "display_name": "Ann Smith"}}, {"author": {"id": "https://openalex.org/A2", "display_name": "Bob Jones"}}], "referenced_works": ["https://openalex.org/W2", "https://openalex.org/W99"]}
    {"id": "https://openalex.org/W2", "doi": "https://doi.org/10.1/b", "title": "Beta study of citations in networks", "publication_year": 2002, "authorships": [{"author": {"id": "https://openalex.org/A3", "display_name": "Carl Brown"}}], "referenced_works": []}
    {"id": "https://openalex.org/W3", "title": "Gamma methods for counting things", "publication_year": 2003, "authorships": [{"author": {"id": "https://openalex.org/A4", "display_name": "Dana White"}}], "referenced_works": ["https://openalex.org/W1"]}

    """

  static let crossref = """
    {"reference-count": 0, "DOI": "10.1/c", "title": ["Citing everything"], "issued": {"date-parts": [[2005]]}, "author": [{"given": "Eve", "family": "Green", "sequence": "first"}], "reference": [{"key": "r1", "DOI": "10.1/A"}, {"key": "r2", "unstructured": "White D, 2003. Gamma methods for counting things. J Count 4:5-6"}, {"key": "r3", "author": "Brown", "year": "2002", "article-title": "Beta study of citations in networks: a survey"}, {"key": "r4", "DOI": "10.1/d"}, {"key": "r5", "unstructured": "Nobody X, 1999. An unknown work. J Nowhere 1:1"}]}

    """

  static let lateCrossref = """
    {"reference-count": 0, "DOI": "10.1/d", "title": ["Delta arrives late"], "issued": {"date-parts": [[2004]]}, "author": [{"given": "Gus", "family": "Gray", "sequence": "first"}]}

    """

  static let pubmed = """
    <?xml version="1.0" ?>
    <PubmedArticleSet>
    <PubmedArticle>
      <MedlineCitation Status="MEDLINE" Owner="NLM">
        <PMID Version="1">222</PMID>
        <Article PubModel="Print">
          <Journal>
            <JournalIssue CitedMedium="Print"><PubDate><Year>2006</Year></PubDate></JournalIssue>
            <Title>Journal of Things</Title>
          </Journal>
          <ArticleTitle>Pubmed paper citing alpha.</ArticleTitle>
          <AuthorList CompleteYN="Y">
            <Author ValidYN="Y"><LastName>Black</LastName><ForeName>Fay</ForeName></Author>
          </AuthorList>
        </Article>
      </MedlineCitation>
      <PubmedData>
        <ReferenceList>
          <Reference><Citation>Smith A. Alpha paper. 2001.</Citation>
            <ArticleIdList><ArticleId IdType="pubmed">111</ArticleId></ArticleIdList></Reference>
        </ReferenceList>
      </PubmedData>
    </PubmedArticle>
    </PubmedArticleSet>

    """

  /// A store with the OpenAlex, Crossref and PubMed files (not the late one).
  static func store() throws -> GraphStore {
    let store = try GraphStore()
    _ = try store.ingest(data: Data(openAlex.utf8), name: "works.jsonl")
    _ = try store.ingest(data: Data(crossref.utf8), name: "crossref.jsonl")
    _ = try store.ingest(data: Data(pubmed.utf8), name: "pubmed.xml")
    return store
  }

  /// The id of the node titled `title` in a network of works.
  static func id(_ title: String, in network: Network) -> Int64? {
    network.nodes.first { $0.name == title }?.id
  }
}
