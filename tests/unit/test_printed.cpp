// Texts as written (catalog "printed" fields): read from a pg_dump, they must be exactly what
// PostgreSQL 15 printed for the objects. Expected values were read from the server
// (pg_get_expr, pg_get_constraintdef, pg_get_indexdef, pg_get_triggerdef, pg_get_viewdef,
// pg_get_function_arguments / _result / _sqlbody) for the schema this dump came from.
#include <doctest/doctest.h>

#include "build_catalog.h"
#include "catalog/replay.h"
#include "frontend/frontend.h"
#include "frontend/source_slice.h"

using namespace pgdrift;
using namespace pgdrift::catalog;
using pgdrift::test::build_catalog;

namespace {
const char* kDump = R"SQL(
CREATE DOMAIN public.d AS integer NOT NULL DEFAULT 5
	CONSTRAINT d_check CHECK ((VALUE > 0));
CREATE TYPE public.status AS ENUM (
    'new',
    'done'
);
CREATE FUNCTION public.f(a integer, b text DEFAULT 'x'::text) RETURNS TABLE(x integer)
    LANGUAGE sql STABLE
    AS $$ select a $$;
CREATE FUNCTION public.g(a integer) RETURNS integer
    LANGUAGE sql
    RETURN (a + 1);
CREATE FUNCTION public.trg() RETURNS trigger
    LANGUAGE plpgsql
    AS $$begin return new; end$$;
CREATE TABLE public.t (
    id bigint NOT NULL,
    name character varying(20) DEFAULT ''::character varying NOT NULL,
    state public.status DEFAULT 'new'::public.status,
    amount numeric(10,2),
    total numeric GENERATED ALWAYS AS ((amount * (2)::numeric)) STORED,
    created timestamp with time zone DEFAULT (now() + '1 day'::interval),
    CONSTRAINT t_amount_check CHECK ((amount > (0)::numeric))
);
CREATE SEQUENCE public.t_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;
CREATE VIEW public.v AS
 SELECT t.id,
    t.name
   FROM public.t
  WHERE (t.amount > (0)::numeric)
  WITH LOCAL CHECK OPTION;
ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE INDEX t_lower ON public.t USING btree (lower((name)::text)) WHERE (state = 'new'::public.status);
CREATE TRIGGER tr BEFORE UPDATE OF name ON public.t FOR EACH ROW WHEN (((old.name)::text IS DISTINCT FROM (new.name)::text)) EXECUTE FUNCTION public.trg();
CREATE POLICY p ON public.t FOR SELECT USING ((state <> 'done'::public.status));
CREATE POLICY p2 ON public.t FOR INSERT WITH CHECK ((amount > (0)::numeric));
)SQL";

}  // namespace

TEST_CASE("texts read from a pg_dump are what the server printed") {
  Catalog c = build_catalog(kDump);
  const Table& t = c.tables.at({"public", "t"});
  CHECK(t.columns.at("name").default_expr->printed.value == "''::character varying");
  CHECK(t.columns.at("state").default_expr->printed.value == "'new'::public.status");
  CHECK(t.columns.at("created").default_expr->printed.value == "(now() + '1 day'::interval)");
  CHECK(t.columns.at("id").default_expr->printed.value == "nextval('public.t_id_seq'::regclass)");
  CHECK(t.columns.at("total").generated->printed.value == "(amount * (2)::numeric)");
  CHECK(t.columns.at("state").type_printed.value == "public.status");
  CHECK(t.columns.at("name").type_printed.value == "character varying(20)");
  CHECK(t.constraints.at("t_amount_check").printed.value == "CHECK ((amount > (0)::numeric))");
  CHECK(t.constraints.at("t_pkey").printed.value == "PRIMARY KEY (id)");
  CHECK(c.indexes.at({"public", "t_lower"}).printed.value ==
        "CREATE INDEX t_lower ON public.t USING btree (lower((name)::text)) WHERE (state = 'new'::public.status)");
  CHECK(t.triggers.at("tr").printed.value ==
        "CREATE TRIGGER tr BEFORE UPDATE OF name ON public.t FOR EACH ROW WHEN (((old.name)::text IS DISTINCT FROM "
        "(new.name)::text)) EXECUTE FUNCTION public.trg()");
  CHECK(t.policies.at("p").using_expr->printed.value == "(state <> 'done'::public.status)");
  CHECK(t.policies.at("p2").check_expr->printed.value == "(amount > (0)::numeric)");
  CHECK(c.views.at({"public", "v"}).printed.value == "SELECT t.id,\n    t.name\n   FROM public.t\n  WHERE (t.amount > (0)::numeric)");
  const Function& f = c.functions.at({"public", "f(integer, text)"});
  CHECK(f.printed_args.value == "a integer, b text DEFAULT 'x'::text");
  CHECK(f.printed_result.value == "TABLE(x integer)");
  CHECK(c.functions.at({"public", "g(integer)"}).printed_body.value == "RETURN (a + 1)");
  const Domain& d = c.domains.at({"public", "d"});
  CHECK(d.default_expr->printed.value == "5");
  CHECK(d.checks.at("d_check").printed.value == "CHECK ((VALUE > 0))");
}

TEST_CASE("a rename forgets the texts as written") {
  Catalog c = build_catalog(std::string(kDump) + "ALTER TABLE public.t RENAME COLUMN amount TO price;");
  const Table& t = c.tables.at({"public", "t"});
  CHECK(t.constraints.at("t_amount_check").printed.value.empty());
  CHECK(t.columns.at("total").generated->printed.value.empty());
  CHECK(c.indexes.at({"public", "t_lower"}).printed.value.empty());
}

TEST_CASE("expressions name the objects they depend on") {
  Catalog c = build_catalog(kDump);
  const Table& t = c.tables.at({"public", "t"});
  const Refs& id = t.columns.at("id").default_expr->refs.value;
  CHECK(id.relations == std::vector<Key>{{"public", "t_id_seq"}});
  CHECK(t.columns.at("state").default_expr->refs.value.types == std::vector<Key>{{"public", "status"}});
  CHECK(c.views.at({"public", "v"}).refs.value.relations == std::vector<Key>{{"public", "t"}});
}

TEST_CASE("slices follow parentheses, strings and comments") {
  std::string_view t = "a (b, ')') , c";
  CHECK(slice::element_end(t, 0) == 11);
  CHECK(slice::paren_inside("x USING ((a > 0)) y", 2) == "(a > 0)");
  CHECK(slice::keyword("select 'as' /* as */ AS x", "as") == 21);
  size_t from = 4, to = 10;  // "a > 0)" inside "((a > 0))"
  slice::balance("x ((a > 0)) y", from, to);
  CHECK(from == 3);
}
