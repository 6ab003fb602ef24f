/// Reads PubMed/MEDLINE XML (`PubmedArticleSet` of `PubmedArticle`, as in the NLM baseline
/// and update files and efetch answers), streaming with libxml2's SAX2 push parser (`XMLPushParser`):
/// one article in memory at a time.
///
/// Per article: `PMID` (record key and id "pmid"), `ArticleTitle` (inline `<i>`, `<sup>` …
/// text kept; `VernacularTitle` when empty), `Journal/Title` (venue), `JournalIssue`
/// `Volume`, `Issue`, `PubDate/Year` or the year of `MedlineDate` (else `ArticleDate`),
/// `Pagination/MedlinePgn` (else `StartPage-EndPage`), the DOI from `ELocationID
/// EIdType="doi"` or `PubmedData/ArticleIdList`, `ArticleId IdType="pmc"` → "pmcid";
/// `Article/AuthorList/Author` in order (see `PubMedAuthorParser`), and
/// `PubmedData/ReferenceList/Reference` (`Citation` as raw text, `ArticleId` pubmed → "pmid",
/// doi → "doi", pmc → "pmcid").
///
/// `DeleteCitation` blocks of update files are not records and are passed over. An article
/// with neither PMID nor title is skipped with its start line. Malformed XML cannot be
/// resynchronised by a streaming parser: it ends the ingest with the file and line (one file
/// is one transaction, so nothing of it is stored). PMC full-text JATS (`.nxml`,
/// `<article>`) is a different format and is not recognised.
enum PubMedXMLReader: RecordReader {
  static func recognizes(prefix: String) -> Bool {
    prefix.contains("<PubmedArticleSet") || prefix.contains("<!DOCTYPE PubmedArticleSet")
      || prefix.contains("<PubmedArticle>")
  }

  static func read(_ input: RecordInput, into sink: RecordSink) throws(GraphError) {
    try XMLPushParser(source: input.bytes, handler: PubMedArticleHandler(sink: sink)).parse()
  }
}
