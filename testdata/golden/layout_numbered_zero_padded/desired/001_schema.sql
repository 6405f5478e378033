create schema if not exists inventory;
