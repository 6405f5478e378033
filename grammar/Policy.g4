// The .pgdrift policy language, version 1. User documentation: docs/policy.md.
//
// Shape: a file is a list of statements, each ended by ';'. A statement starts with a rule
// keyword; everything that does not is parsed as `unknownRule` so that the loader (not the
// parser) reports "unknown rule 'x'" at the right place.
//
// Adding a rule (e.g. `external table ...`, `rename ...`, `using ...`):
//   1. add its keywords as lexer tokens below (spelled with the letter fragments, so they are
//      case-insensitive) and to `keyword`, so they stay usable as names;
//   2. add a `<name>Rule` parser rule and list it in `directive`;
//   3. add its first keyword to the exclusion set of `unknownRule`;
//   4. handle the new context in src/policy/policy.cpp (one visit method).
// Keywords are never reserved: `exclude table public.table;` is valid.

grammar Policy;

// ---------------------------------------------------------------- parser

file : statement* EOF ;

// Empty statements (';;') are allowed: harmless, and they keep error recovery simple.
statement : directive? SEMI ;

directive
  : includeRule
  | excludeRule
  | profileRule
  | ignoreRule
  | allowDropRule
  | externalRule
  | renameRule
  | usingRule
  | unknownRule
  ;

includeRule : INCLUDE SCHEMA patternList ;

excludeRule
  : EXCLUDE ( SCHEMA patternList
            | TABLE qualifiedPatternList
            )
  ;

profileRule : PROFILE name ;

// `ignore owners;`, `ignore privileges;`: never compared nor reconciled, whatever the flags say.
// `ignore function public.pgtap_*, index *_tmp;`-style: objects of a kind whose name matches.
// `ignore privileges on schema auth, storage;`: only those schemas' (their objects' and theirs).
// `ignore comments;`: comments neither compared nor changed.
ignoreRule
  : IGNORE ( OWNERS | PRIVILEGES ( ON SCHEMA patternList )? | COMMENTS | name objectPattern ( COMMA objectPattern )* )
  ;

// name, schema.name or schema.table.name (the parts of a table); each part may be a glob.
objectPattern : pattern ( DOT pattern )* ;

// `allow drop column, public.tmp_import;`: what --allow-drop allows (an object kind or an
// object id as reports name it), written once for every run.
allowDropRule : ALLOW DROP objectId ( COMMA objectId )* ;

objectId : name ( DOT name )* ;

// Objects every database of a platform has but the project does not own: known to replay (so
// triggers, policies and foreign keys on them are modelled), never compared, created or dropped.
// `external schema auth, storage;`, `external role anon;`,
// `external table auth.users (id uuid, email character varying(255));`,
// `external function auth.uid() returns uuid;`. Columns, arguments and result are SQL, kept as
// written (PostgreSQL parses them when the objects are replayed).
externalRule
  : EXTERNAL ( SCHEMA name ( COMMA name )*
             | ROLE name ( COMMA name )*
             | TABLE objectId LPAREN sqlItem ( COMMA sqlItem )* RPAREN
             | FUNCTION objectId LPAREN ( sqlItem ( COMMA sqlItem )* )? RPAREN RETURNS sqlItem
             )
  ;

// A column definition, an argument or a type: words, with at most a parenthesized list of
// numbers (type modifiers) and array brackets: `created_at timestamp with time zone`,
// `name character varying(255)`, `text[]`.
sqlItem : sqlAtom+ ;
sqlAtom : name | LPAREN NUMBER ( COMMA NUMBER )* RPAREN | LBRACKET NUMBER? RBRACKET ;

// What the actual database has under an old name and the desired schema under a new one: the
// reconciler renames it (no drop + add, no data lost). Old names as the database has them,
// [schema.]name (schema public when left out); the new name alone (same schema, same table).
// `rename table app.users to accounts;`, `rename column app.accounts.name to full_name;`,
// `rename enum value app.mood.'sad' to 'blue';`, `rename type`, `rename index`,
// `rename constraint app.accounts.users_pkey to accounts_pkey;`.
renameRule
  : RENAME ( TABLE | COLUMN | TYPE | INDEX | CONSTRAINT ) objectId TO name
  | RENAME ENUM VALUE objectId DOT STRING TO STRING
  ;

// `using app.orders.amount as (amount::numeric / 100);`: the conversion a column's type change
// runs (ALTER COLUMN ... TYPE ... USING (expression)), where PostgreSQL has no cast that does
// what the data needs. The expression is SQL, kept as written between the outer parentheses.
usingRule : USING objectId AS sqlExpression ;
sqlExpression : LPAREN ( ~(LPAREN | RPAREN | SEMI) | sqlExpression )* RPAREN ;

// Anything that does not start with a rule keyword, up to the next ';'.
unknownRule : ~(INCLUDE | EXCLUDE | PROFILE | IGNORE | ALLOW | EXTERNAL | RENAME | USING | SEMI) ~SEMI* ;

patternList : pattern ( COMMA pattern )* ;

qualifiedPatternList : qualifiedPattern ( COMMA qualifiedPattern )* ;

// `name` or `schema.name`; each part may be a glob.
qualifiedPattern : pattern ( DOT pattern )? ;

pattern : name | GLOB ;

name : IDENT | QUOTED_IDENT | keyword ;

keyword : INCLUDE | EXCLUDE | SCHEMA | TABLE | PROFILE | IGNORE | OWNERS | PRIVILEGES | ALLOW | DROP
        | EXTERNAL | ROLE | FUNCTION | RETURNS | RENAME | COLUMN | TYPE | INDEX | CONSTRAINT | ENUM
        | VALUE | TO | ON | COMMENTS | USING | AS ;

// ---------------------------------------------------------------- lexer

INCLUDE : I N C L U D E ;
EXCLUDE : E X C L U D E ;
SCHEMA  : S C H E M A ;
TABLE   : T A B L E ;
PROFILE : P R O F I L E ;
IGNORE  : I G N O R E ;
OWNERS  : O W N E R S ;
PRIVILEGES : P R I V I L E G E S ;
ALLOW   : A L L O W ;
DROP    : D R O P ;
EXTERNAL : E X T E R N A L ;
ROLE    : R O L E ;
FUNCTION : F U N C T I O N ;
RETURNS : R E T U R N S ;
RENAME  : R E N A M E ;
COLUMN  : C O L U M N ;
TYPE    : T Y P E ;
INDEX   : I N D E X ;
CONSTRAINT : C O N S T R A I N T ;
ENUM    : E N U M ;
VALUE   : V A L U E ;
TO      : T O ;
ON      : O N ;
COMMENTS : C O M M E N T S ;
USING   : U S I N G ;
AS      : A S ;

SEMI  : ';' ;
COMMA : ',' ;
DOT   : '.' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
NUMBER : [0-9]+ ;

// 'an enum label': '' inside stands for one '.
STRING : '\'' ( ~['\r\n] | '\'\'' )* '\'' ;

// An unquoted identifier, folded to lower case by the loader (as PostgreSQL does).
IDENT : ID_START ID_CHAR* ;

// An unquoted name with at least one wildcard: tmp_*, *_log, v?.
GLOB
  : ID_START ID_CHAR* WILD ( ID_CHAR | WILD )*
  | WILD ( ID_CHAR | WILD )*
  ;

// "My Table": kept as written; "" inside stands for one ". Wildcards inside are literal.
QUOTED_IDENT : '"' ( ~["\r\n] | '""' )* '"' ;

// A quoted identifier that reaches the end of the line: reported by the loader.
UNTERMINATED_QUOTE : '"' ( ~["\r\n] | '""' )* ;

COMMENT : '#' ~[\r\n]* -> skip ;

WS : [ \t\r\n\f]+ -> skip ;   // a leading BOM is dropped by the loader

// Any other character: reported by the loader as "unexpected character".
ERROR_CHAR : . ;

fragment ID_START : [a-zA-Z_] | [\u{0080}-\u{10FFFF}] ;
fragment ID_CHAR  : ID_START | [0-9$] ;
fragment WILD     : [*?] ;

fragment A : [aA] ; fragment B : [bB] ; fragment C : [cC] ; fragment D : [dD] ;
fragment E : [eE] ; fragment F : [fF] ; fragment G : [gG] ; fragment H : [hH] ;
fragment I : [iI] ; fragment J : [jJ] ; fragment K : [kK] ; fragment L : [lL] ;
fragment M : [mM] ; fragment N : [nN] ; fragment O : [oO] ; fragment P : [pP] ;
fragment Q : [qQ] ; fragment R : [rR] ; fragment S : [sS] ; fragment T : [tT] ;
fragment U : [uU] ; fragment V : [vV] ; fragment W : [wW] ; fragment X : [xX] ;
fragment Y : [yY] ; fragment Z : [zZ] ;
