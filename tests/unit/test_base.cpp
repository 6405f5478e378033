#include <doctest/doctest.h>

#include <sstream>

#include "base/diagnostics.h"
#include "base/md5.h"
#include "base/source.h"
#include "base/sql_ident.h"

using namespace pgdrift;

TEST_CASE("line and column of offsets") {
  SourceFile f("a.sql", nullptr, "select 1;\n  create x;\nlast");  // a literal lives on its own
  CHECK(f.line_col(0).line == 1);
  CHECK(f.line_col(0).col == 1);
  CHECK(f.line_col(12).line == 2);
  CHECK(f.line_col(12).col == 3);
  CHECK(f.line_text(2) == "  create x;");
  CHECK(f.line_text(3) == "last");
}

TEST_CASE("diagnostic rendering is llvm style with a caret") {
  SourceManager sm;
  uint32_t id = sm.add("m/001.sql", "create table t (\n  id intt\n);\n");
  DiagnosticEngine diags(sm);
  diags.report(DiagKind::syntax_error, SourceSpan{id, 22, 4}, "type \"intt\" is unknown");
  std::string text = diags.format(diags.all()[0]);
  CHECK(text == "m/001.sql:2:6: error: type \"intt\" is unknown [E003]\n    id intt\n       ^~~~\n");
  CHECK(diags.has_errors());
  CHECK(diags.count(Severity::Warning) == 0);
}

TEST_CASE("identifiers are quoted like quote_ident") {
  CHECK(quote_ident("users") == "users");
  CHECK(quote_ident("Users") == "\"Users\"");
  CHECK(quote_ident("user") == "\"user\"");
  CHECK(quote_ident("position") == "\"position\"");
  CHECK(quote_ident("name") == "name");  // unreserved keyword
  CHECK(quote_ident("a\"b") == "\"a\"\"b\"");
  CHECK(quote_ident("1abc") == "\"1abc\"");
  CHECK(quote_ident("caf\xc3\xa9") == "\"caf\xc3\xa9\"");
  CHECK(qualified("public", "order") == "public.\"order\"");
  CHECK(quote_literal("it's") == "'it''s'");
}

// RFC 1321's test suite (appendix A.5), and a value from PostgreSQL's md5().
TEST_CASE("md5 as PostgreSQL's md5() prints it") {
  CHECK(pgdrift::md5_hex("") == "d41d8cd98f00b204e9800998ecf8427e");
  CHECK(pgdrift::md5_hex("a") == "0cc175b9c0f1b6a831c399e269772661");
  CHECK(pgdrift::md5_hex("abc") == "900150983cd24fb0d6963f7d28e17f72");
  CHECK(pgdrift::md5_hex("message digest") == "f96b697d7cb7938d525a2f31aaf161d0");
  CHECK(pgdrift::md5_hex("12345678901234567890123456789012345678901234567890123456789012345678901234567890") ==
        "57edf4a22be3c955ac49da2e2107b67a");
}
