drop trigger accounts_touch_tmp on accounts;
drop trigger if exists accounts_touch_ins on accounts;
drop trigger if exists no_such_trigger on accounts;
