// Foreign-data wrappers: compared by handler, validator and options. Foreign servers: compared by wrapper, type, version and options; user mappings by their options.
#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {
Change change_of(const ForeignServer* from, const ForeignServer* to, ChangeKind ck, std::vector<AttrChange> details) {
  return object_change(from, to, quote_ident((to ? *to : *from).name), ck, std::move(details));
}
}  // namespace

void diff_servers(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  merge_walk<std::string, ForeignServer>(
      ac.servers, dc.servers,
      [&](const ForeignServer& s) { out.push_back(change_of(nullptr, &s, ChangeKind::Missing, {{"definition", s.definition(), ""}})); },
      [&](const ForeignServer& s) { out.push_back(change_of(&s, nullptr, ChangeKind::Extra, {{"definition", "", s.definition()}})); },
      [&](const ForeignServer& a, const ForeignServer& d) {
        std::vector<AttrChange> det;
        attr(det, "wrapper", a.fdw, d.fdw);
        attr(det, "type", a.type, d.type);
        attr(det, "version", a.version, d.version);
        attr(det, "options", sorted_options_sql(a.options), sorted_options_sql(d.options));
        attr(det, "comment", a.comment, d.comment);
        if (!det.empty()) out.push_back(change_of(&a, &d, ChangeKind::Changed, det));
      });
}

void diff_wrappers(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  merge_walk<std::string, ForeignDataWrapper>(
      ac.wrappers, dc.wrappers,
      [&](const ForeignDataWrapper& w) { out.push_back(object_change<ForeignDataWrapper>(nullptr, &w, quote_ident(w.name), ChangeKind::Missing, {{"definition", w.definition(), ""}})); },
      [&](const ForeignDataWrapper& w) { out.push_back(object_change<ForeignDataWrapper>(&w, nullptr, quote_ident(w.name), ChangeKind::Extra, {{"definition", "", w.definition()}})); },
      [&](const ForeignDataWrapper& a, const ForeignDataWrapper& d) {
        std::vector<AttrChange> det;
        attr(det, "handler", a.handler, d.handler);
        attr(det, "validator", a.validator, d.validator);
        attr(det, "options", sorted_options_sql(a.options), sorted_options_sql(d.options));
        attr(det, "comment", a.comment, d.comment);
        if (!det.empty()) out.push_back(object_change<ForeignDataWrapper>(&a, &d, quote_ident(d.name), ChangeKind::Changed, det));
      });
}

void diff_user_mappings(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  diff_defined<Key, UserMapping>(
      ac.user_mappings, dc.user_mappings, [](const UserMapping& m) { return m.id(); },
      [](const UserMapping& a, const UserMapping& d) {
        std::vector<AttrChange> det;
        attr(det, "options", sorted_options_sql(a.options), sorted_options_sql(d.options));
        return det;
      },
      out);
}

}  // namespace pgdrift::diff_detail
