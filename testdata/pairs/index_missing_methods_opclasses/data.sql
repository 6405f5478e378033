insert into documents (path, checksum, metadata, labels, created_at) values
    ('/contracts/2024/acme.pdf', 'sha256:1f2e', '{"client": "acme", "pages": 12}', '{contract,signed}', '2024-01-03 10:00+00'),
    ('/contracts/2024/globex.pdf', 'sha256:9a8b', '{"client": "globex"}', '{contract}', '2024-02-14 16:20+00'),
    ('/notes/todo.txt', 'sha256:0c0c', '{}', '{}', '2024-03-30 07:05+00');
