// Views and materialized views: compared by their canonical query, output columns and options;
// the triggers of a view both sides have, as a table's.
#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {
std::string options_text(const View& v) {
  std::string out;
  for (const auto& [k, val] : v.options) out += (out.empty() ? "" : ", ") + k + "=" + val;
  if (!v.access_method.empty()) out += (out.empty() ? "" : ", ") + std::string("using ") + v.access_method;
  return out;
}

std::string columns_text(const View& v) {
  std::string out;
  for (const auto& c : v.columns) out += (out.empty() ? "" : ", ") + quote_ident(c);
  return out;
}

std::string view_text(const View& v) {
  return std::string(v.materialized ? "MATERIALIZED VIEW " : "VIEW ") + qualified(v.schema, v.name) + " AS " + v.sql.value;
}

Change change_of(const View* from, const View* to, ChangeKind ck, std::vector<AttrChange> details) {
  const View& v = to ? *to : *from;
  std::string id = qualified(v.schema, v.name);
  Change c{ObjectKind::View, ck, id, id, std::move(details), {}, {}, {}, {}};
  if (from) c.actual_at = from->origin.span, c.from = ObjectRef(*from);
  if (to) c.desired_at = to->origin.span, c.to = ObjectRef(*to);
  return c;
}

std::string defaults_text(const View& v) {
  std::string out;
  for (const auto& [col, e] : v.column_defaults) out += (out.empty() ? "" : ", ") + quote_ident(col) + " DEFAULT " + e.sql.value;
  return out;
}

std::vector<AttrChange> view_details(const View& a, const View& d) {
  std::vector<AttrChange> out;
  attr(out, "kind", a.materialized ? "materialized view" : "view", d.materialized ? "materialized view" : "view");
  attr(out, "columns", columns_text(a), columns_text(d));
  if (a.definition != d.definition) out.push_back(AttrChange{"definition", d.sql.value, a.sql.value});
  attr(out, "options", options_text(a), options_text(d));
  attr(out, "comment", a.comment, d.comment);
  for (const auto& [col, text] : d.column_comments) {
    auto it = a.column_comments.find(col);
    attr(out, ("comment on " + col).c_str(), it == a.column_comments.end() ? "" : it->second, text);
  }
  for (const auto& [col, text] : a.column_comments)
    if (!d.column_comments.count(col)) attr(out, ("comment on " + col).c_str(), text, "");
  if (a.column_defaults != d.column_defaults) attr(out, "column defaults", defaults_text(a), defaults_text(d));
  return out;
}
}  // namespace

void diff_views(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  merge_walk<Key, View>(
      ac.views, dc.views,
      [&](const View& v) { out.push_back(change_of(nullptr, &v, ChangeKind::Missing, {{"definition", view_text(v), ""}})); },
      [&](const View& v) { out.push_back(change_of(&v, nullptr, ChangeKind::Extra, {{"definition", "", view_text(v)}})); },
      [&](const View& a, const View& d) {
        auto det = view_details(a, d);
        if (!det.empty()) out.push_back(change_of(&a, &d, ChangeKind::Changed, det));
        diff_triggers(a, d, out);
        diff_rules(a, d, out);
      });
}

}  // namespace pgdrift::diff_detail
