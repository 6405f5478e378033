#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source.h"
#include "frontend/script.h"

using namespace pgdrift;

namespace {

// Splits `text` as file "t.sql" and keeps everything alive for the checks.
struct Split {
  SourceManager sm;
  DiagnosticEngine diags{sm};
  std::vector<StatementText> stmts;

  explicit Split(std::string text) {
    uint32_t id = sm.add("t.sql", std::move(text));
    stmts = split_script(sm, id, diags);
  }
  std::string_view source() const { return sm.file(0).text(); }
  std::vector<std::string> texts() const {
    std::vector<std::string> out;
    for (const StatementText& s : stmts) out.emplace_back(s.text);
    return out;
  }
  // Every statement's text is exactly the source range of its span.
  bool spans_match_texts() const {
    for (const StatementText& s : stmts)
      if (s.span.file != 0 || source().substr(s.span.offset, s.span.length) != s.text) return false;
    return true;
  }
  std::string where(size_t i) const { return sm.describe(diags.all().at(i).span); }
};

// Offset of a substring that occurs exactly once in the input.
uint32_t offset_of(std::string_view text, std::string_view needle) {
  size_t at = text.find(needle);
  REQUIRE(at != std::string_view::npos);
  REQUIRE(text.find(needle, at + 1) == std::string_view::npos);
  return static_cast<uint32_t>(at);
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("statements split at semicolons with trimmed spans") {
  Split s("select 1;\n  select 2 ;\nselect 3");
  CHECK(s.texts() == Texts{"select 1", "select 2", "select 3"});
  REQUIRE(s.stmts.size() == 3);
  CHECK(s.stmts[0].span.offset == 0);
  CHECK(s.stmts[0].span.length == 8);
  CHECK(s.stmts[1].span.offset == 12);
  CHECK(s.stmts[1].span.length == 8);
  CHECK(s.stmts[2].span.offset == 23);
  CHECK(s.stmts[2].span.length == 8);
  CHECK(s.diags.all().empty());
}

TEST_CASE("empty statements and whitespace-only input give nothing") {
  Split s(";;\n ; select 1;;");
  CHECK(s.texts() == Texts{"select 1"});
  CHECK(s.stmts.at(0).span.offset == 6);
  CHECK(Split("").stmts.empty());
  CHECK(Split("  \n\t\n").stmts.empty());
  CHECK(Split("-- only a comment\n/* and another */\n").stmts.empty());
}

TEST_CASE("comments hide semicolons and nest") {
  const char* text =
      "-- a; b\n"
      "/* x; /* nested; */ still; */ select 1 /* ; */ + 1; -- trailing;\n"
      "select 2 -- tail; not a split\n"
      "  /* end */\n";
  Split s(text);
  CHECK(s.texts() == Texts{"select 1 /* ; */ + 1", "select 2"});
  REQUIRE(s.stmts.size() == 2);
  CHECK(s.stmts[0].span.offset == offset_of(text, "select 1"));
  CHECK(s.stmts[1].span.offset == offset_of(text, "select 2"));
  CHECK(s.stmts[1].span.length == 8);
  CHECK(s.spans_match_texts());
  CHECK(s.diags.all().empty());
}

TEST_CASE("a comment inside a statement stays in it") {
  Split s("create table t (\n  id int, -- the key; really\n  v text /* ; */\n);\n");
  CHECK(s.texts() == Texts{"create table t (\n  id int, -- the key; really\n  v text /* ; */\n)"});
}

TEST_CASE("strings and quoted identifiers hide semicolons") {
  const char* text = R"(insert into t values ('a;b', 'it''s;', E'\';x', "we;ird""id");
select E'a\\';select 'a\';select e'\'';
select 'x' 'y;z';)";
  Split s(text);
  CHECK(s.texts() == Texts{R"(insert into t values ('a;b', 'it''s;', E'\';x', "we;ird""id"))",
                           R"(select E'a\\')", R"(select 'a\')", R"(select e'\'')",
                           "select 'x' 'y;z'"});
  CHECK(s.spans_match_texts());
  CHECK(s.diags.all().empty());
}

TEST_CASE("a quote after an identifier ending in e is not an E string") {
  // name'..' is not an escape string: the backslash does not escape the quote.
  Split s(R"(select type'\';select 2;)");
  CHECK(s.texts() == Texts{R"(select type'\')", "select 2"});
}

TEST_CASE("dollar quotes hide semicolons and quotes") {
  const char* text = R"(CREATE FUNCTION public.f() RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM 1; RETURN 'it''s';
END;
$$;
CREATE FUNCTION g(int) RETURNS int AS $fn$ select $1; select '$$'; $fn$ LANGUAGE sql;
DO $_$ BEGIN RAISE NOTICE '%', 'x;y'; END $_$;
select a$b, $1, x$$ from t;
select 2;)";
  Split s(text);
  REQUIRE(s.stmts.size() == 5);
  CHECK(s.stmts[0].text.substr(0, 26) == "CREATE FUNCTION public.f()");
  CHECK(s.stmts[0].text.ends_with("END;\n$$"));
  CHECK(s.stmts[1].text ==
        "CREATE FUNCTION g(int) RETURNS int AS $fn$ select $1; select '$$'; $fn$ LANGUAGE sql");
  CHECK(s.stmts[2].text == "DO $_$ BEGIN RAISE NOTICE '%', 'x;y'; END $_$");
  CHECK(s.stmts[3].text == "select a$b, $1, x$$ from t");
  CHECK(s.stmts[4].text == "select 2");
  CHECK(s.stmts[3].span.offset == offset_of(text, "select a$b"));
  CHECK(s.spans_match_texts());
  CHECK(s.diags.all().empty());
}

TEST_CASE("a positional parameter is not a dollar quote") {
  Split s("select $1;select $2$;\nselect 3;");
  // "$2" is a parameter; the '$' after it continues the token, so no quote opens.
  CHECK(s.texts() == Texts{"select $1", "select $2$", "select 3"});
}

TEST_CASE("pg_dump preamble with restrict, SETs and set_config") {
  const char* text = R"(\restrict AbC123xyzKEY

--
-- PostgreSQL database dump
--

-- Dumped from database version 17.6
-- Dumped by pg_dump version 17.6

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;

\connect app

CREATE TABLE public.t (
    id integer NOT NULL
);


ALTER TABLE public.t OWNER TO postgres;

--
-- PostgreSQL database dump complete
--

\unrestrict AbC123xyzKEY
)";
  Split s(text);
  CHECK(s.texts() == Texts{"SET statement_timeout = 0", "SET client_encoding = 'UTF8'",
                           "SET standard_conforming_strings = on",
                           "SELECT pg_catalog.set_config('search_path', '', false)",
                           "SET check_function_bodies = false",
                           "SET client_min_messages = warning",
                           "CREATE TABLE public.t (\n    id integer NOT NULL\n)",
                           "ALTER TABLE public.t OWNER TO postgres"});
  CHECK(s.stmts.at(0).span.offset == offset_of(text, "SET statement_timeout"));
  CHECK(s.sm.describe(s.stmts.at(6).span) == "t.sql:19:1");
  CHECK(s.spans_match_texts());
  CHECK(s.diags.all().empty());
}

TEST_CASE("harmless meta-commands are skipped silently") {
  Split s("\\set ON_ERROR_STOP on\n\\echo hello; world\n  \\c db\n\\encoding UTF8\n"
          "\\pset pager off\n\\if :flag\nselect 1;\n\\endif\n");
  CHECK(s.texts() == Texts{"select 1"});
  CHECK(s.diags.all().empty());
}

TEST_CASE("includes and unknown meta-commands warn with their span") {
  const char* text = "\\i other.sql\nselect 1;\n  \\gexec\n\\ir x/y.sql  \nselect 2;";
  Split s(text);
  CHECK(s.texts() == Texts{"select 1", "select 2"});
  REQUIRE(s.diags.all().size() == 3);
  for (const Diagnostic& d : s.diags.all()) CHECK(d.kind == DiagKind::unknown_meta_command);
  CHECK(s.diags.all()[0].span.offset == 0);
  CHECK(s.diags.all()[0].span.length == 12);
  CHECK(s.where(1) == "t.sql:3:3");
  CHECK(s.diags.all()[1].span.length == 6);
  CHECK(s.where(2) == "t.sql:4:1");
  CHECK(s.diags.all()[2].span.length == 11);
  CHECK(s.diags.count(Severity::Warning) == 3);
  CHECK_FALSE(s.diags.has_errors());
}

TEST_CASE("\\q ends the script with a warning") {
  Split s("select 1;\n\\q\nselect 2;\n");
  CHECK(s.texts() == Texts{"select 1"});
  REQUIRE(s.diags.all().size() == 1);
  CHECK(s.diags.all()[0].kind == DiagKind::unknown_meta_command);
  CHECK(s.where(0) == "t.sql:2:1");
}

TEST_CASE("COPY FROM stdin data is skipped up to the \\. line") {
  const char* text = R"(COPY public.t (id, note) FROM stdin;
1	a; b
2	it's "quoted" \N \. not the end
3	back\\slash; $$ /* '
\.x is data too
\.
SELECT pg_catalog.setval('public.t_id_seq', 3, true);
copy   public.u
  FROM
  STDIN  with (format csv);
x;y,"a;b"
\.
COPY public.v TO stdout;
select 9;
)";
  Split s(text);
  CHECK(s.texts() == Texts{"COPY public.t (id, note) FROM stdin",
                           "SELECT pg_catalog.setval('public.t_id_seq', 3, true)",
                           "copy   public.u\n  FROM\n  STDIN  with (format csv)",
                           "COPY public.v TO stdout", "select 9"});
  CHECK(s.stmts.at(1).span.offset == offset_of(text, "SELECT pg_catalog.setval"));
  CHECK(s.spans_match_texts());
  CHECK(s.diags.all().empty());
}

TEST_CASE("an empty COPY block and CRLF data") {
  Split s("COPY a FROM stdin;\n\\.\r\nCOPY b FROM stdin;\r\n1\tx;\r\n\\.\r\nselect 1;\r\n");
  CHECK(s.texts() == Texts{"COPY a FROM stdin", "COPY b FROM stdin", "select 1"});
  CHECK(s.diags.all().empty());
}

TEST_CASE("a dump with data keeps every DDL statement") {
  std::string text = "\\restrict K\nSET x = 1;\nCREATE TABLE public.big (id int, s text);\n"
                     "COPY public.big (id, s) FROM stdin;\n";
  for (int i = 0; i < 20000; ++i) text += std::to_string(i) + "\trow; 'x' \"y\" $$ /* -- \\\\\n";
  text += "\\.\n\nALTER TABLE ONLY public.big ADD CONSTRAINT big_pkey PRIMARY KEY (id);\n"
          "\\unrestrict K\n";
  Split s(text);
  CHECK(s.texts() == Texts{"SET x = 1", "CREATE TABLE public.big (id int, s text)",
                           "COPY public.big (id, s) FROM stdin",
                           "ALTER TABLE ONLY public.big ADD CONSTRAINT big_pkey PRIMARY KEY (id)"});
  CHECK(s.stmts.at(3).span.offset == offset_of(text, "ALTER TABLE ONLY"));
  CHECK(s.diags.all().empty());
}

TEST_CASE("psql \\copy from stdin skips its data too") {
  Split s("\\copy t from stdin\n1;2\n\\.\nselect 1;\n");
  CHECK(s.texts() == Texts{"select 1"});
  CHECK(s.diags.all().empty());
}

TEST_CASE("COPY without its \\. line is unterminated at the statement") {
  const char* text = "select 1;\nCOPY t (a) FROM stdin;\n1\n2\n";
  Split s(text);
  CHECK(s.texts() == Texts{"select 1", "COPY t (a) FROM stdin"});
  REQUIRE(s.diags.all().size() == 1);
  CHECK(s.diags.all()[0].kind == DiagKind::unterminated);
  CHECK(s.where(0) == "t.sql:2:1");
  CHECK(s.diags.all()[0].span.length == 21);
}

TEST_CASE("dbmate keeps only the migrate:up section") {
  const char* text = "-- migrate:up transaction:false\n"
                     "create table a (id int);\n"
                     "create index concurrently a_id on a (id);\n"
                     "\n"
                     "-- migrate:down\n"
                     "drop table a;\n";
  Split s(text);
  CHECK(s.texts() == Texts{"create table a (id int)", "create index concurrently a_id on a (id)"});
  REQUIRE(s.stmts.size() == 2);
  CHECK(s.stmts[0].span.offset == 32);
  CHECK(s.stmts[1].span.offset == 57);
  CHECK(s.diags.all().empty());
}

TEST_CASE("dbmate up section without down, text before it ignored") {
  const char* text = "-- a header; select 0;\nselect 0;\n-- migrate:up\nselect 1;\nselect 2\n";
  Split s(text);
  CHECK(s.texts() == Texts{"select 1", "select 2"});
  CHECK(s.stmts.at(0).span.offset == offset_of(text, "select 1"));
}

TEST_CASE("a migrate:up that is not its own comment line is no marker") {
  Split s("select 1; -- migrate:up\nselect 2; -- see migrate:upgrade\n");
  CHECK(s.texts() == Texts{"select 1", "select 2"});
}

TEST_CASE("unterminated quoted string") {
  Split s("select 1;\nselect 'abc;\nmore");
  CHECK(s.texts() == Texts{"select 1"});
  REQUIRE(s.diags.all().size() == 1);
  CHECK(s.diags.all()[0].kind == DiagKind::unterminated);
  CHECK(s.where(0) == "t.sql:2:8");
  CHECK(s.diags.all()[0].span.length == 1);
}

TEST_CASE("unterminated E string points at the E") {
  Split s(R"(select E'\';)");
  CHECK(s.stmts.empty());
  REQUIRE(s.diags.all().size() == 1);
  CHECK(s.where(0) == "t.sql:1:8");
  CHECK(s.diags.all()[0].span.length == 2);
}

TEST_CASE("unterminated quoted identifier") {
  Split s("select 1;\n  select \"ab;c\n;");
  CHECK(s.texts() == Texts{"select 1"});
  REQUIRE(s.diags.all().size() == 1);
  CHECK(s.diags.all()[0].kind == DiagKind::unterminated);
  CHECK(s.where(0) == "t.sql:2:10");
}

TEST_CASE("unterminated block comments, nested and inside a statement") {
  Split a("select 1;\n/* a /* b */ c;\nselect 2;\n");
  CHECK(a.texts() == Texts{"select 1"});
  REQUIRE(a.diags.all().size() == 1);
  CHECK(a.diags.all()[0].kind == DiagKind::unterminated);
  CHECK(a.where(0) == "t.sql:2:1");
  CHECK(a.diags.all()[0].span.length == 2);

  Split b("select 1 /* x");
  CHECK(b.stmts.empty());
  REQUIRE(b.diags.all().size() == 1);
  CHECK(b.where(0) == "t.sql:1:10");
}

TEST_CASE("unterminated dollar quote") {
  Split s("select 0;\ncreate function f() returns int as $fn$ begin\nselect 1;\n$$;\n");
  CHECK(s.texts() == Texts{"select 0"});
  REQUIRE(s.diags.all().size() == 1);
  CHECK(s.diags.all()[0].kind == DiagKind::unterminated);
  CHECK(s.where(0) == "t.sql:2:36");
  CHECK(s.diags.all()[0].span.length == 4);
}

TEST_CASE("a byte order mark and CRLF line ends") {
  Split s("\xEF\xBB\xBFselect 1;\r\nselect 2\r\n;\r\n\\restrict k\r\nselect 3;\r\n");
  CHECK(s.texts() == Texts{"select 1", "select 2", "select 3"});
  REQUIRE(s.stmts.size() == 3);
  CHECK(s.stmts[0].span.offset == 3);
  CHECK(s.stmts[1].span.offset == 14);
  CHECK(s.stmts[2].span.offset == 40);
  CHECK(s.diags.all().empty());
}

TEST_CASE("dbmate markers after a byte order mark, with CRLF") {
  Split s("\xEF\xBB\xBF-- migrate:up\r\nselect 1;\r\n-- migrate:down\r\nselect 2;\r\n");
  CHECK(s.texts() == Texts{"select 1"});
  CHECK(s.stmts.at(0).span.offset == 18);
}

TEST_CASE("dbmate detection") {
  CHECK(has_dbmate_sections("-- comment\n--migrate:up\nselect 1;"));
  CHECK(has_dbmate_sections("-- migrate:up transaction:false\n"));
  CHECK_FALSE(has_dbmate_sections("select 1; -- migrate:up\n"));
  CHECK_FALSE(has_dbmate_sections("-- migrate:upper\n"));
}

TEST_CASE("words in comments and strings do not make a COPY read stdin") {
  Split s("COPY t TO stdout -- not from stdin\n;\nCOPY (select 'from stdin') TO stdout;\nselect 1;\n");
  CHECK(s.texts() == Texts{"COPY t TO stdout", "COPY (select 'from stdin') TO stdout", "select 1"});
  CHECK(s.diags.all().empty());
}

TEST_CASE("a meta-command may follow a statement on its line") {
  Split s("select 1; \\echo done\nselect 2; \\.\n");
  CHECK(s.texts() == Texts{"select 1", "select 2"});
  REQUIRE(s.diags.all().size() == 1);  // a stray "\." outside COPY data is not understood
  CHECK(s.where(0) == "t.sql:2:11");
  CHECK(s.diags.all()[0].span.length == 2);
}

TEST_CASE("a semicolon inside parentheses does not end the statement (as in psql)") {
  Split s("create rule r as on insert to t do also (insert into a values (1); notify t);\nselect ')';\nselect (1);");
  CHECK(s.texts() == Texts{"create rule r as on insert to t do also (insert into a values (1); notify t)", "select ')'", "select (1)"});
  CHECK(s.spans_match_texts());
  // a stray ')' does not make the depth negative: the next ';' still ends the statement
  CHECK(Split("select 1);\nselect 2;").texts() == Texts{"select 1)", "select 2"});
}
