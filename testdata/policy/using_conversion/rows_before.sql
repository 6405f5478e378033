SELECT id, amount_cents, coalesce(tags, '-') FROM orders ORDER BY id;
