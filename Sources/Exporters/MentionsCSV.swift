import Graph

/// The author-mentions table: `record_key,position,raw_name,identity_id,identity_name`, one
/// row per mention, RFC 4180 quoting, `\n` line ends; used to audit or score identities.
public enum MentionsCSV {
  /// Header and rows, in the order given.
  public static func render(_ rows: [MentionRow]) -> String {
    var out = "record_key,position,raw_name,identity_id,identity_name\n"
    for row in rows {
      out += [
        CSVText.field(row.recordKey), String(row.position), CSVText.field(row.rawName),
        String(row.identityID), CSVText.field(row.identityName),
      ].joined(separator: ",")
      out += "\n"
    }
    return out
  }
}
