insert into folders (id, parent_id, name) values
    (1, null, 'root'),
    (2, 1, 'invoices'),
    (3, 2, '2024');

insert into files (id, folder_id, uploaded_by, name) values
    (1, 3, 7, 'jan.pdf'),
    (2, 1, null, 'readme.txt');

insert into file_versions (file_id, version) values (1, 1), (1, 2), (2, 1);
