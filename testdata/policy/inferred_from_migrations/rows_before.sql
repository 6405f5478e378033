SELECT u.id, u.name, u.feeling::text, u.size::text, o.id, o.note
FROM users u LEFT JOIN orders o ON o.user_id = u.id ORDER BY u.id, o.id;
