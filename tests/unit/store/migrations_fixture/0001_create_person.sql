-- Fixture for test_migrations: a small schema, embedded as a Qt resource.
CREATE TABLE person (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE person_log (msg TEXT NOT NULL);
