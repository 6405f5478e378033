-- Text search: a dictionary's options and a configuration's mappings changed by hand, a comment,
-- another configuration added with a dictionary of its own (dropped after it).
-- expect: changed text_search_dictionary app.english_nostop
-- expect: changed text_search_configuration app.docs
-- expect: extra text_search_configuration app.plain
-- expect: extra text_search_dictionary app.plain_words
alter text search dictionary app.english_nostop (stopwords = english);
alter text search configuration app.docs alter mapping for hword with simple;
alter text search configuration app.docs drop mapping for email;
comment on text search configuration app.docs is 'hand-tuned';
create text search dictionary app.plain_words (template = simple, accept = false);
create text search configuration app.plain (parser = default);
alter text search configuration app.plain add mapping for asciiword with app.plain_words, simple;
