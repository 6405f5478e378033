SELECT id, (amount * 100)::int, coalesce(array_to_string(tags, ','), '-') FROM orders ORDER BY id;
