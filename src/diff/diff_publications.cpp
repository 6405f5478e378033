// Publications: what they publish, their tables (column lists, row filters) and schemas.
#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {
std::string tables_text(const Publication& p) {
  if (p.all_tables) return "ALL TABLES";
  std::string out;
  for (const auto& [k, t] : p.tables) out += (out.empty() ? "" : ", ") + publication_table_sql(k, t);
  for (const auto& s : p.schemas) out += (out.empty() ? "" : ", ") + std::string("TABLES IN SCHEMA ") + quote_ident(s);
  return out;
}

Change change_of(const Publication* from, const Publication* to, ChangeKind ck, std::vector<AttrChange> details) {
  return object_change(from, to, quote_ident((to ? *to : *from).name), ck, std::move(details));
}
}  // namespace

void diff_publications(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  merge_walk<std::string, Publication>(
      ac.publications, dc.publications,
      [&](const Publication& p) { out.push_back(change_of(nullptr, &p, ChangeKind::Missing, {{"tables", tables_text(p), ""}})); },
      [&](const Publication& p) { out.push_back(change_of(&p, nullptr, ChangeKind::Extra, {{"tables", "", tables_text(p)}})); },
      [&](const Publication& a, const Publication& d) {
        std::vector<AttrChange> det;
        attr(det, "tables", tables_text(a), tables_text(d));
        attr(det, "publish", a.publish, d.publish);
        attr(det, "publish_via_partition_root", yes_no(a.via_root), yes_no(d.via_root));
        attr(det, "comment", a.comment, d.comment);
        if (!det.empty()) out.push_back(change_of(&a, &d, ChangeKind::Changed, det));
      });
}

}  // namespace pgdrift::diff_detail
