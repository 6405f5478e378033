// The plain kinds (objects.h): each CREATE becomes the one-line definition the runtime prints for
// the live object (runtime/plain.sql), its functions named as regproc prints them (qualified when
// the schema has them, else the bare name of PostgreSQL's own), encodings by their canonical name.
#include <algorithm>
#include <cctype>

#include "base/sql_ident.h"
#include "catalog/object_kind.h"
#include "catalog/replay.h"

namespace pgdrift::catalog {

namespace {
ObjectKind kind_of_stmt(ast::ObjKind k) {
  switch (k) {
    case ast::ObjKind::AccessMethod: return ObjectKind::AccessMethod;
    case ast::ObjKind::Language: return ObjectKind::Language;
    case ast::ObjKind::Transform: return ObjectKind::Transform;
    case ast::ObjKind::Conversion: return ObjectKind::Conversion;
    case ast::ObjKind::TsParser: return ObjectKind::TsParser;
    default: return ObjectKind::TsTemplate;
  }
}

bool in_schema(ast::ObjKind k) { return k == ast::ObjKind::Conversion || k == ast::ObjKind::TsParser || k == ast::ObjKind::TsTemplate; }

// Calls f(map) with the map of a plain kind.
template <class F>
decltype(auto) with_map(Catalog& cat, ast::ObjKind k, F&& f) {
  switch (k) {
    case ast::ObjKind::AccessMethod: return f(cat.access_methods);
    case ast::ObjKind::Language: return f(cat.languages);
    case ast::ObjKind::Transform: return f(cat.transforms);
    case ast::ObjKind::Conversion: return f(cat.conversions);
    case ast::ObjKind::TsParser: return f(cat.ts_parsers);
    default: return f(cat.ts_templates);
  }
}

// A clause's function; `late` set when it is qualified and not known yet.
std::string function_name(Replayer& r, const ast::QualName& q, PlainObject& p, bool& late) { return regproc_name(r, q, &p.functions, &late); }

// PostgreSQL's name of an encoding as pg_encoding_to_char prints it (the usual spellings).
std::string encoding_name(std::string e) {
  std::string clean;
  for (char c : e)
    if (std::isalnum(static_cast<unsigned char>(c))) clean += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static const std::pair<const char*, const char*> aliases[] = {
      {"UNICODE", "UTF8"}, {"ISO88591", "LATIN1"}, {"ISO88592", "LATIN2"}, {"ISO88593", "LATIN3"}, {"ISO88594", "LATIN4"},
      {"ISO88599", "LATIN5"}, {"ISO885910", "LATIN6"}, {"ISO885913", "LATIN7"}, {"ISO885914", "LATIN8"}, {"ISO885915", "LATIN9"},
      {"ISO885916", "LATIN10"}, {"ISO88595", "ISO_8859_5"}, {"ISO88596", "ISO_8859_6"}, {"ISO88597", "ISO_8859_7"},
      {"ISO88598", "ISO_8859_8"}, {"KOI8", "KOI8R"}, {"ALT", "WIN866"}, {"WIN", "WIN1251"}, {"MSKANJI", "SJIS"},
      {"SHIFTJIS", "SJIS"}, {"WINDOWS1252", "WIN1252"}, {"EUCJP", "EUC_JP"}, {"EUCCN", "EUC_CN"}, {"EUCKR", "EUC_KR"},
      {"EUCTW", "EUC_TW"}, {"EUCJIS2004", "EUC_JIS_2004"}, {"SHIFTJIS2004", "SHIFT_JIS_2004"}, {"SQLASCII", "SQL_ASCII"}};
  for (const auto& [from, to] : aliases)
    if (clean == from) return to;
  if (clean.rfind("WINDOWS", 0) == 0) return "WIN" + clean.substr(7);
  return clean;
}

std::string clause_list(Replayer& r, const ast::PlainStmt& s, PlainObject& p, const std::vector<const char*>& order, bool& late) {
  std::string out;
  for (const char* clause : order)
    for (const auto& [c, fn] : s.functions)
      if (c == clause) out += std::string(out.empty() ? "" : ", ") + clause + " = " + function_name(r, fn, p, late);
  return out;
}

std::string definition(Replayer& r, const ast::PlainStmt& s, PlainObject& p, bool& late) {
  auto fn = [&](const char* clause) -> std::string {
    for (const auto& [c, q] : s.functions)
      if (c == clause) return std::string(" ") + clause + " " + function_name(r, q, p, late);
    return "";
  };
  std::string id = p.schema.empty() ? quote_ident(p.name) : qualified(p.schema, p.name);
  switch (s.kind) {
    case ast::ObjKind::AccessMethod: return "CREATE ACCESS METHOD " + id + " TYPE " + s.word + fn("HANDLER");
    case ast::ObjKind::Language:
      return std::string("CREATE ") + (s.flag ? "TRUSTED " : "") + "PROCEDURAL LANGUAGE " + id + fn("HANDLER") + fn("INLINE") + fn("VALIDATOR");
    case ast::ObjKind::Conversion:
      return std::string("CREATE ") + (s.flag ? "DEFAULT " : "") + "CONVERSION " + id + " FOR " + quote_literal(encoding_name(s.from_encoding)) +
             " TO " + quote_literal(encoding_name(s.to_encoding)) + fn("FROM");
    case ast::ObjKind::TsParser:
      return "CREATE TEXT SEARCH PARSER " + id + " (" + clause_list(r, s, p, {"START", "GETTOKEN", "END", "LEXTYPES", "HEADLINE"}, late) + ")";
    default: return "CREATE TEXT SEARCH TEMPLATE " + id + " (" + clause_list(r, s, p, {"INIT", "LEXIZE"}, late) + ")";
  }
}

// CREATE TRANSFORM: false (reported) when one of its functions does not exist.
bool transform_definition(Replayer& r, const ast::PlainStmt& s, PlainObject& p) {
  std::string clauses;
  for (const auto& [clause, sig] : s.signatures) {
    std::optional<Key> f = r.find_function(sig);
    if (!f) {
      r.warn(DiagKind::unknown_object, "function " + quote_ident(sig.name.name) + " of the transform does not exist; statement ignored");
      return false;
    }
    const Function& fn = r.cat.functions.at(*f);
    p.functions.emplace_back(fn.schema, fn.name);
    clauses += (clauses.empty() ? "" : ", ") + clause + " WITH FUNCTION " + qualified(fn.schema, fn.name) + "(" + fn.identity + ")";
  }
  p.types.push_back(p.schema);
  p.language = p.name;
  p.def = "CREATE TRANSFORM FOR " + p.schema + " LANGUAGE " + quote_ident(p.name) + " (" + clauses + ")";
  return true;
}

std::string kind_text(ast::ObjKind k) {
  std::string out = plain_keyword(kind_of_stmt(k));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}
}  // namespace

std::string regproc_name(Replayer& r, const ast::QualName& q, std::vector<Key>* out, bool* late) {
  if (q.schema != "pg_catalog")
    if (std::optional<Key> f = r.find_function(ast::FuncSig{q, {}, true})) {
      const Function& fn = r.cat.functions.at(*f);
      if (out) out->emplace_back(fn.schema, fn.name);
      return qualified(fn.schema, fn.name);
    }
  if (late && !q.schema.empty() && q.schema != "pg_catalog") *late = true;
  return quote_ident(q.name);
}

std::string late_regproc_name(Replayer& r, const ast::QualName& q, std::function<std::string*()> slot) {
  bool late = false;
  std::string now = regproc_name(r, q, nullptr, &late);
  if (late)
    r.at_end.push_back([&r, q, slot = std::move(slot), now] {
      if (std::string* field = slot(); field && *field == now) *field = regproc_name(r, q);
    });
  return now;
}

Key plain_key(Replayer& r, ast::ObjKind kind, const ast::QualName& q) {
  if (!in_schema(kind)) return {"", q.name};
  if (!q.schema.empty()) return {q.schema, q.name};
  return with_map(r.cat, kind, [&](const auto& map) {
    for (const std::string& s : r.search_path)
      if (map.count({s, q.name})) return Key{s, q.name};
    return Key{"", q.name};
  });
}

Key transform_key(Replayer& r, const ast::TypeRef& type, const std::string& language) { return {r.routine_type_of(type), language}; }

void replay_plain(Replayer& r, const ast::PlainStmt& s) {
  PlainObject p;
  if (s.kind == ast::ObjKind::Transform) std::tie(p.schema, p.name) = transform_key(r, s.type, s.name.name);
  else std::tie(p.schema, p.name) = in_schema(s.kind) ? r.creation_key(s.name) : Key{"", s.name.name};
  p.origin = r.origin();
  bool late = false;
  if (s.kind == ast::ObjKind::Transform ? !transform_definition(r, s, p) : (p.def = definition(r, s, p, late), false)) return;
  if (late)  // read again once every function is known, if the object is still this one
    r.at_end.push_back([&r, s, key = Key{p.schema, p.name}, at = p.origin.span] {
      with_map(r.cat, s.kind, [&](auto& map) {
        auto it = map.find(key);
        const SourceSpan& now = it == map.end() ? at : it->second.origin.span;
        if (it == map.end() || now.file != at.file || now.offset != at.offset) return;
        bool again = false;
        it->second.functions.clear();
        it->second.def = definition(r, s, it->second, again);
      });
    });
  with_map(r.cat, s.kind, [&](auto& map) {
    auto it = map.find({p.schema, p.name});
    if (it != map.end() && !s.replace) {
      r.warn(DiagKind::duplicate_object, kind_text(s.kind) + " " + plain_name(kind_of_stmt(s.kind), p) + " already exists; statement ignored");
      return;
    }
    std::string comment = it == map.end() ? "" : it->second.comment;
    auto& slot = map[{p.schema, p.name}];
    static_cast<PlainObject&>(slot) = std::move(p);
    slot.comment = comment;
  });
}

std::string* plain_comment_slot(Replayer& r, const ast::Comment& n) {
  Key k = n.kind == ast::ObjKind::Transform ? (n.transform ? transform_key(r, n.transform->first, n.transform->second) : Key{})
                                            : plain_key(r, n.kind, n.object);
  return with_map(r.cat, n.kind, [&](auto& map) -> std::string* {
    auto it = map.find(k);
    return it == map.end() ? nullptr : &it->second.comment;
  });
}

bool drop_plain(Replayer& r, ast::ObjKind kind, const Key& k, bool cascade) {
  if (kind == ast::ObjKind::Language && cascade)  // its routines go with it
    std::erase_if(r.cat.functions, [&](const auto& e) { return e.second.language == k.second; });
  if (kind == ast::ObjKind::TsTemplate && cascade)
    std::erase_if(r.cat.ts_dictionaries, [&](const auto& e) { return e.second.tmpl == k; });
  return with_map(r.cat, kind, [&](auto& map) { return map.erase(k) > 0; });
}

}  // namespace pgdrift::catalog
