// Schemas, extensions, enum types, sequences and indexes.
#include <cstdio>
#include <string>

#include "base/sql_ident.h"
#include "diff/diff_util.h"

namespace pgdrift::diff_detail {

using namespace catalog;

namespace {
std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + quote_literal(v[i]);
  return out;
}

std::string owner_text(const Sequence& s) {
  if (s.owner_table.second.empty()) return "";
  return qualified(s.owner_table.first, s.owner_table.second) + "." + quote_ident(s.owner_column);
}

// Parts of a table that is itself missing or extra are not listed separately.
bool table_on_both_sides(const Catalog& a, const Catalog& d, const Key& t) {
  return t.second.empty() || ((a.tables.count(t) || a.views.count(t)) && (d.tables.count(t) || d.views.count(t)));
}

}  // namespace

std::string seq_params_text(const SeqParams& p) {
  return "as " + p.type + " start " + std::to_string(p.start) + " increment " + std::to_string(p.increment) +
         " min " + std::to_string(p.min) + " max " + std::to_string(p.max) + " cache " + std::to_string(p.cache) +
         (p.cycle ? " cycle" : "");
}

void diff_schemas(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  merge_walk<std::string, Schema>(
      ac.schemas, dc.schemas,
      [&](const Schema& s) { add_change<Schema>(out, ChangeKind::Missing, quote_ident(s.name), quote_ident(s.name), nullptr, &s); },
      [&](const Schema& s) { add_change<Schema>(out, ChangeKind::Extra, quote_ident(s.name), quote_ident(s.name), &s, nullptr); },
      [&](const Schema& a, const Schema& d) {
        std::vector<AttrChange> det;
        attr(det, "comment", a.comment, d.comment);
        add_change(out, ChangeKind::Changed, quote_ident(d.name), quote_ident(d.name), &a, &d, det);
      });
  merge_walk<std::string, Extension>(
      ac.extensions, dc.extensions,
      [&](const Extension& e) { add_change<Extension>(out, ChangeKind::Missing, quote_ident(e.name), quote_ident(e.name), nullptr, &e); },
      [&](const Extension& e) { add_change<Extension>(out, ChangeKind::Extra, quote_ident(e.name), quote_ident(e.name), &e, nullptr); },
      [&](const Extension& a, const Extension& d) {
        std::vector<AttrChange> det;
        attr(det, "schema", a.schema, d.schema);
        if (!a.version.empty() && !d.version.empty()) attr(det, "version", a.version, d.version);
        // An extension's comment comes from its control file, which SQL never shows: only
        // a comment both sides state is compared.
        if (!a.comment.empty() && !d.comment.empty()) attr(det, "comment", a.comment, d.comment);
        if (det.empty()) return;
        add_change(out, ChangeKind::Changed, quote_ident(d.name), quote_ident(d.name), &a, &d, det);
      });
}

namespace {
std::string domain_text(const Domain& d) {
  std::string out = d.base_type;
  if (!d.collation.empty()) out += " COLLATE " + d.collation;
  if (d.not_null) out += " NOT NULL";
  if (d.default_expr) out += " DEFAULT " + d.default_expr->sql.value;
  for (const auto& [n, c] : d.checks) out += " CONSTRAINT " + quote_ident(n) + " CHECK (" + c.check.sql.value + ")" + (c.not_valid ? " NOT VALID" : "");
  return out;
}
std::string composite_text(const CompositeType& c) {
  std::string out;
  for (const auto& [n, t] : c.attributes) out += (out.empty() ? "" : ", ") + quote_ident(n) + " " + t;
  return "(" + out + ")";
}
std::string range_text(const RangeType& r) {
  std::string out = "subtype " + r.subtype;
  if (!r.subtype_opclass.empty()) out += ", opclass " + r.subtype_opclass;
  if (!r.collation.empty()) out += ", collation " + r.collation;
  if (!r.canonical.empty()) out += ", canonical " + r.canonical;
  if (!r.subtype_diff.empty()) out += ", subtype_diff " + r.subtype_diff;
  return out + ", multirange " + r.multirange;
}

template <class T, class Text>
void diff_type_map(const std::map<Key, T>& a, const std::map<Key, T>& d, const char* attribute, Text text, std::vector<Change>& out) {
  auto id = [](const T& t) { return qualified(t.schema, t.name); };
  merge_walk<Key, T>(
      a, d,
      [&](const T& t) { add_change<T>(out, ChangeKind::Missing, id(t), id(t), nullptr, &t, {{attribute, text(t), ""}}); },
      [&](const T& t) { add_change<T>(out, ChangeKind::Extra, id(t), id(t), &t, nullptr, {{attribute, "", text(t)}}); },
      [&](const T& x, const T& y) {
        std::vector<AttrChange> det;
        T x2 = x, y2 = y;
        x2.comment = y2.comment = "";
        if (!(x2 == y2)) det.push_back({attribute, text(y), text(x)});
        attr(det, "comment", x.comment, y.comment);
        add_change(out, ChangeKind::Changed, id(y), id(y), &x, &y, det);
      });
}
}  // namespace

void diff_types(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  diff_type_map(ac.domains, dc.domains, "domain", domain_text, out);
  diff_type_map(ac.composites, dc.composites, "attributes", composite_text, out);
  diff_type_map(ac.ranges, dc.ranges, "range", range_text, out);
  auto id = [](const EnumType& e) { return qualified(e.schema, e.name); };
  merge_walk<Key, EnumType>(
      ac.enums, dc.enums,
      [&](const EnumType& e) { add_change<EnumType>(out, ChangeKind::Missing, id(e), id(e), nullptr, &e, {{"labels", join(e.labels), ""}}); },
      [&](const EnumType& e) { add_change<EnumType>(out, ChangeKind::Extra, id(e), id(e), &e, nullptr, {{"labels", "", join(e.labels)}}); },
      [&](const EnumType& a, const EnumType& d) {
        std::vector<AttrChange> det;
        attr(det, "labels", join(a.labels), join(d.labels));
        attr(det, "comment", a.comment, d.comment);
        add_change(out, ChangeKind::Changed, id(d), id(d), &a, &d, det);
      });
}


void diff_sequences(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  auto id = [](const Sequence& s) { return qualified(s.schema, s.name); };
  auto group = [&](const Sequence& s) { return s.owner_table.second.empty() ? id(s) : key_text(s.owner_table); };
  auto listed = [&](const Sequence& s) { return !s.identity && table_on_both_sides(ac, dc, s.owner_table); };
  merge_walk<Key, Sequence>(
      ac.sequences, dc.sequences,
      [&](const Sequence& s) { if (listed(s)) add_change<Sequence>(out, ChangeKind::Missing, id(s), group(s), nullptr, &s); },
      [&](const Sequence& s) { if (listed(s)) add_change<Sequence>(out, ChangeKind::Extra, id(s), group(s), &s, nullptr); },
      [&](const Sequence& a, const Sequence& d) {
        if (a.identity && d.identity) return;  // compared through the column
        std::vector<AttrChange> det;
        attr(det, "options", seq_params_text(a.params), seq_params_text(d.params));
        attr(det, "owned by", owner_text(a), owner_text(d));
        attr(det, "unlogged", yes_no(a.unlogged), yes_no(d.unlogged));
        attr(det, "comment", a.comment, d.comment);
        if (!det.empty()) add_change(out, ChangeKind::Changed, id(d), group(d), &a, &d, det);
      });
}

namespace {
std::string function_text(const Function& f) {
  std::string out = std::string(f.procedure ? "PROCEDURE " : "FUNCTION ") + qualified(f.schema, f.name) + "(" + f.arguments + ")";
  if (!f.result.empty()) out += " RETURNS " + f.result;
  out += " LANGUAGE " + f.language;
  return out;
}

std::vector<AttrChange> function_details(const Function& a, const Function& d) {
  std::vector<AttrChange> out;
  auto flag = [](char c, const char* i, const char* s, const char* v) { return std::string(c == 'i' ? i : c == 's' ? s : v); };
  attr(out, "arguments", a.arguments, d.arguments);
  attr(out, "returns", a.result, d.result);
  attr(out, "language", a.language, d.language);
  attr(out, "body", a.body, d.body);
  attr(out, "volatility", flag(a.volatility, "immutable", "stable", "volatile"), flag(d.volatility, "immutable", "stable", "volatile"));
  attr(out, "strict", yes_no(a.strict), yes_no(d.strict));
  attr(out, "security definer", yes_no(a.security_definer), yes_no(d.security_definer));
  attr(out, "leakproof", yes_no(a.leakproof), yes_no(d.leakproof));
  auto par = [](char c) { return std::string(c == 's' ? "safe" : c == 'r' ? "restricted" : "unsafe"); };
  attr(out, "parallel", par(a.parallel), par(d.parallel));
  char buf_a[32], buf_d[32];
  std::snprintf(buf_a, sizeof buf_a, "%g / %g", a.cost, a.rows);
  std::snprintf(buf_d, sizeof buf_d, "%g / %g", d.cost, d.rows);
  attr(out, "cost / rows", buf_a, buf_d);
  std::string ac, dcfg;
  for (const auto& c : a.config) ac += (ac.empty() ? "" : "; ") + c;
  for (const auto& c : d.config) dcfg += (dcfg.empty() ? "" : "; ") + c;
  attr(out, "set", ac, dcfg);
  auto joined = [](const std::vector<std::string>& v) {
    std::string t;
    for (const std::string& x : v) t += (t.empty() ? "" : ", ") + x;
    return t;
  };
  attr(out, "transforms", joined(a.transforms), joined(d.transforms));
  attr(out, "comment", a.comment, d.comment);
  return out;
}
}  // namespace

void diff_functions(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  auto id = [](const Function& f) { return qualified(f.schema, f.name) + "(" + f.identity + ")"; };
  merge_walk<Key, Function>(
      ac.functions, dc.functions,
      [&](const Function& f) { add_change<Function>(out, ChangeKind::Missing, id(f), id(f), nullptr, &f, {{"definition", function_text(f), ""}}); },
      [&](const Function& f) { add_change<Function>(out, ChangeKind::Extra, id(f), id(f), &f, nullptr, {{"definition", "", function_text(f)}}); },
      [&](const Function& a, const Function& d) {
        auto det = function_details(a, d);
        if (!det.empty()) add_change(out, ChangeKind::Changed, id(d), id(d), &a, &d, det);
      });
}

void diff_indexes(const Catalog& ac, const Catalog& dc, std::vector<Change>& out) {
  auto id = [](const Index& i) { return qualified(i.schema, i.name); };
  auto group = [](const Index& i) { return qualified(i.schema, i.table); };
  auto listed = [&](const Index& i) { return table_on_both_sides(ac, dc, Key{i.schema, i.table}); };
  merge_walk<Key, Index>(
      ac.indexes, dc.indexes,
      [&](const Index& i) { if (listed(i)) add_change<Index>(out, ChangeKind::Missing, id(i), group(i), nullptr, &i, {{"definition", i.definition(), ""}}); },
      [&](const Index& i) { if (listed(i)) add_change<Index>(out, ChangeKind::Extra, id(i), group(i), &i, nullptr, {{"definition", "", i.definition()}}); },
      [&](const Index& a, const Index& d) {
        std::vector<AttrChange> det;
        Index a2 = a, d2 = d;
        a2.comment = d2.comment = "";
        a2.clustered = d2.clustered = false;
        a2.column_statistics.clear(), d2.column_statistics.clear();
        if (!(a2 == d2)) det.push_back({"definition", d.definition(), a.definition()});
        attr(det, "clustered", yes_no(a.clustered), yes_no(d.clustered));
        auto stats = [](const Index& i) {
          std::string out;
          for (const auto& [n, v] : i.column_statistics) out += (out.empty() ? "" : ", ") + std::to_string(n) + "=" + std::to_string(v);
          return out;
        };
        attr(det, "statistics", stats(a), stats(d));
        attr(det, "comment", a.comment, d.comment);
        add_change(out, ChangeKind::Changed, id(d), group(d), &a, &d, det);
      });
}

}  // namespace pgdrift::diff_detail
