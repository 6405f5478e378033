SELECT a.id, a.full_name, replace(a.feeling::text, 'blue', 'sad'), a.size::text, o.id, o.note
FROM accounts a LEFT JOIN orders o ON o.account_id = a.id ORDER BY a.id, o.id;
