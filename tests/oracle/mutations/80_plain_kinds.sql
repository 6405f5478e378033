-- Objects of the plain kinds made by hand (an access method, a conversion, a text search parser
-- and template): each reported, the repair drops them (the parser and template after nothing uses
-- them).
-- expect: extra access_method heap_copy
-- expect: extra conversion public.latin1_to_utf8
-- expect: extra text_search_parser public.words
-- expect: extra text_search_template public.plain_tpl
create access method heap_copy type table handler heap_tableam_handler;
create conversion latin1_to_utf8 for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8;
create text search parser words (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end, lextypes = prsd_lextype);
create text search template plain_tpl (lexize = dsimple_lexize);
