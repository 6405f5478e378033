// Text search dictionaries (template and options) and configurations (parser and the
// dictionaries of each token type).
#include <set>

#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {
std::vector<AttrChange> config_details(const TsConfig& a, const TsConfig& d) {
  std::vector<AttrChange> det;
  attr(det, "parser", key_text(a.parser), key_text(d.parser));
  std::set<std::string> tokens;
  for (const auto* c : {&a, &d})
    for (const auto& [t, dicts] : c->mappings) tokens.insert(t);
  for (const std::string& t : tokens) {
    std::string at = a.dictionaries(t), dt = d.dictionaries(t);
    if (at != dt) det.push_back(AttrChange{"mapping for " + t, dt, at});
  }
  attr(det, "comment", a.comment, d.comment);
  return det;
}
}  // namespace

void diff_text_search(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  diff_defined<Key, TsDictionary>(
      ac.ts_dictionaries, dc.ts_dictionaries, [](const TsDictionary& x) { return qualified(x.schema, x.name); },
      definition_and_comment<TsDictionary>, out);
  diff_defined<Key, TsConfig>(
      ac.ts_configs, dc.ts_configs, [](const TsConfig& x) { return qualified(x.schema, x.name); }, config_details, out);
}

}  // namespace pgdrift::diff_detail
